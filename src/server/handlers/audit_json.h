// Audit entries as people read them (审计日志, its export, 我的记录's
// 谁查看过): the action by its Chinese name (domain/audit_actions.h), the
// actor by name with the roles in effect when they acted
// (domain/audit_actor.h), the target by name. Organisations and members are
// named only where the reader may see them (`visible_org`, and
// authorize(member.read)); the actor is named for what they did, as the
// audit log is about them.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/authorization.h"
#include "domain/org_tree.h"
#include "domain/roster.h"
#include "server/app.h"
#include "store/access_records.h"

namespace nc::server::handlers {

class AuditNames {
 public:
  // Reads the accounts `entries` name (actors and "user:N" targets) from the
  // store: one read per distinct account, so a page of at most 200 entries
  // costs at most 400 reads. Call outside the Directory's lock.
  static Result<AuditNames> load(const App& s, const std::vector<store::AuditRecord>& entries);

  struct Who {
    std::string name;   // "王芳", else the login, "未登录" for anonymous
    std::string roles;  // "支部书记、审计员"; empty when none was recorded
    std::optional<std::uint32_t> user;
  };
  Who actor(const std::string& actor_text, const domain::Roster& roster) const;

  // The target in words, or "" when it names nothing a person would read.
  // `visible_org` says which organisations the reader may see.
  std::string target(const std::string& target_text, const domain::OrgTree& tree, const domain::Roster& roster,
                     const domain::Actor& reader, const std::function<bool(domain::OrgId)>& visible_org) const;

  // {seq, time, actor, actor_name, actor_roles, action, action_name, target,
  //  target_name, origin, detail}
  nlohmann::json entry(const store::AuditRecord& a, const domain::OrgTree& tree, const domain::Roster& roster,
                       const domain::Actor& reader, const std::function<bool(domain::OrgId)>& visible_org) const;

 private:
  std::unordered_map<std::uint32_t, domain::User> users_;
};

// The Chinese name of an action id; the id itself for one not in the table.
std::string action_name_or_id(const std::string& id);

}  // namespace nc::server::handlers
