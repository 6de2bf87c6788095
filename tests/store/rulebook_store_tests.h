// The RulebookStore area (store.h) as one typed test suite, run against every
// backend: SqliteStore (store_tests, rulebook_store_sqlite_test.cpp) and
// PgRulebookStore (store_pg_tests, label postgres, rulebook_store_pg_test.cpp).
// From sqlite_store_test.cpp's rulebook cases. A backend (backend_sqlite.h,
// backend_pg.h) gives open(now), reopen(), rulebooks() and rows().
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rulebook/loader.h"
#include "store/store.h"

namespace nc::store::testing {

// The shipped regulation, built once; the store tests only need a real one.
inline const rulebook::RulebookSource& shipped_source() {
  static const rulebook::RulebookSource source = [] {
    auto all = rulebook::read_directory(std::string(NC_DATA_DIR) + "/rulebooks");
    EXPECT_TRUE(all.ok()) << all.status().message();
    return all->front();
  }();
  return source;
}

template <typename Backend>
class RulebookStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string error = backend.open([] { return std::string("2026-01-02T03:04:05Z"); });
    ASSERT_TRUE(error.empty()) << error;
  }
  RulebookStore& db() { return backend.rulebooks(); }
  Backend backend;
};

TYPED_TEST_SUITE_P(RulebookStoreTest);

TYPED_TEST_P(RulebookStoreTest, PutStoresOnceAndReportsAlreadyPresent) {
  RulebookStore& s = this->db();
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok()) << built.status().message();

  auto first = s.put_rulebook_source(shipped_source(), *built);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(*first, PutOutcome::Inserted);
  auto second = s.put_rulebook_source(shipped_source(), *built);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(*second, PutOutcome::AlreadyPresent);

  auto listed = s.list_rulebook_sources();
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

TYPED_TEST_P(RulebookStoreTest, ArticlesAreStoredWithTheirChapterForSqlUse) {
  RulebookStore& s = this->db();
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(s.put_rulebook_source(shipped_source(), *built).ok());
  ASSERT_TRUE(s.put_rulebook_source(shipped_source(), *built).ok());  // no second set of rows
  auto rows = this->backend.rows(
      "SELECT COUNT(*), SUM(CASE WHEN number = 14 THEN chapter_number END),"
      " MAX(CASE WHEN number = 14 THEN label END) FROM rulebook_articles");
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0], (std::vector<std::string>{"26", "3", "第十四条"}));
}

TYPED_TEST_P(RulebookStoreTest, StoredSourceSurvivesReopenAndStillBuilds) {
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(this->db().put_rulebook_source(shipped_source(), *built).ok());
  ASSERT_EQ(this->backend.reopen(), "");
  RulebookStore& s = this->db();
  auto again = s.put_rulebook_source(shipped_source(), *built);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, PutOutcome::AlreadyPresent);
  auto listed = s.list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  auto rebuilt = rulebook::build(listed->front().source);
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().message();
  EXPECT_EQ(rebuilt->articles().size(), 26u);
  EXPECT_EQ(rebuilt->find_article(14)->text, built->find_article(14)->text);
}

TYPED_TEST_P(RulebookStoreTest, AnotherEffectiveDateIsAnotherVersion) {
  RulebookStore& s = this->db();
  rulebook::RulebookSource later = shipped_source();
  later.effective_date = "2030-01-01";
  later.version = "2030";
  auto built = rulebook::build(shipped_source());
  auto built_later = rulebook::build(later);
  ASSERT_TRUE(built.ok() && built_later.ok());
  // Inserted out of order; listed by effective date.
  EXPECT_EQ(*s.put_rulebook_source(later, *built_later), PutOutcome::Inserted);
  EXPECT_EQ(*s.put_rulebook_source(shipped_source(), *built), PutOutcome::Inserted);
  auto listed = s.list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].source.effective_date, shipped_source().effective_date);
  EXPECT_EQ((*listed)[1].source.effective_date, "2030-01-01");
}

// Listed by id in code point order, as SQLite compares: '-' (U+002D) before
// '1' before 'b' (a language's collation would ignore the '-').
TYPED_TEST_P(RulebookStoreTest, VersionsAreListedByIdInCodePointOrder) {
  RulebookStore& s = this->db();
  for (const char* id : {"ab", "a1", "a-rules"}) {
    rulebook::RulebookSource other = shipped_source();
    other.id = id;
    auto built = rulebook::build(other);
    ASSERT_TRUE(built.ok()) << built.status().message();
    ASSERT_TRUE(s.put_rulebook_source(other, *built).ok());
  }
  auto listed = s.list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  std::vector<std::string> ids;
  for (const auto& v : *listed) ids.push_back(v.source.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a-rules", "a1", "ab"}));
}

TYPED_TEST_P(RulebookStoreTest, ChangedContentUnderSameVersionKeyIsAConflictAndStoresNothing) {
  RulebookStore& s = this->db();
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(s.put_rulebook_source(shipped_source(), *built).ok());

  rulebook::RulebookSource edited = shipped_source();
  edited.text += "\n";
  auto put = s.put_rulebook_source(edited, *built);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), Code::kConflict);
  auto listed = s.list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().source.text, shipped_source().text);
}

TYPED_TEST_P(RulebookStoreTest, ChangedAnnotationsUnderSameTextUpdateTheStoredVersion) {
  RulebookStore& s = this->db();
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE(s.put_rulebook_source(shipped_source(), *built).ok());

  rulebook::RulebookSource reviewed = shipped_source();
  reviewed.annotations += "\n# reviewed again\n";
  auto put = s.put_rulebook_source(reviewed, *built);
  ASSERT_TRUE(put.ok()) << put.status().message();
  EXPECT_EQ(*put, PutOutcome::MetadataUpdated);
  auto listed = s.list_rulebook_sources();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().source.annotations, reviewed.annotations);
  EXPECT_EQ(listed->front().source_sha256, source_digest(reviewed));
  EXPECT_EQ(*s.put_rulebook_source(reviewed, *built), PutOutcome::AlreadyPresent);
}

TYPED_TEST_P(RulebookStoreTest, BuiltRulebookMustMatchItsSource) {
  RulebookStore& s = this->db();
  auto built = rulebook::build(shipped_source());
  ASSERT_TRUE(built.ok());
  rulebook::RulebookSource other = shipped_source();
  other.id = "another-id";
  auto put = s.put_rulebook_source(other, *built);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), Code::kInvalidInput);
  other.id = "";
  EXPECT_EQ(s.put_rulebook_source(other, *built).status().code(), Code::kInvalidInput);
  EXPECT_TRUE(s.list_rulebook_sources()->empty());
}

REGISTER_TYPED_TEST_SUITE_P(RulebookStoreTest, PutStoresOnceAndReportsAlreadyPresent,
                            ArticlesAreStoredWithTheirChapterForSqlUse, StoredSourceSurvivesReopenAndStillBuilds,
                            AnotherEffectiveDateIsAnotherVersion, VersionsAreListedByIdInCodePointOrder,
                            ChangedContentUnderSameVersionKeyIsAConflictAndStoresNothing,
                            ChangedAnnotationsUnderSameTextUpdateTheStoredVersion, BuiltRulebookMustMatchItsSource);

}  // namespace nc::store::testing
