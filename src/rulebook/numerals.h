// Chinese numerals as used in official documents: 第十四条, 第一百零一条,
// 两百, 二〇二四年. Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nc::rulebook {

// Parses a counting numeral written with 零〇一二两三四五六七八九十百千万
// (一 … 九十九, 一百零一, 两千, 十一) or with ASCII / full-width digits.
// Returns nullopt for anything else, including an empty string, stray
// characters and malformed orders ("十十", "百一").
std::optional<long> parse_numeral(std::string_view utf8);

// Parses a digit-by-digit numeral as in years: 二〇二四 → 2024, 二零二四 → 2024.
std::optional<long> parse_digit_sequence(std::string_view utf8);

// Writes n (0 ≤ n < 100000000) as a counting numeral: 14 → 十四, 101 → 一百零一,
// 110 → 一百一十, 20 → 二十.
std::string to_chinese_numeral(long n);

}  // namespace nc::rulebook
