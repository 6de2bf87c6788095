// Merges take the members along; dissolving waits until nobody on the roll is left.
#include "domain/org_changes.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

const Date kDay{2020, 1, 1};

class OrgChangesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
    a = *tree.create("A", "第一支部", OrgType::kBranch, r, kDay);
    b = *tree.create("B", "第二支部", OrgType::kBranch, r, kDay);
  }
  MemberId add(const std::string& number, OrgId org, MemberStatus status = MemberStatus::kActive) {
    Member m;
    m.name = "党员" + number;
    m.number = number;
    m.org = org;
    m.status = status;
    return *roster.add(m, kDay);
  }

  OrgTree tree;
  Roster roster;
  OrgId r, a, b;
};

TEST_F(OrgChangesTest, AMergeMovesTheMembersAndKeepsWhereTheyWere) {
  MemberId x = add("N1", a), y = add("N2", a), z = add("N3", b);
  const Date on{2023, 6, 1};
  ASSERT_TRUE(merge_organisations(tree, roster, a, b, on).ok());
  EXPECT_EQ(roster.find(x)->org, b);
  EXPECT_EQ(roster.find(y)->org, b);
  EXPECT_EQ(roster.find(z)->org, b);
  ASSERT_EQ(roster.find(x)->org_history.size(), 2u);
  EXPECT_EQ(roster.find(x)->org_history[0].org, a);
  EXPECT_EQ(roster.find(x)->org_history[0].to, on);
  EXPECT_EQ(roster.find(z)->org_history.size(), 1u);
  EXPECT_FALSE(tree.find(a)->active);
}

TEST_F(OrgChangesTest, AFailedMergeMovesNobody) {
  MemberId x = add("N1", a);
  EXPECT_FALSE(merge_organisations(tree, roster, a, a, kDay).ok());
  EXPECT_FALSE(merge_organisations(tree, roster, a, OrgId{42}, kDay).ok());
  EXPECT_EQ(roster.find(x)->org, a);
  EXPECT_EQ(roster.find(x)->org_history.size(), 1u);
  EXPECT_TRUE(tree.find(a)->active);
}

TEST_F(OrgChangesTest, DissolvingWaitsForMembersOnTheRoll) {
  MemberId x = add("N1", a);
  add("N2", a, MemberStatus::kDeceased);
  Status s = deactivate_organisation(tree, roster, a, kDay);
  EXPECT_EQ(s.code(), Code::kConflict);
  EXPECT_NE(s.message().find("1 名在册党员"), std::string::npos) << s.message();
  EXPECT_TRUE(tree.find(a)->active);
  Member m = *roster.find(x);
  m.status = MemberStatus::kTransferredOut;
  ASSERT_TRUE(roster.update(m, kDay).ok());
  EXPECT_TRUE(deactivate_organisation(tree, roster, a, kDay).ok()) << "members off the roll stay as history";
  EXPECT_FALSE(tree.find(a)->active);
  add("N3", b, MemberStatus::kLostContact);
  EXPECT_EQ(deactivate_organisation(tree, roster, b, kDay).code(), Code::kConflict) << "失联 is still on the roll";
}

}  // namespace
}  // namespace nc::domain
