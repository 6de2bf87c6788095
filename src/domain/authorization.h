// Authorization: the one place that decides who may do what to which target.
// Handlers describe the request as (Actor, Action, Target) and obey the
// Decision; they never test roles themselves.
//
// Fails closed: an inactive actor, an action the target kind does not fit, a
// target whose organisation is unknown (empty path) or a missing subject is
// denied. Rights come from two places only:
//   - being the person concerned: a member reads their own entry and every
//     record about them, lists them, appends a statement (说明) to them and
//     creates records about themselves (declarations, contributions);
//   - role grants, each scoped to its organisation (member and branch roles)
//     or to its subtree (committee administrator, auditor); the system
//     administrator manages accounts and settings, never records (it may
//     find a member by name or 党员编号 to link an account: member.find);
//     committee administrators open accounts for the members of their
//     subtree (account.provision).
// Nobody changes their own member entry or records about themselves through a
// role, and nobody changes their own roles. A member who is off the roll
// (transferred out, left, deceased: Actor::member_on_roll) keeps what is
// theirs as the person concerned, but their member and branch roles no longer
// count.
//
// Decision::audit_this_read is set when an allowed request reads personal
// data of someone other than the actor (another member's entry or records, a
// member list, an export) or the audit log: the caller must write it to the
// audit log. Writes are always logged by the caller, whatever this flag says.
//
// Pure function over values; safe from any number of threads.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/ids.h"
#include "domain/org_tree.h"
#include "domain/user.h"

namespace nc::domain {

enum class Action {
  kOrgRead,
  kOrgList,
  kOrgCreate,
  kOrgUpdate,
  kOrgMove,
  kMemberRead,
  kMemberList,
  kMemberCreate,
  kMemberUpdate,
  kRecordRead,
  kRecordList,
  kRecordCreate,
  kRecordUpdate,
  kRecordAppendStatement,
  kUserRead,
  kUserList,
  kUserCreate,
  kUserUpdate,
  kRoleGrant,
  kAuditRead,
  kSettingsRead,
  kSettingsUpdate,
  kRosterImport,
  kRosterExport,
  kHierarchyImport,
  kHierarchyExport,
  kDictionaryUpdate,
  kMemberFind,        // look a member up by name or 党员编号 to link an account (name, number, organisation only)
  kAccountProvision,  // accounts with activation codes for every member on the roll of an organisation
};

inline constexpr std::array<Action, 29> kAllActions = {Action::kOrgRead,         Action::kOrgList,
                                                       Action::kOrgCreate,       Action::kOrgUpdate,
                                                       Action::kOrgMove,         Action::kMemberRead,
                                                       Action::kMemberList,      Action::kMemberCreate,
                                                       Action::kMemberUpdate,    Action::kRecordRead,
                                                       Action::kRecordList,      Action::kRecordCreate,
                                                       Action::kRecordUpdate,    Action::kRecordAppendStatement,
                                                       Action::kUserRead,        Action::kUserList,
                                                       Action::kUserCreate,      Action::kUserUpdate,
                                                       Action::kRoleGrant,       Action::kAuditRead,
                                                       Action::kSettingsRead,    Action::kSettingsUpdate,
                                                       Action::kRosterImport,    Action::kRosterExport,
                                                       Action::kHierarchyImport, Action::kHierarchyExport,
                                                       Action::kDictionaryUpdate, Action::kMemberFind,
                                                       Action::kAccountProvision};
static_assert(static_cast<int>(Action::kAccountProvision) + 1 == static_cast<int>(kAllActions.size()),
              "kAllActions must list every Action");

std::string_view action_id(Action action);  // stable: "org.read", "record.append_statement", ...
std::optional<Action> parse_action_id(std::string_view id);

enum class TargetKind { kOrganisation, kMember, kRecord, kUser, kAudit, kSystem };

// Any record about a member, whatever the workflow: enough to authorize it.
struct RecordRef {
  MemberId subject;  // whom the record is about
  OrgId owner;       // the organisation that keeps it
  std::string kind;  // "declaration", "contribution", "guidance_talk", ...
};

struct Target {
  TargetKind kind = TargetKind::kSystem;
  OrgPath org;                         // where it sits: the organisation first, its root last
  std::optional<OrgPath> destination;  // moves and transfers: where it goes
  std::optional<MemberId> subject;     // member entries and records: whom they are about
  std::string record_kind;
  std::optional<UserId> user;  // accounts

  // Building blocks; the *_target functions below fill `org` from a tree.
  static Target organisation(OrgPath org);
  static Target member(MemberId subject, OrgPath org);
  static Target record(const RecordRef& record, OrgPath owner);
  static Target account(UserId user);
  static Target audit_log(OrgPath scope);
  static Target system();
  Target moving_to(OrgPath destination) const;
};

Target org_target(const OrgTree& tree, OrgId org);
Target member_target(const OrgTree& tree, MemberId subject, OrgId org);
Target record_target(const OrgTree& tree, const RecordRef& record);

struct Decision {
  bool allowed = false;
  std::string reason;            // English, for logs: which rule decided
  bool audit_this_read = false;  // see above
};

Decision authorize(const Actor& actor, Action action, const Target& target);

// Where a list of members may reach (issue 9: lists are paged by the store, so
// the scope must be a few organisation subtrees, not a set of ids): the
// organisations at or below `root` (everywhere when nothing) whose members
// `action` covers, as disjoint parts — an organisation with its whole subtree
// (a committee administrator's or auditor's grant) or alone (a branch role).
// At most one part per grant; each part's organisation is checked with
// authorize(), so it fails closed as authorize does. Empty: nowhere. An
// action on one member (member.read) reaches the organisations where it
// covers other members' entries (the caller's own entry is no part).
struct Reach {
  OrgId org;
  bool subtree = false;
  bool audit_this_read = false;  // authorize()'s flag for this part
};
std::vector<Reach> reach(const Actor& actor, Action action, const OrgTree& tree, std::optional<OrgId> root);

// Whether `actor` may change the grants of account `user` from `before` to
// `after` as a committee administrator rather than as the system
// administrator (whose Action::kRoleGrant covers any change): a committee
// names further approvers (Role::kApprover) of its cadres' requests. Allowed
// when something changes, every grant added or removed is an approver grant
// on a 党委 (OrgType::kCommittee) at or below one where the actor is
// committee administrator, and the account is not the actor's own (nobody
// changes their own roles). Every other grant stays as it was.
Decision authorize_approver_change(const Actor& actor, UserId user, std::span<const RoleGrant> before,
                                   std::span<const RoleGrant> after, const OrgTree& tree);

// Whether `actor` may see and change the approvers named on the organisation
// at `path` (a 党委): the system administrator, or a committee administrator
// of it or of one above it (as authorize_approver_change decides changes).
bool manages_approvers(const Actor& actor, const OrgPath& path);

// Whether `actor` holds `role`, in effect, over the organisation at `path`:
// a grant on that organisation (member and branch roles) or on it or above
// it (committee administrator, auditor; the system administrator's
// everywhere). Off the roll, the member and branch roles do not count. The
// workflow core (workflow.h) decides by role id with it.
bool holds_role(const Actor& actor, Role role, const OrgPath& path);
// reach() for the grants of the given roles (Role::kMember ignored: being
// the subject is no scope): every part a read of others', audited.
std::vector<Reach> reach_by_roles(const Actor& actor, std::span<const Role> roles, const OrgTree& tree,
                                  std::optional<OrgId> root);

}  // namespace nc::domain
