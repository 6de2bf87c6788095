// 学习教育 (records/education.cpp, issue 11): the article-numbers field type,
// the plan's and session's fields, and who makes, reads and makes up an
// attendance record — the member themself only, read by the branch's roles,
// never by the committee above (it counts), nobody through a role on their own.
#include <gtest/gtest.h>

#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

using O = TransitionDecision::Outcome;

TEST(ArticlesField, ParsesNumbersSeparatedByCommasOrEnumerationCommas) {
  EXPECT_EQ(parse_articles("3"), std::vector<int>({3}));
  EXPECT_EQ(parse_articles("3、5、21"), std::vector<int>({3, 5, 21}));
  EXPECT_EQ(parse_articles("3, 5，21"), std::vector<int>({3, 5, 21}));
  for (const char* bad : {"", " ", "0", "03", "3、", "、3", "3、3", "第三条", "3-5", "12345", "3;5", "-3", "3 5"}) {
    EXPECT_FALSE(parse_articles(bad)) << bad;
  }
  std::string twenty, twenty_one;
  for (int i = 1; i <= 21; ++i) (i <= 20 ? twenty : twenty_one) += (i > 1 ? "、" : "") + std::to_string(i);
  EXPECT_TRUE(parse_articles(twenty));
  EXPECT_FALSE(parse_articles(twenty + "、" + twenty_one));
}

TEST(ArticlesField, ValidateNamesTheField) {
  const Kind& plan = education_plan_kind();
  const Date today{2027, 3, 1};
  auto v = validate(plan, {{"year_start", "2027-01-01"}, {"month", "3"}, {"topic", "学习"}, {"articles", "三"}}, today);
  ASSERT_EQ(v.errors.size(), 1u);
  EXPECT_EQ(v.errors[0].field, "articles");
  EXPECT_NE(v.errors[0].message.find("涉及条文"), std::string::npos);
  v = validate(plan, {{"year_start", "2027-01-01"}, {"month", "13"}, {"topic", "学习"}}, today);
  ASSERT_EQ(v.errors.size(), 1u);
  EXPECT_EQ(v.errors[0].field, "month");
  v = validate(plan, {{"year_start", "2027-02-01"}, {"month", "3"}, {"topic", "学习"}}, today);
  ASSERT_EQ(v.errors.size(), 1u);
  EXPECT_EQ(v.errors[0].field, "year_start");
  EXPECT_TRUE(validate(plan, {{"year_start", "2027-01-01"}, {"month", "3"}, {"topic", "学习"}, {"articles", "21"}}, today)
                  .errors.empty());
}

TEST(EducationKinds, SessionFormsAndAttendanceReasons) {
  const Date today{2027, 3, 1};
  const Kind& session = education_session_kind();
  EXPECT_EQ(session.subject, Subject::kOrganisation);
  for (const char* form : {"collective", "lecture", "online", "discussion"}) {
    EXPECT_TRUE(validate(session, {{"date", "2027-02-01"}, {"form", form}, {"topic", "学习"}}, today).errors.empty()) << form;
  }
  EXPECT_EQ(validate(session, {{"date", "2027-03-02"}, {"form", "online"}, {"topic", "学习"}}, today).errors[0].field,
            "date");  // a session held, not planned
  const Kind& a = attendance_kind();
  EXPECT_FALSE(a.made_by_route.empty());
  const std::vector<Input> base = {{"session", "12"}, {"date", "2027-02-01"}, {"topic", "学习"}};
  auto with = [&](std::vector<Input> more) {
    std::vector<Input> all = base;
    all.insert(all.end(), more.begin(), more.end());
    return validate(a, all, today);
  };
  EXPECT_TRUE(with({{"status", "present"}}).errors.empty());
  EXPECT_EQ(with({{"status", "excused"}}).errors[0].field, "reason");
  EXPECT_TRUE(with({{"status", "excused"}, {"reason", "出差"}}).errors.empty());
  EXPECT_EQ(with({{"status", "present"}, {"reason", "出差"}}).errors[0].field, "reason");
  EXPECT_EQ(with({{"status", "late"}}).errors[0].field, "status");
  EXPECT_EQ(with({{"status", "excused"}, {"reason", std::string(101, 'x')}}).errors[0].field, "reason");
  EXPECT_EQ(attendance_state("absent"), "absent");
  EXPECT_EQ(attendance_state("excused"), "excused");
  EXPECT_FALSE(attendance_state("made_up"));
  EXPECT_FALSE(attendance_state("late"));
  EXPECT_EQ(find_kind("attendance"), &a);
  EXPECT_EQ(step_name(kAttendanceStep), "登记出勤");
  EXPECT_EQ(verb_name(Verb::kMakeUp), "登记补学");
}

class AttendanceRoles : public ::testing::Test {
 protected:
  void SetUp() override {
    r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, day);
    a = *tree.create("A", "第一党支部", OrgType::kBranch, r, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor holder(Role role, OrgId org, MemberId member) { return Actor{UserId{member.value}, member, {{role, org}}, true}; }
  RecordFacts rec(std::string_view state) { return RecordFacts{subject, tree.ancestry(a), state}; }

  Date day{2020, 1, 1};
  OrgTree tree;
  OrgId r, a, b;
  const MemberId subject{9};
};

TEST_F(AttendanceRoles, TheMemberMakesUpTheBranchReadsTheCommitteeCounts) {
  const Kind& k = attendance_kind();
  const Actor member = holder(Role::kMember, a, subject);
  const Actor secretary = holder(Role::kBranchSecretary, a, MemberId{1});
  const Actor committee_member = holder(Role::kCommitteeMember, a, MemberId{2});
  const Actor other_secretary = holder(Role::kBranchSecretary, b, MemberId{3});
  const Actor admin = holder(Role::kCommitteeAdmin, r, MemberId{4});
  const Actor auditor = holder(Role::kAuditor, r, MemberId{5});
  // Made by the branch's roles about a member of it.
  EXPECT_EQ(authorize(secretary, k, Verb::kSubmit, rec("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(committee_member, k, Verb::kSubmit, rec("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(other_secretary, k, Verb::kSubmit, rec("")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(member, k, Verb::kSubmit, rec("")).outcome, O::kForbidden);
  // Make-up: the member, from absent or excused only.
  EXPECT_EQ(authorize(member, k, Verb::kMakeUp, rec("absent")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(member, k, Verb::kMakeUp, rec("excused")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(member, k, Verb::kMakeUp, rec("present")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(member, k, Verb::kMakeUp, rec("made_up")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(secretary, k, Verb::kMakeUp, rec("absent")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(admin, k, Verb::kMakeUp, rec("absent")).outcome, O::kForbidden);
  // Reads: the member (not audited), the branch's roles (audited); not the committee above nor the auditor.
  EXPECT_TRUE(authorize_read(member, k, rec("absent")).allowed);
  EXPECT_FALSE(authorize_read(member, k, rec("absent")).audit_this_read);
  EXPECT_TRUE(authorize_read(secretary, k, rec("absent")).audit_this_read);
  EXPECT_FALSE(authorize_read(other_secretary, k, rec("absent")).allowed);
  EXPECT_FALSE(authorize_read(admin, k, rec("absent")).allowed);
  EXPECT_FALSE(authorize_read(auditor, k, rec("absent")).allowed);
  // The committee and the auditor count it (coverage), nobody named.
  EXPECT_FALSE(count_reach(admin, k, tree, r).empty());
  EXPECT_FALSE(count_reach(auditor, k, tree, r).empty());
  EXPECT_TRUE(register_reach(admin, k, tree, r).empty());
  // It waits in the member's 待办 while absent or excused.
  ASSERT_NE(k.state("absent"), nullptr);
  ASSERT_EQ(k.state("absent")->waiting_for.size(), 1u);
  EXPECT_EQ(k.state("absent")->waiting_for[0], Role::kMember);
  EXPECT_TRUE(k.state("made_up")->waiting_for.empty());
}

}  // namespace
}  // namespace nc::domain::workflow
