// Any bytes in, as a PDF: extract() returns page text and metadata or a clean
// error — never a crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Keep a PDF header in front so that the input reaches the PDF reader.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.substr(0, 1024).find("%PDF-") == std::string::npos) bytes.insert(0, "%PDF-1.4\n");
  static const nc::check::extract::Options options = nc::check::extract::fuzz_options();
  nc::check::extract::check_extraction(nc::check::extract::extract(bytes, options));
  return 0;
}
