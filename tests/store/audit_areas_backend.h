// What the typed suites of the audit log, statements and quizzes
// (audit_store_tests.h, statement_store_tests.h, quiz_store_tests.h) need of
// a backend: SqliteStore (store_tests, audit_areas_sqlite_test.cpp) or the
// PostgreSQL area stores (store_pg_tests, label postgres,
// pg_audit_areas_test.cpp). A backend type gives:
//   std::string open();      // "" when ready (migrated, empty), else why not
//   AuditStore& audit();  StatementStore& statements();  QuizStore& quizzes();  AccountStore& accounts();
//   // The directory as save_directory stores it, with one audit entry
//   // "seed" (the directory area is another's: on PostgreSQL, written
//   // straight into its tables until it has its own store).
//   Status seed(const domain::OrgTree& tree, const domain::Roster& roster);
//   // One statement of SQL that both dialects run, straight on the
//   // database, outside the store (tampering with the log).
//   Status exec(const std::string& sql);
// Each suite holds its backend by pointer, so that a test can start again
// on an empty database (fresh()).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "domain/org_tree.h"
#include "domain/roster.h"
#include "store/store.h"

namespace nc::store::testing {

inline AuditRecord area_note(const std::string& action) {
  AuditRecord a;
  a.entry.time_us = 1'700'000'000'000'000;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.origin = "local";
  return a;
}

// A fixture base: an empty, migrated database of the backend.
template <typename Backend>
class AreaTest : public ::testing::Test {
 protected:
  void SetUp() override { fresh(); }
  // Drops the database and starts on an empty one.
  void fresh() {
    backend.reset();  // first: a backend may reuse its predecessor's name
    backend = std::make_unique<Backend>();
    const std::string error = backend->open();
    ASSERT_TRUE(error.empty()) << error;
  }
  void exec(const std::string& sql) {
    Status s = backend->exec(sql);
    ASSERT_TRUE(s.ok()) << sql << ": " << s.message();
  }
  std::unique_ptr<Backend> backend;
};

}  // namespace nc::store::testing
