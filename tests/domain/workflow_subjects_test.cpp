// What a record is about (workflow.h, Subject): a member's record made by a
// role (a talk the branch secretary records about a member of the branch),
// and an organisation's record (a session the branch keeps). Kinds declared
// here, so that the core is tested apart from the kinds built on it.
#include <gtest/gtest.h>

#include "domain/workflow.h"

namespace nc::domain::workflow {
namespace {

constexpr Field kFields[] = {
    {"date", "日期", FieldType::kDate, true, 0, {}, true},
    {"topic", "主题", FieldType::kLine, true, 50},
};
constexpr Role kMember[] = {Role::kMember};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kBranchAndAbove[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin,
                                    Role::kAuditor};
constexpr Role kMembersAndBranch[] = {Role::kMember, Role::kBranchSecretary, Role::kCommitteeMember};
constexpr State kStates[] = {
    {"recorded", "已记录", {}, 0},
    {"acknowledged", "本人已阅", {}, 0},
};
// A talk: recorded by the branch about a member; the member acknowledges it.
constexpr Transition kTalkSteps[] = {
    {.verb = Verb::kSubmit, .from = "", .to = "recorded", .by = kBranch, .carries_fields = true},
    {.verb = Verb::kConfirm, .from = "recorded", .to = "acknowledged", .by = kMember},
};
constexpr std::string_view kTopics[] = {"guidance"};
constexpr Kind kTalk{.id = "test_talk",
                     .title = "谈话",
                     .topics = kTopics,
                     .fields = kFields,
                     .states = kStates,
                     .transitions = kTalkSteps,
                     .readers = kBranchAndAbove,
                     .date_field = "date"};
// A session: kept by an organisation, recorded by its branch roles, read by its members.
constexpr Transition kSessionSteps[] = {
    {.verb = Verb::kSubmit, .from = "", .to = "recorded", .by = kBranch, .carries_fields = true},
    {.verb = Verb::kClose, .from = "recorded", .to = "acknowledged", .by = kBranch},
};
constexpr Kind kSession{.id = "test_session",
                        .title = "学习",
                        .topics = kTopics,
                        .fields = kFields,
                        .states = kStates,
                        .transitions = kSessionSteps,
                        .readers = kMembersAndBranch,
                        .date_field = "date",
                        .subject = Subject::kOrganisation};

class WorkflowSubjectsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, day);
    a = *tree.create("A", "第一党支部", OrgType::kBranch, r, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor holder(Role role, OrgId org, MemberId member) { return Actor{UserId{member.value}, member, {{role, org}}, true}; }
  Actor member_of(OrgId org, MemberId member) { return holder(Role::kMember, org, member); }
  RecordFacts talk(std::string_view state) { return RecordFacts{subject, tree.ancestry(a), state}; }
  RecordFacts session(OrgId org, std::string_view state) { return RecordFacts{MemberId{}, tree.ancestry(org), state}; }

  Date day{2020, 1, 1};
  OrgTree tree;
  OrgId r, a, b;
  const MemberId subject{9};
};

TEST_F(WorkflowSubjectsTest, WhoCreatesIsTheCreationsRoles) {
  EXPECT_TRUE(created_by_role(kTalk));
  EXPECT_TRUE(created_by_role(kSession));
  EXPECT_FALSE(created_by_role(*find_kind("contribution")));
  ASSERT_NE(creation(kTalk), nullptr);
  EXPECT_EQ(creation(kTalk)->to, "recorded");
}

TEST_F(WorkflowSubjectsTest, TheBranchRecordsATalkAboutAMemberOfItsOwnBranchOnly) {
  const Actor secretary = holder(Role::kBranchSecretary, a, MemberId{1});
  const Actor other_secretary = holder(Role::kBranchSecretary, b, MemberId{2});
  EXPECT_EQ(authorize(secretary, kTalk, Verb::kSubmit, talk("")).outcome, TransitionDecision::Outcome::kAllowed);
  EXPECT_EQ(authorize(secretary, kTalk, Verb::kSubmit, talk("")).as, Role::kBranchSecretary);
  EXPECT_EQ(authorize(other_secretary, kTalk, Verb::kSubmit, talk("")).outcome,
            TransitionDecision::Outcome::kForbidden);
  // The member does not record a talk about themself, and a secretary none about themself.
  EXPECT_EQ(authorize(member_of(a, subject), kTalk, Verb::kSubmit, talk("")).outcome,
            TransitionDecision::Outcome::kForbidden);
  const Actor secretary_self{UserId{9}, subject, {{Role::kBranchSecretary, a}, {Role::kMember, a}}, true};
  EXPECT_EQ(authorize(secretary_self, kTalk, Verb::kSubmit, talk("")).outcome,
            TransitionDecision::Outcome::kForbidden);
}

TEST_F(WorkflowSubjectsTest, TheMemberReadsAndActsOnATalkAboutThemOthersReadsAreAudited) {
  const Decision own = authorize_read(member_of(a, subject), kTalk, talk("recorded"));
  EXPECT_TRUE(own.allowed);
  EXPECT_FALSE(own.audit_this_read);
  EXPECT_EQ(authorize(member_of(a, subject), kTalk, Verb::kConfirm, talk("recorded")).outcome,
            TransitionDecision::Outcome::kAllowed);
  // Another member of the branch neither reads nor acknowledges it.
  EXPECT_FALSE(authorize_read(member_of(a, MemberId{10}), kTalk, talk("recorded")).allowed);
  EXPECT_EQ(authorize(member_of(a, MemberId{10}), kTalk, Verb::kConfirm, talk("recorded")).outcome,
            TransitionDecision::Outcome::kForbidden);
  const Decision committee = authorize_read(holder(Role::kCommitteeAdmin, r, MemberId{3}), kTalk, talk("recorded"));
  EXPECT_TRUE(committee.allowed);
  EXPECT_TRUE(committee.audit_this_read);
  EXPECT_TRUE(may_answer(holder(Role::kBranchSecretary, a, MemberId{1}), kTalk, talk("recorded")).allowed);
}

TEST_F(WorkflowSubjectsTest, AnOrganisationsRecordIsKeptByItsBranchAndReadByItsMembers) {
  const Actor secretary = holder(Role::kBranchSecretary, a, MemberId{1});
  EXPECT_EQ(authorize(secretary, kSession, Verb::kSubmit, session(a, "")).outcome,
            TransitionDecision::Outcome::kAllowed);
  EXPECT_EQ(authorize(secretary, kSession, Verb::kSubmit, session(b, "")).outcome,
            TransitionDecision::Outcome::kForbidden);
  // A member of A reads A's session (not audited: it is nobody's record) and makes none of its steps.
  const Decision member_read = authorize_read(member_of(a, MemberId{10}), kSession, session(a, "recorded"));
  EXPECT_TRUE(member_read.allowed);
  EXPECT_FALSE(member_read.audit_this_read);
  EXPECT_EQ(authorize(member_of(a, MemberId{10}), kSession, Verb::kClose, session(a, "recorded")).outcome,
            TransitionDecision::Outcome::kForbidden);
  EXPECT_EQ(authorize(member_of(a, MemberId{10}), kSession, Verb::kSubmit, session(a, "")).outcome,
            TransitionDecision::Outcome::kForbidden);
  // A member of B reads nothing of A's; the committee above is not among its readers.
  EXPECT_FALSE(authorize_read(member_of(b, MemberId{11}), kSession, session(a, "recorded")).allowed);
  EXPECT_FALSE(authorize_read(holder(Role::kCommitteeAdmin, r, MemberId{3}), kSession, session(a, "recorded")).allowed);
  // Nobody answers for an organisation's record (statements are a person's).
  EXPECT_FALSE(may_answer(secretary, kSession, session(a, "recorded")).allowed);
  EXPECT_EQ(allowed_verbs(secretary, kSession, session(a, "recorded")), std::vector<Verb>{Verb::kClose});
}

TEST_F(WorkflowSubjectsTest, FactsThatDoNotMatchTheKindsSubjectAreUnknown) {
  const Actor secretary = holder(Role::kBranchSecretary, a, MemberId{1});
  // A member's kind with no member, and an organisation's kind with one: nothing allowed.
  EXPECT_FALSE(authorize_read(secretary, kTalk, session(a, "recorded")).allowed);
  EXPECT_EQ(authorize(secretary, kTalk, Verb::kSubmit, session(a, "")).outcome,
            TransitionDecision::Outcome::kForbidden);
  EXPECT_FALSE(authorize_read(secretary, kSession, talk("recorded")).allowed);
  EXPECT_EQ(authorize(secretary, kSession, Verb::kSubmit, talk("")).outcome, TransitionDecision::Outcome::kForbidden);
}

}  // namespace
}  // namespace nc::domain::workflow
