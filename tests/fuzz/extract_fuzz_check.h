// What every extractor fuzz target asserts about extract()'s answer: either
// a document whose parts are valid UTF-8 with a location and whose metadata
// use the three known ids, or an error with a known code and a message.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "check/extract/extractor.h"
#include "check/text_input.h"
#include "common/utf8.h"

namespace nc::check::extract {

// Limits that keep one input within libFuzzer's -timeout and -rss_limit_mb.
inline Options fuzz_options() {
  Options o;
  o.ocr = false;
  o.limits.max_entry_bytes = 8 * kMiB;
  o.limits.max_total_inflated_bytes = 32 * kMiB;
  o.limits.max_pdf_pages = 50;
  o.limits.max_image_pixels = 4'000'000;
  o.limits.total_time_budget = std::chrono::milliseconds(3'000);
  return o;
}

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "extract invariant broken: %s\n", what);
  std::abort();
}

inline void check_extraction(const Result<ExtractedDocument>& r) {
  if (!r.ok()) {
    const Code c = r.status().code();
    if (c != Code::kLimitExceeded && c != Code::kTimeout && c != Code::kCorruptInput &&
        c != Code::kUnsupportedFormat && c != Code::kInvalidInput) {
      std::fprintf(stderr, "unexpected error code %s: %s\n", std::string(r.status().code_name()).c_str(),
                   r.status().message().c_str());
      std::abort();
    }
    if (r.status().message().empty()) fail("error without a message");
    return;
  }
  for (const Part& p : r->parts) {
    if (p.location.empty()) fail("part without a location");
    if (!nc::utf8::valid(p.text)) fail("part text is not valid UTF-8");
    if (!nc::utf8::valid(p.location)) fail("part location is not valid UTF-8");
  }
  for (const MetaFinding& m : r->metadata) {
    const std::string_view id = m.id;
    if (id != kHiddenContent && id != kGpsLocation && id != kDeviceInfo) fail("unknown metadata id");
    if (!nc::utf8::valid(m.value) || !nc::utf8::valid(m.location)) fail("metadata is not valid UTF-8");
    if (m.description.empty()) fail("metadata without a description");
  }
}

}  // namespace nc::check::extract
