// PgQuizStore: quizzes drawn from the rulebook on PostgreSQL (issue 12,
// store.h's QuizStore; issue 11, store/quiz_records.h) — the question bank,
// quizzes of published questions, one attempt per member with the tallies
// moved in its transaction — with the same behaviour as SqliteStore's
// (sqlite_quiz.cpp), which the same tests check on both
// (tests/store/quiz_store_tests.h).
//
// Not reachable by users yet (docs/architecture.md). One connection,
// serialised by a mutex; every write one transaction that takes the write
// lock (pg::lock_writes) and appends its audit entry in it.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgQuizStore final : public QuizStore {
 public:
  // Connects (libpq connection string or postgresql:// URI). Does not migrate.
  static Result<std::unique_ptr<PgQuizStore>> open(const std::string& conninfo);
  ~PgQuizStore() override;
  PgQuizStore(const PgQuizStore&) = delete;
  PgQuizStore& operator=(const PgQuizStore&) = delete;

  Result<std::vector<QuizQuestion>> add_quiz_questions(const std::vector<QuizQuestion>& drafts,
                                                       const AuditRecord& audit) override;
  Result<std::optional<QuizQuestion>> find_quiz_question(std::uint64_t id) override;
  Result<QuizQuestion> edit_quiz_question(const QuizQuestion& edited, const AuditRecord& audit) override;
  Result<QuizQuestion> publish_quiz_question(std::uint64_t id, std::uint32_t expected_version, domain::UserId by,
                                             std::int64_t time_us, const AuditRecord& audit) override;
  Result<QuizQuestion> discard_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                             const AuditRecord& audit) override;
  Result<QuizQuestionPage> quiz_question_page(domain::OrgId org, const std::optional<std::string>& state,
                                              std::optional<std::uint64_t> after, std::size_t limit) override;
  Result<Quiz> create_quiz(const Quiz& quiz, const AuditRecord& audit) override;
  Result<std::optional<Quiz>> find_quiz(std::uint64_t id) override;
  Result<QuizPage> quiz_page(const std::vector<domain::OrgId>& orgs, std::optional<std::uint64_t> after,
                             std::size_t limit) override;
  Status add_quiz_attempt(const QuizAttempt& attempt, const AuditRecord& audit) override;
  Result<std::optional<QuizAttempt>> find_quiz_attempt(std::uint64_t quiz, domain::MemberId member) override;
  Result<std::vector<QuizAttempt>> member_quiz_attempts(domain::MemberId member,
                                                        std::optional<std::uint64_t> before_quiz,
                                                        std::size_t limit) override;
  Result<QuizCompletionPage> quiz_completions(std::uint64_t quiz, std::optional<domain::MemberId> after,
                                              std::size_t limit) override;
  Result<QuizTally> quiz_tally(std::uint64_t quiz) override;
  Result<QuizCounts> quiz_counts(const std::vector<OrgScope>& scope, std::optional<int> year) override;

 private:
  explicit PgQuizStore(std::unique_ptr<pg::Connection> connection);
  // One write transaction holding the write lock; `body` runs inside it.
  Status write(const std::string& what, const std::function<Status()>& body);

  std::mutex mu_;
  std::unique_ptr<pg::Connection> conn_;
};

}  // namespace nc::store
