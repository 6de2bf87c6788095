// The format cleaners behind clean() (clean.h), as readers.h holds the
// readers behind extract(). Internal to check/extract.
#pragma once

#include <string_view>

#include "check/extract/clean.h"
#include "check/extract/extraction.h"

namespace nc::check::extract {

// .docx, .xlsx, .pptx: the cleaned package into out.bytes, out.format set.
Status clean_ooxml(std::string_view bytes, Revisions revisions, Extraction& ex, CleanedFile& out);
// PDF (qpdf): clean_pdf.cpp says what is removed.
Status clean_pdf(std::string_view bytes, Extraction& ex, CleanedFile& out);
// JPEG and PNG (exiv2).
Status clean_image(std::string_view bytes, Format format, Extraction& ex, CleanedFile& out);

}  // namespace nc::check::extract
