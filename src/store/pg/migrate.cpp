#include "store/pg/migrate.h"

#include "store/migrations.h"

namespace nc::store::pg {
namespace {

// The advisory lock that serialises migrations (any fixed number: "ncmg").
constexpr std::int64_t kMigrationLock = 0x6e636d67;

constexpr const char* kSchemaVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER NOT NULL PRIMARY KEY,"
    " applied_at TEXT NOT NULL)";

Status lock(Connection& c) {
  return c.run("SELECT pg_advisory_xact_lock($1)", Params().add(kMigrationLock), "waiting for other migrations");
}

nc::Result<int> applied(Connection& c) {
  auto r = c.query("SELECT COALESCE(MAX(version), 0) FROM schema_version", "reading schema_version");
  if (!r.ok()) return r.status();
  return static_cast<int>(r->integer(0, 0));
}

}  // namespace

Status migrate(Connection& c, const std::function<std::string()>& now) {
  Status created = c.transaction("creating schema_version", [&]() -> Status {
    if (Status s = lock(c); !s.ok()) return s;
    return c.run(dialect_sql(kSchemaVersionTable, Dialect::kPostgresql), "creating schema_version");
  });
  if (!created.ok()) return created;

  const auto all = migrations();
  const int newest = all.empty() ? 0 : all.back().version;
  for (const Migration& m : all) {
    const std::string what = "applying migration " + std::to_string(m.version);
    Status s = c.transaction(what, [&]() -> Status {
      if (Status l = lock(c); !l.ok()) return l;
      auto current = applied(c);
      if (!current.ok()) return current.status();
      if (*current > newest) {
        return Status::Error(Code::kSchemaTooNew, "the database has schema version " + std::to_string(*current) +
                                                      ", newer than this netconduct knows (" + std::to_string(newest) +
                                                      "); use a newer netconduct");
      }
      if (m.version <= *current) return Status::Ok();
      for (const std::string& statement : split_statements(migration_sql(m, Dialect::kPostgresql))) {
        if (Status e = c.run(statement, what); !e.ok()) return e;
      }
      return c.run("INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)",
                   Params().add(std::int64_t{m.version}).add(now()),
                   "recording migration " + std::to_string(m.version));
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

nc::Result<int> schema_version(Connection& c) {
  auto exists = c.query("SELECT to_regclass($1) IS NOT NULL", Params().add("schema_version"), "reading schema");
  if (!exists.ok()) return exists.status();
  if (exists->integer(0, 0) == 0) return 0;
  return applied(c);
}

}  // namespace nc::store::pg
