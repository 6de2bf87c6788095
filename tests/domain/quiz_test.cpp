// domain::quiz: who does what with quizzes, and what of an attempt anyone but
// its member learns.
#include "domain/quiz.h"

#include <gtest/gtest.h>

namespace nc::domain::quiz {
namespace {

class Quizzes : public ::testing::Test {
 protected:
  void SetUp() override {
    const Date d{2020, 1, 1};
    root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    a = *tree.create("A", "总支", OrgType::kGeneralBranch, root, d);
    a1 = *tree.create("A1", "支部一", OrgType::kBranch, a, d);
    b = *tree.create("B", "支部", OrgType::kBranch, root, d);
  }
  Actor with(std::vector<RoleGrant> grants, std::optional<MemberId> member = std::nullopt) {
    Actor actor;
    actor.user = UserId{9};
    actor.member = member;
    actor.grants = std::move(grants);
    return actor;
  }
  OrgTree tree;
  OrgId root, a, a1, b;
};

TEST_F(Quizzes, BankAndComposingAreTheBranchRolesOfTheOrganisation) {
  const auto path = tree.ancestry(a1);
  for (auto action : {QuizAction::kBankRead, QuizAction::kBankWrite, QuizAction::kQuizCompose}) {
    EXPECT_TRUE(decide(with({{Role::kBranchSecretary, a1}}), action, path).allowed);
    EXPECT_TRUE(decide(with({{Role::kCommitteeMember, a1}}), action, path).allowed);
    EXPECT_FALSE(decide(with({{Role::kBranchSecretary, b}}), action, path).allowed) << "another branch";
    EXPECT_FALSE(decide(with({{Role::kCommitteeAdmin, root}}), action, path).allowed) << "a committee above";
    EXPECT_FALSE(decide(with({{Role::kAuditor, root}}), action, path).allowed);
    EXPECT_FALSE(decide(with({{Role::kMember, a1}}, MemberId{1}), action, path).allowed);
    EXPECT_FALSE(decide(with({{Role::kSystemAdmin, root}}), action, path).allowed);
  }
}

TEST_F(Quizzes, AMemberTakesQuizzesOfTheirOrganisationAndAbove) {
  const Actor m = with({{Role::kMember, a1}}, MemberId{7});
  const auto own = tree.ancestry(a1);
  EXPECT_TRUE(decide(m, QuizAction::kQuizTake, tree.ancestry(a1), own).allowed);
  EXPECT_TRUE(decide(m, QuizAction::kQuizTake, tree.ancestry(a), own).allowed) << "a quiz of the general branch";
  EXPECT_FALSE(decide(m, QuizAction::kQuizTake, tree.ancestry(b), own).allowed) << "a sibling branch";
  Actor off = m;
  off.member_on_roll = false;
  EXPECT_FALSE(decide(off, QuizAction::kQuizTake, tree.ancestry(a1), own).allowed);
  EXPECT_FALSE(decide(with({{Role::kCommitteeAdmin, root}}), QuizAction::kQuizTake, tree.ancestry(a1)).allowed)
      << "a staff account is no member";
  Actor disabled = m;
  disabled.active = false;
  EXPECT_FALSE(decide(disabled, QuizAction::kQuizTake, tree.ancestry(a1), own).allowed);
}

TEST_F(Quizzes, NamesOfWhoCompletedOnlyToTheBranchAndAudited) {
  const auto path = tree.ancestry(a1);
  const auto d = decide(with({{Role::kBranchSecretary, a1}}), QuizAction::kCompletionsRead, path);
  EXPECT_TRUE(d.allowed);
  EXPECT_TRUE(d.audit_this_read);
  EXPECT_FALSE(decide(with({{Role::kCommitteeAdmin, root}}), QuizAction::kCompletionsRead, path).allowed);
  EXPECT_FALSE(decide(with({{Role::kAuditor, root}}), QuizAction::kCompletionsRead, path).allowed);
  EXPECT_FALSE(decide(with({{Role::kMember, a1}}, MemberId{3}), QuizAction::kCompletionsRead, path).allowed);
}

TEST_F(Quizzes, FiguresWithoutPeopleToBranchCommitteesAndAuditorsAbove) {
  const auto path = tree.ancestry(a1);
  for (auto action : {QuizAction::kSharesRead, QuizAction::kCountsRead}) {
    for (const auto& g : std::vector<RoleGrant>{{Role::kBranchSecretary, a1}, {Role::kCommitteeAdmin, root},
                                                {Role::kCommitteeAdmin, a}, {Role::kAuditor, root}}) {
      const auto d = decide(with({g}), action, path);
      EXPECT_TRUE(d.allowed);
      EXPECT_FALSE(d.audit_this_read) << "no person's data";
    }
    EXPECT_FALSE(decide(with({{Role::kCommitteeAdmin, b}}), action, path).allowed) << "another subtree";
    EXPECT_FALSE(decide(with({{Role::kMember, a1}}, MemberId{3}), action, path).allowed);
  }
}

TEST_F(Quizzes, AnAttemptIsReadByItsMemberAlone) {
  EXPECT_TRUE(may_read_attempt(with({{Role::kMember, a1}}, MemberId{7}), MemberId{7}));
  EXPECT_FALSE(may_read_attempt(with({{Role::kMember, a1}}, MemberId{8}), MemberId{7}));
  // No role reads someone else's attempt, not the secretary, not the auditor.
  EXPECT_FALSE(may_read_attempt(with({{Role::kBranchSecretary, a1}, {Role::kMember, a1}}, MemberId{8}), MemberId{7}));
  EXPECT_FALSE(may_read_attempt(with({{Role::kAuditor, root}, {Role::kCommitteeAdmin, root}}), MemberId{7}));
}

TEST_F(Quizzes, AnAttemptByAReaderOfTheBankIsNotCountedInTheShares) {
  // The secretary or a committee member of the quiz's organisation has seen
  // the answers in the bank: they may take it, their attempt does not count.
  const auto path = tree.ancestry(a1);
  const auto own = tree.ancestry(a1);
  const Actor secretary = with({{Role::kBranchSecretary, a1}, {Role::kMember, a1}}, MemberId{2});
  const Actor committee = with({{Role::kCommitteeMember, a1}, {Role::kMember, a1}}, MemberId{3});
  for (const Actor& reader : {secretary, committee}) {
    EXPECT_TRUE(decide(reader, QuizAction::kQuizTake, path, own).allowed) << "self-study, like anyone";
    EXPECT_FALSE(attempt_counted(reader, path));
  }
  EXPECT_TRUE(attempt_counted(with({{Role::kMember, a1}}, MemberId{7}), path));
  // A branch role elsewhere has not seen this bank: a quiz of the general
  // branch above, read by the secretary of the branch below, counts.
  EXPECT_TRUE(attempt_counted(secretary, tree.ancestry(a)));
  EXPECT_TRUE(attempt_counted(with({{Role::kBranchSecretary, b}, {Role::kMember, a1}}, MemberId{4}), path));
  // A committee above reads no bank of the branch: counted.
  EXPECT_TRUE(attempt_counted(with({{Role::kCommitteeAdmin, root}, {Role::kMember, a1}}, MemberId{5}), path));
}

TEST(QuizShares, HiddenBeforeCloseAndBelowFiveTakers) {
  const Date closes{2026, 3, 31};
  EXPECT_FALSE(shares_visible(closes, {2026, 3, 31}, 40).visible) << "the last day is still open";
  EXPECT_EQ(shares_visible(closes, {2026, 3, 31}, 40).why_not, "测验未截止");
  EXPECT_FALSE(shares_visible(closes, {2026, 4, 1}, 4).visible);
  EXPECT_EQ(shares_visible(closes, {2026, 4, 1}, 4).why_not, "参加人数不足 5 人");
  EXPECT_TRUE(shares_visible(closes, {2026, 4, 1}, 5).visible);
  EXPECT_EQ(quiz_state({2026, 3, 1}, closes, {2026, 2, 28}), QuizState::kScheduled);
  EXPECT_EQ(quiz_state({2026, 3, 1}, closes, {2026, 3, 1}), QuizState::kOpen);
  EXPECT_EQ(quiz_state({2026, 3, 1}, closes, {2026, 3, 31}), QuizState::kOpen);
  EXPECT_EQ(quiz_state({2026, 3, 1}, closes, {2026, 4, 1}), QuizState::kClosed);
}

TEST(QuizInput, QuestionsWithinLimitsAndNotGivingTheAnswer) {
  QuestionText q{"党员不得通过网络（    ）党和国家秘密。", {"泄露", "发布", "复制"}, 0};
  EXPECT_TRUE(check_question(q).ok());
  auto bad = q;
  bad.answer = 3;
  EXPECT_NE(check_question(bad).message().find("answer"), std::string::npos);
  bad = q;
  bad.answer = -1;
  EXPECT_FALSE(check_question(bad).ok());
  bad = q;
  bad.options = {"泄露"};
  EXPECT_NE(check_question(bad).message().find("options"), std::string::npos);
  bad = q;
  bad.options = {"泄露", "泄露"};
  EXPECT_FALSE(check_question(bad).ok());
  bad = q;
  bad.options.push_back(std::string(200, 'x'));
  EXPECT_TRUE(check_question(bad).ok()) << "200 characters is the limit";
  bad.options.back() = std::string();
  for (int i = 0; i < 201; ++i) bad.options.back() += "字";
  EXPECT_FALSE(check_question(bad).ok());
  bad = q;
  bad.stem = "";
  for (int i = 0; i < 501; ++i) bad.stem += "字";
  EXPECT_NE(check_question(bad).message().find("stem"), std::string::npos);
  bad = q;
  bad.stem = "党员不得通过网络泄露党和国家秘密。";
  EXPECT_NE(check_question(bad).message().find("正确答案"), std::string::npos);
}

TEST(QuizInput, QuizDatesInOrderAndQuestionsBounded) {
  Date o, c;
  QuizDraft q{"第一季度学习测验", "2026-03-01", "2026-03-31", {1, 2, 3}};
  ASSERT_TRUE(check_quiz(q, &o, &c).ok());
  EXPECT_EQ(o, (Date{2026, 3, 1}));
  EXPECT_EQ(c, (Date{2026, 3, 31}));
  auto bad = q;
  std::swap(bad.opens, bad.closes);
  EXPECT_NE(check_quiz(bad, &o, &c).message().find("closes"), std::string::npos) << "dates reversed";
  bad = q;
  bad.opens = "2026-02-30";
  EXPECT_NE(check_quiz(bad, &o, &c).message().find("opens"), std::string::npos);
  bad = q;
  bad.title = "";
  EXPECT_NE(check_quiz(bad, &o, &c).message().find("title"), std::string::npos);
  bad = q;
  bad.questions = {1, 1};
  EXPECT_FALSE(check_quiz(bad, &o, &c).ok());
  bad = q;
  bad.questions = {};
  EXPECT_FALSE(check_quiz(bad, &o, &c).ok());
  bad.questions.resize(kMaxQuestionsPerQuiz + 1);
  for (size_t i = 0; i < bad.questions.size(); ++i) bad.questions[i] = static_cast<std::int64_t>(i + 1);
  EXPECT_FALSE(check_quiz(bad, &o, &c).ok());
}

TEST(QuizInput, OneAnswerPerQuestionAmongItsOptions) {
  EXPECT_TRUE(check_answers({0, 3, 1}, {4, 4, 2}).ok());
  EXPECT_FALSE(check_answers({0, 3}, {4, 4, 2}).ok());
  EXPECT_FALSE(check_answers({0, 4, 1}, {4, 4, 2}).ok());
  EXPECT_NE(check_answers({0, 1, 2}, {4, 4, 2}).message().find("第 3 题"), std::string::npos);
  EXPECT_FALSE(check_answers({-1, 0, 0}, {4, 4, 2}).ok());
}

}  // namespace
}  // namespace nc::domain::quiz
