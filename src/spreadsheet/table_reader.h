// An uploaded roster or hierarchy file → the rows the importers take. The
// format is told by content, never by file name: a zip (an .xlsx) is read as
// a workbook, the legacy binary Excel format is refused with a hint, and
// anything else is read as CSV (UTF-8 or GB18030). Thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include "common/status.h"
#include "domain/csv_reader.h"
#include "spreadsheet/xlsx_reader.h"

namespace nc::spreadsheet {

enum class Sniffed { kCsv, kXlsx, kLegacyExcel };
Sniffed sniff(std::string_view bytes);

struct TableOptions {
  domain::CsvLimits limits;
  // Reading progress of an .xlsx: (bytes of sheet XML read, all of them).
  std::function<void(std::size_t done, std::size_t total)> progress;
};

Result<domain::CsvTable> read_table(std::string_view bytes, const TableOptions& options = {},
                                    domain::CsvError* error = nullptr);

}  // namespace nc::spreadsheet
