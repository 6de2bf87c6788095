#include "domain/quiz.h"

#include <algorithm>
#include <set>

#include "common/utf8.h"
#include "domain/authorization.h"

namespace nc::domain::quiz {
namespace {

Decision deny(std::string reason) { return {false, std::move(reason), false}; }
Decision allow(std::string reason, bool audit = false) { return {true, std::move(reason), audit}; }

bool branch_role(const Actor& actor, const OrgPath& org) {
  return holds_role(actor, Role::kBranchSecretary, org) || holds_role(actor, Role::kCommitteeMember, org);
}

bool oversight_role(const Actor& actor, const OrgPath& org) {
  return holds_role(actor, Role::kCommitteeAdmin, org) || holds_role(actor, Role::kAuditor, org);
}

std::string chars(size_t n) { return std::to_string(n) + " 个字"; }

}  // namespace

Decision decide(const Actor& actor, QuizAction action, const OrgPath& quiz_org, const std::optional<OrgPath>& member_org) {
  if (!actor.active) return deny("inactive account");
  if (quiz_org.empty()) return deny("unknown organisation");
  switch (action) {
    case QuizAction::kBankRead:
    case QuizAction::kBankWrite:
    case QuizAction::kQuizCompose:
      if (branch_role(actor, quiz_org)) return allow("branch role of the quiz's organisation");
      return deny("needs branch_secretary or committee_member of the organisation");
    case QuizAction::kQuizTake: {
      if (!actor.member || !actor.member_on_roll || !member_org || member_org->empty())
        return deny("only a member on the roll takes a quiz");
      // The quiz's organisation is the member's own or one above it.
      if (std::find(member_org->begin(), member_org->end(), quiz_org.front()) == member_org->end())
        return deny("the quiz belongs to an organisation the member is not in");
      return allow("member of the quiz's organisation or below");
    }
    case QuizAction::kCompletionsRead:
      if (branch_role(actor, quiz_org)) return allow("branch role reads who completed, names only", true);
      return deny("names of who completed: branch roles of the organisation only");
    case QuizAction::kSharesRead:
    case QuizAction::kCountsRead:
      if (branch_role(actor, quiz_org)) return allow("branch role: figures without people");
      if (oversight_role(actor, quiz_org)) return allow("committee or auditor above: figures without people");
      return deny("figures of a quiz: branch roles, committees and auditors over it");
  }
  return deny("unknown action");
}

bool may_read_attempt(const Actor& actor, MemberId attempt_member) {
  return actor.active && actor.member && attempt_member.valid() && *actor.member == attempt_member;
}

bool attempt_counted(const Actor& actor, const OrgPath& quiz_org) {
  return !decide(actor, QuizAction::kBankRead, quiz_org).allowed;
}

ShareVisibility shares_visible(const Date& closes, const Date& today, std::int64_t takers) {
  if (!(today > closes)) return {false, "测验未截止"};
  if (takers < kMinTakersForShares) return {false, "参加人数不足 " + std::to_string(kMinTakersForShares) + " 人"};
  return {true, ""};
}

QuizState quiz_state(const Date& opens, const Date& closes, const Date& today) {
  if (today < opens) return QuizState::kScheduled;
  if (today > closes) return QuizState::kClosed;
  return QuizState::kOpen;
}

std::string_view quiz_state_id(QuizState state) {
  switch (state) {
    case QuizState::kScheduled: return "scheduled";
    case QuizState::kOpen: return "open";
    case QuizState::kClosed: return "closed";
  }
  return "";
}

Status check_question(const QuestionText& q) {
  if (!utf8::valid(q.stem) || q.stem.empty()) return Status::Invalid("题干（stem）不能为空");
  if (utf8::count(q.stem) > kMaxStem) return Status::Invalid("题干（stem）不能超过 " + chars(kMaxStem));
  if (q.options.size() < kMinOptions || q.options.size() > kMaxOptions)
    return Status::Invalid("选项（options）应有 " + std::to_string(kMinOptions) + " 至 " + std::to_string(kMaxOptions) + " 个");
  std::set<std::string> seen;
  for (size_t i = 0; i < q.options.size(); ++i) {
    const auto& o = q.options[i];
    const std::string which = "第 " + std::to_string(i + 1) + " 个选项（options）";
    if (o.empty() || !utf8::valid(o)) return Status::Invalid(which + "不能为空");
    if (utf8::count(o) > kMaxOption) return Status::Invalid(which + "不能超过 " + chars(kMaxOption));
    if (!seen.insert(o).second) return Status::Invalid(which + "与前面的选项重复");
  }
  if (q.answer < 0 || static_cast<size_t>(q.answer) >= q.options.size())
    return Status::Invalid("正确答案（answer）应是某个选项的序号");
  if (q.stem.find(q.options[static_cast<size_t>(q.answer)]) != std::string::npos)
    return Status::Invalid("题干（stem）中写出了正确答案，请改写题干");
  return Status::Ok();
}

Status check_quiz(const QuizDraft& quiz, Date* opens, Date* closes) {
  if (quiz.title.empty() || !utf8::valid(quiz.title)) return Status::Invalid("测验名称（title）不能为空");
  if (utf8::count(quiz.title) > kMaxTitle) return Status::Invalid("测验名称（title）不能超过 " + chars(kMaxTitle));
  const auto o = parse_date(quiz.opens);
  if (!o) return Status::Invalid("开始日期（opens）不是有效日期");
  const auto c = parse_date(quiz.closes);
  if (!c) return Status::Invalid("截止日期（closes）不是有效日期");
  if (*c < *o) return Status::Invalid("截止日期（closes）不能早于开始日期（opens）");
  if (quiz.questions.empty()) return Status::Invalid("题目（questions）至少选一道");
  if (quiz.questions.size() > kMaxQuestionsPerQuiz)
    return Status::Invalid("题目（questions）不能超过 " + std::to_string(kMaxQuestionsPerQuiz) + " 道");
  std::set<std::int64_t> seen;
  for (auto id : quiz.questions)
    if (id <= 0 || !seen.insert(id).second) return Status::Invalid("题目（questions）中有无效或重复的题目");
  *opens = *o;
  *closes = *c;
  return Status::Ok();
}

Status check_answers(const std::vector<int>& answers, const std::vector<int>& options) {
  if (answers.size() != options.size())
    return Status::Invalid("答案（answers）应有 " + std::to_string(options.size()) + " 个，每题一个");
  for (size_t i = 0; i < answers.size(); ++i)
    if (answers[i] < 0 || answers[i] >= options[i])
      return Status::Invalid("第 " + std::to_string(i + 1) + " 题的答案（answers）不是它的选项");
  return Status::Ok();
}

}  // namespace nc::domain::quiz
