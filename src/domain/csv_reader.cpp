#include "domain/csv_reader.h"

#include <utility>

namespace nc::domain {
namespace {

class Parser {
 public:
  Parser(std::string_view text, const CsvLimits& limits) : text_(text), limits_(limits) {}

  // Fills `table`; on failure sets error_ and returns false.
  bool run(CsvTable& table) {
    while (pos_ < text_.size()) {
      CsvRow row;
      row.line = line_;
      if (!table.rows.empty()) row.fields.reserve(table.rows.front().fields.size());
      bool quoted_any = false;
      if (!read_record(row, quoted_any)) return false;
      if (row.fields.size() == 1 && row.fields[0].empty() && !quoted_any) continue;  // blank line
      if (table.rows.size() >= limits_.max_rows) {
        return fail(row.line, "文件行数超过上限 " + std::to_string(limits_.max_rows) + " 行");
      }
      table.rows.push_back(std::move(row));
    }
    return true;
  }

  CsvError error() const { return error_; }

 private:
  bool fail(int line, std::string message) {
    error_ = {line, std::move(message)};
    return false;
  }

  // Consumes one line end at pos_ if there is one.
  bool at_line_end() const { return pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r'); }
  void consume_line_end() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  bool read_record(CsvRow& row, bool& quoted_any) {
    while (true) {
      std::string field;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        quoted_any = true;
        if (!read_quoted(row.line, field)) return false;
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) {
          return fail(line_, "引号括起的字段后面有多余的字符（第 " + std::to_string(row.fields.size() + 1) + " 列）");
        }
      } else {
        std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) ++pos_;
        if (pos_ - start > limits_.max_field_bytes) return too_long(row);
        field.assign(text_.substr(start, pos_ - start));
      }
      if (row.fields.size() >= limits_.max_fields) {
        return fail(row.line, "列数超过上限 " + std::to_string(limits_.max_fields) + " 列");
      }
      row.fields.push_back(std::move(field));
      if (pos_ >= text_.size()) return true;
      if (text_[pos_] == ',') {
        ++pos_;  // at the end of the text, the next pass adds the empty last field
        continue;
      }
      consume_line_end();
      return true;
    }
  }

  bool read_quoted(int record_line, std::string& field) {
    int start_line = line_;
    ++pos_;  // opening quote
    while (true) {
      if (pos_ >= text_.size()) return fail(start_line, "引号没有闭合（从这一行开始）");
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        return true;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        field += '\n';
        ++pos_;
        ++line_;
      } else {
        field += c;
        ++pos_;
      }
      if (field.size() > limits_.max_field_bytes) {
        return fail(record_line, "字段长度超过上限 " + std::to_string(limits_.max_field_bytes) + " 字节");
      }
    }
  }

  bool too_long(const CsvRow& row) {
    return fail(row.line, "第 " + std::to_string(row.fields.size() + 1) + " 列的内容超过上限 " +
                              std::to_string(limits_.max_field_bytes) + " 字节");
  }

  std::string_view text_;
  const CsvLimits& limits_;
  std::size_t pos_ = 0;
  int line_ = 1;
  CsvError error_;
};

}  // namespace

std::string_view format_name(TableFormat f) { return f == TableFormat::kXlsx ? "xlsx" : "csv"; }

Result<CsvTable> read_csv(std::string_view bytes, const CsvLimits& limits, CsvError* error) {
  auto failed = [&](int line, std::string message) -> Result<CsvTable> {
    if (error) *error = {line, message};
    if (line > 0) message = "第 " + std::to_string(line) + " 行：" + message;
    return Status::Error(Code::kCsvError, std::move(message));
  };
  if (bytes.size() > limits.max_bytes) {
    return failed(0, "文件大小超过上限 " + std::to_string(limits.max_bytes >> 20) + " MB");
  }
  auto decoded = decode_text(bytes);
  if (!decoded) return failed(0, decoded.status().message());
  CsvTable table;
  table.encoding = decoded->encoding;
  Parser parser(decoded->utf8, limits);
  if (!parser.run(table)) {
    CsvError e = parser.error();
    return failed(e.line, e.message);
  }
  return table;
}

}  // namespace nc::domain
