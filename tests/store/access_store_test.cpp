// The issue-4 tables of SqliteStore: directory round trip with histories and
// dictionaries. (Accounts, grants, sessions and failed logins:
// account_store_tests.h; the audit chain, checkpoints, tampering and the
// auditor's filters: audit_store_tests.h; statements: statement_store_tests.h
// — each on both backends.)
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
