// SqliteStore as a backend of the typed area suites (directory_store_tests.h,
// rulebook_store_tests.h, dictionary_store_tests.h): a fresh file per test,
// migrated; every area is the one SqliteStore. SQL given to rows() and exec()
// is the shared dialect (store/migrations.h), run as it is.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/sqlite_store.h"

namespace nc::store::testing {

class SqliteBackend {
 public:
  static constexpr bool kPostgres = false;

  // "" when ready (migrated, empty), else why not. `now`: loaded_at of rulebooks.
  std::string open(std::function<std::string()> now = {}) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(test->test_suite_name()) + "-" + test->name();
    for (char& ch : name) {
      if (ch == '/') ch = '_';  // typed suites are named "Sqlite/DirectoryStoreTest/0"
    }
    dir_ = std::filesystem::temp_directory_path() / ("nc-areas-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    now_ = std::move(now);
    return reopen();
  }
  // A new store object on the same database (as after a restart).
  std::string reopen() {
    db_.reset();
    SqliteStore::Options options;
    if (now_) options.now = now_;
    auto opened = SqliteStore::open(dir_ / "t.db", options);
    if (!opened.ok()) return opened.status().message();
    db_ = std::move(opened).value();
    if (Status s = db_->migrate(); !s.ok()) return s.message();
    return "";
  }
  ~SqliteBackend() {
    db_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  DirectoryStore& directory() { return *db_; }
  RulebookStore& rulebooks() { return *db_; }
  DictionaryStore& dictionaries() { return *db_; }
  AccountStore& accounts() { return *db_; }
  Result<std::vector<domain::AuditEntry>> audit() { return db_->audit_chain(); }

  // Every row of a query, each column as text ("NULL" for NULL), on a
  // connection of its own.
  Result<std::vector<std::vector<std::string>>> rows(const std::string& sql) {
    sqlite3* raw = nullptr;
    std::vector<std::vector<std::string>> out;
    if (sqlite3_open((dir_ / "t.db").c_str(), &raw) != SQLITE_OK) {
      sqlite3_close(raw);
      return Status::Error(Code::kStorage, "cannot open the test database");
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(raw, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      Status e = Status::Error(Code::kStorage, sql + ": " + sqlite3_errmsg(raw));
      sqlite3_close(raw);
      return e;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* t = sqlite3_column_text(st, i);
        row.push_back(t ? reinterpret_cast<const char*>(t) : "NULL");
      }
      out.push_back(std::move(row));
    }
    Status s = rc == SQLITE_DONE ? Status::Ok() : Status::Error(Code::kStorage, sql + ": " + sqlite3_errmsg(raw));
    sqlite3_finalize(st);
    sqlite3_close(raw);
    if (!s.ok()) return s;
    return out;
  }
  // Statements (';'-separated) on a connection of their own.
  Status exec(const std::string& sql) {
    sqlite3* raw = nullptr;
    if (sqlite3_open((dir_ / "t.db").c_str(), &raw) != SQLITE_OK) {
      sqlite3_close(raw);
      return Status::Error(Code::kStorage, "cannot open the test database");
    }
    char* message = nullptr;
    Status s = Status::Ok();
    if (sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      s = Status::Error(Code::kStorage, sql + ": " + (message ? message : "failed"));
    }
    sqlite3_free(message);
    sqlite3_close(raw);
    return s;
  }

 private:
  std::filesystem::path dir_;
  std::function<std::string()> now_;
  std::unique_ptr<SqliteStore> db_;
};

}  // namespace nc::store::testing
