// Format detection by content (magic bytes), never by file name: a .docx that
// is really a text file is read as text, and a renamed PDF is still a PDF.
// Pure; safe from any thread.
#pragma once

#include <string_view>

namespace nc::check::extract {

enum class Format {
  Unknown,  // binary we do not read
  Text,     // no known magic; plain text is tried (UTF-8, UTF-16 BOM, GB18030)
  Zip,      // a zip container; OOXML when it holds an Office main part
  Docx,
  Xlsx,
  Pptx,
  Pdf,
  Jpeg,
  Png,
  Tiff,
  Webp,
  Heic,
  OleCompound,  // legacy .doc/.xls/.ppt: recognised, not read
};

const char* to_string(Format f);

// Looks at the first bytes only. Returns Zip (not Docx/Xlsx/Pptx): which
// Office format a zip is follows from its content, see extract_ooxml().
Format sniff(std::string_view bytes);

bool is_image(Format f);

}  // namespace nc::check::extract
