// The committee overview's indicators (domain/overview.h): every indicator
// that names a kind counts states that kind declares; the hooks whose kinds
// have not arrived read as unavailable (no number), and become available by
// declaration alone once their kind is registered; who sees an organisation.
#include <gtest/gtest.h>

#include <set>

#include "domain/overview.h"

namespace nc::domain::overview {
namespace {

TEST(OverviewIndicatorsTest, IdsAreUniqueAndEveryNamedKindAndStateExists) {
  std::set<std::string_view> ids;
  for (const Indicator& i : indicators()) {
    EXPECT_TRUE(ids.insert(i.id).second) << i.id;
    EXPECT_FALSE(i.label.empty()) << i.id;
    EXPECT_FALSE(i.topic.empty()) << i.id << ": cited through a rulebook topic";
    EXPECT_EQ(find_indicator(i.id), &i);
    if (i.source == Source::kQuizzes) {
      EXPECT_TRUE(available(i)) << i.id << ": the quizzes' counts, no kind of record";
      EXPECT_TRUE(i.kind.empty() && i.states.empty()) << i.id;
      continue;
    }
    if (i.kind.empty()) {
      EXPECT_FALSE(available(i)) << i.id;
      EXPECT_FALSE(i.pending.empty()) << i.id << ": a hook says what brings its numbers";
      continue;
    }
    // A typo in a kind or a state would silently read "no data": every one must exist today.
    EXPECT_TRUE(available(i)) << i.id;
    const workflow::Kind* kind = workflow::find_kind(i.kind);
    ASSERT_NE(kind, nullptr) << i.id;
    for (std::string_view s : i.states) EXPECT_NE(kind->state(s), nullptr) << i.id << " " << s;
  }
  EXPECT_EQ(find_indicator("no_such"), nullptr);
}

TEST(OverviewIndicatorsTest, TheFiguresOfChaptersTwoThreeAndFour) {
  for (const char* id : {"contributions_confirmed", "relays_open", "reports_logged", "gifts_due", "accounts_reconfirm",
                         "sessions_held", "attendance_coverage", "talks_held", "review_completed"}) {
    const Indicator* i = find_indicator(id);
    ASSERT_NE(i, nullptr) << id;
    EXPECT_TRUE(available(*i)) << id;
  }
  // The quizzes are not records of the workflow core: their figures come from the quizzes' own counts.
  const Indicator* quizzes = find_indicator("quizzes_completed");
  ASSERT_NE(quizzes, nullptr);
  EXPECT_EQ(quizzes->source, Source::kQuizzes);
  EXPECT_TRUE(available(*quizzes));
  EXPECT_EQ(quizzes->measure, Measure::kByMonth);
  EXPECT_FALSE(counts_state(*quizzes, "")) << "no record state counts for it";
  const Indicator open_quizzes{.id = "q", .label = "q", .topic = "education", .measure = Measure::kOpenNow,
                               .kind = {}, .states = {}, .source = Source::kQuizzes};
  EXPECT_FALSE(available(open_quizzes)) << "the quizzes give figures by month only";
  EXPECT_TRUE(counts_state(*find_indicator("attendance_coverage"), "made_up"));
  EXPECT_FALSE(counts_state(*find_indicator("attendance_coverage"), "absent"));
  const Indicator* confirmed = find_indicator("contributions_confirmed");
  EXPECT_TRUE(counts_state(*confirmed, "confirmed"));
  EXPECT_FALSE(counts_state(*confirmed, "submitted"));
  EXPECT_EQ(find_indicator("relays_open")->measure, Measure::kOpenNow);
}

TEST(OverviewIndicatorsTest, AnIndicatorNamingAStateItsKindLacksIsUnavailable) {
  constexpr std::string_view kWrong[] = {"confirmed", "no_such_state"};
  const Indicator wrong{.id = "x", .label = "x", .topic = "contributions", .kind = "contribution", .states = kWrong};
  EXPECT_FALSE(available(wrong));
  const Indicator unknown{.id = "y", .label = "y", .topic = "education", .kind = "no_such_kind", .states = kWrong};
  EXPECT_FALSE(available(unknown));
}

TEST(OverviewIndicatorsTest, MonthsOfAYear) {
  const auto m = months_of(2026);
  EXPECT_EQ(m.front(), "2026-01");
  EXPECT_EQ(m[8], "2026-09");
  EXPECT_EQ(m.back(), "2026-12");
}

TEST(OverviewMayViewTest, BranchRolesOnTheirOrganisationCommitteeRolesOnTheirSubtree) {
  OrgTree tree;
  const Date day{2024, 1, 1};
  const OrgId r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, day);
  const OrgId a = *tree.create("A", "第一党支部", OrgType::kBranch, r, day);
  const OrgId b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  auto holder = [](Role role, OrgId org) { return Actor{UserId{5}, MemberId{5}, {{role, org}}, true}; };
  EXPECT_TRUE(may_view(holder(Role::kBranchSecretary, a), tree.ancestry(a)).allowed);
  EXPECT_TRUE(may_view(holder(Role::kCommitteeMember, a), tree.ancestry(a)).allowed);
  EXPECT_FALSE(may_view(holder(Role::kBranchSecretary, a), tree.ancestry(b)).allowed);
  EXPECT_FALSE(may_view(holder(Role::kBranchSecretary, a), tree.ancestry(r)).allowed) << "not the committee above";
  EXPECT_FALSE(may_view(holder(Role::kMember, a), tree.ancestry(a)).allowed);
  EXPECT_FALSE(may_view(holder(Role::kSystemAdmin, r), tree.ancestry(a)).allowed);
  EXPECT_FALSE(may_view(holder(Role::kApprover, r), tree.ancestry(a)).allowed);
  for (Role role : {Role::kCommitteeAdmin, Role::kAuditor}) {
    EXPECT_TRUE(may_view(holder(role, r), tree.ancestry(r)).allowed);
    EXPECT_TRUE(may_view(holder(role, r), tree.ancestry(b)).allowed);
    EXPECT_FALSE(may_view(holder(role, a), tree.ancestry(r)).allowed) << "not above the grant";
  }
  EXPECT_FALSE(may_view(holder(Role::kCommitteeAdmin, r), {}).allowed);
}

}  // namespace
}  // namespace nc::domain::overview
