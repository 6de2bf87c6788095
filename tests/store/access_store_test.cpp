// The issue-4 tables of SqliteStore: statements, and the audit chain written
// alongside every change. (Accounts, grants, sessions and failed logins:
// account_store_tests.h; the directory round trip: directory_store_tests.h;
// dictionaries: dictionary_store_tests.h — each on both backends.)
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "domain/org_tree.h"
#include "domain/roster.h"
#include "store/sqlite_store.h"

namespace nc::store {
namespace {

namespace fs = std::filesystem;
using namespace nc::domain;

AuditRecord note(const std::string& action) {
  AuditRecord a;
  a.entry.time_us = 1'700'000'000'000'000;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.origin = "local";
  return a;
}

class AccessStore : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() /
          ("nc-access-store-" + std::to_string(::getpid()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto opened = SqliteStore::open(dir / "t.db");
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db = std::move(opened).value();
    ASSERT_TRUE(db->migrate().ok());
  }
  void TearDown() override {
    db.reset();
    fs::remove_all(dir);
  }
  fs::path dir;
  std::unique_ptr<SqliteStore> db;
};

TEST_F(AccessStore, CheckpointsAreKeptInSequenceOrderAndOncePerEntry) {
  EXPECT_EQ(*db->audit_head(), kGenesis);
  StoredUser u;
  u.user.login = "fred";
  u.password_hash = "h";
  ASSERT_TRUE(db->create_user(u, note("user.create")).ok());
  ASSERT_TRUE(db->append_audit(note("x")).ok());
  auto chain = db->audit_chain();
  ASSERT_TRUE(chain.ok());
  const Checkpoint head = *db->audit_head();
  EXPECT_EQ(head, checkpoint_of(chain->back()));
  EXPECT_EQ(head.seq, 2u);

  SigningSeed seed;
  seed.fill(9);
  const SignedCheckpoint second = sign_checkpoint(head, 42, seed);
  const SignedCheckpoint first = sign_checkpoint(checkpoint_of(chain->front()), 41, seed);
  ASSERT_TRUE(db->add_checkpoint(second).ok());
  ASSERT_TRUE(db->add_checkpoint(first).ok());
  EXPECT_EQ(db->add_checkpoint(second).code(), Code::kConflict);
  auto kept = db->list_checkpoints();
  ASSERT_TRUE(kept.ok()) << kept.status().message();
  ASSERT_EQ(kept->size(), 2u);
  EXPECT_EQ((*kept)[0].checkpoint, first.checkpoint);
  EXPECT_EQ((*kept)[1].checkpoint, second.checkpoint);
  EXPECT_EQ((*kept)[1].time_us, 42);
  EXPECT_TRUE(verify_checkpoint((*kept)[1], public_key_for(seed))) << "the signature reads back intact";
}

TEST_F(AccessStore, EveryWriteExtendsOneIntactChainAndTamperingShows) {
  StoredUser u;
  u.user.login = "carol";
  u.password_hash = "h";
  ASSERT_TRUE(db->create_user(u, note("user.create")).ok());
  RecordStatement st;
  st.kind = "member";
  st.record_id = 1;
  st.subject = MemberId{1};
  st.author = UserId{1};
  st.text = "说明";
  ASSERT_TRUE(db->add_statement(st, note("record.append_statement")).ok());
  ASSERT_TRUE(db->append_audit(note("member.read")).ok());
  auto chain = db->audit_chain();
  ASSERT_TRUE(chain.ok());
  ASSERT_EQ(chain->size(), 3u);
  EXPECT_TRUE(verify_chain(*chain).ok());
  EXPECT_EQ(db->list_statements(MemberId{1})->size(), 1u);

  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "UPDATE audit_log SET detail = 'x' WHERE seq = 2", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
  chain = db->audit_chain();
  const VerifyReport report = verify_chain(*chain);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.issues.front().seq, 2u);
}

// Issue 9: replies thread under an original of the same record; an original
// is handled once; what a reader saw only moves forward.
TEST_F(AccessStore, RepliesHandledStateOpenStatementsAndSeenMarks) {
  auto add = [&](std::uint32_t subject, std::string text, std::optional<std::uint64_t> reply_to = std::nullopt,
                 std::uint32_t author = 1) {
    RecordStatement st;
    st.kind = "member";
    st.record_id = subject;
    st.subject = MemberId{subject};
    st.author = UserId{author};
    st.text = std::move(text);
    st.time_us = 5;
    st.reply_to = reply_to;
    return db->add_statement(st, note("record.append_statement"));
  };
  auto a = add(1, "一");
  auto b = add(1, "二");
  auto c = add(2, "三");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  auto reply = add(1, "回复一", a->id, 9);
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  EXPECT_EQ(reply->reply_to, a->id);
  EXPECT_EQ(add(1, "回复的回复", reply->id, 9).status().code(), Code::kNotFound) << "only originals take replies";
  EXPECT_EQ(add(2, "别的记录", a->id, 9).status().code(), Code::kNotFound) << "a reply stays on its record";
  EXPECT_EQ(add(1, "没有的", 999, 9).status().code(), Code::kNotFound);

  ASSERT_TRUE(db->mark_statement_handled(b->id, UserId{9}, 77, note("record.handle_statement")).ok());
  EXPECT_EQ(db->mark_statement_handled(b->id, UserId{9}, 78, note("record.handle_statement")).code(), Code::kConflict);
  EXPECT_EQ(db->mark_statement_handled(reply->id, UserId{9}, 78, note("x")).code(), Code::kNotFound);
  EXPECT_EQ(db->mark_statement_handled(999, UserId{9}, 78, note("x")).code(), Code::kNotFound);
  auto found = db->find_statement(b->id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->handled_us, 77);
  EXPECT_EQ((*found)->handled_by, UserId{9});
  EXPECT_FALSE(*db->find_statement(999));

  // Which are open (一 has a reply, 二 is handled): tests/store/sqlite_pages_test.cpp, PendingStatements….

  // Seen marks never move back.
  EXPECT_EQ(*db->statements_seen(UserId{9}, MemberId{1}), 0u);
  ASSERT_TRUE(db->mark_statements_seen(UserId{9}, MemberId{1}, 3).ok());
  ASSERT_TRUE(db->mark_statements_seen(UserId{9}, MemberId{1}, 2).ok());
  EXPECT_EQ(*db->statements_seen(UserId{9}, MemberId{1}), 3u);

  // Several subjects at once, by id; more than 500 is refused.
  const std::vector<MemberId> both = {MemberId{2}, MemberId{1}};
  auto many = db->list_statements(std::span<const MemberId>(both));
  ASSERT_TRUE(many.ok());
  ASSERT_EQ(many->size(), 4u);
  EXPECT_TRUE(std::is_sorted(many->begin(), many->end(), [](auto& x, auto& y) { return x.id < y.id; }));
  const std::vector<MemberId> too_many(501, MemberId{1});
  EXPECT_FALSE(db->list_statements(std::span<const MemberId>(too_many)).ok());
  // Every write was audited, and the chain holds.
  auto chain = db->audit_chain();
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->size(), 5u) << "four statements and one handled";
  EXPECT_TRUE(verify_chain(*chain).ok());
}

// Issue 8, item 5: every column of audit_log and every row of
// audit_subjects is covered by the chain; changing any one is found.
class AuditTamper : public AccessStore {
 protected:
  void SetUp() override {
    AccessStore::SetUp();
    for (int i = 1; i <= 4; ++i) {
      AuditRecord a = note(i == 2 ? "roster.export" : "member.read");
      a.entry.target = "member:" + std::to_string(i);
      a.entry.detail = "d" + std::to_string(i);
      a.entry.scope = OrgId{3};
      a.entry.subject = MemberId{7};
      if (i == 2) {
        a.entry.subject.reset();
        a.entry.subjects = {MemberId{9}, MemberId{7}, MemberId{8}};
      }
      ASSERT_TRUE(db->append_audit(a).ok());
    }
    ASSERT_TRUE(verify_chain(*db->audit_chain()).ok());
  }
  void exec(const std::string& sql) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sql << ": " << sqlite3_errmsg(raw);
    sqlite3_close(raw);
  }
  // "kind@seq" of each problem.
  std::vector<std::string> problems() {
    auto chain = db->audit_chain();
    EXPECT_TRUE(chain.ok());
    std::vector<std::string> out;
    for (const auto& i : verify_chain(*chain).issues)
      out.push_back(std::string(issue_kind_id(i.kind)) + "@" + std::to_string(i.seq));
    return out;
  }
};

TEST_F(AuditTamper, StoredSubjectsComeBackSortedWithTheirEntry) {
  auto chain = db->audit_chain();
  ASSERT_EQ(chain->size(), 4u);
  EXPECT_EQ((*chain)[1].subjects, (std::vector<MemberId>{MemberId{7}, MemberId{8}, MemberId{9}}));
  EXPECT_EQ((*chain)[0].subject, MemberId{7});
  EXPECT_EQ((*chain)[0].scope, OrgId{3});
  EXPECT_EQ((*chain)[0].format, kAuditFormat);
}

TEST_F(AuditTamper, EachColumnChangedIsFound) {
  const std::vector<std::string> changes = {"time_us = time_us + 1",
                                            "actor = 'x'",
                                            "action = 'x'",
                                            "target = 'x'",
                                            "origin = 'x'",
                                            "detail = 'x'",
                                            "prev_hash = '" + std::string(64, '0') + "'",
                                            "hash = '" + std::string(64, 'a') + "'",
                                            "scope_org = NULL",
                                            "scope_org = 4",
                                            "subject_member = NULL",
                                            "subject_member = 8",
                                            "format = 1",
                                            "format = 3"};
  for (const std::string& change : changes) {
    SCOPED_TRACE(change);
    exec("UPDATE audit_log SET " + change + " WHERE seq = 3");
    const auto found = problems();
    EXPECT_FALSE(found.empty());
    EXPECT_TRUE(std::find(found.begin(), found.end(), "altered@3") != found.end() ||
                std::find(found.begin(), found.end(), "broken_link@4") != found.end())
        << ::testing::PrintToString(found);
    TearDown();
    SetUp();
  }
  // The sequence number itself.
  exec("UPDATE audit_log SET seq = 9 WHERE seq = 3");
  EXPECT_FALSE(problems().empty());
}

TEST_F(AuditTamper, TheIssuesExampleIsFound) {
  // UPDATE audit_log SET subject_member=NULL WHERE subject_member=7 emptied member 7's reads.
  exec("UPDATE audit_log SET subject_member = NULL WHERE subject_member = 7");
  EXPECT_EQ(problems(), (std::vector<std::string>{"altered@1", "altered@3", "altered@4"}));
}

TEST_F(AuditTamper, SubjectRowsDeletedAlteredOrInsertedAreFound) {
  exec("DELETE FROM audit_subjects WHERE seq = 2 AND member_id = 7");
  EXPECT_EQ(problems(), std::vector<std::string>{"altered@2"});
  TearDown();
  SetUp();
  exec("UPDATE audit_subjects SET member_id = 10 WHERE seq = 2 AND member_id = 7");
  EXPECT_EQ(problems(), std::vector<std::string>{"altered@2"});
  TearDown();
  SetUp();
  exec("INSERT INTO audit_subjects (seq, member_id) VALUES (3, 5)");  // to an entry with none
  EXPECT_EQ(problems(), std::vector<std::string>{"altered@3"});
  TearDown();
  SetUp();
  exec("INSERT INTO audit_subjects (seq, member_id) VALUES (2, 5)");  // to an entry with some
  EXPECT_EQ(problems(), std::vector<std::string>{"altered@2"});
  TearDown();
  SetUp();
  exec("INSERT INTO audit_subjects (seq, member_id) VALUES (40, 7)");  // to no entry at all
  EXPECT_FALSE(problems().empty());
  TearDown();
  SetUp();
  exec("UPDATE audit_subjects SET seq = 3 WHERE seq = 2 AND member_id = 9");  // moved to another entry
  EXPECT_EQ(problems(), (std::vector<std::string>{"altered@2", "altered@3"}));
}

TEST_F(AuditTamper, FormatOneRowsStillVerifyAsTheyWereHashed) {
  // A log written before format 2: seal in format 1 by hand, as the old code did.
  TearDown();
  AccessStore::SetUp();
  Checkpoint head = kGenesis;
  for (int i = 1; i <= 2; ++i) {
    AuditEntry e;
    e.format = kAuditFormatV1;
    e.seq = head.seq + 1;
    e.time_us = 1'700'000'000'000'000 + i;
    e.actor = "old";
    e.action = "member.read";
    e.target = "member:7";
    e.origin = "local";
    e.prev = head.hash;
    e.hash = entry_hash(e);
    exec(
        "INSERT INTO audit_log (seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org,"
        " subject_member, format) VALUES (" +
        std::to_string(e.seq) + ", " + std::to_string(e.time_us) +
        ", 'old', 'member.read', 'member:7', 'local', '', '" + hex(e.prev) + "', '" + hex(e.hash) + "', 3, 7, 1)");
    head = checkpoint_of(e);
  }
  AuditRecord a = note("member.read");
  a.entry.subject = MemberId{7};
  ASSERT_TRUE(db->append_audit(a).ok());
  EXPECT_TRUE(problems().empty()) << ::testing::PrintToString(problems());
  EXPECT_EQ((*db->audit_chain())[2].prev, head.hash) << "format 2 continues the format-1 chain";
  // Format 1 never covered the member column: that is what it was. But a
  // format-2 row cannot be passed off as format 1.
  exec("UPDATE audit_log SET format = 1 WHERE seq = 3");
  EXPECT_EQ(problems(), std::vector<std::string>{"altered@3"});
}

TEST_F(AuditTamper, ReadsOfAMemberArePagedBySubjectAndSubjects) {
  AuditFilter f;
  f.subject = MemberId{7};
  f.actions = {"member.read", "roster.export"};
  f.limit = 3;
  auto page = db->list_audit(f);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ASSERT_EQ(page->size(), 3u);
  EXPECT_EQ((*page)[0].entry.seq, 4u);
  EXPECT_EQ((*page)[2].entry.seq, 2u) << "the export names member 7 among its subjects";
  f.before_seq = 2;
  page = db->list_audit(f);
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].entry.seq, 1u);
  f.subject = MemberId{8};
  f.before_seq.reset();
  page = db->list_audit(f);
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].entry.seq, 2u);
  f.actions = {"member.read"};
  EXPECT_TRUE(db->list_audit(f)->empty());
}

}  // namespace
}  // namespace nc::store

namespace nc::store {
namespace {

// The auditor's page (issue 9): scopes and an organisation by subtree, the
// actor by prefix, counts that ignore the page, the chain a piece at a time.
TEST_F(AccessStore, AuditFiltersNarrowBySubtreeActorAndTimeAndCount) {
  OrgTree tree;
  auto root = tree.create("R", "党委", OrgType::kCommittee, std::nullopt, {2020, 1, 1});
  auto a = tree.create("A", "总支", OrgType::kGeneralBranch, *root, {2020, 1, 1});
  auto b = tree.create("B", "支部", OrgType::kBranch, *a, {2020, 1, 1});
  auto c = tree.create("C", "支部", OrgType::kBranch, *root, {2020, 1, 1});
  ASSERT_TRUE(db->save_directory(tree.all(), tree.events(), {}, note("seed")).ok());  // seq 1, no scope
  const std::vector<std::pair<std::optional<OrgId>, std::string>> rows = {
      {*b, "user:4 (sec) as branch_secretary@3"},
      {*c, "user:40 (other)"},
      {*a, "user:4 (sec)"},
      {std::nullopt, "anonymous"},
      {*b, "user:5 (x)"},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    AuditRecord r = note(i % 2 ? "member.read" : "member.list");
    r.entry.scope = rows[i].first;
    r.entry.actor = rows[i].second;
    r.entry.time_us = 1'000'000 * static_cast<std::int64_t>(i + 1);
    ASSERT_TRUE(db->append_audit(r).ok());
  }
  auto seqs = [&](const AuditFilter& f) {
    std::vector<std::uint64_t> out;
    auto found = db->list_audit(f);
    EXPECT_TRUE(found.ok());
    if (!found.ok()) return out;
    for (const auto& x : *found) out.push_back(x.entry.seq);
    return out;
  };
  using V = std::vector<std::uint64_t>;
  AuditFilter f;
  f.scopes = std::vector<OrgId>{*a};
  EXPECT_EQ(seqs(f), (V{6, 4, 2})) << "A's subtree: A and B";
  EXPECT_EQ(*db->count_audit(f), 3u);
  f.unscoped = true;
  EXPECT_EQ(seqs(f), (V{6, 5, 4, 2, 1})) << "and entries about no organisation";
  f.org = *b;
  EXPECT_EQ(seqs(f), (V{6, 2})) << "within the scope, B's subtree";
  f.org.reset();
  f.actor_prefix = "user:4 (";
  EXPECT_EQ(seqs(f), (V{4, 2})) << "user 4, whatever its roles, not user 40";
  f.actor_prefix.clear();
  f.from_us = 2'000'000;
  f.to_us = 4'000'000;
  EXPECT_EQ(seqs(f), (V{5, 4})) << "the scoped entries in the time range";
  f.from_us.reset();
  f.to_us.reset();
  f.before_seq = 5;
  f.limit = 2;
  EXPECT_EQ(seqs(f), (V{4, 2})) << "a page before seq 5";
  EXPECT_EQ(*db->count_audit(f), 5u) << "the count ignores the page";
  f.scopes = std::vector<OrgId>{};
  f.unscoped = false;
  EXPECT_TRUE(seqs(f).empty()) << "no scope: nothing";
  f.scopes = std::vector<OrgId>(65, *a);
  auto refused = db->list_audit(f);
  EXPECT_FALSE(refused.ok());

  auto piece = db->audit_chain_range(2, 3);
  ASSERT_TRUE(piece.ok());
  ASSERT_EQ(piece->size(), 3u);
  EXPECT_EQ((*piece)[0].seq, 3u);
  auto head = db->audit_chain_range(0, 100);
  ASSERT_EQ(head->size(), 6u);
  EXPECT_TRUE(verify_chain(*piece, checkpoint_of((*head)[1])).ok()) << "a piece continues from the entry before it";
  EXPECT_FALSE(verify_chain(*piece, checkpoint_of((*head)[0])).ok());
}

}  // namespace
}  // namespace nc::store
