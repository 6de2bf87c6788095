#include "server/handlers/statements_json.h"

#include <algorithm>
#include <set>
#include <span>

namespace nc::server::handlers {

using nlohmann::json;

std::string StatementAuthors::name(domain::UserId user) {
  auto it = names_.find(user.value);
  if (it != names_.end()) return it->second;
  std::string out = "用户" + std::to_string(user.value);
  auto found = store_.find_user(user);
  if (found.ok() && *found) {
    out = (*found)->user.login;
    if (const auto member = (*found)->user.member) {
      auto from = [&](const domain::Roster& roster) {
        if (const domain::Member* m = roster.find(*member)) out = m->name;
      };
      if (roster_) {
        from(*roster_);
      } else if (directory_) {
        directory_->read([&](const domain::OrgTree&, const domain::Roster& roster) { from(roster); });
      }
    }
  }
  names_.emplace(user.value, out);
  return out;
}

json statement_json(const store::RecordStatement& x, domain::UserId viewer, std::optional<std::uint64_t> seen,
                    StatementAuthors& authors) {
  json out = {{"id", x.id},
              {"text", x.text},
              {"time", iso_time(x.time_us)},
              {"author", {{"name", authors.name(x.author)}, {"mine", x.author == viewer}}},
              {"reply_to", x.reply_to ? json(*x.reply_to) : json(nullptr)},
              {"new", seen.has_value() && x.id > *seen && x.author != viewer}};
  if (!x.reply_to) {
    out["handled"] = x.handled_us ? json{{"time", iso_time(*x.handled_us)},
                                         {"by", x.handled_by ? authors.name(*x.handled_by) : std::string()}}
                                  : json(nullptr);
  }
  return out;
}

json statement_threads_json(const std::vector<store::RecordStatement>& all, std::string_view kind,
                            std::uint64_t record_id, domain::UserId viewer,
                            std::optional<std::uint64_t> seen, StatementAuthors& authors) {
  json threads = json::array();
  std::map<std::uint64_t, std::size_t> at;  // original id -> index in threads
  for (const auto& x : all) {
    if (x.kind != kind || x.record_id != record_id) continue;
    if (!x.reply_to) {
      json t = statement_json(x, viewer, seen, authors);
      t["replies"] = json::array();
      at[x.id] = threads.size();
      threads.push_back(std::move(t));
    } else if (auto it = at.find(*x.reply_to); it != at.end()) {
      threads[it->second]["replies"].push_back(statement_json(x, viewer, seen, authors));
    }
  }
  return threads;
}

std::optional<domain::OrgId> record_owner(const App& app, const domain::RecordKindInfo& kind, std::uint64_t record_id,
                                          domain::MemberId subject) {
  if (kind.id == "member") {
    if (record_id != subject.value) return std::nullopt;
    return app.directory->read([&](const domain::OrgTree&, const domain::Roster& roster) {
      const domain::Member* m = roster.find(subject);
      return m ? std::optional<domain::OrgId>(m->org) : std::nullopt;
    });
  }
  // A record of the workflow core: kept by the organisation it names, about its subject.
  auto found = app.store->find_record(record_id);
  if (found.ok() && *found && (*found)->kind == kind.id && (*found)->subject == subject) return (*found)->org;
  return std::nullopt;  // no such record (or a kind registered without its owner here)
}

std::optional<std::pair<domain::MemberId, domain::OrgId>> record_subject(const App& app,
                                                                          const domain::RecordKindInfo& kind,
                                                                          std::uint64_t record_id) {
  if (kind.id == "member") {
    if (record_id == 0 || record_id > 0xffffffffu) return std::nullopt;
    const domain::MemberId subject{static_cast<std::uint32_t>(record_id)};
    auto owner = record_owner(app, kind, record_id, subject);
    if (!owner) return std::nullopt;
    return std::make_pair(subject, *owner);
  }
  auto found = app.store->find_record(record_id);
  if (!found.ok() || !*found || (*found)->kind != kind.id) return std::nullopt;
  return std::make_pair((*found)->subject, (*found)->org);
}

std::string statement_threads_text(const std::vector<store::RecordStatement>& all, std::string_view kind,
                                   std::uint64_t record_id, StatementAuthors& authors) {
  struct Thread {
    std::string lines, handled;
  };
  std::map<std::uint64_t, Thread> threads;  // by original id, in id order
  for (const auto& x : all) {
    if (x.kind != kind || x.record_id != record_id) continue;
    if (!x.reply_to) {
      Thread& t = threads[x.id];
      t.lines = iso_date(x.time_us) + " 说明：" + x.text;
      if (x.handled_us) {
        t.handled = "\n  已处理（" + (x.handled_by ? authors.name(*x.handled_by) + "，" : std::string()) +
                    iso_date(*x.handled_us) + "）";
      }
    } else if (auto it = threads.find(*x.reply_to); it != threads.end()) {
      it->second.lines += "\n  " + iso_date(x.time_us) + " 回复（" + authors.name(x.author) + "）：" + x.text;
    }
  }
  std::string out;
  for (const auto& [id, t] : threads) {
    if (!out.empty()) out += "\n";
    out += t.lines + t.handled;
  }
  return out;
}

Result<std::unordered_map<std::uint32_t, std::string>> entry_statement_texts(
    store::Store& store, const domain::Roster& roster, const std::vector<domain::MemberId>& members) {
  const domain::RecordKindInfo& kind = *domain::find_record_kind("member");
  StatementAuthors authors(store, roster);
  std::unordered_map<std::uint32_t, std::string> out;
  for (std::size_t i = 0; i < members.size(); i += 500) {
    const std::span<const domain::MemberId> batch(members.data() + i, std::min<std::size_t>(500, members.size() - i));
    auto found = store.list_statements(batch);
    if (!found.ok()) return found.status();
    std::set<std::uint32_t> with;
    for (const auto& x : *found) with.insert(x.subject.value);
    for (std::uint32_t m : with) {
      std::string text = statement_threads_text(*found, kind.id, m, authors);
      if (!text.empty()) out.emplace(m, std::move(text));
    }
  }
  return out;
}

}  // namespace nc::server::handlers
