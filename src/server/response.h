// Response: what a handler returns — status, headers and body as plain
// values; the server turns it into HTTP. Errors follow docs/api-contract.md:
// {"error":{"code":"not_found","message":"未找到第99条"}}, a stable English
// code and a Chinese message a user can read.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nc::server {

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type/Length
  std::string body;

  // A JSON body. Invalid UTF-8 in strings is replaced, never thrown on.
  static Response json(int status, const nlohmann::json& value);
  static Response error(int status, std::string_view code, std::string_view message);

  // The contract's error codes, with their statuses.
  static Response not_found(std::string_view message = "未找到请求的资源") { return error(404, "not_found", message); }
  static Response bad_request(std::string_view message = "请求格式不正确") {
    return error(400, "bad_request", message);
  }
  static Response payload_too_large(std::string_view message = "请求体超过 1 MiB 上限") {
    return error(413, "payload_too_large", message);
  }
  static Response method_not_allowed(std::string_view message = "不支持该请求方法") {
    return error(405, "method_not_allowed", message);
  }
  static Response internal(std::string_view message = "服务器内部错误") { return error(500, "internal", message); }
};

}  // namespace nc::server
