#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "store/migrations.h"

namespace nc::store {
namespace {

namespace fs = std::filesystem;

// The shipped regulation, built once; the store tests only need a real one.
const rulebook::RulebookSource& shipped_source() {
  static const rulebook::RulebookSource source = [] {
    auto all = rulebook::read_directory(std::string(NC_DATA_DIR) + "/rulebooks");
    EXPECT_TRUE(all.ok()) << all.status().message();
    return all->front();
  }();
  return source;
}

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

TEST_F(SqliteStoreTest, PutStoresOnceAndReportsAlreadyPresent) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok()) << built.status().message();

  auto first = s->put_rulebook_source(shipped_source(), *built);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(*first, PutOutcome::Inserted);
  auto second = s->put_rulebook_source(shipped_source(), *built);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(*second, PutOutcome::AlreadyPresent);

  auto listed = s->list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  const StoredRulebookSource& got = listed->front();
  EXPECT_EQ(got.source.id, shipped_source().id);
  EXPECT_EQ(got.source.effective_date, shipped_source().effective_date);
  EXPECT_EQ(got.source.version, shipped_source().version);
  EXPECT_EQ(got.source.text, shipped_source().text);
  EXPECT_EQ(got.source.annotations, shipped_source().annotations);
  EXPECT_EQ(got.title, "党员网络行为规定");
  EXPECT_EQ(got.source_sha256, source_digest(shipped_source()));
  EXPECT_EQ(got.source_sha256.size(), 64u);
  EXPECT_EQ(got.loaded_at, "2026-01-02T03:04:05Z");
}

TEST_F(SqliteStoreTest, ArticlesAreStoredWithTheirChapterForSqlUse) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(s->put_rulebook_source(shipped_source(), *built).ok());
  ASSERT_TRUE(s->put_rulebook_source(shipped_source(), *built).ok());  // no second set of rows

  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw,
                               "SELECT COUNT(*), SUM(CASE WHEN number = 14 THEN chapter_number END),"
                               " MAX(CASE WHEN number = 14 THEN label END) FROM rulebook_articles",
                               -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 26);
  EXPECT_EQ(sqlite3_column_int(st, 1), 3);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)), "第十四条");
  sqlite3_finalize(st);
  sqlite3_close(raw);
}

TEST_F(SqliteStoreTest, StoredSourceSurvivesReopenAndStillBuilds) {
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  {
    auto s = open_migrated();
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->put_rulebook_source(shipped_source(), *built).ok());
  }
  auto s = open_migrated();
  ASSERT_TRUE(s);
  auto again = s->put_rulebook_source(shipped_source(), *built);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, PutOutcome::AlreadyPresent);
  auto listed = s->list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  auto rebuilt = rulebook::build(listed->front().source);
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().message();
  EXPECT_EQ(rebuilt->articles().size(), 26u);
  EXPECT_EQ(rebuilt->find_article(14)->text, built->find_article(14)->text);
}

TEST_F(SqliteStoreTest, AnotherEffectiveDateIsAnotherVersion) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  rulebook::RulebookSource later = shipped_source();
  later.effective_date = "2030-01-01";
  later.version = "2030";
  auto built = rulebook::build(shipped_source());
  auto built_later = rulebook::build(later);
  ASSERT_TRUE(built.ok() && built_later.ok());
  // Inserted out of order; listed by effective date.
  EXPECT_EQ(*s->put_rulebook_source(later, *built_later), PutOutcome::Inserted);
  EXPECT_EQ(*s->put_rulebook_source(shipped_source(), *built), PutOutcome::Inserted);
  auto listed = s->list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].source.effective_date, shipped_source().effective_date);
  EXPECT_EQ((*listed)[1].source.effective_date, "2030-01-01");
}

TEST_F(SqliteStoreTest, ChangedContentUnderSameVersionKeyIsAConflictAndStoresNothing) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(s->put_rulebook_source(shipped_source(), *built).ok());

  rulebook::RulebookSource edited = shipped_source();
  edited.text += "\n";
  auto put = s->put_rulebook_source(edited, *built);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), Code::kConflict);
  auto listed = s->list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().source.text, shipped_source().text);
}

TEST_F(SqliteStoreTest, ChangedAnnotationsUnderSameTextUpdateTheStoredVersion) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(s->put_rulebook_source(shipped_source(), *built).ok());

  rulebook::RulebookSource reviewed = shipped_source();
  reviewed.annotations += "\n# reviewed again\n";
  auto put = s->put_rulebook_source(reviewed, *built);
  ASSERT_TRUE(put.ok()) << put.status().message();
  EXPECT_EQ(*put, PutOutcome::MetadataUpdated);
  auto listed = s->list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().source.annotations, reviewed.annotations);
  EXPECT_EQ(*s->put_rulebook_source(reviewed, *built), PutOutcome::AlreadyPresent);
}

TEST_F(SqliteStoreTest, BuiltRulebookMustMatchItsSource) {
  auto s = open_migrated();
  ASSERT_TRUE(s);
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  rulebook::RulebookSource other = shipped_source();
  other.id = "another-id";
  auto put = s->put_rulebook_source(other, *built);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), Code::kInvalidInput);
  EXPECT_TRUE(s->list_rulebook_sources()->empty());
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
