// /api/v1/users: accounts and role grants (the system administrator's work;
// a committee administrator names the approvers of its 党委s).
// Role changes, resets, enabling and (un)linking a member re-authenticate the
// administrator first; disabling does not, so a compromised account can be
// stopped at once.
#include <algorithm>
#include <regex>

#include "server/access/audit_note.h"
#include "server/access/credentials.h"
#include "server/handlers/routes.h"
#include "server/handlers/people_json.h"
#include "server/paging.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

bool valid_username(const std::string& name) {
  static const std::regex kName("[A-Za-z0-9_.-]{3,32}");
  return std::regex_match(name, kName);
}

// GET /api/v1/users?limit=&after= — accounts by id, a page at a time
// (server/paging.h), from the store.
Response list(const App& s, const Request& r) {
  if (!domain::authorize(actor_of(r), domain::Action::kUserList, domain::Target::system()).allowed) return Response::error(Code::kForbidden);
  PageParse paging = parse_page(r);
  if (paging.error) return *paging.error;
  std::optional<domain::UserId> after;
  if (!paging.page->after.empty()) {
    auto cursor = decode_cursor(paging.page->after, 1);
    if (!cursor) return Response::bad_request("after 应为上一页答复中的 next");
    after = domain::UserId{static_cast<std::uint32_t>((*cursor)[0])};
  }
  auto page = s.store->user_page(after, paging.page->limit);
  if (!page.ok()) return Response::from(page.status());
  json users = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& u : page->users) users.push_back(user_json(u.user, tree, roster));
    return 0;
  });
  json out = {{"users", std::move(users)}};
  std::optional<std::string> next;
  if (page->next) next = encode_cursor({page->next->value});
  put_page(out, next, page->total);
  return Response::json(200, out);
}

Response create(const App& s, const Request& r) {
  if (!domain::authorize(actor_of(r), domain::Action::kUserCreate, domain::Target::system()).allowed) {
    return Response::error(Code::kForbidden);
  }
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto username = string_field(*body, "username");
  auto password = string_field(*body, "password");
  if (!username || !valid_username(*username)) {
    return Response::error(Code::kInvalidInput, "用户名应为 3 到 32 个字母、数字或 _ . -");
  }
  if (!password) return Response::error(Code::kWeakPassword, "请设置密码");
  if (Status p = access::check_password_policy(*password); !p.ok()) return Response::from(p);
  store::StoredUser u;
  u.user.login = *username;
  auto member = body->find("member_id");
  if (member != body->end() && !member->is_null()) {
    if (!member->is_number_unsigned()) return Response::error(Code::kInvalidInput, "member_id 应为党员编号（数字 id）");
    const domain::MemberId id{member->get<std::uint32_t>()};
    const bool known = s.directory->read([&](const domain::OrgTree&, const domain::Roster& roster) {
      return roster.find(id) != nullptr;
    });
    if (!known) return Response::error(Code::kInvalidInput, "关联的党员不存在");
    u.user.member = id;
  }
  auto hash = access::hash_password(*password);
  if (!hash.ok()) return Response::from(hash.status());
  u.password_hash = *hash;
  u.created_us = s.clock();
  auto note = access::audit_note(r, s.clock, "user.create", "", std::nullopt, u.user.member, "login=" + u.user.login);
  auto id = s.store->create_user(u, note);
  if (!id.ok()) {
    if (id.status().code() == Code::kConflict) return Response::error(Code::kConflict, "用户名已被使用，或该党员已有账号");
    return Response::from(id.status());
  }
  u.user.id = *id;
  json user = s.directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster& roster) { return user_json(u.user, tree, roster); });
  return Response::json(201, {{"user", user}});
}

// Loads the target account after authorize() and re-authentication.
Result<store::StoredUser> target_account(const App& s, const Request& r, std::optional<domain::Action> action,
                                         const json* body) {
  const domain::UserId id{parse_id(r.param("id"))};
  auto found = s.store->find_user(id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("账号不存在");
  // No action: the caller has decided already (a committee administrator's approvers).
  if (action && !domain::authorize(actor_of(r), *action, domain::Target::account(id)).allowed) {
    return Status::Error(Code::kForbidden, "无权执行此操作");
  }
  if (!body) return std::move(**found);  // no re-authentication asked
  auto current = string_field(*body, "current_password");
  if (!current) return Status::Error(Code::kReauthFailed, "请输入您自己的当前密码以确认");
  auto ok = s.sessions->reauthenticate(r, *current);
  if (!ok.ok()) return ok.status();
  if (!*ok) return Status::Error(Code::kReauthFailed, "当前密码不正确");
  return std::move(**found);
}

// POST /api/v1/users/{id}/roles: the account's grants, replaced. The system
// administrator sets any; a committee administrator only names or removes
// approvers (审批人) of the 党委s they administer, every other grant of the
// account unchanged (domain::authorize_approver_change). Re-authenticated
// and audited (role.grant) either way.
Response set_roles(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  const domain::Actor actor = actor_of(r);
  const domain::UserId id{parse_id(r.param("id"))};
  const bool as_admin = domain::authorize(actor, domain::Action::kRoleGrant, domain::Target::account(id)).allowed;
  const bool as_committee = !as_admin && std::any_of(actor.grants.begin(), actor.grants.end(), [](const auto& g) {
    return g.role == domain::Role::kCommitteeAdmin;
  });
  if (!as_admin && !as_committee) {
    auto found = s.store->find_user(id);
    if (!found.ok()) return Response::from(found.status());
    if (!*found) return Response::error(Code::kNotFound, "账号不存在");
    return Response::error(Code::kForbidden, "无权执行此操作");
  }
  auto roles = body->find("roles");
  if (roles == body->end() || !roles->is_array() || roles->size() > 50) {
    return Response::error(Code::kInvalidInput, "roles 应为角色列表");
  }
  std::vector<domain::RoleGrant> grants;
  std::string detail;
  for (const json& g : *roles) {
    if (!g.is_object() || !g.contains("role") || !g["role"].is_string()) {
      return Response::error(Code::kInvalidInput, "每个角色需要 role");
    }
    auto role = domain::parse_role_id(g["role"].get<std::string>());
    if (!role) return Response::error(Code::kInvalidInput, "未知的角色");
    domain::RoleGrant grant{*role, {}};
    if (g.contains("org") && g["org"].is_number_unsigned()) grant.org = domain::OrgId{g["org"].get<std::uint32_t>()};
    grants.push_back(grant);
    detail += std::string(detail.empty() ? "" : ",") + std::string(domain::role_id(grant.role)) + "@" +
              std::to_string(grant.org.value);
  }
  // The grants the decision is made on; the store writes only while they still hold.
  std::optional<std::vector<domain::RoleGrant>> before;
  if (!as_admin) {
    // A committee administrator: the change must be approvers of their committees only.
    auto found = s.store->find_user(id);
    if (!found.ok()) return Response::from(found.status());
    if (!*found) return Response::error(Code::kNotFound, "账号不存在");
    before = (*found)->user.grants;
    const domain::Decision d = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      return domain::authorize_approver_change(actor, id, *before, grants, tree);
    });
    if (!d.allowed) {
      return Response::error(Code::kForbidden,
                             "党委管理员只能为本党委（或下级党委）指定或取消审批人，不能改动其他角色，也不能改动自己的角色");
    }
  }
  auto account = target_account(s, r, as_admin ? domain::Action::kRoleGrant : std::optional<domain::Action>(), &*body);
  if (!account.ok()) return Response::from(account.status());
  Status checked = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& g : grants) {
      if (Status c = domain::check_grant(account->user, g, tree, roster); !c.ok()) {
        return Status::Invalid(c.message());
      }
    }
    return Status::Ok();
  });
  if (!checked.ok()) return Response::from(checked);
  auto note = access::audit_note(r, s.clock, "role.grant", "user:" + std::to_string(account->user.id.value),
                                 std::nullopt, account->user.member, detail);
  if (Status st = s.store->set_grants(account->user.id, before ? *before : account->user.grants, grants, note);
      !st.ok()) {
    if (st.code() == Code::kConflict) return Response::error(Code::kConflict, "账号的角色已被他人修改，请刷新后重试");
    return Response::from(st);
  }
  account->user.grants = grants;
  json user = s.directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster& roster) { return user_json(account->user, tree, roster); });
  return Response::json(200, {{"user", user}});
}

Response reset_password(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto next = string_field(*body, "new_password");
  if (!next) return Response::error(Code::kWeakPassword, "请设置新密码");
  auto account = target_account(s, r, domain::Action::kUserUpdate, &*body);
  if (!account.ok()) return Response::from(account.status());
  if (Status st = s.sessions->reset_password(r, account->user.id, *next); !st.ok()) return Response::from(st);
  return Response::json(200, {{"ok", true}});
}

json account_json(const App& s, const domain::User& user) {
  return s.directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster& roster) { return user_json(user, tree, roster); });
}

// Disabled accounts cannot log in; their sessions end in the same transaction.
Response disable(const App& s, const Request& r) {
  auto account = target_account(s, r, domain::Action::kUserUpdate, nullptr);
  if (!account.ok()) return Response::from(account.status());
  if (r.caller && account->user.id == r.caller->user.id) {
    return Response::error(Code::kInvalidInput, "不能停用当前登录的账号");
  }
  auto note = access::audit_note(r, s.clock, "user.disable", "user:" + std::to_string(account->user.id.value),
                                 std::nullopt, account->user.member);
  if (Status st = s.store->set_disabled(account->user.id, true, note); !st.ok()) return Response::from(st);
  account->user.disabled = true;
  return Response::json(200, {{"user", account_json(s, account->user)}});
}

Response enable(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto account = target_account(s, r, domain::Action::kUserUpdate, &*body);
  if (!account.ok()) return Response::from(account.status());
  auto note = access::audit_note(r, s.clock, "user.enable", "user:" + std::to_string(account->user.id.value),
                                 std::nullopt, account->user.member);
  if (Status st = s.store->set_disabled(account->user.id, false, note); !st.ok()) return Response::from(st);
  account->user.disabled = false;
  return Response::json(200, {{"user", account_json(s, account->user)}});
}

// Linking decides whose records are "own" for the account: a change of
// authority like a role grant (role.grant: nobody does it to themselves).
// The account's grants must still hold for the new link (check_grant).
Response link_member(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto field = body->find("member_id");
  if (field == body->end() || !(field->is_null() || field->is_number_unsigned())) {
    return Response::error(Code::kInvalidInput, "member_id 应为党员的数字 id，或 null 表示解除关联");
  }
  std::optional<domain::MemberId> member;
  if (!field->is_null()) member = domain::MemberId{field->get<std::uint32_t>()};
  auto account = target_account(s, r, domain::Action::kRoleGrant, &*body);
  if (!account.ok()) return Response::from(account.status());
  domain::User next = account->user;
  next.member = member;
  Status checked = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    if (member && !roster.find(*member)) return Status::Invalid("关联的党员不存在");
    for (const auto& g : next.grants) {
      if (Status c = domain::check_grant(next, g, tree, roster); !c.ok()) {
        return Status::Invalid("该账号的角色“" + std::string(domain::role_name(g.role)) + "”与新的关联不符：" + c.message() +
                               "。请先调整角色");
      }
    }
    return Status::Ok();
  });
  if (!checked.ok()) return Response::from(checked);
  const std::string detail = member ? "member:" + std::to_string(member->value) : "unlinked";
  auto note = access::audit_note(r, s.clock, member ? domain::AuditAction("user.link") : domain::AuditAction("user.unlink"),
                                 "user:" + std::to_string(account->user.id.value), std::nullopt,
                                 member ? member : account->user.member, detail);
  if (Status st = s.store->set_member(account->user.id, member, note); !st.ok()) {
    if (st.code() == Code::kConflict) return Response::error(Code::kConflict, "该党员已关联其他账号");
    return Response::from(st);
  }
  return Response::json(200, {{"user", account_json(s, next)}});
}

}  // namespace

void add_user_routes(Router& router, const Services& s) {
  router.get("/api/v1/users", [s](const Request& r) { return list(*s, r); });
  router.add("POST", "/api/v1/users", [s](const Request& r) { return create(*s, r); });
  router.add("POST", "/api/v1/users/{id}/roles", [s](const Request& r) { return set_roles(*s, r); });
  router.add("POST", "/api/v1/users/{id}/password", [s](const Request& r) { return reset_password(*s, r); });
  router.add("POST", "/api/v1/users/{id}/disable", [s](const Request& r) { return disable(*s, r); });
  router.add("POST", "/api/v1/users/{id}/enable", [s](const Request& r) { return enable(*s, r); });
  router.add("POST", "/api/v1/users/{id}/member", [s](const Request& r) { return link_member(*s, r); });
}

}  // namespace nc::server::handlers
