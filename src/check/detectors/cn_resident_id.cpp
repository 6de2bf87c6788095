// pii.cn_resident_id: resident identity numbers (GB 11643-1999): 18
// characters with a valid check character, province and birth date; also
// the legacy 15-digit form (province and birth date valid). Written whole or
// in groups (110101 19900307 123X, also with '.' or '/'), spaced out digit
// by digit, broken by one line break anywhere, in Chinese numerals (as
// digits from the normaliser), or with
// OCR's o / l / i / b / s for 0 / 1 / 1 / 8 / 5. Numbers that fail the check are not
// findings.
#include <algorithm>
#include <string>

#include "check/checksums.h"
#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/pieces.h"

namespace nc::check {
namespace {

// The eighteen characters with one line break after the k-th, every k; and
// with OCR's o / l / i / b (q for 9 too), the first after k digits. Each alternative as
// long as the number, so that the shortest anchored pattern (which decides
// where anchored scans start, anchors.h) stays long.
std::string broken_line() {
  std::string out;
  for (int k = 1; k < 18; ++k) {
    if (!out.empty()) out += '|';
    out += "[1-8]" + repeat("[0-9]", k - 1) + "\\r?\\n" + repeat("[0-9]", 17 - k) + "[0-9x]";
  }
  return out;
}

std::string ocr_letters() {
  std::string out;
  for (int k = 0; k <= 15; ++k) {
    if (!out.empty()) out += '|';
    out += "[1-8]" + repeat("[0-9]", k) + "[olibszq]" + repeat("[0-9olibszq]", 15 - k) + "[0-9xolibszq]";
  }
  // … also grouped 6-8-4 by spaces (51o104 201008l3 6984).
  return out + "|[1-8][0-9]{16}[olibszq]|[1-8][0-9olibszq]{5} [0-9olibszq]{8} [0-9olibszq]{3}[0-9xolibszq]";
}

// The eighteen characters with a mark or two after the first k digits (k
// up to six: 3-3-4-4-4, 6-4-4-4, one by one) and up to two between any
// others: never the whole form, which the other patterns have (matched
// there too, every ID in a text cost a second candidate).
std::string separated() {
  const std::string mark = "[ ./_*|~-]";
  std::string out;
  for (int k = 1; k <= 6; ++k) {
    if (!out.empty()) out += '|';
    out += "[1-8]" + repeat("[0-9]", k - 1) + mark + "{1,2}[0-9](?:" + mark + "{0,2}[0-9]){" +
           std::to_string(16 - k) + "}" + mark + "{0,2}[0-9x]";
  }
  return out;
}

class CnResidentId final : public Detector {
 public:
  explicit CnResidentId(int max_year) : max_year_(max_year) {}
  std::string_view id() const override { return "pii.cn_resident_id"; }
  Severity severity() const override { return Severity::High; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "居民身份证号"; }
  std::string_view suggestion() const override {
    return "文中有居民身份证号码，属于《个人信息保护法》所说的敏感个人信息。发布前请删除，或至少遮盖其中的出生日期八位（如 110105********002X）；未经本人同意不得公开他人信息。";
  }
  // The birth date: symbols 7–14 of 18, 7–12 of the 15-digit form.
  std::optional<std::string> mask(std::string_view original) const override {
    const size_t n = count_symbols(original);
    if (n == 18) return mask_symbols(original, 6, 14);
    if (n == 15) return mask_symbols(original, 6, 12);
    return mask_all(original);
  }
  enum : size_t { kWhole, kGrouped, kGroupedFirst, kGroupedLast, kLegacy, kSpacedOut, kBrokenLine, kOcr, kSeparated, kPieces,
                  kBracketed, kOcrLead };
  std::vector<Pattern> patterns() const override {
    // 18 characters, whole or grouped 6-8-4 (one or both separators), or the
    // legacy 15 digits: one pattern per form. Run only where a number
    // begins (Anchor::kNumberStart).
    return {{"[1-8][0-9]{5}(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9x]", Anchor::kNumberStart},
            {"[1-8][0-9]{5}[ ./-](?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9][ ./-][0-9]{3}[0-9x]", Anchor::kNumberStart},
            {"[1-8][0-9]{5}[ ./-](?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9x]", Anchor::kNumberStart},
            {"[1-8][0-9]{5}(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9][ ./-][0-9]{3}[0-9x]", Anchor::kNumberStart},
            {"[1-8][0-9]{7}[01][0-9][0-3][0-9][0-9]{3}", Anchor::kNumberStart},
            {"[1-8](?: [0-9]){16} [0-9x]", Anchor::kNumberStart},
            // Broken and OCR forms match only with their line break or
            // letter; validate() counts the characters.
            {broken_line(), Anchor::kNumberStart},
            {ocr_letters(), Anchor::kNumberStart},
            // Grouped any other way (3-3-4-4-4, 6-4-4-4), or a dash, dot or
            // two spaces between every digit: the check character decides.
            {separated(), Anchor::kNumberStart},
            // Sent in pieces with words that join them (前九位…\n后九位…).
            {kPiecesTrigger},
            // Each character in its brackets ([4][2][1]…[x]): scanned
            // everywhere, a '[' starts it; the check character decides.
            {"\\[[1-8]\\](?:\\[[0-9]\\]){16}\\[[0-9x]\\]"},
            // OCR's s or z for the first digit (s00l03…): no digit starts it,
            // so it is scanned everywhere; wanted on a line naming a number.
            {"[sz][0-9olibsz]{16}[0-9xolibsz]"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == kPieces) {
      auto p = pieces(text, m, true, 18);
      if (!p || p->joined.size() != 18 || !valid_resident_id18(p->joined, max_year_)) return std::nullopt;
      return p->span;
    }
    char buf[20];
    if (pattern == kBracketed) {
      if (!bracketed_alone(text, m)) return std::nullopt;
      const size_t n = compact(text, m, buf, sizeof buf);
      return n == 18 && valid_resident_id18(std::string_view(buf, n), max_year_) ? std::optional<Span>(m)
                                                                                  : std::nullopt;
    }
    if (pattern == kBrokenLine && std::count(text.begin() + m.start, text.begin() + m.end, '\n') != 1)
      return std::nullopt;
    if (pattern == kOcr || pattern == kOcrLead) {
      if (!bounded(text, m, true)) return std::nullopt;
      if (pattern == kOcrLead && !line_names_a_number(text, m.start)) return std::nullopt;
      const size_t n = compact(text, m, buf, sizeof buf);
      // z for 2 and q for 9 as well as what ocr_digits() reads.
      int z = 0;
      for (size_t i = 0; i < n && n == 18; ++i) {
        if (buf[i] != 'z' && buf[i] != 'q') continue;
        buf[i] = buf[i] == 'z' ? '2' : '9';
        ++z;
      }
      const int mapped = n == 18 ? ocr_digits(buf, n) + z : -1;
      if (mapped <= 0 || mapped > 3 || !valid_resident_id18(std::string_view(buf, n), max_year_)) return std::nullopt;
      return m;
    }
    if (pattern == kSeparated && !separated_alone(text, m)) return std::nullopt;
    // Not part of a longer number; letters before are fine (身份证号ID110…).
    if (!bounded(text, m, false) || (m.end < text.size() && text[m.end] == 'x')) return std::nullopt;
    // Grouped 6-8-4 the number is whole: what follows is a number of its own.
    if (pattern != kGrouped && pattern != kSeparated && group_continues(text, m)) return std::nullopt;
    const size_t n = compact(text, m, buf, sizeof buf);
    const std::string_view id(buf, n > sizeof buf ? 0 : n);
    if (n == 18 && valid_resident_id18(id, max_year_)) return m;
    // The legacy form is written whole, never grouped.
    if (n == 15 && m.end - m.start == 15 && valid_resident_id15(id)) return m;
    return std::nullopt;
  }

 private:
  int max_year_;
};

}  // namespace

std::unique_ptr<Detector> make_cn_resident_id(int max_birth_year) {
  return std::make_unique<CnResidentId>(max_birth_year);
}

}  // namespace nc::check
