// libFuzzer target: extract() on any bytes, OCR off — format sniffing by
// content and the dispatch to every reader. Asserts check_extraction()'s
// invariants, and that sniffing is a function of the first 1024 bytes alone,
// that a document's format agrees with what was sniffed (a zip becomes
// docx/xlsx/pptx), and that legacy Office files and unknown binaries are
// refused as unsupported.
#include <cstdint>
#include <string_view>

#include "check/extract/format.h"
#include "extract_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nc::check::extract;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Format sniffed = sniff(bytes);
  if (sniff(bytes.substr(0, 1024)) != sniffed) fail("sniff looks past the first 1024 bytes");
  if (sniffed == Format::Docx || sniffed == Format::Xlsx || sniffed == Format::Pptx) fail("sniff named an Office format");

  static const Options options = fuzz_options();
  const auto r = extract(bytes, options);
  check_extraction(r);
  if (r.ok()) {
    const Format f = r->format;
    const bool agrees = sniffed == Format::Zip ? (f == Format::Docx || f == Format::Xlsx || f == Format::Pptx)
                                               : f == sniffed;
    if (!agrees) fail("document format disagrees with the sniffed format");
    if (sniffed == Format::OleCompound || sniffed == Format::Unknown) fail("read a format that is not supported");
  } else if (sniffed == Format::OleCompound && r.status().code() != Code::kUnsupportedFormat) {
    fail("legacy Office file not refused as unsupported");
  }
  return 0;
}
