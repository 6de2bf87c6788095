// Decoding of uploaded text files to UTF-8. Spreadsheets saved by Chinese
// Excel/WPS arrive as UTF-8 (with or without BOM) or GB18030/GBK; anything
// that is not valid UTF-8 is decoded as GB18030 with ICU, strictly (an
// invalid sequence is an error, never a replacement character).
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace nc::domain {

enum class TextEncoding { kUtf8, kGb18030 };
std::string_view encoding_name(TextEncoding e);  // "UTF-8", "GB18030"

struct DecodedText {
  std::string utf8;
  TextEncoding encoding = TextEncoding::kUtf8;
  bool had_bom = false;
};

// Fails with a Chinese message for UTF-16/32 files, NUL bytes, and bytes that
// are neither UTF-8 nor GB18030. The BOM is removed.
Result<DecodedText> decode_text(std::string_view bytes);

}  // namespace nc::domain
