#include "check/text_input.h"

#include <unicode/ucnv.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace nc::check {
namespace {

Result<std::string> convert(const char* charset, std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* raw = ucnv_open(charset, &err);
  if (U_FAILURE(err)) return Status::Error(Code::kInternal, std::string("no ICU converter for ") + charset);
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(raw, ucnv_close);
  // Stop at the first byte sequence that is not in the charset.
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string u16(bytes.size() + 1, u'\0');
  err = U_ZERO_ERROR;
  const int32_t n = ucnv_toUChars(cnv.get(), u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                                  static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return Status::Invalid(std::string("not valid ") + charset);
  u16.resize(static_cast<size_t>(n));
  UConverter* u8raw = ucnv_open("UTF-8", &err);
  if (U_FAILURE(err)) return Status::Error(Code::kInternal, "no ICU converter for UTF-8");
  std::unique_ptr<UConverter, void (*)(UConverter*)> u8(u8raw, ucnv_close);
  std::string out(u16.size() * 3 + 1, '\0');
  const int32_t m = ucnv_fromUChars(u8.get(), out.data(), static_cast<int32_t>(out.size()), u16.data(),
                                    static_cast<int32_t>(u16.size()), &err);
  if (U_FAILURE(err)) return Status::Invalid(std::string("cannot convert ") + charset + " to UTF-8");
  out.resize(static_cast<size_t>(m));
  return out;
}

}  // namespace

const char* to_string(Encoding e) {
  switch (e) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Gb18030: return "GB18030";
    case Encoding::Utf16le: return "UTF-16LE";
    case Encoding::Utf16be: return "UTF-16BE";
  }
  return "?";
}

size_t utf8_valid_prefix(std::string_view s, bool stop_at_nul) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  size_t i = 0;
  while (i < n) {
    // ASCII eight bytes at a time (and no NUL among them, when asked).
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & kHigh) break;
      if (stop_at_nul && ((w - kOnes) & ~w & kHigh)) break;
      i += 8;
    }
    // Four three-byte sequences at a time: their shape in two loads, and
    // none led by E0 or ED (whose second byte has a narrower range).
    while (i + 16 <= n) {
      uint64_t a;
      uint32_t z;
      std::memcpy(&a, p + i, 8);
      std::memcpy(&z, p + i + 8, 4);
      if (((a & 0xC0F0C0C0F0C0C0F0ull) != 0x80E08080E08080E0ull) | ((z & 0xC0C0F0C0u) != 0x8080E080u)) break;
      const unsigned l0 = p[i], l1 = p[i + 3], l2 = p[i + 6], l3 = p[i + 9];
      if ((l0 == 0xE0) | (l0 == 0xED) | (l1 == 0xE0) | (l1 == 0xED) | (l2 == 0xE0) | (l2 == 0xED) | (l3 == 0xE0) |
          (l3 == 0xED))
        break;
      i += 12;
    }
    if (i >= n) break;
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (b == 0 && stop_at_nul) return i;
      ++i;
      continue;
    }
    // Chinese text is mostly three-byte sequences: those first.
    if ((b & 0xF0) == 0xE0) {
      if (i + 3 > n) return i;
      const unsigned char b1 = p[i + 1], b2 = p[i + 2];
      if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return i;
      if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0)) return i;  // overlong; surrogate
      i += 3;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      if (i + 2 > n || (p[i + 1] & 0xC0) != 0x80) return i;
      i += 2;
      continue;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      if (i + 4 > n) return i;
      const unsigned char b1 = p[i + 1];
      if ((b1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return i;
      if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90)) return i;  // overlong; past U+10FFFF
      i += 4;
      continue;
    }
    return i;
  }
  return n;
}

bool is_valid_utf8(std::string_view s) { return utf8_valid_prefix(s) == s.size(); }

Result<DecodedText> decode_text(std::string_view bytes) {
  if (bytes.size() > INT32_MAX / 4) return Status::Invalid("text too large to convert");
  if (is_valid_utf8(bytes)) return DecodedText{std::string(bytes), Encoding::Utf8};
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xFE) {
    auto r = convert("UTF-16LE", bytes.substr(2));
    if (!r.ok()) return r.status();
    return DecodedText{std::move(r).value(), Encoding::Utf16le};
  }
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
      static_cast<unsigned char>(bytes[1]) == 0xFF) {
    auto r = convert("UTF-16BE", bytes.substr(2));
    if (!r.ok()) return r.status();
    return DecodedText{std::move(r).value(), Encoding::Utf16be};
  }
  auto r = convert("GB18030", bytes);
  if (!r.ok()) return Status::Invalid("text is neither UTF-8 nor GB18030 (nor UTF-16 with a byte order mark)");
  return DecodedText{std::move(r).value(), Encoding::Gb18030};
}

}  // namespace nc::check
