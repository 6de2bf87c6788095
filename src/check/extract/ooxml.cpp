#include "check/extract/ooxml_package.h"
#include "check/extract/readers.h"

namespace nc::check::extract {
namespace {

bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

Format kind_of(std::string_view main_part, std::string_view content_type) {
  if (contains(content_type, "wordprocessingml") || contains(content_type, "ms-word")) return Format::Docx;
  if (contains(content_type, "spreadsheetml") || contains(content_type, "ms-excel")) return Format::Xlsx;
  if (contains(content_type, "presentationml") || contains(content_type, "ms-powerpoint")) return Format::Pptx;
  // No declared type: the folder Office itself uses.
  if (main_part.substr(0, 5) == "word/") return Format::Docx;
  if (main_part.substr(0, 3) == "xl/") return Format::Xlsx;
  if (main_part.substr(0, 4) == "ppt/") return Format::Pptx;
  return Format::Unknown;
}

}  // namespace

Status read_ooxml(std::string_view bytes, Extraction& ex) {
  Result<ZipArchive> zip = ZipArchive::open(bytes, ex.budget());
  if (!zip.ok()) return zip.status();
  Package pkg(*zip, ex);
  Result<std::string> main = pkg.main_part();
  if (!main.ok()) return main.status();
  const std::string& main_part = *main;
  Result<std::string> type = pkg.content_type(main_part);
  if (!type.ok()) return type.status();
  const Format kind = kind_of(main_part, *type);
  ex.doc().format = kind;
  switch (kind) {
    case Format::Docx:
      NC_EXTRACT_TRY(read_wordprocessing(pkg, main_part));
      break;
    case Format::Xlsx:
      NC_EXTRACT_TRY(read_spreadsheet(pkg, main_part));
      break;
    case Format::Pptx:
      NC_EXTRACT_TRY(read_presentation(pkg, main_part));
      break;
    default:
      return unsupported_error("不支持的 Office 文档类型", "unsupported kind of Office document");
  }
  return pkg.read_properties();
}

}  // namespace nc::check::extract
