// pii.cn_uscc: unified social credit codes of organisations (GB 32100-2015),
// 18 characters with a valid check character and administrative division.
// Organisations' codes are public registrations, hence the low severity: the
// finding reminds the author that a code links a post to an organisation.
#include <algorithm>
#include <string>

#include "check/checksums.h"
#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/pieces.h"

namespace nc::check {
namespace {

// [1-9a-hj-npqrtuwxy]: the registration authority.
bool first_char(char c) {
  if (c >= '1' && c <= '9') return true;
  if (c < 'a' || c > 'y') return false;
  return c != 'i' && c != 'o' && c != 's' && c != 'v' && c != 'z';
}

// 17 or 18 characters from the first digit, with a mark or two after the
// first k (k up to six: 2-6-9-1, fours, 6-6-6, one by one), or written
// whole with an O or I in it: never the plain whole form (every ID and card
// number of a text would wake it).
std::string loose_pattern() {
  const std::string mark = "[ ._/|-]";
  std::string out;
  for (int k = 1; k <= 6; ++k) {
    if (!out.empty()) out += '|';
    out += "[1-9]" + repeat("[0-9a-z]", k - 1) + mark + "{1,2}[0-9a-z](?:" + mark + "{0,2}[0-9a-z]){" +
           std::to_string(16 - k) + "," + std::to_string(17 - k) + "}";
  }
  for (int k = 1; k <= 17; ++k) {
    out += "|[1-9]" + repeat("[0-9a-hj-npqrtuwxy]", k - 1) + "[oisz]";
    if (k < 17) out += "[0-9a-z]{" + std::to_string(std::max(0, 16 - k)) + "," + std::to_string(17 - k) + "}";
  }
  return out;
}

bool mark(char c) { return c == ' ' || c == '.' || c == '_' || c == '/' || c == '|' || c == '-'; }

// Pattern 2's candidate: the characters without their marks, the first
// taken in from before the match when it holds 17, O and I read as 0 and 1.
std::optional<Span> loose(std::string_view text, Span m) {
  // Where a number starts (Anchor::kNumberStart): not after a digit.
  if (m.start > 0 && is_digit(text[m.start - 1])) return std::nullopt;
  char buf[20];
  size_t n = compact(text, m, buf + 1, 18);
  if (n != 17 && n != 18) return std::nullopt;
  if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
  bool separated = false;
  for (size_t i = m.start; i < m.end && !separated; ++i) separated = mark(text[i]);
  char* code = buf + 1;
  if (n == 17) {
    size_t b = m.start;
    for (int k = 0; k < 2 && b > 0 && mark(text[b - 1]); ++k) --b;
    if (b == 0 || !is_alnum(text[b - 1]) || !first_char(text[b - 1])) return std::nullopt;
    if (b < m.start) separated = true;
    buf[0] = text[b - 1];
    code = buf;
    m.start = b - 1;
  }
  if (m.start > 0 && is_alnum(text[m.start - 1])) return std::nullopt;
  bool misread = false;
  for (size_t i = 0; i < 18; ++i) {
    if (code[i] == 'o') code[i] = '0', misread = true;
    else if (code[i] == 'i') code[i] = '1', misread = true;
    else if (code[i] == 's') code[i] = '5', misread = true;
    else if (code[i] == 'z') code[i] = '2', misread = true;
  }
  if (!separated && !misread) return std::nullopt;  // patterns 0 and 1 have it
  if (!valid_uscc(std::string_view(code, 18))) return std::nullopt;
  return m;
}

// Whether the line (or the label line above) names an organisation's code.
bool names_a_code(std::string_view text, size_t pos) {
  for (std::string_view w : {"信用代码", "社会信用", "机构代码", "营业执照", "执照", "税号", "纳税人识别号", "uscc"})
    if (label_mentions(text, pos, w, 160)) return true;
  return false;
}

// The letters a code may hold that OCR also makes of digits (L for 1, B for
// 8): when the code fails its check as read, each of them read as the digit,
// every combination of up to three, under a label only.
bool valid_misread(char* code) {
  size_t at[3];
  size_t k = 0;
  for (size_t i = 1; i < 18 && k < 3; ++i)
    if (code[i] == 'l' || code[i] == 'b') at[k++] = i;
  for (unsigned mask = 1; mask < (1u << k); ++mask) {
    char tried[18];
    std::copy(code, code + 18, tried);
    for (size_t j = 0; j < k; ++j)
      if (mask & (1u << j)) tried[at[j]] = tried[at[j]] == 'l' ? '1' : '8';
    if (valid_uscc(std::string_view(tried, 18))) return true;
  }
  return false;
}

// 18 characters broken by one line break (信用代码\n121101014\n1EUPBU46L),
// under a label: validate() counts them.
std::string broken_line() {
  std::string out;
  for (int k = 1; k < 18; ++k) {
    if (!out.empty()) out += '|';
    out += "[1-9]" + repeat("[0-9a-z]", k - 1) + "\\r?\\n" + repeat("[0-9a-z]", 18 - k);
  }
  return out;
}

class CnUscc final : public Detector {
 public:
  std::string_view id() const override { return "pii.cn_uscc"; }
  Severity severity() const override { return Severity::Low; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "统一社会信用代码"; }
  std::string_view suggestion() const override {
    return "文中有统一社会信用代码。单位代码虽可公开查询，但与内部事项一同发布可能暴露单位信息；请确认确需公开，不需要时删除，或只保留末四位。";
  }
  std::optional<std::string> mask(std::string_view original) const override {
    const size_t n = count_symbols(original);
    return n <= 4 ? mask_all(original) : mask_symbols(original, 0, n - 4);
  }
  std::vector<Pattern> patterns() const override {
    // Run only where a number begins (Anchor::kNumberStart): a code
    // that starts with a digit from there, one that starts with a letter
    // (n, y, a …) from its second character, validate() taking in the letter.
    return {{"[1-9][1-9][0-9]{6}[0-9a-hj-npqrtuwxy]{10}", Anchor::kNumberStart},
            {"[1-9][0-9]{6}[0-9a-hj-npqrtuwxy]{10}", Anchor::kNumberStart},
            // Pattern 2: grouped (2-6-9-1, by four, 6-6-6) or a mark between
            // every character, or with O / I for 0 / 1 (letters no code
            // uses): 17 or 18 characters from the first digit.
            {loose_pattern(), Anchor::kNumberStart},
            // Pattern 3: broken across two lines under a label.
            {broken_line(), Anchor::kNumberStart},
            // Pattern 4: read by OCR (L, B, O, S, Z anywhere), under a label only.
            {"[1-9][0-9a-z]{17}", Anchor::kNumberStart},
            // Pattern 5: sent in pieces with words that join them (前八位…，后十位…).
            {kPiecesTrigger},
            // Pattern 6: each character in its brackets ([9][1][1]…[x]).
            {"\\[[1-9]\\](?:\\[[0-9a-z]\\]){17}"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == 2) return loose(text, m);
    if (pattern == 6) {
      if (!bracketed_alone(text, m)) return std::nullopt;
      char code[20];
      if (compact(text, m, code, 18) != 18 || !valid_uscc(std::string_view(code, 18))) return std::nullopt;
      return m;
    }
    if (pattern == 5) {
      auto p = pieces(text, m, true, 18);
      if (!p || p->joined.size() != 18 || !valid_uscc(p->joined)) return std::nullopt;
      return p->span;
    }
    if (pattern == 3 || pattern == 4) {
      if (pattern == 3 && std::count(text.begin() + m.start, text.begin() + m.end, '\n') != 1) return std::nullopt;
      if (!bounded(text, m, true) || !names_a_code(text, m.start)) return std::nullopt;
      char code[20];
      if (compact(text, m, code, 18) != 18) return std::nullopt;
      bool misread = false;
      for (size_t i = 0; i < 18; ++i) {
        char& c = code[i];
        const char read = c == 'o' ? '0' : c == 'i' ? '1' : c == 's' ? '5' : c == 'z' ? '2' : c;
        misread = misread || read != c;
        c = read;
      }
      // Pattern 4 takes what the others do not: a misread letter.
      if (pattern == 4 && valid_uscc(std::string_view(code, 18)) && !misread) return std::nullopt;
      if (valid_uscc(std::string_view(code, 18)) || valid_misread(code)) return m;
      return std::nullopt;
    }
    if (pattern == 1) {
      if (m.start == 0 || is_digit(text[m.start - 1]) || !first_char(text[m.start - 1])) return std::nullopt;
      --m.start;
    }
    if (!bounded(text, m, true)) return std::nullopt;
    if (m.end - m.start != 18) return std::nullopt;
    if (valid_uscc(text.substr(m.start, 18))) return m;
    // Read by OCR: an L or B where the code has a 1 or an 8, under a label.
    char code[18];
    std::copy(text.begin() + m.start, text.begin() + m.end, code);
    if (names_a_code(text, m.start) && valid_misread(code)) return m;
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<Detector> make_cn_uscc() { return std::make_unique<CnUscc>(); }

}  // namespace nc::check
