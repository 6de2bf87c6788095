#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/migrations.h"

namespace nc::store {
namespace {

namespace fs = std::filesystem;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-store-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    file = dir / "netconduct.db";
  }
  void TearDown() override { fs::remove_all(dir); }

  std::unique_ptr<SqliteStore> open_migrated() {
    SqliteStore::Options options;
    options.now = [] { return std::string("2026-01-02T03:04:05Z"); };
    auto s = SqliteStore::open(file, options);
    EXPECT_TRUE(s.ok()) << s.status().message();
    if (!s.ok()) return nullptr;
    Status m = (*s)->migrate();
    EXPECT_TRUE(m.ok()) << m.message();
    return std::move(s).value();
  }

  fs::path dir;
  fs::path file;
};

TEST_F(SqliteStoreTest, FreshDatabaseHasSchemaVersionZeroUntilMigrated) {
  auto s = SqliteStore::open(file);
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto before = (*s)->schema_version();
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(*before, 0);
  ASSERT_TRUE((*s)->migrate().ok());
  auto after = (*s)->schema_version();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(*after, migrations().back().version);
}

TEST_F(SqliteStoreTest, TheDatabaseAndItsWalAreReadableByTheOwnerOnly) {
  auto db = open_migrated();
  ASSERT_NE(db, nullptr);
  for (const fs::path& f : {file, fs::path(file.string() + "-wal")}) {
    ASSERT_TRUE(fs::exists(f)) << f;
    const auto perms = fs::status(f).permissions();
    EXPECT_EQ(perms & (fs::perms::group_all | fs::perms::others_all), fs::perms::none) << f;
  }
  db.reset();
  // An older database made world-readable is narrowed when opened.
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  auto again = SqliteStore::open(file);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
}

TEST_F(SqliteStoreTest, MigrationsAreNumberedWithoutGaps) {
  int expected = 1;
  for (const Migration& m : migrations()) EXPECT_EQ(m.version, expected++);
}

TEST_F(SqliteStoreTest, MigrateTwiceIsHarmless) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->migrate().ok());
  EXPECT_EQ(*s->schema_version(), migrations().back().version);
}

TEST_F(SqliteStoreTest, SchemaNewerThanTheBinaryIsRefused) {
  {
    auto s = open_migrated();
    ASSERT_TRUE(s);
  }
  // A later netconduct has migrated this file further.
  const int future = migrations().back().version + 1;
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
  const std::string sql =
      "INSERT INTO schema_version (version, applied_at) VALUES (" + std::to_string(future) + ", 'later')";
  EXPECT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);

  auto s = SqliteStore::open(file);
  ASSERT_TRUE(s.ok());
  Status m = (*s)->migrate();
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.code(), Code::kSchemaTooNew);
  EXPECT_EQ(*(*s)->schema_version(), future);
}

TEST_F(SqliteStoreTest, OpeningADirectoryFailsWithAMessage) {
  auto s = SqliteStore::open(dir);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Code::kStorage);
  EXPECT_NE(s.status().message().find(dir.string()), std::string::npos);
}

TEST(SourceDigest, DependsOnEveryContentPart) {
  rulebook::RulebookSource a;
  a.id = "x";
  a.version = "1";
  a.text = "ab";
  a.annotations = "c";
  rulebook::RulebookSource b = a;
  b.text = "a";
  b.annotations = "bc";
  EXPECT_NE(source_digest(a), source_digest(b));
  rulebook::RulebookSource c = a;
  c.version = "2";
  EXPECT_NE(source_digest(a), source_digest(c));
  EXPECT_EQ(source_digest(a), source_digest(rulebook::RulebookSource(a)));
  // SHA-256 of the empty parts (three zero length prefixes) is stable.
  EXPECT_EQ(source_digest(rulebook::RulebookSource{}).size(), 64u);
}

}  // namespace
}  // namespace nc::store
