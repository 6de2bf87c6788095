// /api/v1/login, /activate, /logout, /logout-all, /session, /password.
#include <nlohmann/json.hpp>

#include "server/handlers/routes.h"
#include "server/handlers/people_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

json session_json(const App& s, const Caller& caller) {
  json user = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    json u = user_json(caller.user, tree, roster);
    // The caller's own: whether they are a cadre (the roster's 是否党员干部),
    // so the UI offers the cadre kinds' forms (the server still decides).
    if (caller.user.member) {
      const domain::Member* m = roster.find(*caller.user.member);
      u["member"]["cadre"] = m != nullptr && m->cadre;
    }
    return u;
  });
  return {{"user", user},
          {"csrf", caller.csrf},
          {"expires_at", iso_time(caller.expires_us)},
          {"idle_timeout_seconds", s.sessions->idle_timeout_s()}};
}

Response login(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto username = string_field(*body, "username");
  auto password = string_field(*body, "password");
  if (!username || !password || username->empty() || username->size() > 64 || password->size() > 1024) {
    return Response::bad_request("请填写用户名和密码");
  }
  auto outcome = s.sessions->login(*username, *password, r);
  if (!outcome.ok()) return Response::from(outcome.status());
  using Kind = access::LoginOutcome::Kind;
  if (outcome->kind == Kind::kThrottled) {
    Response out = Response::error(Code::kThrottled, "登录失败次数过多，请稍后再试");
    out.headers.emplace_back("Retry-After", std::to_string(outcome->retry_after_s));
    return out;
  }
  // The right activation code: not signed in yet (no cookie); the next step
  // is POST /api/v1/activate with the code and a password of one's own.
  if (outcome->kind == Kind::kActivationRequired) {
    return Response::json(202, {{"password_setup_required", true},
                                {"message", "激活码正确。首次登录，请设置您自己的密码"}});
  }
  if (outcome->kind == Kind::kActivationExpired) {
    return Response::error(Code::kBadCredentials, "激活码已过期，请联系党组织管理员重新开通");
  }
  if (outcome->kind != Kind::kOk) return Response::error(Code::kBadCredentials, "用户名或密码错误");
  Response out = Response::json(200, session_json(s, outcome->caller));
  out.headers.emplace_back("Set-Cookie", s.sessions->session_cookie(outcome->token));
  return out;
}

// The first login of an account opened with an activation code: the code
// and the holder's own password; signs in on success.
Response activate(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto username = string_field(*body, "username");
  auto code = string_field(*body, "code");
  auto next = string_field(*body, "new_password");
  if (!username || !code || !next || username->empty() || username->size() > 64 || code->size() > 256) {
    return Response::bad_request("请填写用户名、激活码和新密码");
  }
  auto outcome = s.sessions->activate(*username, *code, *next, r);
  if (!outcome.ok()) return Response::from(outcome.status());
  using Kind = access::LoginOutcome::Kind;
  if (outcome->kind == Kind::kThrottled) {
    Response out = Response::error(Code::kThrottled, "尝试次数过多，请稍后再试");
    out.headers.emplace_back("Retry-After", std::to_string(outcome->retry_after_s));
    return out;
  }
  if (outcome->kind == Kind::kActivationExpired) {
    return Response::error(Code::kBadCredentials, "激活码已过期，请联系党组织管理员重新开通");
  }
  if (outcome->kind != Kind::kOk) return Response::error(Code::kBadCredentials, "用户名或激活码错误，或激活码已使用");
  Response out = Response::json(200, session_json(s, outcome->caller));
  out.headers.emplace_back("Set-Cookie", s.sessions->session_cookie(outcome->token));
  return out;
}

Response logout(const App& s, const Request& r, bool everywhere) {
  json answer = {{"ok", true}};
  if (everywhere) {
    auto ended = s.sessions->logout_everywhere(r);
    if (!ended.ok()) return Response::from(ended.status());
    answer["ended"] = *ended;
  } else if (Status st = s.sessions->logout(r); !st.ok()) {
    return Response::from(st);
  }
  Response out = Response::json(200, answer);
  out.headers.emplace_back("Set-Cookie", s.sessions->clearing_cookie());
  return out;
}

Response change_password(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto current = string_field(*body, "current_password");
  auto next = string_field(*body, "new_password");
  if (!current || !next) return Response::bad_request("请填写当前密码和新密码");
  if (Status st = s.sessions->change_password(r, *current, *next); !st.ok()) return Response::from(st);
  return Response::json(200, {{"ok", true}});
}

}  // namespace

void add_session_routes(Router& router, const Services& s) {
  router.add("POST", "/api/v1/login", [s](const Request& r) { return login(*s, r); }, {.access = Access::kLogin});
  router.add("POST", "/api/v1/activate", [s](const Request& r) { return activate(*s, r); }, {.access = Access::kLogin});
  router.add("POST", "/api/v1/logout", [s](const Request& r) { return logout(*s, r, false); });
  router.add("POST", "/api/v1/logout-all", [s](const Request& r) { return logout(*s, r, true); });
  router.get("/api/v1/session", [s](const Request& r) {
    if (!r.caller) return Response::error(Code::kUnauthenticated, "请先登录");
    return Response::json(200, session_json(*s, *r.caller));
  });
  router.add("POST", "/api/v1/password", [s](const Request& r) { return change_password(*s, r); });
}

}  // namespace nc::server::handlers
