#include "domain/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <climits>
#include <memory>
#include <vector>

#include "common/utf8.h"
#include "domain/log_text.h"

namespace nc::domain {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

Result<std::string> gb18030_to_utf8(std::string_view bytes) {
  if (bytes.size() > INT32_MAX / 4) return Status::Invalid("文件过大");
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open("GB18030", &err), ucnv_close);
  if (U_FAILURE(err) || !cnv) return Status::Error(Code::kInternal, "无法加载 GB18030 编码转换器");
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  // One GB18030 byte never yields more than one UTF-16 unit.
  std::vector<UChar> utf16(bytes.size() + 1);
  int32_t units = ucnv_toUChars(cnv.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                                static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err))
    return Status::Invalid("文件编码无法识别：既不是 UTF-8 也不是 GB18030，请另存为 UTF-8 编码的 CSV");
  int32_t length = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &length, utf16.data(), units, &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return Status::Invalid("文件编码转换失败");
  std::string out(static_cast<std::size_t>(length), '\0');
  err = U_ZERO_ERROR;
  u_strToUTF8(out.data(), length, &length, utf16.data(), units, &err);
  if (U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING) return Status::Invalid("文件编码转换失败");
  return out;
}

}  // namespace

std::string_view encoding_name(TextEncoding e) { return e == TextEncoding::kUtf8 ? "UTF-8" : "GB18030"; }

Result<DecodedText> decode_text(std::string_view bytes) {
  DecodedText out;
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    return Status::Invalid("文件是 UTF-16 编码，请另存为 UTF-8 或 GB18030 编码的 CSV");
  }
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    out.had_bom = true;
    if (!utf8::valid(bytes)) return Status::Invalid("文件标为 UTF-8 编码，但含有无效的 UTF-8 字节");
  } else if (starts_with(bytes, std::string_view("\x84\x31\x95\x33", 4))) {
    bytes.remove_prefix(4);
    out.had_bom = true;
    out.encoding = TextEncoding::kGb18030;
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return Status::Invalid("文件含有空字符（可能是 UTF-16 编码或不是文本文件），请另存为 UTF-8 编码的 CSV");
  }
  if (out.encoding == TextEncoding::kUtf8 && utf8::valid(bytes)) {
    out.utf8 = std::string(bytes);
    return out;
  }
  auto converted = gb18030_to_utf8(bytes);
  if (!converted) return converted.status();
  out.utf8 = std::move(*converted);
  out.encoding = TextEncoding::kGb18030;
  return out;
}

}  // namespace nc::domain
