#include "server/response.h"

#include <spdlog/spdlog.h>

#include "server/log_text.h"

namespace nc::server {

int http_status(Code code) {
  switch (code) {
    case Code::kOk: return 200;
    case Code::kBadRequest:
    case Code::kInvalidInput:
    case Code::kWeakPassword:
    case Code::kParseError:
    case Code::kCsvError:
    case Code::kXlsxError:
    case Code::kAnnotationError:
    case Code::kCorruptInput:
    case Code::kUnsupportedFormat:
    case Code::kLimitExceeded: return 400;
    case Code::kUnauthenticated:
    case Code::kBadCredentials: return 401;
    case Code::kForbidden:
    case Code::kReauthFailed:
    case Code::kCsrf:
    case Code::kOrigin: return 403;
    case Code::kNotFound: return 404;
    case Code::kMethodNotAllowed: return 405;
    case Code::kConflict: return 409;
    case Code::kPayloadTooLarge: return 413;
    case Code::kUnsupportedMediaType: return 415;
    case Code::kImportInvalid: return 422;
    case Code::kThrottled: return 429;
    case Code::kBusy:
    case Code::kTimeout:
    case Code::kUnavailable: return 503;
    case Code::kStorage:
    case Code::kCorrupt:
    case Code::kSchemaTooNew:
    case Code::kListen:
    case Code::kExportFailed:
    case Code::kInternal: return 500;
  }
  return 500;
}

std::string_view default_message(Code code) {
  switch (code) {
    case Code::kOk: return "";
    case Code::kBadRequest: return "请求格式不正确";
    case Code::kInvalidInput: return "填写的内容不符合要求";
    case Code::kWeakPassword: return "密码至少 12 个字符";
    case Code::kParseError: return "文件无法解析";
    case Code::kCsvError: return "CSV 文件无法读取";
    case Code::kXlsxError: return "Excel 文件无法读取";
    case Code::kImportInvalid: return "导入文件有错误，未导入任何数据";
    case Code::kAnnotationError: return "规定文本的标注有误";
    case Code::kCorruptInput: return "文件已损坏，无法读取";
    case Code::kUnsupportedFormat: return "不支持该文件格式";
    case Code::kUnsupportedMediaType: return "不支持该请求内容类型";
    case Code::kPayloadTooLarge: return "请求体超过 1 MiB 上限";
    case Code::kMethodNotAllowed: return "不支持该请求方法";
    case Code::kLimitExceeded: return "内容超出可处理的上限";
    case Code::kUnauthenticated: return "请先登录";
    case Code::kBadCredentials: return "用户名或密码错误";
    case Code::kForbidden: return "无权执行此操作";
    case Code::kReauthFailed: return "当前密码不正确";
    case Code::kCsrf: return "缺少或错误的 CSRF 令牌，请刷新页面后重试";
    case Code::kOrigin: return "请求来自其他网站，已拒绝";
    case Code::kThrottled: return "尝试次数过多，请稍后再试";
    case Code::kNotFound: return "未找到请求的资源";
    case Code::kConflict: return "数据冲突";
    case Code::kBusy: return "服务器繁忙，请稍后重试";
    case Code::kTimeout: return "处理超时，请稍后重试";
    case Code::kUnavailable: return "服务器未启用此功能";
    case Code::kStorage:
    case Code::kCorrupt:
    case Code::kSchemaTooNew:
    case Code::kListen:
    case Code::kExportFailed:
    case Code::kInternal: return "服务器内部错误";
  }
  return "服务器内部错误";
}

namespace {

// The server's own failures: their messages describe its insides.
bool is_server_fault(Code code) {
  const int status = http_status(code);
  return status >= 500 && code != Code::kBusy && code != Code::kTimeout && code != Code::kUnavailable;
}

}  // namespace

Response Response::json(int status, const nlohmann::json& value) {
  Response r;
  r.status = status;
  r.body = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response Response::error(Code code, std::string_view message) {
  if (message.empty()) message = default_message(code);
  return json(http_status(code),
              {{"error", {{"code", std::string(code_name(code))}, {"message", std::string(message)}}}});
}

namespace {

std::string percent_encoded(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace

Response Response::attachment(std::string bytes, std::string_view content_type, std::string_view filename,
                              std::string_view display_name) {
  Response out;
  out.content_type = std::string(content_type);
  out.body = std::move(bytes);
  out.headers.emplace_back("Cache-Control", "no-store");
  std::string disposition = "attachment; filename=\"" + std::string(filename) + "\"";
  if (!display_name.empty()) disposition += "; filename*=UTF-8''" + percent_encoded(display_name);
  out.headers.emplace_back("Content-Disposition", std::move(disposition));
  return out;
}

Response Response::attachment(std::shared_ptr<BodySource> source, std::string_view content_type,
                              std::string_view filename, std::string_view display_name) {
  Response out = attachment(std::string(), content_type, filename, display_name);
  out.source = std::move(source);
  return out;
}

Response Response::from(const Status& status) {
  if (is_server_fault(status.code())) {
    spdlog::error("request failed: {} {}", status.code_name(), log_safe(status.message()));
    return error(Code::kInternal);
  }
  return error(status.code(), status.message());
}

}  // namespace nc::server
