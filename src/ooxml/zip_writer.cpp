#include "ooxml/zip_writer.h"

#include <zip.h>

#include <cstdio>
#include <memory>

#include "ooxml/budget.h"

namespace nc::ooxml {
namespace {

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct Discard {
  void operator()(zip_t* z) const { zip_discard(z); }
};

Status write_failed() { return corrupt_error("无法生成压缩包", "cannot write the zip container"); }

}  // namespace

Result<std::string> write_zip(const ZipEntries& entries) {
  zip_error_t err;
  zip_error_init(&err);
  std::unique_ptr<zip_source_t, SourceFree> src(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!src) {
    zip_error_fini(&err);
    return write_failed();
  }
  // The archive takes a reference; ours keeps the buffer after zip_close.
  zip_source_keep(src.get());
  std::unique_ptr<zip_t, Discard> za(zip_open_from_source(src.get(), ZIP_TRUNCATE, &err));
  zip_error_fini(&err);
  if (!za) {
    zip_source_free(src.get());  // the reference the archive did not take
    return write_failed();
  }
  for (const auto& [name, content] : entries) {
    zip_source_t* s = zip_source_buffer(za.get(), content.data(), content.size(), 0);
    if (!s) return write_failed();
    if (zip_file_add(za.get(), name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(s);
      return write_failed();
    }
  }
  if (zip_close(za.get()) != 0) return write_failed();
  za.release();  // closed: zip_close freed it
  if (zip_source_open(src.get()) != 0) return write_failed();
  std::string out;
  char buf[64 * 1024];
  for (;;) {
    const zip_int64_t got = zip_source_read(src.get(), buf, sizeof buf);
    if (got < 0) {
      zip_source_close(src.get());
      return write_failed();
    }
    if (got == 0) break;
    out.append(buf, static_cast<std::size_t>(got));
  }
  zip_source_close(src.get());
  return out;
}

}  // namespace nc::ooxml
