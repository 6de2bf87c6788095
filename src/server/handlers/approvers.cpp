// /api/v1/organisations/{id}/approvers: the approvers (审批人) a 党委 names for
// its cadres' requests (issue 10, art. 18), for its committee administrator
// (or one above it) and the system administrator:
//   GET                       the accounts holding the approver grant on the
//                             党委, a keyset page (store: role_grants_by_org);
//                             a committee administrator's read is audited
//                             (approver.list, each approver a subject).
//   POST                      {member, current_password}: names the account
//                             of a member of the 党委's subtree.
//   POST …/{user}/remove      {current_password}: takes the grant back.
// A change re-authenticates, is decided on the account's grants as read
// (domain::authorize_approver_change) and written only while they still are
// those (store: set_grants, "conflict" → 409), audited as role.grant.
#include <algorithm>
#include <functional>

#include "domain/log_text.h"
#include "server/access/audit_note.h"
#include "server/handlers/people_json.h"
#include "server/handlers/routes.h"
#include "server/paging.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

constexpr const char* kNotCommittee = "审批人只在党委上指定：该党组织不是党委";
constexpr const char* kConflict = "账号的角色已被他人修改，请刷新后重试";

bool is_system_admin(const domain::Actor& actor) {
  return actor.active && std::any_of(actor.grants.begin(), actor.grants.end(),
                                     [](const auto& g) { return g.role == domain::Role::kSystemAdmin; });
}

bool manages_approvers(const domain::Actor& actor, const domain::OrgTree& tree, domain::OrgId org) {
  return domain::manages_approvers(actor, tree.ancestry(org));
}

json approver_json(const store::GrantHolder& h, const domain::OrgTree& tree, const domain::Roster& roster) {
  json member = nullptr;
  if (h.account.user.member) {
    const domain::Member* m = roster.find(*h.account.user.member);
    const domain::Organisation* o = m ? tree.find(m->org) : nullptr;
    member = {{"id", h.account.user.member->value},
              {"name", m ? m->name : ""},
              {"number", m ? m->number : ""},
              {"org", o ? json{{"id", o->id.value}, {"name", o->name}} : json(nullptr)}};
  }
  return {{"user", h.account.user.id.value},
          {"username", h.account.user.login},
          {"disabled", h.account.user.disabled},
          {"member", member},
          {"since", h.granted_us > 0 ? json(iso_time(h.granted_us)) : json(nullptr)}};
}

Response list(const App& s, const Request& r) {
  const domain::OrgId org{parse_id(r.param("id"))};
  PageParse paging = parse_page(r);
  if (paging.error) return *paging.error;
  std::optional<domain::UserId> after;
  if (!paging.page->after.empty()) {
    auto cursor = decode_cursor(paging.page->after, 1);
    if (!cursor) return Response::bad_request("after 应为上一页答复中的 next");
    after = domain::UserId{static_cast<std::uint32_t>((*cursor)[0])};
  }
  const domain::Actor actor = actor_of(r);
  std::optional<Response> refused = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(org)) return std::optional<Response>(Response::not_found("党组织不存在"));
    if (!manages_approvers(actor, tree, org)) return std::optional<Response>(Response::error(Code::kForbidden));
    return std::optional<Response>();
  });
  if (refused) return *refused;
  auto page = s.store->grant_holders(org, domain::Role::kApprover, after, paging.page->limit);
  if (!page.ok()) return Response::from(page.status());
  // Who the committee's approvers are is read by people other than them: audited,
  // and each approver linked to a member sees the read in 我的记录.
  if (!page->holders.empty() && !is_system_admin(actor)) {
    std::string detail = "approvers=" + std::to_string(page->holders.size());
    auto note = access::audit_note(r, s.clock, "approver.list", "org:" + std::to_string(org.value), org,
                                   std::nullopt, detail);
    for (const auto& h : page->holders) {
      if (h.account.user.member) note.entry.subjects.push_back(*h.account.user.member);
    }
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  json approvers = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& h : page->holders) approvers.push_back(approver_json(h, tree, roster));
    return 0;
  });
  json out = {{"approvers", std::move(approvers)}};
  out["next"] = page->next ? json(encode_cursor({page->next->value})) : json(nullptr);
  return Response::json(200, out);
}

// The account to change, found by the caller (by member or by id), or a refusal.
struct Found {
  std::optional<store::StoredUser> account;
  std::optional<Response> refusal;
};

// Names (`add`) or removes the approver grant on `org` of the account found.
Response change(const App& s, const Request& r, domain::OrgId org, bool add,
                const std::function<Found(const domain::OrgTree&, const domain::Roster&)>& find) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  const domain::Actor actor = actor_of(r);
  bool committee = false;
  std::optional<Response> refused = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* o = tree.find(org);
    if (!o) return std::optional<Response>(Response::not_found("党组织不存在"));
    if (!manages_approvers(actor, tree, org)) return std::optional<Response>(Response::error(Code::kForbidden));
    committee = o->type == domain::OrgType::kCommittee;
    return std::optional<Response>();
  });
  if (refused) return *refused;
  if (!committee) return Response::error(Code::kInvalidInput, kNotCommittee);
  Found found = s.directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster& roster) { return find(tree, roster); });
  if (found.refusal) return *found.refusal;
  store::StoredUser& account = *found.account;
  const domain::UserId id = account.user.id;
  const domain::RoleGrant grant{domain::Role::kApprover, org};
  const std::vector<domain::RoleGrant> before = account.user.grants;
  std::vector<domain::RoleGrant> after = domain::grant_set(before);
  const bool held = std::find(after.begin(), after.end(), grant) != after.end();
  if (add && held) return Response::error(Code::kConflict, "该账号已是本党委的审批人");
  if (!add && !held) return Response::not_found("该账号不是本党委的审批人");
  if (add) {
    after.push_back(grant);
  } else {
    after.erase(std::find(after.begin(), after.end(), grant));
  }
  // The system administrator sets any grant of another account; a committee
  // administrator only approvers of its committees, never its own.
  const domain::Decision d = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (is_system_admin(actor)) return domain::authorize(actor, domain::Action::kRoleGrant, domain::Target::account(id));
    return domain::authorize_approver_change(actor, id, before, after, tree);
  });
  if (!d.allowed) return Response::error(Code::kForbidden, "不能改动自己的角色");
  auto current = string_field(*body, "current_password");
  if (!current) return Response::error(Code::kReauthFailed, "请输入您自己的当前密码以确认");
  auto ok = s.sessions->reauthenticate(r, *current);
  if (!ok.ok()) return Response::from(ok.status());
  if (!*ok) return Response::error(Code::kReauthFailed, "当前密码不正确");
  Status checked = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    return add ? domain::check_grant(account.user, grant, tree, roster) : Status::Ok();
  });
  if (!checked.ok()) return Response::error(Code::kInvalidInput, checked.message());
  const std::string detail = std::string(add ? "approver added: " : "approver removed: ") + "approver@" +
                             std::to_string(org.value);
  auto note = access::audit_note(r, s.clock, "role.grant", "user:" + std::to_string(id.value), org,
                                 account.user.member, detail);
  if (Status st = s.store->set_grants(id, before, after, note); !st.ok()) {
    if (st.code() == Code::kConflict) return Response::error(Code::kConflict, kConflict);
    return Response::from(st);
  }
  store::GrantHolder named{account, add ? note.entry.time_us : 0};
  named.account.user.grants = after;
  json out = s.directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster& roster) { return approver_json(named, tree, roster); });
  return Response::json(200, {{"approver", out}, {"named", add}});
}

Response name(const App& s, const Request& r) {
  const domain::OrgId org{parse_id(r.param("id"))};
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto field = body->find("member");
  if (field == body->end() || !field->is_number_unsigned()) {
    return Response::error(Code::kInvalidInput, "member 应为党员的数字 id");
  }
  const domain::MemberId member{field->get<std::uint32_t>()};
  return change(s, r, org, true, [&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(member);
    const domain::OrgPath path = m ? tree.ancestry(m->org) : domain::OrgPath{};
    if (!m || std::find(path.begin(), path.end(), org) == path.end()) {
      return Found{std::nullopt, Response::error(Code::kInvalidInput, "该党员不在本党委的下级组织中")};
    }
    auto account = s.store->find_user_by_member(member);
    if (!account.ok()) return Found{std::nullopt, Response::from(account.status())};
    if (!*account) return Found{std::nullopt, Response::error(Code::kInvalidInput, "该党员还没有账号，请先为其开通账号")};
    if ((*account)->user.disabled) return Found{std::nullopt, Response::error(Code::kInvalidInput, "该党员的账号已停用")};
    return Found{std::move(**account), std::nullopt};
  });
}

Response take_back(const App& s, const Request& r) {
  const domain::OrgId org{parse_id(r.param("id"))};
  const domain::UserId id{parse_id(r.param("user"))};
  return change(s, r, org, false, [&](const domain::OrgTree&, const domain::Roster&) {
    auto account = s.store->find_user(id);
    if (!account.ok()) return Found{std::nullopt, Response::from(account.status())};
    if (!*account) return Found{std::nullopt, Response::not_found("账号不存在")};
    return Found{std::move(**account), std::nullopt};
  });
}

}  // namespace

void add_approver_routes(Router& router, const Services& s) {
  router.get("/api/v1/organisations/{id}/approvers", [s](const Request& r) { return list(*s, r); });
  router.add("POST", "/api/v1/organisations/{id}/approvers", [s](const Request& r) { return name(*s, r); });
  router.add("POST", "/api/v1/organisations/{id}/approvers/{user}/remove",
             [s](const Request& r) { return take_back(*s, r); });
}

}  // namespace nc::server::handlers
