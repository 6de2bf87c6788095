#include "check/mask.h"

#include "check/detector.h"
#include "check/text_input.h"

#include "common/utf8.h"
#include "rulebook/fold.h"

namespace nc::check {
namespace {

bool ascii_alnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool is_symbol(char32_t cp) {
  if (ascii_alnum(rulebook::fold_code_point(cp))) return true;  // ASCII, full-width
  static constexpr std::u32string_view kNumerals = U"〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖";
  return kNumerals.find(cp) != std::u32string_view::npos;
}

bool line_break(char32_t cp) { return cp == U'\n' || cp == U'\r'; }

}  // namespace

std::string mask_all(std::string_view original) {
  std::u32string s = rulebook::to_utf32(original);
  for (char32_t& c : s)
    if (!line_break(c)) c = U'*';
  return rulebook::to_utf8(s);
}

size_t count_symbols(std::string_view original) {
  size_t n = 0;
  for (char32_t c : rulebook::to_utf32(original)) n += is_symbol(c) ? 1 : 0;
  return n;
}

std::string mask_symbols(std::string_view original, size_t from, size_t to) {
  // Invalid bytes would come back as U+FFFD, longer than they were: masked whole.
  if (!utf8::valid(original)) return mask_all(original);
  std::u32string s = rulebook::to_utf32(original);
  size_t k = 0;
  for (char32_t& c : s) {
    if (!is_symbol(c)) continue;
    if (k >= from && k < to) c = U'*';
    ++k;
  }
  return rulebook::to_utf8(s);
}

std::string mask_local_part(std::string_view original) {
  if (!utf8::valid(original)) return mask_all(original);
  std::u32string s = rulebook::to_utf32(original);
  // The local part: the leading run of what an address's local part holds.
  size_t end = 0;
  while (end < s.size()) {
    const char32_t c = rulebook::fold_code_point(s[end]);
    if (!ascii_alnum(c) && c != U'.' && c != U'_' && c != U'%' && c != U'+' && c != U'-') break;
    ++end;
  }
  for (size_t i = 1; i < end; ++i) s[i] = U'*';
  return end == 0 ? mask_all(original) : rulebook::to_utf8(s);
}

std::optional<std::string> Detector::mask(std::string_view original) const { return mask_all(original); }

}  // namespace nc::check
