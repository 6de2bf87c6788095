// Request: one HTTP request as handlers see it — plain values, no Beast.
// The server fills it from the wire; the router adds path parameters. A
// Request is read-only once a handler has it; copying is cheap enough for
// the sizes the server admits (header 8 KiB, body 1 MiB).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"
#include "domain/user.h"

namespace nc::server {

// Who sent a request with a live session: set by the access middleware
// (server/access/access_gate.h), never by a handler.
struct Caller {
  domain::User user;        // grants included
  std::string session;      // hash of the session token
  std::string csrf;         // the session's CSRF token
  std::int64_t expires_us = 0;
  bool member_on_roll = true;  // the linked member's status allows their member roles (domain::on_roll)
};

struct Request {
  std::string method;                                      // "GET", as sent
  std::string target;                                      // raw request-target: "/api/v1/x?q=%E4%BF"
  std::string path;                                        // raw path, query removed: "/api/v1/x"
  std::vector<std::string> segments;                       // path split at '/', each percent-decoded
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // lower-case names
  std::string body;
  std::map<std::string, std::string> params;  // from the route pattern: {id} → "…"
  std::string remote;                         // peer address, for logs
  std::optional<Caller> caller;               // set by the access middleware

  // The first value of a query parameter, if present.
  std::optional<std::string> query_param(std::string_view name) const;
  // A header value, or "" when absent. Name in lower case.
  std::string header(std::string_view name) const;
  // A path parameter, or "" when the route has none of that name.
  std::string param(std::string_view name) const;
};

struct Target {
  std::string path;
  std::vector<std::string> segments;
  std::vector<std::pair<std::string, std::string>> query;
};

// Splits and decodes an origin-form request-target ("/a/b?x=1&y=%E4"). Fails
// on anything else ("*", absolute URLs), on malformed percent escapes and on
// a decoded NUL. In the query, '+' means space.
Result<Target> parse_target(std::string_view target);

// Decodes %XX escapes; nullopt when an escape is malformed.
std::optional<std::string> percent_decode(std::string_view in, bool plus_is_space);

}  // namespace nc::server
