// The QuizStore area (store.h, migration 16) as a typed test suite, run
// against every backend (audit_areas_backend.h): drafts, then published; a
// quiz only of published questions of its organisation; one attempt per
// member, with the tallies moved in the same transaction; completions
// without scores; counts over a subtree equal to counts made independently.
// Moved from sqlite_quiz_test.cpp (SQLite only), every assertion kept.
#pragma once

#include <array>
#include <map>
#include <vector>

#include "audit_areas_backend.h"

namespace nc::store::testing {

template <typename Backend>
class QuizStoreTest : public AreaTest<Backend> {
 protected:
  void SetUp() override {
    using namespace nc::domain;
    AreaTest<Backend>::SetUp();
    if (this->HasFatalFailure()) return;
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
    ASSERT_TRUE(this->backend->seed(tree, roster).ok());
  }
  QuizStore& db() { return this->backend->quizzes(); }
  std::vector<QuizQuestion> drafts(domain::OrgId org, int n) {
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
      q.created_by = domain::UserId{1};
      out.push_back(q);
    }
    auto added = db().add_quiz_questions(out, area_note("quiz.generate"));
    EXPECT_TRUE(added.ok()) << added.status().message();
    return added.ok() ? *added : std::vector<QuizQuestion>{};
  }
  std::uint64_t audit_count() { return *this->backend->audit().count_audit(AuditFilter{}); }
  Quiz quiz_of(domain::OrgId org, std::vector<std::uint64_t> questions) {
    Quiz quiz;
    quiz.org = org;
    quiz.title = "测验";
    quiz.opens = {2026, 3, 1};
    quiz.closes = {2026, 3, 31};
    quiz.created_by = domain::UserId{3};
    quiz.questions = std::move(questions);
    return quiz;
  }

  domain::OrgTree tree;
  domain::Roster roster;
  domain::OrgId root, c1, b1, b2;
};

TYPED_TEST_SUITE_P(QuizStoreTest);

TYPED_TEST_P(QuizStoreTest, DraftsAreEditedThenPublishedThenFrozen) {
  using namespace nc::domain;
  QuizStore& db = this->db();
  auto qs = this->drafts(this->b1, 2);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].state, "draft");
  EXPECT_LT(qs[0].id, qs[1].id);
  auto stored = db.find_quiz_question(qs[1].id);
  ASSERT_TRUE(stored.ok() && *stored);
  EXPECT_EQ((*stored)->stem, qs[1].stem) << "text round-trips";
  EXPECT_EQ((*stored)->options, R"(["泄露","发布","复制"])");
  EXPECT_EQ((*stored)->org, this->b1);
  EXPECT_EQ((*stored)->article, 14);
  EXPECT_EQ((*stored)->version, 1u);
  EXPECT_FALSE((*stored)->edited);
  EXPECT_FALSE((*stored)->published_by);
  QuizQuestion e = qs[0];
  e.stem = "改写后的题干（    ）";
  auto edited = db.edit_quiz_question(e, area_note("quiz.question.edit"));
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  EXPECT_TRUE(edited->edited);
  EXPECT_EQ(edited->version, 2u);
  EXPECT_TRUE((*db.find_quiz_question(qs[0].id))->edited);
  // A stale version is a conflict, nothing changed.
  auto stale = db.edit_quiz_question(qs[0], area_note("quiz.question.edit"));
  EXPECT_EQ(stale.status().code(), Code::kConflict);
  EXPECT_EQ((*db.find_quiz_question(qs[0].id))->stem, "改写后的题干（    ）");
  auto pub = db.publish_quiz_question(qs[0].id, 2, UserId{3}, 42, area_note("quiz.question.publish"));
  ASSERT_TRUE(pub.ok()) << pub.status().message();
  EXPECT_EQ(pub->state, "published");
  EXPECT_EQ(pub->published_by, UserId{3});
  auto reread = db.find_quiz_question(qs[0].id);
  ASSERT_TRUE(reread.ok() && *reread);
  EXPECT_EQ((*reread)->state, "published");
  EXPECT_EQ((*reread)->published_by, UserId{3});
  EXPECT_EQ((*reread)->published_us, 42);
  EXPECT_EQ((*reread)->version, 3u);
  // Published: no more edits.
  QuizQuestion late = *pub;
  late.stem = "再改";
  EXPECT_EQ(db.edit_quiz_question(late, area_note("quiz.question.edit")).status().code(), Code::kConflict);
  EXPECT_EQ(db.publish_quiz_question(qs[0].id, pub->version, UserId{3}, 43, area_note("x")).status().code(),
            Code::kConflict);
  EXPECT_EQ(db.edit_quiz_question(
                  [] {
                    QuizQuestion q;
                    q.id = 999;
                    return q;
                  }(),
                  area_note("x"))
                .status()
                .code(),
            Code::kNotFound);
  EXPECT_FALSE(*db.find_quiz_question(999));
}

// A draft set aside (舍弃) stays in the bank as discarded: never published,
// edited or put in a quiz; a published question cannot be discarded.
TYPED_TEST_P(QuizStoreTest, ADiscardedDraftStaysDiscarded) {
  using namespace nc::domain;
  QuizStore& db = this->db();
  auto qs = this->drafts(this->b1, 3);
  ASSERT_EQ(qs.size(), 3u);
  const auto before = this->audit_count();
  EXPECT_EQ(db.discard_quiz_question(qs[0].id, 2, area_note("quiz.question.discard")).status().code(), Code::kConflict)
      << "at its expected version only";
  auto gone = db.discard_quiz_question(qs[0].id, 1, area_note("quiz.question.discard"));
  ASSERT_TRUE(gone.ok()) << gone.status().message();
  EXPECT_EQ(gone->state, "discarded");
  EXPECT_EQ(gone->version, 2u);
  EXPECT_EQ(this->audit_count(), before + 1);
  EXPECT_EQ((*db.find_quiz_question(qs[0].id))->state, "discarded");
  EXPECT_EQ(db.publish_quiz_question(qs[0].id, 2, UserId{3}, 1, area_note("p")).status().code(), Code::kConflict);
  QuizQuestion e = *gone;
  e.stem = "改";
  EXPECT_EQ(db.edit_quiz_question(e, area_note("e")).status().code(), Code::kConflict);
  EXPECT_EQ(db.discard_quiz_question(qs[0].id, 2, area_note("d")).status().code(), Code::kConflict);
  EXPECT_EQ(db.discard_quiz_question(999, 1, area_note("d")).status().code(), Code::kNotFound);
  EXPECT_EQ(this->audit_count(), before + 1) << "refusals leave no entry";
  ASSERT_TRUE(db.publish_quiz_question(qs[1].id, 1, UserId{3}, 1, area_note("p")).ok());
  EXPECT_EQ(db.discard_quiz_question(qs[1].id, 2, area_note("d")).status().code(), Code::kConflict)
      << "a published question is what quizzes ask";
  EXPECT_EQ(db.create_quiz(this->quiz_of(this->b1, {qs[1].id, qs[0].id}), area_note("quiz.create")).status().code(),
            Code::kInvalidInput);
  auto discarded = db.quiz_question_page(this->b1, std::string("discarded"), std::nullopt, 200);
  ASSERT_TRUE(discarded.ok());
  ASSERT_EQ(discarded->questions.size(), 1u);
  EXPECT_EQ(discarded->questions[0].id, qs[0].id);
  EXPECT_EQ(db.quiz_question_page(this->b1, std::nullopt, std::nullopt, 200)->total, 3u) << "kept in the bank";
}

TYPED_TEST_P(QuizStoreTest, BankPagesFollowOnAndCountByState) {
  QuizStore& db = this->db();
  auto qs = this->drafts(this->b1, 7);
  this->drafts(this->b2, 3);
  ASSERT_TRUE(db.publish_quiz_question(qs[2].id, 1, domain::UserId{3}, 1, area_note("p")).ok());
  std::vector<std::uint64_t> seen;
  std::optional<std::uint64_t> after;
  do {
    auto page = db.quiz_question_page(this->b1, std::nullopt, after, 3);
    ASSERT_TRUE(page.ok()) << page.status().message();
    EXPECT_EQ(page->total, 7u);
    EXPECT_LE(page->questions.size(), 3u);
    for (const auto& q : page->questions) seen.push_back(q.id);
    after = page->next;
  } while (after);
  ASSERT_EQ(seen.size(), 7u);
  for (size_t i = 0; i < 7; ++i) EXPECT_EQ(seen[i], qs[i].id);
  auto published = db.quiz_question_page(this->b1, std::string("published"), std::nullopt, 200);
  ASSERT_TRUE(published.ok());
  ASSERT_EQ(published->questions.size(), 1u);
  EXPECT_EQ(published->total, 1u);
  EXPECT_EQ(db.quiz_question_page(this->b1, std::string("draft"), std::nullopt, 200)->total, 6u);
  EXPECT_EQ(db.quiz_question_page(this->b1, std::nullopt, std::nullopt, 0)->questions.size(), 1u)
      << "a limit below 1 is 1";
  EXPECT_EQ(db.quiz_question_page(this->b2, std::nullopt, std::nullopt, 100000)->questions.size(), 3u);
}

TYPED_TEST_P(QuizStoreTest, AQuizTakesOnlyPublishedQuestionsOfItsOrganisation) {
  using namespace nc::domain;
  QuizStore& db = this->db();
  auto qs = this->drafts(this->b1, 3);
  auto other = this->drafts(this->b2, 1);
  ASSERT_TRUE(db.publish_quiz_question(qs[0].id, 1, UserId{3}, 1, area_note("p")).ok());
  ASSERT_TRUE(db.publish_quiz_question(other[0].id, 1, UserId{3}, 1, area_note("p")).ok());
  Quiz quiz = this->quiz_of(this->b1, {});
  const auto before = this->audit_count();
  quiz.questions = {qs[0].id, qs[1].id};  // the second is a draft
  auto refused = db.create_quiz(quiz, area_note("quiz.create"));
  EXPECT_EQ(refused.status().code(), Code::kInvalidInput);
  EXPECT_NE(refused.status().message().find("第 2 题"), std::string::npos) << refused.status().message();
  quiz.questions = {qs[0].id, other[0].id};  // another branch's
  EXPECT_EQ(db.create_quiz(quiz, area_note("quiz.create")).status().code(), Code::kInvalidInput);
  quiz.questions = {qs[0].id, 999};
  EXPECT_EQ(db.create_quiz(quiz, area_note("quiz.create")).status().code(), Code::kInvalidInput);
  EXPECT_EQ(this->audit_count(), before) << "nothing stored";
  EXPECT_EQ(db.quiz_page({this->b1}, std::nullopt, 50)->total, 0u);
  quiz.questions = {qs[0].id};
  AuditRecord note = area_note("quiz.create");
  note.entry.target = "quiz:";
  auto made = db.create_quiz(quiz, note);
  ASSERT_TRUE(made.ok()) << made.status().message();
  auto found = db.find_quiz(made->id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->questions, std::vector<std::uint64_t>{qs[0].id});
  EXPECT_EQ((*found)->question_count, 1u);
  EXPECT_EQ((*found)->title, "测验");
  EXPECT_EQ((*found)->opens, (Date{2026, 3, 1}));
  EXPECT_EQ((*found)->created_by, UserId{3});
  auto listed = db.quiz_page({this->b1}, std::nullopt, 50);
  ASSERT_TRUE(listed.ok() && listed->quizzes.size() == 1u);
  EXPECT_TRUE(listed->quizzes[0].questions.empty()) << "a page leaves the ids out";
  EXPECT_EQ(listed->quizzes[0].question_count, 1u) << "but counts them";
  EXPECT_EQ((*found)->closes, (Date{2026, 3, 31}));
  EXPECT_EQ(this->audit_count(), before + 1);
  auto last = this->backend->audit().list_audit(AuditFilter{});
  ASSERT_TRUE(last.ok() && !last->empty());
  EXPECT_EQ(last->front().entry.target, "quiz:" + std::to_string(made->id)) << "the new id completes the target";
  EXPECT_FALSE(*db.find_quiz(999));
}

TYPED_TEST_P(QuizStoreTest, QuizPagesMergeOrganisationsNewestFirst) {
  using namespace nc::domain;
  QuizStore& db = this->db();
  auto q1 = this->drafts(this->b1, 1);
  auto q2 = this->drafts(this->b2, 1);
  ASSERT_TRUE(db.publish_quiz_question(q1[0].id, 1, UserId{3}, 1, area_note("p")).ok());
  ASSERT_TRUE(db.publish_quiz_question(q2[0].id, 1, UserId{3}, 1, area_note("p")).ok());
  std::vector<std::uint64_t> made;
  for (int i = 0; i < 5; ++i) {
    auto z = db.create_quiz(this->quiz_of(i % 2 ? this->b2 : this->b1, {i % 2 ? q2[0].id : q1[0].id}),
                            area_note("quiz.create"));
    ASSERT_TRUE(z.ok()) << z.status().message();
    made.push_back(z->id);
  }
  std::vector<std::uint64_t> seen;
  std::optional<std::uint64_t> after;
  do {
    auto page = db.quiz_page({this->b1, this->b2}, after, 2);
    ASSERT_TRUE(page.ok()) << page.status().message();
    EXPECT_EQ(page->total, 5u);
    for (const auto& z : page->quizzes) seen.push_back(z.id);
    after = page->next;
  } while (after);
  EXPECT_EQ(seen, (std::vector<std::uint64_t>{made[4], made[3], made[2], made[1], made[0]}));
  EXPECT_EQ(db.quiz_page({this->b2}, std::nullopt, 50)->quizzes.size(), 2u);
  EXPECT_TRUE(db.quiz_page({}, std::nullopt, 50)->quizzes.empty());
}

TYPED_TEST_P(QuizStoreTest, OneAttemptPerMemberTalliesMoveWithIt) {
  using namespace nc::domain;
  QuizStore& db = this->db();
  auto qs = this->drafts(this->b1, 2);
  for (const auto& q : qs) ASSERT_TRUE(db.publish_quiz_question(q.id, 1, UserId{3}, 1, area_note("p")).ok());
  Quiz quiz = this->quiz_of(this->b1, {qs[0].id, qs[1].id});
  auto made = db.create_quiz(quiz, area_note("quiz.create"));
  ASSERT_TRUE(made.ok());
  // Members 1..6: question 1 right for the odd ones, question 2 right for all.
  for (std::uint32_t m = 1; m <= 6; ++m) {
    QuizAttempt a{made->id, MemberId{m}, {m % 2 ? 0 : 1, 0}, {m % 2 == 1, true}, 100 + m};
    ASSERT_TRUE(db.add_quiz_attempt(a, area_note("quiz.attempt")).ok());
  }
  QuizAttempt again{made->id, MemberId{1}, {1, 1}, {false, false}, 200};
  const auto before = this->audit_count();
  EXPECT_EQ(db.add_quiz_attempt(again, area_note("quiz.attempt")).code(), Code::kConflict);
  EXPECT_EQ(this->audit_count(), before);
  auto tally = db.quiz_tally(made->id);
  ASSERT_TRUE(tally.ok());
  EXPECT_EQ(tally->takers, 6);
  EXPECT_EQ(tally->right, (std::vector<std::int64_t>{3, 6}));
  EXPECT_EQ(db.quiz_tally(999).status().code(), Code::kNotFound);
  EXPECT_EQ((*db.find_quiz(made->id))->takers, 6);
  // The member's own attempt, as made.
  auto mine = db.find_quiz_attempt(made->id, MemberId{2});
  ASSERT_TRUE(mine.ok() && *mine);
  EXPECT_EQ((*mine)->answers, (std::vector<int>{1, 0}));
  EXPECT_EQ((*mine)->right, (std::vector<bool>{false, true}));
  EXPECT_EQ((*mine)->time_us, 102);
  EXPECT_FALSE(*db.find_quiz_attempt(made->id, MemberId{7}));
  EXPECT_EQ(db.member_quiz_attempts(MemberId{2}, std::nullopt, 50)->size(), 1u);
  EXPECT_TRUE(db.member_quiz_attempts(MemberId{2}, made->id, 50)->empty()) << "before the quiz: none";
  // Completions: names, paged by member id; no answers in the value at all.
  std::vector<std::string> names;
  std::optional<MemberId> after;
  do {
    auto page = db.quiz_completions(made->id, after, 4);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 6u);
    for (const auto& c : page->completions) names.push_back(c.name);
    after = page->next;
  } while (after);
  EXPECT_EQ(names, (std::vector<std::string>{"党员0", "党员1", "党员2", "党员3", "党员4", "党员5"}));
}

TYPED_TEST_P(QuizStoreTest, AnAttemptNotCountedIsACompletionOutsideTheTallies) {
  using namespace nc::domain;
  // A reader of the bank (domain::quiz::attempt_counted) takes the quiz:
  // a completion like any, kept with its flag, moving no share and no
  // counted taker.
  QuizStore& db = this->db();
  auto qs = this->drafts(this->b1, 2);
  for (const auto& q : qs) ASSERT_TRUE(db.publish_quiz_question(q.id, 1, UserId{3}, 1, area_note("p")).ok());
  Quiz quiz;
  quiz.org = this->b1;
  quiz.title = "测验";
  quiz.opens = {2026, 3, 1};
  quiz.closes = {2026, 3, 31};
  quiz.questions = {qs[0].id, qs[1].id};
  auto made = db.create_quiz(quiz, area_note("quiz.create"));
  ASSERT_TRUE(made.ok());
  for (std::uint32_t m = 1; m <= 4; ++m) {
    ASSERT_TRUE(db.add_quiz_attempt({made->id, MemberId{m}, {0, 1}, {true, false}, 100 + m}, area_note("a")).ok());
  }
  QuizAttempt reader{made->id, MemberId{5}, {0, 0}, {true, true}, 200};
  reader.counted = false;
  ASSERT_TRUE(db.add_quiz_attempt(reader, area_note("a")).ok());
  auto tally = db.quiz_tally(made->id);
  ASSERT_TRUE(tally.ok());
  EXPECT_EQ(tally->takers, 4) << "the reader of the bank is no counted taker";
  EXPECT_EQ(tally->right, (std::vector<std::int64_t>{4, 0})) << "their right answers move no share";
  auto theirs = db.find_quiz_attempt(made->id, MemberId{5});
  ASSERT_TRUE(theirs.ok() && *theirs);
  EXPECT_FALSE((*theirs)->counted);
  EXPECT_EQ((*theirs)->right, (std::vector<bool>{true, true})) << "their result is theirs, as made";
  EXPECT_TRUE((*db.find_quiz_attempt(made->id, MemberId{1}))->counted);
  auto page = db.quiz_completions(made->id, std::nullopt, 50);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5u);
  EXPECT_EQ(page->completions.size(), 5u) << "a completion like any other";
  EXPECT_EQ((*db.find_quiz(made->id))->takers, 5);
  EXPECT_EQ(db.quiz_counts({{this->b1, false}}, std::nullopt)->completions, 5u) << "completions count everyone";
}

TYPED_TEST_P(QuizStoreTest, CountsOverASubtreeEqualCountsMadeIndependently) {
  using namespace nc::domain;
  QuizStore& db = this->db();
  const OrgId root = this->root, c1 = this->c1, b1 = this->b1, b2 = this->b2;
  auto q1 = this->drafts(b1, 1);
  auto q2 = this->drafts(b2, 1);
  ASSERT_TRUE(db.publish_quiz_question(q1[0].id, 1, UserId{3}, 1, area_note("p")).ok());
  ASSERT_TRUE(db.publish_quiz_question(q2[0].id, 1, UserId{3}, 1, area_note("p")).ok());
  std::map<OrgId, std::pair<int, int>> made;  // org → quizzes, attempts
  auto make = [&](OrgId org, std::uint64_t question, int takers) {
    Quiz quiz;
    quiz.org = org;
    quiz.title = "t";
    quiz.opens = {2026, 1, 1};
    quiz.closes = {2026, 1, 2};
    quiz.questions = {question};
    auto z = db.create_quiz(quiz, area_note("quiz.create"));
    ASSERT_TRUE(z.ok());
    for (int m = 1; m <= takers; ++m)
      ASSERT_TRUE(
          db.add_quiz_attempt({z->id, MemberId{static_cast<std::uint32_t>(m)}, {0}, {true}, 1}, area_note("a")).ok());
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
  auto counts = [&](std::vector<OrgScope> scope) { return *db.quiz_counts(scope, std::nullopt); };
  EXPECT_EQ(counts({{root, true}}).quizzes, sum({b1, b2}).first);
  EXPECT_EQ(counts({{root, true}}).completions, sum({b1, b2}).second);
  EXPECT_EQ(counts({{c1, true}}).quizzes, sum({b1}).first);
  EXPECT_EQ(counts({{c1, true}}).completions, 8u);
  EXPECT_EQ(counts({{c1, false}}).quizzes, 0u) << "the committee alone has none of its own";
  EXPECT_EQ(counts({{b2, false}, {c1, true}}).completions, 10u);
  EXPECT_EQ(counts({}).quizzes, 0u);
  // By the month each quiz closes: all of them close on 2026-01-02.
  auto in2026 = db.quiz_counts({{root, true}}, 2026);
  ASSERT_TRUE(in2026.ok());
  EXPECT_EQ(in2026->completions_by_closing_month[0], sum({b1, b2}).second);
  for (std::size_t m = 1; m < 12; ++m) EXPECT_EQ(in2026->completions_by_closing_month[m], 0u) << m;
  EXPECT_EQ(db.quiz_counts({{c1, true}}, 2026)->completions_by_closing_month[0], 8u);
  auto in2025 = db.quiz_counts({{root, true}}, 2025);
  ASSERT_TRUE(in2025.ok());
  EXPECT_EQ(in2025->completions_by_closing_month, (std::array<std::uint64_t, 12>{})) << "another year has none";
  EXPECT_EQ(db.quiz_counts({{root, true}}, std::nullopt)->completions_by_closing_month,
            (std::array<std::uint64_t, 12>{}));
}

REGISTER_TYPED_TEST_SUITE_P(QuizStoreTest, DraftsAreEditedThenPublishedThenFrozen, ADiscardedDraftStaysDiscarded,
                            BankPagesFollowOnAndCountByState, AQuizTakesOnlyPublishedQuestionsOfItsOrganisation,
                            QuizPagesMergeOrganisationsNewestFirst, OneAttemptPerMemberTalliesMoveWithIt,
                            CountsOverASubtreeEqualCountsMadeIndependently,
                            AnAttemptNotCountedIsACompletionOutsideTheTallies);

}  // namespace nc::store::testing
