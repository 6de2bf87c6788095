#include "server/access/directory.h"

#include <mutex>
#include <vector>

#include "domain/audit_actions.h"

namespace nc::server::access {

Result<std::shared_ptr<Directory>> Directory::load(std::shared_ptr<store::Store> store) {
  auto snap = store->load_directory();
  if (!snap.ok()) return snap.status();
  auto tree = domain::OrgTree::restore(std::move(snap->organisations), std::move(snap->events));
  if (!tree.ok()) return tree.status();
  auto roster = domain::Roster::restore(std::move(snap->members));
  if (!roster.ok()) return roster.status();
  std::shared_ptr<Directory> d(new Directory(std::move(store)));
  d->tree_ = std::move(tree).value();
  d->roster_ = std::move(roster).value();
  return d;
}

namespace {

// Whether authorize() lets `actor` do `action` on organisation `org` of `tree`.
bool may(const domain::Actor& actor, domain::Action action, const domain::OrgTree& tree, domain::OrgId org) {
  return domain::authorize(actor, action, domain::org_target(tree, org)).allowed;
}

bool may_anywhere(const domain::Actor& actor, domain::Action action, const domain::OrgTree& tree) {
  for (const domain::Organisation& o : tree.all()) {
    if (may(actor, action, tree, o.id)) return true;
  }
  return false;
}

std::string counts(std::size_t adds, std::size_t updates, std::size_t unchanged) {
  return "adds=" + std::to_string(adds) + " updates=" + std::to_string(updates) +
         " unchanged=" + std::to_string(unchanged);
}

// The audit entry of an import: applied or not (a dry run, or refused with
// errors, whose report still shows the values it would change).
template <typename Plan>
store::AuditRecord import_audit(const store::AuditRecord& base, std::string_view kind, const Plan& plan, bool applied) {
  store::AuditRecord audit = base;
  const bool roster = kind == "roster";
  audit.entry.action =
      (applied ? (roster ? domain::AuditAction("roster.import") : domain::AuditAction("hierarchy.import"))
               : (roster ? domain::AuditAction("roster.dry_run") : domain::AuditAction("hierarchy.dry_run")))
          .id();
  audit.entry.detail = counts(plan.adds, plan.updates, plan.unchanged);
  if (!plan.ok()) audit.entry.detail += " errors=" + std::to_string(plan.errors.size());
  return audit;
}

// Members whose current values the roster plan shows (updated or unchanged rows).
std::vector<domain::MemberId> shown_members(const domain::RosterImportPlan& plan) {
  std::vector<domain::MemberId> out;
  for (const domain::MemberPlan& row : plan.rows) {
    if (row.action != domain::PlanAction::kAdd && row.member.id.valid()) out.push_back(row.member.id);
  }
  return out;
}

// The organisation a roster plan concerns, for its audit entry's scope (who
// audits that subtree sees it; 我的记录 names it): the nearest one that
// holds every member of the plan; none for an empty plan or several roots.
std::optional<domain::OrgId> common_org(const domain::OrgTree& tree, const domain::RosterImportPlan& plan) {
  std::optional<domain::OrgId> common;
  for (const domain::MemberPlan& row : plan.rows) {
    if (!row.member.org.valid()) continue;
    if (!common) {
      common = row.member.org;
      continue;
    }
    while (common && !tree.within(row.member.org, *common)) {
      const domain::OrgPath up = tree.ancestry(*common);
      common = up.size() > 1 ? std::optional<domain::OrgId>(up[1]) : std::nullopt;
    }
    if (!common) return std::nullopt;
  }
  return common;
}

// Records a plan that was shown but not applied.
template <typename Plan>
Status audit_unapplied(store::Store& store, const store::AuditRecord& base, std::string_view kind, const Plan& plan,
                       std::vector<domain::MemberId> shown, std::optional<domain::OrgId> scope) {
  if (base.entry.action.empty()) return Status::Ok();  // an authorization probe
  store::AuditRecord audit = import_audit(base, kind, plan, false);
  audit.entry.subjects = std::move(shown);
  if (scope) audit.entry.scope = scope;
  return store.append_audit(audit);
}

}  // namespace

Result<domain::RosterImportPlan> Directory::import_roster(const domain::CsvTable& table, const Import& in) {
  auto plan_now = [&]() -> Result<domain::RosterImportPlan> {
    if (in.actor && !may_anywhere(*in.actor, domain::Action::kRosterImport, tree_)) {
      return Status::Error(Code::kForbidden, "无权导入党员名册");
    }
    domain::RosterImportOptions options;
    options.today = in.today;
    options.progress = in.checking;
    if (in.actor) {
      options.may_import_into = [&](domain::OrgId org) {
        return may(*in.actor, domain::Action::kRosterImport, tree_, org);
      };
    }
    return domain::plan_roster_import(table, tree_, roster_, options);
  };
  if (!in.apply) {
    std::shared_lock lock(mu_);
    Result<domain::RosterImportPlan> planned = plan_now();
    if (!planned.ok()) return planned;
    if (Status s = audit_unapplied(*store_, in.audit, "roster", *planned, shown_members(*planned),
                                   common_org(tree_, *planned));
        !s.ok())
      return s;
    return planned;
  }
  std::unique_lock lock(mu_);
  Result<domain::RosterImportPlan> planned = plan_now();
  if (!planned.ok()) return planned;
  const domain::RosterImportPlan& plan = *planned;
  if (!plan.ok() || plan.adds + plan.updates == 0) {
    if (Status s = audit_unapplied(*store_, in.audit, "roster", plan, shown_members(plan), common_org(tree_, plan));
        !s.ok())
      return s;
    return planned;
  }
  if (in.saving_started) in.saving_started();
  domain::Roster next = roster_;
  if (Status s = domain::apply_roster_import(plan, tree_, next, in.today); !s.ok()) return s;
  std::vector<domain::Member> changed;
  changed.reserve(plan.adds + plan.updates);
  for (const domain::MemberPlan& row : plan.rows) {
    if (row.action == domain::PlanAction::kUnchanged) continue;
    if (const domain::Member* m = next.find_number(row.member.number)) changed.push_back(*m);
  }
  store::AuditRecord audit = import_audit(in.audit, "roster", plan, true);
  audit.entry.subjects = shown_members(plan);
  for (const domain::Member& m : changed) audit.entry.subjects.push_back(m.id);  // added ones too
  if (auto scope = common_org(tree_, plan)) audit.entry.scope = scope;
  if (Status s = store_->save_directory({}, {}, changed, audit); !s.ok()) return s;
  roster_ = std::move(next);
  return planned;
}

Result<domain::HierarchyImportPlan> Directory::import_hierarchy(const domain::CsvTable& table, const Import& in) {
  auto plan_now = [&]() -> Result<domain::HierarchyImportPlan> {
    if (in.actor && !may_anywhere(*in.actor, domain::Action::kHierarchyImport, tree_)) {
      return Status::Error(Code::kForbidden, "无权导入组织架构");
    }
    domain::HierarchyImportOptions options;
    options.progress = in.checking;
    if (in.actor) {
      options.may_change = [&](domain::OrgId org) {
        return may(*in.actor, domain::Action::kHierarchyImport, tree_, org);
      };
    }
    return domain::plan_hierarchy_import(table, tree_, options);
  };
  if (!in.apply) {
    std::shared_lock lock(mu_);
    Result<domain::HierarchyImportPlan> planned = plan_now();
    if (!planned.ok()) return planned;
    if (Status s = audit_unapplied(*store_, in.audit, "hierarchy", *planned, {}, std::nullopt); !s.ok()) return s;
    return planned;
  }
  std::unique_lock lock(mu_);
  Result<domain::HierarchyImportPlan> planned = plan_now();
  if (!planned.ok()) return planned;
  const domain::HierarchyImportPlan& plan = *planned;
  if (!plan.ok() || plan.adds + plan.updates == 0) {
    if (Status s = audit_unapplied(*store_, in.audit, "hierarchy", plan, {}, std::nullopt); !s.ok()) return s;
    return planned;
  }
  if (in.saving_started) in.saving_started();
  domain::OrgTree next = tree_;
  const std::size_t known_events = next.events().size();
  if (Status s = domain::apply_hierarchy_import(plan, next, in.today); !s.ok()) return s;
  std::vector<domain::Organisation> changed;
  for (const domain::OrgPlan& row : plan.rows) {
    if (row.action == domain::PlanAction::kUnchanged) continue;
    if (const domain::Organisation* o = next.find_code(row.code)) changed.push_back(*o);
  }
  // Parent history lives on the moved organisation itself, so these rows are all that changed.
  std::vector<domain::OrgEvent> events(next.events().begin() + static_cast<std::ptrdiff_t>(known_events),
                                       next.events().end());
  store::AuditRecord audit = import_audit(in.audit, "hierarchy", plan, true);
  if (Status s = store_->save_directory(changed, events, {}, audit); !s.ok()) return s;
  tree_ = std::move(next);
  return planned;
}

Status Directory::change(const Change& change, store::AuditRecord audit) {
  std::unique_lock lock(mu_);
  domain::OrgTree tree = tree_;
  domain::Roster roster = roster_;
  if (Status s = change(tree, roster, audit); !s.ok()) return s;
  std::vector<domain::Organisation> orgs;
  if (tree.version() != tree_.version()) {
    for (const domain::Organisation& o : tree.all()) {
      const domain::Organisation* before = tree_.find(o.id);
      if (!before || !(*before == o)) orgs.push_back(o);
    }
  }
  std::vector<domain::Member> members;
  if (roster.version() != roster_.version()) {
    for (const domain::Member& m : roster.all()) {
      const domain::Member* before = roster_.find(m.id);
      if (!before || !(*before == m)) members.push_back(m);
    }
  }
  std::vector<domain::OrgEvent> events(tree.events().begin() + static_cast<std::ptrdiff_t>(tree_.events().size()),
                                       tree.events().end());
  if (orgs.empty() && members.empty() && events.empty()) return Status::Ok();  // nothing to record
  if (Status s = store_->save_directory(orgs, events, members, audit); !s.ok()) return s;
  tree_ = std::move(tree);
  roster_ = std::move(roster);
  return Status::Ok();
}

Status Directory::seed(domain::OrgTree tree, domain::Roster roster, const store::AuditRecord& audit) {
  std::unique_lock lock(mu_);
  if (tree_.size() != 0 || roster_.size() != 0) return Status::Error(Code::kConflict, "directory is not empty");
  if (Status s = store_->save_directory(tree.all(), tree.events(), roster.all(), audit); !s.ok()) return s;
  tree_ = std::move(tree);
  roster_ = std::move(roster);
  return Status::Ok();
}

}  // namespace nc::server::access
