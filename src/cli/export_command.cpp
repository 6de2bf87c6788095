// netconduct export roster|hierarchy --output FILE: the operator writes the
// roster or the hierarchy (of one organisation and everything below it, or
// of everything) as CSV or .xlsx, in the columns `import` reads. The file is
// created readable by its owner only; the export is audited as
// "cli:<os user>" before the file is written. Exit 0, or 2 on any error.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "domain/audit_actions.h"
#include "domain/export_table.h"
#include "server/access/directory.h"
#include "server/clock.h"
#include "server/handlers/statements_json.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::cli {
namespace {

struct ExportOptions {
  std::string kind;
  std::string data = "./var";
  std::string org;  // code; empty: everything
  std::string format = "csv";
  std::string output;
};

int fail(const std::string& message) {
  std::cerr << "netconduct export: " << message << "\n";
  return 2;
}

// Writes next to `path` and renames, so a reader never sees half a file.
Status write_private(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Error(Code::kStorage, "cannot create " + tmp + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      ::unlink(tmp.c_str());
      return Status::Error(Code::kStorage, "cannot write " + tmp);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return Status::Error(Code::kStorage, "cannot write " + path);
  }
  return Status::Ok();
}

int run_export(const ExportOptions& o) {
  auto db = open_data_dir(o.data, false);
  if (!db.ok()) return fail(db.status().message());
  auto directory = server::access::Directory::load(*db);
  if (!directory.ok()) return fail("cannot load organisations and members: " + directory.status().message());
  std::string error;
  std::string target = "all";
  const bool roster = o.kind == "roster";
  std::vector<domain::MemberId> exported;
  domain::ExportTable table = (*directory)->read([&](const domain::OrgTree& tree, const domain::Roster& members) {
    std::unordered_set<domain::OrgId> orgs;
    if (o.org.empty()) {
      for (const auto& org : tree.all()) orgs.insert(org.id);
    } else {
      const domain::Organisation* top = tree.find_code(o.org);
      if (!top) {
        error = "no organisation has the code " + o.org;
        return domain::ExportTable{};
      }
      target = "org:" + std::to_string(top->id.value);
      for (domain::OrgId id : tree.subtree(top->id)) orgs.insert(id);
    }
    if (!roster) return domain::hierarchy_export(tree, orgs);
    exported = domain::roster_export_members(members, orgs);
    // The statements on each member's entry go with it (column 说明), as over HTTP.
    auto notes = server::handlers::entry_statement_texts(**db, members, exported);
    if (!notes.ok()) {
      error = "cannot read statements: " + notes.status().message();
      return domain::ExportTable{};
    }
    return domain::roster_export(tree, members, orgs, [&](domain::MemberId m) {
      auto it = notes->find(m.value);
      return it == notes->end() ? std::string() : it->second;
    });
  });
  if (!error.empty()) return fail(error);
  std::string bytes;
  if (o.format == "xlsx") {
    auto written = spreadsheet::write_xlsx(table);
    if (!written.ok()) return fail(written.status().message());
    bytes = std::move(*written);
  } else {
    bytes = domain::to_csv(table);
  }
  store::AuditRecord note;
  note.entry.time_us = server::system_now_us();
  note.entry.actor = cli_actor();
  note.entry.action = (roster ? domain::AuditAction("roster.export") : domain::AuditAction("hierarchy.export")).id();
  note.entry.target = target;
  note.entry.origin = "local";
  note.entry.detail = (roster ? "members=" : "organisations=") + std::to_string(table.rows.size()) +
                      " format=" + o.format + " output=" + o.output;
  note.entry.subjects = std::move(exported);  // each member's 我的记录 lists the export
  if (Status s = (*db)->append_audit(note); !s.ok()) return fail("cannot write the audit entry: " + s.message());
  if (Status s = write_private(o.output, bytes); !s.ok()) return fail(s.message());
  std::cout << "wrote " << table.rows.size() << (roster ? " member(s)" : " organisation(s)") << " to " << o.output
            << std::endl;
  return 0;
}

}  // namespace

void add_export_command(CLI::App& app, Runner* runner) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Export the roster or the hierarchy as CSV or .xlsx");
  cmd->add_option("kind", opts->kind, "roster or hierarchy")->required()->check(CLI::IsMember({"roster", "hierarchy"}));
  cmd->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  cmd->add_option("--org", opts->org, "Code of the organisation to export with everything below it (default: all)");
  cmd->add_option("--format", opts->format, "csv or xlsx")->capture_default_str()->check(CLI::IsMember({"csv", "xlsx"}));
  cmd->add_option("--output", opts->output, "The file to write")->required();
  cmd->callback([runner, opts] { *runner = [opts] { return run_export(*opts); }; });
}

}  // namespace nc::cli
