#include "server/org_dictionaries.h"

#include <algorithm>
#include <mutex>
#include <unordered_set>

namespace nc::server {

Result<std::shared_ptr<OrgDictionaries>> OrgDictionaries::load(std::shared_ptr<store::Store> store) {
  auto loaded = store->load_dictionaries();
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<OrgDictionaries> d(new OrgDictionaries(std::move(store)));
  d->stored_ = std::move(loaded).value();
  for (const auto& s : d->stored_) d->dictionaries_.push_back(s.dictionary);
  return d;
}

store::StoredDictionary OrgDictionaries::find(domain::OrgId org) const {
  std::shared_lock lock(mu_);
  for (const auto& s : stored_) {
    if (s.dictionary.org == org) return s;
  }
  store::StoredDictionary none;
  none.dictionary.org = org;
  return none;
}

std::vector<store::StoredDictionary> OrgDictionaries::applicable(const domain::OrgTree& tree,
                                                                 const std::vector<domain::OrgId>& orgs) const {
  std::shared_lock lock(mu_);
  std::vector<store::StoredDictionary> out;
  std::unordered_set<domain::OrgId> taken;
  for (domain::OrgId org : orgs) {
    for (const domain::OrgDictionary* d : domain::applicable_dictionaries(tree, org, dictionaries_)) {
      if (!taken.insert(d->org).second) continue;
      const auto i = static_cast<size_t>(d - dictionaries_.data());
      out.push_back(stored_[i]);
    }
  }
  return out;
}

std::vector<std::string> OrgDictionaries::terms(const domain::OrgTree& tree,
                                                const std::vector<domain::OrgId>& orgs) const {
  std::vector<std::string> out;
  for (const auto& d : applicable(tree, orgs)) {
    for (const auto& t : d.dictionary.terms) out.push_back(t.term);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Status OrgDictionaries::replace(store::StoredDictionary dictionary, const store::AuditRecord& audit) {
  std::unique_lock lock(mu_);
  if (Status s = store_->replace_dictionary(dictionary, audit); !s.ok()) return s;
  for (size_t i = 0; i < stored_.size(); ++i) {
    if (stored_[i].dictionary.org == dictionary.dictionary.org) {
      dictionaries_[i] = dictionary.dictionary;
      stored_[i] = std::move(dictionary);
      return Status::Ok();
    }
  }
  dictionaries_.push_back(dictionary.dictionary);
  stored_.push_back(std::move(dictionary));
  return Status::Ok();
}

}  // namespace nc::server
