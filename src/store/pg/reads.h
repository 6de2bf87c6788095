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
#include "store/pg/org_paths.h"  // PathRange, range_of, ranges_of

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

}  // namespace nc::store::pg
