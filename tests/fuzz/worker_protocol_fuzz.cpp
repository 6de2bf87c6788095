// Any bytes in, as the answer of an extraction child process (what a child
// taken over by a hostile document could write): decode_result() returns a
// document within the limits or corrupt_input / a known error — never a
// crash, an allocation beyond what the input's length allows, or a document
// that breaks the limits. A decoded document encodes back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check/extract/worker_protocol.h"
#include "check/text_input.h"
#include "common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nc::check::extract;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Limits limits;
  limits.max_text_bytes = 4096;  // small, so that the fuzzer reaches the bound
  auto r = decode_result(bytes, limits);
  if (!r.ok()) {
    using nc::Code;
    const Code code = r.status().code();
    if (code != Code::kCorruptInput && code != Code::kLimitExceeded && code != Code::kTimeout &&
        code != Code::kUnsupportedFormat && code != Code::kInvalidInput)
      std::abort();
    return 0;
  }
  std::size_t text = 0;
  for (const Part& p : r->parts) {
    text += p.text.size();
    if (!nc::utf8::valid(p.text) || !nc::utf8::valid(p.location)) std::abort();
  }
  if (text > limits.max_text_bytes || r->parts.size() > kMaxWireParts || r->metadata.size() > kMaxWireMetadata ||
      r->warnings.size() > kMaxWireWarnings)
    std::abort();
  if (encode_result(*r) != bytes) std::abort();
  return 0;
}
