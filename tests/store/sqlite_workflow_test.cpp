// The registers' store (issue 10, store/workflow_records.h): records and
// their steps written with their audit entry in one transaction, a stale
// version refused, register pages of a subtree that follow on without gaps or
// repeats (newest first in each organisation), filters by state and date,
// counts by kind and state — and the plans: index ranges, no SCAN of the
// records.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <thread>

#include "domain/audit_chain.h"
#include "domain/org_tree.h"
#include "domain/roster.h"
#include "store/migrations.h"
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

  Result<WorkflowRecord> make(OrgId org, MemberId subject, Date date,
                              std::optional<Date> due = Date{2026, 2, 1}) {
    WorkflowRecord r;
    r.kind = "contribution";
    r.subject = subject;
    r.org = org;
    r.state = "submitted";
    r.fields = R"({"description":"x"})";
    r.date = date;
    r.due = due;
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

// The counters kept with every write equal a count of the rows, after
// creations, transitions and a transfer; the member's own counts too.
std::map<std::pair<std::uint32_t, std::string>, std::uint64_t> counted_rows(const fs::path& file) {
  sqlite3* raw = nullptr;
  std::map<std::pair<std::uint32_t, std::string>, std::uint64_t> out;
  if (sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw, "SELECT org_id, state, count(*) FROM workflow_records GROUP BY org_id, state", -1, &st,
                     nullptr);
  while (st && sqlite3_step(st) == SQLITE_ROW) {
    out[{static_cast<std::uint32_t>(sqlite3_column_int(st, 0)),
         reinterpret_cast<const char*>(sqlite3_column_text(st, 1))}] = sqlite3_column_int64(st, 2);
  }
  sqlite3_finalize(st);
  sqlite3_close(raw);
  return out;
}

// Records with a due date below an organisation (itself included), counted from the rows.
std::uint64_t dated_rows_below(const fs::path& file, OrgId org) {
  sqlite3* raw = nullptr;
  std::uint64_t n = 0;
  if (sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return n;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw,
                     "SELECT count(*) FROM workflow_records r JOIN organisations o ON o.id = r.org_id,"
                     " (SELECT path FROM organisations WHERE id = ?1) p"
                     " WHERE r.due_date IS NOT NULL AND substr(o.path, 1, length(p.path)) = p.path",
                     -1, &st, nullptr);
  sqlite3_bind_int(st, 1, static_cast<int>(org.value));
  if (st && sqlite3_step(st) == SQLITE_ROW) n = static_cast<std::uint64_t>(sqlite3_column_int64(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(raw);
  return n;
}

TEST_F(Workflow, CountersFollowEveryWriteAndAMemberTakesTheirRecordsAlong) {
  // Every dated record is overdue on a day far ahead: the subtrees' counts by
  // due date (migration 17) must then equal the dated rows below each one.
  auto check_due = [&](const char* when) {
    for (OrgId org : {root, c1, c2, branches[0], branches[1], branches[2], branches[3]}) {
      auto late = db->record_counts({{org, true}}, "", Date{2100, 1, 1});
      ASSERT_TRUE(late.ok());
      std::uint64_t overdue = 0;
      for (const auto& c : *late) overdue += c.overdue;
      EXPECT_EQ(overdue, dated_rows_below(dir / "t.db", org)) << "org " << org.value << " " << when;
    }
  };
  check_due("after the records were made and some returned");
  EXPECT_GT(dated_rows_below(dir / "t.db", root), 0u);
  auto by_org = [&](OrgId org) {
    std::map<std::string, std::uint64_t> by;
    auto counts = db->record_counts({{org, false}}, "contribution");
    EXPECT_TRUE(counts.ok());
    if (counts.ok()) {
      for (const auto& c : *counts) by[c.state] += c.count;
    }
    return by;
  };
  auto check_counters = [&]() {
    for (const auto& [key, n] : counted_rows(dir / "t.db")) {
      EXPECT_EQ(by_org(OrgId{key.first})[key.second], n) << "org " << key.first << " " << key.second;
    }
  };
  check_counters();
  EXPECT_EQ(by_org(branches[0])["returned"], 4u);
  EXPECT_EQ(by_org(branches[0])["submitted"], 6u);
  auto mine = db->subject_counts(MemberId{1}, "contribution");
  ASSERT_TRUE(mine.ok());
  std::map<std::string, std::uint64_t> own;
  for (const auto& c : *mine) own[c.state] = c.count;
  EXPECT_EQ(own, (std::map<std::string, std::uint64_t>{{"returned", 4}, {"submitted", 6}}));
  EXPECT_TRUE(db->subject_counts(MemberId{1}, "gift")->empty());

  // Member 1 moves from B0 to B3 (saved as a roster change is): every record of theirs follows.
  auto before = db->subject_records(MemberId{1}, "contribution", 0, 100);
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(before->size(), 10u);
  Member m = *roster.find(MemberId{1});
  m.org = branches[3];
  ASSERT_TRUE(roster.update(m, Date{2026, 3, 1}).ok());
  AuditRecord moved = note("roster.import");
  moved.entry.actor = "user:9 (dwadmin) as committee_admin@1";
  ASSERT_TRUE(db->save_directory({}, {}, std::vector<Member>{*roster.find(MemberId{1})}, moved).ok());
  check_counters();
  check_due("after member 1 moved");
  EXPECT_TRUE(by_org(branches[0]).empty());
  EXPECT_EQ(by_org(branches[3])["submitted"], 12u);
  EXPECT_EQ(by_org(branches[3])["returned"], 8u);
  auto counts = db->record_counts({{c2, true}}, "contribution");
  ASSERT_TRUE(counts.ok());
  std::uint64_t in_c2 = 0;
  for (const auto& c : *counts) in_c2 += c.count;
  EXPECT_EQ(in_c2, 30u);  // B2, B3 and member 1's ten
  for (const WorkflowRecord& r : *before) {
    auto now = db->find_record(r.id);
    ASSERT_TRUE(now.ok() && *now);
    EXPECT_EQ((*now)->org, branches[3]);
    EXPECT_EQ((*now)->state, r.state);
    EXPECT_EQ((*now)->version, r.version + 1) << "a stale transition after the move is a conflict";
    auto steps = db->record_steps(r.id);
    ASSERT_TRUE(steps.ok());
    const WorkflowStep& last = steps->back();
    EXPECT_EQ(last.verb, "transfer");
    EXPECT_EQ(last.from_state, r.state);
    EXPECT_EQ(last.to_state, r.state);
    EXPECT_EQ(last.actor, UserId{9});
    EXPECT_EQ(last.reason, "由「支部0」转至「支部3」");
  }
  // B0's register no longer holds them; B3's does.
  RecordPageQuery q;
  q.kind = "contribution";
  q.scope = {{branches[0], false}};
  std::uint64_t total = 0;
  EXPECT_TRUE(walk(q, &total).empty());
  q.scope = {{branches[3], false}};
  EXPECT_EQ(walk(q, &total).size(), 20u);
  // The hierarchy changes: B1 moves from C1 to C2; the subtrees' counters follow.
  ASSERT_TRUE(tree.move(branches[1], c2, Date{2026, 3, 2}).ok());
  ASSERT_TRUE(db->save_directory(std::vector<Organisation>{*tree.find(branches[1])}, {}, {}, note("org.move")).ok());
  auto total_of = [&](OrgId org) {
    std::uint64_t n = 0;
    auto found = db->record_counts({{org, true}}, "");
    EXPECT_TRUE(found.ok());
    if (found.ok()) {
      for (const auto& c : *found) n += c.count;
    }
    return n;
  };
  check_due("after branch 1 moved to another committee");
  EXPECT_EQ(total_of(c2), 40u);
  EXPECT_EQ(total_of(c1), 0u);
  EXPECT_EQ(total_of(root), 40u);
  EXPECT_EQ(total_of(branches[1]), 10u);
  // Parts inside another part's subtree are counted once.
  auto twice = db->record_counts({{root, true}, {c2, true}, {branches[3], false}}, "contribution");
  ASSERT_TRUE(twice.ok());
  std::uint64_t once = 0;
  for (const auto& c : *twice) once += c.count;
  EXPECT_EQ(once, 40u);
  // Saving the member again (nothing moved) adds no step.
  ASSERT_TRUE(db->save_directory({}, {}, std::vector<Member>{*roster.find(MemberId{1})}, moved).ok());
  auto steps = db->record_steps(before->front().id);
  ASSERT_TRUE(steps.ok());
  EXPECT_EQ(std::count_if(steps->begin(), steps->end(), [](const WorkflowStep& s) { return s.verb == "transfer"; }),
            1);
  // A step that changes the due date alone (the state and the month stay)
  // moves only the due counts, and leaves every counter equal to the rows.
  {
    auto due_moved = make(branches[2], MemberId{3}, Date{2026, 1, 20});
    ASSERT_TRUE(due_moved.ok());
    for (std::optional<Date> due : {std::optional<Date>{Date{2026, 4, 1}}, std::optional<Date>{}}) {
      auto now = db->find_record(due_moved->id);
      ASSERT_TRUE(now.ok() && *now);
      WorkflowChange c;
      c.record_id = due_moved->id;
      c.expected_version = (*now)->version;
      c.state = "submitted";
      c.due = due;
      c.time_us = 4;
      WorkflowStep s;
      s.verb = "remind";
      s.from_state = s.to_state = "submitted";
      s.actor = UserId{2};
      s.actor_role = "branch_secretary";
      s.time_us = 4;
      ASSERT_TRUE(db->change_record(c, s, note("record.remind")).ok());
      check_counters();
      check_due(due ? "after a due date moved" : "after a due date was dropped");
    }
    auto late = db->record_counts({{branches[2], false}}, "contribution", Date{2026, 3, 1});
    ASSERT_TRUE(late.ok());
    std::uint64_t overdue = 0;
    for (const auto& c : *late) overdue += c.overdue;
    EXPECT_EQ(overdue, dated_rows_below(dir / "t.db", branches[2])) << "the undated record is never overdue";
  }
}

// A database made before migration 18 (its table dropped and its version
// taken back) gets the dated counts filled from the due counts when it is
// opened again: overdue below each organisation is what it was.
TEST_F(Workflow, MigrationEighteenFillsTheDatedCountsOfAnExistingDatabase) {
  auto overdue_of = [&](OrgId org) {
    auto late = db->record_counts({{org, true}}, "", Date{2026, 2, 2});
    EXPECT_TRUE(late.ok());
    std::uint64_t n = 0;
    if (late.ok()) {
      for (const auto& c : *late) n += c.overdue;
    }
    return n;
  };
  const std::uint64_t before = overdue_of(root);
  EXPECT_EQ(before, 24u);  // the submitted ones, due 2026-02-01, in four branches
  db.reset();
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
    // The migrations after 18 taken back too (the store applies those above the newest it has).
    ASSERT_EQ(sqlite3_exec(raw,
                           "DROP TABLE workflow_subtree_dated; ALTER TABLE quiz_attempts DROP COLUMN counted;"
                           " ALTER TABLE quizzes DROP COLUMN counted_takers; DELETE FROM schema_version WHERE version >= 18",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(raw);
    sqlite3_close(raw);
  }
  auto opened = SqliteStore::open(dir / "t.db");
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  db = std::move(opened).value();
  ASSERT_TRUE(db->migrate().ok());
  EXPECT_EQ(*db->schema_version(), static_cast<int>(migrations().size()));
  EXPECT_EQ(overdue_of(root), before);
  EXPECT_EQ(overdue_of(c1), 12u);
  EXPECT_EQ(overdue_of(branches[3]), 6u);
}

// 待办 queues: earliest due first, undated last, page after page without gaps
// or repeats, for the member's own queue and for a role's organisations.
TEST_F(Workflow, WaitingQueuesComeInOrderOfDuePageByPage) {
  // Member 1 gets records due on assorted days and two undated ones, in B0.
  const Date dues[] = {{2026, 1, 20}, {2026, 1, 5}, {2026, 1, 20}, {2026, 1, 9}};
  std::vector<std::uint64_t> extra;
  for (const Date& d : dues) extra.push_back(make(branches[0], MemberId{1}, Date{2026, 1, 1}, d)->id);
  extra.push_back(make(branches[0], MemberId{1}, Date{2026, 1, 1}, std::nullopt)->id);
  extra.push_back(make(branches[1], MemberId{1}, Date{2026, 1, 1}, std::nullopt)->id);
  auto walk_waiting = [&](WaitingQuery q) {
    std::vector<WorkflowRecord> out;
    for (int guard = 0; guard < 100; ++guard) {
      auto page = db->waiting_records(q);
      EXPECT_TRUE(page.ok()) << page.status().message();
      if (!page.ok()) break;
      EXPECT_LE(page->records.size(), q.limit);
      for (auto& r : page->records) out.push_back(r);
      if (!page->next) break;
      q.after = page->next;
    }
    return out;
  };
  auto in_order = [](const std::vector<WorkflowRecord>& rs) {
    for (std::size_t i = 1; i < rs.size(); ++i) {
      const auto& a = rs[i - 1];
      const auto& b = rs[i];
      if (a.due && b.due && (*a.due > *b.due || (*a.due == *b.due && a.id >= b.id))) return false;
      if (!a.due && b.due) return false;
      if (!a.due && !b.due && a.id >= b.id) return false;
    }
    return true;
  };
  for (std::size_t limit : {1u, 2u, 3u, 50u}) {
    WaitingQuery q;
    q.kind = "contribution";
    q.state = "submitted";
    q.subject = MemberId{1};
    q.limit = limit;
    const auto own = walk_waiting(q);
    ASSERT_EQ(own.size(), 6u + 6u) << limit;  // six submitted from SetUp, six here
    EXPECT_TRUE(in_order(own)) << limit;
    EXPECT_EQ(own.front().id, extra[1]);  // due 2026-01-05
    EXPECT_EQ(own[1].id, extra[3]);       // 2026-01-09
    EXPECT_EQ(own[own.size() - 2].id, extra[4]);
    EXPECT_EQ(own.back().id, extra[5]);
    std::set<std::uint64_t> once;
    for (const auto& r : own) EXPECT_TRUE(once.insert(r.id).second);

    q.subject.reset();
    q.scope = {{branches[0], false}, {c2, true}};
    const auto role = walk_waiting(q);
    EXPECT_TRUE(in_order(role)) << limit;
    // B0: 6 + 5 of member 1's; B2 and B3: 6 each.
    EXPECT_EQ(role.size(), 6u + 5u + 12u) << limit;
    for (const auto& r : role) EXPECT_TRUE(r.org == branches[0] || r.org == branches[2] || r.org == branches[3]);
  }
  WaitingQuery returned;
  returned.kind = "contribution";
  returned.state = "returned";
  returned.subject = MemberId{2};
  EXPECT_EQ(walk_waiting(returned).size(), 4u);
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
  // Counts from the counters: a subtree's, one primary-key range of a few rows.
  const std::string counters =
      plan("SELECT kind, state, n FROM workflow_subtree_counts WHERE org_id = 1 AND kind = 'contribution'");
  EXPECT_NE(counters.find("SEARCH workflow_subtree_counts USING PRIMARY KEY (org_id=? AND kind=?)"),
            std::string::npos)
      << counters;
  // Overdue below a committee: the subtree's dated counts (migration 18), each
  // less one range of its counts by due date over the days ahead (migration 17).
  const std::string late = plan(
      "SELECT d.kind, d.state, d.n - COALESCE((SELECT sum(f.n) FROM workflow_subtree_due f"
      " WHERE f.org_id = 1 AND f.kind = d.kind AND f.due_date >= '2026-02-02' AND f.state = d.state), 0)"
      " FROM workflow_subtree_dated d WHERE d.org_id = 1");
  EXPECT_NE(late.find("SEARCH d USING INDEX sqlite_autoindex_workflow_subtree_dated_1 (org_id=?)"), std::string::npos)
      << late;
  EXPECT_NE(late.find("SEARCH f USING PRIMARY KEY (org_id=? AND kind=? AND due_date>?)"), std::string::npos) << late;
  EXPECT_EQ(late.find("SCAN"), std::string::npos) << late;
  // The member's own counts: one range of their index, covering.
  const std::string own = plan(
      "SELECT kind, state, count(*) FROM workflow_records WHERE subject_member = 1 AND kind = 'contribution'"
      " GROUP BY kind, state");
  EXPECT_NE(own.find("COVERING INDEX workflow_records_waiting_subject (subject_member=? AND kind=?)"),
            std::string::npos)
      << own;
  EXPECT_EQ(own.find("TEMP B-TREE"), std::string::npos) << own;
  // 待办: the member's queue in due order from its index; a role's per organisation.
  const std::string queue = plan(
      "SELECT r.id FROM workflow_records r WHERE r.subject_member = 1 AND 0 = 0 AND r.kind = 'contribution'"
      " AND r.state = 'returned' AND r.due_date IS NOT NULL AND (r.due_date, r.id) > ('', 0)"
      " ORDER BY r.due_date, r.id LIMIT 51");
  EXPECT_NE(queue.find("workflow_records_waiting_subject (subject_member=? AND kind=? AND state=? AND"),
            std::string::npos)
      << queue;
  EXPECT_EQ(queue.find("TEMP B-TREE"), std::string::npos) << queue;
  const std::string role = plan(
      "SELECT r.id FROM organisations o JOIN workflow_records r ON r.org_id = o.id WHERE o.path >= '1/'"
      " AND o.path < '10' AND r.kind = 'contribution' AND r.state = 'submitted' AND r.due_date IS NOT NULL"
      " AND (r.due_date, r.id) > ('', 0) ORDER BY r.due_date, r.id LIMIT 51");
  EXPECT_NE(role.find("workflow_records_waiting_org (org_id=? AND kind=? AND state=? AND"), std::string::npos)
      << role;
  EXPECT_EQ(role.find("SCAN r"), std::string::npos) << role;
}

// Reads on their own connections while audit entries of reads are stored in
// batches (group commit): from several threads at once, every entry is
// stored, each chained to the one before (the chain verifies), each caller
// returns only once its entry is there, and every read sees what was
// committed before it began.
TEST_F(Workflow, ConcurrentReadsAndAuditEntriesKeepOneChain) {
  auto head = db->audit_head();
  ASSERT_TRUE(head.ok());
  const std::uint64_t before = head->seq;
  constexpr int kThreads = 6, kEach = 40;
  std::vector<std::thread> threads;
  std::vector<int> failures(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        AuditRecord a = note("record.list");
        a.entry.target = "register:contribution";
        a.entry.detail = "thread=" + std::to_string(t) + " i=" + std::to_string(i);
        a.entry.subjects = {MemberId{static_cast<std::uint32_t>(t % 4 + 1)}};
        if (!db->append_audit(a).ok()) ++failures[t];
        // The caller's own entry is stored when append_audit returns.
        AuditFilter f;
        f.action = "record.list";
        f.limit = 1000;
        auto listed = db->list_audit(f);
        if (!listed.ok() || std::none_of(listed->begin(), listed->end(), [&](const AuditRecord& r) {
              return r.entry.detail == a.entry.detail;
            })) {
          ++failures[t];
        }
        RecordPageQuery q;
        q.kind = "contribution";
        q.scope = {{root, true}};
        q.limit = 5;
        auto page = db->record_page(q);
        // 40 records, and 44 once the writes below are in.
        if (!page.ok() || page->total < 40u || page->total > 44u || page->records.size() != 5u) ++failures[t];
        auto counts = db->record_counts({{root, true}}, "contribution", Date{2026, 2, 2});
        std::uint64_t n = 0, late = 0;
        if (counts.ok()) {
          for (const auto& c : *counts) {
            n += c.count;
            late += c.overdue;
          }
        }
        if (!counts.ok() || n < 40u || n > 44u || late != 24u) ++failures[t];
      }
    });
  }
  // Writes go on meanwhile: a new record in each branch, seen by the reads after.
  for (int b = 0; b < 4; ++b) {
    ASSERT_TRUE(make(branches[b], MemberId{static_cast<std::uint32_t>(b + 1)}, Date{2026, 1, 20}, std::nullopt).ok());
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(failures[t], 0) << "thread " << t;
  auto chain = db->audit_chain();
  ASSERT_TRUE(chain.ok());
  EXPECT_TRUE(nc::domain::verify_chain(*chain).ok());
  auto after = db->audit_head();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->seq, before + kThreads * kEach + 4);
  RecordPageQuery q;
  q.kind = "contribution";
  q.scope = {{root, true}};
  auto page = db->record_page(q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 44u) << "a read after the writes sees them";
}

}  // namespace
}  // namespace nc::store

namespace nc::store {
namespace {

WorkflowAttachment file_of(std::string bytes, std::string name) {
  WorkflowAttachment a;
  a.name = std::move(name);
  a.content_type = "image/png";
  a.removed = R"(["照片的拍摄位置"])";
  a.uploaded_by = domain::UserId{1};
  a.uploaded_role = "member";
  a.time_us = 5;
  a.bytes = std::move(bytes);
  return a;
}

TEST_F(Workflow, FilesAreKeptWithTheirBytesAllOrNoneAndAtMostTheLimit) {
  auto rec = make(branches[0], domain::MemberId{1}, domain::Date{2026, 3, 1});
  ASSERT_TRUE(rec.ok());
  const std::string binary("\x89PNG\r\n\x1a\n\0\0\xff", 11);  // NULs and high bytes survive
  auto added = db->add_attachments(rec->id, {file_of(binary, "a.png"), file_of("second", "b.png")}, 3,
                                   note("record.attach"));
  ASSERT_TRUE(added.ok()) << added.status().message();
  ASSERT_EQ(added->size(), 2u);
  EXPECT_EQ((*added)[0].position, 1u);
  EXPECT_EQ((*added)[1].position, 2u);
  EXPECT_EQ((*added)[0].size, binary.size());
  EXPECT_TRUE((*added)[0].bytes.empty()) << "the answer holds no bytes";

  // Two more would make four: refused, nothing stored, no audit entry.
  auto too_many = db->add_attachments(rec->id, {file_of("c", "c.png"), file_of("d", "d.png")}, 3,
                                      note("record.attach"));
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.status().code(), Code::kLimitExceeded);
  EXPECT_NE(too_many.status().message().find("已有 2 个"), std::string::npos) << too_many.status().message();
  auto listed = db->record_attachments(rec->id);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].name, "b.png");
  EXPECT_TRUE((*listed)[0].bytes.empty());
  AuditFilter f;
  f.action = "record.attach";
  f.limit = 100;
  auto audit = db->list_audit(f);
  ASSERT_TRUE(audit.ok());
  EXPECT_EQ(audit->size(), 1u);

  auto one = db->find_attachment(rec->id, 1);
  ASSERT_TRUE(one.ok());
  ASSERT_TRUE(one->has_value());
  EXPECT_EQ((*one)->bytes, binary);
  EXPECT_EQ((*one)->removed, R"(["照片的拍摄位置"])");
  auto none = db->find_attachment(rec->id, 3);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  // No such record.
  auto orphan = db->add_attachments(999999, {file_of("x", "x.png")}, 3, note("record.attach"));
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace nc::store

namespace nc::store {
namespace {

// The counters by month (migration 15) against the records themselves:
// (org, month, state) → how many, by a grouped read of workflow_records.
std::map<std::tuple<std::uint32_t, std::string, std::string>, std::uint64_t> month_rows(const fs::path& file) {
  sqlite3* raw = nullptr;
  std::map<std::tuple<std::uint32_t, std::string, std::string>, std::uint64_t> out;
  if (sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw,
                     "SELECT org_id, substr(record_date, 1, 7), state, count(*) FROM workflow_records"
                     " GROUP BY org_id, substr(record_date, 1, 7), state",
                     -1, &st, nullptr);
  while (st && sqlite3_step(st) == SQLITE_ROW) {
    out[{static_cast<std::uint32_t>(sqlite3_column_int(st, 0)), reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
         reinterpret_cast<const char*>(sqlite3_column_text(st, 2))}] = sqlite3_column_int64(st, 3);
  }
  sqlite3_finalize(st);
  sqlite3_close(raw);
  return out;
}

TEST_F(Workflow, CountersByMonthFollowEveryWriteATransferAMoveAndALoad) {
  // Every organisation, own and over its subtree, for 2026: what the records say.
  auto check = [&](const char* when) {
    SCOPED_TRACE(when);
    const auto rows = month_rows(dir / "t.db");
    std::vector<OrgId> all = {root, c1, c2};
    all.insert(all.end(), branches.begin(), branches.end());
    for (bool subtree : {false, true}) {
      auto got = db->month_counts(all, subtree, "2026-01", "2026-12");
      ASSERT_TRUE(got.ok()) << got.status().message();
      std::map<std::tuple<std::uint32_t, std::string, std::string>, std::uint64_t> have, want;
      for (const MonthCount& c : *got) {
        EXPECT_EQ(c.kind, "contribution");
        have[{c.org.value, c.month, c.state}] += c.count;
      }
      for (OrgId org : all) {
        for (const auto& [key, n] : rows) {
          const auto& [kept, month, state] = key;
          if (month < "2026-01" || month > "2026-12") continue;
          const bool in = subtree ? tree.within(OrgId{kept}, org) : kept == org.value;
          if (in) want[{org.value, month, state}] += n;
        }
      }
      EXPECT_EQ(have, want) << (subtree ? "subtree" : "own");
    }
  };
  check("created and returned");
  // Records in other months, one in 2025 (outside the year asked).
  ASSERT_TRUE(make(branches[0], MemberId{1}, Date{2026, 3, 15}).ok());
  ASSERT_TRUE(make(branches[2], MemberId{3}, Date{2026, 12, 31}).ok());
  auto old = make(branches[1], MemberId{2}, Date{2025, 12, 31});
  ASSERT_TRUE(old.ok());
  check("more months");
  auto subtree_n = [&](OrgId org, const std::string& from, const std::string& to) {
    std::uint64_t n = 0;
    auto got = db->month_counts({org}, true, from, to);
    EXPECT_TRUE(got.ok());
    if (got.ok()) {
      for (const auto& c : *got) n += c.count;
    }
    return n;
  };
  EXPECT_EQ(subtree_n(root, "2026-01", "2026-01"), 40u);
  EXPECT_EQ(subtree_n(root, "2025-01", "2025-12"), 1u);
  EXPECT_EQ(subtree_n(root, "2026-03", "2026-12"), 2u);
  // A fix that changes the record's date moves it to its new month; a state change without one stays.
  {
    WorkflowChange c;
    c.record_id = old->id;
    c.expected_version = old->version;
    c.state = "submitted";
    c.fields = R"({"description":"y"})";
    c.date = Date{2026, 5, 5};
    c.time_us = 3;
    WorkflowStep s;
    s.verb = "resubmit";
    s.from_state = "submitted";
    s.to_state = "submitted";
    s.actor = UserId{2};
    s.actor_role = "member";
    s.time_us = 3;
    ASSERT_TRUE(db->change_record(c, s, note("record.resubmit")).ok());
  }
  EXPECT_EQ(subtree_n(root, "2025-01", "2025-12"), 0u);
  EXPECT_EQ(subtree_n(root, "2026-05", "2026-05"), 1u);
  check("a date fixed");
  // Member 1 moves from B0 to B3: their records' months go with them.
  Member m = *roster.find(MemberId{1});
  m.org = branches[3];
  ASSERT_TRUE(roster.update(m, Date{2026, 3, 1}).ok());
  ASSERT_TRUE(db->save_directory({}, {}, std::vector<Member>{*roster.find(MemberId{1})}, note("roster.import")).ok());
  check("a transfer");
  EXPECT_EQ(subtree_n(branches[0], "2026-01", "2026-12"), 0u);
  // The hierarchy changes: B1 moves from C1 to C2; the subtrees' month counters are recounted.
  ASSERT_TRUE(tree.move(branches[1], c2, Date{2026, 3, 2}).ok());
  ASSERT_TRUE(db->save_directory(std::vector<Organisation>{*tree.find(branches[1])}, {}, {}, note("org.move")).ok());
  check("a move");
  EXPECT_EQ(subtree_n(c1, "2026-01", "2026-12"), 0u);
  // A bulk load (bench-data) counts by month too.
  std::vector<WorkflowRecord> load;
  for (int i = 0; i < 7; ++i) {
    WorkflowRecord r;
    r.kind = "contribution";
    r.subject = MemberId{3};
    r.org = branches[2];
    r.state = i % 2 ? "confirmed" : "submitted";
    r.fields = "{}";
    r.date = Date{2026, 1 + i, 2};
    r.created_us = r.updated_us = 5;
    load.push_back(r);
  }
  ASSERT_TRUE(db->load_records(load, note("bench-data.load")).ok());
  check("a load");
  // At most 200 organisations a read.
  EXPECT_FALSE(db->month_counts(std::vector<OrgId>(201, root), true, "2026-01", "2026-12").ok());
}

// A year of an organisation's subtree is one range of the counters' primary key.
TEST_F(Workflow, AYearOfASubtreeIsARangeOfTheMonthCounters) {
  const std::string p = plan("SELECT kind, month, state, n FROM workflow_subtree_month_counts"
                             " WHERE org_id = 1 AND month >= '2026-01' AND month <= '2026-12' AND n != 0");
  EXPECT_NE(p.find("USING PRIMARY KEY (org_id=? AND month>? AND month<?)"), std::string::npos) << p;
}

}  // namespace
}  // namespace nc::store
