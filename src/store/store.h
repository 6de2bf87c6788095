// Store: persistence behind one interface. SqliteStore (sqlite_store.h) is the
// embedded default; a PostgreSQL store will implement the same interface, so
// callers never see a database header or SQL.
//
// The interface is split by area (issue 12) — RulebookStore, DirectoryStore,
// AccountStore, AuditStore, StatementStore, WorkflowStore, QuizStore,
// DictionaryStore — and Store is their union plus the schema. Code that needs
// one area may take that area's interface; a backend can be built and tested
// one area at a time.
//
// Every write runs in one transaction and, where it changes a record, appends
// its audit entry (chained to the head) in that same transaction: either both
// are stored or neither. Failures: "conflict" (unique keys), "not_found",
// "storage".
//
// Expected failures (cannot open, schema newer than this binary, conflicting
// data) come back as Status / Result, never as exceptions. Implementations
// are safe to call from several threads at once.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"
#include "domain/checkpoint_signature.h"
#include "rulebook/loader.h"
#include "rulebook/model.h"
#include "store/access_records.h"
#include "store/dictionary_records.h"
#include "store/page_records.h"
#include "store/quiz_records.h"
#include "store/workflow_records.h"

namespace nc::store {

// One stored version of a rulebook: the source it was built from, plus what
// the store recorded about it.
struct StoredRulebookSource {
  rulebook::RulebookSource source;
  std::string title;          // from the built rulebook, for listings
  std::string source_sha256;  // hex digest over version, text and annotations
  std::string loaded_at;      // UTC, "YYYY-MM-DDTHH:MM:SSZ"
};

enum class PutOutcome { Inserted, AlreadyPresent, MetadataUpdated };

// The rulebooks: each stored version of a regulation and its articles.
class RulebookStore {
 public:
  virtual ~RulebookStore() = default;

  // Stores one version (source.id, source.effective_date) of a rulebook and
  // its articles, in one transaction. Storing the same content again is
  // AlreadyPresent; the same text with changed annotations or version label
  // updates those (MetadataUpdated); a different text under the same id and
  // effective date fails with code "conflict" and stores nothing.
  virtual Result<PutOutcome> put_rulebook_source(const rulebook::RulebookSource& source,
                                                 const rulebook::Rulebook& built) = 0;
  // Every stored version, ordered by id, then effective date.
  virtual Result<std::vector<StoredRulebookSource>> list_rulebook_sources() = 0;
};

// Organisations (with their history and paths) and members: the directory,
// written whole or read a bounded page at a time (store/page_records.h, issue
// 9): indexed reads, a page costs what it returns (plus, for totals, one
// indexed count); nothing is read whole. limit is clamped to 1..1000.
class DirectoryStore {
 public:
  virtual ~DirectoryStore() = default;

  virtual Result<DirectorySnapshot> load_directory() = 0;
  // Inserts or replaces the given organisations and members (histories
  // included) and appends `events`, with `audit`. A member now in another
  // organisation than the one keeping their register records takes them
  // along in the same transaction (the transfer rule, issue 10): each record
  // gets a "transfer" step and is kept, and read, by the new organisation.
  virtual Status save_directory(std::span<const domain::Organisation> organisations,
                                std::span<const domain::OrgEvent> events, std::span<const domain::Member> members,
                                const AuditRecord& audit) = 0;
  virtual Result<MemberPage> member_page(const MemberPageQuery& query) = 0;
  // The organisations right below `parent` (the tree's roots when nothing),
  // by id, after `after`, with their counts.
  virtual Result<OrgChildrenPage> org_children(std::optional<domain::OrgId> parent,
                                               std::optional<domain::OrgId> after, std::size_t limit) = 0;
  // Counts for the given organisations (in their order; unknown ids count 0).
  virtual Result<std::vector<OrgSummary>> org_summaries(const std::vector<domain::OrgId>& orgs) = 0;
  virtual Result<MemberSearchResult> search_members(const MemberSearch& search) = 0;
  virtual Result<OrgPage> org_page(const OrgPageQuery& query) = 0;
};

// Accounts, role grants, activation codes, sessions and login throttling
// (ASVS V2, V3). Lists are keyset pages, limit clamped to 1..1000.
class AccountStore {
 public:
  virtual ~AccountStore() = default;

  // The new account's id is assigned by the store (user.user.id is ignored).
  virtual Result<domain::UserId> create_user(const StoredUser& user, const AuditRecord& audit) = 0;
  // Opens every account of `accounts` with its activation code and audit
  // entry, then appends `summary`, in one transaction: all or none
  // ("conflict" when a login or member already has an account). The new ids,
  // in order.
  virtual Result<std::vector<domain::UserId>> create_accounts(const std::vector<NewAccount>& accounts,
                                                              const AuditRecord& summary) = 0;
  // The account's pending activation code, if it has one.
  virtual Result<std::optional<ActivationRecord>> find_activation(domain::UserId id) = 0;
  // Sets the first password of an account opened with a code and removes the
  // code, in one transaction — only while the stored code is `code_hash`, so a
  // code works once ("not_found" otherwise).
  virtual Status activate_account(domain::UserId id, const std::string& code_hash, const std::string& password_hash,
                                  const AuditRecord& audit) = 0;
  virtual Result<std::optional<StoredUser>> find_user(domain::UserId id) = 0;
  virtual Result<std::optional<StoredUser>> find_user_by_login(const std::string& login) = 0;
  virtual Result<std::vector<StoredUser>> list_users() = 0;
  virtual Result<UserPage> user_page(std::optional<domain::UserId> after, std::size_t limit) = 0;
  // The account linked to `member`, if any (users.member_id is unique).
  virtual Result<std::optional<StoredUser>> find_user_by_member(domain::MemberId member) = 0;
  // The accounts holding `role` on `org` itself, after `after`: one range of
  // role_grants_by_org (migration 19).
  virtual Result<GrantHolderPage> grant_holders(domain::OrgId org, domain::Role role,
                                                std::optional<domain::UserId> after, std::size_t limit) = 0;
  // Which of `logins` some account has already (at most 1000 asked at once).
  virtual Result<std::vector<std::string>> taken_logins(const std::vector<std::string>& logins) = 0;
  // Replaces the account's grants with `grants`, only while they are still
  // `expected` (as a set: order and duplicates aside) — the grants the caller
  // read and decided on — else "conflict" and nothing is stored (a change by
  // someone else in between is never overwritten); "not_found" for no account.
  // A grant kept keeps its granted_us; a new one gets the audit entry's time.
  virtual Status set_grants(domain::UserId id, const std::vector<domain::RoleGrant>& expected,
                            const std::vector<domain::RoleGrant>& grants, const AuditRecord& audit) = 0;
  // Disables or enables an account; disabling ends all its sessions in the
  // same transaction. "not_found" for an unknown account.
  virtual Status set_disabled(domain::UserId id, bool disabled, const AuditRecord& audit) = 0;
  // Links the account to a member, or unlinks it (nothing). "conflict" when
  // another account is linked to that member.
  virtual Status set_member(domain::UserId id, std::optional<domain::MemberId> member, const AuditRecord& audit) = 0;
  // Sets a new password hash and ends the account's sessions except `keep`
  // (a token hash; empty: all of them); a pending activation code goes.
  virtual Status set_password(domain::UserId id, const std::string& password_hash, const std::string& keep,
                              const AuditRecord& audit) = 0;
  // A successful login: stores the session and, when given, the password
  // hash recomputed with current parameters.
  virtual Status open_session(const SessionRecord& session, const std::optional<std::string>& rehash,
                              const AuditRecord& audit) = 0;
  virtual Result<std::optional<SessionRecord>> find_session(const std::string& token_hash) = 0;
  virtual Status touch_session(const std::string& token_hash, std::int64_t last_seen_us) = 0;
  // Removes an expired session (no audit entry: nothing about a person changed).
  virtual Status drop_session(const std::string& token_hash) = 0;
  // Ends one session (`token_hash`) or, when empty, every session of `user`;
  // returns how many ended.
  virtual Result<int> end_sessions(domain::UserId user, const std::string& token_hash, const AuditRecord& audit) = 0;
  // Throttling of logins and re-authentications (ASVS V2.2.1), atomic: in
  // one transaction, counts the failures of `account` and of `address` since
  // `since_us` and, when both are under their limits, records this attempt
  // as a failure in advance. Concurrent attempts thus each take a place, and
  // no more than the limit get through to a password check; a successful
  // attempt gives its place back (forgive_attempt). Failures older than a
  // day are pruned.
  virtual Result<LoginAttempt> begin_attempt(const std::string& account, const std::string& address,
                                             std::int64_t time_us, std::int64_t since_us,
                                             const AttemptLimits& limits) = 0;
  virtual Status forgive_attempt(std::uint64_t attempt) = 0;
};

// The audit log: insert-only, hash-chained, with signed checkpoints.
class AuditStore {
 public:
  virtual ~AuditStore() = default;

  virtual Status append_audit(const AuditRecord& audit) = 0;
  // Newest first, filtered.
  virtual Result<std::vector<AuditRecord>> list_audit(const AuditFilter& filter) = 0;
  // How many entries the filter matches (its before_seq and limit ignored).
  virtual Result<std::uint64_t> count_audit(const AuditFilter& filter) = 0;
  // At most `limit` entries with seq > after, in sequence order, with their
  // subjects (and subject rows in that range without their entry as entries
  // of their own, as audit_chain() does): the chain a piece at a time.
  virtual Result<std::vector<domain::AuditEntry>> audit_chain_range(std::uint64_t after, std::size_t limit) = 0;
  // The whole chain in sequence order, as stored, for verification.
  virtual Result<std::vector<domain::AuditEntry>> audit_chain() = 0;
  // The last entry's (seq, hash); kGenesis for an empty log.
  virtual Result<domain::Checkpoint> audit_head() = 0;
  // Signed checkpoints, insert-only; storing one for a seq already stored is
  // "conflict". Listed in sequence order.
  virtual Status add_checkpoint(const domain::SignedCheckpoint& checkpoint) = 0;
  virtual Result<std::vector<domain::SignedCheckpoint>> list_checkpoints() = 0;
};

// Statements (说明): what people append to records about them, replies,
// handled marks, and what each reader has seen.
class StatementStore {
 public:
  virtual ~StatementStore() = default;

  // The statement's id is assigned by the store.
  virtual Result<RecordStatement> add_statement(const RecordStatement& statement, const AuditRecord& audit) = 0;
  // Every statement about `subject` (originals and replies), by id.
  virtual Result<std::vector<RecordStatement>> list_statements(domain::MemberId subject) = 0;
  // The statements about any of `subjects` (at most 500 per call), by id.
  virtual Result<std::vector<RecordStatement>> list_statements(std::span<const domain::MemberId> subjects) = 0;
  virtual Result<std::optional<RecordStatement>> find_statement(std::uint64_t id) = 0;
  // Marks an original statement handled with `audit`, in one transaction;
  // "not_found" when there is no such original, "conflict" when it is
  // handled already.
  virtual Status mark_statement_handled(std::uint64_t id, domain::UserId by, std::int64_t time_us,
                                        const AuditRecord& audit) = 0;
  // 待回复的说明 (store/page_records.h): one keyset query over the open
  // originals (statements_open, migration 11) joined to their members'
  // organisations within scope; each with what the reader last saw.
  virtual Result<PendingPage> pending_statements(const PendingQuery& query) = 0;
  // The last statement id about `subject` that `reader` has seen (0: none),
  // and recording a later one (an earlier one changes nothing).
  virtual Result<std::uint64_t> statements_seen(domain::UserId reader, domain::MemberId subject) = 0;
  virtual Status mark_statements_seen(domain::UserId reader, domain::MemberId subject, std::uint64_t last_id) = 0;
};

// The registers' workflow core (issue 10, store/workflow_records.h): records
// of every kind, their steps, files and checks, pages, counters and 待办.
class WorkflowStore {
 public:
  virtual ~WorkflowStore() = default;

  // A new record with its first step (the creation) and `audit`, in one
  // transaction; the new id is appended to the audit entry's target
  // ("record:contribution:" → "record:contribution:12"). Returns the record
  // as stored (id, version 1).
  virtual Result<WorkflowRecord> create_record(const WorkflowRecord& record, const WorkflowStep& step,
                                               const AuditRecord& audit) = 0;
  // One transition: the record's new state (and fields), the step and
  // `audit`, in one transaction, only while the record is still at
  // `expected_version` ("conflict" otherwise, "not_found" for no record).
  virtual Result<WorkflowRecord> change_record(const WorkflowChange& change, const WorkflowStep& step,
                                               const AuditRecord& audit) = 0;
  // Several transitions (one step on each of a member's records, e.g. the
  // yearly "nothing changed" on all their accounts) and one `audit` entry, in
  // one transaction: all or none ("conflict" when any record moved on).
  virtual Result<std::vector<WorkflowRecord>> change_records(
      const std::vector<std::pair<WorkflowChange, WorkflowStep>>& changes, const AuditRecord& audit) = 0;
  virtual Result<std::optional<WorkflowRecord>> find_record(std::uint64_t id) = 0;
  // The record's history, oldest first (a record has a few steps; at most 1000 read).
  virtual Result<std::vector<WorkflowStep>> record_steps(std::uint64_t id) = 0;
  // Files added to a record with `audit`, in one transaction: all of them or
  // none; "limit_exceeded" when the record would then hold more than
  // `max_per_record`, "not_found" for no record. Positions are assigned in
  // order after the record's last one; returned without their bytes.
  virtual Result<std::vector<WorkflowAttachment>> add_attachments(std::uint64_t record_id,
                                                                  const std::vector<WorkflowAttachment>& files,
                                                                  std::size_t max_per_record,
                                                                  const AuditRecord& audit) = 0;
  // The findings kept with a record's steps, oldest first (at most 1000 read).
  virtual Result<std::vector<WorkflowCheck>> record_checks(std::uint64_t record_id) = 0;
  // A record's files in position order, without their bytes (a few per record).
  virtual Result<std::vector<WorkflowAttachment>> record_attachments(std::uint64_t record_id) = 0;
  // One file with its bytes; nothing when there is no such file.
  virtual Result<std::optional<WorkflowAttachment>> find_attachment(std::uint64_t record_id,
                                                                    std::uint32_t position) = 0;
  // A register page: records of one kind kept in the scope, organisations in
  // path order and each one's records newest first, filtered by state and
  // date. limit clamped to 1..1000.
  virtual Result<RecordPage> record_page(const RecordPageQuery& query) = 0;
  // One member's records (of `kind`, or every kind when empty), newest
  // first, with id < `before` (0: from the newest), at most `limit` (1..1000).
  virtual Result<std::vector<WorkflowRecord>> subject_records(domain::MemberId subject, const std::string& kind,
                                                              std::uint64_t before, std::size_t limit) = 0;
  // How many records of each kind and state the scope keeps (`kind` empty:
  // every kind), from the counters kept per organisation, kind and state in
  // the transaction of every write of a record (workflow_counts, migration 14);
  // of them, how many were due before `overdue_before` (when given), by a
  // read of the records' due-date index.
  virtual Result<std::vector<RecordCount>> record_counts(const std::vector<OrgScope>& scope, const std::string& kind,
                                                         std::optional<domain::Date> overdue_before = std::nullopt) = 0;
  // One member's records of `kind` by state (`kind` empty: every kind), by one
  // grouped read of an index (the member's own counts, on their page only).
  virtual Result<std::vector<RecordCount>> subject_counts(domain::MemberId subject, const std::string& kind) = 0;
  // For each of `orgs` (at most 200), its records by kind, state and the month
  // of their date, for the months from `from_month` to `to_month` (YYYY-MM,
  // inclusive): over its whole subtree, or its own only. From the counters
  // kept by month in the transaction of every write of a record (migration
  // 18): a few rows per organisation, never the records. Zero counts left out.
  virtual Result<std::vector<MonthCount>> month_counts(const std::vector<domain::OrgId>& orgs, bool subtree,
                                                       const std::string& from_month,
                                                       const std::string& to_month) = 0;
  // A page of one 待办 queue, earliest due first (undated last), limit
  // clamped to 1..1000: index ranges in due order (a member's queue), or per
  // part of the scope ranges of the organisations' due-ordered index, merged.
  virtual Result<WaitingPage> waiting_records(const WaitingQuery& query) = 0;
  // Records made together in one transaction with one `audit` entry (the
  // store appends nothing to its target): first the transition `change` of
  // the record they belong to, at its expected version ("conflict" when it
  // moved on: nothing is stored), then each record with its creation step,
  // counted. The attendance of a session: the session moves to
  // attendance_recorded and a record per member of the roster is made.
  virtual Result<std::vector<WorkflowRecord>> create_records_with(
      const std::optional<std::pair<WorkflowChange, WorkflowStep>>& change,
      const std::vector<std::pair<WorkflowRecord, WorkflowStep>>& records, const AuditRecord& audit) = 0;
  // Records of `kind` by the month of their date and state, months from
  // `from_month` to `to_month` ("2027-01".."2027-12"), kept by `org` (or its
  // whole subtree), from the per-organisation month counters kept in the
  // transaction of every write of a record (workflow_month_counts, migration
  // 15): a subtree's is one read of those counters over its organisations'
  // path range — it grows with the organisations and months, never with the
  // records. Ordered by month, then state; zero counts left out.
  virtual Result<std::vector<MonthCount>> month_counts(domain::OrgId org, bool subtree, const std::string& kind,
                                                       const std::string& from_month, const std::string& to_month) = 0;
  // Bulk loading for `netconduct bench-data --records` (the registers'
  // benchmark, bench/registers): the records (ids assigned after the largest
  // stored one; `state`, dates and fields as given), each with its creation
  // step by user 0, and their counters, with one `audit` entry, in one
  // transaction. Not for the server: no authorization, no per-record audit.
  virtual Status load_records(std::span<const WorkflowRecord> records, const AuditRecord& audit) = 0;
};

// Quizzes drawn from the rulebook (issue 11, store/quiz_records.h).
class QuizStore {
 public:
  virtual ~QuizStore() = default;

  // Drafts generated for a bank; their ids assigned, in order.
  virtual Result<std::vector<QuizQuestion>> add_quiz_questions(const std::vector<QuizQuestion>& drafts,
                                                               const AuditRecord& audit) = 0;
  virtual Result<std::optional<QuizQuestion>> find_quiz_question(std::uint64_t id) = 0;
  // A draft's new stem, options and answer at its expected version; "conflict"
  // for a published question (it is what quizzes ask: it no longer changes)
  // or a stale version; "not_found".
  virtual Result<QuizQuestion> edit_quiz_question(const QuizQuestion& edited, const AuditRecord& audit) = 0;
  // A draft reviewed and published, at its expected version (same failures).
  virtual Result<QuizQuestion> publish_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                                     domain::UserId by, std::int64_t time_us,
                                                     const AuditRecord& audit) = 0;
  // A draft set aside at its expected version (same failures): it stays in
  // the bank as "discarded" (state filter), never publishable again.
  virtual Result<QuizQuestion> discard_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                                     const AuditRecord& audit) = 0;
  // A bank's questions by id, optionally of one state; keyset pages.
  virtual Result<QuizQuestionPage> quiz_question_page(domain::OrgId org, const std::optional<std::string>& state,
                                                      std::optional<std::uint64_t> after, std::size_t limit) = 0;
  // Reviewed before published, published before asked: every question must be
  // a published question of the quiz's organisation, else "invalid_input"
  // naming it and nothing is stored.
  virtual Result<Quiz> create_quiz(const Quiz& quiz, const AuditRecord& audit) = 0;
  virtual Result<std::optional<Quiz>> find_quiz(std::uint64_t id) = 0;
  // Quizzes of the given organisations (each alone), newest first.
  virtual Result<QuizPage> quiz_page(const std::vector<domain::OrgId>& orgs, std::optional<std::uint64_t> after,
                                     std::size_t limit) = 0;
  // One attempt per member and quiz ("conflict" for a second); the quiz's
  // takers and each question's right-answer tally move in the same transaction.
  virtual Status add_quiz_attempt(const QuizAttempt& attempt, const AuditRecord& audit) = 0;
  // The member's own attempt(s): the only reads of a score there are.
  virtual Result<std::optional<QuizAttempt>> find_quiz_attempt(std::uint64_t quiz, domain::MemberId member) = 0;
  virtual Result<std::vector<QuizAttempt>> member_quiz_attempts(domain::MemberId member,
                                                                std::optional<std::uint64_t> before_quiz,
                                                                std::size_t limit) = 0;
  // Who completed a quiz: names and when, never an answer or a score.
  virtual Result<QuizCompletionPage> quiz_completions(std::uint64_t quiz, std::optional<domain::MemberId> after,
                                                      std::size_t limit) = 0;
  virtual Result<QuizTally> quiz_tally(std::uint64_t quiz) = 0;
  // Quizzes made and attempts made over the scope's parts (count queries);
  // with `year`, also the attempts by the month each quiz closes in that year.
  virtual Result<QuizCounts> quiz_counts(const std::vector<OrgScope>& scope, std::optional<int> year) = 0;
};

// Organisation dictionaries for self-check (issue 3).
class DictionaryStore {
 public:
  virtual ~DictionaryStore() = default;

  // Every organisation's dictionary that was ever set (possibly empty).
  virtual Result<std::vector<StoredDictionary>> load_dictionaries() = 0;
  // Replaces one organisation's terms, with `audit`, in one transaction.
  virtual Status replace_dictionary(const StoredDictionary& dictionary, const AuditRecord& audit) = 0;
};

// The whole store: every area, and the schema they share. SqliteStore
// implements all of it; the PostgreSQL store is built an area at a time
// (store/pg/), each area tested against both backends.
class Store : public RulebookStore,
              public DirectoryStore,
              public AccountStore,
              public AuditStore,
              public StatementStore,
              public WorkflowStore,
              public QuizStore,
              public DictionaryStore {
 public:
  ~Store() override = default;

  // Brings the schema up to the newest version this binary knows, applying
  // each missing migration in its own transaction. Fails, changing nothing
  // further, when the stored schema is newer than this binary.
  virtual Status migrate() = 0;
  // The highest applied migration; 0 for an empty database.
  virtual Result<int> schema_version() = 0;
  // A number that grows after every committed write to the store, by any
  // method (sessions, accounts, grants, anything): a value read before a
  // look-up is still current only while no write has committed since. For
  // caches of what look-ups returned (the session middleware's); nothing
  // when the store cannot tell, and then nothing may be cached.
  virtual std::optional<std::uint64_t> write_generation() const { return std::nullopt; }
};

// 学习教育 for the committee overview (issue 11): for `org`'s whole subtree
// and each month of `year` (twelve entries, January first), the sessions
// held and the attendance of them by state, from Store::month_counts()
// (two reads of the month counters; nobody named, no person's count).
// Coverage of a month is (present + made_up) / expected.
Result<std::vector<EducationMonth>> education_by_month(Store& store, domain::OrgId org, int year);

// Hex SHA-256 of the parts of a source that define its content (version,
// text, annotations); the same source always gives the same digest.
std::string source_digest(const rulebook::RulebookSource& source);

}  // namespace nc::store
