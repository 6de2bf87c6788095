// Store: persistence behind one interface. SqliteStore (sqlite_store.h) is the
// embedded default; a PostgreSQL store will implement the same interface, so
// callers never see a database header or SQL.
//
// Expected failures (cannot open, schema newer than this binary, conflicting
// data) come back as Status / Result, never as exceptions. Implementations
// are safe to call from several threads at once.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "rulebook/loader.h"
#include "rulebook/model.h"

namespace nc::store {

// One stored version of a rulebook: the source it was built from, plus what
// the store recorded about it.
struct StoredRulebookSource {
  rulebook::RulebookSource source;
  std::string title;          // from the built rulebook, for listings
  std::string source_sha256;  // hex digest over version, text and annotations
  std::string loaded_at;      // UTC, "YYYY-MM-DDTHH:MM:SSZ"
};

enum class PutOutcome { Inserted, AlreadyPresent, MetadataUpdated };

class Store {
 public:
  virtual ~Store() = default;

  // Brings the schema up to the newest version this binary knows, applying
  // each missing migration in its own transaction. Fails, changing nothing
  // further, when the stored schema is newer than this binary.
  virtual Status migrate() = 0;
  // The highest applied migration; 0 for an empty database.
  virtual Result<int> schema_version() = 0;

  // Stores one version (source.id, source.effective_date) of a rulebook and
  // its articles, in one transaction. Storing the same content again is
  // AlreadyPresent; the same text with changed annotations or version label
  // updates those (MetadataUpdated); a different text under the same id and
  // effective date fails with code "conflict" and stores nothing.
  virtual Result<PutOutcome> put_rulebook_source(const rulebook::RulebookSource& source,
                                                 const rulebook::Rulebook& built) = 0;
  // Every stored version, ordered by id, then effective date.
  virtual Result<std::vector<StoredRulebookSource>> list_rulebook_sources() = 0;
};

// Hex SHA-256 of the parts of a source that define its content (version,
// text, annotations); the same source always gives the same digest.
std::string source_digest(const rulebook::RulebookSource& source);

}  // namespace nc::store
