#include "domain/dictionary.h"

#include <algorithm>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/utf8.h"
#include "domain/log_text.h"

namespace nc::domain {
namespace {

std::string trim(const std::string& s) {
  const char* ws = " \t\r\n\f\v";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

bool has_control(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  });
}

// A term made only of punctuation, symbols or spaces names nothing.
bool has_letter_or_digit(const std::string& s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

}  // namespace

Result<std::vector<DictionaryTerm>> validate_dictionary(std::vector<DictionaryTerm> terms) {
  if (terms.size() > kMaxOrgDictionaryTerms) {
    return Status::Invalid("保密词表最多 " + std::to_string(kMaxOrgDictionaryTerms) + " 个词条");
  }
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < terms.size(); ++i) {
    const std::string at = "第 " + std::to_string(i + 1) + " 个词条";
    DictionaryTerm& t = terms[i];
    t.term = trim(t.term);
    t.note = trim(t.note);
    if (!utf8::valid(t.term) || !utf8::valid(t.note)) return Status::Invalid(at + "含有无效字符");
    if (t.term.empty()) return Status::Invalid(at + "为空");
    if (has_control(t.term) || has_control(t.note)) return Status::Invalid(at + "含有换行或控制字符");
    if (!has_letter_or_digit(t.term)) return Status::Invalid(at + "只含标点或符号，无法用于自查");
    if (utf8::count(t.term) > kMaxDictionaryTermChars) {
      return Status::Invalid(at + "过长（最多 " + std::to_string(kMaxDictionaryTermChars) + " 个字）");
    }
    if (utf8::count(t.note) > kMaxDictionaryNoteChars) {
      return Status::Invalid(at + "的说明过长（最多 " + std::to_string(kMaxDictionaryNoteChars) + " 个字）");
    }
    if (!seen.insert(t.term).second) return Status::Invalid(at + "“" + t.term + "”重复");
  }
  return terms;
}

std::vector<const OrgDictionary*> applicable_dictionaries(const OrgTree& tree, OrgId org,
                                                          const std::vector<OrgDictionary>& dictionaries) {
  std::vector<const OrgDictionary*> out;
  const OrgPath path = tree.ancestry(org);  // org first, root last
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    for (const OrgDictionary& d : dictionaries) {
      if (d.org == *it && !d.terms.empty()) out.push_back(&d);
    }
  }
  return out;
}

}  // namespace nc::domain
