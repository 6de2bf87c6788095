// pii.bank_card: payment card numbers: 15-19 digits (whole or grouped by
// four), a plausible issuer prefix and length (UnionPay 62, domestic 60 and
// 9558, Visa 4, Mastercard 51-55 and 2221-2720, JCB 35, Amex 34/37) and a
// valid Luhn check digit.
#include <algorithm>
#include <string>

#include "check/checksums.h"
#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/pieces.h"

namespace nc::check {
namespace {

bool plausible_issuer(std::string_view d) {
  const size_t n = d.size();
  auto prefix = [&](std::string_view p) { return d.substr(0, p.size()) == p; };
  if (prefix("62") || prefix("60") || prefix("9558")) return n >= 16 && n <= 19;
  if (prefix("35")) return n >= 16 && n <= 19;
  if (prefix("34") || prefix("37")) return n == 15;
  if (d[0] == '4') return n == 16 || n == 19;
  if (d[0] == '5') return d[1] >= '1' && d[1] <= '5' && n == 16;
  if (d[0] == '2') {
    const int four = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    return four >= 2221 && four <= 2720 && n == 16;
  }
  return false;
}

// 15 to 19 digits with one line break after the k-th, every k: each
// alternative at least 15 digits long, so that the shortest anchored pattern
// (which decides where anchored scans start, anchors.h) stays long.
std::string broken_line() {
  std::string out;
  for (int k = 1; k < 19; ++k) {
    if (!out.empty()) out += '|';
    const int lo = std::max(1, 15 - k), hi = 19 - k;
    out += "[2-69]" + repeat("[0-9]", k - 1) + "\\r?\\n[0-9]{" + std::to_string(lo) + "," + std::to_string(hi) + "}";
  }
  return out;
}

// Two groups, the first of six digits (the BIN: 622202 0801938138170),
// groups of four however separated, or a mark between every digit.
bool bin_split_or_spaced(std::string_view text, Span m) {
  size_t groups = 1, longest = 0, run = 0, first = 0;
  bool fours = true;  // groups of four, but the last (6222  0208  0193  8138  170)
  for (size_t i = m.start; i < m.end; ++i) {
    if (is_digit(text[i])) {
      ++run;
    } else if (run > 0) {
      if (groups == 1) first = run;
      if (run != 4) fours = false;
      longest = std::max(longest, run);
      ++groups;
      run = 0;
    }
  }
  longest = std::max(longest, run);
  return (groups == 2 && first == 6) || longest == 1 || (fours && groups >= 4);
}

// 15 to 19 digits with a mark or two after the first k (k up to six: the
// BIN, fours, one by one) and up to two between any others; never the whole
// form (pattern 0's).
std::string separated() {
  const std::string mark = "[ ./_*|~-]";
  std::string out;
  for (int k = 1; k <= 6; ++k) {
    if (!out.empty()) out += '|';
    out += "[2-69]" + repeat("[0-9]", k - 1) + mark + "{1,2}[0-9](?:" + mark + "{0,2}[0-9]){" +
           std::to_string(14 - k) + "," + std::to_string(18 - k) + "}";
  }
  return out;
}

// Whether the line (or the label line above a number that starts its line)
// speaks of a card or an account.
bool names_a_card(std::string_view text, size_t pos) {
  // 帐 too: the older form of 账 (帐号), which the fold leaves alone.
  return label_mentions(text, pos, "卡", 120) || label_mentions(text, pos, "账", 120) ||
         label_mentions(text, pos, "帐", 120) ||
         label_mentions(text, pos, "card", 120);
}

// 15 to 19 characters, digits and the letters OCR makes of them (6Z29 08S5
// 7O70 …), grouped or not: validate() wants a letter in it, a card named on
// the line, and the check digit.
std::string ocr_letters() {
  return "[2-69](?:[ ./-]{0,2}[0-9olizsbgqdj]){14,18}";
}

class BankCard final : public Detector {
 public:
  std::string_view id() const override { return "pii.bank_card"; }
  Severity severity() const override { return Severity::High; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "银行卡号"; }
  std::string_view suggestion() const override {
    return "文中有银行卡号，属于《个人信息保护法》所说的敏感个人信息，泄露后可能造成财产损失。发布前请删除，或只保留末四位（如 **** **** **** 1234）。";
  }
  std::optional<std::string> mask(std::string_view original) const override {
    const size_t n = count_symbols(original);
    return n <= 4 ? mask_all(original) : mask_symbols(original, 0, n - 4);
  }
  std::vector<Pattern> patterns() const override {
    // Whole (15-19 digits), or grouped by four with spaces, '-', '.' or '/'; Amex is
    // grouped 4-6-5. The whole form matches the first 15 digits and
    // validate() takes in the rest of the run. Run only where a number
    // begins (Anchor::kNumberStart).
    // Also spaced out digit by digit, and broken by one line break anywhere.
    return {{"[2-69][0-9]{14}", Anchor::kNumberStart},
            {"[2-69][0-9]{3}(?:[ ./-][0-9]{4}){2}[ ./-][0-9]{3,4}(?:[ ./-][0-9]{1,3})?", Anchor::kNumberStart},
            {"3[47][0-9]{2}[ -][0-9]{6}[ -][0-9]{5}", Anchor::kNumberStart},
            {"[2-69](?: [0-9]){14,18}", Anchor::kNumberStart},
            {broken_line(), Anchor::kNumberStart},
            // Pattern 5: grouped any other way (the BIN split off: 622202
            // 0801938138170; two spaces; a mark between every digit).
            {separated(), Anchor::kNumberStart},
            // Pattern 6: read by OCR, letters for some digits.
            {ocr_letters(), Anchor::kNumberStart},
            // Pattern 7: grouped and wrapped (6222 0213 75\n59 6475 546).
            {"[2-69][0-9 ]{1,22}\\r?\\n[0-9 ]{1,22}", Anchor::kNumberStart},
            // Pattern 8: sent in pieces with words that join them (前十位…，后面…).
            {kPiecesTrigger}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    // Broken across lines: only where the line names a card or an account,
    // not two cells of a table.
    if (pattern == 4 && (std::count(text.begin() + m.start, text.begin() + m.end, '\n') != 1 || !names_a_card(text, m.start)))
      return std::nullopt;
    if (pattern == 8) {
      auto p = pieces(text, m, false, 19);
      if (!p || p->joined.size() < 15 || !plausible_issuer(p->joined) || !luhn_ok(p->joined)) return std::nullopt;
      return p->span;
    }
    if (pattern == 7) {
      // Ends on a digit that no other digit follows; one line break; the
      // digits a card's; a card named, or a UnionPay number written in groups.
      if (!is_digit(text[m.end - 1]) || (m.end < text.size() && is_alnum(text[m.end]))) return std::nullopt;
      if (m.start > 0 && is_alnum(text[m.start - 1])) return std::nullopt;
      if (std::count(text.begin() + m.start, text.begin() + m.end, '\n') != 1) return std::nullopt;
      if (std::count(text.begin() + m.start, text.begin() + m.end, ' ') == 0) return std::nullopt;  // pattern 4's
      char buf[20];
      const size_t n = compact(text, m, buf, sizeof buf);
      if (n < 15 || n > 19) return std::nullopt;
      const std::string_view d(buf, n);
      if (!plausible_issuer(d) || !luhn_ok(d)) return std::nullopt;
      if (!names_a_card(text, m.start) && d.substr(0, 2) != "62") return std::nullopt;
      return m;
    }
    if (pattern == 6) {
      if (!bounded(text, m, true) || !names_a_card(text, m.start)) return std::nullopt;
      char buf[20];
      const size_t n = compact(text, m, buf, sizeof buf);
      if (n < 15 || n > 19) return std::nullopt;
      const int mapped = ocr_digits_wide(buf, n);
      if (mapped <= 0 || mapped > 3) return std::nullopt;  // the plain forms are the other patterns'
      const std::string_view d(buf, n);
      if (!plausible_issuer(d) || !luhn_ok(d)) return std::nullopt;
      return m;
    }
    if (pattern == 0) {  // the first 15 digits of a whole number: up to 19
      if (m.start > 0 && is_digit(text[m.start - 1])) return std::nullopt;
      while (m.end < text.size() && is_digit(text[m.end]) && m.end - m.start < 20) ++m.end;
      if (m.end - m.start > 19) return std::nullopt;
    }
    if (pattern == 5) {
      if (!separated_alone(text, m)) return std::nullopt;
      // Not the digits of a code with letters (运单号 EA 622202 080… CN).
      {
        size_t b = m.start;
        while (b > 0 && text[b - 1] == ' ') --b;
        if (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') return std::nullopt;
      }
      // Groups other than the BIN and the rest, or one digit each, only
      // where the line speaks of a card or an account: a table's numbers
      // in twos and threes are not one.
      if (!bin_split_or_spaced(text, m) && !names_a_card(text, m.start)) return std::nullopt;
    }
    if (!bounded(text, m, false)) return std::nullopt;
    if (pattern != 5 && group_continues(text, m)) return std::nullopt;
    if (after_other_number_label(text, m.start)) return std::nullopt;  // 订单号 6217…
    if (m.start > 0 && text[m.start - 1] == '.') return std::nullopt;
    if (m.end + 1 < text.size() && text[m.end] == '.' && is_digit(text[m.end + 1])) return std::nullopt;
    if (m.end < text.size() && text[m.end] == 'x') return std::nullopt;
    char buf[20];
    const size_t n = compact(text, m, buf, sizeof buf);
    if (n < 15 || n > 19) return std::nullopt;
    const std::string_view d(buf, n);
    if (!plausible_issuer(d) || !luhn_ok(d)) return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_bank_card() { return std::make_unique<BankCard>(); }

}  // namespace nc::check
