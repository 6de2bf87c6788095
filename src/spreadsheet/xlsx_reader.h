// The rows of the first worksheet of an .xlsx workbook, as the importers take
// them (domain::CsvTable): each row with the sheet's row number as its line,
// cells at their column. What a cell gives:
//   - text: shared strings and inline strings (rich-text runs joined,
//     phonetic guides left out, _xHHHH_ escapes decoded);
//   - numbers as Excel shows them in a General cell (at most 15 significant
//     digits), so a 党员编号 typed as 1001 reads "1001";
//   - numbers in a cell with a date format as YYYY-MM-DD (1900 and 1904
//     date systems, Excel's 1900-02-29 counted); ISO date cells likewise;
//   - booleans as TRUE / FALSE; formulas as their cached value; errors as
//     their text (#N/A).
// A range merged over several rows (a branch's name merged down its members)
// gives its value to the first column of every row below it; a range merged
// across columns only (a title) stays in its first cell. Rows with no text
// are left out, as blank lines are in a CSV file.
//
// Input is hostile: the zip and XML limits of ooxml::Limits hold, and the
// table limits of domain::CsvLimits (rows, columns, cell length) as for CSV.
// The sheet's XML is parsed a slice of rows at a time, so memory follows the
// slice, not the sheet. Errors are Status values with a Chinese message;
// with `error` given, it gets the row number too (0: the whole file).
// Thread-safe: calls share nothing.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include "common/status.h"
#include "domain/csv_reader.h"
#include "ooxml/budget.h"

namespace nc::spreadsheet {

// Limits for imports: one sheet of 500,000 rows is ~200 MB of XML.
ooxml::Limits import_package_limits();

struct XlsxOptions {
  domain::CsvLimits table;
  ooxml::Limits package = import_package_limits();
  // (bytes of the sheet's XML read, all of them), now and then. Empty: none.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

Result<domain::CsvTable> read_xlsx(std::string_view bytes, const XlsxOptions& options = {},
                                   domain::CsvError* error = nullptr);

// Excel's serial day number → "YYYY-MM-DD"; empty when out of range
// (before 1900-01-01, after 9999-12-31). `date1904`: the Mac date system.
std::string excel_serial_date(double serial, bool date1904);
// Whether a number format (built-in id, or the format code) shows a date.
bool is_date_format(int builtin_id, std::string_view code);

}  // namespace nc::spreadsheet
