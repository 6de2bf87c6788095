// Plain-text input as people save it: UTF-8 (with or without BOM), GB18030
// (which covers GBK and GB2312) or UTF-16 with a BOM. decode_text() detects
// the encoding and converts to UTF-8 with ICU; findings' offsets then refer
// to the converted UTF-8 text, not to the bytes of the file.
// Pure; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/status.h"

namespace nc::check {

enum class Encoding { Utf8, Gb18030, Utf16le, Utf16be };
const char* to_string(Encoding e);

struct DecodedText {
  std::string utf8;
  Encoding encoding = Encoding::Utf8;
};

// UTF-8 is kept as it is (byte for byte, BOM included). Otherwise UTF-16 with
// a BOM, then GB18030; fails when the bytes are neither.
Result<DecodedText> decode_text(std::string_view bytes);

}  // namespace nc::check
