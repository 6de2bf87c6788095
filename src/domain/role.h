// Roles and their grants. A grant gives one role over one organisation: the
// organisation itself for branch roles and the member role, its whole subtree
// for the committee administrator and the auditor. The system administrator's
// grant is global (accounts and settings, never records); its organisation is
// ignored. What each role may do is decided in authorization.cpp only.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/ids.h"

namespace nc::domain {

enum class Role {
  kMember,           // 党员: their own entry and records
  kBranchSecretary,  // 支部书记: their branch
  kCommitteeMember,  // 组织委员: their branch, same rights as the secretary
  kCommitteeAdmin,   // 党委管理员: their subtree, hierarchy included
  kAuditor,          // 审计员: read-only over their subtree, audit log included
  kSystemAdmin,      // 系统管理员: accounts, roles and settings, not records
  kApprover,         // 审批人: named by a committee to approve its cadres' requests (registers), its subtree
};

inline constexpr std::array<Role, 7> kAllRoles = {Role::kMember,         Role::kBranchSecretary, Role::kCommitteeMember,
                                                  Role::kCommitteeAdmin, Role::kAuditor,         Role::kSystemAdmin,
                                                  Role::kApprover};

std::string_view role_id(Role role);    // stable: "member", "branch_secretary", ...
std::string_view role_name(Role role);  // Chinese, for the UI
std::optional<Role> parse_role_id(std::string_view id);
// The roles a person holds as a member of their organisation (党员, 支部书记,
// 组织委员): they need a login linked to a member, and they stop having effect
// once that member is no longer on the roll (transferred out, left, deceased).
bool needs_linked_member(Role role);

struct RoleGrant {
  Role role = Role::kMember;
  OrgId org;
  friend bool operator==(const RoleGrant&, const RoleGrant&) = default;
};

// An account's grants as a set: ordered by role, then organisation (the
// store's order), duplicates dropped — a duplicate grant is the same grant.
std::vector<RoleGrant> grant_set(std::span<const RoleGrant> grants);

}  // namespace nc::domain
