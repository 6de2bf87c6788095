// The DirectoryStore area (store.h) as one typed test suite, run against
// every backend: SqliteStore (store_tests, directory_store_sqlite_test.cpp)
// and PgDirectoryStore (store_pg_tests, label postgres,
// directory_store_pg_test.cpp). A backend (backend_sqlite.h, backend_pg.h)
// gives open(), directory(), accounts(), audit(), and rows() / exec() for SQL
// in the shared dialect.
//
// The directory round trip, the bounded pages of issue 9 (from
// sqlite_pages_test.cpp: member pages of a subtree that follow on without
// gaps or repeats, totals, paths that follow a move, children with their
// counts, organisation pages, search), the transfer rule with the registers'
// counters, and where the dialects could differ: text compared by code point
// (case kept, Latin before Han, equal names by id), search text no stored
// text can begin with, clamped limits, a refused save that stores nothing.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "domain/audit_chain.h"
#include "domain/org_tree.h"
#include "domain/roster.h"
#include "store/store.h"

namespace nc::store::testing {

inline AuditRecord directory_note(const std::string& action) {
  AuditRecord a;
  a.entry.time_us = 1'700'000'000'000'000;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.origin = "local";
  return a;
}

template <typename Backend>
class DirectoryStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string error = backend.open();
    ASSERT_TRUE(error.empty()) << error;
  }
  DirectoryStore& db() { return backend.directory(); }

  // Root R → committees C1, C2 → branches B1..B4 (two each) → 30 members per
  // branch, some off the roll; and C10, a child of R whose id begins like C1's
  // path would ("1/10/" against "1/2/..."), to catch prefix mistakes.
  void seed() {
    const domain::Date d{2020, 1, 1};
    using domain::OrgType;
    root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    c1 = *tree.create("C1", "一委", OrgType::kCommittee, root, d);
    c2 = *tree.create("C2", "二委", OrgType::kCommittee, root, d);
    for (int i = 0; i < 4; ++i) {
      branches.push_back(
          *tree.create("B" + std::to_string(i), "支部" + std::to_string(i), OrgType::kBranch, i < 2 ? c1 : c2, d));
    }
    for (int i = 0; i < 6; ++i)
      tree.create("X" + std::to_string(i), "空" + std::to_string(i), OrgType::kBranch, root, d);
    c10 = *tree.create("C10", "十委", OrgType::kCommittee, root, d);
    EXPECT_EQ(c10.value, 14u);
    for (domain::OrgId b : branches) {
      for (int i = 0; i < 30; ++i) {
        domain::Member m;
        m.name = (i % 3 == 0 ? "王" : "李") + std::to_string(b.value) + "-" + std::to_string(i);
        m.number = "N" + std::to_string(b.value * 100 + i);
        m.org = b;
        m.status = i % 10 == 9 ? domain::MemberStatus::kLeft : domain::MemberStatus::kActive;
        ASSERT_TRUE(roster.add(m, d).ok());
      }
    }
    Status saved = db().save_directory(tree.all(), tree.events(), roster.all(), directory_note("seed"));
    ASSERT_TRUE(saved.ok()) << saved.message();
  }

  // Every member of the scope, page by page.
  std::vector<domain::MemberId> walk(const std::vector<OrgScope>& scope, std::size_t limit, std::uint64_t* total) {
    MemberPageQuery q;
    q.scope = scope;
    q.limit = limit;
    std::vector<domain::MemberId> out;
    for (int guard = 0; guard < 1000; ++guard) {
      auto page = db().member_page(q);
      EXPECT_TRUE(page.ok()) << page.status().message();
      if (!page.ok()) break;
      EXPECT_LE(page->members.size(), limit);
      *total = page->total;
      for (const domain::Member& m : page->members) out.push_back(m.id);
      if (!page->next) break;
      EXPECT_EQ(page->members.size(), limit) << "only the last page is short";
      q.after = page->next;
    }
    return out;
  }

  // Every organisation of a scope once, page by page (the pickers' list).
  std::vector<domain::OrgId> walk_orgs(OrgPageQuery q, std::uint64_t* total) {
    std::vector<domain::OrgId> out;
    for (int guard = 0; guard < 100; ++guard) {
      auto page = db().org_page(q);
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

  std::vector<std::string> names_found(const std::vector<OrgScope>& scope, const std::string& query) {
    MemberSearch s;
    s.scope = scope;
    s.query = query;
    s.limit = 50;
    auto r = db().search_members(s);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::vector<std::string> out;
    if (r.ok()) {
      for (const domain::Member& m : r->members) out.push_back(m.name);
    }
    return out;
  }

  std::vector<std::vector<std::string>> rows(const std::string& sql) {
    auto r = backend.rows(sql);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : std::vector<std::vector<std::string>>{};
  }

  std::size_t audit_size() {
    auto chain = backend.audit();
    EXPECT_TRUE(chain.ok()) << chain.status().message();
    return chain.ok() ? chain->size() : 0;
  }

  Backend backend;
  domain::OrgTree tree;
  domain::Roster roster;
  domain::OrgId root, c1, c2, c10;
  std::vector<domain::OrgId> branches;
};

TYPED_TEST_SUITE_P(DirectoryStoreTest);

using domain::Date;
using domain::Member;
using domain::MemberId;
using domain::MemberStatus;
using domain::Organisation;
using domain::OrgId;
using domain::OrgType;

TYPED_TEST_P(DirectoryStoreTest, DirectoryRoundTripKeepsHistories) {
  domain::OrgTree tree;
  auto root = tree.create("R", "党委", OrgType::kCommittee, std::nullopt, {2020, 1, 1});
  auto a = tree.create("A", "总支", OrgType::kGeneralBranch, *root, {2020, 1, 1});
  auto b = tree.create("B", "支部", OrgType::kBranch, *root, {2020, 1, 1});
  ASSERT_TRUE(tree.move(*b, *a, {2021, 5, 1}).ok());
  domain::Roster roster;
  Member m;
  m.name = "张三";
  m.number = "N1";
  m.org = *b;
  m.joined = Date{2001, 7, 1};
  auto id = roster.add(m, {2020, 2, 1});
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(this->db().save_directory(tree.all(), tree.events(), roster.all(), directory_note("seed")).ok());

  auto snap = this->db().load_directory();
  ASSERT_TRUE(snap.ok()) << snap.status().message();
  auto restored = domain::OrgTree::restore(snap->organisations, snap->events);
  ASSERT_TRUE(restored.ok()) << restored.status().message();
  EXPECT_EQ(restored->ancestry(*b), (domain::OrgPath{*b, *a, *root}));
  ASSERT_EQ(restored->find(*b)->parents.size(), 2u);
  EXPECT_EQ(restored->find(*b)->parents[0].to, (Date{2021, 5, 1}));
  EXPECT_EQ(restored->events().size(), tree.events().size());
  auto members = domain::Roster::restore(snap->members);
  ASSERT_TRUE(members.ok());
  EXPECT_EQ(members->find_number("N1")->name, "张三");
  EXPECT_EQ(members->find_number("N1")->org_history.size(), 1u);
  // Every value comes back as it was saved (dates, NULLs, enumerations).
  EXPECT_EQ(snap->organisations, tree.all());
  ASSERT_EQ(snap->events.size(), tree.events().size());
  for (std::size_t i = 0; i < snap->events.size(); ++i) {
    const domain::OrgEvent &got = snap->events[i], &want = tree.events()[i];
    EXPECT_EQ(got.kind, want.kind);
    EXPECT_EQ(got.org, want.org);
    EXPECT_EQ(got.date, want.date);
    EXPECT_EQ(got.from, want.from);
    EXPECT_EQ(got.to, want.to);
    EXPECT_EQ(got.before, want.before);
    EXPECT_EQ(got.after, want.after);
  }
  EXPECT_EQ(snap->members, roster.all());
  // One audit entry, chained.
  auto chain = this->backend.audit();
  ASSERT_TRUE(chain.ok());
  ASSERT_EQ(chain->size(), 1u);
  EXPECT_EQ((*chain)[0].action, "seed");
  EXPECT_TRUE(domain::verify_chain(*chain).ok());
}

TYPED_TEST_P(DirectoryStoreTest, ASubtreeComesPageByPageEveryMemberOnceInTreeOrder) {
  this->seed();
  const auto& tree = this->tree;
  const auto& roster = this->roster;
  for (std::size_t limit : {1u, 7u, 30u, 50u, 200u}) {
    std::uint64_t total = 0;
    const auto ids = this->walk({{this->root, true}}, limit, &total);
    EXPECT_EQ(total, 120u) << limit;
    EXPECT_EQ(ids.size(), 120u) << limit;
    EXPECT_EQ(std::set<MemberId>(ids.begin(), ids.end()).size(), 120u) << limit;
  }
  std::uint64_t total = 0;
  const auto c1_ids = this->walk({{this->c1, true}}, 13, &total);
  EXPECT_EQ(total, 60u);
  ASSERT_EQ(c1_ids.size(), 60u);
  for (MemberId id : c1_ids) EXPECT_TRUE(tree.within(roster.find(id)->org, this->c1));
  // Branch 0's members, then branch 1's, each by id.
  EXPECT_EQ(roster.find(c1_ids.front())->org, this->branches[0]);
  EXPECT_EQ(roster.find(c1_ids.back())->org, this->branches[1]);
  EXPECT_TRUE(std::is_sorted(c1_ids.begin(), c1_ids.begin() + 30));
  // An organisation alone: its own members only; a committee alone has none.
  EXPECT_EQ(this->walk({{this->branches[2], false}}, 50, &total).size(), 30u);
  EXPECT_EQ(this->walk({{this->c2, false}}, 50, &total).size(), 0u);
  EXPECT_EQ(total, 0u);
  // Two parts (a secretary of two branches): both, once each, total of both.
  const auto two = this->walk({{this->branches[3], false}, {this->branches[0], false}}, 11, &total);
  EXPECT_EQ(two.size(), 60u);
  EXPECT_EQ(total, 60u);
  EXPECT_EQ(std::set<MemberId>(two.begin(), two.end()).size(), 60u);
  // C10 ("1/14/") is no part of C1's subtree ("1/2/") nor the other way round.
  EXPECT_EQ(this->walk({{this->c10, true}}, 50, &total).size(), 0u);
}

TYPED_TEST_P(DirectoryStoreTest, PathsFollowAMoveOfASubtree) {
  this->seed();
  ASSERT_TRUE(this->tree.move(this->c2, this->c1, {2021, 1, 1}).ok());
  std::vector<Organisation> changed;
  for (OrgId o : this->tree.subtree(this->c1)) changed.push_back(*this->tree.find(o));
  ASSERT_TRUE(this->db().save_directory(changed, {}, {}, directory_note("move")).ok());
  std::uint64_t total = 0;
  EXPECT_EQ(this->walk({{this->c1, true}}, 50, &total).size(), 120u) << "c2 and its branches moved under c1";
  EXPECT_EQ(total, 120u);
  EXPECT_EQ(this->walk({{this->c2, true}}, 50, &total).size(), 60u);
  auto kids = this->db().org_children(this->root, std::nullopt, 50);
  ASSERT_TRUE(kids.ok());
  EXPECT_EQ(kids->total, 8u) << "c1, six empty branches, c10";
  // The stored paths are the tree's.
  for (const auto& row : this->rows("SELECT id, path FROM organisations ORDER BY id")) {
    std::string want;
    const auto ancestry = this->tree.ancestry(OrgId{static_cast<std::uint32_t>(std::stoul(row[0]))});
    for (auto it = ancestry.rbegin(); it != ancestry.rend(); ++it) want += std::to_string(it->value) + "/";
    EXPECT_EQ(row[1], want) << "organisation " << row[0];
  }
}

TYPED_TEST_P(DirectoryStoreTest, ChildrenComePagedWithTheirCounts) {
  this->seed();
  DirectoryStore& db = this->db();
  auto page = db.org_children(this->root, std::nullopt, 3);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->total, 9u);
  ASSERT_EQ(page->children.size(), 3u);
  ASSERT_TRUE(page->next);
  EXPECT_EQ(page->children[0].org, this->c1);
  EXPECT_EQ(page->children[0].children, 2u);
  EXPECT_EQ(page->children[0].members_here, 0u);
  EXPECT_EQ(page->children[0].members_subtree, 54u) << "60 members, 6 of them off the roll";
  std::size_t seen = 3;
  auto rest = db.org_children(this->root, page->next, 3);
  while (rest.ok()) {
    seen += rest->children.size();
    if (!rest->next) break;
    rest = db.org_children(this->root, rest->next, 3);
  }
  EXPECT_EQ(seen, 9u);
  auto roots = db.org_children(std::nullopt, std::nullopt, 10);
  ASSERT_TRUE(roots.ok());
  ASSERT_EQ(roots->children.size(), 1u);
  EXPECT_EQ(roots->children[0].members_subtree, 108u);
  auto branch = db.org_summaries({this->branches[0]});
  ASSERT_TRUE(branch.ok());
  EXPECT_EQ((*branch)[0].members_here, 27u);
  EXPECT_EQ((*branch)[0].members_subtree, 27u);
  // Unknown organisations count 0, in the order asked.
  auto mixed = db.org_summaries({OrgId{999}, this->branches[1]});
  ASSERT_TRUE(mixed.ok());
  ASSERT_EQ(mixed->size(), 2u);
  EXPECT_EQ((*mixed)[0].org, OrgId{999});
  EXPECT_EQ((*mixed)[0].members_subtree, 0u);
  EXPECT_EQ((*mixed)[1].members_here, 27u);
}

TYPED_TEST_P(DirectoryStoreTest, SearchFindsByNumberOrTheBeginningOfTheNameWithinScope) {
  this->seed();
  DirectoryStore& db = this->db();
  MemberSearch s;
  s.scope = {{this->c1, true}};
  s.query = "N" + std::to_string(this->branches[0].value * 100 + 5);
  auto r = db.search_members(s);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_FALSE(r->members.empty());
  EXPECT_EQ(r->members[0].number, s.query) << "the exact number first";
  s.query = "王";
  s.limit = 5;
  r = db.search_members(s);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->members.size(), 5u);
  EXPECT_TRUE(r->more);
  for (const Member& m : r->members) EXPECT_TRUE(this->tree.within(m.org, this->c1));
  s.scope = {{this->branches[3], false}};
  s.query = "N" + std::to_string(this->branches[0].value * 100 + 5);
  r = db.search_members(s);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->members.empty()) << "outside the scope";
  s.query = "-5";  // inside a name, not its beginning
  s.scope = {{this->root, true}};
  r = db.search_members(s);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->members.empty());
  // A number's beginning finds the numbers that begin with it, after the exact one.
  s.query = "N" + std::to_string(this->branches[0].value) + "0";
  s.limit = 50;
  r = db.search_members(s);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->members.size(), 10u) << s.query << "0 … " << s.query << "9";
  for (std::size_t i = 1; i < r->members.size(); ++i) EXPECT_LT(r->members[i - 1].number, r->members[i].number);
}

TYPED_TEST_P(DirectoryStoreTest, OrganisationsOfAScopeComePageByPageInTreeOrder) {
  this->seed();
  OrgPageQuery q;
  q.scope = {{this->root, true}};
  for (std::size_t limit : {1u, 4u, 14u, 200u}) {
    q.limit = limit;
    std::uint64_t total = 0;
    const auto ids = this->walk_orgs(q, &total);
    EXPECT_EQ(total, 14u) << limit;
    ASSERT_EQ(ids.size(), 14u) << limit;
    EXPECT_EQ(std::set<OrgId>(ids.begin(), ids.end()).size(), 14u);
    EXPECT_EQ(ids.front(), this->root) << "parents before their children";
  }
  q.scope = {{this->c1, true}, {this->branches[3], false}};
  q.limit = 2;
  std::uint64_t total = 0;
  const auto some = this->walk_orgs(q, &total);
  EXPECT_EQ(total, 4u);
  EXPECT_EQ(some, (std::vector<OrgId>{this->c1, this->branches[0], this->branches[1], this->branches[3]}));
  q.scope = {{this->c10, true}};
  EXPECT_EQ(this->walk_orgs(q, &total), std::vector<OrgId>{this->c10}) << "1/14/ is not 1/1…";
  q.scope = {};
  EXPECT_TRUE(this->walk_orgs(q, &total).empty());
  EXPECT_EQ(total, 0u);
}

TYPED_TEST_P(DirectoryStoreTest, OrganisationsAreFoundByTheBeginningOfTheirNameOrCodeWithinScope) {
  this->seed();
  auto& tree = this->tree;
  const auto& branches = this->branches;
  // A name and a code that both begin with "B": found once, among the names.
  OrgId both = *tree.create("B9", "B组", OrgType::kBranch, this->c2, {2021, 1, 1});
  ASSERT_TRUE(
      this->db().save_directory(std::vector<Organisation>{*tree.find(both)}, {}, {}, directory_note("add")).ok());
  OrgPageQuery q;
  q.scope = {{this->root, true}};
  q.query = "B";
  for (std::size_t limit : {1u, 2u, 5u, 50u}) {
    q.limit = limit;
    std::uint64_t total = 0;
    const auto ids = this->walk_orgs(q, &total);
    EXPECT_EQ(total, 5u) << limit;
    ASSERT_EQ(ids.size(), 5u) << limit;
    EXPECT_EQ(ids.front(), both) << "names first";
    EXPECT_EQ(std::vector<OrgId>(ids.begin() + 1, ids.end()), branches) << "then codes, in their order";
  }
  q.limit = 50;
  q.query = "支部";
  std::uint64_t total = 0;
  EXPECT_EQ(this->walk_orgs(q, &total), branches);
  q.scope = {{this->c1, true}};
  EXPECT_EQ(this->walk_orgs(q, &total), (std::vector<OrgId>{branches[0], branches[1]})) << "only within scope";
  EXPECT_EQ(total, 2u);
  q.query = "部";  // inside a name, not its beginning
  EXPECT_TRUE(this->walk_orgs(q, &total).empty());
  q.scope = {{this->root, true}};
  q.query = "C1";
  EXPECT_EQ(this->walk_orgs(q, &total), (std::vector<OrgId>{this->c1, this->c10}));
  q.query = "十委";
  EXPECT_EQ(this->walk_orgs(q, &total), std::vector<OrgId>{this->c10});
}

TYPED_TEST_P(DirectoryStoreTest, AccountJobsReadOnlyMembersOnTheRollWithoutAnAccount) {
  this->seed();
  const Member* linked = nullptr;
  for (const Member& m : this->roster.all()) {
    if (m.org == this->branches[0] && m.status == MemberStatus::kActive) linked = &m;
  }
  ASSERT_NE(linked, nullptr);
  StoredUser u;
  u.user.login = linked->number;
  u.user.member = linked->id;
  u.password_hash = "x";
  ASSERT_TRUE(this->backend.accounts().create_user(u, directory_note("user.create")).ok());
  MemberPageQuery q;
  q.scope = {{this->c1, true}};
  q.without_account = true;
  q.limit = 7;
  std::set<MemberId> seen;
  std::uint64_t total = 0;
  for (int guard = 0; guard < 100; ++guard) {
    auto page = this->db().member_page(q);
    ASSERT_TRUE(page.ok()) << page.status().message();
    total = page->total;
    for (const Member& m : page->members) {
      EXPECT_TRUE(domain::on_roll(m.status));
      EXPECT_NE(m.id, linked->id);
      seen.insert(m.id);
    }
    if (!page->next) break;
    q.after = page->next;
  }
  EXPECT_EQ(total, 53u) << "60 members, 6 off the roll, 1 with an account";
  EXPECT_EQ(seen.size(), 53u);
  auto taken = this->backend.accounts().taken_logins({"nobody", linked->number});
  ASSERT_TRUE(taken.ok());
  EXPECT_EQ(*taken, std::vector<std::string>{linked->number});
}

// SQLite compares text by its bytes: code point order, case kept. PostgreSQL
// would follow the database's collation (pinyin, case folded, '/' ignored);
// the PostgreSQL store requires code point order, and gives SQLite's answers.
TYPED_TEST_P(DirectoryStoreTest, TextComparesByCodePointAsOnSqlite) {
  this->seed();
  const Date d{2020, 1, 1};
  for (const char* name : {"李中", "李a", "李B", "Li Lei", "李a", "lily"}) {
    Member m;
    m.name = name;
    m.number = std::string("M-") + std::to_string(this->roster.all().size());
    m.org = this->branches[2];
    ASSERT_TRUE(this->roster.add(m, d).ok());
  }
  const std::vector<Member> added(this->roster.all().end() - 6, this->roster.all().end());
  ASSERT_TRUE(this->db().save_directory({}, {}, added, directory_note("add")).ok());
  // After "李" come digits (U+0030…), then "B" (U+0042), "a" (U+0061), then Han.
  auto found = this->names_found({{this->branches[2], false}}, "李");
  ASSERT_FALSE(found.empty());
  const std::vector<std::string> tail(found.end() - 4, found.end());
  EXPECT_EQ(tail, (std::vector<std::string>{"李B", "李a", "李a", "李中"})) << "code point order, equal names by id";
  EXPECT_TRUE(std::is_sorted(found.begin(), found.end()));
  EXPECT_EQ(this->names_found({{this->root, true}}, "li"), std::vector<std::string>{"lily"}) << "case is kept";
  EXPECT_EQ(this->names_found({{this->root, true}}, "Li"), std::vector<std::string>{"Li Lei"});
  // Equal names come by id.
  MemberSearch s;
  s.scope = {{this->root, true}};
  s.query = "李a";
  auto two = this->db().search_members(s);
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->members.size(), 2u);
  EXPECT_LT(two->members[0].id, two->members[1].id);
  // Organisations by name: "支部0".."支部3", then "支部B", then "支部a".
  std::vector<Organisation> orgs;
  for (const char* name : {"支部a", "支部B"}) {
    auto made = this->tree.create("Z" + std::to_string(orgs.size()), name, OrgType::kBranch, this->c2, d);
    ASSERT_TRUE(made.ok());
    orgs.push_back(*this->tree.find(*made));
  }
  ASSERT_TRUE(this->db().save_directory(orgs, {}, {}, directory_note("add")).ok());
  OrgPageQuery q;
  q.scope = {{this->root, true}};
  q.query = "支部";
  q.limit = 2;
  std::uint64_t total = 0;
  const auto ids = this->walk_orgs(q, &total);
  ASSERT_EQ(ids.size(), 6u);
  EXPECT_EQ(ids[4], orgs[1].id) << "支部B";
  EXPECT_EQ(ids[5], orgs[0].id) << "支部a";
}

// Search text that no stored name, number or code can begin with (a NUL,
// bytes that are not UTF-8) finds nothing and fails nothing, on both.
TYPED_TEST_P(DirectoryStoreTest, SearchTextNoStoredTextCanBeginWithFindsNothing) {
  this->seed();
  for (const std::string& query :
       {std::string("王\0", 4), std::string("\xff"), std::string("N1\xc3"), std::string("\0", 1)}) {
    MemberSearch s;
    s.scope = {{this->root, true}};
    s.query = query;
    auto found = this->db().search_members(s);
    ASSERT_TRUE(found.ok()) << found.status().message();
    EXPECT_TRUE(found->members.empty()) << query.size();
    EXPECT_FALSE(found->more);
    OrgPageQuery q;
    q.scope = {{this->root, true}};
    q.query = query;
    auto orgs = this->db().org_page(q);
    ASSERT_TRUE(orgs.ok()) << orgs.status().message();
    EXPECT_TRUE(orgs->orgs.empty());
    EXPECT_EQ(orgs->total, 0u);
  }
}

TYPED_TEST_P(DirectoryStoreTest, LimitsAreClampedAndUnknownCursorsRefused) {
  this->seed();
  DirectoryStore& db = this->db();
  MemberPageQuery q;
  q.scope = {{this->root, true}};
  q.limit = 0;
  auto one = db.member_page(q);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->members.size(), 1u) << "0 is 1";
  EXPECT_TRUE(one->next);
  q.limit = 1'000'000;
  auto all = db.member_page(q);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->members.size(), 120u);
  EXPECT_FALSE(all->next);
  q.with_total = false;
  EXPECT_EQ(db.member_page(q)->total, 0u) << "no total asked, none counted";
  q.after = MemberCursor{OrgId{999}, MemberId{1}};
  EXPECT_EQ(db.member_page(q).status().code(), Code::kInvalidInput);
  auto kids = db.org_children(this->root, std::nullopt, 0);
  ASSERT_TRUE(kids.ok());
  EXPECT_EQ(kids->children.size(), 1u);
  OrgPageQuery oq;
  oq.scope = {{this->root, true}};
  oq.after = OrgCursor{false, OrgId{999}};
  EXPECT_EQ(db.org_page(oq).status().code(), Code::kInvalidInput);
  oq.query = "支部";
  EXPECT_EQ(db.org_page(oq).status().code(), Code::kInvalidInput);
  oq.after = OrgCursor{true, OrgId{999}};
  EXPECT_EQ(db.org_page(oq).status().code(), Code::kInvalidInput);
  MemberSearch s;
  s.scope = {{this->root, true}};
  s.query = "李";
  s.limit = 0;
  auto found = db.search_members(s);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->members.size(), 1u);
  EXPECT_TRUE(found->more);
  s.scope = {{OrgId{999}, true}};
  EXPECT_TRUE(db.search_members(s)->members.empty()) << "an unknown organisation reaches nothing";
}

// A save that breaks a unique key (a member's number, an organisation's
// code) is "conflict", and nothing of it is stored: not the rows before the
// failing one, not its audit entry.
TYPED_TEST_P(DirectoryStoreTest, ARefusedSaveStoresNothing) {
  this->seed();
  const std::size_t entries = this->audit_size();
  Member renamed = *this->roster.find(MemberId{1});
  renamed.name = "改名";
  Member clash = *this->roster.find(MemberId{2});
  clash.number = this->roster.find(MemberId{3})->number;
  Status s = this->db().save_directory({}, {}, std::vector<Member>{renamed, clash}, directory_note("roster.import"));
  EXPECT_EQ(s.code(), Code::kConflict) << s.message();
  Organisation recoded = *this->tree.find(this->c1);
  recoded.code = "C2";
  s = this->db().save_directory(std::vector<Organisation>{recoded}, {}, {}, directory_note("org.recode"));
  EXPECT_EQ(s.code(), Code::kConflict) << s.message();
  auto snap = this->db().load_directory();
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ(snap->members, this->roster.all());
  EXPECT_EQ(snap->organisations, this->tree.all());
  EXPECT_EQ(this->audit_size(), entries);
}

// The transfer rule (issue 10) in the transaction that saves a member's
// move, and the registers' counters that follow it and a change of the
// hierarchy. Records are written by SQL here (the workflow area is another's):
// one per member and month, with their creation step and own counters; the
// subtrees' counters come from the store's recount on a save of organisations.
TYPED_TEST_P(DirectoryStoreTest, AMemberWhoMovesTakesTheirRecordsAlong) {
  this->seed();
  auto& roster = this->roster;
  const auto& branches = this->branches;
  std::string values;
  int id = 0;
  for (MemberId m : {MemberId{1}, MemberId{2}, MemberId{31}, MemberId{61}}) {
    for (int month = 1; month <= 3; ++month) {
      ++id;
      if (!values.empty()) values += ", ";
      values += "(" + std::to_string(id) + ", 'contribution', " + std::to_string(m.value) + ", " +
                std::to_string(roster.find(m)->org.value) + ", '" + (month == 2 ? "returned" : "submitted") +
                "', '{}', '2026-0" + std::to_string(month) + "-05', " +
                (month == 3 ? std::string("NULL") : "'2026-0" + std::to_string(month + 1) + "-01'") + ", 1, 1, 1)";
    }
  }
  ASSERT_TRUE(
      this->backend
          .exec("INSERT INTO workflow_records (id, kind, subject_member, org_id, state, fields, record_date,"
                " due_date, created_us, updated_us, version) VALUES " +
                values +
                ";"
                "INSERT INTO workflow_steps (record_id, position, verb, from_state, to_state, actor_user,"
                " actor_role, reason, fields, time_us) SELECT id, 1, 'submit', '', state, 1, 'member', '', '', 1"
                " FROM workflow_records;"
                "INSERT INTO workflow_counts (org_id, kind, state, n)"
                " SELECT org_id, kind, state, count(*) FROM workflow_records GROUP BY org_id, kind, state;"
                "INSERT INTO workflow_month_counts (org_id, kind, month, state, n)"
                " SELECT org_id, kind, substr(record_date, 1, 7), state, count(*) FROM workflow_records"
                " GROUP BY org_id, kind, substr(record_date, 1, 7), state")
          .ok());
  // A save of organisations recounts the subtrees (here: nothing moved).
  ASSERT_TRUE(
      this->db()
          .save_directory(std::vector<Organisation>{*this->tree.find(this->root)}, {}, {}, directory_note("org.update"))
          .ok());
  // Each counter table against the rows it counts (both ways, zero rows left out).
  const std::string below =
      " FROM workflow_records r JOIN organisations o ON o.id = r.org_id"
      " JOIN organisations a ON substr(o.path, 1, length(a.path)) = a.path";
  const std::vector<std::pair<std::string, std::string>> counters = {
      {"SELECT org_id, kind, state, count(*) FROM workflow_records GROUP BY org_id, kind, state",
       "SELECT org_id, kind, state, n FROM workflow_counts WHERE n != 0"},
      {"SELECT a.id, r.kind, r.state, count(*)" + below + " GROUP BY a.id, r.kind, r.state",
       "SELECT org_id, kind, state, n FROM workflow_subtree_counts WHERE n != 0"},
      {"SELECT org_id, kind, substr(record_date, 1, 7), state, count(*) FROM workflow_records"
       " GROUP BY org_id, kind, substr(record_date, 1, 7), state",
       "SELECT org_id, kind, month, state, n FROM workflow_month_counts WHERE n != 0"},
      {"SELECT a.id, r.kind, substr(r.record_date, 1, 7), r.state, count(*)" + below +
           " GROUP BY a.id, r.kind, substr(r.record_date, 1, 7), r.state",
       "SELECT org_id, kind, month, state, n FROM workflow_subtree_month_counts WHERE n != 0"},
      {"SELECT a.id, r.kind, r.state, r.due_date, count(*)" + below +
           " WHERE r.due_date IS NOT NULL GROUP BY a.id, r.kind, r.state, r.due_date",
       "SELECT org_id, kind, state, due_date, n FROM workflow_subtree_due"},
      {"SELECT a.id, r.kind, r.state, count(*)" + below +
           " WHERE r.due_date IS NOT NULL GROUP BY a.id, r.kind, r.state",
       "SELECT org_id, kind, state, n FROM workflow_subtree_dated WHERE n != 0"},
  };
  auto check_counters = [&](const char* when) {
    for (const auto& [want, kept] : counters) {
      EXPECT_TRUE(this->rows(want + " EXCEPT " + kept).empty()) << when << ": counted short by " << kept;
      EXPECT_TRUE(this->rows(kept + " EXCEPT " + want).empty()) << when << ": counted over by " << kept;
    }
  };
  check_counters("before");
  EXPECT_EQ(this->rows("SELECT n FROM workflow_subtree_counts WHERE org_id = " + std::to_string(this->root.value) +
                       " AND state = 'submitted'"),
            (std::vector<std::vector<std::string>>{{"8"}}));

  // Member 1 moves from B0 to B3 (saved as a roster change is): every record of theirs follows.
  Member m = *roster.find(MemberId{1});
  ASSERT_EQ(m.org, branches[0]);
  m.org = branches[3];
  ASSERT_TRUE(roster.update(m, Date{2026, 3, 1}).ok());
  AuditRecord moved = directory_note("roster.import");
  moved.entry.actor = "user:9 (dwadmin) as committee_admin@1";
  moved.entry.time_us = 1'700'000'000'000'777;
  ASSERT_TRUE(this->db().save_directory({}, {}, std::vector<Member>{*roster.find(MemberId{1})}, moved).ok());
  check_counters("after member 1 moved");
  EXPECT_EQ(this->rows("SELECT org_id, version, updated_us FROM workflow_records WHERE subject_member = 1 ORDER BY id"),
            (std::vector<std::vector<std::string>>(3, {std::to_string(branches[3].value), "2", "1700000000000777"})));
  EXPECT_EQ(this->rows("SELECT s.verb, s.from_state, s.to_state, s.actor_user, s.reason, s.time_us"
                       " FROM workflow_steps s JOIN workflow_records r ON r.id = s.record_id"
                       " WHERE r.subject_member = 1 AND s.position = 2 ORDER BY r.id"),
            (std::vector<std::vector<std::string>>{
                {"transfer", "submitted", "submitted", "9", "由「支部0」转至「支部3」", "1700000000000777"},
                {"transfer", "returned", "returned", "9", "由「支部0」转至「支部3」", "1700000000000777"},
                {"transfer", "submitted", "submitted", "9", "由「支部0」转至「支部3」", "1700000000000777"}}));
  EXPECT_EQ(this->rows("SELECT count(*) FROM workflow_records WHERE subject_member = 2 AND version = 1"),
            (std::vector<std::vector<std::string>>{{"3"}}))
      << "a member who stayed keeps their records as they were";
  EXPECT_TRUE(this->rows("SELECT n FROM workflow_counts WHERE org_id = " + std::to_string(branches[0].value) +
                         " AND state = 'returned' AND n != 0")
                  .size() == 1u)
      << "member 2's record is still B0's";

  // Saving the member again (nothing moved) adds no step.
  ASSERT_TRUE(this->db().save_directory({}, {}, std::vector<Member>{*roster.find(MemberId{1})}, moved).ok());
  EXPECT_EQ(this->rows("SELECT count(*) FROM workflow_steps WHERE verb = 'transfer'"),
            (std::vector<std::vector<std::string>>{{"3"}}));

  // The hierarchy changes: B1 moves from C1 to C2; the subtrees' counters follow.
  ASSERT_TRUE(this->tree.move(branches[1], this->c2, Date{2026, 3, 2}).ok());
  ASSERT_TRUE(
      this->db()
          .save_directory(std::vector<Organisation>{*this->tree.find(branches[1])}, {}, {}, directory_note("org.move"))
          .ok());
  check_counters("after branch 1 moved to another committee");
  EXPECT_EQ(this->rows("SELECT sum(n) FROM workflow_subtree_counts WHERE org_id = " + std::to_string(this->c1.value)),
            (std::vector<std::vector<std::string>>{{"3"}}))
      << "C1 keeps B0's: member 2's";

  // A member saved twice in one save (moved on, then on again) takes their
  // records along at each step, as the saves come.
  Member first = *roster.find(MemberId{2});
  first.org = branches[1];
  Member then = first;
  then.org = branches[2];
  ASSERT_TRUE(this->db().save_directory({}, {}, std::vector<Member>{first, then}, moved).ok());
  EXPECT_EQ(this->rows("SELECT s.reason FROM workflow_steps s JOIN workflow_records r ON r.id = s.record_id"
                       " WHERE r.subject_member = 2 AND s.verb = 'transfer' ORDER BY r.id, s.position"),
            (std::vector<std::vector<std::string>>{{"由「支部0」转至「支部1」"},
                                                   {"由「支部1」转至「支部2」"},
                                                   {"由「支部0」转至「支部1」"},
                                                   {"由「支部1」转至「支部2」"},
                                                   {"由「支部0」转至「支部1」"},
                                                   {"由「支部1」转至「支部2」"}}));
  check_counters("after member 2 moved twice in one save");
  ASSERT_TRUE(roster.update(then, Date{2026, 3, 3}).ok());

  // A refused save moves no record either.
  Member back = *roster.find(MemberId{1});
  back.org = branches[0];
  Member clash = *roster.find(MemberId{2});
  clash.number = roster.find(MemberId{3})->number;
  EXPECT_EQ(this->db().save_directory({}, {}, std::vector<Member>{back, clash}, moved).code(), Code::kConflict);
  check_counters("after a refused save");
  EXPECT_EQ(this->rows("SELECT count(*) FROM workflow_records WHERE org_id = " + std::to_string(branches[3].value)),
            (std::vector<std::vector<std::string>>{{"3"}}))
      << "member 1's, still B3's";
  auto chain = this->backend.audit();
  ASSERT_TRUE(chain.ok());
  EXPECT_TRUE(domain::verify_chain(*chain).ok());
}

REGISTER_TYPED_TEST_SUITE_P(DirectoryStoreTest, DirectoryRoundTripKeepsHistories,
                            ASubtreeComesPageByPageEveryMemberOnceInTreeOrder, PathsFollowAMoveOfASubtree,
                            ChildrenComePagedWithTheirCounts, SearchFindsByNumberOrTheBeginningOfTheNameWithinScope,
                            OrganisationsOfAScopeComePageByPageInTreeOrder,
                            OrganisationsAreFoundByTheBeginningOfTheirNameOrCodeWithinScope,
                            AccountJobsReadOnlyMembersOnTheRollWithoutAnAccount, TextComparesByCodePointAsOnSqlite,
                            SearchTextNoStoredTextCanBeginWithFindsNothing, LimitsAreClampedAndUnknownCursorsRefused,
                            ARefusedSaveStoresNothing, AMemberWhoMovesTakesTheirRecordsAlong);

}  // namespace nc::store::testing
