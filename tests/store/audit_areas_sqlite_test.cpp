// audit_store_tests.h, statement_store_tests.h and quiz_store_tests.h on
// SqliteStore, a fresh file per test.
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>

#include "audit_store_tests.h"
#include "quiz_store_tests.h"
#include "statement_store_tests.h"
#include "store/sqlite_store.h"

namespace nc::store::testing {
namespace {

namespace fs = std::filesystem;

class SqliteAreas {
 public:
  std::string open() {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() / ("nc-areas-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto opened = SqliteStore::open(dir_ / "t.db");
    if (!opened.ok()) return opened.status().message();
    db_ = std::move(opened).value();
    if (Status s = db_->migrate(); !s.ok()) return s.message();
    return "";
  }
  ~SqliteAreas() {
    db_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  AuditStore& audit() { return *db_; }
  StatementStore& statements() { return *db_; }
  QuizStore& quizzes() { return *db_; }
  AccountStore& accounts() { return *db_; }
  Status seed(const domain::OrgTree& tree, const domain::Roster& roster) {
    return db_->save_directory(tree.all(), tree.events(), roster.all(), area_note("seed"));
  }
  Status exec(const std::string& sql) {
    sqlite3* raw = nullptr;
    if (sqlite3_open((dir_ / "t.db").c_str(), &raw) != SQLITE_OK) {
      sqlite3_close(raw);
      return Status::Error(Code::kStorage, "cannot open the test database");
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message);
    const std::string why = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(raw);
    return rc == SQLITE_OK ? Status::Ok() : Status::Error(Code::kStorage, why);
  }

 private:
  fs::path dir_;
  std::unique_ptr<SqliteStore> db_;
};

INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, AuditStoreTest, ::testing::Types<SqliteAreas>);
INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, AuditTamperTest, ::testing::Types<SqliteAreas>);
INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, StatementStoreTest, ::testing::Types<SqliteAreas>);
INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, QuizStoreTest, ::testing::Types<SqliteAreas>);

}  // namespace
}  // namespace nc::store::testing
