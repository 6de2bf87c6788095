// Response: what a handler returns — status, headers and body as plain
// values; the server turns it into HTTP. Errors follow docs/api-contract.md:
// {"error":{"code":"not_found","message":"未找到第99条"}}, a stable English
// code and a Chinese message a user can read. Each code has one HTTP status
// (http_status) and one message used when a handler has nothing more precise
// to say (default_message): no handler picks a status for an error itself.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace nc::server {

int http_status(Code code);
std::string_view default_message(Code code);

// A body produced while it is sent (HTTP/1.1 chunked transfer coding), for
// answers that must hold everything yet not be held in memory (exports):
// next() gives the next piece, an empty piece when the body is complete. A
// failure after the header went out can only cut the answer short: the
// server closes the connection without the final chunk, which clients see as
// a failed download. Called on the connection's strand, one call at a time.
class BodySource {
 public:
  virtual ~BodySource() = default;
  virtual Result<std::string> next() = 0;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type/Length
  std::string body;
  std::shared_ptr<BodySource> source;  // when set, the body comes from it (and `body` is unused)

  // A JSON body. Invalid UTF-8 in strings is replaced, never thrown on.
  static Response json(int status, const nlohmann::json& value);
  // An error answer: http_status(code), and the message (default_message(code) when empty).
  static Response error(Code code, std::string_view message = {});
  // A failed Status as an answer. The server's own failures (storage,
  // internal, ...: every 5xx but busy, timeout and unavailable) are logged
  // and answered with their default message, so no detail of the server's
  // insides reaches the caller.
  static Response from(const Status& status);

  // A file to download: not cached, saved as `filename` (ASCII), and as
  // `display_name` (UTF-8, RFC 5987) by browsers that take it.
  static Response attachment(std::string bytes, std::string_view content_type, std::string_view filename,
                             std::string_view display_name = {});
  // The same, with a body produced while it is sent.
  static Response attachment(std::shared_ptr<BodySource> source, std::string_view content_type,
                             std::string_view filename, std::string_view display_name = {});
  static constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static Response not_found(std::string_view message = {}) { return error(Code::kNotFound, message); }
  static Response bad_request(std::string_view message = {}) { return error(Code::kBadRequest, message); }
  static Response internal(std::string_view message = {}) { return error(Code::kInternal, message); }
};

}  // namespace nc::server
