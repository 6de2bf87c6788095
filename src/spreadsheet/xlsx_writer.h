// An export table (domain/export_table.h) → the bytes of an .xlsx workbook
// with one worksheet per table (libxlsxwriter). Header in bold and frozen; date columns
// as real dates shown YYYY-MM-DD, so a spreadsheet sorts them, and read back
// as YYYY-MM-DD by xlsx_reader; all other cells as text, never as numbers or
// formulas, and formula-looking text with a leading ' as in the CSV export.
// The workbook is built in an anonymous in-memory file (memfd), never on disk
// under a name. Thread-safe.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "common/status.h"
#include "domain/export_table.h"

namespace nc::spreadsheet {

Result<std::string> write_xlsx(const domain::ExportTable& table);
// One worksheet per table, in order (sheet names must differ).
Result<std::string> write_xlsx(std::span<const domain::ExportTable> tables);

// The same, a row at a time (libxlsxwriter's constant-memory mode: a row is
// written out as the next begins), then read back in pieces: for exports
// that hold everything, whose bytes must not be held in memory at once.
class XlsxWriter {
 public:
  // The sheet name, header, date columns and choices of `shape`; its rows are ignored.
  static Result<std::unique_ptr<XlsxWriter>> open(const domain::ExportTable& shape);
  // Starts the next worksheet, shaped by `shape`; later rows go to it.
  Status add_sheet(const domain::ExportTable& shape);
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  Status add_row(const std::vector<std::string>& row);
  // Completes the workbook; after this only read() works.
  Status finish();
  // Up to `max` bytes of the finished file from `offset` (empty at its end).
  Result<std::string> read(std::size_t offset, std::size_t max) const;
  std::size_t size() const { return size_; }

 private:
  struct Impl;
  explicit XlsxWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::size_t size_ = 0;
};

}  // namespace nc::spreadsheet
