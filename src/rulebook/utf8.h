// Minimal UTF-8 decoding and encoding used across the rulebook. Pure.
#pragma once

#include <string>
#include <string_view>

namespace nc::rulebook::utf8 {

// Decodes the code point at s[i], advancing i. Invalid or truncated sequences
// (overlongs, surrogates, > U+10FFFF) yield U+FFFD and advance one byte.
char32_t next(std::string_view s, size_t& i);
// True when the whole string is well-formed UTF-8.
bool valid(std::string_view s);
void append(std::string& out, char32_t cp);

}  // namespace nc::rulebook::utf8
