// account_store_tests.h on SqliteStore, a fresh file per test.
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "account_store_tests.h"
#include "store/sqlite_store.h"

namespace nc::store::testing {
namespace {

namespace fs = std::filesystem;

class SqliteAccounts {
 public:
  std::string open() {
    dir_ = fs::temp_directory_path() / ("nc-accounts-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto opened = SqliteStore::open(dir_ / "t.db");
    if (!opened.ok()) return opened.status().message();
    db_ = std::move(opened).value();
    if (Status s = db_->migrate(); !s.ok()) return s.message();
    return "";
  }
  ~SqliteAccounts() {
    db_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  AccountStore& store() { return *db_; }
  Result<std::vector<domain::AuditEntry>> audit() { return db_->audit_chain(); }

 private:
  fs::path dir_;
  std::unique_ptr<SqliteStore> db_;
};

INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, AccountStoreTest, ::testing::Types<SqliteAccounts>);

}  // namespace
}  // namespace nc::store::testing
