// SqliteStore: the embedded Store, one SQLite file in WAL mode with foreign
// keys on and a busy timeout, so several processes may share the file.
//
// One connection per object, serialised by an internal mutex: any number of
// threads may call one SqliteStore at once. This header deliberately does not
// include sqlite3.h; nothing above store/ sees it.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "common/status.h"
#include "store/store.h"

namespace nc::store {

class SqliteStore final : public Store {
 public:
  struct Options {
    std::chrono::milliseconds busy_timeout{5000};
    // Current UTC time as "YYYY-MM-DDTHH:MM:SSZ"; replaceable so tests control time.
    std::function<std::string()> now;
  };

  // Opens (creating if missing) the database file. Does not migrate.
  static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file, Options options);
  static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file) { return open(file, Options{}); }

  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  Status migrate() override;
  Result<int> schema_version() override;
  Result<PutOutcome> put_rulebook_source(const rulebook::RulebookSource& source,
                                         const rulebook::Rulebook& built) override;
  Result<std::vector<StoredRulebookSource>> list_rulebook_sources() override;

 private:
  struct Impl;
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The current UTC time, "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_now_iso();

}  // namespace nc::store
