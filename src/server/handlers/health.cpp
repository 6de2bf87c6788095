#include "server/handlers/routes.h"

namespace nc::server::handlers {

// GET /healthz → {"status":"ok"}: the process is up and serving.
void add_health_routes(Router& router, const Services&) {
  router.get("/healthz", [](const Request&) { return Response::json(200, {{"status", "ok"}}); }, {.access = Access::kPublic});
}

}  // namespace nc::server::handlers
