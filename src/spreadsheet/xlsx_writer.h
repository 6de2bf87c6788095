// An export table (domain/export_table.h) → the bytes of an .xlsx workbook
// with one worksheet per table (libxlsxwriter). Header in bold and frozen; date columns
// as real dates shown YYYY-MM-DD, so a spreadsheet sorts them, and read back
// as YYYY-MM-DD by xlsx_reader; all other cells as text, never as numbers or
// formulas, and formula-looking text with a leading ' as in the CSV export.
// The workbook is built in an anonymous in-memory file (memfd), never on disk
// under a name. Thread-safe.
#pragma once

#include <span>
#include <string>

#include "common/status.h"
#include "domain/export_table.h"

namespace nc::spreadsheet {

Result<std::string> write_xlsx(const domain::ExportTable& table);
// One worksheet per table, in order (sheet names must differ).
Result<std::string> write_xlsx(std::span<const domain::ExportTable> tables);

}  // namespace nc::spreadsheet
