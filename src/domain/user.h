// A login: linked to a member, or a staff account (no member). Holds its role
// grants. Credentials live elsewhere (the session layer); this is who the
// login is and what it was granted.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "domain/ids.h"
#include "domain/role.h"

namespace nc::domain {

class OrgTree;
class Roster;

struct User {
  UserId id;
  std::string login;
  std::optional<MemberId> member;  // empty for a staff account
  std::vector<RoleGrant> grants;
  bool disabled = false;
};

// Who is asking, as authorize() sees it. Built from a User for each request.
struct Actor {
  UserId user;
  std::optional<MemberId> member;
  std::vector<RoleGrant> grants;
  bool active = true;  // false for a disabled account: everything is denied
  // False when the linked member is off the roll (domain::on_roll): their
  // member and branch roles (needs_linked_member) no longer count; what is
  // theirs as the person concerned stays theirs.
  bool member_on_roll = true;
};

// The caller who owns `user`; member_on_roll from the roster when the login
// is linked to a member found there.
Actor actor_for(const User& user);
Actor actor_for(const User& user, const Roster& roster);

// Whether `grant` may be given to `user`: the member role and the branch
// roles need a login linked to a member; the member role must be on that
// member's own organisation; branch roles go on a 党支部 or 党总支; scoped
// roles need an existing, active organisation. Messages are Chinese.
Status check_grant(const User& user, const RoleGrant& grant, const OrgTree& tree, const Roster& roster);

}  // namespace nc::domain
