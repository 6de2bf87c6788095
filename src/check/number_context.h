// Number context: whether a candidate number is written in groups that
// go on, stands alone, was read by OCR, or follows the label of another
// kind of number. Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <string_view>

#include "check/text_span.h"

namespace nc::check {

// For a match written in groups (digits with ' ', '-', '.' or '/' between
// them): true when the grouping goes on outside the match ("6217 0000 1000
// 1234 567" must not yield "6217 0000 1000 1234"). Whole-form matches are
// never continued this way: "13812345678 13912345678" are two numbers. Nor
// is a match followed (preceded) by a number of its own: groups holding 7
// digits or more ("110101 19900307 1234 138 1234 5678"), or a short group
// that a Han character ends, as a house number ("138 1234 5678 302室").
bool group_continues(std::string_view text, Span span);

// For a match of digits with marks between them (any grouping: 610 113
// 1978 …, 1-3-8-…): it holds a mark, and no digit or mark and digit runs
// on either side (then a longer number is there, or a shorter one).
bool separated_alone(std::string_view text, Span span);

// A separator inside a number written in groups (139/2211_4567 mixes them).
inline bool is_group_separator(char c) { return c == ' ' || c == '-' || c == '.' || c == '/' || c == '_'; }

// What OCR makes of digits: o for 0, l and i for 1, b for 8, s for 5. Maps those
// letters in out[0, n) to digits, returning how many it mapped, or -1 when
// out holds another letter (but a final 'x', the check character of an ID).
int ocr_digits(char* out, size_t n);

// The same with the letters OCR makes of digits on a scanned card or form
// (z for 2, g for 9, q and d for 0, j for 1 besides the above), for numbers
// whose check digit decides and whose line names them.
int ocr_digits_wide(char* out, size_t n);

// A number written a character to a bracket ([1][3][8]…) that no other
// bracketed character continues on either side.
bool bracketed_alone(std::string_view text, Span span);

// True when the line around pos names a phone or an identity number
// (手机, 电话, 联系, 身份证, 证件号, tel, phone, mobile): the context that lets
// OCR-confused letters be read as digits.
bool line_names_a_number(std::string_view text, size_t pos);

// Copies the ASCII letters and digits of text[span] into out (at most cap),
// returning how many; separators (space, '-') are skipped. Returns cap + 1
// when there are more.
size_t compact(std::string_view text, Span span, char* out, size_t cap);

// True when what precedes pos (after spaces and colons, and 为 / 是) is the
// label of a number that is no personal identifier but may share the shape
// of one: 订单号, 快递单号, 工号, 学号, 报名编号, 流水号, 准考证号, QQ …
// ("订单号：13812345678" is an order), 时间戳 and timestamp. Not 账号 or
// 会员号: those are often a phone or card number. A note in brackets between
// label and number changes nothing (订单号（备注）13812345678 is an order)
// unless it names a phone (订单号（联系电话）13812345678).
bool after_other_number_label(std::string_view text, size_t pos);

}  // namespace nc::check
