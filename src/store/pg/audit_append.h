// The audit chain's append on PostgreSQL: the same rows as the SQLite store
// writes (store/sqlite_audit.cpp), sealed against the head read inside the
// caller's write transaction. Callers hold the store's write lock
// (pg::lock_writes), so every process appends to one chain.
#pragma once

#include "common/status.h"
#include "store/access_records.h"
#include "store/pg/connection.h"

namespace nc::store::pg {

// Serialises the writers of one database, whichever process they run in, for
// the rest of the caller's transaction (a transaction-scoped advisory lock):
// as SQLite's single writer does, so that ids numbered from the largest
// stored one and the audit chain's head stay consistent.
Status lock_writes(Connection& connection);

// Appends `audit` chained to the current head; inside a write transaction
// that holds lock_writes.
Status insert_audit(Connection& connection, const AuditRecord& audit);

}  // namespace nc::store::pg
