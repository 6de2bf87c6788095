// pii.cn_passport: passport numbers of the People's Republic of China:
// ordinary passports E12345678, EA1234567, G12345678 are found on their own;
// diplomatic, service and official passports (D, S, P, DE, SE, PE + digits),
// shorter and easily confused with part numbers, only with 护照 on the line.
// An ordinary form right after the label of another kind of number
// (订单号E12345678, 报名编号：G12345678; number_context.h) is that number, unless
// the line speaks of a passport. The ordinary forms may be written with
// spaces or dashes (E 1234 5678, G12 345 678, G-8978-7460), with a mark
// between every character (E·1·2…, E U 9 8 8…), in Chinese numerals.
#include <algorithm>

#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

// The length of a mark between a passport's characters at pos (a space,
// '-', '.', '/', '_', '·'), or 0.
size_t mark_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '_') return 1;
  return text.substr(pos, 2) == "·" ? 2 : 0;
}
size_t mark_before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const char c = text[pos - 1];
  if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '_') return 1;
  return pos >= 2 && text.substr(pos - 2, 2) == "·" ? 2 : 0;
}

class CnPassport final : public Detector {
 public:
  std::string_view id() const override { return "pii.cn_passport"; }
  Severity severity() const override { return Severity::High; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "护照号码"; }
  std::string_view suggestion() const override {
    return "文中有护照号码，属于《个人信息保护法》所说的敏感个人信息。发布前请删除，或只保留首位和末三位（如 E*****678）；涉及因公出国（境）证件信息的，不得在网上公开。";
  }
  std::optional<std::string> mask(std::string_view original) const override {
    const size_t n = count_symbols(original);
    return n <= 4 ? mask_all(original) : mask_symbols(original, 1, n - 3);
  }
  std::vector<Pattern> patterns() const override {
    // The digits, run only where a number begins (Anchor::kNumberStart);
    // validate() takes in the letters before them: E or G + 8 digits,
    // E + a letter + 7 digits, and (DE|SE|PE|D|S|P) + 7 or 8 digits.
    return {{"[0-9](?:[ -]?[0-9]){7}", Anchor::kNumberStart},
            {"[0-9](?:[ -]?[0-9]){6}", Anchor::kNumberStart},
            {"[0-9]{7,8}", Anchor::kNumberStart},
            // Patterns 3 and 4: a mark between every digit (E·1·2…, E U 9 8 8…,
            // G-8-9-7…), as patterns 0 and 1.
            {"[0-9](?:(?:[ ./_-]|·){1,2}[0-9]){7}", Anchor::kNumberStart},
            {"[0-9](?:(?:[ ./_-]|·){1,2}[0-9]){6}", Anchor::kNumberStart},
            // Patterns 5 and 6: read by OCR (EH37O868l, G82434Z9Z), and 7:
            // broken by a line (护照号\nE5231\n3576); under a passport's
            // label only, as patterns 0 and 1.
            {"[0-9][0-9olizsbgqdj]{7}", Anchor::kNumberStart},
            {"[0-9][0-9olizsbgqdj]{6}", Anchor::kNumberStart},
            {"[0-9]{1,7}\\r?\\n[0-9]{1,7}", Anchor::kNumberStart},
            // Pattern 8: the letter spelled out before the digits (字母E，后面84766617,
            // 字母G开头，后面是…), under a passport's label.
            {"字母[eg](?:开头)?[，, ]?(?:后面是|后面|再加|加上|然后是|然后|加)[：: ]?[0-9]{8}"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == 8) {
      if (!label_mentions(text, m.start, "护照") && !label_mentions(text, m.start, "passport")) return std::nullopt;
      if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
      return m;
    }
    if (pattern >= 5) {
      if (!label_mentions(text, m.start, "护照") && !label_mentions(text, m.start, "passport")) return std::nullopt;
      char buf[12];
      const size_t n = compact(text, m, buf, sizeof buf);
      if (pattern == 7) {
        if (std::count(text.begin() + m.start, text.begin() + m.end, '\n') != 1 || (n != 7 && n != 8))
          return std::nullopt;
        if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
        pattern = n == 8 ? 0 : 1;
      } else {
        if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
        const int mapped = ocr_digits_wide(buf, n);
        if (mapped <= 0 || mapped > 3) return std::nullopt;  // all digits: patterns 0 and 1
        pattern -= 5;
      }
    }
    if (pattern == 3 || pattern == 4) {
      // No digit run goes on after a mark.
      size_t e = m.end;
      for (int k = 0; k < 2 && e < text.size(); ++k) {
        const size_t l = mark_at(text, e);
        if (l == 0) break;
        e += l;
      }
      if (e > m.end && e < text.size() && is_digit(text[e])) return std::nullopt;
      pattern -= 3;
    }
    size_t p = m.start;  // where the letters end
    // The letters, perhaps with marks between them and the digits (G-8978…,
    // E U 9 8 8…, Ｅ－Ｙ７７…): copied together so the forms below read them.
    char letters[3] = {0, 0, 0};  // letters[1] nearest the digits, letters[2] before it
    size_t at[3] = {p, p, p};       // where each starts
    {
      size_t q = p;
      for (int k = 1; k <= 2; ++k) {
        size_t r = q;
        for (int j = 0; j < 2; ++j) {
          const size_t l = mark_before(text, r);
          if (l == 0) break;
          r -= l;
        }
        if (pattern == 2 && r != q) break;  // the whole form is written whole
        if (r == 0 || text[r - 1] < 'a' || text[r - 1] > 'z') break;
        letters[k] = text[r - 1];
        q = r - 1;
        at[k] = q;
      }
    }
    if (pattern != 2) {
      // Written with spaces: no group may follow (E1234 5678 9 is none).
      if (m.end + 1 < text.size() && (text[m.end] == ' ' || text[m.end] == '-') && is_digit(text[m.end + 1]))
        return std::nullopt;
    }
    const auto before = [&](size_t back) { return letters[back]; };
    switch (pattern) {
      case 0:  // E12345678, G12345678
        if (before(1) != 'e' && before(1) != 'g') return std::nullopt;
        m.start = at[1];
        break;
      case 1: {  // EA1234567: the second letter is not I or O
        const char c = before(1);
        if (before(2) != 'e' || c < 'a' || c > 'z' || c == 'i' || c == 'o') return std::nullopt;
        m.start = at[2];
        break;
      }
      default: {  // diplomatic, service, official: only with 护照 on the line
        const char c = before(1);
        if ((c == 'e') && (before(2) == 'd' || before(2) == 's' || before(2) == 'p')) {
          m.start = at[2];
        } else if (c == 'd' || c == 's' || c == 'p') {
          m.start = at[1];
        } else {
          return std::nullopt;
        }
        if (!bounded(text, m, true) || !line_mentions(text, m.start, "护照")) return std::nullopt;
        return m;
      }
    }
    if (!bounded(text, m, true)) return std::nullopt;
    if (after_other_number_label(text, m.start) && !line_mentions(text, m.start, "护照") &&
        !line_mentions(text, m.start, "passport"))
      return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_cn_passport() { return std::make_unique<CnPassport>(); }

}  // namespace nc::check
