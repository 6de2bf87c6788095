#include "server/access/audit_note.h"

#include "domain/audit_actor.h"

namespace nc::server::access {

std::string actor_text(const domain::User& user) {
  return "user:" + std::to_string(user.id.value) + " (" + user.login + ")";
}

std::string client_address(const Request& request) {
  const std::string& r = request.remote;
  const auto colon = r.rfind(':');
  if (colon == std::string::npos) return r;
  return r.substr(0, colon);
}

store::AuditRecord audit_note(const Request& request, const Clock& clock, domain::AuditAction action,
                              std::string target, std::optional<domain::OrgId> scope,
                              std::optional<domain::MemberId> subject, std::string detail) {
  store::AuditRecord a;
  a.entry.time_us = clock();
  if (request.caller) {
    // The roles in effect: a lapsed member's member and branch roles are not.
    std::vector<domain::RoleGrant> grants;
    for (const domain::RoleGrant& g : request.caller->user.grants) {
      if (request.caller->member_on_roll || !domain::needs_linked_member(g.role)) grants.push_back(g);
    }
    a.entry.actor = domain::audit_actor_text(request.caller->user.id, request.caller->user.login, grants);
  } else {
    a.entry.actor = "anonymous";
  }
  a.entry.action = action.id();
  a.entry.target = std::move(target);
  a.entry.origin = client_address(request);
  a.entry.detail = std::move(detail);
  a.entry.scope = scope;
  a.entry.subject = subject;
  return a;
}

}  // namespace nc::server::access
