#include "domain/audit_actions.h"

namespace nc::domain {

namespace detail {
void unnamed_audit_action() {}
}  // namespace detail

std::optional<std::string_view> audit_action_name(std::string_view id) {
  for (const AuditActionInfo& a : kAuditActions) {
    if (a.id == id) return a.name;
  }
  return std::nullopt;
}

}  // namespace nc::domain
