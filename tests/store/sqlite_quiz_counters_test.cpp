// The quizzes' overview counters (migration 19): kept in the month counters
// with every quiz and attempt, and filled by the migration for a database
// whose quizzes were made before it — quiz_counts answers the same either way.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "domain/org_tree.h"
#include "domain/roster.h"
#include "store/migrations.h"
#include "store/sqlite_store.h"

namespace nc::store {
namespace {

namespace fs = std::filesystem;
using namespace nc::domain;

AuditRecord note(const std::string& action) {
  AuditRecord a;
  a.entry.time_us = 1'700'000'000'000'000;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.origin = "local";
  return a;
}

TEST(QuizCounters, MigrationNineteenCountsTheQuizzesOfAnExistingDatabaseAsTheStoreKeepsThem) {
  const fs::path dir = fs::temp_directory_path() / ("nc-quiz-counters-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto opened = SqliteStore::open(dir / "t.db");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  auto db = std::move(opened).value();
  ASSERT_TRUE(db->migrate().ok());
  OrgTree tree;
  Roster roster;
  const Date d{2020, 1, 1};
  const OrgId root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
  const OrgId c1 = *tree.create("C1", "一委", OrgType::kCommittee, root, d);
  const OrgId b1 = *tree.create("B1", "支部一", OrgType::kBranch, c1, d);
  const OrgId b2 = *tree.create("B2", "支部二", OrgType::kBranch, root, d);
  ASSERT_TRUE(db->save_directory(tree.all(), tree.events(), roster.all(), note("seed")).ok());
  auto publish_one = [&](OrgId org) {
    QuizQuestion q;
    q.org = org;
    q.rulebook = "r";
    q.article = 14;
    q.kind = "fill_blank";
    q.stem = "党员不得通过网络（    ）党和国家秘密";
    q.options = R"(["泄露","发布","复制"])";
    q.source = "党员不得通过网络泄露党和国家秘密";
    q.created_by = UserId{1};
    auto added = db->add_quiz_questions({q}, note("quiz.generate"));
    EXPECT_TRUE(added.ok());
    EXPECT_TRUE(db->publish_quiz_question((*added)[0].id, 1, UserId{3}, 1, note("p")).ok());
    return (*added)[0].id;
  };
  const std::uint64_t q1 = publish_one(b1), q2 = publish_one(b2);
  std::uint32_t member = 0;
  auto make = [&](OrgId org, std::uint64_t question, Date closes, int takers) {
    Quiz quiz;
    quiz.org = org;
    quiz.title = "t";
    quiz.opens = {2026, 1, 1};
    quiz.closes = closes;
    quiz.questions = {question};
    auto z = db->create_quiz(quiz, note("quiz.create"));
    ASSERT_TRUE(z.ok()) << z.status().message();
    for (int m = 0; m < takers; ++m)
      ASSERT_TRUE(db->add_quiz_attempt({z->id, MemberId{++member}, {0}, {true}, 1}, note("a")).ok());
  };
  make(b1, q1, {2026, 3, 31}, 3);
  make(b1, q1, {2026, 11, 30}, 5);
  make(b2, q2, {2026, 3, 15}, 2);
  make(b2, q2, {2027, 1, 10}, 0);
  struct Seen {
    QuizCounts root, c1_subtree, c1_own, b2_own;
  };
  auto seen = [&] {
    return Seen{*db->quiz_counts({{root, true}}, 2026), *db->quiz_counts({{c1, true}}, 2026),
                *db->quiz_counts({{c1, false}}, 2026), *db->quiz_counts({{b2, false}}, 2027)};
  };
  const Seen kept = seen();
  EXPECT_EQ(kept.root.quizzes, 4u);
  EXPECT_EQ(kept.root.completions, 10u);
  EXPECT_EQ(kept.root.completions_by_closing_month[2], 5u);  // March: 3 + 2
  EXPECT_EQ(kept.root.completions_by_closing_month[10], 5u);
  EXPECT_EQ(kept.c1_subtree.quizzes, 2u);
  EXPECT_EQ(kept.c1_subtree.completions, 8u);
  EXPECT_EQ(kept.c1_own.quizzes, 0u);
  EXPECT_EQ(kept.b2_own.quizzes, 2u);
  EXPECT_EQ(kept.b2_own.completions_by_closing_month, (std::array<std::uint64_t, 12>{}));

  // The same database as it was before migration 19 (no quiz counters),
  // then migration 19's text run on it.
  db.reset();
  const Migration* nineteen = nullptr;
  for (const Migration& m : migrations()) {
    if (m.version == 19) nineteen = &m;
  }
  ASSERT_NE(nineteen, nullptr);
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "DELETE FROM workflow_month_counts WHERE kind = 'quiz';"
                           " DELETE FROM workflow_subtree_month_counts WHERE kind = 'quiz'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(raw);
    sqlite3_close(raw);
  }
  opened = SqliteStore::open(dir / "t.db");
  ASSERT_TRUE(opened.ok());
  db = std::move(opened).value();
  EXPECT_EQ(db->quiz_counts({{root, true}}, 2026)->quizzes, 0u) << "nothing counted before the migration";
  db.reset();
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, migration_sql(*nineteen, Dialect::kSqlite).c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(raw);
    sqlite3_close(raw);
  }
  opened = SqliteStore::open(dir / "t.db");
  ASSERT_TRUE(opened.ok());
  db = std::move(opened).value();
  const Seen filled = seen();
  for (auto [a, b] : {std::pair{kept.root, filled.root}, {kept.c1_subtree, filled.c1_subtree},
                      {kept.c1_own, filled.c1_own}, {kept.b2_own, filled.b2_own}}) {
    EXPECT_EQ(a.quizzes, b.quizzes);
    EXPECT_EQ(a.completions, b.completions);
    EXPECT_EQ(a.completions_by_closing_month, b.completions_by_closing_month);
  }
  db.reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nc::store
