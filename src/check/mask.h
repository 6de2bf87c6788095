// Masking a finding for a copy that may be shared (复制脱敏文本, the CLI's
// --redact). How much of each kind of personal data to hide is the
// detector's advice (Detector::mask); these are the tools it uses.
//
// A "symbol" is a character of an identifier as written: an ASCII or
// full-width digit or letter, or a Chinese numeral (〇 零 一 … 九 幺 两 壹 …
// 玖). Separators (spaces, dashes, dots, a line break) and labels are not
// symbols and are kept, so a masked number keeps its grouping.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nc::check {

// A masked text is never longer than the original: a span holding invalid
// UTF-8 is masked whole.

// Every character but line breaks as '*'.
std::string mask_all(std::string_view original);

// The number of symbols in `original`.
size_t count_symbols(std::string_view original);

// `original` with its symbols [from, to) (counted from 0) as '*'.
std::string mask_symbols(std::string_view original, size_t from, size_t to);

// An e-mail address with its local part masked but for its first character
// (z*******@example.com); the domain and an obfuscated "[at]" are kept.
std::string mask_local_part(std::string_view original);

}  // namespace nc::check
