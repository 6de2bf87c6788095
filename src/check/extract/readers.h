// The format readers behind extract(): each reads one format into the
// Extraction's document, within its limits. Internal to check/extract.
#pragma once

#include <string_view>

#include "check/extract/extraction.h"
#include "check/extract/extractor.h"

namespace nc::check::extract {

// A zip container: .docx, .xlsx or .pptx, told apart by the package's main
// part and its content type; any other zip is unsupported.
Status read_ooxml(std::string_view bytes, Extraction& ex);
Status read_pdf(std::string_view bytes, Extraction& ex);
// EXIF, IPTC and XMP (exiv2): location and device; captions become a part.
Status read_image_metadata(std::string_view bytes, Extraction& ex);
// exiv2's one-time setup (XMP parser, muted log); every exiv2 user calls it
// first. Thread-safe.
void init_exiv2();
// Text in the image (tesseract), as the part "图片文字识别".
Status read_image_text(std::string_view bytes, const Options& options, Extraction& ex);
// UTF-8, UTF-16 with BOM, or GB18030.
Status read_plain_text(std::string_view bytes, Extraction& ex);

}  // namespace nc::check::extract
