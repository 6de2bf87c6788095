// Extraction: the state of one extraction run, shared by the format readers.
// It owns the document being built and enforces the Limits that span formats:
// the total time budget and the total text size. Not thread-safe: one run, one
// thread. Internal to check/extract.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "check/extract/document.h"
#include "check/extract/limits.h"
#include "common/status.h"
#include "ooxml/budget.h"

// Returns from the enclosing function when `expr` (a Status) is not ok.
#define NC_EXTRACT_TRY(expr)                                 \
  do {                                                       \
    ::nc::Status nc_extract_status_ = (expr);                \
    if (!nc_extract_status_.ok()) return nc_extract_status_; \
  } while (0)

namespace nc::check::extract {

// Errors every reader uses (ooxml/budget.h). Messages are "中文 / English".
using ooxml::corrupt_error;
using ooxml::limit_error;
using ooxml::timeout_error;
using ooxml::unsupported_error;

// At most `max_bytes` of `text`, cut at a UTF-8 character boundary, with "…"
// when cut; invalid UTF-8 bytes become U+FFFD so excerpts are always valid.
std::string excerpt(std::string_view text, std::size_t max_bytes = 200);

// True when a document property's value names the program or library that
// produced the file (Microsoft Office Word, WPS, Skia/PDF, openpyxl …) or a
// default account (Administrator, Windows 用户): not a person or an
// organisation, so not hidden content worth a finding.
bool names_a_tool(std::string_view value);

class Extraction {
 public:
  explicit Extraction(const Limits& limits);

  const Limits& limits() const { return limits_; }
  // The zip and XML limits and the deadline, for the OOXML package readers.
  const ooxml::Budget& budget() const { return budget_; }
  ExtractedDocument& doc() { return doc_; }
  ExtractedDocument take() { return std::move(doc_); }

  // "timeout" once the total time budget is spent.
  Status check_time() const;
  std::chrono::milliseconds remaining() const;

  // Adds a part unless its text is empty (after trimming whitespace); fails
  // when the total text would exceed max_text_bytes.
  Status add_part(std::string location, std::string text);
  // `kind` is one of check::meta::k*; it names the detector.
  void add_meta(const char* kind, std::string location, std::string description, std::string_view value);
  void warn(std::string message);

 private:
  Limits limits_;
  ooxml::Budget budget_;
  std::size_t text_bytes_ = 0;
  ExtractedDocument doc_;
};

}  // namespace nc::check::extract
