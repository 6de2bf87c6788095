// org.dictionary: terms an organisation declares confidential (project code
// names, internal system names), matched after normalisation, so 天网 工程,
// 天網工程 and ＴＷ-3 match 天网工程 and tw-3; also as people write a term to
// get past a filter (written_variants, loose_ascii: 天网工cheng, 星火zw平台,
// 金盾3期, XK9, X K 9). A match that starts or ends with a letter or digit counts
// only as a whole word on that side.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/normaliser.h"
#include "common/utf8.h"

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

// The pinyin of one Han character, without tones, lower case (工 → gong),
// from ICU's Han-Latin transliterator; empty when ICU has none. Called when
// a dictionary is compiled, never per scan.
std::string pinyin(std::string_view han) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Transliterator> translit;
  static bool tried = false;
  // Each character is transliterated once per process (a call costs tens of
  // microseconds); bounded by the Han characters there are.
  static std::unordered_map<std::string, std::string> cache;
  constexpr size_t kMaxCached = 100000;
  const std::lock_guard<std::mutex> lock(mutex);
  if (const auto it = cache.find(std::string(han)); it != cache.end()) return it->second;
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    translit.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit.reset();
  }
  if (!translit) return {};
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
  translit->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  for (char c : out) {
    if (c < 'a' || c > 'z') {  // not one syllable of letters
      out.clear();
      break;
    }
  }
  if (cache.size() < kMaxCached) cache.emplace(std::string(han), out);
  return out;
}

// The digit of a Chinese numeral in a term (金盾三期 → 金盾3期), or -1.
int term_digit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

// Other ways people write a term, as literals (normalised): one Han
// character in pinyin (天网工cheng, 金dun三期), the last two in pinyin
// (蓝盾jihua), two side by side as their initials (星火zw平台), the whole term
// in pinyin (lan dun ji hua, landun jihua), Arabic digits or the financial
// numerals for its Chinese numerals (金盾3期, 金盾叁期). Bounded: at most 64 per term.
std::vector<std::string> written_variants(std::string_view term) {
  struct Char {
    std::string_view bytes;
    bool han;
    std::string py;
  };
  std::vector<Char> chars;
  for (size_t i = 0; i < term.size();) {
    int len;
    const char32_t cp = cp_at(term, i, &len);
    if (len == 0) break;
    Char c{term.substr(i, static_cast<size_t>(len)), is_han(cp), {}};
    if (c.han) c.py = pinyin(c.bytes);
    chars.push_back(std::move(c));
    i += static_cast<size_t>(len);
  }
  std::vector<std::string> out;
  auto join = [&](size_t from, size_t to, const std::string& middle) {
    std::string v;
    for (size_t k = 0; k < from; ++k) v += chars[k].bytes;
    v += middle;
    for (size_t k = to; k < chars.size(); ++k) v += chars[k].bytes;
    if (v != term && out.size() < 64) out.push_back(std::move(v));
  };
  std::string digits, capital, roman;  // 金盾3期, 金盾叁期, 金盾Ⅲ期
  bool numeral = false;
  for (size_t k = 0; k < chars.size(); ++k) {
    if (!chars[k].py.empty()) join(k, k + 1, chars[k].py);
    if (k + 1 < chars.size() && !chars[k].py.empty() && !chars[k + 1].py.empty()) {
      if (k + 2 == chars.size()) join(k, k + 2, chars[k].py + chars[k + 1].py);  // the tail: 蓝盾jihua
      join(k, k + 2, std::string{chars[k].py[0], chars[k + 1].py[0]});
    }
    int len;
    const int d = term_digit(cp_at(chars[k].bytes, 0, &len));
    numeral = numeral || d >= 0;
    digits += d >= 0 ? std::string(1, static_cast<char>('0' + d)) : std::string(chars[k].bytes);
    static constexpr std::string_view kCapital[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    capital += d >= 0 ? kCapital[d] : chars[k].bytes;
    // A Roman numeral (Ⅰ … Ⅹ, one code point each; the normaliser keeps them).
    std::string r;
    if (d >= 1 && d <= 9) nc::utf8::append(r, static_cast<char32_t>(0x2160 + d - 1));
    roman += r.empty() ? std::string(chars[k].bytes) : r;
  }
  // The whole term in pinyin (a term of Han characters only): syllables
  // with spaces between them (lan dun ji hua), run together (landunjihua),
  // or as words of two (landun jihua); and, inside a term of four or more,
  // one character as its initial (星火政w平台).
  const bool all_han = chars.size() >= 2 && std::all_of(chars.begin(), chars.end(), [](const Char& c) {
    return !c.py.empty();
  });
  if (all_han) {
    std::string spaced, joined, pairs;
    for (size_t k = 0; k < chars.size(); ++k) {
      if (k > 0) spaced += ' ';
      if (k > 0 && k % 2 == 0) pairs += ' ';
      spaced += chars[k].py;
      joined += chars[k].py;
      pairs += chars[k].py;
    }
    for (std::string* v : {&spaced, &joined, &pairs})
      if (out.size() < 64) out.push_back(std::move(*v));
    if (chars.size() >= 4)
      for (size_t k = 1; k + 1 < chars.size(); ++k) join(k, k + 1, std::string(1, chars[k].py[0]));
  }
  if (numeral && out.size() < 63) {
    out.push_back(digits);
    out.push_back(capital);
    if (roman != term && out.size() < 64) out.push_back(roman);
  }
  // A comma or 、 after every character (金，盾，三，期): the normaliser drops
  // spaces and fillers between Han characters, never a comma. Nor a star
  // (天🌟网🌟工🌟程): the stars people type fold to ★, which a marking needs.
  if (all_han && chars.size() >= 3) {
    for (std::string_view comma : {"，", ",", "、", "★"}) {
      std::string v;
      for (size_t k = 0; k < chars.size(); ++k) {
        if (k > 0) v += comma;
        v += chars[k].bytes;
      }
      if (out.size() < 64) out.push_back(std::move(v));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// A term with letters and digits written with its marks left out or
// changed (XK-9: XK9, XK 9, XK_9, XK.9) or with one mark between every
// character (X K 9, X.K.9, X_K_9, X-K-9), as literals (as expressions with
// optional marks, a 1,000-term dictionary took a second longer to compile);
// empty when the term has no two letters or digits in a row.
std::vector<std::string> loose_ascii(std::string_view term) {
  auto mark = [](char c) { return c == '-' || c == '_' || c == '.' || c == ' '; };
  bool adjacent = false;
  for (size_t i = 0; i + 1 < term.size(); ++i) {
    if (is_alnum(term[i]) && (is_alnum(term[i + 1]) || (mark(term[i + 1]) && i + 2 < term.size() &&
                                                        is_alnum(term[i + 2]))))
      adjacent = true;
  }
  if (!adjacent) return {};
  std::vector<std::string> out;
  // The term's own marks left out or changed, also to an en or em dash (XK–9).
  // … and to a Chinese 一, a dash's look-alike (XK一9).
  for (const char* with : {"", " ", ".", "_", "\u2013", "\u2014", "\u4e00"}) {
    std::string v;
    for (size_t i = 0; i < term.size(); ++i) {
      const bool inner = mark(term[i]) && i > 0 && is_alnum(term[i - 1]) && i + 1 < term.size() && is_alnum(term[i + 1]);
      v += inner ? std::string(with) : std::string(1, term[i]);
    }
    out.push_back(std::move(v));
  }
  for (char between : {' ', '.', '_', '-'}) {  // one mark between every letter and digit
    std::string v;
    for (size_t i = 0; i < term.size(); ++i) {
      const bool inner = mark(term[i]) && i > 0 && is_alnum(term[i - 1]) && i + 1 < term.size() && is_alnum(term[i + 1]);
      if (inner) continue;
      if (!v.empty() && is_alnum(term[i]) && is_alnum(v.back())) v += between;
      v += term[i];
    }
    out.push_back(std::move(v));
  }
  // The term's own mark set apart by spaces (XK - 9), the other characters
  // run together or one space apart (X K - 9); or the mark kept as it is
  // and the others one space apart (X K-9).
  for (int mode : {0, 1, 2}) {
    const bool spaced = mode > 0;
    std::string v;
    bool any = false;
    for (size_t i = 0; i < term.size(); ++i) {
      const bool inner = mark(term[i]) && term[i] != ' ' && i > 0 && is_alnum(term[i - 1]) && i + 1 < term.size() &&
                         is_alnum(term[i + 1]);
      if (inner) {
        if (mode != 2) v += ' ';
        v += term[i];
        if (mode != 2) v += ' ';
        any = true;
        continue;
      }
      if (spaced && !v.empty() && is_alnum(term[i]) && is_alnum(v.back())) v += ' ';
      v += term[i];
    }
    if (any) out.push_back(std::move(v));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove(out.begin(), out.end(), std::string(term)), out.end());
  return out;
}

class OrgDictionary final : public Detector {
 public:
  explicit OrgDictionary(std::vector<std::string> terms) : terms_(std::move(terms)) {
    for (size_t i = 0; i < terms_.size(); ++i) {
      std::string split = split_variants(terms_[i]);
      if (!split.empty()) {
        split_patterns_.push_back(std::move(split));
        split_term_.push_back(i);
      }
      std::string alternatives;
      for (const std::string& v : written_variants(terms_[i])) {
        if (!alternatives.empty()) alternatives += '|';
        alternatives += escape(v);
      }
      if (!alternatives.empty()) {
        split_patterns_.push_back(std::move(alternatives));
        split_term_.push_back(i);
      }
      std::string loose;
      for (const std::string& v : loose_ascii(terms_[i])) {
        if (!loose.empty()) loose += '|';
        loose += escape(v);
      }
      if (!loose.empty()) {
        split_patterns_.push_back(std::move(loose));
        split_term_.push_back(i);
        loose_.resize(split_patterns_.size(), false);
        loose_.back() = true;
      }
    }
    loose_.resize(split_patterns_.size(), false);
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
    // A loose form of letters and digits (XK9) not inside a longer code
    // written in groups (序列号 91 4403 XK9 0K2Q), nor after a number's label.
    if (pattern >= terms_.size() && loose_[pattern - terms_.size()]) {
      if (after_other_number_label(text, m.start)) return std::nullopt;
      auto mark = [](char c) { return c == ' ' || c == '-' || c == '_' || c == '.'; };
      size_t b = m.start;
      if (b > 0 && mark(text[b - 1])) --b;
      if (b > 0 && is_alnum(text[b - 1])) return std::nullopt;
      size_t e = m.end;
      if (e < text.size() && mark(text[e])) ++e;
      if (e < text.size() && is_alnum(text[e])) return std::nullopt;
    }
    // A whole word where the match starts or ends with a letter or digit
    // (the term's own or a variant's: 蓝盾jihua, not 蓝盾jihuaju).
    if (m.end <= m.start) return std::nullopt;
    if (is_alnum(text[m.start]) && m.start > 0 && is_alnum(text[m.start - 1])) return std::nullopt;
    if (is_alnum(text[m.end - 1]) && m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
    return m;
  }

 private:
  std::vector<std::string> terms_;  // normalised, unique, non-empty
  // The split-variant, written-variant and loose patterns, after the
  // terms' own, and the term of each.
  std::vector<std::string> split_patterns_;
  std::vector<size_t> split_term_;
  std::vector<bool> loose_;  // per pattern after the terms': a loose_ascii one
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
