#include "server/access/access_gate.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>

#include "server/access/credentials.h"
#include "server/log_text.h"

namespace nc::server::access {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool has_body(const Request& r) {
  const std::string length = r.header("content-length");
  if (!length.empty()) return length.find_first_not_of("0") != std::string::npos;
  return !r.header("transfer-encoding").empty();
}

// "application/json; charset=utf-8" → true.
bool is_json_type(std::string_view content_type) {
  const std::string type = lower(content_type.substr(0, content_type.find(';')));
  const auto first = type.find_first_not_of(" \t");
  const auto last = type.find_last_not_of(" \t");
  return first != std::string::npos && type.substr(first, last - first + 1) == "application/json";
}

Response csrf_refused(const Request& r) {
  spdlog::warn("csrf token missing or wrong for {} {}", log_safe(r.method), log_safe(r.path));
  return Response::error(Code::kCsrf, "缺少或错误的 CSRF 令牌，请刷新页面后重试");
}

}  // namespace

bool is_unsafe_method(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool same_origin(std::string_view origin, std::string_view host) {
  if (origin.empty()) return true;
  const auto scheme = origin.find("://");
  if (scheme == std::string_view::npos) return false;  // "null" and the like
  const std::string scheme_name = lower(origin.substr(0, scheme));
  if (scheme_name != "http" && scheme_name != "https") return false;
  return !host.empty() && lower(origin.substr(scheme + 3)) == lower(host);
}

Gate access_gate(std::shared_ptr<Sessions> sessions, std::shared_ptr<const Directory> directory) {
  return [sessions, directory](Request& r, const RouteOptions& route) -> std::optional<Response> {
    const std::string token = sessions->token_from(r);
    if (!token.empty()) {
      auto caller = sessions->resolve(token);
      if (!caller.ok()) {
        spdlog::error("session lookup failed: {}", log_safe(caller.status().message()));
        return Response::internal();
      }
      r.caller = *caller;
      if (r.caller && r.caller->user.member && directory) {
        const domain::MemberId member = *r.caller->user.member;
        r.caller->member_on_roll = directory->read([&](const domain::OrgTree&, const domain::Roster& roster) {
          const domain::Member* m = roster.find(member);
          return m != nullptr && domain::on_roll(m->status);
        });
      }
    }
    if (route.access == Access::kSession && !r.caller) {
      Response out = Response::error(Code::kUnauthenticated, "请先登录（会话不存在或已过期）");
      if (!token.empty()) out.headers.emplace_back("Set-Cookie", sessions->clearing_cookie());
      return out;
    }
    if (!is_unsafe_method(r.method)) return std::nullopt;
    if (!same_origin(r.header("origin"), r.header("host"))) {
      spdlog::warn("cross-origin {} {} refused", log_safe(r.method), log_safe(r.path));
      return Response::error(Code::kOrigin, "请求来自其他网站，已拒绝");
    }
    // Logged-in unsafe requests need the token, on public routes too; the
    // login itself has no session yet.
    if (route.access != Access::kLogin && r.caller && !constant_time_equal(r.header("x-csrf-token"), r.caller->csrf)) {
      return csrf_refused(r);
    }
    if (route.body == BodyKind::kJson && has_body(r) && !is_json_type(r.header("content-type"))) {
      return Response::error(Code::kUnsupportedMediaType, "请求体应为 JSON（Content-Type: application/json）");
    }
    return std::nullopt;
  };
}

}  // namespace nc::server::access
