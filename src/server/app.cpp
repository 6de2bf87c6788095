#include "server/app.h"

#include "server/access/access_gate.h"
#include "server/handlers/routes.h"

namespace nc::server {

std::shared_ptr<Router> make_router(const Services& app) {
  auto router = std::make_shared<Router>();
  router->set_gate(access::access_gate(app->sessions, app->directory));
  handlers::add_all_routes(*router, app);
  if (app->web) {
    router->set_fallback([web = app->web](const Request& r) { return web->serve(r); });
  }
  return router;
}

}  // namespace nc::server
