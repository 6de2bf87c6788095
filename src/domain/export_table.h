// Export tables: the roster and the hierarchy in the columns the importers
// read (roster_import.h, hierarchy_import.h), so that importing an export
// changes nothing. Rows are plain text; writers turn them into CSV (here) or
// .xlsx (src/spreadsheet).
//
// Formula injection: a spreadsheet opening a cell that starts with = + - @
// (or tab / CR) may run it as a formula. to_csv() puts a ' before such a
// cell; the .xlsx writer marks it as text (quote prefix). cell() in
// columns.h takes the ' off again on import. Pure.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "domain/org_tree.h"
#include "domain/roster.h"

namespace nc::domain {

struct ExportTable {
  std::string sheet_name;           // "党员名册", "组织架构"
  std::vector<std::string> header;  // column labels as the importer reads them
  std::vector<bool> date_column;    // per column: YYYY-MM-DD values (written as dates in .xlsx)
  std::vector<std::vector<std::string>> rows;
  // Per column: the values it takes when they are a fixed list (an .xlsx
  // offers them as a drop-down); empty for free text. May be shorter than header.
  std::vector<std::vector<std::string>> choices;
};

// A column of the roster's import file, as the importer reads it.
struct ImportColumn {
  std::string name;
  bool needed_for_new = false;      // a new member cannot be added without it
  std::string note;                 // what it holds, for the person filling it in
  std::vector<std::string> values;  // the values it takes, when a fixed list
};

// The roster's columns in the order of the export and the template.
std::vector<ImportColumn> roster_columns();
// The roster import template: the header, one example row (dated around
// `today`), and each listed column's values as choices.
ExportTable roster_template(Date today);

// The roster export's sheet: its name, header and date columns, no rows;
// with `statements`, a last column 说明 (the importer ignores it).
ExportTable roster_export_shape(bool statements = false);
// One member's row of the roster export, in roster_columns()' order: the
// one place that says what each column holds (a new column is added here
// and in roster_columns(), nowhere else). The 说明 column, when there is
// one, is appended by the caller.
std::vector<std::string> roster_export_row(const OrgTree& tree, const Member& member);
// Members of `orgs`, by 党员编号. With `statements`, a last column 说明 holds
// what it gives for each member: the statements on their entry and the
// replies.
ExportTable roster_export(const OrgTree& tree, const Roster& roster, const std::unordered_set<OrgId>& orgs,
                          const std::function<std::string(MemberId)>& statements = {});
// The members roster_export() writes, for the export's audit entry.
std::vector<MemberId> roster_export_members(const Roster& roster, const std::unordered_set<OrgId>& orgs);
// Active organisations of `orgs`, parents before children (then by code), so
// the file imports in one pass.
ExportTable hierarchy_export(const OrgTree& tree, const std::unordered_set<OrgId>& orgs);

// Whether a spreadsheet could take the text for a formula.
bool looks_like_formula(std::string_view text);
// UTF-8 with BOM (Excel opens it as UTF-8), CRLF, every cell quoted,
// formula-looking cells prefixed with '.
std::string to_csv(const ExportTable& table);
// The same, in pieces for a file written as it is read: the BOM, then one
// line per row (the header first).
inline constexpr std::string_view kCsvPreamble = "\xEF\xBB\xBF";
void append_csv_line(std::string& out, const std::vector<std::string>& cells);

}  // namespace nc::domain
