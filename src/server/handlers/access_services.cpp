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

}  // namespace nc::server::handlers
