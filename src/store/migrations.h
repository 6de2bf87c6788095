// The schema as numbered migrations, applied in order by a Store. Each entry
// is plain SQL that SQLite and PostgreSQL both run: TEXT / INTEGER / BIGINT
// columns, natural keys instead of auto-increment ids, no engine pragmas.
// A migration, once released, is never edited: add a new one instead.
//
// Two dialects, one schema (issue 12). The shared SQL is written with
// SQLite's type names and runs on SQLite as it is. On PostgreSQL it runs
// through migration_sql(), which does exactly two things, and nothing else:
//   1. Column types, as whole upper-case words: INTEGER becomes BIGINT
//      (SQLite's INTEGER holds 64 bits; PostgreSQL's only 32, too few for
//      the microsecond times stored in some INTEGER columns) and BLOB
//      becomes BYTEA.
//   2. When a migration has a `postgresql` variant, that text is used
//      instead of the shared one (after the same type mapping). A variant is
//      for a statement PostgreSQL cannot run (SQLite's WITHOUT ROWID, its
//      pragmas); it must create the same tables, columns, keys and indexes,
//      which tests/store/pg_schema_test.cpp checks by comparing the schema
//      both dialects end with.
#pragma once

#include <span>
#include <string>

namespace nc::store {

struct Migration {
  int version;      // 1, 2, 3 … without gaps
  const char* sql;  // one or more statements separated by ';'
  // The same migration for PostgreSQL, when `sql` cannot be shared; nullptr
  // when it can (most migrations).
  const char* postgresql = nullptr;
};

enum class Dialect { kSqlite, kPostgresql };

// All migrations, ascending by version.
std::span<const Migration> migrations();

// The SQL that applies `m` in `dialect` (see above).
std::string migration_sql(const Migration& m, Dialect dialect);
// Shared SQL (a migration's, or the store's own schema_version table) in
// `dialect`: as written for SQLite, the type mapping for PostgreSQL.
std::string dialect_sql(const char* shared_sql, Dialect dialect);

}  // namespace nc::store
