#include "spreadsheet/xlsx_writer.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/date.h"

namespace nc::spreadsheet {
namespace {

Status failed(const std::string& what) { return Status::Error(Code::kExportFailed, "无法生成 Excel 文件（" + what + "）"); }

}  // namespace

struct XlsxWriter::Impl {
  int fd = -1;
  lxw_workbook* wb = nullptr;
  lxw_worksheet* ws = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* text = nullptr;
  lxw_format* date = nullptr;
  std::vector<bool> date_column;
  lxw_row_t next_row = 1;

  ~Impl() {
    if (wb) workbook_close(wb);
    if (fd >= 0) ::close(fd);
  }

  lxw_error put_text(lxw_row_t r, lxw_col_t c, const std::string& v, lxw_format* f) {
    if (v.empty()) return LXW_NO_ERROR;
    if (domain::looks_like_formula(v)) return worksheet_write_string(ws, r, c, ("'" + v).c_str(), f);
    return worksheet_write_string(ws, r, c, v.c_str(), f);
  }
};

XlsxWriter::XlsxWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XlsxWriter::~XlsxWriter() = default;

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::open(const domain::ExportTable& table) {
  auto impl = std::make_unique<Impl>();
  impl->fd = ::memfd_create("netconduct-export.xlsx", MFD_CLOEXEC);
  if (impl->fd < 0) return failed("memfd");
  const std::string path = "/proc/self/fd/" + std::to_string(impl->fd);

  lxw_workbook_options opts{};
  opts.constant_memory = LXW_TRUE;  // rows go out as they are written
  impl->wb = workbook_new_opt(path.c_str(), &opts);
  if (!impl->wb) return failed("workbook");
  impl->bold = workbook_add_format(impl->wb);
  format_set_bold(impl->bold);
  impl->text = workbook_add_format(impl->wb);
  format_set_num_format(impl->text, "@");
  impl->date = workbook_add_format(impl->wb);
  format_set_num_format(impl->date, "yyyy-mm-dd");
  std::unique_ptr<XlsxWriter> out(new XlsxWriter(std::move(impl)));
  if (Status st = out->add_sheet(table); !st.ok()) return st;
  return out;
}

Status XlsxWriter::add_sheet(const domain::ExportTable& table) {
  Impl* impl = impl_.get();
  if (!impl->wb) return failed("finished");
  impl->ws = workbook_add_worksheet(impl->wb, table.sheet_name.c_str());
  if (!impl->ws) return failed("worksheet");
  impl->date_column = table.date_column;
  impl->next_row = 1;
  lxw_format* bold = impl->bold;
  lxw_worksheet* ws = impl->ws;
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const bool is_date = c < table.date_column.size() && table.date_column[c];
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), is_date ? 12 : 16,
                         is_date ? impl->date : impl->text);
  }
  worksheet_freeze_panes(ws, 1, 0);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    if (impl->put_text(0, static_cast<lxw_col_t>(c), table.header[c], bold) != LXW_NO_ERROR) return failed("header");
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

Status XlsxWriter::add_row(const std::vector<std::string>& cells) {
  Impl& x = *impl_;
  if (!x.wb) return failed("finished");
  const lxw_row_t row = x.next_row++;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const std::string& v = cells[c];
    const auto col = static_cast<lxw_col_t>(c);
    lxw_error e = LXW_NO_ERROR;
    std::optional<domain::Date> d;
    if (c < x.date_column.size() && x.date_column[c] && (d = domain::parse_date(v))) {
      lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
      e = worksheet_write_datetime(x.ws, row, col, &dt, x.date);
    } else {
      e = x.put_text(row, col, v, x.text);
    }
    if (e != LXW_NO_ERROR) return failed(lxw_strerror(e));
  }
  return Status::Ok();
}

Status XlsxWriter::finish() {
  Impl& x = *impl_;
  if (!x.wb) return failed("finished");
  lxw_error closed = workbook_close(x.wb);
  x.wb = nullptr;
  if (closed != LXW_NO_ERROR) return failed(lxw_strerror(closed));
  struct stat st{};
  if (::fstat(x.fd, &st) != 0 || st.st_size <= 0) return failed("size");
  size_ = static_cast<std::size_t>(st.st_size);
  return Status::Ok();
}

Result<std::string> XlsxWriter::read(std::size_t offset, std::size_t max) const {
  if (impl_->wb) return failed("not finished");
  if (offset >= size_) return std::string();
  std::string out(std::min(max, size_ - offset), '\0');
  std::size_t got = 0;
  while (got < out.size()) {
    const ssize_t n = ::pread(impl_->fd, out.data() + got, out.size() - got, static_cast<off_t>(offset + got));
    if (n <= 0) return failed("read");
    got += static_cast<std::size_t>(n);
  }
  return out;
}

Result<std::string> write_xlsx(const domain::ExportTable& table) { return write_xlsx(std::span(&table, 1)); }

Result<std::string> write_xlsx(std::span<const domain::ExportTable> tables) {
  if (tables.empty()) return failed("no sheet");
  auto writer = XlsxWriter::open(tables.front());
  if (!writer.ok()) return writer.status();
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i > 0) {
      if (Status s = (*writer)->add_sheet(tables[i]); !s.ok()) return s;
    }
    for (const auto& row : tables[i].rows) {
      if (Status s = (*writer)->add_row(row); !s.ok()) return s;
    }
  }
  if (Status s = (*writer)->finish(); !s.ok()) return s;
  return (*writer)->read(0, (*writer)->size());
}

}  // namespace nc::spreadsheet
