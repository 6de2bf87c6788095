#include "domain/role.h"

#include <algorithm>
#include <utility>

namespace nc::domain {

std::string_view role_id(Role role) {
  switch (role) {
    case Role::kMember:
      return "member";
    case Role::kBranchSecretary:
      return "branch_secretary";
    case Role::kCommitteeMember:
      return "committee_member";
    case Role::kCommitteeAdmin:
      return "committee_admin";
    case Role::kAuditor:
      return "auditor";
    case Role::kSystemAdmin:
      return "system_admin";
    case Role::kApprover:
      return "approver";
  }
  return "";
}

std::string_view role_name(Role role) {
  switch (role) {
    case Role::kMember:
      return "党员";
    case Role::kBranchSecretary:
      return "支部书记";
    case Role::kCommitteeMember:
      return "组织委员";
    case Role::kCommitteeAdmin:
      return "党委管理员";
    case Role::kAuditor:
      return "审计员";
    case Role::kSystemAdmin:
      return "系统管理员";
    case Role::kApprover:
      return "审批人";
  }
  return "";
}

std::optional<Role> parse_role_id(std::string_view id) {
  for (Role r : kAllRoles) {
    if (role_id(r) == id) return r;
  }
  return std::nullopt;
}

bool needs_linked_member(Role role) {
  return role == Role::kMember || role == Role::kBranchSecretary || role == Role::kCommitteeMember;
}

std::vector<RoleGrant> grant_set(std::span<const RoleGrant> grants) {
  std::vector<RoleGrant> out(grants.begin(), grants.end());
  const auto key = [](const RoleGrant& g) { return std::pair(static_cast<int>(g.role), g.org.value); };
  std::sort(out.begin(), out.end(), [&](const RoleGrant& a, const RoleGrant& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace nc::domain
