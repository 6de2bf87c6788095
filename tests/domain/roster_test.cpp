#include "domain/roster.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

Member make(std::string name, std::string number, OrgId org) {
  Member m;
  m.name = std::move(name);
  m.number = std::move(number);
  m.org = org;
  return m;
}

TEST(RosterTest, AddsMembersAndFindsThemByNumber) {
  Roster roster;
  MemberId a = *roster.add(make("张三", "N1", OrgId{1}), Date{2020, 1, 1});
  MemberId b = *roster.add(make("李四", "N2", OrgId{1}), Date{2020, 1, 1});
  EXPECT_NE(a, b);
  EXPECT_EQ(roster.find_number("N2")->id, b);
  EXPECT_EQ(roster.find(a)->name, "张三");
  EXPECT_EQ(roster.find_number("N3"), nullptr);
  EXPECT_EQ(roster.add(make("王五", "N1", OrgId{1}), Date{2020, 1, 1}).status().code(), Code::kConflict);
  EXPECT_FALSE(roster.add(make("", "N9", OrgId{1}), Date{2020, 1, 1}).ok());
  EXPECT_FALSE(roster.add(make("赵六", "N9", OrgId{}), Date{2020, 1, 1}).ok());
  EXPECT_EQ(roster.size(), 2u);
}

TEST(RosterTest, UpdatesKeepOrganisationAndStatusHistory) {
  Roster roster;
  MemberId id = *roster.add(make("张三", "N1", OrgId{1}), Date{2020, 1, 1});
  Member m = *roster.find(id);
  m.org = OrgId{2};
  m.status = MemberStatus::kTransferredOut;
  m.status_since = Date{2022, 5, 1};
  ASSERT_TRUE(roster.update(m, Date{2022, 5, 2}).ok());
  const Member& now = *roster.find(id);
  ASSERT_EQ(now.org_history.size(), 2u);
  EXPECT_EQ(now.org_history[0].org, OrgId{1});
  EXPECT_EQ(now.org_history[0].to, (Date{2022, 5, 2}));
  EXPECT_EQ(now.org_history[1].org, OrgId{2});
  ASSERT_EQ(now.status_history.size(), 2u);
  EXPECT_EQ(now.status_history[1].status, MemberStatus::kTransferredOut);
  EXPECT_EQ(now.status_history[1].from, (Date{2022, 5, 1}));
}

TEST(RosterTest, RenumberingChecksUniqueness) {
  Roster roster;
  MemberId a = *roster.add(make("张三", "N1", OrgId{1}), Date{2020, 1, 1});
  *roster.add(make("李四", "N2", OrgId{1}), Date{2020, 1, 1});
  Member m = *roster.find(a);
  m.number = "N2";
  EXPECT_FALSE(roster.update(m, Date{2021, 1, 1}).ok());
  m.number = "N7";
  ASSERT_TRUE(roster.update(m, Date{2021, 1, 1}).ok());
  EXPECT_EQ(roster.find_number("N7")->id, a);
  EXPECT_EQ(roster.find_number("N1"), nullptr);
}

TEST(RosterTest, ReassignMovesEveryMemberOfAMergedOrganisation) {
  Roster roster;
  *roster.add(make("张三", "N1", OrgId{1}), Date{2020, 1, 1});
  *roster.add(make("李四", "N2", OrgId{2}), Date{2020, 1, 1});
  roster.reassign(OrgId{1}, OrgId{3}, Date{2023, 1, 1});
  EXPECT_EQ(roster.find_number("N1")->org, OrgId{3});
  EXPECT_EQ(roster.find_number("N1")->org_history.size(), 2u);
  EXPECT_EQ(roster.find_number("N2")->org, OrgId{2});
}

}  // namespace
}  // namespace nc::domain
