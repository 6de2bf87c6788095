// Organisation dictionaries (保密词表): the terms an organisation declares
// confidential — project code names, internal system names — which
// self-check's org.dictionary detector looks for. A dictionary applies to the
// organisation that declares it and to everything below it, and every member
// it applies to may read it (a member cannot avoid what they cannot see).
//
// Plain values and pure functions; safe from any number of threads.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/status.h"
#include "domain/ids.h"
#include "domain/org_tree.h"

namespace nc::domain {

inline constexpr std::size_t kMaxOrgDictionaryTerms = 1000;
inline constexpr std::size_t kMaxDictionaryTermChars = 50;
inline constexpr std::size_t kMaxDictionaryNoteChars = 200;

struct DictionaryTerm {
  std::string term;  // as declared, trimmed
  std::string note;  // why it is confidential, for the members who read it; may be empty
  friend bool operator==(const DictionaryTerm&, const DictionaryTerm&) = default;
};

struct OrgDictionary {
  OrgId org;
  std::vector<DictionaryTerm> terms;  // in the order the organisation keeps them
};

// Trims each term and note and checks the list: every term 1–50 characters of
// valid UTF-8 without control characters and with at least one letter or
// digit, notes at most 200, no term twice,
// at most kMaxOrgDictionaryTerms. The message names the first bad entry
// (1-based) in Chinese.
Result<std::vector<DictionaryTerm>> validate_dictionary(std::vector<DictionaryTerm> terms);

// The dictionaries that apply at `org`: its own and its ancestors', root
// first, each only if it has terms. Unknown `org`: none.
std::vector<const OrgDictionary*> applicable_dictionaries(const OrgTree& tree, OrgId org,
                                                          const std::vector<OrgDictionary>& dictionaries);

}  // namespace nc::domain
