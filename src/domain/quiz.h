// Quizzes drawn from the rulebook (issue 11, art. 21 by its topic): who may
// do what with a branch's question bank, its quizzes and the attempts, and
// what of an attempt anyone but its member ever learns. Pure: handlers ask,
// the store keeps.
//
// Scores belong to the member. Nobody reads another person's attempt through
// any role: the only reader of an attempt is the member who made it. The
// branch (branch_secretary / committee_member of the quiz's organisation)
// sees who completed a quiz, as it sees attendance — names only, a read of
// others' records, audited — and, per question, the share answered right:
// only once the quiz has closed and at least kMinTakersForShares members took
// it. Committees and auditors above see counts over their subtree, no names.
// Nothing here orders people.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "domain/date.h"
#include "domain/ids.h"
#include "domain/org_tree.h"
#include "domain/user.h"

namespace nc::domain::quiz {

enum class QuizAction {
  kBankRead,         // the bank's questions, drafts included
  kBankWrite,        // generate drafts, edit a draft, publish it, withdraw it
  kQuizCompose,      // a quiz from published questions, with its dates
  kQuizTake,         // an open quiz of one's organisation or above, as self-study
  kCompletionsRead,  // the names of who completed a quiz (never a score)
  kSharesRead,       // per question, the share answered right (when visible)
  kCountsRead,       // quizzes published and completions over a subtree
};

struct Decision {
  bool allowed = false;
  std::string reason;            // English, for logs
  bool audit_this_read = false;  // a read of other people's records
};

// `quiz_org`: the organisation the bank or quiz belongs to, itself first.
// `member_org`: the actor's own member's organisation path (itself first),
// when the actor is a member; used for kQuizTake only.
Decision decide(const Actor& actor, QuizAction action, const OrgPath& quiz_org,
                const std::optional<OrgPath>& member_org = std::nullopt);

// An attempt is read by the member who made it and by nobody else.
bool may_read_attempt(const Actor& actor, MemberId attempt_member);

// Whether an attempt counts in the per-question shares and in the takers
// their threshold needs: not when the one who takes the quiz may read its
// bank (branch_secretary / committee_member of the quiz's organisation) —
// they have seen the answers. They may still take it as self-study (the
// result is theirs, like anyone's) and are told before they start; their
// attempt is a completion like any other.
bool attempt_counted(const Actor& actor, const OrgPath& quiz_org);

// Shares per question: below this many takers, none is shown.
inline constexpr int kMinTakersForShares = 5;

struct ShareVisibility {
  bool visible = false;
  std::string why_not;  // Chinese, for the UI: "测验未截止" / "参加人数不足 5 人"
};
// `closes` is the last day a quiz can be taken; it has closed from the day after.
ShareVisibility shares_visible(const Date& closes, const Date& today, std::int64_t takers);

enum class QuizState { kScheduled, kOpen, kClosed };
QuizState quiz_state(const Date& opens, const Date& closes, const Date& today);
std::string_view quiz_state_id(QuizState state);  // "scheduled", "open", "closed"

// Limits of what a person types (characters).
inline constexpr size_t kMaxTitle = 100;
inline constexpr size_t kMaxStem = 500;
inline constexpr size_t kMaxOption = 200;
inline constexpr size_t kMinOptions = 2;
inline constexpr size_t kMaxOptions = 6;
inline constexpr size_t kMaxQuestionsPerQuiz = 50;
inline constexpr int kMaxGenerate = 50;

// A question as edited by a secretary.
struct QuestionText {
  std::string stem;
  std::vector<std::string> options;
  int answer = 0;
};
// Stem and options within limits, options distinct, answer one of them, and
// the answer not written in the stem. Chinese messages naming the field.
Status check_question(const QuestionText& question);

struct QuizDraft {
  std::string title;
  std::string opens;  // ISO dates as sent
  std::string closes;
  std::vector<std::int64_t> questions;  // ids in the bank, in order
};
// Title within limits, dates valid and in order (opens ≤ closes), one to
// kMaxQuestionsPerQuiz questions, none twice. Whether they are published is
// the store's to check (they must be: reviewed before published).
Status check_quiz(const QuizDraft& quiz, Date* opens, Date* closes);

// The answers of an attempt against the quiz's questions: one answer per
// question, each an option's index. `options` holds each question's option
// count. Fails, naming the question, on anything else.
Status check_answers(const std::vector<int>& answers, const std::vector<int>& options);

}  // namespace nc::domain::quiz
