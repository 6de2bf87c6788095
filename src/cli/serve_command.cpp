// netconduct serve: opens the data directory, stores any new shipped rulebook
// version, loads every stored version and serves the UI and the HTTP API
// until SIGINT/SIGTERM.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "check/engine.h"
#include "check/engine_cache.h"
#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/demo_data.h"
#include "cli/signing_key.h"
#include "rulebook/loader.h"
#include "server/app.h"
#include "server/http_server.h"
#include "store/sqlite_store.h"

namespace nc::cli {
namespace {

namespace fs = std::filesystem;

struct ServeOptions {
  std::string data = "./var";
  // A database other than the embedded SQLite file in `data`: postgresql://…
  // is refused until every area of the store runs on PostgreSQL (issue 12).
  std::string database;
  std::string listen = "127.0.0.1:8080";
  bool demo = false;
  std::string web = NC_DEFAULT_WEB_DIR;
  std::string rulebooks = std::string(NC_DEFAULT_DATA_DIR) + "/rulebooks";
  int threads = 0;  // 0: the default (16)
  bool secure_cookies = false;
  int max_failed_per_address = 1000;
  int max_failed_per_account = 100;
  int extract_memory_mb = 768;    // RLIMIT_AS of a child reading a PDF or an image
  int extract_timeout = 40;       // seconds before such a child is killed
  int checkpoint_interval = 3600;  // seconds between signed audit checkpoints; 0: only at start and stop
  std::string signing_key;         // empty: DATA/audit-signing.key
  std::string checkpoint_to;       // a file each checkpoint is appended to as it is made
  std::string time_zone = server::TimeZone::kChinaId;  // "today" for everything dated by day
  std::string test_clock_file;     // NC_TEST_HOOKS builds only
  bool test_print_routes = false;  // NC_TEST_HOOKS builds only
};

int fail(const std::string& message) {
  std::cerr << "netconduct serve: " << message << "\n";
  return 2;
}

// "127.0.0.1:8080", "[::1]:8080" → address and port.
bool split_listen(const std::string& listen, std::string* address, uint16_t* port) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) return false;
  std::string host = listen.substr(0, colon);
  if (host.front() == '[') {
    if (host.size() < 3 || host.back() != ']') return false;
    host = host.substr(1, host.size() - 2);
  }
  const std::string digits = listen.substr(colon + 1);
  if (digits.size() > 5 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const long p = std::stol(digits);
  if (p > 65535) return false;
  *address = host;
  *port = static_cast<uint16_t>(p);
  return true;
}

void set_up_logging() {
  // Logs go to stderr; stdout carries only what scripts read (the listening line).
  auto main_log = spdlog::stderr_color_mt("netconduct");
  spdlog::set_default_logger(main_log);
  spdlog::stderr_color_mt("access");
}

int run_serve(const ServeOptions& o) {
  if (!o.database.empty()) {
    if (o.database.rfind("postgresql://", 0) == 0 || o.database.rfind("postgres://", 0) == 0) {
      return fail(
          "--database postgresql://... is not available yet: the PostgreSQL store is being built one area at a time"
          " (accounts and sessions so far) and serves nothing until every area runs on it (docs/architecture.md)."
          " Use the embedded SQLite store: --data DIR");
    }
    return fail("--database wants a postgresql:// URI; the embedded SQLite store is chosen with --data DIR");
  }
  std::string address;
  uint16_t port = 0;
  if (!split_listen(o.listen, &address, &port)) {
    return fail("--listen wants ADDRESS:PORT, such as 127.0.0.1:8080, not '" + o.listen + "'");
  }
  if (!spdlog::get("access")) set_up_logging();

  const fs::path db_file = fs::path(o.data) / "netconduct.db";
  auto lock = DataDirLock::acquire(o.data);
  if (!lock.ok()) return fail(lock.status().message());
  auto opened = open_data_dir(o.data, true);
  if (!opened.ok()) return fail(opened.status().message());
  std::shared_ptr<store::SqliteStore> db = *opened;

  // Shipped rulebooks: store every version not stored yet.
  auto shipped = rulebook::read_directory(o.rulebooks);
  if (!shipped.ok()) return fail("cannot read rulebooks from " + o.rulebooks + ": " + shipped.status().message());
  for (const rulebook::RulebookSource& source : *shipped) {
    auto built = rulebook::build(source);
    if (!built.ok()) return fail("rulebook " + source.id + " in " + o.rulebooks + ": " + built.status().message());
    auto put = db->put_rulebook_source(source, *built);
    if (!put.ok()) return fail("cannot store rulebook " + source.id + ": " + put.status().message());
    if (*put == store::PutOutcome::Inserted) {
      spdlog::info("stored rulebook {} effective {}", source.id, source.effective_date);
    } else if (*put == store::PutOutcome::MetadataUpdated) {
      spdlog::info("updated annotations of rulebook {} effective {}", source.id, source.effective_date);
    }
  }

  // Serve what the store holds: every version ever stored.
  auto stored = db->list_rulebook_sources();
  if (!stored.ok()) return fail(stored.status().message());
  std::vector<rulebook::Rulebook> rulebooks;
  for (const store::StoredRulebookSource& s : *stored) {
    auto built = rulebook::build(s.source);
    if (!built.ok()) {
      return fail("stored rulebook " + s.source.id + " effective " + s.source.effective_date +
                  " no longer builds: " + built.status().message());
    }
    rulebooks.push_back(std::move(built).value());
  }
  auto catalogue = std::make_shared<const server::Catalogue>(std::move(rulebooks));
  spdlog::info("loaded {} rulebook version(s) from {}", stored->size(), db_file.string());

  // People, organisations and access (issue 4).
  auto directory = server::access::Directory::load(db);
  if (!directory.ok()) return fail("cannot load organisations and members: " + directory.status().message());
  auto zone = server::TimeZone::named(o.time_zone);
  if (!zone.ok()) return fail("--time-zone: " + zone.status().message());
  auto app = std::make_shared<server::App>();
  app->clock = server::Clock(o.test_clock_file.empty() ? server::Clock::Source(server::system_now_us)
                                                      : server::offset_file_clock(o.test_clock_file),
                             *zone);
  server::access::SessionPolicy policy;
  policy.secure_cookies = o.secure_cookies;
  policy.max_failed_per_address = o.max_failed_per_address;
  policy.max_failed_per_account = o.max_failed_per_account;
  app->store = db;
  app->sessions = std::make_shared<server::access::Sessions>(db, app->clock, policy);
  app->directory = *directory;
  app->import_jobs = std::make_shared<server::access::ImportJobs>(server::access::ImportJobs::Options{}, app->clock);
  app->catalogue = catalogue;
  // Signed audit checkpoints: the key is made on first start (mode 0600).
  auto seed = load_or_create_signing_key(signing_key_path(o.data, o.signing_key));
  if (!seed.ok()) return fail("audit signing key: " + seed.status().message());
  app->checkpoints = std::make_shared<server::access::Checkpointer>(db, *seed, app->clock);
  if (!o.checkpoint_to.empty()) {
    if (Status s = app->checkpoints->append_to(o.checkpoint_to); !s.ok()) return fail("--checkpoint-to: " + s.message());
  }

  // Before the listening line, so whoever waits for that line has the logins.
  if (o.demo) {
    if (Status s = load_demo(*db, **directory, app->clock.today(), std::cout); !s.ok()) return fail("demo data: " + s.message());
  }

  auto dictionaries = server::OrgDictionaries::load(db);
  if (!dictionaries.ok()) return fail("cannot load organisation dictionaries: " + dictionaries.status().message());
  app->dictionaries = *dictionaries;
  // Self-check: the detector engine is compiled once here and shared by every
  // thread; engines with organisation dictionaries once per set of terms.
  auto engine = check::Engine::create();
  if (!engine.ok()) return fail("cannot build the self-check engine: " + engine.status().message());
  app->engines = std::make_shared<check::EngineCache>(*engine);
  // PDF and OCR are read in child processes under these limits (server/extract_sandbox.h).
  app->extract_sandbox.memory_bytes = static_cast<std::size_t>(o.extract_memory_mb) << 20;
  app->extract_sandbox.wall_time = std::chrono::seconds(o.extract_timeout);
  app->extract_sandbox.cpu_time = std::chrono::seconds(o.extract_timeout);
  auto web = std::make_shared<const server::StaticFiles>(o.web);
  if (web->has_root()) {
    app->web = web;
  } else {
    spdlog::warn("web directory {} not found: serving the API only", o.web);
  }
  const std::shared_ptr<server::Router> router = server::make_router(app);

  if (o.test_print_routes) {
    // For the authorization-matrix test: every route of this very router.
    for (const auto& route : router->routes()) {
      const char* access = route.access == server::Access::kPublic  ? "public"
                           : route.access == server::Access::kLogin ? "login"
                                                                    : "session";
      std::cout << "route " << route.method << " " << route.pattern << " " << access << "\n";
    }
  }
  if (auto taken = app->checkpoints->take(); !taken.ok()) {
    return fail("cannot checkpoint the audit log: " + taken.status().message());
  }
  app->checkpoints->start(std::chrono::seconds(o.checkpoint_interval));

  server::ServerOptions options;
  options.address = address;
  options.port = port;
  // More threads than cores: a handler waits on the disk (reads, and the
  // fdatasync of its audit entry), and while it waits another thread's
  // request runs and its entry joins the next group commit. At 16 clients
  // on 2 cores, 16 threads served twice the register pages of 2, p99 31 ms
  // against 72–122 ms (docs/benchmarks.md). 16 is also the store's number
  // of reader connections.
  options.threads = o.threads > 0 ? o.threads : 16;
  server::HttpServer http(options, router, spdlog::get("access"));
  if (Status s = http.listen(); !s.ok()) return fail(s.message());

  const std::string host = address.find(':') != std::string::npos ? "[" + address + "]" : address;
  std::cout << "netconduct listening on http://" << host << ":" << http.port() << "/" << std::endl;
  if (o.demo) std::cout << "netconduct: demo mode (for trying out only; do not use with real data)" << std::endl;

  http.run();
  app->checkpoints->stop();
  if (auto taken = app->checkpoints->take(); !taken.ok()) {
    spdlog::error("final audit checkpoint failed: {}", taken.status().message());
  }
  spdlog::info("stopped");
  spdlog::default_logger()->flush();
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, Runner* runner) {
  auto opts = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the web UI and the HTTP API");
  cmd->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  cmd->add_option("--database", opts->database,
                  "postgresql://... (not available yet: the PostgreSQL store is being built); default: SQLite in --data");
  cmd->add_option("--listen", opts->listen, "Address and port, ADDRESS:PORT (port 0: any free port)")
      ->capture_default_str();
  cmd->add_flag("--demo", opts->demo, "Demo mode");
  cmd->add_option("--web", opts->web, "Directory of the built UI")->capture_default_str();
  cmd->add_option("--rulebooks", opts->rulebooks, "Directory of shipped rulebooks")->capture_default_str();
  cmd->add_option("--threads", opts->threads, "Server threads (default: 16)")->check(CLI::Range(1, 256));
  cmd->add_flag("--secure-cookies", opts->secure_cookies,
                "Behind TLS: name the session cookie __Host-nc_session and mark it Secure");
  cmd->add_option("--max-failed-logins-per-address", opts->max_failed_per_address,
                  "Failed logins per client address per hour before 429")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--max-failed-logins-per-account", opts->max_failed_per_account,
                  "Failed logins and re-authentications per account per hour before 429")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--time-zone", opts->time_zone,
                  "IANA time zone that decides today's date (rulebook in force, dates of changes, due dates)")
      ->capture_default_str();
  cmd->add_option("--extract-memory-mb", opts->extract_memory_mb,
                  "Address space (MiB) of the child process that reads one uploaded PDF or image")
      ->check(CLI::Range(128, 65536))
      ->capture_default_str();
  cmd->add_option("--extract-timeout", opts->extract_timeout,
                  "Seconds (wall clock and CPU) before the child reading one PDF or image is killed")
      ->check(CLI::Range(1, 600))
      ->capture_default_str();
  cmd->add_option("--checkpoint-interval", opts->checkpoint_interval,
                  "Seconds between signed audit checkpoints (0: only at start and stop)")
      ->capture_default_str()
      ->check(CLI::Range(0, 365 * 86400));
  cmd->add_option("--signing-key", opts->signing_key,
                  "The audit signing key file, created on first start (default: DATA/audit-signing.key); keep it"
                  " outside the data directory");
  cmd->add_option("--checkpoint-to", opts->checkpoint_to,
                  "Append each signed audit checkpoint to this file as it is made (outside the data directory,"
                  " ideally append-only storage); audit verify --checkpoint reads it");
#ifdef NC_TEST_HOOKS
  cmd->add_option("--test-clock-file", opts->test_clock_file,
                  "Tests only: a file holding seconds to add to the clock");
  cmd->add_flag("--test-print-routes", opts->test_print_routes,
                "Tests only: print every route (\"route METHOD PATTERN\") before the listening line");
#endif
  cmd->callback([runner, opts] {
    *runner = [opts] {
      try {
        return run_serve(*opts);
      } catch (const std::exception& e) {
        return fail(e.what());
      }
    };
  });
}

}  // namespace nc::cli
