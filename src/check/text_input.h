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

bool is_valid_utf8(std::string_view bytes);
// The length of the longest prefix of `bytes` that is valid UTF-8 (with
// `stop_at_nul`, that also holds no NUL byte): bytes.size() when all is.
// One pass, ASCII eight bytes at a time.
size_t utf8_valid_prefix(std::string_view bytes, bool stop_at_nul = false);

// UTF-8 is kept as it is (byte for byte, BOM included). Otherwise UTF-16 with
// a BOM, then GB18030; fails when the bytes are neither.
Result<DecodedText> decode_text(std::string_view bytes);

}  // namespace nc::check
