#include "check/extract/format.h"

namespace nc::check::extract {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_heif_brand(std::string_view brand) {
  for (std::string_view b : {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif"})
    if (brand == b) return true;
  return false;
}

}  // namespace

const char* to_string(Format f) {
  switch (f) {
    case Format::Unknown:
      return "unknown";
    case Format::Text:
      return "text";
    case Format::Zip:
      return "zip";
    case Format::Docx:
      return "docx";
    case Format::Xlsx:
      return "xlsx";
    case Format::Pptx:
      return "pptx";
    case Format::Pdf:
      return "pdf";
    case Format::Jpeg:
      return "jpeg";
    case Format::Png:
      return "png";
    case Format::Tiff:
      return "tiff";
    case Format::Webp:
      return "webp";
    case Format::Heic:
      return "heic";
    case Format::OleCompound:
      return "ole";
  }
  return "unknown";
}

bool is_image(Format f) {
  return f == Format::Jpeg || f == Format::Png || f == Format::Tiff || f == Format::Webp || f == Format::Heic;
}

Format sniff(std::string_view b) {
  using namespace std::string_view_literals;
  if (starts_with(b, "PK\x03\x04"sv) || starts_with(b, "PK\x05\x06"sv)) return Format::Zip;
  // The PDF header may follow some junk; readers accept it within 1024 bytes.
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::Pdf;
  if (starts_with(b, "\xFF\xD8\xFF"sv)) return Format::Jpeg;
  if (starts_with(b, "\x89PNG\r\n\x1A\n"sv)) return Format::Png;
  if (starts_with(b, "II*\0"sv) || starts_with(b, "MM\0*"sv)) return Format::Tiff;
  if (b.size() >= 12 && starts_with(b, "RIFF") && b.substr(8, 4) == "WEBP") return Format::Webp;
  if (b.size() >= 12 && b.substr(4, 4) == "ftyp" && is_heif_brand(b.substr(8, 4))) return Format::Heic;
  if (starts_with(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return Format::OleCompound;
  return Format::Text;
}

}  // namespace nc::check::extract
