#include "server/handlers/audit_json.h"

#include <charconv>

#include "domain/audit_actions.h"
#include "domain/audit_actor.h"
#include "server/clock.h"

namespace nc::server::handlers {
namespace {

std::optional<std::uint32_t> number(std::string_view s) {
  std::uint32_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v == 0) return std::nullopt;
  return v;
}

// "kind:N" at the start of `text` (up to a space): N.
std::optional<std::uint32_t> id_after(std::string_view text, std::string_view kind) {
  if (!text.starts_with(kind)) return std::nullopt;
  text.remove_prefix(kind.size());
  return number(text.substr(0, text.find(' ')));
}

}  // namespace

std::string action_name_or_id(const std::string& id) {
  auto name = domain::audit_action_name(id);
  return name ? std::string(*name) : id;
}

Result<AuditNames> AuditNames::load(const App& s, const std::vector<store::AuditRecord>& entries) {
  AuditNames out;
  std::unordered_map<std::uint32_t, bool> tried;
  auto want = [&](std::uint32_t id) -> Status {
    if (!tried.emplace(id, true).second) return Status::Ok();
    auto u = s.store->find_user(domain::UserId{id});
    if (!u.ok()) return u.status();
    if (*u) out.users_.emplace(id, (*u)->user);
    return Status::Ok();
  };
  for (const auto& a : entries) {
    if (auto who = domain::parse_audit_actor(a.entry.actor)) {
      if (Status st = want(who->user.value); !st.ok()) return st;
    }
    if (auto id = id_after(a.entry.target, "user:")) {
      if (Status st = want(*id); !st.ok()) return st;
    }
  }
  return out;
}

AuditNames::Who AuditNames::actor(const std::string& actor_text, const domain::Roster& roster) const {
  Who out;
  auto who = domain::parse_audit_actor(actor_text);
  if (!who) {
    out.name = actor_text == "anonymous" ? "未登录" : actor_text;
    return out;
  }
  out.user = who->user.value;
  out.name = who->login;
  if (auto it = users_.find(who->user.value); it != users_.end() && it->second.member) {
    if (const domain::Member* m = roster.find(*it->second.member)) out.name = m->name;
  }
  out.roles = domain::role_names(who->grants);
  return out;
}

std::string AuditNames::target(const std::string& t, const domain::OrgTree& tree, const domain::Roster& roster,
                               const domain::Actor& reader,
                               const std::function<bool(domain::OrgId)>& visible_org) const {
  auto org_name = [&](std::uint32_t id) -> std::string {
    const domain::Organisation* o = tree.find(domain::OrgId{id});
    if (!o || !visible_org(o->id)) return "（不在您的范围内的党组织）";
    return o->name;
  };
  auto member_name = [&](std::uint32_t id) -> std::string {
    const domain::Member* m = roster.find(domain::MemberId{id});
    if (!m ||
        !domain::authorize(reader, domain::Action::kMemberRead, domain::member_target(tree, m->id, m->org)).allowed) {
      return "（不在您的范围内的党员）";
    }
    const domain::Organisation* o = tree.find(m->org);
    return m->name + (o && visible_org(o->id) ? "（" + o->name + "）" : "");
  };
  if (auto id = id_after(t, "org:")) return "党组织 " + org_name(*id);
  if (auto id = id_after(t, "member:")) return "党员 " + member_name(*id);
  if (auto id = id_after(t, "user:")) {
    auto it = users_.find(*id);
    if (it == users_.end()) return "账号 #" + std::to_string(*id);
    std::string out = "账号 " + it->second.login;
    if (it->second.member) {
      const domain::Member* m = roster.find(*it->second.member);
      if (m &&
          domain::authorize(reader, domain::Action::kMemberRead, domain::member_target(tree, m->id, m->org)).allowed) {
        out += "（" + m->name + "）";
      }
    }
    return out;
  }
  if (t.starts_with("account:")) return "登录名 " + t.substr(8);
  if (t.starts_with("record:")) {
    const auto subject = t.find(" subject=member:");
    if (subject != std::string::npos) {
      if (auto id = number(t.substr(subject + 16))) return "记录，关于党员 " + member_name(*id);
    }
    return "记录";
  }
  if (t == "roster") return "党员名册";
  if (t == "hierarchy") return "组织架构";
  if (t == "audit") return "审计日志";
  if (t == "directory") return "组织与党员名册";
  return t;
}

nlohmann::json AuditNames::entry(const store::AuditRecord& a, const domain::OrgTree& tree, const domain::Roster& roster,
                                 const domain::Actor& reader,
                                 const std::function<bool(domain::OrgId)>& visible_org) const {
  const Who who = actor(a.entry.actor, roster);
  return {{"seq", a.entry.seq},
          {"time", iso_time(a.entry.time_us)},
          {"actor", a.entry.actor},
          {"actor_name", who.name},
          {"actor_roles", who.roles},
          {"action", a.entry.action},
          {"action_name", action_name_or_id(a.entry.action)},
          {"target", a.entry.target},
          {"target_name", target(a.entry.target, tree, roster, reader, visible_org)},
          {"origin", a.entry.origin},
          {"detail", a.entry.detail}};
}

}  // namespace nc::server::handlers
