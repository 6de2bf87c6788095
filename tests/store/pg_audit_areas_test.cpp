// Label `postgres`: audit_store_tests.h, statement_store_tests.h and
// quiz_store_tests.h on PgAuditStore, PgStatementStore and PgQuizStore, a
// fresh schema per test in the throwaway cluster, migrated with every
// migration. Then what only PostgreSQL shows: the chain is the same bytes as
// SQLite's for the same entries, and several connections appending at once
// leave one chain.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include "audit_store_tests.h"
#include "pg_test_db.h"
#include "quiz_store_tests.h"
#include "statement_store_tests.h"
#include "store/pg/connection.h"
#include "store/pg/pg_account_store.h"
#include "store/pg/pg_audit_store.h"
#include "store/pg/pg_quiz_store.h"
#include "store/pg/pg_statement_store.h"
#include "store/sqlite_store.h"

namespace nc::store::testing {
namespace {

std::optional<std::string> date_text(const std::optional<domain::Date>& d) {
  return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

class PgAreas {
 public:
  std::string open() {
    if (!schema_.ok()) return schema_.error();
    auto accounts = PgAccountStore::open(schema_.conninfo());
    if (!accounts.ok()) return accounts.status().message();
    accounts_ = std::move(accounts).value();
    if (Status s = accounts_->migrate(); !s.ok()) return s.message();
    auto audit = PgAuditStore::open(schema_.conninfo());
    if (!audit.ok()) return audit.status().message();
    audit_ = std::move(audit).value();
    auto statements = PgStatementStore::open(schema_.conninfo());
    if (!statements.ok()) return statements.status().message();
    statements_ = std::move(statements).value();
    auto quizzes = PgQuizStore::open(schema_.conninfo());
    if (!quizzes.ok()) return quizzes.status().message();
    quizzes_ = std::move(quizzes).value();
    auto check = pg::Connection::open(schema_.conninfo());
    if (!check.ok()) return check.status().message();
    check_ = std::move(check).value();
    return "";
  }
  AuditStore& audit() { return *audit_; }
  StatementStore& statements() { return *statements_; }
  QuizStore& quizzes() { return *quizzes_; }
  AccountStore& accounts() { return *accounts_; }
  const std::string& conninfo() const { return schema_.conninfo(); }
  pg::Connection& check() { return *check_; }

  // The rows save_directory writes that these areas read (organisations
  // with their paths, members), straight into the tables.
  Status seed(const domain::OrgTree& tree, const domain::Roster& roster) {
    std::map<std::uint32_t, const domain::Organisation*> by_id;
    for (const domain::Organisation& o : tree.all()) by_id[o.id.value] = &o;
    std::function<std::string(const domain::Organisation&)> path = [&](const domain::Organisation& o) {
      const std::string own = std::to_string(o.id.value) + "/";
      return o.parent ? path(*by_id.at(o.parent->value)) + own : own;
    };
    Status s = check_->transaction("seeding the directory", [&]() -> Status {
      for (const domain::Organisation& o : tree.all()) {
        pg::Params p;
        p.add(std::int64_t{o.id.value})
            .add(o.code)
            .add(o.name)
            .add(static_cast<std::int64_t>(o.type))
            .add(o.parent ? std::optional<std::int64_t>(o.parent->value) : std::nullopt)
            .add(std::int64_t{o.active ? 1 : 0})
            .add(o.merged_into ? std::optional<std::int64_t>(o.merged_into->value) : std::nullopt)
            .add(o.created.iso())
            .add(path(o));
        if (Status st = check_->run("INSERT INTO organisations (id, code, name, type, parent_id, active, merged_into,"
                                    " created, path) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                                    p, "seeding organisations");
            !st.ok()) {
          return st;
        }
      }
      for (const domain::Member& m : roster.all()) {
        pg::Params p;
        p.add(std::int64_t{m.id.value})
            .add(m.name)
            .add(m.number)
            .add(std::int64_t{m.org.value})
            .add(static_cast<std::int64_t>(m.category))
            .add(std::int64_t{m.cadre ? 1 : 0})
            .add(static_cast<std::int64_t>(m.cadre_level))
            .add(static_cast<std::int64_t>(m.status))
            .add(date_text(m.status_since))
            .add(date_text(m.joined))
            .add(date_text(m.regularised));
        if (Status st = check_->run("INSERT INTO members (id, name, number, org_id, category, cadre, cadre_level,"
                                    " status, status_since, joined, regularised)"
                                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                                    p, "seeding members");
            !st.ok()) {
          return st;
        }
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return audit_->append_audit(area_note("seed"));
  }
  Status exec(const std::string& sql) { return check_->run(sql, "a test's statement"); }

 private:
  PgTestSchema schema_;
  std::unique_ptr<PgAccountStore> accounts_;
  std::unique_ptr<PgAuditStore> audit_;
  std::unique_ptr<PgStatementStore> statements_;
  std::unique_ptr<PgQuizStore> quizzes_;
  std::unique_ptr<pg::Connection> check_;
};

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, AuditStoreTest, ::testing::Types<PgAreas>);
INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, AuditTamperTest, ::testing::Types<PgAreas>);
INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, StatementStoreTest, ::testing::Types<PgAreas>);
INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, QuizStoreTest, ::testing::Types<PgAreas>);

// The same entries, and the same writes, give the same chain on both
// stores: every column, every subject and every hash, byte for byte — so a
// log moved from one store to the other verifies, and a checkpoint signed on
// one names the same head on the other.
TEST(PgAuditChain, TheSameEntriesGiveTheSameHashesAsSqlite) {
  namespace fs = std::filesystem;
  PgAreas pg;
  ASSERT_EQ(pg.open(), "");
  const fs::path dir = fs::temp_directory_path() / ("nc-pg-chain-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto opened = SqliteStore::open(dir / "t.db");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  std::unique_ptr<SqliteStore> lite = std::move(opened).value();
  ASSERT_TRUE(lite->migrate().ok());

  std::vector<AuditRecord> entries;
  for (int i = 0; i < 12; ++i) {
    AuditRecord a = area_note(i % 3 ? "member.read" : "roster.export");
    a.entry.time_us = 1'790'000'000'123'456 + i * 7919;
    a.entry.actor = i % 2 ? "user:4 (王建国) as branch_secretary@3" : "user:40 (\"quoted\" \\ back\tslash)";
    a.entry.target = "member:" + std::to_string(i);
    a.entry.origin = i % 4 ? "10.0.0." + std::to_string(i) : "";
    a.entry.detail = i == 5 ? std::string("多行\n说明 'single' ;-- ") : "d" + std::to_string(i);
    if (i % 2) a.entry.scope = domain::OrgId{static_cast<std::uint32_t>(i)};
    if (i % 3 == 1) a.entry.subject = domain::MemberId{static_cast<std::uint32_t>(100 + i)};
    if (i % 3 == 0) a.entry.subjects = {domain::MemberId{9}, domain::MemberId{7}, domain::MemberId{4'000'000'000u}};
    entries.push_back(a);
  }
  for (const AuditRecord& a : entries) {
    ASSERT_TRUE(lite->append_audit(a).ok());
    ASSERT_TRUE(pg.audit().append_audit(a).ok());
  }
  // Entries written by the stores' own writes (ids and details they fill in).
  RecordStatement st;
  st.kind = "member";
  st.record_id = 3;
  st.subject = domain::MemberId{3};
  st.author = domain::UserId{2};
  st.text = "说明";
  ASSERT_TRUE(lite->add_statement(st, area_note("record.append_statement")).ok());
  ASSERT_TRUE(pg.statements().add_statement(st, area_note("record.append_statement")).ok());
  ASSERT_TRUE(lite->mark_statement_handled(1, domain::UserId{9}, 5, area_note("record.handle_statement")).ok());
  ASSERT_TRUE(
      pg.statements().mark_statement_handled(1, domain::UserId{9}, 5, area_note("record.handle_statement")).ok());

  auto a = lite->audit_chain();
  auto b = pg.audit().audit_chain();
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), entries.size() + 2);
  ASSERT_EQ(a->size(), b->size());
  for (std::size_t i = 0; i < a->size(); ++i) {
    SCOPED_TRACE(i);
    const domain::AuditEntry& x = (*a)[i];
    const domain::AuditEntry& y = (*b)[i];
    EXPECT_EQ(x.seq, y.seq);
    EXPECT_EQ(x.time_us, y.time_us);
    EXPECT_EQ(x.actor, y.actor);
    EXPECT_EQ(x.action, y.action);
    EXPECT_EQ(x.target, y.target);
    EXPECT_EQ(x.origin, y.origin);
    EXPECT_EQ(x.detail, y.detail);
    EXPECT_EQ(x.scope, y.scope);
    EXPECT_EQ(x.subject, y.subject);
    EXPECT_EQ(x.subjects, y.subjects);
    EXPECT_EQ(x.format, y.format);
    EXPECT_EQ(domain::hex(x.prev), domain::hex(y.prev));
    EXPECT_EQ(domain::hex(x.hash), domain::hex(y.hash));
    EXPECT_EQ(x.hash, domain::entry_hash(y)) << "each store's entry hashes to the other's";
  }
  EXPECT_TRUE(domain::verify_chain(*b).ok());
  EXPECT_EQ(*lite->audit_head(), *pg.audit().audit_head());
  // The stored text of the hashes, as written (hex, lower case).
  auto stored = pg.check().query("SELECT prev_hash, hash FROM audit_log WHERE seq = 7", "reading a row");
  ASSERT_TRUE(stored.ok() && stored->size() == 1);
  EXPECT_EQ(stored->text(0, 0), domain::hex((*a)[5].hash));
  EXPECT_EQ(stored->text(0, 1), domain::hex((*a)[6].hash));
  lite.reset();
  fs::remove_all(dir);
}

// Where the two differ: SQLite keeps any bytes in a text column, a NUL
// character or bytes that are not UTF-8 included; PostgreSQL's text holds
// neither. libpq would send a text only up to its NUL, so the entry would be
// stored cut short and no longer match its hash: the PostgreSQL store refuses
// both ("invalid_input"), stores nothing, and the chain stays whole.
TEST(PgAuditChain, TextPostgresqlCannotHoldIsRefusedWhereSqliteKeepsIt) {
  namespace fs = std::filesystem;
  PgAreas pg;
  ASSERT_EQ(pg.open(), "");
  const fs::path dir = fs::temp_directory_path() / ("nc-pg-nul-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto opened = SqliteStore::open(dir / "t.db");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  std::unique_ptr<SqliteStore> lite = std::move(opened).value();
  ASSERT_TRUE(lite->migrate().ok());
  ASSERT_TRUE(pg.audit().append_audit(area_note("before")).ok());
  for (const std::string& text : {std::string("nul\0inside", 10), std::string("not utf-8 \xff\xfe")}) {
    SCOPED_TRACE(text.size());
    AuditRecord a = area_note("member.read");
    a.entry.detail = text;
    ASSERT_TRUE(lite->append_audit(a).ok());
    EXPECT_EQ(lite->audit_chain()->back().detail, text) << "SQLite keeps the bytes";
    EXPECT_TRUE(domain::verify_chain(*lite->audit_chain()).ok());
    EXPECT_EQ(pg.audit().append_audit(a).code(), Code::kInvalidInput);
    RecordStatement st;
    st.kind = "member";
    st.record_id = 1;
    st.subject = domain::MemberId{1};
    st.author = domain::UserId{1};
    st.text = text;
    EXPECT_EQ(pg.statements().add_statement(st, area_note("record.append_statement")).status().code(),
              Code::kInvalidInput);
  }
  auto chain = pg.audit().audit_chain();
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->size(), 1u) << "nothing stored";
  EXPECT_TRUE(pg.statements().list_statements(domain::MemberId{1})->empty());
  ASSERT_TRUE(pg.audit().append_audit(area_note("after")).ok()) << "the next append goes on";
  EXPECT_TRUE(domain::verify_chain(*pg.audit().audit_chain()).ok());
  lite.reset();
  fs::remove_all(dir);
}

// Issue 12: one audit chain takes appends from every process, serialised in
// the database. Two store objects (two connections, as two servers would
// have), each appended to by several threads (batched), and statements
// written through a third: one unbroken chain, every entry once, no seq
// taken twice.
TEST(PgAuditChain, SeveralConnectionsAppendingAtOnceLeaveOneChain) {
  PgAreas first;
  ASSERT_EQ(first.open(), "");
  auto second = PgAuditStore::open(first.conninfo());
  ASSERT_TRUE(second.ok()) << second.status().message();
  auto third = PgStatementStore::open(first.conninfo());
  ASSERT_TRUE(third.ok()) << third.status().message();
  constexpr int kThreadsPerStore = 3;
  constexpr int kEach = 25;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  AuditStore* stores[2] = {&first.audit(), second->get()};
  for (int s = 0; s < 2; ++s) {
    for (int t = 0; t < kThreadsPerStore; ++t) {
      threads.emplace_back([&, s, t] {
        for (int i = 0; i < kEach; ++i) {
          AuditRecord a = area_note("member.read");
          a.entry.detail = "s" + std::to_string(s) + "-t" + std::to_string(t) + "-" + std::to_string(i);
          a.entry.subjects = {domain::MemberId{static_cast<std::uint32_t>(i + 1)}};
          if (Status st = stores[s]->append_audit(a); !st.ok()) {
            ADD_FAILURE() << st.message();
            ++failures;
          }
        }
      });
    }
  }
  threads.emplace_back([&] {
    for (int i = 0; i < kEach; ++i) {
      RecordStatement st;
      st.kind = "member";
      st.record_id = 1;
      st.subject = domain::MemberId{1};
      st.author = domain::UserId{1};
      st.text = "说明" + std::to_string(i);
      if (auto added = (*third)->add_statement(st, area_note("record.append_statement")); !added.ok()) {
        ADD_FAILURE() << added.status().message();
        ++failures;
      }
    }
  });
  for (std::thread& t : threads) t.join();
  ASSERT_EQ(failures.load(), 0);

  constexpr std::size_t kTotal = 2 * kThreadsPerStore * kEach + kEach;
  auto chain = first.audit().audit_chain();
  ASSERT_TRUE(chain.ok()) << chain.status().message();
  ASSERT_EQ(chain->size(), kTotal);
  const domain::VerifyReport report = domain::verify_chain(*chain);
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(report.issues.size());
  std::set<std::string> details;
  for (std::size_t i = 0; i < chain->size(); ++i) {
    EXPECT_EQ((*chain)[i].seq, i + 1) << "seqs 1…N, none taken twice, none skipped";
    details.insert((*chain)[i].detail);
  }
  EXPECT_EQ(details.size(), kTotal) << "every entry once";
  auto head = second->get()->audit_head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(*head, domain::checkpoint_of(chain->back())) << "both connections see one head";
  auto statements = first.statements().list_statements(domain::MemberId{1});
  ASSERT_TRUE(statements.ok());
  EXPECT_EQ(statements->size(), static_cast<std::size_t>(kEach));
  // Read a piece at a time, the pieces join up.
  std::vector<domain::AuditEntry> pieces;
  for (std::uint64_t after = 0;;) {
    auto piece = second->get()->audit_chain_range(after, 40);
    ASSERT_TRUE(piece.ok());
    if (piece->empty()) break;
    EXPECT_TRUE(domain::verify_chain(*piece, after ? domain::checkpoint_of(pieces.back()) : domain::kGenesis).ok());
    pieces.insert(pieces.end(), piece->begin(), piece->end());
    after = pieces.back().seq;
  }
  EXPECT_EQ(pieces.size(), kTotal);
}

// The plans on PostgreSQL (issue 12: no page or count over a subtree scans a
// whole table), on tables of 100,000 rows and more after ANALYZE: the
// store's queries, as it sends them, with literal values. The log, its
// subjects, statements, members, the question bank and attempts are never
// read whole (a subtree is a range of organisations_by_path; organisations,
// 1,101 here, are not checked).
TEST(PgAuditAreasPlans, EveryPageAndCountIsAnIndexRangeAt100kRows) {
  PgAreas db;
  ASSERT_EQ(db.open(), "");
  const std::vector<std::string> fill = {
      "INSERT INTO organisations (id, code, name, type, parent_id, active, merged_into, created, path)"
      " VALUES (1, 'R', 'R', 0, NULL, 1, NULL, '2020-01-01', '1/')",
      "INSERT INTO organisations (id, code, name, type, parent_id, active, merged_into, created, path)"
      " SELECT g, 'C' || g, 'c', 0, 1, 1, NULL, '2020-01-01', '1/' || g || '/' FROM generate_series(2, 101) g",
      "INSERT INTO organisations (id, code, name, type, parent_id, active, merged_into, created, path)"
      " SELECT g, 'B' || g, 'b', 3, 2 + (g - 102) / 10, 1, NULL, '2020-01-01',"
      " '1/' || (2 + (g - 102) / 10) || '/' || g || '/' FROM generate_series(102, 1101) g",
      "INSERT INTO members (id, name, number, org_id, category, cadre, cadre_level, status)"
      " SELECT g, 'm' || g, 'N' || g, 102 + g % 1000, 0, 0, 0, 0 FROM generate_series(1, 100000) g",
      "INSERT INTO audit_log (seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org,"
      " subject_member, format)"
      " SELECT g, g * 1000, 'user:' || (g % 500) || ' (x)', CASE WHEN g % 1000 = 0 THEN 'rare' ELSE 'a' || (g % 20) "
      "END,"
      " '', '', '', '', '', 1 + g % 1101,"
      " CASE WHEN g % 3 = 0 THEN 1 + g % 100000 END, 2 FROM generate_series(1, 200000) g",
      "INSERT INTO audit_subjects (seq, member_id) SELECT 2 * g, 1 + g % 100000 FROM generate_series(1, 100000) g",
      "INSERT INTO record_statements (id, kind, record_id, subject_member, author_user, text, time_us, reply_to,"
      " handled_us, handled_by)"
      // Most originals handled, a few open (g % 50 = 48, 49) and of those one answered (49, by g % 50 = 0).
      " SELECT g, 'member', g, 1 + g % 100000, 1, '', g, CASE WHEN g % 50 = 0 THEN g - 1 END,"
      " CASE WHEN g % 50 BETWEEN 1 AND 47 THEN g END, CASE WHEN g % 50 BETWEEN 1 AND 47 THEN 1 END"
      " FROM generate_series(1, 100000) g",
      "INSERT INTO quiz_questions (id, org_id, rulebook_id, article, kind, stem, options, answer, source, state,"
      " edited, created_by, created_us, published_by, published_us, version)"
      " SELECT g, 102 + g % 1000, 'r', 1, 'fill_blank', '', '[]', 0, '', CASE WHEN g % 2 = 0 THEN 'draft'"
      " ELSE 'published' END, 0, 1, 0, NULL, 0, 1 FROM generate_series(1, 100000) g",
      "INSERT INTO quiz_attempts (quiz_id, member_id, answers, rights, time_us)"
      " SELECT 1 + g % 50, 1 + g % 100000, '0', '1', 0 FROM generate_series(1, 100000) g",
      "VACUUM ANALYZE",  // as autovacuum would have: the visibility map lets index-only scans count
  };
  for (const std::string& sql : fill) ASSERT_TRUE(db.exec(sql).ok()) << sql;
  auto plan = [&](const std::string& sql) {
    auto rows = db.check().query("EXPLAIN " + sql, "explaining");
    EXPECT_TRUE(rows.ok()) << rows.status().message() << "\n" << sql;
    std::string out;
    if (rows.ok())
      for (int r = 0; r < rows->size(); ++r) out += std::string(rows->text(r, 0)) + "\n";
    return out;
  };
  const std::string cols =
      "SELECT seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org, subject_member, format"
      " FROM audit_log WHERE 1 = 1";
  const std::string subtree =
      " AND scope_org IN (SELECT id FROM organisations WHERE (path >= '1/5/' AND path < '1/50'))";
  struct Case {
    std::string name, sql, index;  // an index the plan must name ("" : any)
  };
  const std::vector<Case> cases = {
      {"actor prefix",
       cols + " AND actor >= 'user:4 (' AND actor < 'user:4 (\xF4\x8F\xBF\xBF' ORDER BY seq DESC LIMIT 100",
       "audit_by_actor"},
      {"action", cols + " AND action = 'rare' AND seq < 150000 ORDER BY seq DESC LIMIT 100", "audit_by_action"},
      {"a frequent action", cols + " AND action = 'a7' ORDER BY seq DESC LIMIT 100", ""},
      {"actions", cols + " AND action IN ('a7', 'a8') ORDER BY seq DESC LIMIT 100", ""},
      {"scope subtree", cols + subtree + " ORDER BY seq DESC LIMIT 100", ""},
      // One branch (0.09% of the log): its own entries by audit_by_scope, not the log read backwards.
      {"one branch",
       cols + " AND scope_org IN (SELECT id FROM organisations WHERE (path >= '1/2/105/' AND path < '1/2/1050'))"
              " ORDER BY seq DESC LIMIT 100",
       "audit_by_scope"},
      {"scope count", "SELECT count(*) FROM audit_log WHERE 1 = 1" + subtree, "audit_by_scope"},
      {"time", cols + " AND time_us >= 5000000 AND time_us <= 6000000 ORDER BY seq DESC LIMIT 100", ""},
      {"member's entries (我的记录)",
       cols + " AND action IN ('a1', 'a2') AND seq IN (SELECT seq FROM audit_log WHERE subject_member = 77"
              " UNION SELECT seq FROM audit_subjects WHERE member_id = 77) ORDER BY seq DESC LIMIT 50",
       "audit_subjects_by_member"},
      {"member's count",
       "SELECT count(*) FROM audit_log WHERE 1 = 1 AND seq IN (SELECT seq FROM audit_log WHERE subject_member = 77"
       " UNION SELECT seq FROM audit_subjects WHERE member_id = 77)",
       "audit_by_subject"},
      {"chain piece", "SELECT seq FROM audit_log WHERE seq > 1000 ORDER BY seq LIMIT 1000", "audit_log_pkey"},
      {"chain piece's subjects",
       "SELECT seq, member_id FROM audit_subjects WHERE seq > 1000 AND seq <= 2000 ORDER BY seq, member_id",
       "audit_subjects_pkey"},
      {"head", "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", "audit_log_pkey"},
      {"pending window",
       "SELECT id FROM record_statements WHERE reply_to IS NULL AND handled_us IS NULL AND id > 5"
       " ORDER BY handled_us, reply_to, id LIMIT 1 OFFSET 1999",
       "statements_open"},
      {"pending page",
       "SELECT s.id, s.kind, s.record_id, s.subject_member, s.author_user, s.text, s.time_us, s.reply_to,"
       " s.handled_us, s.handled_by, COALESCE(v.last_id, 0), mo.name, mo.org_id"
       " FROM record_statements s"
       " CROSS JOIN LATERAL (SELECT m.name, m.org_id, o.path FROM members m JOIN organisations o ON o.id = m.org_id"
       " WHERE m.id = s.subject_member OFFSET 0) mo"
       " LEFT JOIN statements_seen v ON v.user_id = 9 AND v.subject_member = s.subject_member"
       " WHERE s.reply_to IS NULL AND s.handled_us IS NULL AND s.id > 5 AND s.id <= 99000 AND s.subject_member <> 3"
       " AND NOT EXISTS (SELECT 1 FROM record_statements r WHERE r.reply_to = s.id)"
       " AND ((mo.path >= '1/5/' AND mo.path < '1/50')) ORDER BY s.handled_us, s.reply_to, s.id LIMIT 51",
       "statements_open"},
      {"a member's statements", "SELECT id FROM record_statements WHERE subject_member IN (77, 78) ORDER BY id",
       "statements_by_subject"},
      {"question bank",
       "SELECT id FROM quiz_questions WHERE org_id = 105 AND state = 'draft' AND id > 0"
       " ORDER BY org_id, id LIMIT 201",
       "quiz_questions_bank"},
      {"question bank count", "SELECT count(*) FROM quiz_questions WHERE org_id = 105 AND $2 = $2",
       "quiz_questions_bank"},
      {"a member's attempts",
       "SELECT quiz_id FROM quiz_attempts WHERE member_id = 77 AND quiz_id < 4611686018427387904"
       " ORDER BY member_id DESC, quiz_id DESC LIMIT 50",
       "quiz_attempts_member"},
      {"completions",
       "SELECT a.member_id, m.name, a.time_us FROM quiz_attempts a JOIN members m ON m.id = a.member_id"
       " WHERE a.quiz_id = 7 AND a.member_id > 0 ORDER BY a.quiz_id, a.member_id LIMIT 201",
       "quiz_attempts_pkey"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::string sql = c.sql;
    if (const auto at = sql.find("$2 = $2"); at != std::string::npos) sql.replace(at, 7, "'' = ''");
    const std::string p = plan(sql);
    if (std::getenv("NC_TEST_SHOW_PLANS")) std::cout << "-- " << c.name << "\n" << p;  // for docs/benchmarks.md
    for (const char* table :
         {"audit_log", "audit_subjects", "record_statements", "members", "quiz_questions", "quiz_attempts"}) {
      EXPECT_EQ(p.find(std::string("Seq Scan on ") + table + " "), std::string::npos) << p;
    }
    if (!c.index.empty()) {
      EXPECT_NE(p.find(c.index), std::string::npos) << p;
    }
  }
}

}  // namespace
}  // namespace nc::store::testing
