#include "server/catalogue.h"

#include <algorithm>

namespace nc::server {

Catalogue::Version::Version(rulebook::Rulebook rb) : rulebook(std::move(rb)), index(rulebook) {}

Catalogue::Catalogue(std::vector<rulebook::Rulebook> rulebooks) {
  for (auto& rb : rulebooks) {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.id == rb.id; });
    if (it == entries_.end()) {
      entries_.push_back(Entry{rb.id, {}});
      it = std::prev(entries_.end());
    }
    it->versions.push_back(std::make_unique<const Version>(std::move(rb)));
  }
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
  for (auto& e : entries_) {
    std::stable_sort(e.versions.begin(), e.versions.end(), [](const auto& a, const auto& b) {
      return a->rulebook.effective_date < b->rulebook.effective_date;
    });
  }
}

std::vector<std::string> Catalogue::ids() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e.id);
  return out;
}

const std::vector<std::unique_ptr<const Catalogue::Version>>& Catalogue::versions(std::string_view id) const {
  static const std::vector<std::unique_ptr<const Version>> kNone;
  auto it = std::lower_bound(entries_.begin(), entries_.end(), id,
                             [](const Entry& e, std::string_view key) { return e.id < key; });
  return it != entries_.end() && it->id == id ? it->versions : kNone;
}

const Catalogue::Version* Catalogue::in_force(std::string_view id, std::string_view today) const {
  const auto& all = versions(id);
  if (all.empty()) return nullptr;
  const Version* chosen = all.front().get();
  for (const auto& v : all) {
    // ISO dates compare as strings; an empty date is "always".
    if (v->rulebook.effective_date <= today) chosen = v.get();
  }
  return chosen;
}

}  // namespace nc::server
