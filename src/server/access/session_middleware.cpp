#include "server/access/session_middleware.h"

#include <spdlog/spdlog.h>

#include "server/access/credentials.h"
#include "server/log_text.h"

namespace nc::server::access {

bool is_public_path(std::string_view path) {
  if (path == "/healthz" || path == "/api/v1/login") return true;
  if (path == "/api/v1/rulebooks" || path.starts_with("/api/v1/rulebooks/")) return true;
  // Every versioned API path needs a session; other paths under /api/ have
  // no routes and answer 404 from the router.
  return !path.starts_with("/api/v1/");
}

bool is_unsafe_method(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

Middleware session_middleware(std::shared_ptr<Sessions> sessions, std::shared_ptr<const Directory> directory) {
  return [sessions, directory](const Request& request, const Handler& next) -> Response {
    Request r = request;
    r.caller.reset();  // only this middleware sets it
    const std::string token = session_token_from(request);
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
    if (is_public_path(r.path)) {
      // Logged-in unsafe requests to public paths still need the token,
      // except the login itself (it has no session yet).
      if (r.caller && is_unsafe_method(r.method) && r.path != "/api/v1/login" &&
          !constant_time_equal(r.header("x-csrf-token"), r.caller->csrf)) {
        return Response::error(403, "csrf", "缺少或错误的 CSRF 令牌，请刷新页面后重试");
      }
      return next(r);
    }
    if (!r.caller) {
      Response out = Response::error(401, "unauthenticated", "请先登录（会话不存在或已过期）");
      if (!token.empty()) out.headers.emplace_back("Set-Cookie", sessions->clearing_cookie());
      return out;
    }
    if (is_unsafe_method(r.method) && !constant_time_equal(r.header("x-csrf-token"), r.caller->csrf)) {
      spdlog::warn("csrf token missing or wrong for {} {}", log_safe(r.method), log_safe(r.path));
      return Response::error(403, "csrf", "缺少或错误的 CSRF 令牌，请刷新页面后重试");
    }
    return next(r);
  };
}

}  // namespace nc::server::access
