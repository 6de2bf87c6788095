// 组织发布审核 (domain/records/post_review.cpp) on the workflow core: the
// author submits a draft, a reviewer of the branch passes or returns it, an
// approver of a committee above approves, rejects or returns it, the author
// records the link once it is published; the published step carries the link
// only (merge_only_fields); the findings kept with the review are read by the
// author, reviewers and approvers only; an approval waits for the nearest
// committee and, overdue, for the committees above.
#include <gtest/gtest.h>

#include "domain/workflow.h"

namespace nc::domain::workflow {
namespace {

class PostReviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    top = *tree.create("T", "县委", OrgType::kCommittee, std::nullopt, day);
    r = *tree.create("R", "党委", OrgType::kCommittee, top, day);
    g = *tree.create("G", "党总支", OrgType::kGeneralBranch, r, day);
    a = *tree.create("A", "第一党支部", OrgType::kBranch, g, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor with(Role role, OrgId org, MemberId member = MemberId{1}) { return Actor{UserId{1}, member, {{role, org}}, true}; }
  Actor author() { return Actor{UserId{2}, subject, {{Role::kMember, a}}, true}; }
  RecordFacts in(std::string_view state) { return RecordFacts{subject, tree.ancestry(a), state}; }
  const Kind& k() { return *find_kind("post_review"); }
  bool may(const Actor& who, Verb v, std::string_view state) {
    return authorize(who, k(), v, in(state)).outcome == TransitionDecision::Outcome::kAllowed;
  }

  Date day{2020, 1, 1};
  OrgTree tree;
  OrgId top, r, g, a, b;
  const MemberId subject{9};
};

TEST_F(PostReviewTest, DraftReviewApprovePublishByTheRolesThatTakePart) {
  ASSERT_NE(find_kind("post_review"), nullptr);
  EXPECT_FALSE(k().checked_fields.empty());
  EXPECT_TRUE(may(author(), Verb::kSubmit, ""));
  // Review: the branch's secretary or committee member, not the approver, not the author.
  EXPECT_TRUE(may(with(Role::kBranchSecretary, a), Verb::kConfirm, "reviewing"));
  EXPECT_TRUE(may(with(Role::kCommitteeMember, a), Verb::kReturn, "reviewing"));
  EXPECT_FALSE(may(with(Role::kBranchSecretary, b), Verb::kConfirm, "reviewing"));
  EXPECT_FALSE(may(with(Role::kCommitteeAdmin, r), Verb::kConfirm, "reviewing"));
  EXPECT_FALSE(may(author(), Verb::kConfirm, "reviewing"));
  // Approval: a committee administrator above; not the reviewer; not the author even as an administrator.
  EXPECT_TRUE(may(with(Role::kCommitteeAdmin, r), Verb::kApprove, "approving"));
  EXPECT_TRUE(may(with(Role::kCommitteeAdmin, top), Verb::kReject, "approving"));
  EXPECT_TRUE(may(with(Role::kCommitteeAdmin, r), Verb::kReturn, "approving"));
  EXPECT_FALSE(may(with(Role::kBranchSecretary, a), Verb::kApprove, "approving"));
  EXPECT_FALSE(may(with(Role::kAuditor, r), Verb::kApprove, "approving"));
  EXPECT_FALSE(may(Actor{UserId{2}, subject, {{Role::kCommitteeAdmin, r}}, true}, Verb::kApprove, "approving"));
  // Out of order.
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), k(), Verb::kApprove, in("reviewing")).outcome,
            TransitionDecision::Outcome::kOutOfOrder);
  // Publication: the author records the link; nobody else.
  EXPECT_TRUE(may(author(), Verb::kClose, "approved"));
  EXPECT_FALSE(may(with(Role::kBranchSecretary, a), Verb::kClose, "approved"));
  // Final states take no step.
  for (std::string_view st : {"published", "rejected", "withdrawn"}) {
    EXPECT_TRUE(allowed_verbs(author(), k(), in(st)).empty()) << st;
    EXPECT_TRUE(allowed_verbs(with(Role::kCommitteeAdmin, r), k(), in(st)).empty()) << st;
  }
  // A reason is required to return or reject.
  for (const Transition& t : k().transitions) {
    if (t.verb == Verb::kReturn || t.verb == Verb::kReject) {
      EXPECT_TRUE(t.reason_required);
    }
  }
}

TEST_F(PostReviewTest, PublicationCarriesTheLinkOnlyAndKeepsTheApprovedText) {
  const Transition* close = nullptr;
  for (const Transition& t : k().transitions) {
    if (t.verb == Verb::kClose) close = &t;
  }
  ASSERT_NE(close, nullptr);
  const Values stored = {{"title", "标题"}, {"text", "正文"}, {"account", "某党委公众号"}, {"platform", "微信"},
                         {"planned_date", "2026-12-10"}, {"link", ""}};
  Merge m = merge_only_fields(k(), *close, stored, {{"link", "https://mp.weixin.qq.com/s/x"}});
  ASSERT_TRUE(m.errors.empty()) << m.errors.front().message;
  Validation v = validate(k(), m.inputs, Date{2026, 12, 7});
  ASSERT_TRUE(v.errors.empty()) << v.errors.front().message;
  EXPECT_EQ(v.values[1].second, "正文");
  EXPECT_EQ(v.values[5].second, "https://mp.weixin.qq.com/s/x");
  // Changing the text on publication, or no link: refused, naming the field.
  Merge changed = merge_only_fields(k(), *close, stored, {{"link", "https://x.cn/a"}, {"text", "改过的正文"}});
  ASSERT_EQ(changed.errors.size(), 1u);
  EXPECT_EQ(changed.errors[0].field, "text");
  EXPECT_NE(changed.errors[0].message.find("「正文」"), std::string::npos);
  Merge empty = merge_only_fields(k(), *close, stored, {});
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].field, "link");
  EXPECT_NE(empty.errors[0].message.find("「发布链接」不能为空"), std::string::npos);
}

TEST_F(PostReviewTest, FindingsAreReadByTheAuthorReviewersAndApproversOnly) {
  EXPECT_TRUE(may_read_checks(author(), k(), in("reviewing")).allowed);
  EXPECT_TRUE(may_read_checks(with(Role::kBranchSecretary, a), k(), in("reviewing")).allowed);
  EXPECT_TRUE(may_read_checks(with(Role::kCommitteeAdmin, r), k(), in("reviewing")).allowed);
  // An auditor reads the record, not the findings; another branch reads neither.
  EXPECT_TRUE(authorize_read(with(Role::kAuditor, r), k(), in("reviewing")).allowed);
  EXPECT_FALSE(may_read_checks(with(Role::kAuditor, r), k(), in("reviewing")).allowed);
  EXPECT_FALSE(may_read_checks(with(Role::kBranchSecretary, b), k(), in("reviewing")).allowed);
  EXPECT_FALSE(may_read_checks(with(Role::kMember, a), k(), in("reviewing")).allowed);
}

TEST_F(PostReviewTest, AnApprovalWaitsForTheNearestCommitteeAndEscalatesAbove) {
  const State* approving = k().state("approving");
  ASSERT_NE(approving, nullptr);
  EXPECT_TRUE(approving->escalates);
  EXPECT_GT(approving->due_days, 0);
  EXPECT_EQ(nearest_committee(tree, a), r);
  EXPECT_EQ(nearest_committee(tree, r), r);
  EXPECT_EQ(standing(with(Role::kCommitteeAdmin, r), Role::kCommitteeAdmin, tree, a), Standing::kNearest);
  EXPECT_EQ(standing(with(Role::kCommitteeAdmin, g), Role::kCommitteeAdmin, tree, a), Standing::kNearest);
  EXPECT_EQ(standing(with(Role::kCommitteeAdmin, top), Role::kCommitteeAdmin, tree, a), Standing::kAbove);
  EXPECT_EQ(standing(with(Role::kCommitteeAdmin, b), Role::kCommitteeAdmin, tree, a), Standing::kNone);
  EXPECT_EQ(standing(with(Role::kAuditor, r), Role::kCommitteeAdmin, tree, a), Standing::kNone);
}

}  // namespace
}  // namespace nc::domain::workflow
