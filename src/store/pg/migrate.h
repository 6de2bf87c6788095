// Migrations on PostgreSQL (issue 12): the numbered migrations of
// store/migrations.h, in their PostgreSQL dialect, applied through the libpq
// layer with the contract of Store::migrate: each missing migration in its
// own transaction, recorded in schema_version; a schema newer than this
// binary fails with "schema_too_new", changing nothing. Several processes may
// migrate one database at once: each migration's transaction first takes one
// transaction-scoped advisory lock, so they apply it once, one after another.
#pragma once

#include <functional>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"

namespace nc::store::pg {

// `now` gives the UTC time recorded with each applied migration.
Status migrate(Connection& connection, const std::function<std::string()>& now);
// The highest applied migration; 0 for a database without the schema.
nc::Result<int> schema_version(Connection& connection);

}  // namespace nc::store::pg
