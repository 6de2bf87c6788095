// PgAuditStore: the audit log on PostgreSQL (issue 12, store.h's AuditStore):
// insert-only, hash-chained, with signed checkpoints — the same rows, hashes
// and answers as SqliteStore's (store/sqlite_audit.cpp), which the same tests
// check on both (tests/store/audit_store_tests.h).
//
// One chain takes appends from every process: each append is a transaction
// that first takes the database's write lock (pg::lock_writes), then seals
// the entry against the head it reads, so no seq is taken twice and every
// entry names the one before it, whoever wrote it. Appends from the threads
// of one object are batched into one transaction, as SQLite's group commit:
// nobody's call returns before their entry is stored.
//
// Not reachable by users yet (docs/architecture.md). One connection,
// serialised by a mutex.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgAuditStore final : public AuditStore {
 public:
  // Connects (libpq connection string or postgresql:// URI). Does not migrate.
  static Result<std::unique_ptr<PgAuditStore>> open(const std::string& conninfo);
  ~PgAuditStore() override;
  PgAuditStore(const PgAuditStore&) = delete;
  PgAuditStore& operator=(const PgAuditStore&) = delete;

  Status append_audit(const AuditRecord& audit) override;
  Result<std::vector<AuditRecord>> list_audit(const AuditFilter& filter) override;
  Result<std::uint64_t> count_audit(const AuditFilter& filter) override;
  Result<std::vector<domain::AuditEntry>> audit_chain_range(std::uint64_t after, std::size_t limit) override;
  Result<std::vector<domain::AuditEntry>> audit_chain() override;
  Result<domain::Checkpoint> audit_head() override;
  Status add_checkpoint(const domain::SignedCheckpoint& checkpoint) override;
  Result<std::vector<domain::SignedCheckpoint>> list_checkpoints() override;

 private:
  explicit PgAuditStore(std::unique_ptr<pg::Connection> connection);

  std::mutex mu_;  // the connection
  std::unique_ptr<pg::Connection> conn_;

  // Appends waiting for the next batch.
  struct Queued {
    const AuditRecord* record;
    Status result = Status::Ok();
    bool done = false;
  };
  std::mutex queue_mu_;
  std::condition_variable queue_cv_;
  std::vector<Queued*> queue_;
  bool writing_ = false;
};

}  // namespace nc::store
