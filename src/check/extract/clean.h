// clean(): a cleaned copy of a submitted document or photo, built in memory,
// and what was removed — the self-check's answer to "now take it out".
//
//   .docx  comments (the parts, their relationships and content types, and
//          the anchors in the text), tracked changes accepted or rejected
//          (w:ins, w:del, w:moveFrom, w:moveTo, w:*PrChange, cell changes),
//          hidden text (runs with w:vanish) in the body, headers, footers,
//          footnotes and endnotes
//   .xlsx  comments (legacy and threaded, with their drawings and persons);
//          hidden and very hidden sheets are kept but emptied, and the shared
//          strings only they used are blanked
//   .pptx  comments and their authors, speaker notes; hidden slides are kept
//          but emptied
//   all    docProps/core.xml creator and lastModifiedBy and docProps/app.xml
//          Company and Manager blanked; docProps/custom.xml removed
//   JPEG, PNG
//          EXIF/XMP/IPTC location (GPS, place names), device (make, model,
//          software, serial numbers, maker notes), time and author removed
//          by exiv2; the image data is not decoded or re-encoded
//
// Why hidden sheets and slides are emptied rather than removed: removing one
// shifts the sheet indices that defined names use, breaks formulas and
// charts that refer to the sheet and links and sections that refer to the
// slide, and Office then "repairs" the file. An empty hidden sheet or slide
// keeps every reference valid and holds nothing.
//
//   PDF    the document information dictionary (author, creator, producer,
//          dates) and the original's /ID, XMP metadata streams of the catalog,
//          pages, images and any other object, embedded files (the
//          EmbeddedFiles name tree, /AF, file-attachment annotations),
//          JavaScript, /OpenAction, /AA and JavaScript or Launch actions, and
//          comments (Text and Popup annotations); rewritten by qpdf with the
//          stream data copied as it is, so the pages' content is untouched
//          (clean_pdf.cpp). Encrypted PDFs are refused.
//
// TIFF, WebP, HEIC, plain text and legacy Office files are not cleaned
// (unsupported_format, with a message saying so): the text itself is what the
// member changes.
//
// Every copy is read again by extract() before it is returned: a copy that
// does not read back is an error, never a download. `remaining` lists what
// that reading still finds (hidden rows, captions, …); clean_and_check() adds
// the text findings, which cleaning never removes.
//
// Bounded by Limits (limits.h) like extract(); hostile input yields
// limit_exceeded, timeout, corrupt_input or unsupported_format with a message
// "中文 / English". Nothing is stored or logged. Thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "check/engine.h"
#include "check/extract/extractor.h"
#include "check/extract/format.h"
#include "check/extract/limits.h"
#include "common/status.h"

namespace nc::check::extract {

enum class Revisions { kAccept, kReject };

struct CleanOptions {
  Limits limits;
  Revisions revisions = Revisions::kAccept;
  // Where the copy is read again (extractor.h's Options::isolate): the server
  // and the CLI pass their extraction sandbox, so that poppler reads a
  // cleaned PDF in a child as it reads any submitted PDF. Empty: in the
  // calling thread (tests, fuzzing).
  std::function<Result<ExtractedDocument>(std::string_view bytes, const Options& options)> isolate;
};

inline constexpr std::size_t kMaxReportLines = 30;

struct CleanedFile {
  Format format = Format::Unknown;  // Docx, Xlsx, Pptx, Pdf, Jpeg or Png
  std::string bytes;                // the cleaned copy
  // In Chinese, for the member: "批注 3 条", "修订 5 处（已接受）",
  // "文档属性（作者、单位）", "照片的拍摄位置". At most kMaxReportLines each.
  std::vector<std::string> removed;
  std::vector<std::string> remaining;
  int revisions = 0;  // tracked changes found (accepted or rejected)
};

// The file name extension of a cleaned copy ("docx", "jpg", …).
const char* extension_of(Format format);
// The MIME type of a cleaned copy.
const char* content_type_of(Format format);

Result<CleanedFile> clean(std::string_view bytes, const CleanOptions& options = {});

// clean(), then the engine over the cleaned copy's text: `remaining` also
// says how many text findings are still there (cleaning does not edit text).
Result<CleanedFile> clean_and_check(const Engine& engine, std::string_view bytes, const CleanOptions& options = {});

}  // namespace nc::check::extract
