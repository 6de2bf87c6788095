#include "spreadsheet/table_reader.h"

namespace nc::spreadsheet {

Sniffed sniff(std::string_view bytes) {
  // Local file header or, for an empty zip, the end of central directory.
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) || bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4))
    return Sniffed::kXlsx;
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return Sniffed::kLegacyExcel;
  return Sniffed::kCsv;
}

Result<domain::CsvTable> read_table(std::string_view bytes, const TableOptions& options, domain::CsvError* error) {
  switch (sniff(bytes)) {
    case Sniffed::kXlsx: {
      XlsxOptions x;
      x.table = options.limits;
      x.progress = options.progress;
      return read_xlsx(bytes, x, error);
    }
    case Sniffed::kLegacyExcel: {
      std::string message = "不支持旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV（UTF-8）后再导入";
      if (error) *error = {0, message};
      return Status::Error(Code::kXlsxError, std::move(message));
    }
    case Sniffed::kCsv:
      break;
  }
  return domain::read_csv(bytes, options.limits, error);
}

}  // namespace nc::spreadsheet
