#include "domain/user.h"

#include "domain/org_tree.h"
#include "domain/roster.h"

namespace nc::domain {

Actor actor_for(const User& user) { return Actor{user.id, user.member, user.grants, !user.disabled, true}; }

Actor actor_for(const User& user, const Roster& roster) {
  Actor actor = actor_for(user);
  if (user.member) {
    if (const Member* m = roster.find(*user.member)) actor.member_on_roll = on_roll(m->status);
  }
  return actor;
}

Status check_grant(const User& user, const RoleGrant& grant, const OrgTree& tree, const Roster& roster) {
  if (grant.role == Role::kSystemAdmin) return Status::Ok();
  const Organisation* org = tree.find(grant.org);
  if (!org) return Status::NotFound("授权的党组织不存在");
  if (!org->active) return Status::Invalid("党组织 " + org->code + " 已合并，不能授权");
  if (needs_linked_member(grant.role) && !user.member)
    return Status::Invalid(std::string(role_name(grant.role)) + "必须是关联到党员的账号");
  if (grant.role == Role::kMember) {
    const Member* m = roster.find(*user.member);
    if (!m) return Status::NotFound("账号关联的党员不存在");
    if (m->org != grant.org) return Status::Invalid("党员角色只能授予其所在党组织");
  }
  if ((grant.role == Role::kBranchSecretary || grant.role == Role::kCommitteeMember) && org->type != OrgType::kBranch &&
      org->type != OrgType::kGeneralBranch) {
    return Status::Invalid(std::string(role_name(grant.role)) + "只能授予党支部或党总支");
  }
  if (grant.role == Role::kApprover && org->type != OrgType::kCommittee) {
    return Status::Invalid("审批人只能由党委授予，授予在党委上");
  }
  return Status::Ok();
}

}  // namespace nc::domain
