// SqliteStore: the embedded Store, one SQLite file in WAL mode with foreign
// keys on and a busy timeout, so several processes may share the file.
//
// One connection per object, serialised by an internal mutex: any number of
// threads may call one SqliteStore at once. This header deliberately does not
// include sqlite3.h; nothing above store/ sees it.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "common/status.h"
#include "store/store.h"

namespace nc::store {

class SqliteStore final : public Store {
 public:
  struct Options {
    std::chrono::milliseconds busy_timeout{5000};
    // Current UTC time as "YYYY-MM-DDTHH:MM:SSZ"; replaceable so tests control time.
    std::function<std::string()> now;
  };

  // Opens (creating if missing) the database file. Does not migrate.
  static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file, Options options);
  static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file) { return open(file, Options{}); }

  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  Status migrate() override;
  Result<int> schema_version() override;
  Result<PutOutcome> put_rulebook_source(const rulebook::RulebookSource& source,
                                         const rulebook::Rulebook& built) override;
  Result<std::vector<StoredRulebookSource>> list_rulebook_sources() override;

  // Issue 4: implemented in sqlite_directory.cpp, sqlite_accounts.cpp and sqlite_audit.cpp.
  Result<DirectorySnapshot> load_directory() override;
  Status save_directory(std::span<const domain::Organisation> organisations, std::span<const domain::OrgEvent> events,
                        std::span<const domain::Member> members, const AuditRecord& audit) override;
  Result<domain::UserId> create_user(const StoredUser& user, const AuditRecord& audit) override;
  Result<std::vector<domain::UserId>> create_accounts(const std::vector<NewAccount>& accounts,
                                                      const AuditRecord& summary) override;
  Result<std::optional<ActivationRecord>> find_activation(domain::UserId id) override;
  Status activate_account(domain::UserId id, const std::string& code_hash, const std::string& password_hash,
                          const AuditRecord& audit) override;
  Result<std::optional<StoredUser>> find_user(domain::UserId id) override;
  Result<std::optional<StoredUser>> find_user_by_login(const std::string& login) override;
  Result<std::vector<StoredUser>> list_users() override;
  Result<MemberPage> member_page(const MemberPageQuery& query) override;
  Result<OrgChildrenPage> org_children(std::optional<domain::OrgId> parent, std::optional<domain::OrgId> after,
                                       std::size_t limit) override;
  Result<std::vector<OrgSummary>> org_summaries(const std::vector<domain::OrgId>& orgs) override;
  Result<UserPage> user_page(std::optional<domain::UserId> after, std::size_t limit) override;
  Result<std::optional<StoredUser>> find_user_by_member(domain::MemberId member) override;
  Result<GrantHolderPage> grant_holders(domain::OrgId org, domain::Role role, std::optional<domain::UserId> after,
                                        std::size_t limit) override;
  Result<MemberSearchResult> search_members(const MemberSearch& search) override;
  Result<OrgPage> org_page(const OrgPageQuery& query) override;
  Result<std::vector<std::string>> taken_logins(const std::vector<std::string>& logins) override;
  Status set_grants(domain::UserId id, const std::vector<domain::RoleGrant>& expected,
                    const std::vector<domain::RoleGrant>& grants, const AuditRecord& audit) override;
  Status set_password(domain::UserId id, const std::string& password_hash, const std::string& keep,
                      const AuditRecord& audit) override;
  Status set_disabled(domain::UserId id, bool disabled, const AuditRecord& audit) override;
  Status set_member(domain::UserId id, std::optional<domain::MemberId> member, const AuditRecord& audit) override;
  Status open_session(const SessionRecord& session, const std::optional<std::string>& rehash,
                      const AuditRecord& audit) override;
  Result<std::optional<SessionRecord>> find_session(const std::string& token_hash) override;
  Status touch_session(const std::string& token_hash, std::int64_t last_seen_us) override;
  Status drop_session(const std::string& token_hash) override;
  std::optional<std::uint64_t> write_generation() const override;
  Result<int> end_sessions(domain::UserId user, const std::string& token_hash, const AuditRecord& audit) override;
  Result<LoginAttempt> begin_attempt(const std::string& account, const std::string& address, std::int64_t time_us,
                                     std::int64_t since_us, const AttemptLimits& limits) override;
  Status forgive_attempt(std::uint64_t attempt) override;
  Status append_audit(const AuditRecord& audit) override;
  Result<std::vector<AuditRecord>> list_audit(const AuditFilter& filter) override;
  Result<std::uint64_t> count_audit(const AuditFilter& filter) override;
  Result<std::vector<domain::AuditEntry>> audit_chain() override;
  Result<std::vector<domain::AuditEntry>> audit_chain_range(std::uint64_t after, std::size_t limit) override;
  Result<domain::Checkpoint> audit_head() override;
  Status add_checkpoint(const domain::SignedCheckpoint& checkpoint) override;
  Result<std::vector<domain::SignedCheckpoint>> list_checkpoints() override;
  Result<RecordStatement> add_statement(const RecordStatement& statement, const AuditRecord& audit) override;
  Result<std::vector<RecordStatement>> list_statements(domain::MemberId subject) override;
  Result<std::vector<RecordStatement>> list_statements(std::span<const domain::MemberId> subjects) override;
  Result<std::optional<RecordStatement>> find_statement(std::uint64_t id) override;
  Status mark_statement_handled(std::uint64_t id, domain::UserId by, std::int64_t time_us,
                                const AuditRecord& audit) override;
  Result<PendingPage> pending_statements(const PendingQuery& query) override;
  Result<std::uint64_t> statements_seen(domain::UserId reader, domain::MemberId subject) override;
  Status mark_statements_seen(domain::UserId reader, domain::MemberId subject, std::uint64_t last_id) override;

  // sqlite_dictionaries.cpp
  Result<WorkflowRecord> create_record(const WorkflowRecord& record, const WorkflowStep& step,
                                       const AuditRecord& audit) override;
  Result<std::vector<WorkflowRecord>> change_records(
      const std::vector<std::pair<WorkflowChange, WorkflowStep>>& changes, const AuditRecord& audit) override;
  Result<WorkflowRecord> change_record(const WorkflowChange& change, const WorkflowStep& step,
                                       const AuditRecord& audit) override;
  Result<std::optional<WorkflowRecord>> find_record(std::uint64_t id) override;
  Result<std::vector<WorkflowStep>> record_steps(std::uint64_t id) override;
  Result<std::vector<WorkflowAttachment>> add_attachments(std::uint64_t record_id,
                                                          const std::vector<WorkflowAttachment>& files,
                                                          std::size_t max_per_record, const AuditRecord& audit) override;
  Result<std::vector<WorkflowAttachment>> record_attachments(std::uint64_t record_id) override;
  Result<std::vector<WorkflowCheck>> record_checks(std::uint64_t record_id) override;
  Result<std::optional<WorkflowAttachment>> find_attachment(std::uint64_t record_id, std::uint32_t position) override;
  Result<RecordPage> record_page(const RecordPageQuery& query) override;
  Result<std::vector<WorkflowRecord>> subject_records(domain::MemberId subject, const std::string& kind,
                                                      std::uint64_t before, std::size_t limit) override;
  Result<std::vector<RecordCount>> record_counts(const std::vector<OrgScope>& scope, const std::string& kind,
                                                 std::optional<domain::Date> overdue_before = std::nullopt) override;
  Result<std::vector<RecordCount>> subject_counts(domain::MemberId subject, const std::string& kind) override;
  Result<std::vector<MonthCount>> month_counts(const std::vector<domain::OrgId>& orgs, bool subtree,
                                               const std::string& from_month, const std::string& to_month) override;
  Result<WaitingPage> waiting_records(const WaitingQuery& query) override;
  Status load_records(std::span<const WorkflowRecord> records, const AuditRecord& audit) override;
  Result<std::vector<WorkflowRecord>> create_records_with(
      const std::optional<std::pair<WorkflowChange, WorkflowStep>>& change,
      const std::vector<std::pair<WorkflowRecord, WorkflowStep>>& records, const AuditRecord& audit) override;
  Result<std::vector<MonthCount>> month_counts(domain::OrgId org, bool subtree, const std::string& kind,
                                               const std::string& from_month, const std::string& to_month) override;
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
  Result<std::vector<QuizAttempt>> member_quiz_attempts(domain::MemberId member, std::optional<std::uint64_t> before_quiz,
                                                        std::size_t limit) override;
  Result<QuizCompletionPage> quiz_completions(std::uint64_t quiz, std::optional<domain::MemberId> after,
                                              std::size_t limit) override;
  Result<QuizTally> quiz_tally(std::uint64_t quiz) override;
  Result<QuizCounts> quiz_counts(const std::vector<OrgScope>& scope, std::optional<int> year) override;
  Result<std::vector<StoredDictionary>> load_dictionaries() override;
  Status replace_dictionary(const StoredDictionary& dictionary, const AuditRecord& audit) override;

 struct Impl;  // sqlite_internal.h

 private:
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The current UTC time, "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_now_iso();

}  // namespace nc::store
