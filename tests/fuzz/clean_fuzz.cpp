// Any bytes in, as a document or a photo to clean: clean() returns a copy
// that extract() reads back as the same format, with a bounded report in
// valid UTF-8, or a clean error — never a crash, hang or leak. The first
// byte chooses accept (even) or reject (odd) for tracked changes, the rest is
// the file. Seeds (each with that first byte: a_* accept, r_* reject): a .docx
// with a comment and tracked changes, the ooxml_extract_fuzz documents, a
// JPEG with GPS and a PNG.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/extract/clean.h"
#include "common/utf8.h"
#include "extract_fuzz_check.h"

using namespace nc::check::extract;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  CleanOptions options;
  options.limits = fuzz_options().limits;
  options.revisions = (data[0] & 1) ? Revisions::kReject : Revisions::kAccept;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  // Inputs that are neither zip nor image become zips, so that most reach the OOXML cleaner.
  const Format sniffed = sniff(bytes);
  if (sniffed != Format::Jpeg && sniffed != Format::Png && bytes.compare(0, 4, "PK\x03\x04") != 0)
    bytes.insert(0, "PK\x03\x04");
  nc::Result<CleanedFile> r = clean(bytes, options);
  if (!r.ok()) {
    const nc::Code c = r.status().code();
    if (c != nc::Code::kLimitExceeded && c != nc::Code::kTimeout && c != nc::Code::kCorruptInput &&
        c != nc::Code::kUnsupportedFormat)
      fail("unexpected error code");
    if (r.status().message().empty()) fail("error without a message");
    return 0;
  }
  if (r->format != Format::Docx && r->format != Format::Xlsx && r->format != Format::Pptx &&
      r->format != Format::Jpeg && r->format != Format::Png)
    fail("cleaned copy of an unexpected format");
  if (r->removed.size() > kMaxReportLines || r->remaining.size() > kMaxReportLines) fail("report not bounded");
  for (const std::string& line : r->removed)
    if (line.empty() || !nc::utf8::valid(line)) fail("removed line empty or not UTF-8");
  for (const std::string& line : r->remaining)
    if (line.empty() || !nc::utf8::valid(line)) fail("remaining line empty or not UTF-8");
  Options again = fuzz_options();
  again.limits = options.limits;
  nc::Result<ExtractedDocument> doc = extract(r->bytes, again);
  if (!doc.ok()) fail("the cleaned copy does not read back");
  if (doc->format != r->format) fail("the cleaned copy reads back as another format");
  check_extraction(doc);
  return 0;
}
