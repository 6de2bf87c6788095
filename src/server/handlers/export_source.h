// A finished .xlsx (spreadsheet::XlsxWriter, in its memfd) sent as the body
// of a download in 64 KiB pieces: the roster export and the registers'.
#pragma once

#include <memory>

#include "server/response.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {

class XlsxFileSource final : public BodySource {
 public:
  static constexpr std::size_t kPiece = 64 * 1024;
  explicit XlsxFileSource(std::unique_ptr<spreadsheet::XlsxWriter> file) : file_(std::move(file)) {}
  Result<std::string> next() override {
    auto piece = file_->read(offset_, kPiece);
    if (piece.ok()) offset_ += piece->size();
    return piece;
  }

 private:
  std::unique_ptr<spreadsheet::XlsxWriter> file_;
  std::size_t offset_ = 0;
};

}  // namespace nc::server::handlers
