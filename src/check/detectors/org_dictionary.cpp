// org.dictionary: terms an organisation declares confidential (project code
// names, internal system names), matched after normalisation, so 天网 工程,
// 天網工程 and ＴＷ-3 match 天网工程 and tw-3. A term that starts or ends with
// a letter or digit matches only as a whole word on that side.
#include <algorithm>

#include "check/context.h"
#include "check/detectors/detectors.h"
#include "check/normaliser.h"

namespace nc::check {
namespace {

// Escapes a normalised term as a Vectorscan literal: ASCII other than letters
// and digits is escaped, other code points stand for themselves (UTF-8 mode).
std::string escape(std::string_view term) {
  std::string out;
  for (char c : term) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || is_alnum(c)) {
      out += c;
    } else {
      static const char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

// The term split by one line break between two of its Han characters, every
// way at once (金盾\n三期|金\n盾三期|…): the normaliser keeps line breaks, and
// a wrapped line in a PDF or a scan splits a term. An alternation of
// literals, which Vectorscan matches as literals (an optional line break in
// one expression per term made the dictionary a set of regexes and cost 15%
// more instructions per byte on the benchmark corpus). Empty when the term
// has no two Han characters side by side.
std::string split_variants(std::string_view term) {
  std::string out;
  char32_t prev = 0;
  for (size_t i = 0; i < term.size();) {
    int len;
    const char32_t cp = cp_at(term, i, &len);
    if (len == 0) break;
    if (is_han(prev) && is_han(cp)) {
      if (!out.empty()) out += '|';
      out += escape(term.substr(0, i)) + "\\n" + escape(term.substr(i));
    }
    prev = cp;
    i += static_cast<size_t>(len);
  }
  return out;
}

class OrgDictionary final : public Detector {
 public:
  explicit OrgDictionary(std::vector<std::string> terms) : terms_(std::move(terms)) {
    for (size_t i = 0; i < terms_.size(); ++i) {
      std::string split = split_variants(terms_[i]);
      if (split.empty()) continue;
      split_patterns_.push_back(std::move(split));
      split_term_.push_back(i);
    }
  }
  std::string_view id() const override { return "org.dictionary"; }
  Severity severity() const override { return Severity::High; }
  std::string_view topic() const override { return "secrets"; }
  std::string_view title() const override { return "本单位敏感词"; }
  std::string_view suggestion() const override {
    return "文中有本单位列为内部事项的名称（如项目代号、内部系统名称）。请删除或改用可公开的表述，必要时先向本单位保密部门确认。";
  }
  std::vector<Pattern> patterns() const override {
    std::vector<Pattern> out;
    out.reserve(terms_.size() + split_patterns_.size());
    for (const std::string& t : terms_) out.push_back({escape(t)});
    for (const std::string& p : split_patterns_) out.push_back({p});
    return out;
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    const std::string& t = terms_[pattern < terms_.size() ? pattern : split_term_[pattern - terms_.size()]];
    if (is_alnum(t.front()) && m.start > 0 && is_alnum(text[m.start - 1])) return std::nullopt;
    if (is_alnum(t.back()) && m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
    return m;
  }

 private:
  std::vector<std::string> terms_;  // normalised, unique, non-empty
  // The split-variant patterns, after the terms' own, and the term of each.
  std::vector<std::string> split_patterns_;
  std::vector<size_t> split_term_;
};

}  // namespace

std::unique_ptr<Detector> make_org_dictionary(const std::vector<std::string>& terms) {
  std::vector<std::string> folded;
  for (const std::string& t : terms) {
    std::string f = normalise_text(t);
    // Trim what normalisation leaves at the edges.
    const size_t b = f.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) continue;
    f = f.substr(b, f.find_last_not_of(" \t\r\n") - b + 1);
    folded.push_back(std::move(f));
  }
  std::sort(folded.begin(), folded.end());
  folded.erase(std::unique(folded.begin(), folded.end()), folded.end());
  if (folded.empty()) return nullptr;
  return std::make_unique<OrgDictionary>(std::move(folded));
}

}  // namespace nc::check
