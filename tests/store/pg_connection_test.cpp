// Label `postgres`: the libpq layer (store/pg/connection.h) against the
// throwaway cluster: values as typed parameters, never SQL text; results
// read back as they went in; errors as Status with their SQLSTATE;
// transactions all or nothing.
#include <gtest/gtest.h>

#include <string>

#include "pg_test_db.h"
#include "store/pg/connection.h"

namespace nc::store {
namespace {

class PgConnectionTest : public ::testing::Test {
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

TEST_F(PgConnectionTest, ValuesTravelAsParametersWithTheirTypes) {
  ASSERT_TRUE(conn->run("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT, data BYTEA)", "creating").ok());
  const std::string hostile = "x'); DROP TABLE t; --";
  const std::string bytes("\0\x01\xff'\\", 5);
  ASSERT_TRUE(conn->run("INSERT INTO t (id, name, data) VALUES ($1, $2, $3)",
                        pg::Params().add(std::int64_t{1} << 40).add(hostile).add_bytes(bytes), "inserting")
                  .ok());
  auto row = conn->query("SELECT id, name, data, NULL FROM t WHERE name = $1", pg::Params().add(hostile), "reading");
  ASSERT_TRUE(row.ok()) << row.status().message();
  ASSERT_EQ(row->size(), 1);
  EXPECT_EQ(row->integer(0, 0), std::int64_t{1} << 40);
  EXPECT_EQ(row->text(0, 1), hostile);
  EXPECT_EQ(row->bytes(0, 2), bytes);
  EXPECT_TRUE(row->is_null(0, 3));
  EXPECT_EQ(row->optional_integer(0, 3), std::nullopt);

  Status dup = conn->run("INSERT INTO t (id) VALUES ($1)", pg::Params().add(std::int64_t{1} << 40), "inserting again");
  EXPECT_EQ(dup.code(), Code::kConflict) << dup.message();
  EXPECT_NE(dup.message().find("inserting again"), std::string::npos) << dup.message();
  Status bad = conn->run("SELECT * FROM no_such_table", "reading nothing");
  EXPECT_EQ(bad.code(), Code::kStorage);
  EXPECT_NE(bad.message().find("42P01"), std::string::npos) << bad.message();

  // A transaction is all or nothing.
  Status failed = conn->transaction("two inserts", [&]() -> Status {
    if (Status s = conn->run("INSERT INTO t (id) VALUES ($1)", pg::Params().add(std::int64_t{2}), "one"); !s.ok())
      return s;
    return conn->run("INSERT INTO t (id) VALUES ($1)", pg::Params().add(std::int64_t{2}), "two");
  });
  EXPECT_EQ(failed.code(), Code::kConflict);
  EXPECT_EQ(conn->query("SELECT count(*) FROM t", "counting")->integer(0, 0), 1);
  auto gone = conn->query("DELETE FROM t WHERE id > $1", pg::Params().add(std::int64_t{0}), "deleting");
  ASSERT_TRUE(gone.ok());
  EXPECT_EQ(gone->affected(), 1);
}

TEST(PgConnection, AnUnreachableServerIsAStorageErrorNamingIt) {
  auto c = pg::Connection::open("host=/nonexistent-nc-socket-dir dbname=x connect_timeout=2");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Code::kStorage);
  EXPECT_NE(c.status().message().find("/nonexistent-nc-socket-dir"), std::string::npos) << c.status().message();
}

}  // namespace
}  // namespace nc::store
