// PDF cleaning (clean.h): qpdf reads the file's object structure and writes
// it out again without what identifies its author or acts on its reader:
//   - the document information dictionary (trailer /Info: author, creator,
//     producer, dates, ...) and the trailer's /ID (the original's identity);
//   - XMP metadata streams (/Metadata) of the catalog, the pages, images,
//     fonts and any other object that carries one;
//   - embedded files (the catalog's /Names /EmbeddedFiles tree, associated
//     files /AF) and file-attachment annotations;
//   - JavaScript (/Names /JavaScript), the document's /OpenAction, every
//     additional-actions dictionary (/AA) and JavaScript or Launch actions
//     (/A) of links and fields;
//   - comments: annotations of subtype Text (sticky notes) and Popup, and the
//     /Popup references of the annotations that stay.
// Stream data is copied as it is (neither decoded nor recompressed), so the
// pages' content streams, fonts and images are byte for byte the original's.
// Encrypted files are refused: writing them means decrypting or re-encrypting.
//
// The qpdf work is pdf_rewrite.cpp (C++17, see pdf_rewrite.h); here its
// outcome becomes the cleaner's errors and report. Every qpdf exception is
// corrupt_input. The caller (clean.cpp) reads the copy again with poppler, in
// the extraction sandbox when the caller gives one.
// JSON first: clang with libstdc++ 12 needs it complete where QPDFObjectHandle.hh
// declares a vector of it.
#include <string>

#include "check/extract/cleaners.h"
#include "check/extract/pdf_rewrite.h"

namespace nc::check::extract {
namespace {

void add(CleanedFile& out, std::string line) {
  if (out.removed.size() < kMaxReportLines) out.removed.push_back(std::move(line));
}

}  // namespace

Status clean_pdf(std::string_view bytes, Extraction& ex, CleanedFile& out) {
  using pdf_rewrite::Outcome;
  pdf_rewrite::Rewritten r = pdf_rewrite::rewrite(bytes, ex.limits().max_input_bytes + bytes.size(),
                                                  [&ex] { return ex.check_time().ok(); });
  switch (r.outcome) {
    case Outcome::kOk:
      break;
    case Outcome::kEncrypted:
      return unsupported_error("PDF 已加密，无法清理：请用原文档重新导出不加密的 PDF",
                               "encrypted PDF files are not cleaned");
    case Outcome::kNoCatalog:
      return corrupt_error("PDF 文件已损坏：缺少文档目录", "the PDF has no catalog");
    case Outcome::kTooLarge:
      return corrupt_error("无法生成清理后的 PDF", "cannot write the cleaned PDF");
    case Outcome::kNoMemory:
      return limit_error("PDF 文件过于复杂，超过清理上限", "the PDF needs more memory than the limit");
    case Outcome::kTimeout:
      return ex.check_time().ok() ? corrupt_error("PDF 文件已损坏，无法清理", "the PDF cannot be cleaned")
                                  : ex.check_time();
    case Outcome::kDamaged:
      return corrupt_error("PDF 文件已损坏，无法清理", "the PDF is damaged and cannot be cleaned");
  }
  NC_EXTRACT_TRY(ex.check_time());
  out.bytes = std::move(r.bytes);
  out.format = Format::Pdf;
  if (!r.removed.info.empty()) {
    std::string names;
    for (const std::string& n : r.removed.info) names += (names.empty() ? "" : "、") + n;
    add(out, "文档属性（" + names + "）");
  }
  if (r.removed.xmp > 0) add(out, "XMP 元数据 " + std::to_string(r.removed.xmp) + " 处");
  if (r.removed.comments > 0) add(out, "批注 " + std::to_string(r.removed.comments) + " 条");
  if (r.removed.files > 0) add(out, "嵌入的文件 " + std::to_string(r.removed.files) + " 个");
  if (r.removed.scripts > 0) add(out, "脚本和自动执行的动作 " + std::to_string(r.removed.scripts) + " 处");
  return Status::Ok();
}

}  // namespace nc::check::extract
