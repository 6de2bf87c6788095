// What the store keeps of organisation dictionaries (保密词表): the terms of
// one organisation and who changed them last. Plain values.
#pragma once

#include <cstdint>
#include <string>

#include "domain/dictionary.h"

namespace nc::store {

struct StoredDictionary {
  domain::OrgDictionary dictionary;
  std::int64_t updated_us = 0;
  std::string updated_by;  // actor text, as in the audit log
};

}  // namespace nc::store
