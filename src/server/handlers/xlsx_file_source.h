// A finished workbook (spreadsheet::XlsxWriter, built row by row in an
// anonymous file) sent as the body of a streamed download, a piece at a time:
// the roster export, the audit log's and the registers'. Internal to the handlers.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "server/response.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {

// Bytes per piece of a streamed .xlsx.
inline constexpr std::size_t kXlsxPiece = 64 * 1024;

class XlsxFileSource final : public BodySource {
 public:
  explicit XlsxFileSource(std::unique_ptr<spreadsheet::XlsxWriter> file) : file_(std::move(file)) {}
  Result<std::string> next() override {
    auto piece = file_->read(offset_, kXlsxPiece);
    if (piece.ok()) offset_ += piece->size();
    return piece;
  }

 private:
  std::unique_ptr<spreadsheet::XlsxWriter> file_;
  std::size_t offset_ = 0;
};

// Rows into a workbook whose sheets hold at most `per_sheet` rows below their
// header: the rows after go on on the next sheet, shaped by shape(n) for
// n = 2, 3, … (the audit log's export: Excel opens 1,048,576 rows a sheet).
class SheetedRows {
 public:
  SheetedRows(spreadsheet::XlsxWriter& writer, std::function<domain::ExportTable(std::size_t)> shape,
              std::size_t per_sheet)
      : writer_(writer), shape_(std::move(shape)), per_sheet_(per_sheet) {}
  Status add(const std::vector<std::string>& row) {
    if (in_sheet_ == per_sheet_) {
      if (Status st = writer_.add_sheet(shape_(++sheet_)); !st.ok()) return st;
      in_sheet_ = 0;
    }
    if (Status st = writer_.add_row(row); !st.ok()) return st;
    ++in_sheet_;
    ++rows_;
    return Status::Ok();
  }
  std::size_t rows() const { return rows_; }
  std::size_t sheets() const { return sheet_; }

 private:
  spreadsheet::XlsxWriter& writer_;
  std::function<domain::ExportTable(std::size_t)> shape_;
  std::size_t per_sheet_;
  std::size_t in_sheet_ = 0, rows_ = 0, sheet_ = 1;
};

}  // namespace nc::server::handlers
