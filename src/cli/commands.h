// Each subcommand registers itself on the CLI11 app and runs when chosen.
// Exit codes: 0 success, 1 "found something" (check) or "rejected" (import), 2 error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace nc::cli {

// A registered subcommand returns the function to run when it was chosen.
using Runner = std::function<int()>;

void add_rules_command(CLI::App& app, Runner* runner);
void add_check_command(CLI::App& app, Runner* runner);
void add_serve_command(CLI::App& app, Runner* runner);
void add_admin_command(CLI::App& app, Runner* runner);  // admin_command.cpp
void add_audit_command(CLI::App& app, Runner* runner);  // audit_command.cpp
void add_import_command(CLI::App& app, Runner* runner);  // import_command.cpp
void add_export_command(CLI::App& app, Runner* runner);  // export_command.cpp
// Hidden: the child process of server::ExtractSandbox.
void add_extract_worker_command(CLI::App& app, Runner* runner);  // extract_worker_command.cpp
void add_bench_data_command(CLI::App& app, Runner* runner);  // bench_data_command.cpp

}  // namespace nc::cli
