// pii.cn_mobile: mainland mobile numbers, 11 digits with an allocated
// 13x-19x prefix, optionally +86 / 86 and grouped 3-4-4 with spaces, '-',
// '.' or '/'; also spaced out digit by digit (1 3 8 …), broken by one line
// break anywhere, spelled in Chinese numerals (一三八…, 幺三八…: the
// normaliser turns them into digits), and with
// OCR's o / l / i / b / s for 0 / 1 / 1 / 8 / 5 where the line names a phone.
#include <algorithm>
#include <string>
#include <utility>

#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/pieces.h"

namespace nc::check {
namespace {

bool allocated_prefix(char second, char third) {
  switch (second) {
    case '3': case '8': return true;
    case '4': return third >= '5' && third <= '9';
    case '5': return third != '4';
    case '6': return third == '2' || third == '5' || third == '6' || third == '7';
    case '7': return third != '9';
    case '9': return third != '4';
    default: return false;
  }
}

// The eleven digits with one line break after the k-th, every k: each
// alternative as long as the number, so that the shortest anchored pattern
// (which decides where anchored scans start, anchors.h) stays long.
std::string broken_line() {
  std::string out;
  for (int k = 1; k < 11; ++k) {
    if (!out.empty()) out += '|';
    out += "1" + repeat("[0-9]", k - 1) + "\\r?\\n" + repeat("[0-9]", 11 - k);
  }
  return out;
}

// Eleven characters with OCR's o / l / i / b for a digit from the third on:
// the first letter after k digits, every k.
std::string ocr_letters() {
  std::string out;
  for (int k = 0; k <= 8; ++k) {
    if (!out.empty()) out += '|';
    out += "1[3-9]" + repeat("[0-9]", k) + "[olibs]" + repeat("[0-9olibs]", 8 - k);
  }
  return out;
}

// The syllables of the digits as read out: yao / yi (1), liang / er (2), dong
// / ling (0), guai / qi (7) ….
std::string pinyin_digit() { return "yao|yi|er|liang|san|si|wu|liu|qi|guai|ba|jiu|ling|dong"; }

// The digits of a pinyin reading (at most cap); 0 when a word is not one.
size_t pinyin_digits(std::string_view s, char* out, size_t cap) {
  static constexpr std::pair<std::string_view, char> kSyllables[] = {
      {"liang", '2'}, {"ling", '0'}, {"dong", '0'}, {"guai", '7'}, {"yao", '1'}, {"jiu", '9'}, {"liu", '6'},
      {"san", '3'},   {"yi", '1'},   {"er", '2'},   {"si", '4'},   {"wu", '5'},  {"qi", '7'},  {"ba", '8'}};
  size_t n = 0, i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    bool found = false;
    for (const auto& [w, d] : kSyllables) {
      if (s.substr(i, w.size()) != w) continue;
      if (n == cap) return 0;
      out[n++] = d;
      i += w.size();
      found = true;
      break;
    }
    if (!found) return 0;
  }
  return n;
}

class CnMobile final : public Detector {
 public:
  std::string_view id() const override { return "pii.cn_mobile"; }
  Severity severity() const override { return Severity::Medium; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "手机号码"; }
  std::string_view suggestion() const override {
    return "文中有手机号码，属于个人信息，受《个人信息保护法》保护。发布前请删除，或遮盖中间四位（如 138****5678）；公开他人号码须经本人同意。";
  }
  // The middle four of the last eleven digits (a +86 is kept).
  std::optional<std::string> mask(std::string_view original) const override {
    const size_t n = count_symbols(original);
    return n < 8 ? mask_all(original) : mask_symbols(original, n - 8, n - 4);
  }
  enum : size_t { kGrouped, kSpacedOut, kBrokenLine, kOcr, kSeparated, kFourThreeFour, kPieces, kOcrLead, kPinyin, kBracketed };
  std::vector<Pattern> patterns() const override {
    // With +86 / 0086 / 86 before it. Run only where a number begins
    // (Anchor::kNumberStart). Chinese numerals reach them as digits
    // (normaliser.h).
    return {{"(?:(?:\\+|00)?86[ -]?)?1[3-9][0-9](?:[ ./_-]?[0-9]{4}){2}", Anchor::kNumberStart},
            {"1(?: [0-9]){10}", Anchor::kNumberStart},
            // Broken and OCR forms match only with their line break or
            // letter, so that plain numbers do not wake them: validate()
            // counts the digits.
            {broken_line(), Anchor::kNumberStart},
            {ocr_letters(), Anchor::kNumberStart},
            // A dash, dot or other mark between every digit (1-3-8-…).
            {"1(?:[./_*|~-]{1,2}[0-9]){10}", Anchor::kNumberStart},
            // Grouped 4-3-4 (1997 121 7795).
            {"1[3-9][0-9]{2}[ -][0-9]{3}[ -][0-9]{4}", Anchor::kNumberStart},
            // Sent in pieces with words that join them (前三位153，中间5590，最后4345).
            {kPiecesTrigger},
            // OCR's l for the leading 1 (lb346l79478): no digit starts it, so
            // it is scanned everywhere; validate() wants a line naming a phone.
            {"l[3-9b][0-9olibs]{9}"},
            // Read out in pinyin, a syllable a digit (yao san ba …).
            {"(?:" + pinyin_digit() + ")(?: ?(?:" + pinyin_digit() + ")){10}"},
            // Each digit in its brackets ([1][3][8]…).
            {"\\[1\\]\\[[3-9]\\](?:\\[[0-9]\\]){9}"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == kPieces) {
      auto p = pieces(text, m, false, 11);
      if (!p || p->joined.size() != 11 || p->joined[0] != '1' || !allocated_prefix(p->joined[1], p->joined[2]))
        return std::nullopt;
      return p->span;
    }
    // Broken across lines: where the line names a phone (a wrapped 联系电话：138…),
    // not two cells of a table that happen to add up to eleven digits.
    if (pattern == kBrokenLine && (std::count(text.begin() + m.start, text.begin() + m.end, '\n') != 1 ||
                                   !line_names_a_number(text, m.start)))
      return std::nullopt;
    if (pattern == kBracketed) {
      if (!bracketed_alone(text, m)) return std::nullopt;
      char buf[16];
      const size_t n = compact(text, m, buf, sizeof buf);
      if (n != 11 || !allocated_prefix(buf[1], buf[2])) return std::nullopt;
      return m;
    }
    if (pattern == kOcrLead || pattern == kPinyin) {
      if (!bounded(text, m, true)) return std::nullopt;
      char buf[16];
      size_t n = 0;
      if (pattern == kOcrLead) {
        n = compact(text, m, buf, sizeof buf);
        if (n != 11 || ocr_digits(buf, n) <= 0 || !line_names_a_number(text, m.start)) return std::nullopt;
      } else {
        n = pinyin_digits(text.substr(m.start, m.end - m.start), buf, sizeof buf);
        if (n != 11) return std::nullopt;
      }
      if (buf[0] != '1' || !allocated_prefix(buf[1], buf[2])) return std::nullopt;
      return m;
    }
    if (pattern == kOcr) {
      char buf[16];
      const size_t n = compact(text, m, buf, sizeof buf);
      if (n != 11 || ocr_digits(buf, n) <= 0 || !line_names_a_number(text, m.start)) return std::nullopt;
      if (!bounded(text, m, true) || !allocated_prefix(buf[1], buf[2])) return std::nullopt;
      return m;
    }
    if (pattern == kSeparated) return separated_alone(text, m) ? accept(text, m) : std::nullopt;
    if (auto s = accept(text, m)) return s;
    // A match may have taken in an "86" that is a number of its own
    // (86 13812345678 as 区号 and number): then the mobile alone is the
    // candidate.
    size_t p = m.start;
    if (p < m.end && text[p] == '+') ++p;
    if (text.substr(p, 2) == "00") p += 2;
    if (text.substr(p, 2) != "86") return std::nullopt;
    p += 2;
    if (p < m.end && (text[p] == ' ' || text[p] == '-')) ++p;
    return accept(text, Span{p, m.end});
  }

 private:
  static std::optional<Span> accept(std::string_view text, Span m) {
    // A '+' right before is the number's own, also for a candidate that
    // starts after it: then what comes before the '+' decides
    // (123+8613812345678 is a sum).
    if (m.start > 0 && text[m.start] != '+' && text[m.start - 1] == '+') --m.start;
    if (!bounded(text, m, false)) return std::nullopt;
    if (group_continues(text, m)) return std::nullopt;
    if (after_other_number_label(text, m.start)) return std::nullopt;  // 订单号：13812345678
    // Not the head of a longer code (13219460006YW6D6U6).
    if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
    // Not a fragment of a decimal number (3.13800138000, 13800138000.5).
    if (m.start > 0 && text[m.start - 1] == '.') return std::nullopt;
    if (m.end + 1 < text.size() && text[m.end] == '.' && is_digit(text[m.end + 1])) return std::nullopt;
    char buf[16];
    const size_t n = compact(text, m, buf, sizeof buf);
    if (n > sizeof buf) return std::nullopt;
    const char* d = buf;
    size_t len = n;
    if (len == 15 && d[0] == '0' && d[1] == '0' && d[2] == '8' && d[3] == '6') {  // 0086
      d += 4;
      len -= 4;
    } else if (len == 13 && d[0] == '8' && d[1] == '6') {  // strip the country code
      d += 2;
      len -= 2;
    }
    if (len != 11 || d[0] != '1' || !allocated_prefix(d[1], d[2])) return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_cn_mobile() { return std::make_unique<CnMobile>(); }

}  // namespace nc::check
