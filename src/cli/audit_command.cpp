// netconduct audit: the audit log's tools.
//   verify      checks the hash chain against the checkpoints stored with it and
//               any kept elsewhere (--checkpoint FILE, as downloaded from
//               GET /api/v1/audit/checkpoints?format=text): exit 0 intact, 1 with
//               every problem listed, 2 when something cannot be read.
//   checkpoint  signs the chain's head now and prints the checkpoint line.
//   keygen      creates the server's signing key (never replaces one).
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/data_dir.h"
#include "cli/signing_key.h"
#include "domain/audit_chain.h"
#include "domain/checkpoint_signature.h"
#include "domain/log_text.h"
#include "server/access/checkpointer.h"
#include "server/clock.h"

namespace nc::cli {
namespace {

struct AuditOptions {
  std::string data = "./var";
  std::string signing_key;  // empty: DIR/audit-signing.key
  std::vector<std::string> checkpoint_files;
};

int fail(const std::string& message) {
  std::cerr << "netconduct audit: " << message << "\n";
  return 2;
}

struct Problem {
  std::uint64_t seq = 0, last_seq = 0;
  std::string kind, message;
};

// Checkpoints whose signature holds under `key` join `good`; the others are problems.
void check_signatures(const std::vector<domain::SignedCheckpoint>& list, const domain::PublicKey& key,
                      const std::string& where, std::vector<domain::Checkpoint>& good, std::vector<Problem>& problems) {
  for (const auto& c : list) {
    if (domain::verify_checkpoint(c, key)) {
      good.push_back(c.checkpoint);
    } else {
      problems.push_back({c.checkpoint.seq, c.checkpoint.seq, "bad_signature", "checkpoint " + where + " is not signed by the key"});
    }
  }
}

int verify(const AuditOptions& o) {
  auto db = open_data_dir(o.data, false);
  if (!db.ok()) return fail(db.status().message());
  auto chain = (*db)->audit_chain();
  if (!chain.ok()) return fail(chain.status().message());
  auto stored = (*db)->list_checkpoints();
  if (!stored.ok()) return fail(stored.status().message());

  std::optional<domain::PublicKey> server_key;
  if (auto seed = load_signing_key(signing_key_path(o.data, o.signing_key)); seed.ok()) {
    server_key = domain::public_key_for(*seed);
  } else if (seed.status().code() != Code::kNotFound) {
    return fail(seed.status().message());
  }

  std::vector<domain::Checkpoint> checkpoints;
  std::vector<Problem> problems;
  if (server_key) {
    check_signatures(*stored, *server_key, "stored in the database", checkpoints, problems);
  } else if (!stored->empty()) {
    std::cerr << "netconduct audit: no signing key at " << signing_key_path(o.data, o.signing_key).string()
              << ": stored checkpoints are used unverified\n";
    for (const auto& c : *stored) checkpoints.push_back(c.checkpoint);
  }
  std::size_t kept = 0;
  for (const std::string& path : o.checkpoint_files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot read " + path);
    std::stringstream text;
    text << in.rdbuf();
    auto file = domain::parse_checkpoint_file(text.str());
    if (!file.ok()) return fail(path + ": " + file.status().message());
    // The key the auditor kept with the file decides; a server key that
    // differs from it means the server's key was replaced.
    const std::optional<domain::PublicKey> key = file->key ? file->key : server_key;
    if (!key) return fail(path + " names no public key and the data directory has none");
    if (file->key && server_key && *file->key != *server_key) {
      problems.push_back({0, 0, "key_changed", "the data directory's signing key is not the one " + path + " names"});
    }
    check_signatures(file->checkpoints, *key, "in " + path, checkpoints, problems);
    kept += file->checkpoints.size();
  }

  const domain::VerifyReport report = domain::verify_chain(*chain, domain::kGenesis, checkpoints);
  for (const domain::AuditIssue& issue : report.issues) {
    problems.push_back({issue.seq, issue.last_seq, std::string(domain::issue_kind_id(issue.kind)), issue.message});
  }
  if (problems.empty()) {
    std::cout << "audit log intact: " << report.entries << " entries, " << stored->size() << " stored checkpoint(s)";
    if (!o.checkpoint_files.empty()) std::cout << ", " << kept << " kept checkpoint(s)";
    std::cout << std::endl;
    return 0;
  }
  std::cout << "audit log BROKEN: " << problems.size() << " problem(s) in " << report.entries << " entries\n";
  for (const Problem& p : problems) {
    std::cout << "seq " << p.seq;
    if (p.last_seq != p.seq) std::cout << ".." << p.last_seq;
    std::cout << "\t" << p.kind << "\t" << domain::escape_log_field(p.message) << "\n";
  }
  std::cout.flush();
  return 1;
}

int checkpoint(const AuditOptions& o) {
  auto db = open_data_dir(o.data, false);
  if (!db.ok()) return fail(db.status().message());
  auto seed = load_signing_key(signing_key_path(o.data, o.signing_key));
  if (!seed.ok()) return fail(seed.status().message() + " (netconduct audit keygen creates one)");
  server::access::Checkpointer checkpointer(*db, *seed, server::Clock());
  auto taken = checkpointer.take();
  if (!taken.ok()) return fail(taken.status().message());
  if (!*taken) {
    std::cerr << "netconduct audit: the audit log is empty; nothing to checkpoint\n";
    return 0;
  }
  std::cout << domain::format_checkpoint(**taken) << std::endl;
  return 0;
}

int keygen(const AuditOptions& o) {
  auto seed = create_signing_key(signing_key_path(o.data, o.signing_key));
  if (!seed.ok()) return fail(seed.status().message());
  std::cout << "public-key " << domain::public_key_hex(domain::public_key_for(*seed)) << std::endl;
  return 0;
}

}  // namespace

void add_audit_command(CLI::App& app, Runner* runner) {
  CLI::App* audit = app.add_subcommand("audit", "Audit log tools");
  audit->require_subcommand(1);
  auto opts = std::make_shared<AuditOptions>();

  CLI::App* v = audit->add_subcommand("verify", "Verify the audit log's hash chain and checkpoints");
  v->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  v->add_option(
      "--checkpoint,--checkpoints", opts->checkpoint_files,
      "A file of checkpoints kept elsewhere, as serve --checkpoint-to writes or the download gives (repeatable)");
  v->add_option("--signing-key", opts->signing_key, "The signing key file (default: DIR/audit-signing.key)");
  v->callback([runner, opts] { *runner = [opts] { return verify(*opts); }; });

  CLI::App* c = audit->add_subcommand("checkpoint", "Sign the audit log's head now and print the checkpoint");
  c->add_option("--data", opts->data, "Data directory (holds netconduct.db)")->capture_default_str();
  c->add_option("--signing-key", opts->signing_key, "The signing key file (default: DIR/audit-signing.key)");
  c->callback([runner, opts] { *runner = [opts] { return checkpoint(*opts); }; });

  CLI::App* k = audit->add_subcommand("keygen", "Create the audit signing key (never replaces one)");
  k->add_option("--data", opts->data, "Data directory")->capture_default_str();
  k->add_option("--signing-key", opts->signing_key, "Where to create the key (default: DIR/audit-signing.key)");
  k->callback([runner, opts] { *runner = [opts] { return keygen(*opts); }; });
}

}  // namespace nc::cli
