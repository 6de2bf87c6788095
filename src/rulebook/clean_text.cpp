#include "rulebook/clean_text.h"

#include "common/utf8.h"

namespace nc::rulebook {
namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' || c == U'\u202F' || c == U'\u205F' ||
         (c >= U'\u2000' && c <= U'\u200A') || c == U'\f' || c == U'\v';
}

bool is_zero_width(char32_t c) {
  return (c >= U'\u200B' && c <= U'\u200D') || c == U'\u2060' || c == U'\uFEFF' || c == U'\u00AD';
}

}  // namespace

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||   // radicals
         (c >= 0x3000 && c <= 0x33FF) ||   // CJK punctuation, kana, bopomofo, enclosed
         (c >= 0x3400 && c <= 0x4DBF) ||   // extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||   // unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||   // compatibility forms
         (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
         (c >= 0x20000 && c <= 0x3134F) || // extensions B–G
         (c >= 0x2018 && c <= 0x201F) ||   // Chinese quotation marks “” ‘’
         c == 0x2014 || c == 0x2015 || c == 0x2026 || c == 0x00B7;  // —— …… ·
}

std::string clean_line(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  char32_t last = 0;          // last code point written
  bool pending_space = false;  // whitespace seen since `last`
  size_t i = 0;
  while (i < in.size()) {
    const char32_t c = utf8::next(in, i);
    if (is_zero_width(c)) continue;
    if (is_space(c)) {
      pending_space = last != 0;
      continue;
    }
    if (pending_space && !is_cjk(last) && !is_cjk(c)) out += ' ';
    pending_space = false;
    utf8::append(out, c);
    last = c;
  }
  return out;
}

}  // namespace nc::rulebook
