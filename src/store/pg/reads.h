// Reads shared by the PostgreSQL audit, statement and quiz areas (issue 12):
// a snapshot for reads made of several statements, and a scope's parts as
// ranges of organisations.path (migration 9), as store/sqlite_pages.cpp
// computes them for SQLite.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "store/page_records.h"
#include "store/pg/connection.h"

namespace nc::store::pg {

// Runs `body` in one read-only REPEATABLE READ transaction: its statements
// all see the database as of the first one, so a read made of several
// statements (the log, then its subjects) never mixes in a write committed
// between them. Rolled back at the end (it changed nothing).
template <typename Body>
Status read_snapshot(Connection& c, const std::string& what, Body&& body) {
  if (Status b = c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "starting " + what); !b.ok()) return b;
  Status s = body();
  c.rollback();
  return s;
}

// A scope part as a half-open range of paths: "1/5/" with its subtree is
// ["1/5/", "1/50"), "1/5/" alone ["1/5/", "1/5/0") (ids never start with '0',
// which sorts right after '/').
struct PathRange {
  std::string lo, hi;
};
PathRange range_of(const std::string& path, bool subtree);
// The scope's parts as ranges, sorted (parts of unknown organisations left out).
nc::Result<std::vector<PathRange>> ranges_of(Connection& c, const std::vector<OrgScope>& scope);

}  // namespace nc::store::pg
