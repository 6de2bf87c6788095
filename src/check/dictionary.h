// Organisation dictionaries: the confidential terms an organisation declares
// (org.dictionary). The file format is plain UTF-8 text, one term per line;
// blank lines and lines starting with '#' are ignored; surrounding spaces are
// trimmed. Every member a dictionary applies to may read it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace nc::check {

inline constexpr size_t kMaxDictionaryTerms = 100000;
inline constexpr size_t kMaxTermBytes = 200;

// Fails on invalid UTF-8, a term over kMaxTermBytes, or more than
// kMaxDictionaryTerms terms, naming the line.
Result<std::vector<std::string>> parse_dictionary(std::string_view text);

}  // namespace nc::check
