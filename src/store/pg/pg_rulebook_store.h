// PgRulebookStore: the stored rulebooks on PostgreSQL (issue 12) — store.h's
// RulebookStore with the same behaviour as SqliteStore's, which the same
// tests check on both (tests/store/rulebook_store_tests.h). As on SQLite, a
// stored version has no audit entry (the interface takes none: rulebooks are
// loaded by the operator at start or by `netconduct rulebook load`); the
// write takes the database's write lock like every other.
//
// Not reachable by users yet (docs/architecture.md). One connection,
// serialised by a mutex.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgRulebookStore final : public RulebookStore {
 public:
  // Connects (libpq connection string or postgresql:// URI). Does not
  // migrate. `now` gives the UTC time recorded as a version's loaded_at
  // (utc_now_iso when empty).
  static Result<std::unique_ptr<PgRulebookStore>> open(const std::string& conninfo,
                                                       std::function<std::string()> now = {});
  ~PgRulebookStore() override;
  PgRulebookStore(const PgRulebookStore&) = delete;
  PgRulebookStore& operator=(const PgRulebookStore&) = delete;

  Result<PutOutcome> put_rulebook_source(const rulebook::RulebookSource& source,
                                         const rulebook::Rulebook& built) override;
  Result<std::vector<StoredRulebookSource>> list_rulebook_sources() override;

 private:
  PgRulebookStore(std::unique_ptr<pg::Connection> connection, std::function<std::string()> now);

  std::mutex mu_;
  std::unique_ptr<pg::Connection> conn_;
  std::function<std::string()> now_;
};

}  // namespace nc::store
