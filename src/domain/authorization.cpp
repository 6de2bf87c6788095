#include "domain/authorization.h"

#include <algorithm>
#include <utility>

namespace nc::domain {
namespace {

struct ActionInfo {
  Action action;
  std::string_view id;
};

constexpr ActionInfo kActionIds[] = {
    {Action::kOrgRead, "org.read"},
    {Action::kOrgList, "org.list"},
    {Action::kOrgCreate, "org.create"},
    {Action::kOrgUpdate, "org.update"},
    {Action::kOrgMove, "org.move"},
    {Action::kMemberRead, "member.read"},
    {Action::kMemberList, "member.list"},
    {Action::kMemberCreate, "member.create"},
    {Action::kMemberUpdate, "member.update"},
    {Action::kRecordRead, "record.read"},
    {Action::kRecordList, "record.list"},
    {Action::kRecordCreate, "record.create"},
    {Action::kRecordUpdate, "record.update"},
    {Action::kRecordAppendStatement, "record.append_statement"},
    {Action::kUserRead, "user.read"},
    {Action::kUserList, "user.list"},
    {Action::kUserCreate, "user.create"},
    {Action::kUserUpdate, "user.update"},
    {Action::kRoleGrant, "role.grant"},
    {Action::kAuditRead, "audit.read"},
    {Action::kSettingsRead, "settings.read"},
    {Action::kSettingsUpdate, "settings.update"},
    {Action::kRosterImport, "roster.import"},
    {Action::kRosterExport, "roster.export"},
    {Action::kHierarchyImport, "hierarchy.import"},
    {Action::kHierarchyExport, "hierarchy.export"},
    {Action::kDictionaryUpdate, "dictionary.update"},
    {Action::kMemberFind, "member.find"},
    {Action::kAccountProvision, "account.provision"},
};

// Which target kinds an action accepts.
bool fits(Action action, TargetKind kind) {
  switch (action) {
    case Action::kOrgRead:
    case Action::kOrgList:
    case Action::kOrgCreate:
    case Action::kOrgUpdate:
    case Action::kOrgMove:
    case Action::kMemberList:
    case Action::kMemberCreate:
    case Action::kRosterImport:
    case Action::kRosterExport:
    case Action::kHierarchyImport:
    case Action::kHierarchyExport:
    case Action::kDictionaryUpdate:
    case Action::kMemberFind:
    case Action::kAccountProvision:
      return kind == TargetKind::kOrganisation;
    case Action::kMemberRead:
    case Action::kMemberUpdate:
      return kind == TargetKind::kMember;
    case Action::kRecordRead:
    case Action::kRecordCreate:
    case Action::kRecordUpdate:
    case Action::kRecordAppendStatement:
      return kind == TargetKind::kRecord;
    case Action::kRecordList:  // one member's records, or all kept by an organisation
      return kind == TargetKind::kMember || kind == TargetKind::kOrganisation;
    case Action::kUserRead:
    case Action::kUserUpdate:
    case Action::kRoleGrant:
      return kind == TargetKind::kUser;
    case Action::kUserList:
    case Action::kUserCreate:
    case Action::kSettingsRead:
    case Action::kSettingsUpdate:
      return kind == TargetKind::kSystem;
    case Action::kAuditRead:
      return kind == TargetKind::kAudit;
  }
  return false;
}

// What each role may do inside its scope. The only list of role rights.
bool role_may(Role role, Action a) {
  using A = Action;
  switch (role) {
    case Role::kMember:
      return a == A::kOrgRead;
    case Role::kBranchSecretary:
    case Role::kCommitteeMember:
      switch (a) {
        case A::kOrgRead:
        case A::kOrgList:
        case A::kMemberRead:
        case A::kMemberList:
        case A::kMemberFind:
        case A::kMemberCreate:
        case A::kMemberUpdate:
        case A::kRecordRead:
        case A::kRecordList:
        case A::kRecordCreate:
        case A::kRecordUpdate:
        case A::kRosterImport:
        case A::kRosterExport:
        case A::kDictionaryUpdate:
          return true;
        default:
          return false;
      }
    case Role::kCommitteeAdmin:
      switch (a) {
        case A::kOrgRead:
        case A::kOrgList:
        case A::kOrgCreate:
        case A::kOrgUpdate:
        case A::kOrgMove:
        case A::kMemberRead:
        case A::kMemberList:
        case A::kMemberCreate:
        case A::kMemberUpdate:
        case A::kRecordRead:
        case A::kRecordList:
        case A::kRecordCreate:
        case A::kRecordUpdate:
        case A::kRosterImport:
        case A::kRosterExport:
        case A::kHierarchyImport:
        case A::kHierarchyExport:
        case A::kDictionaryUpdate:
        case A::kMemberFind:
        case A::kAccountProvision:
          return true;
        default:
          return false;
      }
    case Role::kAuditor:
      switch (a) {
        case A::kOrgRead:
        case A::kOrgList:
        case A::kMemberRead:
        case A::kMemberList:
        case A::kMemberFind:
        case A::kRecordRead:
        case A::kRecordList:
        case A::kAuditRead:
          return true;
        default:
          return false;
      }
    case Role::kSystemAdmin:
      switch (a) {
        case A::kUserRead:
        case A::kUserList:
        case A::kUserCreate:
        case A::kUserUpdate:
        case A::kRoleGrant:
        case A::kMemberFind:  // to link an account to its member
        case A::kSettingsRead:
        case A::kSettingsUpdate:
        case A::kOrgRead:
        case A::kOrgList:
          return true;
        default:
          return false;
      }
    case Role::kApprover:
      // Rights in the registers only, decided by role id there (workflow.h).
      return a == A::kOrgRead;
  }
  return false;
}

// Whether a role's grant covers the organisations below the one it names too
// (else only that one). The system administrator's covers everything.
bool covers_below(Role role) {
  return role == Role::kCommitteeAdmin || role == Role::kAuditor || role == Role::kSystemAdmin ||
         role == Role::kApprover;
}

// Whether a grant's scope covers an organisation path.
bool covers(const RoleGrant& grant, const OrgPath& path) {
  if (grant.role == Role::kSystemAdmin) return true;
  if (path.empty() || !grant.org.valid()) return false;
  if (covers_below(grant.role)) return std::find(path.begin(), path.end(), grant.org) != path.end();
  return path.front() == grant.org;
}

bool needs_org(TargetKind kind) {
  return kind == TargetKind::kOrganisation || kind == TargetKind::kMember || kind == TargetKind::kRecord ||
         kind == TargetKind::kAudit;
}

// Reads of other people's data that the caller must log.
bool is_audited_read(Action a) {
  return a == Action::kMemberRead || a == Action::kMemberList || a == Action::kMemberFind || a == Action::kRecordRead ||
         a == Action::kRecordList ||
         a == Action::kRosterExport || a == Action::kAuditRead;
}

// What the person concerned may do with their own entry and records.
bool own_may(Action a) {
  return a == Action::kMemberRead || a == Action::kRecordRead || a == Action::kRecordList ||
         a == Action::kRecordCreate || a == Action::kRecordAppendStatement;
}

Decision deny(std::string reason) { return Decision{false, std::move(reason), false}; }

}  // namespace

std::string_view action_id(Action action) {
  for (const auto& info : kActionIds) {
    if (info.action == action) return info.id;
  }
  return "?";
}

std::optional<Action> parse_action_id(std::string_view id) {
  for (const auto& info : kActionIds) {
    if (info.id == id) return info.action;
  }
  return std::nullopt;
}

Target Target::organisation(OrgPath org) {
  Target t;
  t.kind = TargetKind::kOrganisation;
  t.org = std::move(org);
  return t;
}

Target Target::member(MemberId subject, OrgPath org) {
  Target t;
  t.kind = TargetKind::kMember;
  t.org = std::move(org);
  t.subject = subject;
  return t;
}

Target Target::record(const RecordRef& record, OrgPath owner) {
  Target t;
  t.kind = TargetKind::kRecord;
  t.org = std::move(owner);
  t.subject = record.subject;
  t.record_kind = record.kind;
  return t;
}

Target Target::account(UserId user) {
  Target t;
  t.kind = TargetKind::kUser;
  t.user = user;
  return t;
}

Target Target::audit_log(OrgPath scope) {
  Target t;
  t.kind = TargetKind::kAudit;
  t.org = std::move(scope);
  return t;
}

Target Target::system() { return Target{}; }

Target Target::moving_to(OrgPath destination_path) const {
  Target t = *this;
  t.destination = std::move(destination_path);
  return t;
}

Target org_target(const OrgTree& tree, OrgId org) { return Target::organisation(tree.ancestry(org)); }

Target member_target(const OrgTree& tree, MemberId subject, OrgId org) {
  return Target::member(subject, tree.ancestry(org));
}

Target record_target(const OrgTree& tree, const RecordRef& record) {
  return Target::record(record, tree.ancestry(record.owner));
}

Decision authorize(const Actor& actor, Action action, const Target& target) {
  const std::string act(action_id(action));
  if (!actor.active) return deny(act + ": account disabled");
  if (!fits(action, target.kind)) return deny(act + ": target kind does not fit the action");
  if (needs_org(target.kind) && target.org.empty()) return deny(act + ": target organisation unknown");
  if ((target.kind == TargetKind::kMember || target.kind == TargetKind::kRecord) &&
      !(target.subject && target.subject->valid())) {
    return deny(act + ": target subject unknown");
  }
  if (target.kind == TargetKind::kUser && !(target.user && target.user->valid())) {
    return deny(act + ": target account unknown");
  }
  if (action == Action::kOrgMove && !target.destination) return deny(act + ": move without destination");
  if (target.destination && target.destination->empty()) return deny(act + ": destination unknown");

  const bool own = actor.member && target.subject && *actor.member == *target.subject;
  if (own && own_may(action) && !target.destination) return Decision{true, act + ": own entry or record", false};

  // Conflicts of interest, whatever the grants.
  if (own && (action == Action::kMemberUpdate || action == Action::kRecordUpdate)) {
    return deny(act + ": nobody changes their own entry or records through a role");
  }
  if (action == Action::kRoleGrant && target.user && *target.user == actor.user) {
    return deny(act + ": nobody changes their own roles");
  }

  for (const RoleGrant& grant : actor.grants) {
    if (!actor.member_on_roll && needs_linked_member(grant.role)) continue;
    if (!role_may(grant.role, action)) continue;
    if (needs_org(target.kind) && !covers(grant, target.org)) continue;
    if (target.destination && !covers(grant, *target.destination)) continue;
    return Decision{
        true, act + ": granted to " + std::string(role_id(grant.role)) + " of org " + std::to_string(grant.org.value),
        is_audited_read(action) && !own};
  }
  return deny(act + ": no grant covers this target");
}

namespace {

// The parts of reach(): from the grants `takes` accepts, each part checked
// with `allows` (which says whether the read is audited).
template <typename Takes, typename Allows>
std::vector<Reach> reach_parts(const Actor& actor, const OrgTree& tree, std::optional<OrgId> root, Takes takes,
                               Allows allows) {
  std::vector<Reach> parts;
  auto add = [&](OrgId org, bool subtree) {
    const Decision d = allows(org);
    if (d.allowed) parts.push_back({org, subtree, d.audit_this_read});
  };
  if (!actor.active) return parts;
  for (const RoleGrant& grant : actor.grants) {
    if (!actor.member_on_roll && needs_linked_member(grant.role)) continue;
    if (!takes(grant.role)) continue;
    // Whether the grant covers every organisation below the one it names.
    const bool whole = covers_below(grant.role);
    if (grant.role == Role::kSystemAdmin) {
      if (root) {
        add(*root, true);
      } else {
        for (OrgId r : tree.roots()) add(r, true);
      }
      continue;
    }
    if (!tree.find(grant.org)) continue;
    if (root && whole && tree.within(*root, grant.org)) {
      add(*root, true);  // the grant sits at or above root: all of root's subtree
    } else if (!root || tree.within(grant.org, *root)) {
      add(grant.org, whole);
    }
  }
  // A part inside another part's subtree adds nothing; duplicates neither.
  std::vector<Reach> out;
  for (const Reach& p : parts) {
    const bool inside = std::any_of(parts.begin(), parts.end(), [&](const Reach& q) {
      if (&q == &p) return false;
      if (q.org == p.org) return (q.subtree && !p.subtree) || (q.subtree == p.subtree && &q < &p);
      return q.subtree && tree.within(p.org, q.org);
    });
    if (!inside) out.push_back(p);
  }
  return out;
}

}  // namespace

std::vector<Reach> reach(const Actor& actor, Action action, const OrgTree& tree, std::optional<OrgId> root) {
  // An action on one member (member.read) is asked about another member of
  // the organisation: what the grants reach, not the caller's own entry.
  const bool on_members = fits(action, TargetKind::kMember) && !fits(action, TargetKind::kOrganisation);
  const MemberId other{actor.member && actor.member->value == 1 ? 2u : 1u};  // any member but the caller
  return reach_parts(
      actor, tree, root, [&](Role role) { return role_may(role, action); },
      [&](OrgId org) {
        return authorize(actor, action, on_members ? member_target(tree, other, org) : org_target(tree, org));
      });
}

Decision authorize_approver_change(const Actor& actor, UserId user, std::span<const RoleGrant> before,
                                   std::span<const RoleGrant> after, const OrgTree& tree) {
  if (!actor.active) return deny("approver change: account disabled");
  if (actor.user == user) return deny("approver change: nobody changes their own roles");
  bool changed = false;
  auto check = [&](std::span<const RoleGrant> from, std::span<const RoleGrant> to) -> std::optional<Decision> {
    for (const RoleGrant& g : from) {
      if (std::find(to.begin(), to.end(), g) != to.end()) continue;
      changed = true;
      if (g.role != Role::kApprover) return deny("approver change: another role changes");
      const Organisation* org = tree.find(g.org);
      if (!org || org->type != OrgType::kCommittee) return deny("approver change: not on a committee");
      if (!holds_role(actor, Role::kCommitteeAdmin, tree.ancestry(g.org))) {
        return deny("approver change: the committee is outside the actor's administration");
      }
    }
    return std::nullopt;
  };
  if (auto d = check(after, before)) return *d;  // added
  if (auto d = check(before, after)) return *d;  // removed
  if (!changed) return deny("approver change: nothing changes");
  return Decision{true, "approver change: committee administrator names approvers of its committee", false};
}

bool manages_approvers(const Actor& actor, const OrgPath& path) {
  return holds_role(actor, Role::kSystemAdmin, path) || holds_role(actor, Role::kCommitteeAdmin, path);
}

bool holds_role(const Actor& actor, Role role, const OrgPath& path) {
  if (!actor.active || path.empty()) return false;
  for (const RoleGrant& grant : actor.grants) {
    if (grant.role != role) continue;
    if (!actor.member_on_roll && needs_linked_member(grant.role)) continue;
    if (covers(grant, path)) return true;
  }
  return false;
}

std::vector<Reach> reach_by_roles(const Actor& actor, std::span<const Role> roles, const OrgTree& tree,
                                  std::optional<OrgId> root) {
  return reach_parts(
      actor, tree, root,
      [&](Role role) { return role != Role::kMember && std::find(roles.begin(), roles.end(), role) != roles.end(); },
      [&](OrgId org) {
        const OrgPath path = tree.ancestry(org);
        for (Role role : roles) {
          if (role != Role::kMember && holds_role(actor, role, path)) {
            return Decision{true, "granted to " + std::string(role_id(role)), true};
          }
        }
        return deny("no reader role covers this organisation");
      });
}

}  // namespace nc::domain
