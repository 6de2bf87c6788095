// libFuzzer target: plain-text input (text_input.h) and the plain-text path
// of extract(). Asserts: decoded text is valid UTF-8; valid UTF-8 is kept byte
// for byte; UTF-8 text written as GB18030 (when those bytes are not UTF-8
// themselves) decodes back to the same text; extract() of text-looking bytes
// yields exactly the decoded text as its one part, or a clean error.
#include <unicode/ucnv.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "check/extract/format.h"
#include "common/utf8.h"
#include "extract_fuzz_check.h"

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "text input invariant broken: %s\n", what);
  std::abort();
}

// UTF-8 → GB18030 with ICU; empty on failure.
std::string to_gb18030(std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open("GB18030", &err), ucnv_close);
  if (U_FAILURE(err)) fail("no GB18030 converter");
  std::string out(utf8.size() * 4 + 4, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  if (U_FAILURE(err)) return {};
  out.resize(static_cast<size_t>(n));
  return out;
}

bool has_utf16_bom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace nc::check;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  const nc::Result<DecodedText> decoded = decode_text(bytes);
  if (decoded.ok() && !nc::utf8::valid(decoded->utf8)) fail("decoded text is not valid UTF-8");
  if (decoded.ok() && decoded->encoding == Encoding::Utf8 && decoded->utf8 != bytes) fail("UTF-8 was changed");
  if (nc::utf8::valid(bytes)) {
    if (!decoded.ok()) fail("valid UTF-8 was refused");
    if (decoded->encoding != Encoding::Utf8) fail("valid UTF-8 was taken for another encoding");
  }
  if (!decoded.ok() && decoded.status().message().empty()) fail("error without a message");

  // Round trip through GB18030, as a file saved by an older Windows editor.
  if (nc::utf8::valid(bytes) && !bytes.empty() && bytes.find('\0') == std::string_view::npos) {
    const std::string gb = to_gb18030(bytes);
    if (!gb.empty() && !nc::utf8::valid(gb) && !has_utf16_bom(gb)) {
      const nc::Result<DecodedText> back = decode_text(gb);
      if (!back.ok()) fail("GB18030 text was refused");
      if (back->encoding != Encoding::Gb18030) fail("GB18030 text was taken for another encoding");
      if (back->utf8 != bytes) fail("GB18030 round trip changed the text");
    }
  }

  // The plain-text reader behind extract(), for bytes that sniff as text.
  if (!bytes.empty() && extract::sniff(bytes) == extract::Format::Text) {
    static const extract::Options options = extract::fuzz_options();
    const auto r = extract::extract(bytes, options);
    extract::check_extraction(r);
    const bool binary = !has_utf16_bom(bytes) && bytes.find('\0') != std::string_view::npos;
    if (r.ok()) {
      if (binary || !decoded.ok()) fail("extract read bytes that decode_text refuses");
      if (r->format != extract::Format::Text) fail("text read as another format");
      if (r->parts.size() > 1) fail("plain text gave more than one part");
      if (!r->parts.empty() && r->parts[0].text != decoded->utf8) fail("extracted text differs from decode_text");
    } else if (!binary && decoded.ok() && r.status().code() != nc::Code::kLimitExceeded) {
      fail("extract refused text that decode_text reads");
    }
  }
  return 0;
}
