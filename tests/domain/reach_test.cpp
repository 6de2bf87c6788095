// domain::reach: a caller's scope for a paged list as a few subtrees, the
// same decisions authorize() makes for each organisation in them.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/authorization.h"

namespace nc::domain {
namespace {

class Reaching : public ::testing::Test {
 protected:
  void SetUp() override {
    const Date d{2020, 1, 1};
    root = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    a = *tree.create("A", "总支", OrgType::kGeneralBranch, root, d);
    a1 = *tree.create("A1", "支部一", OrgType::kBranch, a, d);
    a2 = *tree.create("A2", "支部二", OrgType::kBranch, a, d);
    b = *tree.create("B", "支部", OrgType::kBranch, root, d);
  }
  Actor with(std::vector<RoleGrant> grants) {
    Actor actor;
    actor.user = UserId{9};
    actor.grants = std::move(grants);
    return actor;
  }
  // Every organisation a list with these parts would cover.
  std::vector<OrgId> covered(const std::vector<Reach>& parts) {
    std::vector<OrgId> out;
    for (const Organisation& o : tree.all()) {
      for (const Reach& p : parts) {
        if (p.org == o.id || (p.subtree && tree.within(o.id, p.org))) {
          out.push_back(o.id);
          break;
        }
      }
    }
    return out;
  }
  // What authorize() allows, organisation by organisation, within root (everywhere when nothing).
  std::vector<OrgId> allowed(const Actor& actor, Action action, std::optional<OrgId> within) {
    std::vector<OrgId> out;
    for (const Organisation& o : tree.all()) {
      if (within && !tree.within(o.id, *within)) continue;
      const Target t = action == Action::kMemberRead ? member_target(tree, MemberId{999}, o.id) : org_target(tree, o.id);
      if (authorize(actor, action, t).allowed) out.push_back(o.id);
    }
    return out;
  }
  OrgTree tree;
  OrgId root, a, a1, a2, b;
};

TEST_F(Reaching, CoversExactlyWhatAuthorizeAllowsForEveryRoleAndRoot) {
  const std::vector<std::vector<RoleGrant>> callers = {
      {{Role::kCommitteeAdmin, a}},
      {{Role::kAuditor, root}},
      {{Role::kBranchSecretary, a1}},
      {{Role::kBranchSecretary, a1}, {Role::kCommitteeMember, a2}},
      {{Role::kCommitteeAdmin, a}, {Role::kBranchSecretary, a1}, {Role::kCommitteeAdmin, root}},
      {{Role::kMember, a1}},
      {{Role::kSystemAdmin, OrgId{}}},
      {},
  };
  for (const auto& grants : callers) {
    const Actor actor = with(grants);
    for (Action action :
         {Action::kMemberList, Action::kOrgRead, Action::kMemberFind, Action::kRosterExport, Action::kMemberRead}) {
      for (std::optional<OrgId> within : {std::optional<OrgId>(), std::optional<OrgId>(root), std::optional<OrgId>(a),
                                          std::optional<OrgId>(a1), std::optional<OrgId>(b)}) {
        const auto parts = reach(actor, action, tree, within);
        EXPECT_EQ(covered(parts), allowed(actor, action, within))
            << grants.size() << " grants, action " << action_id(action) << ", within "
            << (within ? within->value : 0);
        // Parts never overlap.
        for (const Reach& p : parts) {
          for (const Reach& q : parts) {
            if (&p == &q) continue;
            EXPECT_FALSE(q.subtree && tree.within(p.org, q.org)) << p.org.value << " in " << q.org.value;
          }
        }
      }
    }
  }
}

TEST_F(Reaching, AnAdministratorAboveTheRootAsksForOneSubtree) {
  const auto parts = reach(with({{Role::kCommitteeAdmin, root}}), Action::kMemberList, tree, a);
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0].org, a);
  EXPECT_TRUE(parts[0].subtree);
  EXPECT_TRUE(parts[0].audit_this_read);
}

TEST_F(Reaching, AMemberOffTheRollReachesNothingThroughBranchRoles) {
  Actor actor = with({{Role::kBranchSecretary, a1}});
  actor.member = MemberId{3};
  actor.member_on_roll = false;
  EXPECT_TRUE(reach(actor, Action::kMemberList, tree, std::nullopt).empty());
  actor.active = false;
  actor.member_on_roll = true;
  EXPECT_TRUE(reach(actor, Action::kMemberList, tree, std::nullopt).empty()) << "a disabled account reaches nothing";
}

}  // namespace
}  // namespace nc::domain
