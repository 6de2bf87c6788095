// Quizzes in the store (migration 16): drafts, then published; a quiz only of
// published questions of its organisation; one attempt per member, with the
// tallies moved in the same transaction; completions without scores; counts
// over a subtree equal to counts made independently.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "domain/org_tree.h"
#include "domain/roster.h"
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

class QuizStore : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-quiz-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto opened = SqliteStore::open(dir / "t.db");
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db = std::move(opened).value();
    ASSERT_TRUE(db->migrate().ok());
    const Date d{2020, 1, 1};
    root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    c1 = *tree.create("C1", "一委", OrgType::kCommittee, root, d);
    b1 = *tree.create("B1", "支部一", OrgType::kBranch, c1, d);
    b2 = *tree.create("B2", "支部二", OrgType::kBranch, root, d);
    for (int i = 0; i < 8; ++i) {
      Member m;
      m.name = "党员" + std::to_string(i);
      m.number = "N" + std::to_string(i);
      m.org = b1;
      ASSERT_TRUE(roster.add(m, d).ok());
    }
    ASSERT_TRUE(db->save_directory(tree.all(), tree.events(), roster.all(), note("seed")).ok());
  }
  void TearDown() override {
    db.reset();
    fs::remove_all(dir);
  }
  std::vector<QuizQuestion> drafts(OrgId org, int n) {
    std::vector<QuizQuestion> out;
    for (int i = 0; i < n; ++i) {
      QuizQuestion q;
      q.org = org;
      q.rulebook = "r";
      q.article = 14;
      q.kind = "fill_blank";
      q.stem = "党员不得通过网络（    ）党和国家秘密" + std::to_string(i);
      q.options = R"(["泄露","发布","复制"])";
      q.answer = 0;
      q.source = "党员不得通过网络泄露党和国家秘密";
      q.created_by = UserId{1};
      out.push_back(q);
    }
    auto added = db->add_quiz_questions(out, note("quiz.generate"));
    EXPECT_TRUE(added.ok()) << added.status().message();
    return added.ok() ? *added : std::vector<QuizQuestion>{};
  }
  std::uint64_t audit_count() { return *db->count_audit(AuditFilter{}); }

  fs::path dir;
  std::unique_ptr<SqliteStore> db;
  OrgTree tree;
  Roster roster;
  OrgId root, c1, b1, b2;
};

TEST_F(QuizStore, DraftsAreEditedThenPublishedThenFrozen) {
  auto qs = drafts(b1, 2);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].state, "draft");
  EXPECT_LT(qs[0].id, qs[1].id);
  QuizQuestion e = qs[0];
  e.stem = "改写后的题干（    ）";
  auto edited = db->edit_quiz_question(e, note("quiz.question.edit"));
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  EXPECT_TRUE(edited->edited);
  EXPECT_EQ(edited->version, 2u);
  // A stale version is a conflict, nothing changed.
  auto stale = db->edit_quiz_question(qs[0], note("quiz.question.edit"));
  EXPECT_EQ(stale.status().code(), Code::kConflict);
  EXPECT_EQ((*db->find_quiz_question(qs[0].id))->stem, "改写后的题干（    ）");
  auto pub = db->publish_quiz_question(qs[0].id, 2, UserId{3}, 42, note("quiz.question.publish"));
  ASSERT_TRUE(pub.ok()) << pub.status().message();
  EXPECT_EQ(pub->state, "published");
  EXPECT_EQ(pub->published_by, UserId{3});
  // Published: no more edits.
  QuizQuestion late = *pub;
  late.stem = "再改";
  EXPECT_EQ(db->edit_quiz_question(late, note("quiz.question.edit")).status().code(), Code::kConflict);
  EXPECT_EQ(db->publish_quiz_question(qs[0].id, pub->version, UserId{3}, 43, note("x")).status().code(), Code::kConflict);
  EXPECT_EQ(db->edit_quiz_question([] { QuizQuestion q; q.id = 999; return q; }(), note("x")).status().code(),
            Code::kNotFound);
}

TEST_F(QuizStore, BankPagesFollowOnAndCountByState) {
  auto qs = drafts(b1, 7);
  drafts(b2, 3);
  ASSERT_TRUE(db->publish_quiz_question(qs[2].id, 1, UserId{3}, 1, note("p")).ok());
  std::vector<std::uint64_t> seen;
  std::optional<std::uint64_t> after;
  do {
    auto page = db->quiz_question_page(b1, std::nullopt, after, 3);
    ASSERT_TRUE(page.ok()) << page.status().message();
    EXPECT_EQ(page->total, 7u);
    for (const auto& q : page->questions) seen.push_back(q.id);
    after = page->next;
  } while (after);
  ASSERT_EQ(seen.size(), 7u);
  for (size_t i = 0; i < 7; ++i) EXPECT_EQ(seen[i], qs[i].id);
  auto published = db->quiz_question_page(b1, std::string("published"), std::nullopt, 200);
  ASSERT_TRUE(published.ok());
  ASSERT_EQ(published->questions.size(), 1u);
  EXPECT_EQ(published->total, 1u);
  EXPECT_EQ(db->quiz_question_page(b1, std::string("draft"), std::nullopt, 200)->total, 6u);
}

TEST_F(QuizStore, AQuizTakesOnlyPublishedQuestionsOfItsOrganisation) {
  auto qs = drafts(b1, 3);
  auto other = drafts(b2, 1);
  ASSERT_TRUE(db->publish_quiz_question(qs[0].id, 1, UserId{3}, 1, note("p")).ok());
  ASSERT_TRUE(db->publish_quiz_question(other[0].id, 1, UserId{3}, 1, note("p")).ok());
  Quiz quiz;
  quiz.org = b1;
  quiz.title = "测验";
  quiz.opens = {2026, 3, 1};
  quiz.closes = {2026, 3, 31};
  quiz.created_by = UserId{3};
  const auto before = audit_count();
  quiz.questions = {qs[0].id, qs[1].id};  // the second is a draft
  auto refused = db->create_quiz(quiz, note("quiz.create"));
  EXPECT_EQ(refused.status().code(), Code::kInvalidInput);
  EXPECT_NE(refused.status().message().find("第 2 题"), std::string::npos) << refused.status().message();
  quiz.questions = {qs[0].id, other[0].id};  // another branch's
  EXPECT_EQ(db->create_quiz(quiz, note("quiz.create")).status().code(), Code::kInvalidInput);
  quiz.questions = {qs[0].id, 999};
  EXPECT_EQ(db->create_quiz(quiz, note("quiz.create")).status().code(), Code::kInvalidInput);
  EXPECT_EQ(audit_count(), before) << "nothing stored";
  EXPECT_EQ(db->quiz_page({b1}, std::nullopt, 50)->total, 0u);
  quiz.questions = {qs[0].id};
  auto made = db->create_quiz(quiz, note("quiz.create"));
  ASSERT_TRUE(made.ok()) << made.status().message();
  auto found = db->find_quiz(made->id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->questions, std::vector<std::uint64_t>{qs[0].id});
  EXPECT_EQ((*found)->question_count, 1u);
  auto listed = db->quiz_page({b1}, std::nullopt, 50);
  ASSERT_TRUE(listed.ok() && listed->quizzes.size() == 1u);
  EXPECT_TRUE(listed->quizzes[0].questions.empty()) << "a page leaves the ids out";
  EXPECT_EQ(listed->quizzes[0].question_count, 1u) << "but counts them";
  EXPECT_EQ((*found)->closes, (Date{2026, 3, 31}));
  EXPECT_EQ(audit_count(), before + 1);
}

TEST_F(QuizStore, OneAttemptPerMemberTalliesMoveWithIt) {
  auto qs = drafts(b1, 2);
  for (const auto& q : qs) ASSERT_TRUE(db->publish_quiz_question(q.id, 1, UserId{3}, 1, note("p")).ok());
  Quiz quiz;
  quiz.org = b1;
  quiz.title = "测验";
  quiz.opens = {2026, 3, 1};
  quiz.closes = {2026, 3, 31};
  quiz.questions = {qs[0].id, qs[1].id};
  auto made = db->create_quiz(quiz, note("quiz.create"));
  ASSERT_TRUE(made.ok());
  // Members 1..6: question 1 right for the odd ones, question 2 right for all.
  for (std::uint32_t m = 1; m <= 6; ++m) {
    QuizAttempt a{made->id, MemberId{m}, {m % 2 ? 0 : 1, 0}, {m % 2 == 1, true}, 100 + m};
    ASSERT_TRUE(db->add_quiz_attempt(a, note("quiz.attempt")).ok());
  }
  QuizAttempt again{made->id, MemberId{1}, {1, 1}, {false, false}, 200};
  const auto before = audit_count();
  EXPECT_EQ(db->add_quiz_attempt(again, note("quiz.attempt")).code(), Code::kConflict);
  EXPECT_EQ(audit_count(), before);
  auto tally = db->quiz_tally(made->id);
  ASSERT_TRUE(tally.ok());
  EXPECT_EQ(tally->takers, 6);
  EXPECT_EQ(tally->right, (std::vector<std::int64_t>{3, 6}));
  // The member's own attempt, as made.
  auto mine = db->find_quiz_attempt(made->id, MemberId{2});
  ASSERT_TRUE(mine.ok() && *mine);
  EXPECT_EQ((*mine)->answers, (std::vector<int>{1, 0}));
  EXPECT_EQ((*mine)->right, (std::vector<bool>{false, true}));
  EXPECT_FALSE(*db->find_quiz_attempt(made->id, MemberId{7}));
  EXPECT_EQ(db->member_quiz_attempts(MemberId{2}, std::nullopt, 50)->size(), 1u);
  // Completions: names, paged by member id; no answers in the value at all.
  std::vector<std::string> names;
  std::optional<MemberId> after;
  do {
    auto page = db->quiz_completions(made->id, after, 4);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 6u);
    for (const auto& c : page->completions) names.push_back(c.name);
    after = page->next;
  } while (after);
  EXPECT_EQ(names, (std::vector<std::string>{"党员0", "党员1", "党员2", "党员3", "党员4", "党员5"}));
}

TEST_F(QuizStore, AnAttemptNotCountedIsACompletionOutsideTheTallies) {
  // A reader of the bank (domain::quiz::attempt_counted) takes the quiz:
  // a completion like any, kept with its flag, moving no share and no
  // counted taker.
  auto qs = drafts(b1, 2);
  for (const auto& q : qs) ASSERT_TRUE(db->publish_quiz_question(q.id, 1, UserId{3}, 1, note("p")).ok());
  Quiz quiz;
  quiz.org = b1;
  quiz.title = "测验";
  quiz.opens = {2026, 3, 1};
  quiz.closes = {2026, 3, 31};
  quiz.questions = {qs[0].id, qs[1].id};
  auto made = db->create_quiz(quiz, note("quiz.create"));
  ASSERT_TRUE(made.ok());
  for (std::uint32_t m = 1; m <= 4; ++m) {
    ASSERT_TRUE(db->add_quiz_attempt({made->id, MemberId{m}, {0, 1}, {true, false}, 100 + m}, note("a")).ok());
  }
  QuizAttempt reader{made->id, MemberId{5}, {0, 0}, {true, true}, 200};
  reader.counted = false;
  ASSERT_TRUE(db->add_quiz_attempt(reader, note("a")).ok());
  auto tally = db->quiz_tally(made->id);
  ASSERT_TRUE(tally.ok());
  EXPECT_EQ(tally->takers, 4) << "the reader of the bank is no counted taker";
  EXPECT_EQ(tally->right, (std::vector<std::int64_t>{4, 0})) << "their right answers move no share";
  auto theirs = db->find_quiz_attempt(made->id, MemberId{5});
  ASSERT_TRUE(theirs.ok() && *theirs);
  EXPECT_FALSE((*theirs)->counted);
  EXPECT_EQ((*theirs)->right, (std::vector<bool>{true, true})) << "their result is theirs, as made";
  EXPECT_TRUE((*db->find_quiz_attempt(made->id, MemberId{1}))->counted);
  auto page = db->quiz_completions(made->id, std::nullopt, 50);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5u);
  EXPECT_EQ(page->completions.size(), 5u) << "a completion like any other";
  EXPECT_EQ((*db->find_quiz(made->id))->takers, 5);
}

TEST_F(QuizStore, CountsOverASubtreeEqualCountsMadeIndependently) {
  auto q1 = drafts(b1, 1);
  auto q2 = drafts(b2, 1);
  ASSERT_TRUE(db->publish_quiz_question(q1[0].id, 1, UserId{3}, 1, note("p")).ok());
  ASSERT_TRUE(db->publish_quiz_question(q2[0].id, 1, UserId{3}, 1, note("p")).ok());
  std::map<OrgId, std::pair<int, int>> made;  // org → quizzes, attempts
  auto make = [&](OrgId org, std::uint64_t question, int takers) {
    Quiz quiz;
    quiz.org = org;
    quiz.title = "t";
    quiz.opens = {2026, 1, 1};
    quiz.closes = {2026, 1, 2};
    quiz.questions = {question};
    auto z = db->create_quiz(quiz, note("quiz.create"));
    ASSERT_TRUE(z.ok());
    for (int m = 1; m <= takers; ++m)
      ASSERT_TRUE(db->add_quiz_attempt({z->id, MemberId{static_cast<std::uint32_t>(m)}, {0}, {true}, 1}, note("a")).ok());
    made[org].first += 1;
    made[org].second += takers;
  };
  make(b1, q1[0].id, 3);
  make(b1, q1[0].id, 5);
  make(b2, q2[0].id, 2);
  auto sum = [&](std::vector<OrgId> orgs) {
    std::pair<std::uint64_t, std::uint64_t> s{0, 0};
    for (OrgId o : orgs) s.first += made[o].first, s.second += made[o].second;
    return s;
  };
  auto counts = [&](std::vector<OrgScope> scope) { return *db->quiz_counts(scope, std::nullopt); };
  EXPECT_EQ(counts({{root, true}}).quizzes, sum({b1, b2}).first);
  EXPECT_EQ(counts({{root, true}}).completions, sum({b1, b2}).second);
  EXPECT_EQ(counts({{c1, true}}).quizzes, sum({b1}).first);
  EXPECT_EQ(counts({{c1, true}}).completions, 8u);
  EXPECT_EQ(counts({{c1, false}}).quizzes, 0u) << "the committee alone has none of its own";
  EXPECT_EQ(counts({{b2, false}, {c1, true}}).completions, 10u);
  EXPECT_EQ(counts({}).quizzes, 0u);
  // By the month each quiz closes: all of them close on 2026-01-02.
  auto in2026 = db->quiz_counts({{root, true}}, 2026);
  ASSERT_TRUE(in2026.ok());
  EXPECT_EQ(in2026->completions_by_closing_month[0], sum({b1, b2}).second);
  for (std::size_t m = 1; m < 12; ++m) EXPECT_EQ(in2026->completions_by_closing_month[m], 0u) << m;
  EXPECT_EQ(db->quiz_counts({{c1, true}}, 2026)->completions_by_closing_month[0], 8u);
  auto in2025 = db->quiz_counts({{root, true}}, 2025);
  ASSERT_TRUE(in2025.ok());
  EXPECT_EQ(in2025->completions_by_closing_month, (std::array<std::uint64_t, 12>{})) << "another year has none";
  EXPECT_EQ(db->quiz_counts({{root, true}}, std::nullopt)->completions_by_closing_month, (std::array<std::uint64_t, 12>{}));
}

}  // namespace
}  // namespace nc::store
