#include "server/handlers/health.h"

namespace nc::server::handlers {

void add_health_routes(Router& router) {
  router.get("/healthz", [](const Request&) { return Response::json(200, {{"status", "ok"}}); }, {.access = Access::kPublic});
}

}  // namespace nc::server::handlers
