#include "check/extract/extraction.h"

#include <utility>

#include "common/utf8.h"

namespace nc::check::extract {
namespace {

// Replaces invalid UTF-8 with U+FFFD: producers of documents and metadata
// write what they like, and the detectors read UTF-8.
void make_valid_utf8(std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t len = utf8::sequence_length(s, i);
    if (!len) break;
    i += len;
  }
  if (i == s.size()) return;
  std::string out(s, 0, i);
  while (i < s.size()) {
    const std::size_t len = utf8::sequence_length(s, i);
    if (len) {
      out.append(s, i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  s = std::move(out);
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

}  // namespace

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t len = utf8::sequence_length(text, i);
    const std::size_t out_len = len ? len : 3;
    if (out.size() + out_len > max_bytes) {
      out += "…";
      break;
    }
    if (len) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

namespace {

ooxml::Limits package_limits(const Limits& l) {
  ooxml::Limits p;
  p.max_entry_bytes = l.max_entry_bytes;
  p.max_total_inflated_bytes = l.max_total_inflated_bytes;
  p.max_zip_entries = l.max_zip_entries;
  p.max_xml_depth = l.max_xml_depth;
  p.max_xml_nodes = l.max_xml_nodes;
  p.time_budget = l.total_time_budget;
  return p;
}

}  // namespace

Extraction::Extraction(const Limits& limits) : limits_(limits), budget_(package_limits(limits)) {}

Status Extraction::check_time() const { return budget_.check_time(); }

std::chrono::milliseconds Extraction::remaining() const { return budget_.remaining(); }

Status Extraction::add_part(std::string location, std::string text) {
  if (blank(text)) return Status::Ok();
  make_valid_utf8(text);
  make_valid_utf8(location);
  if (text.size() > limits_.max_text_bytes - text_bytes_)
    return limit_error("提取出的文字过多", "too much text extracted from the file");
  text_bytes_ += text.size();
  doc_.parts.push_back(Part{std::move(location), std::move(text)});
  return Status::Ok();
}

void Extraction::add_meta(const char* kind, std::string location, std::string description, std::string_view value) {
  const auto first = value.find_first_not_of(" \t\r\n");
  value = first == std::string_view::npos ? std::string_view() : value.substr(first);
  value = value.substr(0, value.find_last_not_of(" \t\r\n") + 1);
  // Locations may quote names from the file (sheet names, part names).
  make_valid_utf8(location);
  make_valid_utf8(description);
  const MetadataKind* k = find_metadata_kind(kind);
  doc_.metadata.push_back(MetaFinding{k ? std::string(k->detector) : std::string(kHiddenContent), kind,
                                      std::move(location), std::move(description), excerpt(value)});
}

void Extraction::warn(std::string message) { doc_.warnings.push_back(std::move(message)); }

bool names_a_tool(std::string_view value) {
  std::string v;
  for (char c : value) v += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  const size_t b = v.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return true;
  v = v.substr(b, v.find_last_not_of(" \t\r\n") - b + 1);
  // Default accounts, the whole value.
  for (std::string_view d : {"administrator", "admin", "user", "owner", "unknown", "author", "windows 用户", "windows user",
                             "microsoft office 用户", "microsoft office user", "用户", "作者", "未知", "word", "excel",
                             "powerpoint", "writer", "calc", "impress", "pages", "numbers", "keynote"})
    if (v == d) return true;
  // Programs and libraries, anywhere in the value (Microsoft® Word 2016,
  // Skia/PDF m120, WPS 文字, openpyxl).
  for (std::string_view t : {"microsoft", "wps", "kingsoft", "金山", "libreoffice", "openoffice", "skia", "pdf",
                             "acrobat", "adobe", "distiller", "openpyxl", "python-docx", "python-pptx", "xlsxwriter", "apache poi", "itext", "ghostscript", "quartz",
                             "mac os x", "pdftex", "latex", "reportlab", "chrome", "chromium", "wkhtmltopdf", "pandoc",
                             "google docs", "aspose", "spire", "永中", "腾讯文档", "石墨文档", "福昕", "foxit"})
    if (v.find(t) != std::string::npos) return true;
  return false;
}

}  // namespace nc::check::extract
