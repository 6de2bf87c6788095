// Any bytes in, as an image: extract() reads EXIF/IPTC/XMP (OCR off) and
// returns location and device findings or a clean error — never a crash,
// hang or leak. Seeds: a JPEG with GPS and device EXIF, a PNG.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Keep an image signature in front so that the input reaches exiv2.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!nc::check::extract::is_image(nc::check::extract::sniff(bytes))) bytes.insert(0, "\xFF\xD8\xFF");
  static const nc::check::extract::Options options = nc::check::extract::fuzz_options();
  nc::check::extract::check_extraction(nc::check::extract::extract(bytes, options));
  return 0;
}
