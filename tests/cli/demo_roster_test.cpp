#include "cli/demo_roster.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace nc::cli {
namespace {

using domain::CadreLevel;
using domain::Category;
using domain::Date;
using domain::MemberStatus;

// Whole years from `from` to `to` (an age on `to` for someone born on `from`).
int years_between(Date from, Date to) {
  int years = to.year - from.year;
  if (std::pair(to.month, to.day) < std::pair(from.month, from.day)) --years;
  return years;
}

const Date kSetUp{2024, 1, 1};

// Days the demo could be loaded on: ordinary, leap day, year ends, far ahead.
const Date kTodays[] = {{2025, 1, 1}, {2026, 12, 7}, {2028, 2, 29}, {2028, 3, 31}, {2030, 12, 31}, {2045, 6, 15}};

TEST(DemoRoster, EveryPersonsDatesArePlausibleOnAnyDay) {
  for (const Date today : kTodays) {
    SCOPED_TRACE(today.iso());
    const auto people = demo_people(today, kSetUp);
    ASSERT_EQ(people.size(), 20u);
    for (const DemoPerson& p : people) {
      const domain::Member& m = p.member;
      SCOPED_TRACE(m.name);
      ASSERT_TRUE(p.born.valid());
      ASSERT_TRUE(m.joined.has_value());
      ASSERT_TRUE(m.joined->valid());
      const int age = years_between(p.born, today);
      EXPECT_GE(age, 18);
      EXPECT_LE(age, 80);
      EXPECT_GE(years_between(p.born, *m.joined), 18) << "joined " << m.joined->iso() << ", born " << p.born.iso();
      EXPECT_LE(*m.joined, today);
      if (m.category == Category::kProbationary) {
        // Probation is one year: joined within the last year, not yet regularised.
        EXPECT_GT(*m.joined, add_months(today, -12)) << m.joined->iso();
        EXPECT_FALSE(m.regularised.has_value());
      } else {
        ASSERT_TRUE(m.regularised.has_value());
        EXPECT_EQ(*m.regularised, add_months(*m.joined, 12));
        EXPECT_LE(*m.regularised, today);
      }
      // Cadres are 正式党员 with a level; others have none.
      if (m.cadre) {
        EXPECT_EQ(m.category, Category::kFull);
        EXPECT_NE(m.cadre_level, CadreLevel::kNone);
        EXPECT_GE(age, 30);
      } else {
        EXPECT_EQ(m.cadre_level, CadreLevel::kNone);
      }
      // On the roll, and only from joining and the branches' creation.
      EXPECT_EQ(m.status, MemberStatus::kActive);
      EXPECT_FALSE(m.status_since.has_value());
      EXPECT_GE(p.since, *m.joined);
      EXPECT_GE(p.since, kSetUp);
      EXPECT_LE(p.since, std::max(today, kSetUp));
    }
  }
}

TEST(DemoRoster, ShowsBothCategoriesAndCadres) {
  const auto people = demo_people({2026, 12, 7}, kSetUp);
  int probationary = 0, cadres = 0;
  for (const DemoPerson& p : people) {
    probationary += p.member.category == Category::kProbationary;
    cadres += p.member.cadre;
  }
  EXPECT_GE(probationary, 1);
  EXPECT_GE(cadres, 1);
  EXPECT_LT(probationary, 20);
}

// The demo logins and the tests that use them name these members.
TEST(DemoRoster, KeepsTheNumbersNamesAndBranchesTheLoginsRelyOn) {
  const auto people = demo_people({2026, 12, 7}, kSetUp);
  std::set<std::string> names, numbers;
  for (size_t i = 0; i < people.size(); ++i) {
    const std::string digits = std::to_string(i + 1);
    EXPECT_EQ(people[i].member.number, "DY" + std::string(4 - digits.size(), '0') + digits);
    EXPECT_EQ(people[i].branch, static_cast<int>(i % 3));
    names.insert(people[i].member.name);
    numbers.insert(people[i].member.number);
  }
  EXPECT_EQ(names.size(), people.size());
  EXPECT_EQ(numbers.size(), people.size());
  EXPECT_EQ(people[0].member.name, "王建国");  // secretary
  EXPECT_EQ(people[3].member.name, "刘洋");    // committee
  EXPECT_EQ(people[6].member.name, "赵磊");    // member
}

TEST(DemoRoster, AddMonthsClampsToTheEndOfShorterMonths) {
  EXPECT_EQ(add_months({2026, 3, 31}, -1), (Date{2026, 2, 28}));
  EXPECT_EQ(add_months({2028, 3, 31}, -1), (Date{2028, 2, 29}));
  EXPECT_EQ(add_months({2028, 2, 29}, 12), (Date{2029, 2, 28}));
  EXPECT_EQ(add_months({2026, 1, 15}, -5), (Date{2025, 8, 15}));
  EXPECT_EQ(add_months({2026, 12, 7}, 1), (Date{2027, 1, 7}));
}

}  // namespace
}  // namespace nc::cli
