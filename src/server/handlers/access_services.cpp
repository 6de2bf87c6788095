#include "server/handlers/access_services.h"

#include <spdlog/spdlog.h>

#include "server/log_text.h"

namespace nc::server::handlers {

domain::Actor actor_of(const Request& request) {
  if (!request.caller) {
    domain::Actor nobody;
    nobody.active = false;
    return nobody;
  }
  domain::Actor actor = domain::actor_for(request.caller->user);
  actor.member_on_roll = request.caller->member_on_roll;
  return actor;
}

std::optional<nlohmann::json> json_object(const Request& request) {
  auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return std::nullopt;
  return body;
}

std::optional<std::string> string_field(const nlohmann::json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::uint32_t parse_id(std::string_view text) {
  if (text.empty() || text.size() > 9) return 0;
  std::uint32_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return v;
}

Response forbidden() { return Response::error(Code::kForbidden, "无权执行此操作"); }

Response failure(const Status& status) {
  const std::string& code = status.code();
  if (code == "forbidden") return Response::error(Code::kForbidden, status.message());
  if (code == "not_found") return Response::error(Code::kNotFound, status.message());
  if (code == "conflict") return Response::error(Code::kConflict, "数据冲突：" + status.message());
  if (code == "invalid_input") return Response::error(Code::kInvalidInput, status.message());
  if (code == "weak_password") return Response::error(Code::kWeakPassword, status.message());
  if (code == "reauth_failed") return Response::error(Code::kReauthFailed, status.message());
  if (code == "throttled") return Response::error(Code::kThrottled, status.message());
  spdlog::error("request failed: {} {}", log_safe(code), log_safe(status.message()));
  return Response::internal();
}

}  // namespace nc::server::handlers
