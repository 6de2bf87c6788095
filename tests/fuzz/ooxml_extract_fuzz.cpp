// Any bytes in, as a zip: extract() returns parts and metadata or a clean
// error — never a crash, hang or leak. Seeds: a .docx, .xlsx and .pptx with
// comments, tracked changes, hidden text, notes and hidden sheets.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Keep the zip magic so that the input reaches the OOXML reader.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.compare(0, 4, "PK\x03\x04") != 0) bytes.insert(0, "PK\x03\x04");
  static const nc::check::extract::Options options = nc::check::extract::fuzz_options();
  nc::check::extract::check_extraction(nc::check::extract::extract(bytes, options));
  return 0;
}
