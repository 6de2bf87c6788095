// netconduct admin create-user: creates an account from the command line,
// the way the first system administrator comes to exist. The password is
// read from stdin, never from the command line (it would show in `ps`).
#include <iostream>
#include <memory>
#include <regex>
#include <string>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "domain/audit_actions.h"
#include "domain/role.h"
#include "server/access/credentials.h"
#include "server/clock.h"

namespace nc::cli {
namespace {

struct CreateUserOptions {
  std::string data = "./var";
  std::string username;
  bool password_stdin = false;
  std::string role;
};

int fail(const std::string& message) {
  std::cerr << "netconduct admin: " << message << "\n";
  return 2;
}

int create_user(const CreateUserOptions& o) {
  if (!std::regex_match(o.username, std::regex("[A-Za-z0-9_.-]{3,32}"))) {
    return fail("--username wants 3 to 32 of A-Z a-z 0-9 _ . -");
  }
  if (!o.password_stdin) return fail("give the password on stdin with --password-stdin");
  std::vector<domain::RoleGrant> grants;
  if (!o.role.empty()) {
    auto role = domain::parse_role_id(o.role);
    if (role != domain::Role::kSystemAdmin) {
      return fail("only --role system_admin can be given here; grant scoped roles in the web UI");
    }
    grants.push_back({*role, {}});
  }
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (Status p = server::access::check_password_policy(password); !p.ok()) {
    return fail("the password needs at least 12 characters");
  }
  auto db = open_data_dir(o.data, true);
  if (!db.ok()) return fail(db.status().message());
  auto hash = server::access::hash_password(password);
  if (!hash.ok()) return fail(hash.status().message());
  store::StoredUser u;
  u.user.login = o.username;
  u.user.grants = grants;
  u.password_hash = *hash;
  u.created_us = server::system_now_us();
  store::AuditRecord note;
  note.entry.time_us = u.created_us;
  note.entry.actor = "cli";
  note.entry.action = domain::AuditAction("user.create").id();
  note.entry.origin = "local";
  note.entry.detail = "login=" + o.username + (o.role.empty() ? "" : " role=" + o.role);
  auto id = (*db)->create_user(u, note);
  if (!id.ok()) {
    if (id.status().code() == Code::kConflict) return fail("the username " + o.username + " is taken");
    return fail(id.status().message());
  }
  std::cout << "created user " << o.username << " (id " << id->value << ")" << std::endl;
  return 0;
}

}  // namespace

void add_admin_command(CLI::App& app, Runner* runner) {
  CLI::App* admin = app.add_subcommand("admin", "Administer accounts");
  admin->require_subcommand(1);
  auto opts = std::make_shared<CreateUserOptions>();
  CLI::App* cmd = admin->add_subcommand("create-user", "Create an account (the first system administrator)");
  cmd->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  cmd->add_option("--username", opts->username, "Login name")->required();
  cmd->add_flag("--password-stdin", opts->password_stdin, "Read the password from stdin (one line)");
  cmd->add_option("--role", opts->role, "Role to grant: system_admin");
  cmd->callback([runner, opts] { *runner = [opts] { return create_user(*opts); }; });
}

}  // namespace nc::cli
