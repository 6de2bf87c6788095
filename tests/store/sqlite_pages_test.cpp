// The plans of SqliteStore's bounded lists (issue 9, store/page_records.h):
// every page and count is an index range (EXPLAIN QUERY PLAN: no SCAN, no
// temporary B-tree). The pages themselves run on both backends: the
// directory's in directory_store_tests.h, 待回复's in statement_store_tests.h.
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

// Root R → committees C1, C2 → branches B1..B4 (two each) → 30 members per
// branch, some off the roll; and C10, a child of R whose id begins like C1's
// path would ("1/10/" against "1/2/..."), to catch prefix mistakes.
class Pages : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-pages-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto opened = SqliteStore::open(dir / "t.db");
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db = std::move(opened).value();
    ASSERT_TRUE(db->migrate().ok());
    const Date d{2020, 1, 1};
    root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    c1 = *tree.create("C1", "一委", OrgType::kCommittee, root, d);
    c2 = *tree.create("C2", "二委", OrgType::kCommittee, root, d);
    for (int i = 0; i < 4; ++i) {
      branches.push_back(*tree.create("B" + std::to_string(i), "支部" + std::to_string(i), OrgType::kBranch,
                                      i < 2 ? c1 : c2, d));
    }
    for (int i = 0; i < 6; ++i) tree.create("X" + std::to_string(i), "空" + std::to_string(i), OrgType::kBranch, root, d);
    c10 = *tree.create("C10", "十委", OrgType::kCommittee, root, d);
    EXPECT_EQ(c10.value, 14u);
    for (OrgId b : branches) {
      for (int i = 0; i < 30; ++i) {
        Member m;
        m.name = (i % 3 == 0 ? "王" : "李") + std::to_string(b.value) + "-" + std::to_string(i);
        m.number = "N" + std::to_string(b.value * 100 + i);
        m.org = b;
        m.status = i % 10 == 9 ? MemberStatus::kLeft : MemberStatus::kActive;
        ASSERT_TRUE(roster.add(m, d).ok());
      }
    }
    ASSERT_TRUE(db->save_directory(tree.all(), tree.events(), roster.all(), note("seed")).ok());
  }
  void TearDown() override {
    db.reset();
    fs::remove_all(dir);
  }

  std::string plan(const std::string& sql) {
    sqlite3* raw = nullptr;
    EXPECT_EQ(sqlite3_open_v2((dir / "t.db").c_str(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(raw, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &st, nullptr) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW) out += std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 3))) + "\n";
    } else {
      ADD_FAILURE() << sqlite3_errmsg(raw);
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return out;
  }

  fs::path dir;
  std::unique_ptr<SqliteStore> db;
  OrgTree tree;
  Roster roster;
  OrgId root, c1, c2, c10;
  std::vector<OrgId> branches;
};

TEST_F(Pages, EveryPageAndCountIsAnIndexRange) {
  const std::string page = plan(
      "SELECT m.id FROM organisations o JOIN members m ON m.org_id = o.id WHERE o.path >= '1/' AND o.path < '10'"
      " AND m.id > (CASE WHEN o.path = '1/2/' THEN 5 ELSE 0 END) ORDER BY o.path, m.id LIMIT 51");
  EXPECT_NE(page.find("USING COVERING INDEX organisations_by_path (path>? AND path<?)"), std::string::npos) << page;
  EXPECT_NE(page.find("USING COVERING INDEX members_by_org (org_id=? AND id>?)"), std::string::npos) << page;
  const std::string count = plan(
      "SELECT count(*) FROM organisations o JOIN members m ON m.org_id = o.id WHERE o.path >= '1/' AND o.path < '10'"
      " AND m.status IN (0, 2)");
  EXPECT_NE(count.find("members_on_roll (org_id=? AND status=?)"), std::string::npos) << count;
  const std::string children = plan("SELECT id FROM organisations WHERE parent_id = 1 AND id > 3 ORDER BY id LIMIT 51");
  EXPECT_NE(children.find("organisations_by_parent"), std::string::npos) << children;
  const std::string names = plan(
      "SELECT m.id FROM members m CROSS JOIN organisations o WHERE o.id = m.org_id AND m.name >= 'a' AND m.name < 'b'"
      " AND (o.path >= '1/' AND o.path < '10') ORDER BY m.name, m.id LIMIT 21");
  EXPECT_NE(names.find("members_by_name (name>? AND name<?)"), std::string::npos) << names;
  const std::string scope = " AND ((path >= '1/' AND path < '10') OR (path >= '1/3/' AND path < '1/3/0'))";
  const std::string org_tree = plan("SELECT id FROM organisations WHERE path > '1/2/' AND path < '10' ORDER BY path LIMIT 51");
  EXPECT_NE(org_tree.find("organisations_by_path (path>? AND path<?)"), std::string::npos) << org_tree;
  const std::string org_names = plan("SELECT id FROM organisations WHERE name >= 'a' AND name < 'b' AND (name, id) > ('a', 3)" +
                                     scope + " ORDER BY name, id LIMIT 51");
  EXPECT_NE(org_names.find("USING INDEX organisations_by_name"), std::string::npos) << org_names;
  const std::string org_codes = plan(
      "SELECT id FROM organisations WHERE code >= 'a' AND code < 'b' AND code > 'a1' AND NOT (name >= 'a' AND name < 'b')" +
      scope + " ORDER BY code LIMIT 51");
  EXPECT_NE(org_codes.find("USING INDEX sqlite_autoindex_organisations_1 (code>? AND code<?)"), std::string::npos)
      << org_codes;
  const std::string pending = plan(
      "SELECT s.id, COALESCE(v.last_id, 0), m.name FROM record_statements s CROSS JOIN members m CROSS JOIN organisations o"
      " LEFT JOIN statements_seen v ON v.user_id = 9 AND v.subject_member = s.subject_member"
      " WHERE m.id = s.subject_member AND o.id = m.org_id AND s.reply_to IS NULL AND s.handled_us IS NULL"
      " AND s.id > 5 AND s.id <= 900 AND s.subject_member <> 3"
      " AND NOT EXISTS (SELECT 1 FROM record_statements r WHERE r.reply_to = s.id)"
      " AND ((o.path >= '1/' AND o.path < '10')) ORDER BY s.id LIMIT 51");
  EXPECT_NE(pending.find("statements_open (handled_us=? AND reply_to=? AND id>? AND id<?)"), std::string::npos)
      << pending;
  EXPECT_NE(pending.find("statements_by_reply (reply_to=?)"), std::string::npos) << pending;
  const std::string window = plan(
      "SELECT id FROM record_statements WHERE reply_to IS NULL AND handled_us IS NULL AND id > 5 ORDER BY id LIMIT 1 OFFSET 1999");
  EXPECT_NE(window.find("COVERING INDEX statements_open (handled_us=? AND reply_to=? AND id>?)"), std::string::npos)
      << window;
  const std::string unlinked = plan(
      "SELECT m.id FROM organisations o JOIN members m ON m.org_id = o.id WHERE o.path >= '1/' AND o.path < '10'"
      " AND m.id > (CASE WHEN o.path = '1/2/' THEN 5 ELSE 0 END) AND m.status IN (0, 2)"
      " AND NOT EXISTS (SELECT 1 FROM users u WHERE u.member_id = m.id) ORDER BY o.path, m.id LIMIT 51");
  EXPECT_NE(unlinked.find("members_by_org (org_id=? AND id>?)"), std::string::npos) << unlinked;
  EXPECT_NE(unlinked.find("sqlite_autoindex_users_2 (member_id=?)"), std::string::npos) << unlinked;
  for (const std::string* p : {&page, &count, &children, &names, &org_tree, &org_names, &org_codes, &pending, &window,
                               &unlinked}) {
    EXPECT_EQ(p->find("SCAN"), std::string::npos) << *p;
    EXPECT_EQ(p->find("TEMP B-TREE"), std::string::npos) << *p;
  }
}

}  // namespace
}  // namespace nc::store
