// The bounded lists of the store (issue 9, store/page_records.h): pages of a
// subtree's members in path order that follow on without gaps or repeats,
// totals, the scope's parts, paths that follow a move, children with their
// counts, accounts and search — and the plans: every page and count is an
// index range (EXPLAIN QUERY PLAN: no SCAN, no temporary B-tree). 待回复's
// pages: statement_store_tests.h, on both backends.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>

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

  // Every member of the scope, page by page.
  std::vector<MemberId> walk(const std::vector<OrgScope>& scope, std::size_t limit, std::uint64_t* total) {
    MemberPageQuery q;
    q.scope = scope;
    q.limit = limit;
    std::vector<MemberId> out;
    for (int guard = 0; guard < 1000; ++guard) {
      auto page = db->member_page(q);
      EXPECT_TRUE(page.ok()) << page.status().message();
      if (!page.ok()) break;
      EXPECT_LE(page->members.size(), limit);
      *total = page->total;
      for (const Member& m : page->members) out.push_back(m.id);
      if (!page->next) break;
      EXPECT_EQ(page->members.size(), limit) << "only the last page is short";
      q.after = page->next;
    }
    return out;
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

TEST_F(Pages, ASubtreeComesPageByPageEveryMemberOnceInTreeOrder) {
  for (std::size_t limit : {1u, 7u, 30u, 50u, 200u}) {
    std::uint64_t total = 0;
    const auto ids = walk({{root, true}}, limit, &total);
    EXPECT_EQ(total, 120u) << limit;
    EXPECT_EQ(ids.size(), 120u) << limit;
    EXPECT_EQ(std::set<MemberId>(ids.begin(), ids.end()).size(), 120u) << limit;
  }
  std::uint64_t total = 0;
  const auto c1_ids = walk({{c1, true}}, 13, &total);
  EXPECT_EQ(total, 60u);
  ASSERT_EQ(c1_ids.size(), 60u);
  for (MemberId id : c1_ids) EXPECT_TRUE(tree.within(roster.find(id)->org, c1));
  // Branch 0's members, then branch 1's, each by id.
  EXPECT_EQ(roster.find(c1_ids.front())->org, branches[0]);
  EXPECT_EQ(roster.find(c1_ids.back())->org, branches[1]);
  EXPECT_TRUE(std::is_sorted(c1_ids.begin(), c1_ids.begin() + 30));
  // An organisation alone: its own members only; a committee alone has none.
  EXPECT_EQ(walk({{branches[2], false}}, 50, &total).size(), 30u);
  EXPECT_EQ(walk({{c2, false}}, 50, &total).size(), 0u);
  EXPECT_EQ(total, 0u);
  // Two parts (a secretary of two branches): both, once each, total of both.
  const auto two = walk({{branches[3], false}, {branches[0], false}}, 11, &total);
  EXPECT_EQ(two.size(), 60u);
  EXPECT_EQ(total, 60u);
  EXPECT_EQ(std::set<MemberId>(two.begin(), two.end()).size(), 60u);
  // C10 ("1/14/") is no part of C1's subtree ("1/2/") nor the other way round.
  EXPECT_EQ(walk({{c10, true}}, 50, &total).size(), 0u);
}

TEST_F(Pages, PathsFollowAMoveOfASubtree) {
  ASSERT_TRUE(tree.move(c2, c1, {2021, 1, 1}).ok());
  std::vector<Organisation> changed;
  for (OrgId o : tree.subtree(c1)) changed.push_back(*tree.find(o));
  ASSERT_TRUE(db->save_directory(changed, {}, {}, note("move")).ok());
  std::uint64_t total = 0;
  EXPECT_EQ(walk({{c1, true}}, 50, &total).size(), 120u) << "c2 and its branches moved under c1";
  EXPECT_EQ(total, 120u);
  EXPECT_EQ(walk({{c2, true}}, 50, &total).size(), 60u);
  auto kids = db->org_children(root, std::nullopt, 50);
  ASSERT_TRUE(kids.ok());
  EXPECT_EQ(kids->total, 8u) << "c1, six empty branches, c10";
}

TEST_F(Pages, ChildrenComePagedWithTheirCounts) {
  auto page = db->org_children(root, std::nullopt, 3);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->total, 9u);
  ASSERT_EQ(page->children.size(), 3u);
  ASSERT_TRUE(page->next);
  EXPECT_EQ(page->children[0].org, c1);
  EXPECT_EQ(page->children[0].children, 2u);
  EXPECT_EQ(page->children[0].members_here, 0u);
  EXPECT_EQ(page->children[0].members_subtree, 54u) << "60 members, 6 of them off the roll";
  std::size_t seen = 3;
  auto rest = db->org_children(root, page->next, 3);
  while (rest.ok()) {
    seen += rest->children.size();
    if (!rest->next) break;
    rest = db->org_children(root, rest->next, 3);
  }
  EXPECT_EQ(seen, 9u);
  auto roots = db->org_children(std::nullopt, std::nullopt, 10);
  ASSERT_TRUE(roots.ok());
  ASSERT_EQ(roots->children.size(), 1u);
  EXPECT_EQ(roots->children[0].members_subtree, 108u);
  auto branch = db->org_summaries({branches[0]});
  ASSERT_TRUE(branch.ok());
  EXPECT_EQ((*branch)[0].members_here, 27u);
  EXPECT_EQ((*branch)[0].members_subtree, 27u);
}

TEST_F(Pages, SearchFindsByNumberOrTheBeginningOfTheNameWithinScope) {
  MemberSearch s;
  s.scope = {{c1, true}};
  s.query = "N" + std::to_string(branches[0].value * 100 + 5);
  auto r = db->search_members(s);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_FALSE(r->members.empty());
  EXPECT_EQ(r->members[0].number, s.query) << "the exact number first";
  s.query = "王";
  s.limit = 5;
  r = db->search_members(s);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->members.size(), 5u);
  EXPECT_TRUE(r->more);
  for (const Member& m : r->members) EXPECT_TRUE(tree.within(m.org, c1));
  s.scope = {{branches[3], false}};
  s.query = "N" + std::to_string(branches[0].value * 100 + 5);
  r = db->search_members(s);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->members.empty()) << "outside the scope";
  s.query = "-5";  // inside a name, not its beginning
  s.scope = {{root, true}};
  r = db->search_members(s);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->members.empty());
}

// Every organisation of a scope once, page by page (the pickers' list).
std::vector<OrgId> walk_orgs(SqliteStore& db, OrgPageQuery q, std::uint64_t* total) {
  std::vector<OrgId> out;
  for (int guard = 0; guard < 100; ++guard) {
    auto page = db.org_page(q);
    EXPECT_TRUE(page.ok()) << page.status().message();
    if (!page.ok()) break;
    EXPECT_LE(page->orgs.size(), q.limit);
    *total = page->total;
    out.insert(out.end(), page->orgs.begin(), page->orgs.end());
    if (!page->next) break;
    EXPECT_EQ(page->orgs.size(), q.limit) << "only the last page is short";
    q.after = page->next;
  }
  return out;
}

TEST_F(Pages, OrganisationsOfAScopeComePageByPageInTreeOrder) {
  OrgPageQuery q;
  q.scope = {{root, true}};
  for (std::size_t limit : {1u, 4u, 14u, 200u}) {
    q.limit = limit;
    std::uint64_t total = 0;
    const auto ids = walk_orgs(*db, q, &total);
    EXPECT_EQ(total, 14u) << limit;
    ASSERT_EQ(ids.size(), 14u) << limit;
    EXPECT_EQ(std::set<OrgId>(ids.begin(), ids.end()).size(), 14u);
    EXPECT_EQ(ids.front(), root) << "parents before their children";
  }
  q.scope = {{c1, true}, {branches[3], false}};
  q.limit = 2;
  std::uint64_t total = 0;
  const auto some = walk_orgs(*db, q, &total);
  EXPECT_EQ(total, 4u);
  EXPECT_EQ(some, (std::vector<OrgId>{c1, branches[0], branches[1], branches[3]}));
  q.scope = {{c10, true}};
  EXPECT_EQ(walk_orgs(*db, q, &total), std::vector<OrgId>{c10}) << "1/14/ is not 1/1…";
  q.scope = {};
  EXPECT_TRUE(walk_orgs(*db, q, &total).empty());
  EXPECT_EQ(total, 0u);
}

TEST_F(Pages, OrganisationsAreFoundByTheBeginningOfTheirNameOrCodeWithinScope) {
  // A name and a code that both begin with "B": found once, among the names.
  OrgId both = *tree.create("B9", "B组", OrgType::kBranch, c2, {2021, 1, 1});
  ASSERT_TRUE(db->save_directory(std::vector<Organisation>{*tree.find(both)}, {}, {}, note("add")).ok());
  OrgPageQuery q;
  q.scope = {{root, true}};
  q.query = "B";
  for (std::size_t limit : {1u, 2u, 5u, 50u}) {
    q.limit = limit;
    std::uint64_t total = 0;
    const auto ids = walk_orgs(*db, q, &total);
    EXPECT_EQ(total, 5u) << limit;
    ASSERT_EQ(ids.size(), 5u) << limit;
    EXPECT_EQ(ids.front(), both) << "names first";
    EXPECT_EQ(std::vector<OrgId>(ids.begin() + 1, ids.end()), branches) << "then codes, in their order";
  }
  q.limit = 50;
  q.query = "支部";
  std::uint64_t total = 0;
  EXPECT_EQ(walk_orgs(*db, q, &total), branches);
  q.scope = {{c1, true}};
  EXPECT_EQ(walk_orgs(*db, q, &total), (std::vector<OrgId>{branches[0], branches[1]})) << "only within scope";
  EXPECT_EQ(total, 2u);
  q.query = "部";  // inside a name, not its beginning
  EXPECT_TRUE(walk_orgs(*db, q, &total).empty());
  q.scope = {{root, true}};
  q.query = "C1";
  EXPECT_EQ(walk_orgs(*db, q, &total), (std::vector<OrgId>{c1, c10}));
  q.query = "十委";
  EXPECT_EQ(walk_orgs(*db, q, &total), std::vector<OrgId>{c10});
}

TEST_F(Pages, AccountJobsReadOnlyMembersOnTheRollWithoutAnAccount) {
  const Member* linked = nullptr;
  for (const Member& m : roster.all()) {
    if (m.org == branches[0] && m.status == MemberStatus::kActive) linked = &m;
  }
  ASSERT_NE(linked, nullptr);
  StoredUser u;
  u.user.login = linked->number;
  u.user.member = linked->id;
  u.password_hash = "x";
  ASSERT_TRUE(db->create_user(u, note("user.create")).ok());
  MemberPageQuery q;
  q.scope = {{c1, true}};
  q.without_account = true;
  q.limit = 7;
  std::set<MemberId> seen;
  std::uint64_t total = 0;
  for (int guard = 0; guard < 100; ++guard) {
    auto page = db->member_page(q);
    ASSERT_TRUE(page.ok()) << page.status().message();
    total = page->total;
    for (const Member& m : page->members) {
      EXPECT_TRUE(on_roll(m.status));
      EXPECT_NE(m.id, linked->id);
      seen.insert(m.id);
    }
    if (!page->next) break;
    q.after = page->next;
  }
  EXPECT_EQ(total, 53u) << "60 members, 6 off the roll, 1 with an account";
  EXPECT_EQ(seen.size(), 53u);
  auto taken = db->taken_logins({"nobody", linked->number});
  ASSERT_TRUE(taken.ok());
  EXPECT_EQ(*taken, std::vector<std::string>{linked->number});
}

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
