// Builds audit entries for what a request did: who (the caller, or the
// account name tried at login), from where, what and to which target.
#pragma once

#include <optional>
#include <string>

#include "domain/audit_actions.h"
#include "domain/ids.h"
#include "server/clock.h"
#include "server/request.h"
#include "store/access_records.h"

namespace nc::server::access {

// "user:12 (zhangsan)"
std::string actor_text(const domain::User& user);
// The peer's address without the port ("127.0.0.1", "::1").
std::string client_address(const Request& request);

store::AuditRecord audit_note(const Request& request, const Clock& clock, domain::AuditAction action,
                              std::string target, std::optional<domain::OrgId> scope = std::nullopt,
                              std::optional<domain::MemberId> subject = std::nullopt, std::string detail = "");

}  // namespace nc::server::access
