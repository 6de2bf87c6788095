#include "server/access/directory.h"

#include <mutex>
#include <vector>

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
    return plan_now();
  }
  std::unique_lock lock(mu_);
  Result<domain::RosterImportPlan> planned = plan_now();
  if (!planned.ok()) return planned;
  const domain::RosterImportPlan& plan = *planned;
  if (!plan.ok() || plan.adds + plan.updates == 0) return planned;
  if (in.saving_started) in.saving_started();
  domain::Roster next = roster_;
  if (Status s = domain::apply_roster_import(plan, tree_, next, in.today); !s.ok()) return s;
  std::vector<domain::Member> changed;
  changed.reserve(plan.adds + plan.updates);
  for (const domain::MemberPlan& row : plan.rows) {
    if (row.action == domain::PlanAction::kUnchanged) continue;
    if (const domain::Member* m = next.find_number(row.member.number)) changed.push_back(*m);
  }
  store::AuditRecord audit = in.audit;
  audit.entry.detail = counts(plan.adds, plan.updates, plan.unchanged);
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
    return plan_now();
  }
  std::unique_lock lock(mu_);
  Result<domain::HierarchyImportPlan> planned = plan_now();
  if (!planned.ok()) return planned;
  const domain::HierarchyImportPlan& plan = *planned;
  if (!plan.ok() || plan.adds + plan.updates == 0) return planned;
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
  store::AuditRecord audit = in.audit;
  audit.entry.detail = counts(plan.adds, plan.updates, plan.unchanged);
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
