// The registers' store (issue 10, store/workflow_records.h): records and
// their steps written with their audit entry in one transaction, a stale
// version refused, register pages of a subtree that follow on without gaps or
// repeats (newest first in each organisation), filters by state and date,
// counts by kind and state — and the plans: index ranges, no SCAN of the
// records.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <map>
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

// Root R → committees C1, C2 → branches B0..B3; ten records in each branch,
// about one member each, dated 2026-01-01 … 2026-01-10; every third returned.
class Workflow : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-workflow-" + std::to_string(::getpid()) + "-" +
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
      Member m;
      m.name = "党员" + std::to_string(i);
      m.number = "N" + std::to_string(i);
      m.org = branches.back();
      ASSERT_TRUE(roster.add(m, d).ok());
    }
    ASSERT_TRUE(db->save_directory(tree.all(), tree.events(), roster.all(), note("seed")).ok());
    for (int b = 0; b < 4; ++b) {
      for (int i = 0; i < 10; ++i) {
        auto made = make(branches[b], MemberId{static_cast<std::uint32_t>(b + 1)}, Date{2026, 1, i + 1});
        ASSERT_TRUE(made.ok()) << made.status().message();
        if (i % 3 == 0) {
          ASSERT_TRUE(move(*made, "returned").ok());
        }
      }
    }
  }
  void TearDown() override {
    db.reset();
    fs::remove_all(dir);
  }

  Result<WorkflowRecord> make(OrgId org, MemberId subject, Date date) {
    WorkflowRecord r;
    r.kind = "contribution";
    r.subject = subject;
    r.org = org;
    r.state = "submitted";
    r.fields = R"({"description":"x"})";
    r.date = date;
    r.due = Date{2026, 2, 1};
    r.created_us = r.updated_us = 1;
    WorkflowStep s;
    s.verb = "submit";
    s.to_state = "submitted";
    s.actor = UserId{1};
    s.actor_role = "member";
    s.time_us = 1;
    return db->create_record(r, s, note("record.submit"));
  }
  Result<WorkflowRecord> move(const WorkflowRecord& r, const std::string& to, std::uint32_t version = 0) {
    WorkflowChange c;
    c.record_id = r.id;
    c.expected_version = version ? version : r.version;
    c.state = to;
    c.time_us = 2;
    WorkflowStep s;
    s.verb = "return";
    s.from_state = r.state;
    s.to_state = to;
    s.actor = UserId{2};
    s.actor_role = "branch_secretary";
    s.reason = "请更正";
    s.time_us = 2;
    return db->change_record(c, s, note("record.return"));
  }
  std::vector<std::uint64_t> walk(RecordPageQuery q, std::uint64_t* total) {
    std::vector<std::uint64_t> out;
    for (int guard = 0; guard < 100; ++guard) {
      auto page = db->record_page(q);
      EXPECT_TRUE(page.ok()) << page.status().message();
      if (!page.ok()) break;
      *total = page->total;
      for (const auto& r : page->records) out.push_back(r.id);
      if (!page->next) break;
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
  OrgId root, c1, c2;
  std::vector<OrgId> branches;
};

TEST_F(Workflow, ARecordKeepsEveryStepAndAStaleVersionChangesNothing) {
  auto r = make(branches[0], MemberId{1}, Date{2026, 3, 1});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->version, 1u);
  auto moved = move(*r, "returned");
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->version, 2u);
  auto stale = move(*r, "returned", 1);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.status().code(), Code::kConflict);
  auto steps = db->record_steps(r->id);
  ASSERT_TRUE(steps.ok());
  ASSERT_EQ(steps->size(), 2u);
  EXPECT_EQ((*steps)[0].position, 1u);
  EXPECT_EQ((*steps)[1].reason, "请更正");
  EXPECT_EQ((*steps)[1].from_state, "submitted");
  auto found = db->find_record(r->id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->state, "returned");
  WorkflowChange none;
  none.record_id = 99999;
  none.expected_version = 1;
  none.state = "x";
  auto missing = db->change_record(none, WorkflowStep{}, note("record.return"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Code::kNotFound);
  // Each write left its audit entry, the creation's naming the new id.
  AuditFilter f;
  f.action = "record.submit";
  f.limit = 1;
  auto last = db->list_audit(f);
  ASSERT_TRUE(last.ok() && !last->empty());
}

TEST_F(Workflow, ASubtreeComesPageByPageEveryRecordOnceNewestFirstInEachOrganisation) {
  for (std::size_t limit : {1u, 3u, 10u, 50u}) {
    RecordPageQuery q;
    q.kind = "contribution";
    q.scope = {{root, true}};
    q.limit = limit;
    std::uint64_t total = 0;
    const auto ids = walk(q, &total);
    EXPECT_EQ(total, 40u);
    ASSERT_EQ(ids.size(), 40u) << limit;
    EXPECT_EQ(std::set<std::uint64_t>(ids.begin(), ids.end()).size(), 40u);
    EXPECT_GT(ids[0], ids[1]) << "newest first within an organisation";
  }
  RecordPageQuery one;
  one.kind = "contribution";
  one.scope = {{c2, true}};
  std::uint64_t total = 0;
  EXPECT_EQ(walk(one, &total).size(), 20u);
  one.scope = {{branches[1], false}};
  EXPECT_EQ(walk(one, &total).size(), 10u);
  one.kind = "gift";
  EXPECT_TRUE(walk(one, &total).empty());
}

TEST_F(Workflow, FiltersByStateAndDateAndCountsByKindAndState) {
  RecordPageQuery q;
  q.kind = "contribution";
  q.scope = {{root, true}};
  q.state = "returned";
  std::uint64_t total = 0;
  EXPECT_EQ(walk(q, &total).size(), 16u);  // i = 0, 3, 6, 9 in each of 4 branches
  EXPECT_EQ(total, 16u);
  q.state.reset();
  q.from = Date{2026, 1, 3};
  q.to = Date{2026, 1, 4};
  EXPECT_EQ(walk(q, &total).size(), 8u);
  auto counts = db->record_counts({{c1, true}}, "contribution");
  ASSERT_TRUE(counts.ok());
  std::map<std::string, std::uint64_t> by;
  for (const auto& c : *counts) by[c.state] = c.count;
  EXPECT_EQ(by["returned"], 8u);
  EXPECT_EQ(by["submitted"], 12u);
  for (const auto& c : *counts) EXPECT_EQ(c.overdue, 0u) << "no day asked, nothing overdue";
  // Overdue: due before the day asked (the submitted ones are due 2026-02-01; the returned have no due date).
  for (const auto& [day, expected] : {std::pair{Date{2026, 2, 1}, 0u}, std::pair{Date{2026, 2, 2}, 12u}}) {
    for (const std::string kind : {"contribution", ""}) {
      auto late = db->record_counts({{c1, true}}, kind, day);
      ASSERT_TRUE(late.ok());
      std::map<std::string, std::uint64_t> overdue;
      for (const auto& c : *late) overdue[c.state] += c.overdue;
      EXPECT_EQ(overdue["submitted"], expected) << day.iso() << " kind '" << kind << "'";
      EXPECT_EQ(overdue["returned"], 0u);
    }
  }
  auto mine = db->subject_records(MemberId{1}, "contribution", 0, 3);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 3u);
  EXPECT_GT((*mine)[0].id, (*mine)[1].id);
}

TEST_F(Workflow, PagesAndCountsAreIndexRanges) {
  const std::string page = plan(
      "SELECT r.id FROM organisations o JOIN workflow_records r ON r.org_id = o.id WHERE o.path >= '1/' AND o.path < '10'"
      " AND r.kind = 'contribution' AND r.id < (CASE WHEN o.path = '1/2/' THEN 5 ELSE 9223372036854775807 END)"
      " ORDER BY o.path, r.id DESC LIMIT 51");
  EXPECT_NE(page.find("organisations_by_path (path>? AND path<?)"), std::string::npos) << page;
  EXPECT_NE(page.find("workflow_records_by_org (org_id=? AND kind=? AND id<?)"), std::string::npos) << page;
  EXPECT_EQ(page.find("TEMP B-TREE"), std::string::npos) << page;
  const std::string by_state = plan(
      "SELECT r.id FROM organisations o JOIN workflow_records r ON r.org_id = o.id WHERE o.path >= '1/' AND o.path < '10'"
      " AND r.kind = 'contribution' AND r.id < 99 AND r.state = 'submitted' ORDER BY o.path, r.id DESC LIMIT 51");
  EXPECT_NE(by_state.find("workflow_records_by_state (org_id=? AND kind=? AND state=? AND id<?)"), std::string::npos)
      << by_state;
  EXPECT_EQ(by_state.find("TEMP B-TREE"), std::string::npos) << by_state;
  const std::string counts = plan(
      "SELECT r.kind, r.state, count(*) FROM organisations o JOIN workflow_records r ON r.org_id = o.id"
      " WHERE o.path >= '1/' AND o.path < '10' GROUP BY r.kind, r.state");
  EXPECT_NE(counts.find("COVERING INDEX workflow_records_by_state (org_id=?)"), std::string::npos) << counts;
  EXPECT_EQ(counts.find("SCAN r"), std::string::npos) << counts;
}

}  // namespace
}  // namespace nc::store
