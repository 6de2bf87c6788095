#include "store/migrations.h"

#include <string_view>

namespace nc::store {
namespace {

// Table schema_version itself is created by the store before any migration,
// since it is what tells which migrations have run.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE rulebook_versions (
  rulebook_id     TEXT   NOT NULL,
  effective_date  TEXT   NOT NULL,
  title           TEXT   NOT NULL,
  version         TEXT   NOT NULL,
  source_text     TEXT   NOT NULL,
  annotations     TEXT   NOT NULL,
  source_sha256   TEXT   NOT NULL,
  loaded_at       TEXT   NOT NULL,
  PRIMARY KEY (rulebook_id, effective_date)
);
CREATE TABLE rulebook_articles (
  rulebook_id     TEXT    NOT NULL,
  effective_date  TEXT    NOT NULL,
  number          INTEGER NOT NULL,
  label           TEXT    NOT NULL,
  chapter_number  INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  PRIMARY KEY (rulebook_id, effective_date, number),
  FOREIGN KEY (rulebook_id, effective_date)
    REFERENCES rulebook_versions (rulebook_id, effective_date) ON DELETE CASCADE
);
)sql"},
    // Issue 4: organisations (with history), members, accounts, role grants,
    // sessions, failed logins, the audit log and statements. Enumerations are
    // stored as the domain's enum values (integers); dates as "YYYY-MM-DD";
    // times as microseconds since the Unix epoch, UTC.
    {2, R"sql(
CREATE TABLE organisations (
  id           INTEGER NOT NULL PRIMARY KEY,
  code         TEXT    NOT NULL UNIQUE,
  name         TEXT    NOT NULL,
  type         INTEGER NOT NULL,
  parent_id    INTEGER,
  active       INTEGER NOT NULL,
  merged_into  INTEGER,
  created      TEXT    NOT NULL
);
CREATE TABLE organisation_parents (
  org_id     INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  parent_id  INTEGER,
  from_date  TEXT    NOT NULL,
  to_date    TEXT,
  PRIMARY KEY (org_id, position)
);
CREATE TABLE organisation_events (
  position   INTEGER NOT NULL PRIMARY KEY,
  kind       INTEGER NOT NULL,
  org_id     INTEGER NOT NULL,
  on_date    TEXT    NOT NULL,
  from_org   INTEGER,
  to_org     INTEGER,
  before_text TEXT   NOT NULL,
  after_text  TEXT   NOT NULL
);
CREATE TABLE members (
  id            INTEGER NOT NULL PRIMARY KEY,
  name          TEXT    NOT NULL,
  number        TEXT    NOT NULL UNIQUE,
  org_id        INTEGER NOT NULL,
  category      INTEGER NOT NULL,
  cadre         INTEGER NOT NULL,
  cadre_level   INTEGER NOT NULL,
  status        INTEGER NOT NULL,
  status_since  TEXT,
  joined        TEXT,
  regularised   TEXT
);
CREATE TABLE member_org_history (
  member_id  INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  org_id     INTEGER NOT NULL,
  from_date  TEXT    NOT NULL,
  to_date    TEXT,
  PRIMARY KEY (member_id, position)
);
CREATE TABLE member_status_history (
  member_id  INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  status     INTEGER NOT NULL,
  from_date  TEXT    NOT NULL,
  to_date    TEXT,
  PRIMARY KEY (member_id, position)
);
CREATE TABLE users (
  id             INTEGER NOT NULL PRIMARY KEY,
  login          TEXT    NOT NULL UNIQUE,
  member_id      INTEGER UNIQUE,
  password_hash  TEXT    NOT NULL,
  disabled       INTEGER NOT NULL,
  created_us     BIGINT  NOT NULL
);
CREATE TABLE role_grants (
  user_id  INTEGER NOT NULL,
  role     INTEGER NOT NULL,
  org_id   INTEGER NOT NULL,
  PRIMARY KEY (user_id, role, org_id)
);
CREATE TABLE sessions (
  token_hash    TEXT    NOT NULL PRIMARY KEY,
  user_id       INTEGER NOT NULL,
  csrf          TEXT    NOT NULL,
  created_us    BIGINT  NOT NULL,
  last_seen_us  BIGINT  NOT NULL,
  expires_us    BIGINT  NOT NULL,
  origin        TEXT    NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE TABLE failed_logins (
  account  TEXT   NOT NULL,
  address  TEXT   NOT NULL,
  time_us  BIGINT NOT NULL
);
CREATE INDEX failed_logins_by_account ON failed_logins (account, time_us);
CREATE INDEX failed_logins_by_address ON failed_logins (address, time_us);
CREATE TABLE audit_log (
  seq             BIGINT  NOT NULL PRIMARY KEY,
  time_us         BIGINT  NOT NULL,
  actor           TEXT    NOT NULL,
  action          TEXT    NOT NULL,
  target          TEXT    NOT NULL,
  origin          TEXT    NOT NULL,
  detail          TEXT    NOT NULL,
  prev_hash       TEXT    NOT NULL,
  hash            TEXT    NOT NULL,
  scope_org       INTEGER,
  subject_member  INTEGER
);
CREATE INDEX audit_by_subject ON audit_log (subject_member, seq);
CREATE TABLE record_statements (
  id              BIGINT  NOT NULL PRIMARY KEY,
  kind            TEXT    NOT NULL,
  record_id       BIGINT  NOT NULL,
  subject_member  INTEGER NOT NULL,
  author_user     INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  time_us         BIGINT  NOT NULL
);
CREATE INDEX statements_by_subject ON record_statements (subject_member, id);
)sql"},
    // Self-check (issue 3): organisation dictionaries (保密词表), replaced
    // whole on each change; the change itself is in the audit log.
    {3, R"sql(
CREATE TABLE org_dictionaries (
  org_id      INTEGER NOT NULL PRIMARY KEY,
  updated_us  BIGINT  NOT NULL,
  updated_by  TEXT    NOT NULL
);
CREATE TABLE org_dictionary_terms (
  org_id    INTEGER NOT NULL,
  position  INTEGER NOT NULL,
  term      TEXT    NOT NULL,
  note      TEXT    NOT NULL,
  PRIMARY KEY (org_id, position)
);
)sql"},
    // Signed audit checkpoints (domain/checkpoint_signature.h): the chain head
    // at some moment, signed with the server's Ed25519 key. Insert-only.
    {4, R"sql(
CREATE TABLE audit_checkpoints (
  seq        BIGINT NOT NULL PRIMARY KEY,
  time_us    BIGINT NOT NULL,
  hash       TEXT   NOT NULL,
  signature  TEXT   NOT NULL
);
)sql"},
    // Hardening (issue 8): a login attempt is recorded as a failure before
    // the password is checked, and a success takes its own row back, so the
    // rows need an id. Failures of the last hour are lost once, at upgrade.
    {5, R"sql(
DROP TABLE failed_logins;
CREATE TABLE failed_logins (
  id       BIGINT NOT NULL PRIMARY KEY,
  account  TEXT   NOT NULL,
  address  TEXT   NOT NULL,
  time_us  BIGINT NOT NULL
);
CREATE INDEX failed_logins_by_account ON failed_logins (account, time_us);
CREATE INDEX failed_logins_by_address ON failed_logins (address, time_us);
)sql"},
    // Hardening (issue 8): audit format 2 hashes every column; `format` says
    // how each row was hashed (rows before this are format 1). The members an
    // entry concerns when there are many (an export, an import) are kept one
    // row each, covered by their entry's hash; read by member for 我的记录.
    {6, R"sql(
ALTER TABLE audit_log ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
CREATE TABLE audit_subjects (
  seq        BIGINT  NOT NULL,
  member_id  INTEGER NOT NULL,
  PRIMARY KEY (seq, member_id)
);
CREATE INDEX audit_subjects_by_member ON audit_subjects (member_id, seq);
)sql"},
    // Accounts opened in bulk (account.provision): until its first login an
    // account has no password (password_hash '') but a one-time activation
    // code, kept as its SHA-256 only, removed when a password is set.
    {7, R"sql(
CREATE TABLE activation_codes (
  user_id     INTEGER NOT NULL PRIMARY KEY,
  code_hash   TEXT    NOT NULL,
  created_us  BIGINT  NOT NULL,
  expires_us  BIGINT  NOT NULL
);
)sql"},
    // Statements that reach the reader (issue 9): a reply is a statement
    // threaded under the original it answers (reply_to); an original is
    // marked handled (已处理) by a reader who may answer it; each reader's
    // last seen statement per subject tells them what is new.
    {8, R"sql(
ALTER TABLE record_statements ADD COLUMN reply_to BIGINT;
ALTER TABLE record_statements ADD COLUMN handled_us BIGINT;
ALTER TABLE record_statements ADD COLUMN handled_by INTEGER;
CREATE INDEX statements_by_reply ON record_statements (reply_to, id);
CREATE TABLE statements_seen (
  user_id         INTEGER NOT NULL,
  subject_member  INTEGER NOT NULL,
  last_id         BIGINT  NOT NULL,
  PRIMARY KEY (user_id, subject_member)
);
)sql"},
    // Bounded lists (issue 9): every organisation's path ("1/5/23/": the ids
    // from its root down to itself, each followed by '/'), kept by the store
    // whenever organisations are written (store/sqlite_directory.cpp), so a
    // subtree is one range of organisations_by_path; the members of an
    // organisation are one range of members_by_org, in id order, and counted
    // by status from members_on_roll; names and 党员编号 are found by their
    // beginning (members.number is UNIQUE already); children by parent.
    {9, R"sql(
ALTER TABLE organisations ADD COLUMN path TEXT NOT NULL DEFAULT '';
WITH RECURSIVE tree (id, path) AS (
  SELECT id, CAST(id AS TEXT) || '/' FROM organisations WHERE parent_id IS NULL
  UNION ALL
  SELECT o.id, tree.path || CAST(o.id AS TEXT) || '/' FROM organisations o JOIN tree ON o.parent_id = tree.id
)
UPDATE organisations SET path = tree.path FROM tree WHERE tree.id = organisations.id;
CREATE UNIQUE INDEX organisations_by_path ON organisations (path);
CREATE INDEX organisations_by_parent ON organisations (parent_id, id);
CREATE INDEX members_by_org ON members (org_id, id);
CREATE INDEX members_on_roll ON members (org_id, status);
CREATE INDEX members_by_name ON members (name, id);
)sql"},
    // The audit log for auditors (issue 9): newest first by actor, action,
    // organisation or time, each through an index (an organisation's subtree
    // is walked through organisations_by_parent of migration 9).
    {10, R"sql(
CREATE INDEX audit_by_actor ON audit_log (actor, seq);
CREATE INDEX audit_by_action ON audit_log (action, seq);
CREATE INDEX audit_by_scope ON audit_log (scope_org, seq);
CREATE INDEX audit_by_time ON audit_log (time_us);
)sql"},
    // Bounded pickers and 待回复 (issue 9): organisations found by the
    // beginning of their name (codes by the unique index on code); original
    // statements not marked handled in id order (handled_us and reply_to
    // NULL), which the pending list walks joined to the members' organisations.
    {11, R"sql(
CREATE INDEX organisations_by_name ON organisations (name, id);
CREATE INDEX statements_open ON record_statements (handled_us, reply_to, id);
)sql"},
    // The registers' workflow core (issue 10): records of every kind and
    // their history. A register page is a range of organisations_by_path,
    // then per organisation a range of workflow_records_by_org (or
    // _by_state with a state filter), newest first; counts by kind and state
    // over a subtree read _by_state alone (covering).
    {12, R"sql(
CREATE TABLE workflow_records (
  id              INTEGER NOT NULL PRIMARY KEY,
  kind            TEXT    NOT NULL,
  subject_member  INTEGER NOT NULL,
  org_id          INTEGER NOT NULL,
  state           TEXT    NOT NULL,
  fields          TEXT    NOT NULL,
  record_date     TEXT    NOT NULL,
  due_date        TEXT,
  created_us      INTEGER NOT NULL,
  updated_us      INTEGER NOT NULL,
  version         INTEGER NOT NULL
);
CREATE INDEX workflow_records_by_org ON workflow_records (org_id, kind, id);
CREATE INDEX workflow_records_by_state ON workflow_records (org_id, kind, state, id);
CREATE INDEX workflow_records_by_subject ON workflow_records (subject_member, kind, id);
CREATE TABLE workflow_steps (
  record_id   INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  verb        TEXT    NOT NULL,
  from_state  TEXT    NOT NULL,
  to_state    TEXT    NOT NULL,
  actor_user  INTEGER NOT NULL,
  actor_role  TEXT    NOT NULL,
  reason      TEXT    NOT NULL,
  fields      TEXT    NOT NULL,
  time_us     INTEGER NOT NULL,
  PRIMARY KEY (record_id, position)
);
)sql"},
    // Files kept with the registers' records (issue 10): the cleaned copy
    // only, in the store so that every server sees them; a record has a few
    // (the handler allows 3), read by (record_id, position). And the
    // self-check findings kept with a step of a record whose kind checks its
    // drafts (组织发布审核), by (record_id, step).
    {13, R"sql(
CREATE TABLE workflow_attachments (
  record_id      INTEGER NOT NULL,
  position       INTEGER NOT NULL,
  name           TEXT    NOT NULL,
  content_type   TEXT    NOT NULL,
  size           INTEGER NOT NULL,
  removed        TEXT    NOT NULL,
  uploaded_by    INTEGER NOT NULL,
  uploaded_role  TEXT    NOT NULL,
  time_us        INTEGER NOT NULL,
  bytes          BLOB    NOT NULL,
  PRIMARY KEY (record_id, position)
);
CREATE TABLE workflow_checks (
  record_id  INTEGER NOT NULL,
  step       INTEGER NOT NULL,
  report     TEXT    NOT NULL,
  time_us    INTEGER NOT NULL,
  PRIMARY KEY (record_id, step)
);
)sql"},
    // The registers at scale (issue 10): 待办 in order of due date — a
    // member's own queue by (subject, kind, state, due), a role's queue per
    // organisation by (org, kind, state, due), each a range of its index; and
    // counts by organisation, kind and state kept in the same transaction as
    // every write of a record (create, transition, transfer): an
    // organisation's own (workflow_counts) and its whole subtree's
    // (workflow_subtree_counts, bumped on every ancestor; recomputed when the
    // hierarchy changes), so counts over a subtree read a few rows.
    {14, R"sql(
CREATE INDEX workflow_records_waiting_subject ON workflow_records (subject_member, kind, state, due_date, id);
CREATE INDEX workflow_records_waiting_org ON workflow_records (org_id, kind, state, due_date, id);
CREATE TABLE workflow_counts (
  org_id  INTEGER NOT NULL,
  kind    TEXT    NOT NULL,
  state   TEXT    NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, state)
) WITHOUT ROWID;
INSERT INTO workflow_counts (org_id, kind, state, n)
  SELECT org_id, kind, state, count(*) FROM workflow_records GROUP BY org_id, kind, state;
CREATE TABLE workflow_subtree_counts (
  org_id  INTEGER NOT NULL,
  kind    TEXT    NOT NULL,
  state   TEXT    NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, state)
) WITHOUT ROWID;
WITH RECURSIVE up (org, anc) AS (
  SELECT DISTINCT org_id, org_id FROM workflow_counts
  UNION ALL
  SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL
)
INSERT INTO workflow_subtree_counts (org_id, kind, state, n)
  SELECT up.anc, c.kind, c.state, sum(c.n) FROM up JOIN workflow_counts c ON c.org_id = up.org
  GROUP BY up.anc, c.kind, c.state;
)sql"},
    // The committee overview (issue 11): the registers' counters by month —
    // per organisation, kind, state and the month of the record's date
    // (YYYY-MM), an organisation's own and its whole subtree's, kept in the
    // same transaction as every write of a record as migration 14's are, so
    // that a chart of a year over any subtree reads at most a few hundred rows.
    {15, R"sql(
CREATE TABLE workflow_month_counts (
  org_id  INTEGER NOT NULL,
  kind    TEXT    NOT NULL,
  month   TEXT    NOT NULL,
  state   TEXT    NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, month, state)
) WITHOUT ROWID;
INSERT INTO workflow_month_counts (org_id, kind, month, state, n)
  SELECT org_id, kind, substr(record_date, 1, 7), state, count(*) FROM workflow_records
  GROUP BY org_id, kind, substr(record_date, 1, 7), state;
CREATE TABLE workflow_subtree_month_counts (
  org_id  INTEGER NOT NULL,
  kind    TEXT    NOT NULL,
  month   TEXT    NOT NULL,
  state   TEXT    NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (org_id, month, kind, state)
) WITHOUT ROWID;
WITH RECURSIVE up (org, anc) AS (
  SELECT DISTINCT org_id, org_id FROM workflow_month_counts
  UNION ALL
  SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL
)
INSERT INTO workflow_subtree_month_counts (org_id, kind, month, state, n)
  SELECT up.anc, c.kind, c.month, c.state, sum(c.n) FROM up JOIN workflow_month_counts c ON c.org_id = up.org
  GROUP BY up.anc, c.kind, c.month, c.state;
)sql"},
    // Quizzes drawn from the rulebook (issue 11, store/quiz_records.h): a
    // branch's question bank (drafts, then published), its quizzes of
    // published questions, and attempts — one per member and quiz, read back
    // by that member only. A quiz's takers and each question's right answers
    // are tallies kept in the same transaction as every attempt, so the
    // shares a branch sees never need a person's row.
    {16, R"sql(
CREATE TABLE quiz_questions (
  id            INTEGER NOT NULL PRIMARY KEY,
  org_id        INTEGER NOT NULL,
  rulebook_id   TEXT    NOT NULL,
  article       INTEGER NOT NULL,
  kind          TEXT    NOT NULL,
  stem          TEXT    NOT NULL,
  options       TEXT    NOT NULL,
  answer        INTEGER NOT NULL,
  source        TEXT    NOT NULL,
  state         TEXT    NOT NULL,
  edited        INTEGER NOT NULL,
  created_by    INTEGER NOT NULL,
  created_us    BIGINT  NOT NULL,
  published_by  INTEGER,
  published_us  BIGINT  NOT NULL,
  version       INTEGER NOT NULL
);
CREATE INDEX quiz_questions_bank ON quiz_questions (org_id, state, id);
CREATE TABLE quizzes (
  id          INTEGER NOT NULL PRIMARY KEY,
  org_id      INTEGER NOT NULL,
  title       TEXT    NOT NULL,
  opens       TEXT    NOT NULL,
  closes      TEXT    NOT NULL,
  created_by  INTEGER NOT NULL,
  created_us  BIGINT  NOT NULL,
  takers      INTEGER NOT NULL
);
CREATE INDEX quizzes_org ON quizzes (org_id, id);
CREATE TABLE quiz_items (
  quiz_id      INTEGER NOT NULL,
  position     INTEGER NOT NULL,
  question_id  INTEGER NOT NULL,
  right_count  INTEGER NOT NULL,
  PRIMARY KEY (quiz_id, position)
);
CREATE TABLE quiz_attempts (
  quiz_id    INTEGER NOT NULL,
  member_id  INTEGER NOT NULL,
  answers    TEXT    NOT NULL,
  rights     TEXT    NOT NULL,
  time_us    BIGINT  NOT NULL,
  PRIMARY KEY (quiz_id, member_id)
);
CREATE INDEX quiz_attempts_member ON quiz_attempts (member_id, quiz_id);
)sql"},
    // Overdue counts at scale (issue 10): the subtrees' open records counted
    // by due date, kept in the same transaction as every write that moves a
    // record's state, due date or organisation (as migration 14's counters),
    // so "how many are overdue below this committee" sums the rows of one
    // subtree dated before today instead of reading the due-date index of
    // every organisation below it. Rows that count nothing are dropped.
    {17, R"sql(
CREATE TABLE workflow_subtree_due (
  org_id    INTEGER NOT NULL,
  kind      TEXT    NOT NULL,
  state     TEXT    NOT NULL,
  due_date  TEXT    NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, due_date, state)
) WITHOUT ROWID;
WITH RECURSIVE own (org_id, kind, state, due_date, n) AS (
  SELECT org_id, kind, state, due_date, count(*) FROM workflow_records WHERE due_date IS NOT NULL
  GROUP BY org_id, kind, state, due_date
), up (org, anc) AS (
  SELECT DISTINCT org_id, org_id FROM own
  UNION ALL
  SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL
)
INSERT INTO workflow_subtree_due (org_id, kind, state, due_date, n)
  SELECT up.anc, own.kind, own.state, own.due_date, sum(own.n) FROM up JOIN own ON own.org_id = up.org
  GROUP BY up.anc, own.kind, own.state, own.due_date;
)sql"},
    // Overdue counts that stay flat (issue 10): how many open records of a
    // subtree have a due date at all, by kind and state, kept with the due
    // counts of migration 17. Overdue is then that number less the rows due
    // today or later — a range of the few days ahead — instead of a sum over
    // every day in the past, which grows with the years a subtree has kept.
    {18, R"sql(
CREATE TABLE workflow_subtree_dated (
  org_id  INTEGER NOT NULL,
  kind    TEXT    NOT NULL,
  state   TEXT    NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (org_id, kind, state)
);
INSERT INTO workflow_subtree_dated (org_id, kind, state, n)
  SELECT org_id, kind, state, sum(n) FROM workflow_subtree_due GROUP BY org_id, kind, state;
)sql"},
    // The quizzes in the overview's month counters (sqlite_quiz.cpp): under
    // the kind "quiz" (no register kind has that id), "made" for each quiz and
    // "completed" for each attempt, by the month the quiz closes; kept from
    // here on in the same transaction as the quiz or attempt. quiz_counts had
    // joined a subtree's organisations to their quizzes, 80 % of the root's
    // overview at 1,000,000 members.
    {19, R"sql(
INSERT INTO workflow_month_counts (org_id, kind, month, state, n)
  SELECT org_id, 'quiz', substr(closes, 1, 7), 'made', count(*) FROM quizzes GROUP BY org_id, substr(closes, 1, 7);
INSERT INTO workflow_month_counts (org_id, kind, month, state, n)
  SELECT org_id, 'quiz', substr(closes, 1, 7), 'completed', sum(takers) FROM quizzes
  GROUP BY org_id, substr(closes, 1, 7) HAVING sum(takers) > 0;
WITH RECURSIVE up (org, anc) AS (
  SELECT DISTINCT org_id, org_id FROM workflow_month_counts WHERE kind = 'quiz'
  UNION ALL
  SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL
)
INSERT INTO workflow_subtree_month_counts (org_id, kind, month, state, n)
  SELECT up.anc, c.kind, c.month, c.state, sum(c.n) FROM up JOIN workflow_month_counts c ON c.org_id = up.org
  WHERE c.kind = 'quiz'
  GROUP BY up.anc, c.kind, c.month, c.state;
)sql"},
    // Approvers named by a committee (issue 10): the holders of one role on
    // one organisation are a range of role_grants_by_org in account order (a
    // keyset page), and each grant keeps when it was given (0: before this
    // migration), the "since" of the approvers' list.
    {20, R"sql(
ALTER TABLE role_grants ADD COLUMN granted_us BIGINT NOT NULL DEFAULT 0;
CREATE INDEX role_grants_by_org ON role_grants (org_id, role, user_id);
)sql"},
    // An attempt by a reader of the quiz's bank (its secretary or a committee
    // member, who have seen the answers) is self-study that is not counted
    // (issue 11): the attempt keeps that flag, and the quiz counts the
    // counted takers beside all takers (completions), in the same
    // transaction as each attempt. Earlier attempts all counted.
    {21, R"sql(
ALTER TABLE quiz_attempts ADD COLUMN counted INTEGER NOT NULL DEFAULT 1;
ALTER TABLE quizzes ADD COLUMN counted_takers INTEGER NOT NULL DEFAULT 0;
UPDATE quizzes SET counted_takers = takers;
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

std::string dialect_sql(const char* shared_sql, Dialect dialect) {
  std::string sql = shared_sql;
  if (dialect == Dialect::kSqlite) return sql;
  // Whole upper-case words only: "INTEGER" in "INTEGERS" or in an
  // identifier such as "integer_id" stays as it is.
  const auto word_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  };
  std::string out;
  out.reserve(sql.size() + sql.size() / 16);
  std::size_t i = 0;
  while (i < sql.size()) {
    if (word_char(sql[i])) {
      std::size_t j = i;
      while (j < sql.size() && word_char(sql[j])) ++j;
      const std::string_view word(sql.data() + i, j - i);
      if (word == "INTEGER") {
        out += "BIGINT";
      } else if (word == "BLOB") {
        out += "BYTEA";
      } else if (const std::size_t k = sql.find_first_not_of(" \t\n", j);
                 word == "WITHOUT" && k != std::string::npos && sql.compare(k, 5, "ROWID") == 0 &&
                 (k + 5 == sql.size() || !word_char(sql[k + 5]))) {
        // A storage option of SQLite's: the table is the same without it.
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t' || out.back() == '\n')) out.pop_back();
        j = k + 5;
      } else {
        out += word;
      }
      i = j;
    } else if (sql[i] == '\'') {  // a string literal is copied untouched
      std::size_t j = sql.find('\'', i + 1);
      while (j != std::string::npos && j + 1 < sql.size() && sql[j + 1] == '\'') j = sql.find('\'', j + 2);
      j = j == std::string::npos ? sql.size() : j + 1;
      out.append(sql, i, j - i);
      i = j;
    } else {
      out += sql[i++];
    }
  }
  return out;
}

std::string migration_sql(const Migration& m, Dialect dialect) { return dialect_sql(m.sql, dialect); }

}  // namespace nc::store
