// Authorization rules the matrix does not reach: failing closed, moves across
// the scope boundary, several grants, staff accounts, grant checks.
#include "domain/authorization.h"

#include <gtest/gtest.h>

#include "domain/roster.h"

namespace nc::domain {
namespace {

class AuthorizationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, day);
    a = *tree.create("A", "第一党总支", OrgType::kGeneralBranch, r, day);
    a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, a, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor with(Role role, OrgId org, std::optional<MemberId> member = MemberId{1}) {
    return Actor{UserId{1}, member, {{role, org}}, true};
  }

  Date day{2020, 1, 1};
  OrgTree tree;
  OrgId r, a, a1, b;
};

TEST_F(AuthorizationTest, DisabledAccountIsDeniedEvenItsOwnRecords) {
  Actor me = with(Role::kCommitteeAdmin, r);
  me.active = false;
  EXPECT_FALSE(authorize(me, Action::kRecordRead, record_target(tree, {MemberId{1}, a1, "declaration"})).allowed);
  EXPECT_FALSE(authorize(me, Action::kOrgRead, org_target(tree, a1)).allowed);
}

TEST_F(AuthorizationTest, UnresolvedTargetsAreDenied) {
  Actor admin = with(Role::kCommitteeAdmin, r);
  EXPECT_FALSE(authorize(admin, Action::kOrgRead, Target::organisation({})).allowed);
  EXPECT_FALSE(authorize(admin, Action::kOrgRead, org_target(tree, OrgId{999})).allowed);
  EXPECT_FALSE(authorize(admin, Action::kMemberRead, Target::member(MemberId{}, tree.ancestry(a1))).allowed);
  EXPECT_FALSE(authorize(with(Role::kSystemAdmin, r), Action::kUserRead, Target::account(UserId{})).allowed);
  EXPECT_FALSE(authorize(with(Role::kSystemAdmin, r), Action::kOrgRead, Target::organisation({})).allowed);
}

TEST_F(AuthorizationTest, ATargetOfTheWrongKindIsDenied) {
  Actor admin = with(Role::kCommitteeAdmin, r);
  EXPECT_FALSE(authorize(admin, Action::kRecordRead, member_target(tree, MemberId{2}, a1)).allowed);
  EXPECT_FALSE(authorize(admin, Action::kMemberRead, org_target(tree, a1)).allowed);
  EXPECT_FALSE(authorize(admin, Action::kRecordRead, Target::system()).allowed);
  // Even one's own record must be described as a record.
  EXPECT_FALSE(authorize(admin, Action::kRecordAppendStatement, member_target(tree, MemberId{1}, a1)).allowed);
}

TEST_F(AuthorizationTest, MovesNeedBothEndsInScope) {
  Actor admin = with(Role::kCommitteeAdmin, a);
  EXPECT_TRUE(authorize(admin, Action::kOrgMove, org_target(tree, a1).moving_to(tree.ancestry(a))).allowed);
  EXPECT_FALSE(authorize(admin, Action::kOrgMove, org_target(tree, a1).moving_to(tree.ancestry(b))).allowed);
  EXPECT_FALSE(authorize(admin, Action::kOrgMove, org_target(tree, b).moving_to(tree.ancestry(a))).allowed);
  EXPECT_FALSE(authorize(admin, Action::kOrgMove, org_target(tree, a1)).allowed) << "a move needs a destination";
  EXPECT_FALSE(authorize(admin, Action::kOrgMove, org_target(tree, a1).moving_to({})).allowed);
}

TEST_F(AuthorizationTest, ABranchSecretaryCannotTransferAMemberOutOfTheBranch) {
  Actor secretary = with(Role::kBranchSecretary, a1);
  Target stay = member_target(tree, MemberId{2}, a1);
  EXPECT_TRUE(authorize(secretary, Action::kMemberUpdate, stay).allowed);
  EXPECT_FALSE(authorize(secretary, Action::kMemberUpdate, stay.moving_to(tree.ancestry(b))).allowed);
  EXPECT_TRUE(
      authorize(with(Role::kCommitteeAdmin, r), Action::kMemberUpdate, stay.moving_to(tree.ancestry(b))).allowed);
}

TEST_F(AuthorizationTest, GrantsAddUpButEachKeepsItsOwnRights) {
  Actor actor{UserId{1}, MemberId{1}, {{Role::kBranchSecretary, a1}, {Role::kAuditor, b}}, true};
  RecordRef in_b{MemberId{3}, b, "contribution"};
  Decision read = authorize(actor, Action::kRecordRead, record_target(tree, in_b));
  EXPECT_TRUE(read.allowed);
  EXPECT_TRUE(read.audit_this_read);
  EXPECT_FALSE(authorize(actor, Action::kRecordUpdate, record_target(tree, in_b)).allowed);
  EXPECT_TRUE(authorize(actor, Action::kRecordUpdate, record_target(tree, {MemberId{3}, a1, "contribution"})).allowed);
}

TEST_F(AuthorizationTest, AStaffSystemAdministratorNeverReadsRecords) {
  Actor staff = with(Role::kSystemAdmin, r, std::nullopt);
  EXPECT_FALSE(authorize(staff, Action::kRecordRead, record_target(tree, {MemberId{1}, a1, "declaration"})).allowed);
  EXPECT_FALSE(authorize(staff, Action::kMemberList, org_target(tree, r)).allowed);
  EXPECT_FALSE(authorize(staff, Action::kAuditRead, Target::audit_log(tree.ancestry(r))).allowed);
  EXPECT_TRUE(authorize(staff, Action::kUserCreate, Target::system()).allowed);
  EXPECT_TRUE(authorize(staff, Action::kRoleGrant, Target::account(UserId{7})).allowed);
}

TEST_F(AuthorizationTest, ListingAnOrganisationsRecordsIsAnAuditedRead) {
  Decision d = authorize(with(Role::kBranchSecretary, a1), Action::kRecordList, org_target(tree, a1));
  EXPECT_TRUE(d.allowed);
  EXPECT_TRUE(d.audit_this_read);
  EXPECT_FALSE(authorize(with(Role::kMember, a1), Action::kRecordList, org_target(tree, a1)).allowed);
}

TEST_F(AuthorizationTest, AMemberReadsTheirOwnRecordsWhereverTheyAreKeptUnaudited) {
  Actor member = with(Role::kMember, a1);
  for (OrgId owner : {a1, b, r}) {
    for (const char* kind : {"declaration", "contribution", "guidance_talk", "review_form", "anything_new"}) {
      Decision d = authorize(member, Action::kRecordRead, record_target(tree, {MemberId{1}, owner, kind}));
      EXPECT_TRUE(d.allowed) << kind;
      EXPECT_FALSE(d.audit_this_read) << kind;
      EXPECT_FALSE(authorize(member, Action::kRecordRead, record_target(tree, {MemberId{2}, owner, kind})).allowed);
    }
  }
}

TEST_F(AuthorizationTest, AMemberOffTheRollKeepsTheirOwnRecordsButLosesTheirBranchRoles) {
  Actor secretary{UserId{1}, MemberId{1}, {{Role::kBranchSecretary, a1}, {Role::kAuditor, b}}, true};
  const Target own = record_target(tree, {MemberId{1}, a1, "declaration"});
  const Target other = member_target(tree, MemberId{2}, a1);
  ASSERT_TRUE(authorize(secretary, Action::kMemberRead, other).allowed);
  secretary.member_on_roll = false;  // transferred out
  EXPECT_FALSE(authorize(secretary, Action::kMemberRead, other).allowed);
  EXPECT_FALSE(authorize(secretary, Action::kOrgRead, org_target(tree, a1)).allowed);
  EXPECT_TRUE(authorize(secretary, Action::kRecordRead, own).allowed);
  EXPECT_TRUE(authorize(secretary, Action::kRecordAppendStatement, own).allowed);
  EXPECT_TRUE(authorize(secretary, Action::kOrgRead, org_target(tree, b)).allowed)
      << "a role that is no member's role (auditor) still counts";

  Roster roster;
  Member m;
  m.name = "张三";
  m.number = "N1";
  m.org = a1;
  MemberId id = *roster.add(m, day);
  User user{UserId{1}, "zhangsan", id, {{Role::kMember, a1}}, false};
  EXPECT_TRUE(actor_for(user, roster).member_on_roll);
  for (MemberStatus status : {MemberStatus::kTransferredOut, MemberStatus::kDeceased, MemberStatus::kLeft}) {
    m = *roster.find(id);
    m.status = status;
    ASSERT_TRUE(roster.update(m, day).ok());
    EXPECT_FALSE(actor_for(user, roster).member_on_roll);
    EXPECT_FALSE(authorize(actor_for(user, roster), Action::kOrgRead, org_target(tree, a1)).allowed);
  }
  m.status = MemberStatus::kLostContact;
  ASSERT_TRUE(roster.update(m, day).ok());
  EXPECT_TRUE(actor_for(user, roster).member_on_roll) << "失联 members stay on the roll";
}

TEST_F(AuthorizationTest, ActionIdsRoundTrip) {
  for (Action action : kAllActions) EXPECT_EQ(parse_action_id(action_id(action)), action);
  EXPECT_FALSE(parse_action_id("record.delete"));
}

TEST_F(AuthorizationTest, GrantChecksFollowWhatEachRoleIsFor) {
  Roster roster;
  Member m;
  m.name = "张三";
  m.number = "N1";
  m.org = a1;
  MemberId id = *roster.add(m, day);
  User linked{UserId{1}, "zhangsan", id, {}, false};
  User staff{UserId{2}, "admin", std::nullopt, {}, false};
  EXPECT_TRUE(check_grant(linked, {Role::kMember, a1}, tree, roster).ok());
  EXPECT_FALSE(check_grant(linked, {Role::kMember, b}, tree, roster).ok());
  EXPECT_TRUE(check_grant(linked, {Role::kBranchSecretary, a1}, tree, roster).ok());
  EXPECT_FALSE(check_grant(linked, {Role::kBranchSecretary, r}, tree, roster).ok()) << "a 党委 is no branch";
  EXPECT_FALSE(check_grant(staff, {Role::kBranchSecretary, a1}, tree, roster).ok());
  EXPECT_TRUE(check_grant(staff, {Role::kCommitteeAdmin, r}, tree, roster).ok());
  EXPECT_TRUE(check_grant(staff, {Role::kSystemAdmin, OrgId{}}, tree, roster).ok());
  EXPECT_FALSE(check_grant(staff, {Role::kAuditor, OrgId{42}}, tree, roster).ok());
}

}  // namespace
}  // namespace nc::domain
