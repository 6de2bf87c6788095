// Every route family of the server, one file each, with one signature:
// add_X_routes(Router&, const Services&). add_all_routes registers them all
// (server::make_router is its one caller outside tests).
#pragma once

#include "server/app.h"
#include "server/handlers/access_services.h"
#include "server/router.h"

namespace nc::server::handlers {

void add_health_routes(Router& router, const Services& app);        // health.cpp: GET /healthz
void add_rulebook_routes(Router& router, const Services& app);      // rulebooks.cpp: the regulation, public
void add_check_routes(Router& router, const Services& app);         // check.cpp: self-check (check.h)
void add_dictionary_routes(Router& router, const Services& app);    // dictionaries.cpp (dictionaries.h)
void add_session_routes(Router& router, const Services& app);       // session.cpp
void add_organisation_routes(Router& router, const Services& app);  // organisations.cpp
void add_member_routes(Router& router, const Services& app);        // members.cpp
void add_user_routes(Router& router, const Services& app);          // users.cpp
void add_account_routes(Router& router, const Services& app);       // accounts.cpp: bulk accounts, member search
void add_roster_io_routes(Router& router, const Services& app);     // roster_io.cpp
void add_import_job_routes(Router& router, const Services& app);    // import_jobs.cpp
void add_import_template_routes(Router& router, const Services& app);  // import_template.cpp
void add_audit_routes(Router& router, const Services& app);         // audit_log.cpp
void add_my_records_routes(Router& router, const Services& app);    // my_records.cpp
void add_statement_routes(Router& router, const Services& app);     // statements.cpp: replies, 已处理, 待回复
void add_record_routes(Router& router, const Services& app);        // records.cpp: the registers (issue 10), 待办
void add_overview_routes(Router& router, const Services& app);      // overview.cpp: the committee overview (issue 11)
void add_quiz_routes(Router& router, const Services& app);          // quizzes.cpp: quizzes from the rulebook (issue 11)
void add_approver_routes(Router& router, const Services& app);      // approvers.cpp: a 党委's approvers (issue 10)

inline void add_all_routes(Router& router, const Services& app) {
  add_health_routes(router, app);
  add_rulebook_routes(router, app);
  add_check_routes(router, app);
  add_dictionary_routes(router, app);
  add_session_routes(router, app);
  add_organisation_routes(router, app);
  add_member_routes(router, app);
  add_user_routes(router, app);
  add_account_routes(router, app);
  add_roster_io_routes(router, app);
  add_import_job_routes(router, app);
  add_import_template_routes(router, app);
  add_audit_routes(router, app);
  add_my_records_routes(router, app);
  add_statement_routes(router, app);
  add_record_routes(router, app);
  add_overview_routes(router, app);
  add_quiz_routes(router, app);
  add_approver_routes(router, app);
}

}  // namespace nc::server::handlers
