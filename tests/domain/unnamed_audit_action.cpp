// Compiled by ctest, not linked: with NC_NAMED it names an action of the
// table and compiles; without, an id missing from the table must not compile
// (audit_action_unnamed_does_not_compile).
#include "domain/audit_actions.h"

#ifdef NC_NAMED
constexpr nc::domain::AuditAction kAction("member.read");
#else
constexpr nc::domain::AuditAction kAction("member.reed");
#endif

int main() { return kAction.id().empty() ? 1 : 0; }
