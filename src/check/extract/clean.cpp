#include "check/extract/clean.h"

#include <map>

#include "check/extract/cleaners.h"
#include "check/extract/extractor.h"

namespace nc::check::extract {
namespace {

void add_line(std::vector<std::string>& lines, std::string line) {
  if (lines.size() < kMaxReportLines) lines.push_back(std::move(line));
}

Result<CleanedFile> clean_impl(std::string_view bytes, const CleanOptions& options, ExtractedDocument* recheck) {
  if (bytes.size() > options.limits.max_input_bytes)
    return limit_error("文件过大，超过清理上限", "the file is larger than the limit");
  Extraction ex(options.limits);
  CleanedFile out;
  const Format format = sniff(bytes);
  switch (format) {
    case Format::Zip:
      NC_EXTRACT_TRY(clean_ooxml(bytes, options.revisions, ex, out));
      break;
    case Format::Jpeg:
    case Format::Png:
    case Format::Tiff:
    case Format::Webp:
    case Format::Heic:
      NC_EXTRACT_TRY(clean_image(bytes, format, ex, out));
      break;
    case Format::Pdf:
      NC_EXTRACT_TRY(clean_pdf(bytes, ex, out));
      break;
    default:
      return unsupported_error("只能清理 Word、Excel、PowerPoint 文档、PDF 和 JPEG、PNG 照片",
                               "only .docx, .xlsx, .pptx, PDF, JPEG and PNG files can be cleaned");
  }
  // The copy must read back as what it claims to be, within the same limits.
  Options again;
  again.limits = options.limits;
  again.ocr = false;
  again.isolate = options.isolate;  // poppler reads a PDF copy where the caller reads PDFs
  Result<ExtractedDocument> doc = extract(out.bytes, again);
  if (!doc.ok() || doc->format != out.format)
    return corrupt_error("清理后的副本未能通过校验，没有生成副本", "the cleaned copy does not read back");
  std::map<std::string, int> seen;
  std::vector<std::string> order;
  for (const MetaFinding& m : doc->metadata)
    if (seen[m.description]++ == 0) order.push_back(m.description);
  for (const std::string& d : order)
    add_line(out.remaining, seen[d] > 1 ? d + "（" + std::to_string(seen[d]) + " 处）" : d);
  if (is_image(out.format))
    add_line(out.remaining, "照片画面本身未改动：画面中的文字、证件、人脸、车牌等需要您自己处理");
  if (recheck) *recheck = std::move(doc).value();
  return out;
}

}  // namespace

const char* extension_of(Format format) {
  switch (format) {
    case Format::Docx:
      return "docx";
    case Format::Xlsx:
      return "xlsx";
    case Format::Pptx:
      return "pptx";
    case Format::Jpeg:
      return "jpg";
    case Format::Png:
      return "png";
    case Format::Pdf:
      return "pdf";
    default:
      return "bin";
  }
}

const char* content_type_of(Format format) {
  switch (format) {
    case Format::Docx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::Xlsx:
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case Format::Pptx:
      return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    case Format::Jpeg:
      return "image/jpeg";
    case Format::Png:
      return "image/png";
    case Format::Pdf:
      return "application/pdf";
    default:
      return "application/octet-stream";
  }
}

Result<CleanedFile> clean(std::string_view bytes, const CleanOptions& options) {
  return clean_impl(bytes, options, nullptr);
}

Result<CleanedFile> clean_and_check(const Engine& engine, std::string_view bytes, const CleanOptions& options) {
  ExtractedDocument doc;
  Result<CleanedFile> out = clean_impl(bytes, options, &doc);
  if (!out.ok()) return out;
  std::size_t findings = 0;
  bool unchecked = false;
  for (const Part& part : doc.parts) {
    auto found = engine.check(part.text);
    if (found)
      findings += found->size();
    else
      unchecked = true;
  }
  if (findings > 0)
    add_line(out->remaining,
             "文字中仍有 " + std::to_string(findings) + " 处检查结果：清理不改动文字本身，请按检查结果修改后再发布");
  if (unchecked) add_line(out->remaining, "部分文字过长，未能再次检查");
  return out;
}

}  // namespace nc::check::extract
