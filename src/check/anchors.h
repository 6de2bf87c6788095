// Where the Engine starts its anchored scans (Pattern::anchor) in
// normalised text. Pure and allocation-free.
//
// A number start is a digit that no digit precedes, or a '+' right before
// such a digit; a start is worth a scan only when the stretch of number
// characters (ASCII digits and letters, ' ', '-', '+', '.', '/', line breaks) from it is long
// enough to hold the shortest number pattern.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace nc::check {

// The first ASCII digit at or after `from`, or text.size().
size_t next_digit(std::string_view text, size_t from);

// Normalised text has no upper-case ASCII. A number may be grouped by ' ',
// '-', '.' or '/', and broken across lines.
inline bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '+' || c == '.' ||
         c == '/' || c == '\n' || c == '\r' || c == '_' || c == '*' || c == '|' || c == '~';
}

// Calls on_start(pos) for every number start whose stretch is at least
// min_length bytes, in increasing order of pos.
template <class OnStart>
void for_each_number_start(std::string_view text, size_t min_length, OnStart&& on_start) {
  const size_t n = text.size();
  size_t i = next_digit(text, 0);
  while (i < n) {
    size_t group_end = i + 1;
    while (group_end < n && text[group_end] >= '0' && text[group_end] <= '9') ++group_end;
    const size_t first = i > 0 && text[i - 1] == '+' ? i - 1 : i;
    size_t stretch = group_end;
    // '·' (C2 B7) too, as its two bytes together: B7 alone ends many a Han
    // character, and a stretch over Chinese text woke the anchored scans.
    while (stretch - first < min_length && stretch < n) {
      if (is_number_char(text[stretch])) {
        ++stretch;
      } else if (text[stretch] == '\xC2' && stretch + 1 < n && text[stretch + 1] == '\xB7') {
        stretch += 2;
      } else {
        break;
      }
    }
    if (stretch - first >= min_length) {
      on_start(first);
      if (first != i) on_start(i);
    }
    i = next_digit(text, group_end);
  }
}

inline bool is_address_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '-';
}

// Calls on_at(pos, length) for every '@' followed by address characters
// (ASCII letters and digits, '.', '-', and 。 or 点 for a dot between two of
// them), length counting the '@' and them,
// when length is at least min_length.
template <class OnAt>
void for_each_at_sign(std::string_view text, size_t min_length, OnAt&& on_at) {
  const char* d = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const void* at = std::memchr(d + i, '@', n - i);
    if (at == nullptr) return;
    i = static_cast<size_t>(static_cast<const char*>(at) - d);
    size_t end = i + 1;
    for (;;) {
      while (end < n && is_address_char(d[end])) ++end;
      // A dot written otherwise (zhang@163。com, zhang@qq点com) goes on.
      if (end + 3 < n && is_address_char(d[end + 3]) &&
          (std::memcmp(d + end, "\u3002", 3) == 0 || std::memcmp(d + end, "\u70B9", 3) == 0)) {
        end += 3;
        continue;
      }
      break;
    }
    if (end - i >= min_length) on_at(i, end - i);
    i = end;
  }
}

}  // namespace nc::check
