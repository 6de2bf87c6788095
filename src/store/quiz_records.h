// What the store keeps for quizzes drawn from the rulebook (issue 11,
// migration 16): a branch's question bank (drafts and published questions),
// its quizzes, and the members' attempts. Plain values.
//
// Scores belong to the member: an attempt is read back only by
// find_quiz_attempt / member_quiz_attempts, which take the member. What the
// branch learns is who completed (quiz_completions: names, no score) and, per
// question, how many answered right (quiz tallies: kept in the same
// transaction as each attempt, so no per-person row is read to compute them).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/ids.h"
#include "store/page_records.h"

namespace nc::store {

struct QuizQuestion {
  std::uint64_t id = 0;  // assigned by the store
  domain::OrgId org;     // the bank's organisation
  std::string rulebook;  // the rulebook id the question was drawn from
  int article = 0;       // its source article (the answer's citation)
  std::string kind;      // "fill_blank", "which_article", "true_false"
  std::string stem;
  std::string options;  // JSON array of strings
  int answer = 0;
  std::string source;         // the article's sentence
  std::string state;          // "draft", "published"
  bool edited = false;        // changed by a person since it was generated
  domain::UserId created_by;  // who generated it
  std::int64_t created_us = 0;
  std::optional<domain::UserId> published_by;
  std::int64_t published_us = 0;
  std::uint32_t version = 1;  // bumped by every edit
};

struct QuizQuestionPage {
  std::vector<QuizQuestion> questions;  // by id
  std::optional<std::uint64_t> next;    // the last id of this page, when more follow
  std::uint64_t total = 0;
};

struct Quiz {
  std::uint64_t id = 0;  // assigned by the store
  domain::OrgId org;
  std::string title;
  domain::Date opens, closes;  // closes: the last day it can be taken
  std::vector<std::uint64_t> questions;  // in order
  std::size_t question_count = 0;        // how many questions, also where `questions` is left empty (pages)
  domain::UserId created_by;
  std::int64_t created_us = 0;
  std::int64_t takers = 0;  // attempts made: a count, no one's name
};

struct QuizPage {
  std::vector<Quiz> quizzes;  // newest first (by id descending); questions left empty
  std::optional<std::uint64_t> next;
  std::uint64_t total = 0;
};

// One member's attempt: theirs alone.
struct QuizAttempt {
  std::uint64_t quiz = 0;
  domain::MemberId member;
  std::vector<int> answers;  // one per question, in the quiz's order
  std::vector<bool> right;   // likewise
  std::int64_t time_us = 0;
  // Counted in the quiz's shares and their takers threshold: not when its
  // member may read the quiz's bank (domain::quiz::attempt_counted).
  bool counted = true;
};

struct QuizCompletion {
  domain::MemberId member;
  std::string name;
  std::int64_t time_us = 0;
};

struct QuizCompletionPage {
  std::vector<QuizCompletion> completions;  // by member id: an order of no meaning
  std::optional<domain::MemberId> next;
  std::uint64_t total = 0;
};

// Per question of a quiz: how many of the counted takers answered it right.
struct QuizTally {
  std::int64_t takers = 0;  // counted attempts only (QuizAttempt::counted)
  std::vector<std::int64_t> right;  // in the quiz's order
};

// Over organisation subtrees (issue 11's overview): quizzes made, attempts made.
struct QuizCounts {
  std::uint64_t quizzes = 0;
  std::uint64_t completions = 0;
  // With a year asked: the completions of the quizzes whose closing day falls
  // in each month of it (January first); the overview's figure by month.
  std::array<std::uint64_t, 12> completions_by_closing_month{};
};

}  // namespace nc::store
