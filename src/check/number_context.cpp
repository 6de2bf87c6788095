#include "check/number_context.h"

#include <algorithm>
#include <array>

#include "check/lexicon.h"
#include "check/normaliser.h"

namespace nc::check {

namespace {

// The digits in the run of digit groups from pos forward (or backward, ending
// at pos), each group joined to the next by one separator; where it ends in
// *edge. Counting stops past 20.
size_t digits_forward(std::string_view text, size_t pos, size_t* edge) {
  size_t digits = 0;
  while (pos < text.size() && digits <= 20) {
    if (is_digit(text[pos])) {
      ++digits;
      ++pos;
    } else if (is_group_separator(text[pos]) && pos + 1 < text.size() && is_digit(text[pos + 1]) && pos > 0 &&
               is_digit(text[pos - 1])) {
      ++pos;
    } else {
      break;
    }
  }
  *edge = pos;
  return digits;
}

size_t digits_backward(std::string_view text, size_t pos) {
  size_t digits = 0;
  while (pos > 0 && digits <= 20) {
    if (is_digit(text[pos - 1])) {
      ++digits;
      --pos;
    } else if (is_group_separator(text[pos - 1]) && pos >= 2 && is_digit(text[pos - 2]) && pos < text.size() &&
               is_digit(text[pos])) {
      --pos;
    } else {
      break;
    }
  }
  return digits;
}

}  // namespace

bool group_continues(std::string_view text, Span span) {
  const std::string_view m = text.substr(span.start, span.end - span.start);
  if (std::none_of(m.begin(), m.end(), is_group_separator)) return false;
  constexpr size_t kAnotherNumber = 7;  // digits: a number of its own follows
  if (span.end + 1 < text.size() && is_group_separator(text[span.end]) && is_digit(text[span.end + 1])) {
    size_t edge = 0;
    const size_t digits = digits_forward(text, span.end + 1, &edge);
    int len;
    const char32_t after = cp_at(text, edge, &len);
    if (digits < kAnotherNumber && !(len > 0 && is_han(after))) return true;
  }
  if (span.start >= 2 && is_group_separator(text[span.start - 1]) && is_digit(text[span.start - 2])) {
    if (digits_backward(text, span.start - 1) < kAnotherNumber) return true;
  }
  return false;
}

bool separated_alone(std::string_view text, Span span) {
  auto mark = [](char c) {
    return c == ' ' || c == '.' || c == '/' || c == '_' || c == '*' || c == '|' || c == '~' || c == '-';
  };
  bool any = false;
  for (size_t i = span.start; i < span.end && !any; ++i) any = mark(text[i]);
  if (!any) return false;  // a whole number: the other patterns' form
  constexpr size_t kAnotherNumber = 7;  // digits: a number of its own beside it
  if (span.start > 0 && is_digit(text[span.start - 1])) return false;
  size_t b = span.start;
  for (int k = 0; k < 2 && b > 0 && mark(text[b - 1]); ++k) --b;
  if (b < span.start && b > 0 && is_digit(text[b - 1])) {
    size_t digits = 0;
    while (b > 0 && is_digit(text[b - 1]) && digits < kAnotherNumber) --b, ++digits;
    if (digits < kAnotherNumber) return false;
  }
  if (span.end < text.size() && is_digit(text[span.end])) return false;
  size_t e = span.end;
  for (int k = 0; k < 2 && e < text.size() && mark(text[e]); ++k) ++e;
  if (e > span.end && e < text.size() && is_digit(text[e])) {
    size_t digits = 0;
    while (e < text.size() && is_digit(text[e]) && digits < kAnotherNumber) ++e, ++digits;
    if (digits < kAnotherNumber) return false;
  }
  return true;
}

int ocr_digits_wide(char* out, size_t n) {
  int mapped = 0;
  for (size_t i = 0; i < n; ++i) {
    char& c = out[i];
    if (is_digit(c)) continue;
    if (c == 'o' || c == 'q' || c == 'd') c = '0';
    else if (c == 'l' || c == 'i' || c == 'j') c = '1';
    else if (c == 'z') c = '2';
    else if (c == 'b') c = '8';
    else if (c == 's') c = '5';
    else if (c == 'g') c = '9';
    else return -1;
    ++mapped;
  }
  return mapped;
}

int ocr_digits(char* out, size_t n) {
  int mapped = 0;
  for (size_t i = 0; i < n; ++i) {
    char& c = out[i];
    if (is_digit(c)) continue;
    if (c == 'x' && i + 1 == n) continue;
    if (c == 'o') c = '0';
    else if (c == 'l' || c == 'i') c = '1';
    else if (c == 'b') c = '8';
    else if (c == 's') c = '5';
    else return -1;
    ++mapped;
  }
  return mapped;
}

bool bracketed_alone(std::string_view text, Span span) {
  return !(span.start > 0 && text[span.start - 1] == ']') && !(span.end < text.size() && text[span.end] == '[');
}

bool line_names_a_number(std::string_view text, size_t pos) {
  for (std::string_view w : lexicon::kPersonalNumberWords)
    if (label_mentions(text, pos, w, 120)) return true;
  return false;
}

size_t compact(std::string_view text, Span span, char* out, size_t cap) {
  size_t n = 0;
  for (size_t i = span.start; i < span.end && i < text.size(); ++i) {
    const char c = text[i];
    if (!is_alnum(c)) continue;
    if (n == cap) return cap + 1;
    out[n++] = c;
  }
  return n;
}

bool after_other_number_label(std::string_view text, size_t pos) {
  using lexicon::kOtherNumberLabels;
  // Called for most number candidates: one look-up of the byte before
  // rejects those after anything that ends no label.
  static const std::array<bool, 256> kLastBytes = [] {
    std::array<bool, 256> b{};
    for (std::string_view label : kOtherNumberLabels) b[static_cast<unsigned char>(label.back())] = true;
    return b;
  }();
  size_t p = skip_separators_back(text, pos);
  // A note in brackets between label and number: 订单号（备注）138…
  int len;
  const char32_t close = cp_before(text, p, &len);
  if (close == U'）' || close == U')') {
    size_t b = p - static_cast<size_t>(len);
    for (int steps = 0; b > 0 && steps < 12; ++steps) {
      const char32_t c = cp_before(text, b, &len);
      if (c == U'\n' || c == U'）' || c == U')') break;
      b -= static_cast<size_t>(len);
      if (c == U'（' || c == U'(') {
        const std::string_view note = text.substr(b, p - b);
        for (std::string_view w : lexicon::kPhoneWords)
          if (note.find(w) != std::string_view::npos) return false;
        p = skip_separators_back(text, b);
        break;
      }
    }
  }
  for (std::string_view copula : {"为", "是"}) {
    if (ends_with_at(text, p, copula)) {
      p = skip_separators_back(text, p - copula.size());
      break;
    }
  }
  if (p == 0 || !kLastBytes[static_cast<unsigned char>(text[p - 1])]) return false;
  for (std::string_view label : kOtherNumberLabels) {
    if (ends_with_at(text, p, label)) return true;
  }
  return false;
}

}  // namespace nc::check
