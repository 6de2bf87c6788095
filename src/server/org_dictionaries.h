// OrgDictionaries: every organisation's dictionary (保密词表), loaded from the
// store once and kept in memory, since each self-check asks which terms apply
// to its caller. A change goes to the store first (one transaction with its
// audit entry) and only then replaces the in-memory copy, so a failed write
// leaves both as they were.
//
// Thread-safe: readers share a lock; a change holds it exclusively.
#pragma once

#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include "common/status.h"
#include "domain/dictionary.h"
#include "domain/org_tree.h"
#include "store/store.h"

namespace nc::server {

class OrgDictionaries {
 public:
  static Result<std::shared_ptr<OrgDictionaries>> load(std::shared_ptr<store::Store> store);

  // The organisation's dictionary as last stored; an empty one never set.
  store::StoredDictionary find(domain::OrgId org) const;
  // The non-empty dictionaries that apply at each of `orgs` (root first,
  // each organisation once).
  std::vector<store::StoredDictionary> applicable(const domain::OrgTree& tree,
                                                  const std::vector<domain::OrgId>& orgs) const;
  // Every term of applicable(), once.
  std::vector<std::string> terms(const domain::OrgTree& tree, const std::vector<domain::OrgId>& orgs) const;

  // Stores `dictionary` (terms already validated) with `audit`, then takes it.
  Status replace(store::StoredDictionary dictionary, const store::AuditRecord& audit);

 private:
  explicit OrgDictionaries(std::shared_ptr<store::Store> store) : store_(std::move(store)) {}
  std::shared_ptr<store::Store> store_;
  mutable std::shared_mutex mu_;
  std::vector<store::StoredDictionary> stored_;
  std::vector<domain::OrgDictionary> dictionaries_;  // the same, as domain values
};

}  // namespace nc::server
