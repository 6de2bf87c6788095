// netconduct: serve | rules | check | import | export | admin | audit | bench-data
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"netconduct — 党员网络行为规范管理平台"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "netconduct 0.1.0");
  nc::cli::Runner runner;
  nc::cli::add_rules_command(app, &runner);
  nc::cli::add_check_command(app, &runner);
  nc::cli::add_serve_command(app, &runner);
  nc::cli::add_admin_command(app, &runner);
  nc::cli::add_audit_command(app, &runner);
  nc::cli::add_import_command(app, &runner);
  nc::cli::add_export_command(app, &runner);
  nc::cli::add_extract_worker_command(app, &runner);
  nc::cli::add_bench_data_command(app, &runner);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return runner ? runner() : 2;
}
