// pii.cn_passport: passport numbers of the People's Republic of China:
// ordinary passports E12345678, EA1234567, G12345678 are found on their own;
// diplomatic, service and official passports (D, S, P, DE, SE, PE + digits),
// shorter and easily confused with part numbers, only with 护照 on the line.
// An ordinary form right after the label of another kind of number
// (订单号E12345678, 报名编号：G12345678; context.h) is that number, unless
// the line speaks of a passport. The ordinary forms may be written with
// spaces: E 1234 5678, G12 345 678.
#include "check/context.h"
#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

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
    return {{"[0-9](?: ?[0-9]){7}", Anchor::kNumberStart},
            {"[0-9](?: ?[0-9]){6}", Anchor::kNumberStart},
            {"[0-9]{7,8}", Anchor::kNumberStart}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    size_t p = m.start;  // where the letters end
    if (pattern != 2) {
      // Written with spaces: no group may follow (E1234 5678 9 is none), and
      // one space may stand between the letters and the digits.
      if (m.end + 1 < text.size() && text[m.end] == ' ' && is_digit(text[m.end + 1])) return std::nullopt;
      if (p >= 2 && text[p - 1] == ' ' && text[p - 2] >= 'a' && text[p - 2] <= 'z') --p;
    }
    const auto before = [&](size_t back) { return p >= back ? text[p - back] : '\0'; };
    switch (pattern) {
      case 0:  // E12345678, G12345678
        if (before(1) != 'e' && before(1) != 'g') return std::nullopt;
        m.start = p - 1;
        break;
      case 1: {  // EA1234567: the second letter is not I or O
        const char c = before(1);
        if (before(2) != 'e' || c < 'a' || c > 'z' || c == 'i' || c == 'o') return std::nullopt;
        m.start = p - 2;
        break;
      }
      default: {  // diplomatic, service, official: only with 护照 on the line
        const char c = before(1);
        if ((c == 'e') && (before(2) == 'd' || before(2) == 's' || before(2) == 'p')) {
          m.start -= 2;
        } else if (c == 'd' || c == 's' || c == 'p') {
          m.start -= 1;
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
