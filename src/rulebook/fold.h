// Folding for matching: maps each code point of a text to the form used for
// comparison — NFKC (ICU), full-width → half-width, ASCII lower case,
// traditional → simplified (OpenCC's character table), zero-width characters
// and whitespace between CJK characters dropped — and keeps, for every folded
// code point, the byte offset of the original it came from.
//
// The table is built once per process from ICU and OpenCC data (about 50 ms)
// and then only read: fold() is safe from any number of threads and never runs
// a converter over the text, only table look-ups.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nc::rulebook {

struct Folded {
  std::u32string text;             // folded code points
  std::vector<uint32_t> origin;    // origin[i]: byte offset in the input of text[i]
  // Byte range in the input covered by folded [begin, end).
  uint32_t source_begin(size_t i) const { return origin[i]; }
  uint32_t source_end(size_t end, std::string_view input) const;
};

// Folds UTF-8 text; invalid bytes are kept as U+FFFD at their offset.
Folded fold(std::string_view utf8);
// Folds to UTF-8 without offsets (queries, dictionary terms).
std::string fold_to_utf8(std::string_view utf8);
// The single-code-point fold used by the table (0 when the code point folds away).
char32_t fold_code_point(char32_t cp);

std::string to_utf8(std::u32string_view s);
std::u32string to_utf32(std::string_view utf8);  // invalid bytes become U+FFFD

}  // namespace nc::rulebook
