// The schema as numbered migrations, applied in order by a Store. Each entry
// is plain SQL that SQLite and PostgreSQL both run: TEXT / INTEGER / BIGINT
// columns, natural keys instead of auto-increment ids, no engine pragmas.
// A migration, once released, is never edited: add a new one instead.
//
// Two dialects, one schema (issue 12). The shared SQL is written with
// SQLite's type names and runs on SQLite as it is. On PostgreSQL it runs
// through migration_sql(), which does exactly this, and nothing else, to
// whole upper-case words outside string literals: INTEGER becomes BIGINT
// (SQLite's INTEGER holds 64 bits; PostgreSQL's only 32, too few for the
// microsecond times stored in some INTEGER columns), BLOB becomes BYTEA, and
// SQLite's table option WITHOUT ROWID (how SQLite stores a table, not what
// it holds) is left out. tests/store/pg_schema_test.cpp compares the schema
// both dialects end with: tables, columns, keys and indexes.
#pragma once

#include <span>
#include <string>

namespace nc::store {

struct Migration {
  int version;      // 1, 2, 3 … without gaps
  const char* sql;  // one or more statements separated by ';'
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
