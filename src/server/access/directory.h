// Directory: the organisation hierarchy and the roster, loaded from the
// store once and kept in memory for the authorization checks every request
// makes. Changes go to the store first (one transaction with their audit
// entry) and only then replace the in-memory copy, so a failed write leaves
// both as they were.
//
// Thread-safe: readers share a lock; a change holds it exclusively. One
// process per database: another process's changes are not seen until restart.
#pragma once

#include <functional>
#include <memory>
#include <shared_mutex>
#include <string_view>

#include "common/status.h"
#include "domain/authorization.h"
#include "domain/hierarchy_import.h"
#include "domain/org_tree.h"
#include "domain/roster.h"
#include "domain/roster_import.h"
#include "store/store.h"

namespace nc::server::access {

class Directory {
 public:
  static Result<std::shared_ptr<Directory>> load(std::shared_ptr<store::Store> store);

  // Calls f(tree, roster) under the shared lock and returns what it returns.
  template <typename F>
  auto read(F&& f) const {
    std::shared_lock lock(mu_);
    return f(tree_, roster_);
  }

  // Plans an import by `actor` against the current state: rows outside what
  // authorize() lets the actor import are errors, and an actor who may
  // import nowhere gets "forbidden". When `apply` and the plan is ok, stores
  // the changed rows with `audit` (detail: the counts) and then takes them in
  // memory.
  Result<domain::RosterImportPlan> import_roster(std::string_view csv, const domain::Actor& actor, domain::Date today,
                                                 bool apply, store::AuditRecord audit);
  Result<domain::HierarchyImportPlan> import_hierarchy(std::string_view csv, const domain::Actor& actor,
                                                       domain::Date today, bool apply, store::AuditRecord audit);
  // One deliberate change to the hierarchy (create, rename, move, merge, ...).
  // Calls change(tree, roster, audit) on copies under the exclusive lock, so
  // what it decides — authorize() included — sees exactly the state it
  // changes. When it returns ok, the organisations and members that differ
  // and the new events are stored with `audit` (which it may complete) in one
  // transaction, and only then become the directory's. On any failure
  // nothing changes.
  using Change = std::function<Status(domain::OrgTree&, domain::Roster&, store::AuditRecord&)>;
  Status change(const Change& change, store::AuditRecord audit);

  // Replaces everything (empty database only: demo data).
  Status seed(domain::OrgTree tree, domain::Roster roster, const store::AuditRecord& audit);

 private:
  explicit Directory(std::shared_ptr<store::Store> store) : store_(std::move(store)) {}
  std::shared_ptr<store::Store> store_;
  mutable std::shared_mutex mu_;
  domain::OrgTree tree_;
  domain::Roster roster_;
};

}  // namespace nc::server::access
