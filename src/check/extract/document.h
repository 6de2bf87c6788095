// ExtractedDocument: what an extractor found in one submitted file.
//
// `parts` hold the readable text of the file, each with a location a person
// can find again ("word/document.xml", "第3页", "批注 2", "工资表!B7",
// "slide 4", "图片文字识别"). The text detectors run on each part's text, and
// a finding's offsets are byte offsets into that part's UTF-8 text.
//
// `metadata` holds observations that are findings by themselves: content a
// reader of the file does not see (comments, tracked changes, hidden text,
// speaker notes, hidden sheets, author and company properties) and what a
// photo says about where and with what it was taken. Each is of one kind
// (check/metadata.h: doc.comment, media.gps, …), which names its detector:
//   doc.hidden_content | media.gps_location | media.device_info
// (and media.photographed_document, see check_document.h)
//
// `warnings` say, in Chinese, what could not be checked (for example an image
// format the OCR library cannot decode), so that "no findings" is never
// mistaken for "checked everything".
//
// Plain values: copyable, safe to read from several threads at once.
#pragma once

#include <string>
#include <vector>

#include "check/extract/format.h"
#include "check/metadata.h"

namespace nc::check::extract {

struct Part {
  std::string location;
  std::string text;  // valid UTF-8 (invalid bytes in the file become U+FFFD)
};

// The detector ids (check/metadata.h). media.photographed_document is added
// by check_document(), not by an extractor: an image whose recognised text
// the secret detectors flag is itself a photo of a document.
using check::kDeviceInfo;
using check::kGpsLocation;
using check::kHiddenContent;
using check::kPhotographedDocument;

struct MetaFinding {
  std::string id;           // the detector: one of the k* ids above
  std::string kind;         // check::meta::k*, one of that detector's kinds
  std::string location;     // where in the file, as for Part
  std::string description;  // plain Chinese, for the member
  std::string value;        // an excerpt of what was found (UTF-8, bounded)
};

struct ExtractedDocument {
  Format format = Format::Unknown;
  std::vector<Part> parts;
  std::vector<MetaFinding> metadata;
  std::vector<std::string> warnings;
};

}  // namespace nc::check::extract
