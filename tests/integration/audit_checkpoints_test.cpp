// Signed audit checkpoints end to end: the key serve makes (mode 0600), the
// periodic checkpoints it writes, GET /api/v1/audit/checkpoints for auditors
// (JSON and the downloadable file), `audit checkpoint` and `audit keygen`,
// and `audit verify` catching alteration, removal, reordering and — only with
// checkpoints kept elsewhere — truncation of the log's tail.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "demo_server.h"
#include "domain/checkpoint_signature.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

void sql(const fs::path& data, const std::string& statement) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((data / "netconduct.db").c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &error);
  EXPECT_EQ(rc, SQLITE_OK) << statement << ": " << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

long long sql_number(const fs::path& data, const std::string& query) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2((data / "netconduct.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return -1;
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* st = nullptr;
  long long v = -1;
  if (sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

struct CliRun {
  int code = 0;
  std::string out, err;
};

CliRun netconduct(std::vector<std::string> args) {
  CliRun r;
  r.code = run_netconduct(args, &r.out, &r.err);
  return r;
}

CliRun verify(const fs::path& data, const std::optional<fs::path>& kept = std::nullopt) {
  std::vector<std::string> args = {"audit", "verify", "--data", data.string()};
  if (kept) {
    args.push_back("--checkpoint");
    args.push_back(kept->string());
  }
  return netconduct(args);
}

// One server for the suite; its data directory is copied for each tampering.
class AuditCheckpoints : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new DemoServer("checkpoints", {"--checkpoint-interval", "1"});
    if (!server_->started()) return;
    auditor_ = new Session(server_->login("auditor"));  // on the root: sees the whole chain
    // A few entries, then wait (hang guard only) for the periodic checkpoint
    // to catch up with them without anyone asking for one.
    for (int i = 0; i < 3; ++i) server_->login("member");
    // Entries about a member: one by its member column, one by its subjects (an export).
    Session secretary = server_->login("secretary");
    server_->call(secretary, "GET", "/api/v1/members/7");
    server_->call(secretary, "GET", "/api/v1/export/roster?org=3");
    const fs::path data = server_->data_dir();
    const long long head = sql_number(data, "SELECT MAX(seq) FROM audit_log");
    for (int i = 0; i < 600 && sql_number(data, "SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints") < head; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    periodic_ok_ = sql_number(data, "SELECT COALESCE(MAX(seq), 0) FROM audit_checkpoints") >= head;
    HttpResult file = server_->call(*auditor_, "GET", "/api/v1/audit/checkpoints?format=text");
    download_ = new HttpResult(file);
    kept_ = new fs::path(server_->base() / "kept-checkpoints.txt");
    std::ofstream(*kept_, std::ios::binary) << file.body;
    report_ = new std::string(server_->stop_and_report());
  }
  static void TearDownTestSuite() {
    delete auditor_;
    delete download_;
    delete kept_;
    delete report_;
    delete server_;
  }
  void SetUp() override {
    ASSERT_TRUE(server_->started()) << server_->process().stderr_text();
    EXPECT_EQ(*report_, "");
  }
  // A copy of the stopped server's data directory to tamper with.
  fs::path copy(const std::string& name) {
    fs::path to = server_->base() / ("copy-" + name);
    fs::remove_all(to);
    fs::copy(server_->data_dir(), to, fs::copy_options::recursive);
    return to;
  }

  static DemoServer* server_;
  static Session* auditor_;
  static HttpResult* download_;
  static fs::path* kept_;
  static std::string* report_;
  static bool periodic_ok_;
};
DemoServer* AuditCheckpoints::server_ = nullptr;
Session* AuditCheckpoints::auditor_ = nullptr;
HttpResult* AuditCheckpoints::download_ = nullptr;
fs::path* AuditCheckpoints::kept_ = nullptr;
std::string* AuditCheckpoints::report_ = nullptr;
bool AuditCheckpoints::periodic_ok_ = false;

TEST_F(AuditCheckpoints, ServeMadeAPrivateKeyAndCheckpointsOnItsOwn) {
  struct stat st {};
  ASSERT_EQ(::stat((server_->data_dir() / "audit-signing.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_TRUE(periodic_ok_) << "the periodic checkpoint never reached the log's head";
}

TEST_F(AuditCheckpoints, TheDownloadIsASignedFileThatCoversTheLog) {
  ASSERT_EQ(download_->status, 200) << download_->body;
  EXPECT_EQ(download_->headers["content-type"], "text/plain; charset=utf-8");
  EXPECT_NE(download_->headers["content-disposition"].find("attachment"), std::string::npos);
  auto file = domain::parse_checkpoint_file(download_->body);
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_TRUE(file->key.has_value());
  ASSERT_FALSE(file->checkpoints.empty());
  for (const auto& c : file->checkpoints) EXPECT_TRUE(domain::verify_checkpoint(c, *file->key)) << c.checkpoint.seq;
  // The newest covers the download itself (logged before signing).
  const long long download_seq =
      sql_number(server_->data_dir(), "SELECT MAX(seq) FROM audit_log WHERE action = 'audit.checkpoints'");
  EXPECT_GE(static_cast<long long>(file->checkpoints.back().checkpoint.seq), download_seq);
}

TEST_F(AuditCheckpoints, AnIntactLogVerifiesWithAndWithoutTheKeptFile) {
  CliRun r = verify(server_->data_dir());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  r = verify(server_->data_dir(), *kept_);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("kept checkpoint"), std::string::npos) << r.out;
}

TEST_F(AuditCheckpoints, AnAlteredEntryIsCaught) {
  fs::path d = copy("altered");
  sql(d, "UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3");
  CliRun r = verify(d);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("seq 3\taltered"), std::string::npos) << r.out;
}

// Issue 8, item 5: the columns that index the log for 我的记录 and for
// auditors' scopes, and the export's subject rows, are in the hash too.
TEST_F(AuditCheckpoints, TheMemberAndOrganisationColumnsAndTheSubjectRowsAreCovered) {
  ASSERT_GT(sql_number(server_->data_dir(), "SELECT COUNT(*) FROM audit_log WHERE subject_member = 7"), 0);
  ASSERT_GT(sql_number(server_->data_dir(), "SELECT COUNT(*) FROM audit_subjects WHERE member_id = 7"), 0);
  const std::pair<std::string, std::string> tamperings[] = {
      {"subject", "UPDATE audit_log SET subject_member = NULL WHERE subject_member = 7"},
      {"scope", "UPDATE audit_log SET scope_org = NULL WHERE scope_org IS NOT NULL"},
      {"subject-deleted", "DELETE FROM audit_subjects WHERE member_id = 7"},
      {"subject-added", "INSERT INTO audit_subjects (seq, member_id) SELECT MAX(seq), 99 FROM audit_log"},
  };
  for (const auto& [name, statement] : tamperings) {
    fs::path d = copy(name);
    sql(d, statement);
    CliRun r = verify(d, *kept_);
    EXPECT_EQ(r.code, 1) << name << ": " << r.out;
    EXPECT_NE(r.out.find("\taltered\t"), std::string::npos) << name << ": " << r.out;
  }
}

TEST_F(AuditCheckpoints, ARemovedEntryIsCaught) {
  fs::path d = copy("removed");
  sql(d, "DELETE FROM audit_log WHERE seq = 4");
  CliRun r = verify(d);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("seq 4\tremoved"), std::string::npos) << r.out;
}

TEST_F(AuditCheckpoints, TwoEntriesSwappedAreCaught) {
  fs::path d = copy("reordered");
  sql(d, "UPDATE audit_log SET seq = -1 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = 6;"
         " UPDATE audit_log SET seq = 6 WHERE seq = -1");
  CliRun r = verify(d);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("seq 5\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("seq 6\t"), std::string::npos) << r.out;
}

TEST_F(AuditCheckpoints, ACutShortLogIsCaughtByTheStoredCheckpoints) {
  fs::path d = copy("truncated-naive");
  sql(d, "DELETE FROM audit_log WHERE seq > 10");
  CliRun r = verify(d);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("seq 11.."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("truncated"), std::string::npos) << r.out;
}

TEST_F(AuditCheckpoints, ACutShortLogWhoseCheckpointsWentTooIsCaughtOnlyByTheKeptFile) {
  fs::path d = copy("truncated");
  // A clean cut takes the entries' subject rows too (left behind, they would tell).
  sql(d,
      "DELETE FROM audit_log WHERE seq > 10; DELETE FROM audit_checkpoints WHERE seq > 10;"
      " DELETE FROM audit_subjects WHERE seq > 10");
  CliRun alone = verify(d);
  EXPECT_EQ(alone.code, 0) << "without checkpoints kept elsewhere a clean cut looks whole: " << alone.out;
  CliRun kept = verify(d, *kept_);
  EXPECT_EQ(kept.code, 1) << kept.out;
  EXPECT_NE(kept.out.find("truncated"), std::string::npos) << kept.out;
}

TEST_F(AuditCheckpoints, AForgedKeptCheckpointOrAReplacedKeyIsCaught) {
  std::ifstream in(*kept_);
  std::stringstream text;
  text << in.rdbuf();
  std::string forged = text.str();
  const auto last = forged.rfind('\t');  // into the last line's signature
  ASSERT_NE(last, std::string::npos);
  forged[last + 1] = forged[last + 1] == '0' ? '1' : '0';
  const fs::path forged_file = server_->base() / "forged.txt";
  std::ofstream(forged_file) << forged;
  CliRun r = verify(server_->data_dir(), forged_file);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("bad_signature"), std::string::npos) << r.out;

  fs::path d = copy("rekeyed");
  fs::remove(d / "audit-signing.key");
  CliRun keygen = netconduct({"audit", "keygen", "--data", d.string()});
  ASSERT_EQ(keygen.code, 0) << keygen.err;
  EXPECT_EQ(keygen.out.rfind("public-key ", 0), 0u) << keygen.out;
  CliRun again = netconduct({"audit", "keygen", "--data", d.string()});
  EXPECT_EQ(again.code, 2) << "an existing key is never replaced";
  r = verify(d, *kept_);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("key_changed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad_signature"), std::string::npos) << "stored checkpoints no longer match the key: " << r.out;
}

TEST_F(AuditCheckpoints, TheCommandLineTakesACheckpointOnDemand) {
  fs::path d = copy("on-demand");
  sql(d, "DELETE FROM audit_checkpoints");
  CliRun c = netconduct({"audit", "checkpoint", "--data", d.string()});
  ASSERT_EQ(c.code, 0) << c.err;
  auto line = domain::parse_checkpoint(c.out.substr(0, c.out.find('\n')));
  ASSERT_TRUE(line.has_value()) << c.out;
  EXPECT_EQ(static_cast<long long>(line->checkpoint.seq), sql_number(d, "SELECT MAX(seq) FROM audit_log"));
  EXPECT_EQ(sql_number(d, "SELECT COUNT(*) FROM audit_checkpoints"), 1);
  CliRun twice = netconduct({"audit", "checkpoint", "--data", d.string()});
  EXPECT_EQ(twice.code, 0);
  EXPECT_EQ(sql_number(d, "SELECT COUNT(*) FROM audit_checkpoints"), 1) << "an unchanged head is signed once";
  CliRun missing = netconduct({"audit", "checkpoint", "--data", (server_->base() / "nowhere").string()});
  EXPECT_EQ(missing.code, 2);
}

// Issue 8, item 5: the key outside the data directory (--signing-key) and
// every checkpoint appended, as it is made, to a file outside it too
// (--checkpoint-to), which `audit verify --checkpoint` reads.
TEST(AuditCheckpointFile, ServeAppendsEachCheckpointToAFileOutsideTheDataDirectory) {
  // Outside the servers' own directories (each DemoServer removes its own when it goes).
  const fs::path base = fs::temp_directory_path() / ("nc-it-kept-" + std::to_string(getpid()));
  fs::remove_all(base);
  fs::create_directories(base);
  const fs::path key = base / "keys" / "audit.key";
  const fs::path file = base / "checkpoints.txt";
  std::vector<domain::SignedCheckpoint> first_run;
  {
    DemoServer server("cpfile", {"--signing-key", key.string(), "--checkpoint-to", file.string()});
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    EXPECT_FALSE(fs::exists(server.data_dir() / "audit-signing.key")) << "the key lives where it was told";
    struct stat st {};
    ASSERT_EQ(::stat(key.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    for (int i = 0; i < 3; ++i) server.login("member");
    EXPECT_EQ(server.stop_and_report(), "");
    const fs::path data = server.data_dir();

    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    auto kept = domain::parse_checkpoint_file(text.str());
    ASSERT_TRUE(kept.ok()) << kept.status().message() << "\n" << text.str();
    ASSERT_TRUE(kept->key.has_value());
    // One line per checkpoint the server made, in the order made: at start and at stop.
    ASSERT_EQ(static_cast<long long>(kept->checkpoints.size()),
              sql_number(data, "SELECT COUNT(*) FROM audit_checkpoints"));
    EXPECT_EQ(static_cast<long long>(kept->checkpoints.back().checkpoint.seq),
              sql_number(data, "SELECT MAX(seq) FROM audit_log"));
    for (const auto& c : kept->checkpoints) EXPECT_TRUE(domain::verify_checkpoint(c, *kept->key));
    first_run = kept->checkpoints;

    // Verified with the key from its own place and the file.
    CliRun ok = netconduct(
        {"audit", "verify", "--data", data.string(), "--signing-key", key.string(), "--checkpoints", file.string()});
    EXPECT_EQ(ok.code, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("kept checkpoint"), std::string::npos) << ok.out;

    // The log cut short with its stored checkpoints: the file still tells.
    const fs::path cut = base / "cut";
    fs::copy(data, cut, fs::copy_options::recursive);
    sql(cut, "DELETE FROM audit_log WHERE seq > 5; DELETE FROM audit_checkpoints WHERE seq > 5");
    CliRun caught = netconduct(
        {"audit", "verify", "--data", cut.string(), "--signing-key", key.string(), "--checkpoints", file.string()});
    EXPECT_EQ(caught.code, 1) << caught.out;
    EXPECT_NE(caught.out.find("truncated"), std::string::npos) << caught.out;

    // Another key is refused the file.
    fs::remove_all(cut);
  }
  {
    DemoServer again("cpfile2", {"--signing-key", (base / "other.key").string(), "--checkpoint-to", file.string()});
    EXPECT_FALSE(again.started()) << "a file of another key's checkpoints is not appended to";
    EXPECT_NE(again.process().stderr_text().find("another signing key"), std::string::npos)
        << again.process().stderr_text();
  }
  fs::remove_all(base);
}

}  // namespace
}  // namespace nc::integration
