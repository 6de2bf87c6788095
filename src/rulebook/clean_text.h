// Removal of PDF-extraction artifacts from one logical line of Chinese text:
// whitespace next to CJK characters goes, runs of other whitespace become one
// space, nothing else changes.
#pragma once

#include <string>
#include <string_view>

namespace nc::rulebook {

// True for code points that are written without spaces around them in Chinese
// text: ideographs, CJK punctuation, full-width forms, kana.
bool is_cjk(char32_t cp);

// Joins and cleans: "为 了规范" → "为了规范", "“ 四个意识”" → "“四个意识”",
// "Windows  10" → "Windows 10". Leading and trailing whitespace is removed.
std::string clean_line(std::string_view utf8);

}  // namespace nc::rulebook
