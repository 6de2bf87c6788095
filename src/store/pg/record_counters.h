// The registers' counters on PostgreSQL (migrations 14, 15, 17, 18), kept in
// the transaction of every write that moves a record, as the SQLite store
// keeps them (sqlite_workflow.cpp): an organisation's own counts by kind and
// state and by month, its subtree's on it and every organisation above it,
// and the subtrees' open records by due date. The directory needs them for
// the transfer rule and for a change of the hierarchy; the workflow area,
// when it comes to PostgreSQL, for every write of a record.
//
// Every function runs inside the caller's write transaction (pg::lock_writes).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/status.h"
#include "domain/ids.h"
#include "store/access_records.h"
#include "store/pg/connection.h"

namespace nc::store::pg {

// Which counters bump_counts moves: a change of due date alone moves only the
// due counts, of month alone only the month counts.
enum CountFamilies : unsigned { kByState = 1, kByMonth = 2, kByDue = 4, kAllCounts = 7 };

// The counters of (org, kind, state, month, due) moved by `delta`: the
// organisation's own, and its subtree's on it and on every organisation
// above it (the ids of its path); a due row dropped once it counts nothing.
Status bump_counts(Connection& connection, domain::OrgId org, const std::string& kind, const std::string& state,
                   const std::string& month, const std::optional<std::string>& due, std::int64_t delta,
                   unsigned families = kAllCounts);

// The subtrees' counters afresh from the organisations' own, after a change
// of the hierarchy (an organisation moved, merged or was created).
Status recount_subtrees(Connection& connection);

// The transfer rule (issue 10): every record about `member` kept by another
// organisation than `to` gets a "transfer" step (from that organisation to
// `to`, by the audit entry's actor, at its time), is kept by `to` from now on
// (its version bumped), and the counters follow.
Status transfer_records(Connection& connection, domain::MemberId member, domain::OrgId to, const AuditRecord& audit);

}  // namespace nc::store::pg
