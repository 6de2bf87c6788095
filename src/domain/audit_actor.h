// Who did what, as an audit entry's actor says: the account and the roles in
// effect when they did it. "user:4 (secretary) as branch_secretary@3" — the
// grants after " as " (role id @ organisation id) are the caller's grants
// that counted at that moment (a lapsed member's branch roles do not), so
// 我的记录 can say "王芳（支部书记）" of a read years later, after the roles
// changed. The actor is a hashed column (every format), so the roles are
// covered by the chain. Entries written before issue 9 have no " as " part;
// "anonymous" and "local (…)" actors are not accounts.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"
#include "domain/role.h"

namespace nc::domain {

struct AuditActor {
  UserId user;
  std::string login;
  std::vector<RoleGrant> grants;  // empty: none recorded
};

std::string audit_actor_text(UserId user, std::string_view login, std::span<const RoleGrant> grants);
// nullopt for an actor that is not an account ("anonymous", a CLI operator)
// or does not parse.
std::optional<AuditActor> parse_audit_actor(std::string_view text);
// Every actor text of `user` starts with this ("user:4 ("), and no other's does.
std::string audit_actor_prefix(UserId user);

// The Chinese names of the roles among `grants`, each once, joined by "、";
// 党员 only when it is the only role (it never reads someone else's data).
std::string role_names(std::span<const RoleGrant> grants);

}  // namespace nc::domain
