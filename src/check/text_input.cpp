#include "check/text_input.h"

#include <unicode/ucnv.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "common/utf8.h"

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

Result<DecodedText> decode_text(std::string_view bytes) {
  if (bytes.size() > INT32_MAX / 4) return Status::Invalid("text too large to convert");
  if (utf8::valid(bytes)) return DecodedText{std::string(bytes), Encoding::Utf8};
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
