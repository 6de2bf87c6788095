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
#include <optional>
#include <shared_mutex>

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

  // An import of a table already read (spreadsheet::read_table).
  struct Import {
    // Who imports: a signed-in user, for whom rows outside what authorize()
    // lets them import are errors (and who may import nowhere gets
    // "forbidden"); or nobody, for the operator at the server's console
    // (netconduct import), who may import everything.
    std::optional<domain::Actor> actor;
    domain::Date today;
    bool apply = false;  // false: a dry run
    // Written with the change, or on its own for a dry run or a refused
    // import (whose report shows members' current values too): action
    // "<kind>.import" when applied, "<kind>.dry_run" otherwise; detail: the
    // counts; subjects: the existing members the report showed. An Import
    // whose audit has no action (an authorization probe) is not audited.
    store::AuditRecord audit;
    // Rows checked so far; then saving_started() once the plan goes to the store.
    domain::ImportProgress checking;
    std::function<void()> saving_started;
  };
  // Plans the import against the current state (a dry run under the shared
  // lock, so reads go on). When `apply` and the plan is ok, plans under the
  // exclusive lock, stores the changed rows with the audit entry in one
  // transaction and then takes them in memory: nothing is half-applied.
  Result<domain::RosterImportPlan> import_roster(const domain::CsvTable& table, const Import& import);
  Result<domain::HierarchyImportPlan> import_hierarchy(const domain::CsvTable& table, const Import& import);
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
