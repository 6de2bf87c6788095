// PgStatementStore: statements (说明) on PostgreSQL (issue 12, store.h's
// StatementStore) — what people append to records about them, replies,
// handled marks, what each reader has seen, and 待回复 — with the same
// behaviour as SqliteStore's (sqlite_accounts.cpp, sqlite_pages.cpp), which
// the same tests check on both (tests/store/statement_store_tests.h).
//
// Not reachable by users yet (docs/architecture.md). One connection,
// serialised by a mutex; every write one transaction that takes the write
// lock (pg::lock_writes) and appends its audit entry in it.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgStatementStore final : public StatementStore {
 public:
  // Connects (libpq connection string or postgresql:// URI). Does not migrate.
  static Result<std::unique_ptr<PgStatementStore>> open(const std::string& conninfo);
  ~PgStatementStore() override;
  PgStatementStore(const PgStatementStore&) = delete;
  PgStatementStore& operator=(const PgStatementStore&) = delete;

  Result<RecordStatement> add_statement(const RecordStatement& statement, const AuditRecord& audit) override;
  Result<std::vector<RecordStatement>> list_statements(domain::MemberId subject) override;
  Result<std::vector<RecordStatement>> list_statements(std::span<const domain::MemberId> subjects) override;
  Result<std::optional<RecordStatement>> find_statement(std::uint64_t id) override;
  Status mark_statement_handled(std::uint64_t id, domain::UserId by, std::int64_t time_us,
                                const AuditRecord& audit) override;
  Result<PendingPage> pending_statements(const PendingQuery& query) override;
  Result<std::uint64_t> statements_seen(domain::UserId reader, domain::MemberId subject) override;
  Status mark_statements_seen(domain::UserId reader, domain::MemberId subject, std::uint64_t last_id) override;

 private:
  explicit PgStatementStore(std::unique_ptr<pg::Connection> connection);
  // One write transaction holding the write lock; `body` runs inside it.
  Status write(const std::string& what, const std::function<Status()>& body);

  std::mutex mu_;
  std::unique_ptr<pg::Connection> conn_;
};

}  // namespace nc::store
