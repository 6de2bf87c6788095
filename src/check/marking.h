// The marking grammar: whether a classification or handling marking
// stands as a marking (a stamp-like line, brackets, a table cell under a
// marking column, a clause of its own, after a classification label) or is
// named in prose; and the secrecy period after a ★. Words come from
// lexicon.h. Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <string_view>

#include "check/text_span.h"

namespace nc::check {

// A marking line ("stamp-like"): nothing on it but classification and
// handling markings (机密, 内部资料, 注意保存, 密级, ★, 启用前, 特急, periods like
// 1年 / 长期, copy numbers), brackets, punctuation and spaces, at most 40
// code points. "机密文件不得外传的规定" is not one.
bool is_marking_line(std::string_view line);

// For a match holding one line break (a marking wrapped, or a vertical stamp
// read line by line: 此件不予\n公开, 机\n密): true when its two lines, joined,
// are a marking line.
bool split_lines_are_a_marking_line(std::string_view text, Span span);

// Cheap early rejection before is_marking_line / in_marking_brackets: true
// when the code point right after `span` (or right before it) is a Han
// character that no marking token starts (ends) with and that a marking
// line may not hold, as 花 in 秘密花园 or 的 in 成功的秘密. Such a span can
// be neither on a marking line nor inside marking brackets.
bool next_to_prose(std::string_view text, Span span);

// True when the brackets enclosing span on its line ( 【…】 […] (…) 〔…〕 )
// hold only markings, as in "（内部资料，注意保存）".
bool in_marking_brackets(std::string_view text, Span span);

// A table cell: the text between tabs, or between commas, of a line in a
// pasted spreadsheet or CSV. True when the cell around span holds only
// markings and the table's header (the first of the run of lines with that
// delimiter that ends at this one) names that column as a marking column
// (密级, 保密期限, 标注 …), as 机密 under 密级
// in "序号\t标题\t密级\n1\t某某报告\t机密". Without such a header a lone 秘密
// in a cell may be a title (a song, a film), so it is not taken.
bool in_marking_cell(std::string_view text, Span span);

// True when the clause around span (the stretch of its line between ，。；！？
// , ; ! ? and the line's ends) holds only markings, as 不得外传 in
// "群内文件，不得外传！" or 内部资料 in "内部资料，严禁复制".
bool in_marking_clause(std::string_view text, Span span);

// True when every other clause of span's line is a marking or names the
// material itself (本材料…, 群内文件, 以上内容): "群内文件，不得外传！" is a
// handling instruction, while in "联系人：张三，电话…，请勿外传。" the same words
// close a sentence about something else.
bool other_clauses_about_the_material(std::string_view text, Span span);

// True when what precedes pos (after spaces and colons, and a copula such as
// 为 / 是 / 定为) is a classification label: 密级, 保密等级, 涉密等级 …, as in
// "密级：机密" or "本文件密级为机密", or, after a copula, the document
// itself: "本文件属于机密级". "密级分为绝密、机密、秘密三级" is not.
bool after_classification_label(std::string_view text, size_t pos);

// True when span is a marking that a sentence names rather than bears: after
// a verb of writing or printing (写了, 写着, 印着, 标着, 标注了, 注明, 盖着 …),
// or in quotes followed by 字样 / 两个字 / 标志 …, as in 封面写了内部资料,
// 页眉标注了“秘密”, 印有“内部资料 注意保存”字样. What follows must end the
// phrase (a clause break, the line's end, or such a word): 他写了内部资料管理
// 办法 names no marking. And the clause must name a place on a document
// (封面, 页眉, 右上角, 文件上 …): 他在信里写了“机密”两个字 is a word in a letter.
bool names_a_marking(std::string_view text, Span span);

// True when a copula (是, 为, 属于, 系) stands right before pos, not denied
// (不是, 并非): 这份是内部资料.
bool after_copula(std::string_view text, size_t pos);

// Extends `end` over a secrecy period after a ★: "1年", "一年", "10年",
// "6个月", "长期", "启用前", a declassification date "2026年8月28日" (with
// 前 / 止 / 解密 after it), digits spaced out ("1 0 年"). Returns end
// unchanged when none follows.
size_t take_period(std::string_view text, size_t end);

}  // namespace nc::check
