#include "ooxml/zip_archive.h"

#include <zip.h>

#include <array>

namespace nc::ooxml {

void ZipArchive::Closer::operator()(zip* z) const { zip_discard(z); }

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const Budget& budget) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    zip_error_fini(&err);
    return corrupt_error("无法读取压缩包", "cannot read the zip container");
  }
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  zip_error_fini(&err);
  if (!z) {
    zip_source_free(src);
    return corrupt_error("文件已损坏或不完整（压缩包目录无法读取）",
                         "the file is damaged or truncated (unreadable zip directory)");
  }
  ZipArchive archive(std::unique_ptr<zip, Closer>(z), budget);
  const zip_int64_t n = zip_get_num_entries(z, 0);
  if (n < 0 || static_cast<std::uint64_t>(n) > budget.limits().max_zip_entries)
    return limit_error("压缩包内文件数量过多", "too many entries in the zip container");
  archive.names_.reserve(static_cast<std::size_t>(n));
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    if (!name) continue;
    archive.names_.emplace_back(name);
    archive.index_.emplace(name, static_cast<std::uint64_t>(i));
  }
  return archive;
}

Result<std::string> ZipArchive::read(const std::string& name) {
  std::string out;
  Status s = read_stream(name, [&out](std::string_view chunk) {
    out.append(chunk);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status ZipArchive::read_stream(const std::string& name, const std::function<Status(std::string_view chunk)>& sink,
                               std::size_t* declared) {
  if (declared) *declared = 0;
  const auto it = index_.find(name);
  if (it == index_.end()) return Status::NotFound(name);
  const Limits& lim = budget_->limits();
  const Status too_big = limit_error("压缩包内单个文件解压后过大（疑似压缩炸弹）",
                                     "a zip entry inflates beyond the limit (possible zip bomb)");
  const Status too_much = limit_error("压缩包解压后总量过大（疑似压缩炸弹）",
                                      "the zip entries inflate beyond the total limit (possible zip bomb)");
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_.get(), it->second, 0, &st) != 0)
    return corrupt_error("压缩包条目无法读取", "cannot read a zip entry");
  // Declared sizes fail fast; the real count below is what protects.
  if (st.valid & ZIP_STAT_SIZE) {
    if (st.size > lim.max_entry_bytes) return too_big;
    if (st.size > lim.max_total_inflated_bytes - inflated_) return too_much;
    if (declared) *declared = static_cast<std::size_t>(st.size);
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    return unsupported_error("文档已加密，无法检查", "the document is encrypted and cannot be checked");
  zip_file_t* f = zip_fopen_index(zip_.get(), it->second, 0);
  if (!f) return corrupt_error("压缩包条目无法解压", "cannot inflate a zip entry");
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(f, zip_fclose);
  std::size_t entry = 0;
  std::array<char, 64 * 1024> buf;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buf.data(), buf.size());
    if (got < 0) return corrupt_error("文件已损坏（解压失败）", "the file is damaged (inflate failed)");
    if (got == 0) break;
    const auto g = static_cast<std::size_t>(got);
    if (entry + g > lim.max_entry_bytes) return too_big;
    if (g > lim.max_total_inflated_bytes - inflated_) return too_much;
    inflated_ += g;
    entry += g;
    if (Status s = sink(std::string_view(buf.data(), g)); !s.ok()) return s;
    if (Status s = budget_->check_time(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace nc::ooxml
