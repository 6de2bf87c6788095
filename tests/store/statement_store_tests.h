// The StatementStore area (store.h) as typed test suites, run against every
// backend (audit_areas_backend.h): replies thread under an original of the
// same record, an original is handled once, what a reader saw only moves
// forward, and 待回复 — the open originals of members in scope, by id, in
// windows. Moved from access_store_test.cpp and sqlite_pages_test.cpp
// (SQLite only), every assertion kept.
#pragma once

#include <algorithm>
#include <span>
#include <vector>

#include "audit_areas_backend.h"
#include "domain/audit_chain.h"

namespace nc::store::testing {

template <typename Backend>
class StatementStoreTest : public AreaTest<Backend> {
 protected:
  StatementStore& db() { return this->backend->statements(); }
};

TYPED_TEST_SUITE_P(StatementStoreTest);

// Issue 9: replies thread under an original of the same record; an original
// is handled once; what a reader saw only moves forward.
TYPED_TEST_P(StatementStoreTest, RepliesHandledStateOpenStatementsAndSeenMarks) {
  using namespace nc::domain;
  StatementStore& db = this->db();
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
    return db.add_statement(st, area_note("record.append_statement"));
  };
  auto a = add(1, "一");
  auto b = add(1, "二");
  auto c = add(2, "三");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->id, 1u);
  EXPECT_EQ(c->id, 3u) << "ids follow on from the largest stored";
  auto reply = add(1, "回复一", a->id, 9);
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  EXPECT_EQ(reply->reply_to, a->id);
  EXPECT_EQ(add(1, "回复的回复", reply->id, 9).status().code(), Code::kNotFound) << "only originals take replies";
  EXPECT_EQ(add(2, "别的记录", a->id, 9).status().code(), Code::kNotFound) << "a reply stays on its record";
  EXPECT_EQ(add(1, "没有的", 999, 9).status().code(), Code::kNotFound);

  ASSERT_TRUE(db.mark_statement_handled(b->id, UserId{9}, 77, area_note("record.handle_statement")).ok());
  EXPECT_EQ(db.mark_statement_handled(b->id, UserId{9}, 78, area_note("record.handle_statement")).code(),
            Code::kConflict);
  EXPECT_EQ(db.mark_statement_handled(reply->id, UserId{9}, 78, area_note("x")).code(), Code::kNotFound);
  EXPECT_EQ(db.mark_statement_handled(999, UserId{9}, 78, area_note("x")).code(), Code::kNotFound);
  auto found = db.find_statement(b->id);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->handled_us, 77);
  EXPECT_EQ((*found)->handled_by, UserId{9});
  EXPECT_EQ((*found)->text, "二");
  EXPECT_FALSE(*db.find_statement(999));
  auto replied = db.find_statement(reply->id);
  ASSERT_TRUE(replied.ok() && *replied);
  EXPECT_EQ((*replied)->reply_to, a->id);
  EXPECT_EQ((*replied)->author, UserId{9});
  EXPECT_FALSE((*replied)->handled_us);

  // Which are open (一 has a reply, 二 is handled): PendingStatements… below.

  // Seen marks never move back.
  EXPECT_EQ(*db.statements_seen(UserId{9}, MemberId{1}), 0u);
  ASSERT_TRUE(db.mark_statements_seen(UserId{9}, MemberId{1}, 3).ok());
  ASSERT_TRUE(db.mark_statements_seen(UserId{9}, MemberId{1}, 2).ok());
  EXPECT_EQ(*db.statements_seen(UserId{9}, MemberId{1}), 3u);
  ASSERT_TRUE(db.mark_statements_seen(UserId{9}, MemberId{1}, 4).ok());
  EXPECT_EQ(*db.statements_seen(UserId{9}, MemberId{1}), 4u);
  EXPECT_EQ(*db.statements_seen(UserId{9}, MemberId{2}), 0u) << "each subject apart";
  EXPECT_EQ(*db.statements_seen(UserId{8}, MemberId{1}), 0u) << "each reader apart";

  // One subject's, by id.
  auto ones = db.list_statements(MemberId{1});
  ASSERT_TRUE(ones.ok());
  ASSERT_EQ(ones->size(), 3u);
  EXPECT_EQ((*ones)[2].text, "回复一");
  // Several subjects at once, by id; more than 500 is refused.
  const std::vector<MemberId> both = {MemberId{2}, MemberId{1}};
  auto many = db.list_statements(std::span<const MemberId>(both));
  ASSERT_TRUE(many.ok());
  ASSERT_EQ(many->size(), 4u);
  EXPECT_TRUE(std::is_sorted(many->begin(), many->end(), [](auto& x, auto& y) { return x.id < y.id; }));
  const std::vector<MemberId> too_many(501, MemberId{1});
  EXPECT_FALSE(db.list_statements(std::span<const MemberId>(too_many)).ok());
  EXPECT_TRUE(db.list_statements(std::span<const MemberId>()).value().empty());
  // Every write was audited, and the chain holds.
  auto chain = this->backend->audit().audit_chain();
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->size(), 5u) << "four statements and one handled";
  EXPECT_TRUE(verify_chain(*chain).ok());
  EXPECT_EQ((*chain)[3].detail, "statement:4 reply_to:1");
  EXPECT_EQ((*chain)[4].detail, "statement:2");
}

// Root R → committees C1, C2 → branches B1..B4 (two each) → 30 members per
// branch; and C10, a child of R whose id begins like C1's path would
// ("1/10/" against "1/2/..."), to catch prefix mistakes.
TYPED_TEST_P(StatementStoreTest, PendingStatementsAreTheOpenOnesOfMembersInScopeByIdInWindows) {
  using namespace nc::domain;
  StatementStore& db = this->db();
  OrgTree tree;
  Roster roster;
  const Date d{2020, 1, 1};
  const OrgId root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
  const OrgId c1 = *tree.create("C1", "一委", OrgType::kCommittee, root, d);
  const OrgId c2 = *tree.create("C2", "二委", OrgType::kCommittee, root, d);
  std::vector<OrgId> branches;
  for (int i = 0; i < 4; ++i) {
    branches.push_back(
        *tree.create("B" + std::to_string(i), "支部" + std::to_string(i), OrgType::kBranch, i < 2 ? c1 : c2, d));
  }
  for (int i = 0; i < 6; ++i) tree.create("X" + std::to_string(i), "空" + std::to_string(i), OrgType::kBranch, root, d);
  const OrgId c10 = *tree.create("C10", "十委", OrgType::kCommittee, root, d);
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
  ASSERT_TRUE(this->backend->seed(tree, roster).ok());

  auto member_of = [&](OrgId org, int n) {
    std::vector<MemberId> ids;
    for (const Member& m : roster.all()) {
      if (m.org == org) ids.push_back(m.id);
    }
    return ids.at(static_cast<std::size_t>(n));
  };
  auto add = [&](MemberId subject, std::optional<std::uint64_t> reply_to = std::nullopt) {
    RecordStatement st;
    st.kind = "member";
    st.record_id = subject.value;
    st.subject = subject;
    st.author = UserId{1};
    st.text = "说明";
    st.time_us = 5;
    st.reply_to = reply_to;
    auto added = db.add_statement(st, area_note("record.append_statement"));
    EXPECT_TRUE(added.ok()) << added.status().message();
    return added.ok() ? added->id : 0;
  };
  const MemberId in_a = member_of(branches[0], 1), in_b = member_of(branches[1], 2), out = member_of(branches[2], 3);
  const std::uint64_t s1 = add(in_a), s2 = add(out), s3 = add(in_b), s4 = add(in_a), s5 = add(in_b);
  add(in_a, s4);  // answered
  ASSERT_TRUE(db.mark_statement_handled(s5, UserId{9}, 7, area_note("record.handle_statement")).ok());
  ASSERT_TRUE(db.mark_statements_seen(UserId{9}, in_a, s1).ok());
  PendingQuery q;
  q.scope = {{c1, true}};
  q.reader = UserId{9};
  auto page = db.pending_statements(q);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ASSERT_EQ(page->statements.size(), 2u) << "s2 is outside, s4 answered, s5 handled";
  EXPECT_EQ(page->statements[0].statement.id, s1);
  EXPECT_EQ(page->statements[0].seen_by_reader, s1);
  EXPECT_EQ(page->statements[0].subject_org, branches[0]);
  EXPECT_EQ(page->statements[0].subject_name, roster.find(in_a)->name);
  EXPECT_EQ(page->statements[0].statement.text, "说明");
  EXPECT_EQ(page->statements[1].statement.id, s3);
  EXPECT_EQ(page->statements[1].seen_by_reader, 0u);
  EXPECT_FALSE(page->next);
  q.self = in_a;  // never the reader's own entry
  page = db.pending_statements(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->statements.size(), 1u);
  EXPECT_EQ(page->statements[0].statement.id, s3);
  q.self.reset();
  q.limit = 1;
  page = db.pending_statements(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->statements.size(), 1u);
  EXPECT_EQ(page->next, s1);
  // A window of two open statements (s1, s2) holds one in scope: a short
  // page whose cursor goes on after the window.
  q.limit = 50;
  q.examine = 2;
  page = db.pending_statements(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->statements.size(), 1u);
  EXPECT_EQ(page->next, s2);
  q.after = s2;
  page = db.pending_statements(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->statements.size(), 1u);
  EXPECT_EQ(page->statements[0].statement.id, s3);
  EXPECT_EQ(page->next, s4) << "the window: s3 and s4 (answered, so not shown)";
  q.after = s4;
  page = db.pending_statements(q);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->statements.empty());
  EXPECT_FALSE(page->next) << "s5 is handled: no window left";
  q.scope = {{c10, true}};
  q.after = 0;
  EXPECT_TRUE(db.pending_statements(q)->statements.empty());
  // Two parts of a scope (C1 alone has no members; B3 under C2), and a part
  // that names no organisation.
  q.scope = {{OrgId{999}, true}, {branches[2], false}, {c1, false}};
  q.examine = 2000;
  page = db.pending_statements(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->statements.size(), 1u);
  EXPECT_EQ(page->statements[0].statement.id, s2);
  q.scope = {};
  EXPECT_TRUE(db.pending_statements(q)->statements.empty()) << "no scope: nothing";
}

REGISTER_TYPED_TEST_SUITE_P(StatementStoreTest, RepliesHandledStateOpenStatementsAndSeenMarks,
                            PendingStatementsAreTheOpenOnesOfMembersInScopeByIdInWindows);

}  // namespace nc::store::testing
