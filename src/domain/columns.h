// Header mapping for imported tables: finds the columns an importer needs
// among the headers branches actually write, in any order, with stray
// spaces (ASCII, full-width, no-break), a required-mark ("*姓名", "姓名*")
// or a note in brackets ("入党日期（YYYY-MM-DD）"). Pure.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "domain/csv_reader.h"

namespace nc::domain {

struct ColumnSpec {
  std::string_view label;                 // the column's name in messages: "党员编号"
  std::vector<std::string_view> aliases;  // normalised header texts that mean it, label included
  bool required = false;
};

struct HeaderMapping {
  std::vector<int> column;           // per spec: index in the row, or -1 if absent
  std::vector<std::string> ignored;  // headers that matched no spec
  bool has(std::size_t spec) const { return column[spec] >= 0; }
};

std::string normalise_header(std::string_view header);
// Trims ASCII whitespace, U+3000 and U+00A0 at both ends.
std::string trim_field(std::string_view text);

// Fails (Chinese message) when a required column is missing or two headers
// map to the same column.
Result<HeaderMapping> map_header(const CsvRow& header, std::span<const ColumnSpec> specs);

// The header row of a table: the first row, or, when that is not a header,
// the first of the next rows (up to kMaxRowsBeforeHeader) that is: branches'
// sheets often carry a title ("某党支部党员名册") and a note above the header.
// Fails with the first row's reason when no row qualifies.
inline constexpr std::size_t kMaxRowsBeforeHeader = 10;
struct FoundHeader {
  std::size_t index = 0;  // into table.rows
  HeaderMapping mapping;
};
Result<FoundHeader> find_header(const CsvTable& table, std::span<const ColumnSpec> specs);

// Whether every field of the row is empty after trimming: a blank row that
// an importer skips (spreadsheets write ",,,," for formatted empty rows).
bool blank_row(const CsvRow& row);

// The trimmed cell of `row` for spec `i`; empty when the column is absent or
// the row is short. A leading ' before = + - @ (how exports neutralise
// formula-looking text, see export_table.h) is taken off again.
std::string cell(const CsvRow& row, const HeaderMapping& mapping, std::size_t spec);

// Helpers for validating cells (valid UTF-8 assumed, as read_csv gives).
// C0, DEL, C1, line/paragraph separators, and bidirectional controls
// (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
bool has_control_char(std::string_view text);
bool is_code_text(std::string_view text, std::size_t max_length);  // [0-9A-Za-z_-], 1..max_length

}  // namespace nc::domain
