// netconduct import roster|hierarchy FILE: the operator at the server's
// machine imports a roster or hierarchy file (CSV or .xlsx) straight into
// the data directory: how an empty database gets its first organisations.
// The same reading, checks, report and all-or-nothing write as the HTTP
// import, without a user's scope: the operator may import everything. The
// write is audited as "cli:<os user>". Refuses while a server runs on the
// directory (it would not see the change).
//
// Exit: 0 the file is fine (imported, or a dry run that found no error);
// 1 rejected with errors, nothing imported; 2 anything else.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

#include "cli/input_file.h"
#include "cli/commands.h"
#include "cli/data_dir.h"
#include "domain/audit_actions.h"
#include "server/access/directory.h"
#include "server/clock.h"
#include "server/handlers/import_run.h"

namespace nc::cli {
namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{256} << 20;

struct ImportOptions {
  std::string kind;
  std::string data = "./var";
  std::string file;
  bool dry_run = false;
  bool json = false;
};

int fail(const std::string& message) {
  std::cerr << "netconduct import: " << message << "\n";
  return 2;
}

// The report as text: counts, warnings, then every error with its line.
void print_report(const nlohmann::json& report, const std::string& file, std::ostream& out) {
  out << file << ": " << report.value("format", "") << ", " << report.value("encoding", "") << "\n";
  out << "adds " << report.value("adds", 0) << ", updates " << report.value("updates", 0) << ", unchanged "
      << report.value("unchanged", 0) << "\n";
  for (const auto& w : report.value("warnings", nlohmann::json::array())) out << "warning: " << w.get<std::string>() << "\n";
  const auto errors = report.value("errors", nlohmann::json::array());
  for (const auto& e : errors) {
    out << "error: ";
    if (e.value("line", 0) > 0) out << "line " << e.value("line", 0) << ", ";
    if (!e.value("column", std::string()).empty()) out << e.value("column", std::string()) << ": ";
    out << e.value("message", std::string()) << "\n";
  }
}

int run_import(const ImportOptions& o) {
  const auto kind = server::handlers::parse_import_kind(o.kind);
  if (!kind) return fail("the first argument is roster or hierarchy, not '" + o.kind + "'");
  auto bytes = read_input(o.file, kMaxFileBytes);
  if (!bytes.ok()) return fail(bytes.status().message());
  auto lock = DataDirLock::acquire(o.data);
  if (!lock.ok()) return fail(lock.status().message());
  auto db = open_data_dir(o.data, true);
  if (!db.ok()) return fail(db.status().message());
  auto directory = server::access::Directory::load(*db);
  if (!directory.ok()) return fail("cannot load organisations and members: " + directory.status().message());

  server::App services;
  services.store = *db;
  services.directory = *directory;
  services.clock = server::Clock();
  server::handlers::ImportCall call;
  call.kind = *kind;
  call.dry_run = o.dry_run;
  call.actor = std::nullopt;  // the operator: no user's scope
  call.audit.entry.actor = cli_actor();
  call.audit.entry.action = (*kind == server::handlers::ImportKind::kRoster ? domain::AuditAction("roster.import")
                                                                            : domain::AuditAction("hierarchy.import"))
                                .id();
  call.audit.entry.target = o.kind;
  call.audit.entry.origin = "local";
  const server::access::JobResult result = server::handlers::run_import(services, call, *bytes, nullptr);

  const nlohmann::json& body = result.body;
  const nlohmann::json* report = body.contains("report") ? &body["report"] : body.contains("adds") ? &body : nullptr;
  if (o.json) {
    std::cout << (report ? report->dump(2, ' ', false, nlohmann::json::error_handler_t::replace) : body.dump()) << "\n";
  } else if (report) {
    print_report(*report, o.file, std::cout);
  }
  if (!report) {
    const auto& e = body.value("error", nlohmann::json::object());
    return fail(e.value("message", std::string("import failed")));
  }
  const bool ok = report->value("ok", false);
  if (!o.json) {
    if (!ok)
      std::cout << "rejected: " << report->value("errors", nlohmann::json::array()).size()
                << " error(s), nothing imported\n";
    else if (o.dry_run)
      std::cout << "dry run: the file is fine; nothing imported\n";
    else if (report->value("adds", 0) + report->value("updates", 0) == 0)
      std::cout << "nothing to change: every row is as stored\n";
    else
      std::cout << "imported\n";
  }
  std::cout.flush();
  return ok ? 0 : 1;
}

}  // namespace

void add_import_command(CLI::App& app, Runner* runner) {
  auto opts = std::make_shared<ImportOptions>();
  CLI::App* cmd = app.add_subcommand("import", "Import a roster or hierarchy file (CSV or .xlsx) into the data directory");
  cmd->add_option("kind", opts->kind, "roster or hierarchy")->required()->check(CLI::IsMember({"roster", "hierarchy"}));
  cmd->add_option("file", opts->file, "The file: CSV (UTF-8 or GB18030) or .xlsx")->required();
  cmd->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  cmd->add_flag("--dry-run", opts->dry_run, "Check the file and report; import nothing");
  cmd->add_flag("--json", opts->json, "Print the report as JSON");
  cmd->callback([runner, opts] { *runner = [opts] { return run_import(*opts); }; });
}

}  // namespace nc::cli
