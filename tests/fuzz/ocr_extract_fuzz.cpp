// libFuzzer target: the OCR path of extract() (leptonica decodes, tesseract
// reads) on arbitrary image bytes. Inputs without an image signature get a
// PNG one, so they reach the decoders. English only and a small pixel limit
// keep one run short; the invariants are check_extraction()'s.
#include <cstdint>
#include <string>

#include "extract_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nc::check::extract;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!is_image(sniff(bytes))) bytes.insert(0, "\x89PNG\r\n\x1A\n");
  static const Options options = [] {
    Options o = fuzz_options();
    o.ocr = true;
    o.ocr_languages = "eng";
    o.limits.max_image_pixels = 300'000;
    o.limits.ocr_time_budget = std::chrono::milliseconds(2'000);
    return o;
  }();
  check_extraction(extract(bytes, options));
  return 0;
}
