// Any bytes in, as a PDF to clean (clean_pdf.cpp, qpdf): clean() returns a PDF
// copy that poppler reads back, whose report is bounded valid UTF-8, and which
// cleaned again has nothing left to remove (no Info, XMP, comment, embedded
// file or script as qpdf reads it) — or a clean error; never a crash, hang or
// leak.
// Inputs that do not start as a PDF get a PDF header, so that most reach qpdf.
// Seeds: corpus/clean_pdf_fuzz (a page with Info, XMP, a comment with its
// popup, a link, an embedded file, JavaScript and an /OpenAction; made by
// tests/fuzz/make_clean_pdf_seeds.py) and the pdf_extract_fuzz documents.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/extract/clean.h"
#include "common/utf8.h"
#include "extract_fuzz_check.h"

using namespace nc::check::extract;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.compare(0, 5, "%PDF-") != 0) bytes.insert(0, "%PDF-1.7\n");
  CleanOptions options;
  options.limits = fuzz_options().limits;
  nc::Result<CleanedFile> r = clean(bytes, options);
  if (!r.ok()) {
    const nc::Code c = r.status().code();
    if (c != nc::Code::kLimitExceeded && c != nc::Code::kTimeout && c != nc::Code::kCorruptInput &&
        c != nc::Code::kUnsupportedFormat)
      fail("unexpected error code");
    if (r.status().message().empty()) fail("error without a message");
    return 0;
  }
  if (r->format != Format::Pdf) fail("cleaned copy of a PDF is not a PDF");
  if (r->removed.size() > kMaxReportLines || r->remaining.size() > kMaxReportLines) fail("report not bounded");
  for (const std::string& line : r->removed)
    if (line.empty() || !nc::utf8::valid(line)) fail("removed line empty or not UTF-8");
  for (const std::string& line : r->remaining)
    if (line.empty() || !nc::utf8::valid(line)) fail("remaining line empty or not UTF-8");
  Options again = fuzz_options();
  again.limits = options.limits;
  nc::Result<ExtractedDocument> doc = extract(r->bytes, again);
  if (!doc.ok()) fail("the cleaned copy does not read back");
  if (doc->format != Format::Pdf) fail("the cleaned copy reads back as another format");
  check_extraction(doc);
  // What was removed is not in the copy: cleaned again, nothing is removed.
  nc::Result<CleanedFile> twice = clean(r->bytes, options);
  if (!twice.ok()) fail("the cleaned copy cannot be cleaned again");
  if (!twice->removed.empty()) fail("the cleaned copy still has something to remove");
  return 0;
}
