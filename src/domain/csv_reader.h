// CSV reader (RFC 4180) for uploaded rosters and hierarchies. Input is
// hostile: sizes, rows, columns and field lengths are bounded, every error is
// a value with the line where it happened, and no input makes it crash.
//
// Accepts what Excel and WPS write: CRLF, LF or CR line ends, quoted fields
// with "" for a quote and line breaks inside, a BOM, UTF-8 or GB18030 (see
// text_encoding.h). Blank lines are skipped. A quote inside an unquoted
// field is kept as a character; text after a closing quote is an error.
// Pure; safe from any number of threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "domain/text_encoding.h"

namespace nc::domain {

struct CsvLimits {
  std::size_t max_bytes = 64u << 20;
  std::size_t max_rows = 500000;  // records, header included
  std::size_t max_fields = 256;   // per record
  std::size_t max_field_bytes = 4096;
};

// The rows of an uploaded table. read_csv() makes one from a CSV file; the
// spreadsheet reader (src/spreadsheet) makes one from the first worksheet of
// an .xlsx, with `line` the sheet's row number. The importers take either.
struct CsvRow {
  int line = 0;  // 1-based line where the record starts (a sheet's row number)
  std::vector<std::string> fields;
};

enum class TableFormat { kCsv, kXlsx };
std::string_view format_name(TableFormat f);  // "csv", "xlsx"

struct CsvTable {
  std::vector<CsvRow> rows;  // the header, if any, is rows[0]
  TableFormat format = TableFormat::kCsv;
  TextEncoding encoding = TextEncoding::kUtf8;  // of a CSV file; an .xlsx is UTF-8
  std::vector<std::string> warnings;            // from reading (Chinese), passed on to the report
};

struct CsvError {
  int line = 0;         // 0 when it concerns the whole file
  std::string message;  // Chinese, for the person who uploaded the file
};

Result<CsvTable> read_csv(std::string_view bytes, const CsvLimits& limits = {}, CsvError* error = nullptr);

}  // namespace nc::domain
