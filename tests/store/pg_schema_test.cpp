// Label `postgres`: every migration applied on a fresh PostgreSQL schema
// through the libpq layer ends with the schema SQLite ends with — the same
// tables, columns (types normalised: SQLite's INTEGER and PostgreSQL's bigint
// are one 64-bit integer), nullability, primary keys, unique constraints and
// indexes with their columns — and the migration bookkeeping behaves as
// SqliteStore::migrate does.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "pg_test_db.h"
#include "store/migrations.h"
#include "store/pg/connection.h"
#include "store/pg/migrate.h"
#include "store/sqlite_store.h"

namespace nc::store {
namespace {

namespace fs = std::filesystem;
using Schema = std::set<std::string>;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string normal_type(const std::string& declared) {
  const std::string t = lower(declared);
  if (t == "integer" || t == "bigint" || t == "int8" || t == "int4") return "integer";
  if (t == "text") return "text";
  if (t == "blob" || t == "bytea") return "bytes";
  return "?" + t;  // anything else shows as a difference
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// --- SQLite, read with sqlite3 directly ------------------------------------

std::vector<std::vector<std::string>> sqlite_rows(sqlite3* db, const std::string& sql) {
  std::vector<std::vector<std::string>> out;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    return out;
  }
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const unsigned char* t = sqlite3_column_text(st, i);
      row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(st);
  return out;
}

Schema sqlite_schema(const fs::path& file) {
  Schema out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << file;
    sqlite3_close(db);
    return out;
  }
  for (const auto& t :
       sqlite_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
    const std::string& table = t[0];
    out.insert("table " + table);
    std::vector<std::pair<int, std::string>> pk;
    int position = 0;
    // cid, name, type, notnull, dflt_value, pk
    for (const auto& c :
         sqlite_rows(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info('" + table + "')")) {
      const bool not_null = c[2] == "1" || c[3] != "0";  // a primary key column is never NULL
      out.insert("column " + table + " #" + std::to_string(++position) + " " + c[0] + " " + normal_type(c[1]) +
                 (not_null ? " not null" : ""));
      if (c[3] != "0") pk.emplace_back(std::stoi(c[3]), c[0]);
    }
    std::sort(pk.begin(), pk.end());
    std::vector<std::string> pk_names;
    for (auto& [n, name] : pk) pk_names.push_back(name);
    if (!pk_names.empty()) out.insert("primary key " + table + " (" + joined(pk_names) + ")");
    // seq, name, unique, origin, partial
    for (const auto& i : sqlite_rows(db, "SELECT name, \"unique\", origin FROM pragma_index_list('" + table + "')")) {
      if (i[2] == "pk") continue;
      std::vector<std::string> columns;
      for (const auto& c : sqlite_rows(db, "SELECT name FROM pragma_index_info('" + i[0] + "') ORDER BY seqno")) {
        columns.push_back(c[0]);
      }
      if (i[2] == "u") {
        out.insert("unique " + table + " (" + joined(columns) + ")");
      } else {
        out.insert(std::string(i[1] == "1" ? "unique index " : "index ") + i[0] + " on " + table + " (" +
                   joined(columns) + ")");
      }
    }
  }
  sqlite3_close(db);
  return out;
}

// --- PostgreSQL, read from its catalogs through the libpq layer -------------

Schema pg_schema(pg::Connection& c) {
  Schema out;
  auto tables = c.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
      " AND table_type = 'BASE TABLE'",
      "listing tables");
  EXPECT_TRUE(tables.ok()) << tables.status().message();
  if (!tables.ok()) return out;
  for (int r = 0; r < tables->size(); ++r) out.insert("table " + std::string(tables->text(r, 0)));

  auto columns = c.query(
      "SELECT table_name, column_name, data_type, is_nullable,"
      " row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position)"
      " FROM information_schema.columns WHERE table_schema = current_schema()",
      "listing columns");
  EXPECT_TRUE(columns.ok()) << columns.status().message();
  if (!columns.ok()) return out;
  for (int r = 0; r < columns->size(); ++r) {
    out.insert("column " + std::string(columns->text(r, 0)) + " #" + std::string(columns->text(r, 4)) + " " +
               std::string(columns->text(r, 1)) + " " + normal_type(std::string(columns->text(r, 2))) +
               (columns->text(r, 3) == "NO" ? " not null" : ""));
  }

  // Every index with its columns in order, and what it is.
  auto indexes = c.query(
      "SELECT t.relname, ic.relname, i.indisprimary, i.indisunique,"
      " EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'u'),"
      " (SELECT string_agg(a.attname, ', ' ORDER BY k.pos)"
      "    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, pos)"
      "    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)"
      " FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid"
      " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()",
      "listing indexes");
  EXPECT_TRUE(indexes.ok()) << indexes.status().message();
  if (!indexes.ok()) return out;
  for (int r = 0; r < indexes->size(); ++r) {
    const std::string table(indexes->text(r, 0)), name(indexes->text(r, 1)), cols(indexes->text(r, 5));
    if (indexes->integer(r, 2)) {
      out.insert("primary key " + table + " (" + cols + ")");
    } else if (indexes->integer(r, 4)) {
      out.insert("unique " + table + " (" + cols + ")");
    } else {
      out.insert(std::string(indexes->integer(r, 3) ? "unique index " : "index ") + name + " on " + table + " (" +
                 cols + ")");
    }
  }
  return out;
}

std::string only_in(const Schema& a, const Schema& b) {
  std::string out;
  for (const std::string& line : a)
    if (!b.count(line)) out += "  " + line + "\n";
  return out;
}

std::string fixed_now() { return "2027-01-01T00:00:00Z"; }

class PgSchema : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(schema.ok()) << schema.error();
    auto c = pg::Connection::open(schema.conninfo());
    ASSERT_TRUE(c.ok()) << c.status().message();
    conn = std::move(c).value();
  }
  testing::PgTestSchema schema;
  std::unique_ptr<pg::Connection> conn;
};

TEST_F(PgSchema, EveryMigrationGivesTheSchemaSqliteHas) {
  const fs::path dir = fs::temp_directory_path() / ("nc-pg-schema-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    auto sqlite = SqliteStore::open(dir / "s.db");
    ASSERT_TRUE(sqlite.ok()) << sqlite.status().message();
    ASSERT_TRUE((*sqlite)->migrate().ok());
  }
  const Schema lite = sqlite_schema(dir / "s.db");
  fs::remove_all(dir);

  ASSERT_EQ(*pg::schema_version(*conn), 0) << "a fresh schema has no migration applied";
  Status migrated = pg::migrate(*conn, fixed_now);
  ASSERT_TRUE(migrated.ok()) << migrated.message();
  const Schema post = pg_schema(*conn);

  // Not two empty sets: the schema of every issue is there.
  EXPECT_GT(lite.size(), 150u);
  for (const char* line : {"table users", "primary key sessions (token_hash)", "unique users (login)",
                           "unique index organisations_by_path on organisations (path)",
                           "index audit_by_subject on audit_log (subject_member, seq)",
                           "column workflow_records #9 created_us integer not null",
                           "column workflow_attachments #10 bytes bytes not null",
                           "primary key workflow_subtree_due (org_id, kind, due_date, state)"}) {
    EXPECT_TRUE(lite.count(line)) << "SQLite lacks: " << line;
  }
  EXPECT_EQ(lite, post) << "only in SQLite:\n" << only_in(lite, post) << "only in PostgreSQL:\n" << only_in(post, lite);
}

TEST_F(PgSchema, MigratingAgainChangesNothingAndANewerSchemaIsRefused) {
  ASSERT_TRUE(pg::migrate(*conn, fixed_now).ok());
  const int newest = migrations().back().version;
  EXPECT_EQ(*pg::schema_version(*conn), newest);
  auto applied = conn->query("SELECT count(*), min(applied_at) FROM schema_version", "counting");
  ASSERT_TRUE(applied.ok());
  EXPECT_EQ(applied->integer(0, 0), newest) << "one row per migration";
  EXPECT_EQ(applied->text(0, 1), "2027-01-01T00:00:00Z");

  ASSERT_TRUE(pg::migrate(*conn, fixed_now).ok()) << "a second run finds nothing to do";
  EXPECT_EQ(conn->query("SELECT count(*) FROM schema_version", "counting")->integer(0, 0), newest);

  ASSERT_TRUE(conn->run("INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)",
                        pg::Params().add(std::int64_t{newest + 1}).add("later"), "faking a newer binary")
                  .ok());
  Status refused = pg::migrate(*conn, fixed_now);
  EXPECT_EQ(refused.code(), Code::kSchemaTooNew) << refused.message();
  EXPECT_EQ(*pg::schema_version(*conn), newest + 1);
}

}  // namespace
}  // namespace nc::store
