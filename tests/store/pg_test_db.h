// For the tests labelled `postgres`: a schema of its own, in the database of
// the throwaway cluster the ctest fixture started (scripts/pg-cluster), for
// one test, dropped after it. The connection string comes from
// NC_TEST_PG_DSN (keyword form, "host=/tmp/… dbname=… user=…") or else from
// the file named by NC_TEST_PG_DSN_FILE, which the fixture writes.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "store/pg/connection.h"

namespace nc::store::testing {

inline std::string pg_test_dsn() {
  if (const char* dsn = std::getenv("NC_TEST_PG_DSN"); dsn && *dsn) return dsn;
  const char* file = std::getenv("NC_TEST_PG_DSN_FILE");
  if (!file || !*file) return {};
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

class PgTestSchema {
 public:
  PgTestSchema() {
    const std::string dsn = pg_test_dsn();
    if (dsn.empty()) {
      error_ = "no PostgreSQL to test against: run through ctest (label postgres), or set NC_TEST_PG_DSN";
      return;
    }
    static std::atomic<int> counter{0};
    // Digits and letters only: the one name these tests put into SQL text.
    schema_ = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    auto admin = pg::Connection::open(dsn);
    if (!admin.ok()) {
      error_ = admin.status().message();
      return;
    }
    admin_ = std::move(admin).value();
    if (Status s = admin_->run("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE", "dropping a test schema"); !s.ok()) {
      error_ = s.message();
      return;
    }
    if (Status s = admin_->run("CREATE SCHEMA " + schema_, "creating a test schema"); !s.ok()) {
      error_ = s.message();
      return;
    }
    conninfo_ = dsn + " options='-c search_path=" + schema_ + "'";
  }
  ~PgTestSchema() {
    if (admin_ && !schema_.empty()) (void)admin_->run("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE", "dropping");
  }
  PgTestSchema(const PgTestSchema&) = delete;
  PgTestSchema& operator=(const PgTestSchema&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // Connects into this schema (search_path).
  const std::string& conninfo() const { return conninfo_; }
  const std::string& name() const { return schema_; }

 private:
  std::string error_, schema_, conninfo_;
  std::unique_ptr<pg::Connection> admin_;
};

}  // namespace nc::store::testing
