#include "store/migrations.h"

namespace nc::store {
namespace {

// Table schema_version itself is created by the store before any migration,
// since it is what tells which migrations have run.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE rulebook_versions (
  rulebook_id     TEXT   NOT NULL,
  effective_date  TEXT   NOT NULL,
  title           TEXT   NOT NULL,
  version         TEXT   NOT NULL,
  source_text     TEXT   NOT NULL,
  annotations     TEXT   NOT NULL,
  source_sha256   TEXT   NOT NULL,
  loaded_at       TEXT   NOT NULL,
  PRIMARY KEY (rulebook_id, effective_date)
);
CREATE TABLE rulebook_articles (
  rulebook_id     TEXT    NOT NULL,
  effective_date  TEXT    NOT NULL,
  number          INTEGER NOT NULL,
  label           TEXT    NOT NULL,
  chapter_number  INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  PRIMARY KEY (rulebook_id, effective_date, number),
  FOREIGN KEY (rulebook_id, effective_date)
    REFERENCES rulebook_versions (rulebook_id, effective_date) ON DELETE CASCADE
);
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace nc::store
