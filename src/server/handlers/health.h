// GET /healthz → {"status":"ok"}: the process is up and serving.
#pragma once

#include "server/router.h"

namespace nc::server::handlers {

void add_health_routes(Router& router);

}  // namespace nc::server::handlers
