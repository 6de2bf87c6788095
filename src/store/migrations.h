// The schema as numbered migrations, applied in order by a Store. Each entry
// is plain SQL that SQLite and PostgreSQL both run: TEXT / INTEGER / BIGINT
// columns, natural keys instead of auto-increment ids, no engine pragmas.
// A migration, once released, is never edited: add a new one instead.
#pragma once

#include <span>

namespace nc::store {

struct Migration {
  int version;      // 1, 2, 3 … without gaps
  const char* sql;  // one or more statements separated by ';'
};

// All migrations, ascending by version.
std::span<const Migration> migrations();

}  // namespace nc::store
