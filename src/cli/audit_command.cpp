// netconduct audit verify: checks the audit log's hash chain. Exit 0 when
// intact, 1 with every broken entry listed, 2 when the log cannot be read.
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "domain/audit_chain.h"
#include "domain/log_text.h"

namespace nc::cli {
namespace {

struct VerifyOptions {
  std::string data = "./var";
};

int verify(const VerifyOptions& o) {
  auto db = open_data_dir(o.data, false);
  if (!db.ok()) {
    std::cerr << "netconduct audit: " << db.status().message() << "\n";
    return 2;
  }
  auto chain = (*db)->audit_chain();
  if (!chain.ok()) {
    std::cerr << "netconduct audit: " << chain.status().message() << "\n";
    return 2;
  }
  const domain::VerifyReport report = domain::verify_chain(*chain);
  if (report.ok()) {
    std::cout << "audit log intact: " << report.entries << " entries" << std::endl;
    return 0;
  }
  std::cout << "audit log BROKEN: " << report.issues.size() << " problem(s) in " << report.entries << " entries\n";
  for (const domain::AuditIssue& issue : report.issues) {
    std::cout << "seq " << issue.seq;
    if (issue.last_seq != issue.seq) std::cout << ".." << issue.last_seq;
    std::cout << "\t" << domain::issue_kind_id(issue.kind) << "\t" << domain::escape_log_field(issue.message) << "\n";
  }
  std::cout.flush();
  return 1;
}

}  // namespace

void add_audit_command(CLI::App& app, Runner* runner) {
  CLI::App* audit = app.add_subcommand("audit", "Audit log tools");
  audit->require_subcommand(1);
  auto opts = std::make_shared<VerifyOptions>();
  CLI::App* cmd = audit->add_subcommand("verify", "Verify the audit log's hash chain");
  cmd->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  cmd->callback([runner, opts] { *runner = [opts] { return verify(*opts); }; });
}

}  // namespace nc::cli
