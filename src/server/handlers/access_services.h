// The small translations every handler needs: JSON bodies, the caller as a
// domain Actor, ids from paths. What handlers share is server::App (app.h).
// Handlers decide nothing about permissions: they ask nc::domain::authorize.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/authorization.h"
#include "server/app.h"
#include "server/request.h"
#include "server/response.h"
#include "store/store.h"

namespace nc::server::handlers {

// The caller as authorize() sees it; an inactive actor without a caller.
domain::Actor actor_of(const Request& request);
// The body as a JSON object, or nothing (malformed, not an object).
std::optional<nlohmann::json> json_object(const Request& request);
// A string field of `body`, or nothing when absent or not a string.
std::optional<std::string> string_field(const nlohmann::json& body, const char* name);
// A positive id from a path parameter or a query value; 0 when malformed.
std::uint32_t parse_id(std::string_view text);


}  // namespace nc::server::handlers
