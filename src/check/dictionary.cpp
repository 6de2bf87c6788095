#include "check/dictionary.h"

#include "check/text_input.h"
#include "common/utf8.h"

namespace nc::check {

Result<std::vector<std::string>> parse_dictionary(std::string_view text) {
  if (!utf8::valid(text)) return Status::Invalid("dictionary is not valid UTF-8");
  std::vector<std::string> terms;
  size_t line_no = 0;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    const size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) continue;
    line = line.substr(b, line.find_last_not_of(" \t\r") - b + 1);
    if (line.front() == '#') continue;
    if (line.size() > kMaxTermBytes) {
      return Status::Invalid("dictionary line " + std::to_string(line_no) + ": term longer than " +
                             std::to_string(kMaxTermBytes) + " bytes");
    }
    if (terms.size() == kMaxDictionaryTerms) {
      return Status::Invalid("dictionary has more than " + std::to_string(kMaxDictionaryTerms) + " terms");
    }
    terms.emplace_back(line);
  }
  return terms;
}

}  // namespace nc::check
