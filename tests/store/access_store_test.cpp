// The issue-4 tables of SqliteStore: directory round trip with histories,
// accounts and grants, sessions, failed logins, statements, and the audit
// chain written alongside every change.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

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

TEST_F(AccessStore, DirectoryRoundTripKeepsHistories) {
  OrgTree tree;
  auto root = tree.create("R", "党委", OrgType::kCommittee, std::nullopt, {2020, 1, 1});
  auto a = tree.create("A", "总支", OrgType::kGeneralBranch, *root, {2020, 1, 1});
  auto b = tree.create("B", "支部", OrgType::kBranch, *root, {2020, 1, 1});
  ASSERT_TRUE(tree.move(*b, *a, {2021, 5, 1}).ok());
  Roster roster;
  Member m;
  m.name = "张三";
  m.number = "N1";
  m.org = *b;
  auto id = roster.add(m, {2020, 2, 1});
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(db->save_directory(tree.all(), tree.events(), roster.all(), note("seed")).ok());

  auto snap = db->load_directory();
  ASSERT_TRUE(snap.ok()) << snap.status().message();
  auto restored = OrgTree::restore(snap->organisations, snap->events);
  ASSERT_TRUE(restored.ok()) << restored.status().message();
  EXPECT_EQ(restored->ancestry(*b), (OrgPath{*b, *a, *root}));
  ASSERT_EQ(restored->find(*b)->parents.size(), 2u);
  EXPECT_EQ(restored->find(*b)->parents[0].to, (Date{2021, 5, 1}));
  EXPECT_EQ(restored->events().size(), tree.events().size());
  auto members = Roster::restore(snap->members);
  ASSERT_TRUE(members.ok());
  EXPECT_EQ(members->find_number("N1")->name, "张三");
  EXPECT_EQ(members->find_number("N1")->org_history.size(), 1u);
}

TEST_F(AccessStore, AccountsGrantsAndDuplicateLogins) {
  StoredUser u;
  u.user.login = "alice";
  u.user.grants = {{Role::kAuditor, OrgId{1}}};
  u.password_hash = "$argon2id$fake";
  auto id = db->create_user(u, note("user.create"));
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_EQ(db->create_user(u, note("user.create")).status().code(), Code::kConflict);
  auto found = db->find_user_by_login("alice");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->user.grants, u.user.grants);
  ASSERT_TRUE(db->set_grants(*id, {{Role::kSystemAdmin, {}}}, note("role.grant")).ok());
  EXPECT_EQ((*db->find_user(*id))->user.grants.front().role, Role::kSystemAdmin);
}

TEST_F(AccessStore, SessionsEndPerSessionOrAll) {
  StoredUser u;
  u.user.login = "bob";
  u.password_hash = "h";
  auto id = db->create_user(u, note("user.create"));
  ASSERT_TRUE(id.ok());
  for (const char* token : {"t1", "t2"}) {
    SessionRecord s{token, *id, "csrf", 1, 1, 100, "127.0.0.1"};
    ASSERT_TRUE(db->open_session(s, std::nullopt, note("login")).ok());
  }
  EXPECT_TRUE(db->find_session("t1")->has_value());
  EXPECT_EQ(*db->end_sessions(*id, "t1", note("logout")), 1);
  EXPECT_FALSE(db->find_session("t1")->has_value());
  ASSERT_TRUE(db->set_password(*id, "h2", "t2", note("password.change")).ok());
  EXPECT_TRUE(db->find_session("t2")->has_value()) << "the changing session is kept";
  EXPECT_EQ(*db->end_sessions(*id, "", note("logout.all")), 1);
  EXPECT_FALSE(db->find_session("t2")->has_value());
}

TEST_F(AccessStore, AttemptsCountPerAccountAndAddressAndStopAtTheLimit) {
  const AttemptLimits limits{3, 4};
  for (int i = 0; i < 3; ++i) {
    auto a = db->begin_attempt("x", "1.2.3.4", 1000 + i, 0, limits);
    ASSERT_TRUE(a.ok());
    EXPECT_TRUE(a->admitted) << i;
    EXPECT_EQ(a->failures.account, i);
  }
  auto over = db->begin_attempt("x", "5.6.7.8", 1100, 0, limits);
  ASSERT_TRUE(over.ok());
  EXPECT_FALSE(over->admitted) << "the account has used its three places";
  EXPECT_EQ(over->failures.account, 3);
  EXPECT_EQ(over->failures.oldest_account_us, std::optional<std::int64_t>(1000));
  auto other = db->begin_attempt("y", "1.2.3.4", 1200, 0, limits);
  ASSERT_TRUE(other.ok() && other->admitted);
  EXPECT_EQ(other->failures.address, 3);
  auto address_full = db->begin_attempt("z", "1.2.3.4", 1300, 0, limits);
  ASSERT_TRUE(address_full.ok());
  EXPECT_FALSE(address_full->admitted) << "the address has used its four places";
  // Only failures inside the window count.
  auto later = db->begin_attempt("x", "9.9.9.9", 5000, 1002, limits);
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->admitted);
  EXPECT_EQ(later->failures.account, 1);
}

TEST_F(AccessStore, AForgivenAttemptNoLongerCounts) {
  const AttemptLimits limits{2, 100};
  auto first = db->begin_attempt("x", "1.2.3.4", 1000, 0, limits);
  auto second = db->begin_attempt("x", "1.2.3.4", 1001, 0, limits);
  ASSERT_TRUE(first.ok() && second.ok() && first->admitted && second->admitted);
  EXPECT_NE(first->id, second->id);
  ASSERT_TRUE(db->forgive_attempt(second->id).ok());
  auto third = db->begin_attempt("x", "1.2.3.4", 1002, 0, limits);
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->admitted) << "a successful attempt gave its place back";
  EXPECT_EQ(third->failures.account, 1);
}

TEST_F(AccessStore, DisablingEndsSessionsAndLinkingIsOneAccountPerMember) {
  StoredUser u;
  u.user.login = "dora";
  u.password_hash = "h";
  auto id = db->create_user(u, note("user.create"));
  u.user.login = "erin";
  auto other = db->create_user(u, note("user.create"));
  ASSERT_TRUE(id.ok() && other.ok());
  SessionRecord s{"t1", *id, "csrf", 1, 1, 100, "127.0.0.1"};
  ASSERT_TRUE(db->open_session(s, std::nullopt, note("login")).ok());
  const auto before = db->audit_chain()->size();
  ASSERT_TRUE(db->set_disabled(*id, true, note("user.disable")).ok());
  EXPECT_TRUE((*db->find_user(*id))->user.disabled);
  EXPECT_FALSE(db->find_session("t1")->has_value()) << "a disabled account's sessions end with it";
  ASSERT_TRUE(db->set_disabled(*id, false, note("user.enable")).ok());
  EXPECT_FALSE((*db->find_user(*id))->user.disabled);
  EXPECT_EQ(db->set_disabled(UserId{99}, true, note("user.disable")).code(), Code::kNotFound);
  EXPECT_EQ(db->audit_chain()->size(), before + 2) << "each change with its audit entry, the failed one without";

  ASSERT_TRUE(db->set_member(*id, MemberId{7}, note("user.link")).ok());
  EXPECT_EQ((*db->find_user(*id))->user.member, MemberId{7});
  EXPECT_EQ(db->set_member(*other, MemberId{7}, note("user.link")).code(), Code::kConflict);
  EXPECT_EQ((*db->find_user(*other))->user.member, std::nullopt);
  ASSERT_TRUE(db->set_member(*id, std::nullopt, note("user.unlink")).ok());
  EXPECT_EQ((*db->find_user(*id))->user.member, std::nullopt);
  EXPECT_TRUE(db->set_member(*other, MemberId{7}, note("user.link")).ok()) << "free again once unlinked";
  EXPECT_EQ(db->set_member(UserId{99}, std::nullopt, note("user.unlink")).code(), Code::kNotFound);
}

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

TEST_F(AccessStore, DictionariesAreReplacedWholeWithTheirAuditEntry) {
  StoredDictionary d;
  d.dictionary = {OrgId{3}, {{"天枢工程", "项目代号"}, {"青鸟平台", ""}}};
  d.updated_us = 1'700'000'000'000'000;
  d.updated_by = "user:4 (secretary)";
  ASSERT_TRUE(db->replace_dictionary(d, note("dictionary.update")).ok());
  d.dictionary.terms = {{"星河计划", "课题"}};
  d.updated_us += 60'000'000;
  ASSERT_TRUE(db->replace_dictionary(d, note("dictionary.update")).ok());
  StoredDictionary other;
  other.dictionary = {OrgId{1}, {}};
  other.updated_us = 5;
  other.updated_by = "user:3 (dwadmin)";
  ASSERT_TRUE(db->replace_dictionary(other, note("dictionary.update")).ok());

  auto loaded = db->load_dictionaries();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].dictionary.org, OrgId{1});
  EXPECT_TRUE((*loaded)[0].dictionary.terms.empty());  // set, and emptied: still known
  EXPECT_EQ((*loaded)[1].dictionary.terms, (std::vector<DictionaryTerm>{{"星河计划", "课题"}}));
  EXPECT_EQ((*loaded)[1].updated_us, d.updated_us);
  EXPECT_EQ((*loaded)[1].updated_by, "user:4 (secretary)");

  auto chain = db->audit_chain();
  ASSERT_TRUE(chain.ok());
  ASSERT_EQ(chain->size(), 3u);
  EXPECT_EQ((*chain)[2].action, "dictionary.update");
}

TEST_F(AccessStore, AFailedDictionaryWriteLeavesTheOldList) {
  StoredDictionary d;
  d.dictionary = {OrgId{3}, {{"天枢工程", ""}}};
  d.updated_us = 1;
  ASSERT_TRUE(db->replace_dictionary(d, note("dictionary.update")).ok());
  // A second term under the same position cannot happen through the API;
  // force the transaction to fail by breaking the audit table instead.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "ALTER TABLE audit_log RENAME TO audit_log_gone", nullptr, nullptr, nullptr), SQLITE_OK);
  d.dictionary.terms = {{"别的", ""}};
  EXPECT_FALSE(db->replace_dictionary(d, note("dictionary.update")).ok());
  ASSERT_EQ(sqlite3_exec(raw, "ALTER TABLE audit_log_gone RENAME TO audit_log", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
  auto loaded = db->load_dictionaries();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].dictionary.terms, (std::vector<DictionaryTerm>{{"天枢工程", ""}}));
}

}  // namespace
}  // namespace nc::store
