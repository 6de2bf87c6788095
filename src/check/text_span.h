// Text geometry around a candidate in normalised text, without allocating:
// code points, lines (line_around is the one definition of a line: a
// run of bytes between \n / \r), clauses, spaces and separators. Pure
// functions; safe from any thread.
#pragma once

#include <cstddef>
#include <string_view>

#include <cstring>

#include "check/detector.h"

namespace nc::check {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The code point starting at / ending just before `pos`, and its length.
char32_t cp_at(std::string_view text, size_t pos, int* len);
char32_t cp_before(std::string_view text, size_t pos, int* len);

// True when the bytes just outside `span` are not ASCII digits (or, with
// `alnum`, not ASCII letters or digits either).
bool bounded(std::string_view text, Span span, bool alnum);

// The line holding `pos`, or an empty view when it is longer than max_bytes
// either side.
std::string_view line_around(std::string_view text, size_t pos, size_t max_bytes, size_t* line_start);

// Whether c ends a clause within a line: ，。；！？ , ; ! ? and the tab
// between pasted cells.
bool is_clause_break(char32_t c);

// True when `word` occurs in the line around pos (within max_bytes).
bool line_mentions(std::string_view text, size_t pos, std::string_view word, size_t max_bytes = 240);

// As line_mentions, and when the line holds nothing before pos but spaces,
// digits and marks (a number that starts its line, or wraps onto the next:
// "护照号\nE5231\n3576"), the one or two lines before it too: a label
// on a line of its own names the number below it.
bool label_mentions(std::string_view text, size_t pos, std::string_view word, size_t max_bytes = 240);

// Skips horizontal spaces (including U+3000) from pos forward.
size_t skip_spaces(std::string_view text, size_t pos);
// Skips spaces, colons (':' '：') and '=' backwards from pos.
size_t skip_separators_back(std::string_view text, size_t pos);

// True when text[pos, …) begins with w.
inline bool starts_with_at(std::string_view text, size_t pos, std::string_view w) {
  return pos <= text.size() && text.substr(pos, w.size()) == w;
}

// True when text[…, pos) ends with w. The last bytes are compared first:
// callers try lists of words at one position, and most differ there.
inline bool ends_with_at(std::string_view text, size_t pos, std::string_view w) {
  return pos >= w.size() && pos <= text.size() && !w.empty() && text[pos - 1] == w.back() &&
         std::memcmp(text.data() + pos - w.size(), w.data(), w.size()) == 0;
}

}  // namespace nc::check
