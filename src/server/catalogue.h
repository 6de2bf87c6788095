// Catalogue: every rulebook version the server knows, with its search index,
// built once at start and never changed: any number of threads may read one.
// Replacing the rulebooks means building a new Catalogue.
//
// Versions of one id are ordered by effective date (an unknown date sorts
// first). The version in force on a day is the latest whose effective date is
// on or before it; before the first one, the earliest version.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rulebook/model.h"
#include "rulebook/search.h"

namespace nc::server {

class Catalogue {
 public:
  struct Version {
    explicit Version(rulebook::Rulebook rb);
    rulebook::Rulebook rulebook;
    rulebook::SearchIndex index;  // over `rulebook`, which must not move
  };

  explicit Catalogue(std::vector<rulebook::Rulebook> rulebooks);

  // Ids in ascending order.
  std::vector<std::string> ids() const;
  // All versions of an id, by effective date; empty for an unknown id.
  const std::vector<std::unique_ptr<const Version>>& versions(std::string_view id) const;
  // today: "YYYY-MM-DD". nullptr for an unknown id.
  const Version* in_force(std::string_view id, std::string_view today) const;

 private:
  struct Entry {
    std::string id;
    std::vector<std::unique_ptr<const Version>> versions;
  };
  std::vector<Entry> entries_;  // by id
};

}  // namespace nc::server
