// check_document(): one submitted file through the whole self-check — its
// text parts and metadata extracted (extract()), every part checked by the
// engine — as the report every surface prints (check/report_json.h). The
// HTTP API and the CLI both use it, so a file gives the same findings
// wherever it is checked.
//
// An image whose recognised text holds a secret.* finding also gets the
// metadata finding media.photographed_document: the picture itself is a
// photo or screenshot of a work document.
//
// Plain text keeps no location (its offsets are into the decoded file); the
// parts of a document carry theirs ("第3页", "批注 2"). A file that cannot be
// read is reported in the report's error fields, never as a failure.
//
// Nothing is logged or kept: the bytes and the findings are the caller's.
// Thread-safe as extract() and Engine::check() are.
#pragma once

#include <string_view>
#include <vector>

#include "check/engine.h"
#include "check/extract/extractor.h"
#include "check/report_json.h"

namespace nc::check::extract {

struct CheckedDocument {
  FileReport report;        // `path` left empty for the caller
  Format format = Format::Unknown;
  std::vector<Part> parts;  // the text that was checked (for line numbers and redaction)
};

CheckedDocument check_document(const Engine& engine, std::string_view bytes, const Options& options);

// "中文 / English" extractor messages → the Chinese half, for the member.
std::string chinese_part(const std::string& message);

}  // namespace nc::check::extract
