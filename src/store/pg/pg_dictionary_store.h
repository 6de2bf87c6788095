// PgDictionaryStore: the organisations' dictionaries (保密词表) on
// PostgreSQL (issue 12) — store.h's DictionaryStore with the same behaviour
// as SqliteStore's, which the same tests check on both
// (tests/store/dictionary_store_tests.h). A replacement is one transaction
// holding the database's write lock, with its audit entry chained in it.
//
// Not reachable by users yet (docs/architecture.md). One connection,
// serialised by a mutex.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgDictionaryStore final : public DictionaryStore {
 public:
  // Connects (libpq connection string or postgresql:// URI). Does not migrate.
  static Result<std::unique_ptr<PgDictionaryStore>> open(const std::string& conninfo);
  ~PgDictionaryStore() override;
  PgDictionaryStore(const PgDictionaryStore&) = delete;
  PgDictionaryStore& operator=(const PgDictionaryStore&) = delete;

  Result<std::vector<StoredDictionary>> load_dictionaries() override;
  Status replace_dictionary(const StoredDictionary& dictionary, const AuditRecord& audit) override;

 private:
  explicit PgDictionaryStore(std::unique_ptr<pg::Connection> connection);

  std::mutex mu_;
  std::unique_ptr<pg::Connection> conn_;
};

}  // namespace nc::store
