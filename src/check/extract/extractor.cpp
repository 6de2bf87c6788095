#include "check/extract/extractor.h"

#include <exception>
#include <new>

#include "check/extract/readers.h"
#include "check/text_input.h"

namespace nc::check::extract {
namespace {

Status read(std::string_view bytes, const Options& options, Extraction& ex) {
  const Format format = sniff(bytes);
  ex.doc().format = format;
  switch (format) {
    case Format::Zip:
      return read_ooxml(bytes, ex);
    case Format::Pdf:
      return read_pdf(bytes, ex);
    case Format::Jpeg:
    case Format::Png:
    case Format::Tiff:
    case Format::Webp:
    case Format::Heic:
      NC_EXTRACT_TRY(read_image_metadata(bytes, ex));
      if (!options.ocr) return Status::Ok();
      return read_image_text(bytes, options, ex);
    case Format::OleCompound:
      return unsupported_error("不支持旧版 Office 格式（.doc/.xls/.ppt），请另存为 .docx/.xlsx/.pptx 后再检查",
                               "legacy Office format (.doc/.xls/.ppt) is not supported; save as .docx/.xlsx/.pptx");
    case Format::Text:
      return read_plain_text(bytes, ex);
    case Format::Unknown:
    case Format::Docx:
    case Format::Xlsx:
    case Format::Pptx:
      break;
  }
  return unsupported_error("无法识别的文件格式", "unrecognised file format");
}

}  // namespace

Status read_plain_text(std::string_view bytes, Extraction& ex) {
  const bool utf16_bom =
      bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  // A NUL byte outside UTF-16 means binary, whatever GB18030 would make of it.
  if (!utf16_bom && bytes.find('\0') != std::string_view::npos)
    return unsupported_error("无法识别的文件格式（不是文本、Office 文档、PDF 或图片）",
                             "unrecognised file format (not text, Office, PDF or image)");
  Result<DecodedText> text = decode_text(bytes);
  if (!text.ok())
    return unsupported_error("无法识别的文本编码（支持 UTF-8、UTF-16、GB18030）",
                             "unrecognised text encoding (UTF-8, UTF-16 and GB18030 are supported)");
  ex.doc().format = Format::Text;
  return ex.add_part("正文", std::move(text->utf8));
}

bool needs_isolation(Format format, const Options& options) {
  return format == Format::Pdf || (is_image(format) && options.ocr);
}

Result<ExtractedDocument> extract(std::string_view bytes, const Options& options) {
  if (bytes.size() > options.limits.max_input_bytes)
    return limit_error("文件过大，超过检查上限", "the file is larger than the limit for checking");
  if (bytes.empty()) return Status::Invalid("文件为空 / the file is empty");
  if (options.isolate && needs_isolation(sniff(bytes), options)) {
    Options inner = options;
    inner.isolate = nullptr;
    return options.isolate(bytes, inner);
  }
  Extraction ex(options.limits);
  try {
    if (Status s = read(bytes, options, ex); !s.ok()) return s;
  } catch (const std::bad_alloc&) {
    return limit_error("处理此文件所需内存过多", "processing the file needs too much memory");
  } catch (const std::exception&) {
    // The libraries signal some malformed input by throwing.
    return corrupt_error("文件已损坏，无法读取", "the file is damaged and cannot be read");
  }
  return ex.take();
}

}  // namespace nc::check::extract
