// The two-dialect migrations (store/migrations.h): what the PostgreSQL text
// of a migration is, and how a migration script splits into statements.
#include <gtest/gtest.h>

#include "store/migrations.h"
#include "store/pg/connection.h"

namespace nc::store {
namespace {

TEST(MigrationDialect, SqliteRunsTheSharedTextAsWritten) {
  for (const Migration& m : migrations()) EXPECT_EQ(migration_sql(m, Dialect::kSqlite), m.sql) << m.version;
}

TEST(MigrationDialect, PostgresqlGetsSixtyFourBitIntegersAndByteaAsWholeWordsOnly) {
  EXPECT_EQ(dialect_sql("CREATE TABLE t (a INTEGER NOT NULL, b BLOB, c TEXT DEFAULT 'INTEGER BLOB', "
                        "INTEGER_x INTEGER, d BIGINT, e integer)",
                        Dialect::kPostgresql),
            "CREATE TABLE t (a BIGINT NOT NULL, b BYTEA, c TEXT DEFAULT 'INTEGER BLOB', "
            "INTEGER_x BIGINT, d BIGINT, e integer)");
  EXPECT_EQ(dialect_sql("SELECT 'it''s INTEGER' AS x", Dialect::kPostgresql), "SELECT 'it''s INTEGER' AS x");
}

TEST(MigrationDialect, PostgresqlLeavesOutWithoutRowidAndNothingElse) {
  EXPECT_EQ(dialect_sql("CREATE TABLE t (\n  a INTEGER,\n  PRIMARY KEY (a)\n) WITHOUT ROWID;\nCREATE TABLE u (x TEXT)"
                        " WITHOUT\n ROWID; SELECT 'WITHOUT ROWID'",
                        Dialect::kPostgresql),
            "CREATE TABLE t (\n  a BIGINT,\n  PRIMARY KEY (a)\n);\nCREATE TABLE u (x TEXT); SELECT 'WITHOUT ROWID'");
  EXPECT_EQ(dialect_sql("SELECT without_rowid, WITHOUT_X FROM t", Dialect::kPostgresql),
            "SELECT without_rowid, WITHOUT_X FROM t");
}

TEST(MigrationDialect, NoSqliteOnlySyntaxReachesPostgresql) {
  int without_rowid = 0;
  for (const Migration& m : migrations()) {
    const std::string pg = migration_sql(m, Dialect::kPostgresql);
    EXPECT_EQ(pg.find("WITHOUT ROWID"), std::string::npos) << "migration " << m.version;
    EXPECT_EQ(pg.find("PRAGMA"), std::string::npos) << "migration " << m.version;
    EXPECT_EQ(pg.find(" INTEGER"), std::string::npos) << "migration " << m.version;
    if (std::string(m.sql).find("WITHOUT ROWID") != std::string::npos) ++without_rowid;
  }
  EXPECT_GE(without_rowid, 3) << "14, 15 and 17 create WITHOUT ROWID tables";
}

TEST(SplitStatements, SplitsAtSemicolonsOutsideQuotesAndComments) {
  const auto parts = pg::split_statements(
      "CREATE TABLE a (x TEXT DEFAULT ';');\n-- a comment; with a semicolon\n"
      "INSERT INTO a VALUES ('it''s; fine');  ;\nSELECT \"odd;name\" FROM a");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "CREATE TABLE a (x TEXT DEFAULT ';')");
  EXPECT_EQ(parts[1], "INSERT INTO a VALUES ('it''s; fine')");
  EXPECT_EQ(parts[2], "SELECT \"odd;name\" FROM a");
  EXPECT_TRUE(pg::split_statements(" ;\n; ").empty());
}

}  // namespace
}  // namespace nc::store
