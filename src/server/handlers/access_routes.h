// The people-and-access endpoints of docs/api-contract.md "Access (issue 4)",
// one file per resource. add_access_routes registers them all.
#pragma once

#include <memory>

#include "server/handlers/access_services.h"
#include "server/router.h"

namespace nc::server::handlers {

using Services = std::shared_ptr<const App>;

void add_session_routes(Router& router, Services services);       // session.cpp
void add_organisation_routes(Router& router, Services services);  // organisations.cpp
void add_member_routes(Router& router, Services services);        // members.cpp
void add_user_routes(Router& router, Services services);          // users.cpp
void add_roster_io_routes(Router& router, Services services);     // roster_io.cpp
void add_import_job_routes(Router& router, Services services);    // import_jobs.cpp
void add_audit_routes(Router& router, Services services);         // audit_log.cpp
void add_my_records_routes(Router& router, Services services);    // my_records.cpp

inline void add_access_routes(Router& router, Services services) {
  add_session_routes(router, services);
  add_organisation_routes(router, services);
  add_member_routes(router, services);
  add_user_routes(router, services);
  add_roster_io_routes(router, services);
  add_import_job_routes(router, services);
  add_audit_routes(router, services);
  add_my_records_routes(router, services);
}

}  // namespace nc::server::handlers
