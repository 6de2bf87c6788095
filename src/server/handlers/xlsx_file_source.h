// A finished workbook (spreadsheet::XlsxWriter, built row by row in an
// anonymous file) sent as the body of a streamed download, a piece at a time:
// the roster export and the audit log's export. Internal to the handlers.
#pragma once

#include <memory>
#include <string>

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

}  // namespace nc::server::handlers
