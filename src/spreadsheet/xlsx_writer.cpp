#include "spreadsheet/xlsx_writer.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"

namespace nc::spreadsheet {
namespace {

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

Status failed(const std::string& what) { return Status::Error(Code::kExportFailed, "无法生成 Excel 文件（" + what + "）"); }

struct Formats {
  lxw_format* bold;
  lxw_format* text;
  lxw_format* date;
};

Status write_sheet(lxw_workbook* wb, const Formats& fmt, const domain::ExportTable& table) {
  lxw_format* bold = fmt.bold;
  lxw_format* text = fmt.text;
  lxw_format* date = fmt.date;
  lxw_worksheet* ws = workbook_add_worksheet(wb, table.sheet_name.c_str());
  if (!ws) return failed("worksheet");
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const bool is_date = c < table.date_column.size() && table.date_column[c];
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), is_date ? 12 : 16,
                         is_date ? date : text);
  }
  worksheet_freeze_panes(ws, 1, 0);
  auto put_text = [&](lxw_row_t r, lxw_col_t c, const std::string& v, lxw_format* f) {
    if (v.empty()) return LXW_NO_ERROR;
    if (domain::looks_like_formula(v)) return worksheet_write_string(ws, r, c, ("'" + v).c_str(), f);
    return worksheet_write_string(ws, r, c, v.c_str(), f);
  };
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    if (put_text(0, static_cast<lxw_col_t>(c), table.header[c], bold) != LXW_NO_ERROR) return failed("header");
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const std::string& v = table.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      lxw_error e = LXW_NO_ERROR;
      std::optional<domain::Date> d;
      if (c < table.date_column.size() && table.date_column[c] && (d = domain::parse_date(v))) {
        lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
        e = worksheet_write_datetime(ws, row, col, &dt, date);
      } else {
        e = put_text(row, col, v, text);
      }
      if (e != LXW_NO_ERROR) return failed(lxw_strerror(e));
    }
  }
  // Columns with a fixed list of values: a drop-down over the rows a branch
  // would fill in. Excel keeps a list's text under 256 characters; ours are short.
  constexpr lxw_row_t kListedRows = 10000;
  for (std::size_t c = 0; c < table.choices.size() && c < table.header.size(); ++c) {
    if (table.choices[c].empty()) continue;
    std::vector<char*> values;
    for (const std::string& v : table.choices[c]) values.push_back(const_cast<char*>(v.c_str()));
    values.push_back(nullptr);
    std::string message = "请从列表中选择：";
    for (std::size_t i = 0; i < table.choices[c].size(); ++i) message += (i ? "、" : "") + table.choices[c][i];
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = values.data();
    v.ignore_blank = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    v.error_title = const_cast<char*>("填写有误");
    v.error_message = message.data();
    const auto col = static_cast<lxw_col_t>(c);
    if (lxw_error e = worksheet_data_validation_range(ws, 1, col, kListedRows, col, &v); e != LXW_NO_ERROR) {
      return failed(lxw_strerror(e));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> write_xlsx(const domain::ExportTable& table) { return write_xlsx(std::span(&table, 1)); }

Result<std::string> write_xlsx(std::span<const domain::ExportTable> tables) {
  Fd file;
  file.fd = ::memfd_create("netconduct-export.xlsx", MFD_CLOEXEC);
  if (file.fd < 0) return failed("memfd");
  const std::string path = "/proc/self/fd/" + std::to_string(file.fd);

  lxw_workbook_options opts{};
  opts.constant_memory = LXW_TRUE;  // rows go out as they are written
  std::unique_ptr<lxw_workbook, void (*)(lxw_workbook*)> wb(workbook_new_opt(path.c_str(), &opts),
                                                            [](lxw_workbook* w) {
                                                              if (w) workbook_close(w);
                                                            });
  if (!wb) return failed("workbook");
  Formats fmt{workbook_add_format(wb.get()), workbook_add_format(wb.get()), workbook_add_format(wb.get())};
  format_set_bold(fmt.bold);
  format_set_num_format(fmt.text, "@");
  format_set_num_format(fmt.date, "yyyy-mm-dd");
  for (const domain::ExportTable& table : tables) {
    if (Status st = write_sheet(wb.get(), fmt, table); !st.ok()) return st;
  }
  lxw_error closed = workbook_close(wb.release());
  if (closed != LXW_NO_ERROR) return failed(lxw_strerror(closed));

  struct stat st{};
  if (::fstat(file.fd, &st) != 0 || st.st_size <= 0) return failed("size");
  std::string out(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = 0;
  while (got < out.size()) {
    const ssize_t n = ::pread(file.fd, out.data() + got, out.size() - got, static_cast<off_t>(got));
    if (n <= 0) return failed("read");
    got += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace nc::spreadsheet
