// /api/v1/statements: a reader who may answer a record (domain::
// may_answer_statement: whoever may edit it) replies to a statement its
// subject appended, or marks it handled (已处理); and the list of statements
// still waiting for an answer (待回复的说明) on records the caller may read,
// a keyset page at a time. Every write and every read of someone else's
// statements goes to the audit log.
#include <set>

#include "domain/log_text.h"
#include "common/utf8.h"
#include "server/access/audit_note.h"
#include "server/handlers/routes.h"
#include "server/handlers/people_json.h"
#include "server/handlers/statements_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

constexpr std::size_t kPendingPage = 50;
constexpr std::size_t kPendingPageMax = 200;
// Open statements examined per request at most, in the caller's reach or not:
// a page may come back short (with a cursor) rather than read every open
// statement of the party for a caller who reads a few branches.
constexpr std::size_t kPendingScan = 2000;

bool acceptable_text(const std::string& text) {
  if (text.empty() || !utf8::valid(text)) return false;
  for (unsigned char c : text) {
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
  }
  return utf8::count(text) <= 2000;
}

struct Answerable {
  store::RecordStatement statement;
  const domain::RecordKindInfo* kind = nullptr;
  domain::OrgId owner;
};

// The original statement `id` and its record, when the caller may answer it:
// 404 when it does not exist or the caller may not read its record (nothing
// told), 403 when they may read but not answer.
Result<Answerable> answerable(const App& s, const domain::Actor& actor, std::uint64_t id) {
  if (id == 0) return Status::NotFound("说明不存在");
  auto found = s.store->find_statement(id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("说明不存在");
  Answerable a;
  a.statement = **found;
  a.kind = domain::find_record_kind(a.statement.kind);
  if (!a.kind) return Status::NotFound("说明不存在");
  auto owner = record_owner(s, *a.kind, a.statement.record_id, a.statement.subject);
  if (!owner) return Status::NotFound("说明不存在");
  a.owner = *owner;
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) -> Result<Answerable> {
    if (!domain::may_read_record(actor, *a.kind, tree, a.statement.subject, a.owner).allowed) {
      return Status::NotFound("说明不存在");
    }
    if (!domain::may_answer_statement(actor, *a.kind, tree, a.statement.subject, a.owner).allowed) {
      return Status::Error(Code::kForbidden, "只有可以修改这条记录的人才能回复或处理其说明");
    }
    if (a.statement.reply_to) return Status::Invalid("只能回复或处理说明本身，不能针对回复");
    return a;
  });
}

std::string record_text(const Answerable& a) {
  return "record:" + a.statement.kind + ":" + std::to_string(a.statement.record_id) +
         " subject=member:" + std::to_string(a.statement.subject.value);
}

Response reply(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto text = string_field(*body, "text");
  if (!text || !acceptable_text(*text)) return Response::error(Code::kInvalidInput, "回复应为 1 到 2000 个字符");
  auto a = answerable(s, actor, parse_id(r.param("id")));
  if (!a.ok()) return Response::from(a.status());
  store::RecordStatement st;
  st.kind = a->statement.kind;
  st.record_id = a->statement.record_id;
  st.subject = a->statement.subject;
  st.author = actor.user;
  st.text = *text;
  st.time_us = s.clock();
  st.reply_to = a->statement.id;
  // A reply is a statement appended to the record: the same audit action.
  auto note = access::audit_note(r, s.clock, "record.append_statement", record_text(*a), a->owner, st.subject);
  auto saved = s.store->add_statement(st, note);
  if (!saved.ok()) return Response::from(saved.status());
  if (Status seen = s.store->mark_statements_seen(actor.user, st.subject, saved->id); !seen.ok()) {
    return Response::from(seen);
  }
  StatementAuthors authors(s);
  return Response::json(201, {{"statement", statement_json(*saved, actor.user, std::nullopt, authors)}});
}

Response handled(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto a = answerable(s, actor, parse_id(r.param("id")));
  if (!a.ok()) return Response::from(a.status());
  const std::int64_t now = s.clock();
  auto note = access::audit_note(r, s.clock, "record.handle_statement", record_text(*a), a->owner, a->statement.subject);
  if (Status st = s.store->mark_statement_handled(a->statement.id, actor.user, now, note); !st.ok()) {
    return Response::from(st);
  }
  store::RecordStatement done = a->statement;
  done.handled_us = now;
  done.handled_by = actor.user;
  StatementAuthors authors(s);
  return Response::json(200, {{"statement", statement_json(done, actor.user, std::nullopt, authors)}});
}

// 待回复的说明: originals with no reply that nobody marked handled, on
// member entries the caller may read (never their own), oldest first, after
// the cursor: one keyset query in the store over the open statements joined
// to their members' organisations within the caller's reach of the member
// kind's read (store::PendingQuery), each then checked with may_read_record.
// `new`: written since the caller last opened that member's page. Other
// record kinds register their owner when they exist (record_owner).
Response pending(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  std::size_t limit = kPendingPage;
  if (auto l = r.query_param("limit")) {
    limit = parse_id(*l);
    if (limit < 1 || limit > kPendingPageMax) return Response::bad_request("limit 应在 1 到 200 之间");
  }
  std::uint64_t after = 0;
  if (auto a = r.query_param("after")) {
    after = parse_id(*a);
    if (after == 0) return Response::bad_request("after 应为正整数");
  }
  struct Item {
    store::PendingStatement open;
    const domain::RecordKindInfo* kind;
    bool may_answer;
  };
  const domain::RecordKindInfo& member_kind = *domain::find_record_kind("member");
  store::PendingQuery query;
  query.reader = actor.user;
  query.self = actor.member;
  query.after = after;
  query.limit = limit;
  query.examine = kPendingScan;
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (const domain::Reach& part : domain::reach(actor, member_kind.read, tree, std::nullopt)) {
      query.scope.push_back({part.org, part.subtree});
    }
  });
  auto found = s.store->pending_statements(query);
  if (!found.ok()) return Response::from(found.status());
  std::vector<Item> items;
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (auto& o : found->statements) {
      const store::RecordStatement& x = o.statement;
      const domain::RecordKindInfo* kind = domain::find_record_kind(x.kind);
      // A member entry's owner is its member's organisation (from the join).
      if (kind != &member_kind || x.record_id != x.subject.value) continue;
      if (!domain::may_read_record(actor, *kind, tree, x.subject, o.subject_org).allowed) continue;
      const bool answer = domain::may_answer_statement(actor, *kind, tree, x.subject, o.subject_org).allowed;
      items.push_back({std::move(o), kind, answer});
    }
  });
  json next = found->next ? json(*found->next) : json(nullptr);
  // ?count=1: how many wait and how many are new, for the badge in the
  // header; no statement, member or organisation is shown, so nothing is read.
  if (r.query_param("count").value_or("") == "1") {
    std::size_t fresh = 0;
    for (const Item& i : items) fresh += i.open.statement.id > i.open.seen_by_reader;
    return Response::json(200, {{"count", items.size()}, {"new_count", fresh}, {"next", next}});
  }
  // Reading other members' statements is reading their records.
  if (!items.empty()) {
    std::set<std::uint32_t> subjects;
    for (const Item& i : items) subjects.insert(i.open.statement.subject.value);
    auto note = access::audit_note(r, s.clock, "record.list", "statements:pending");
    note.entry.detail = "statements=" + std::to_string(items.size());
    for (std::uint32_t m : subjects) note.entry.subjects.push_back(domain::MemberId{m});
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  json out = json::array();
  std::size_t fresh = 0;
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (const Item& i : items) {
      const store::RecordStatement& x = i.open.statement;
      const domain::Organisation* o = tree.find(i.open.subject_org);
      const bool is_new = x.id > i.open.seen_by_reader;
      fresh += is_new;
      out.push_back({{"id", x.id},
                     {"kind", x.kind},
                     {"record_id", x.record_id},
                     {"title", i.kind->title},
                     {"subject", {{"id", x.subject.value}, {"name", i.open.subject_name}}},
                     {"org", {{"id", i.open.subject_org.value}, {"name", o ? o->name : ""}}},
                     {"text", x.text},
                     {"time", iso_time(x.time_us)},
                     {"new", is_new},
                     {"may", {{"answer", i.may_answer}}}});
    }
  });
  return Response::json(200, {{"statements", out}, {"new_count", fresh}, {"next", next}});
}

}  // namespace

void add_statement_routes(Router& router, const Services& s) {
  router.get("/api/v1/statements/pending", [s](const Request& r) { return pending(*s, r); });
  router.add("POST", "/api/v1/statements/{id}/replies", [s](const Request& r) { return reply(*s, r); });
  router.add("POST", "/api/v1/statements/{id}/handled", [s](const Request& r) { return handled(*s, r); });
}

}  // namespace nc::server::handlers
