// Chapter 4's kinds (issue 11; arts. 22, 23 and 25 of the seed text through
// the topics commendation, guidance and democratic_review): 网络工作表彰
// (nominations citing records), 网络行为指导规则 and 民主评议会议记录 (an
// organisation's), 谈心谈话 and 民主评议 (about a member) — who makes each
// step, inside and outside, in order, with the values a step carries; whom a
// guidance rule applies to; and that no kind proposes an outcome.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/record_kind.h"
#include "domain/records/kinds.h"
#include "domain/workflow.h"

namespace nc::domain::workflow {
namespace {

using O = TransitionDecision::Outcome;

class DutiesKindsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    top = *tree.create("T", "市委", OrgType::kCommittee, std::nullopt, day);
    r = *tree.create("R", "县委", OrgType::kCommittee, top, day);
    a = *tree.create("A", "第一党支部", OrgType::kBranch, r, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor with(Role role, OrgId org, MemberId member = MemberId{1}) {
    return Actor{UserId{member.value}, member, {{role, org}}, true};
  }
  Actor subject_member() { return Actor{UserId{9}, subject, {{Role::kMember, a}}, true}; }
  RecordFacts about(std::string_view state, OrgId org = OrgId{}) {
    const OrgId at = org.valid() ? org : a;
    return RecordFacts{subject, tree.ancestry(at), state, managing_committee(tree, at)};
  }
  RecordFacts kept_by(OrgId org, std::string_view state) {
    return RecordFacts{MemberId{}, tree.ancestry(org), state, managing_committee(tree, org)};
  }
  static std::string error_on(const Validation& v, const std::string& field) {
    for (const FieldError& e : v.errors) {
      if (e.field == field) return e.message;
    }
    return "";
  }

  Date day{2020, 1, 1};
  Date today{2026, 12, 7};
  OrgTree tree;
  OrgId top, r, a, b;
  const MemberId subject{9};
};

TEST_F(DutiesKindsTest, TheKindsAreRegisteredWhereTheirSubjectsSayAndCiteTheirTopics) {
  for (std::string_view id : {"commendation", "talk", "review"}) {
    const Kind* k = find_kind(id);
    ASSERT_NE(k, nullptr) << id;
    EXPECT_EQ(k->subject, Subject::kMember) << id;
    EXPECT_NE(find_record_kind(id), nullptr) << id << ": 我的记录 and statements";
  }
  for (std::string_view id : {"guidance_rule", "review_meeting"}) {
    const Kind* k = find_kind(id);
    ASSERT_NE(k, nullptr) << id;
    EXPECT_EQ(k->subject, Subject::kOrganisation) << id;
    EXPECT_EQ(find_record_kind(id), nullptr) << id;
  }
  EXPECT_EQ(commendation_kind().topics.front(), "commendation");
  EXPECT_EQ(talk_kind().topics.front(), "guidance");
  EXPECT_EQ(review_kind().topics.front(), "democratic_review");
  EXPECT_TRUE(created_by_role(commendation_kind()));
  EXPECT_TRUE(created_by_role(talk_kind()));
  EXPECT_FALSE(created_by_role(review_kind())) << "the self-review is the member's own";
}

TEST_F(DutiesKindsTest, ARecordsFieldTakesDistinctIdsUpToItsLimit) {
  const Kind& k = commendation_kind();
  auto with_ids = [&](std::optional<std::string> ids) {
    return validate(k, {{"honour", "网络宣传先进个人"}, {"date", "2026-12-01"}, {"deeds", "长期撰写理论文章"},
                        {"contributions", std::move(ids)}}, today);
  };
  EXPECT_TRUE(with_ids("12").errors.empty());
  EXPECT_TRUE(with_ids("12,40,7").errors.empty());
  EXPECT_EQ(record_ids("12,40,7"), (std::vector<std::uint64_t>{12, 40, 7}));
  for (const char* bad : {"12,", ",12", "12 ,40", "-1", "0", "012", "1.5", "a", "12;40", "99999999999"}) {
    EXPECT_NE(error_on(with_ids(bad), "contributions").find("「依据的贡献记录」应为记录编号"), std::string::npos)
        << bad;
  }
  EXPECT_NE(error_on(with_ids("12,40,12"), "contributions").find("12 列了两次"), std::string::npos);
  std::string many;
  for (int i = 1; i <= 21; ++i) many += (i > 1 ? "," : "") + std::to_string(i);
  EXPECT_NE(error_on(with_ids(many), "contributions").find("最多列 20 条"), std::string::npos);
  EXPECT_NE(error_on(with_ids(""), "contributions").find("不能为空"), std::string::npos)
      << "a nomination cites evidence";
  EXPECT_NE(error_on(with_ids(std::nullopt), "contributions").find("应为文字"), std::string::npos);
}

TEST_F(DutiesKindsTest, TheBranchOrACommitteeAboveNominatesTheManagingCommitteeAloneApproves) {
  const Kind& k = commendation_kind();
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kSubmit, about("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kCommitteeMember, a), k, Verb::kSubmit, about("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, top), k, Verb::kSubmit, about("")).outcome, O::kAllowed);
  // Outside: another branch's secretary; the member themself; the auditor.
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), k, Verb::kSubmit, about("")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(subject_member(), k, Verb::kSubmit, about("")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kAuditor, r), k, Verb::kSubmit, about("")).outcome, O::kForbidden);
  // Approval: the committee that manages the member (R), not the one above it, not the branch.
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), k, Verb::kApprove, about("nominated")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, top), k, Verb::kApprove, about("nominated")).outcome,
            O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kApprove, about("nominated")).outcome,
            O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), k, Verb::kApprove, about("commended")).outcome,
            O::kOutOfOrder);
  const TransitionDecision reject = authorize(with(Role::kCommitteeAdmin, r), k, Verb::kReject, about("nominated"));
  ASSERT_EQ(reject.outcome, O::kAllowed);
  EXPECT_TRUE(reject.transition->reason_required);
  EXPECT_EQ(reject.transition->to, "rejected");
  // A nominator may withdraw while it waits; the member may not.
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kWithdraw, about("nominated")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(subject_member(), k, Verb::kWithdraw, about("nominated")).outcome, O::kForbidden);
  // The member reads it; the committee's and the auditor's reads are audited.
  EXPECT_TRUE(authorize_read(subject_member(), k, about("commended")).allowed);
  EXPECT_TRUE(authorize_read(with(Role::kAuditor, r), k, about("commended")).audit_this_read);
  EXPECT_FALSE(authorize_read(with(Role::kMember, a, MemberId{10}), k, about("commended")).allowed);
  EXPECT_FALSE(authorize_read(with(Role::kBranchSecretary, b), k, about("commended")).allowed);
}

TEST_F(DutiesKindsTest, ATalkIsRecordedByTheBranchAndAnsweredByTheMemberOnly) {
  const Kind& k = talk_kind();
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kSubmit, about("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kCommitteeMember, a), k, Verb::kSubmit, about("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), k, Verb::kSubmit, about("")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), k, Verb::kSubmit, about("")).outcome, O::kForbidden);
  const TransitionDecision respond = authorize(subject_member(), k, Verb::kRespond, about("recorded"));
  ASSERT_EQ(respond.outcome, O::kAllowed);
  EXPECT_EQ(respond.as, Role::kMember);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kRespond, about("recorded")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(subject_member(), k, Verb::kRespond, about("answered")).outcome, O::kOutOfOrder);
  // The account is a step field kept with the step: required, bounded, multi-line.
  Validation v = validate_step(*respond.transition, {{"account", "同意谈话内容。\n今后转发前先核实来源。"}}, today);
  EXPECT_TRUE(v.errors.empty());
  v = validate_step(*respond.transition, {}, today);
  EXPECT_NE(error_on(v, "account").find("「本人意见/说明」不能为空"), std::string::npos);
  v = validate_step(*respond.transition, {{"account", std::string(2001, 'x')}}, today);
  EXPECT_NE(error_on(v, "account").find("不能超过 2000 个字"), std::string::npos);
  // Waits for the member: their 待办.
  EXPECT_EQ(k.state("recorded")->waiting_for.front(), Role::kMember);
  // The branch reads it (audited); committees and auditors above count it and read none.
  EXPECT_TRUE(authorize_read(with(Role::kCommitteeMember, a), k, about("recorded")).audit_this_read);
  EXPECT_FALSE(authorize_read(with(Role::kCommitteeAdmin, r), k, about("recorded")).allowed);
  EXPECT_FALSE(authorize_read(with(Role::kAuditor, r), k, about("recorded")).allowed);
  EXPECT_FALSE(count_reach(with(Role::kAuditor, r), k, tree, r).empty());
  EXPECT_TRUE(register_reach(with(Role::kAuditor, r), k, tree, r).empty());
}

TEST_F(DutiesKindsTest, TheSecretaryRecordsTheOutcomeTheMeetingDecidedAndNothingProposesOne) {
  const Kind& k = review_kind();
  EXPECT_EQ(authorize(subject_member(), k, Verb::kSubmit, about("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kSubmit, about("")).outcome, O::kForbidden);
  const TransitionDecision decide = authorize(with(Role::kBranchSecretary, a), k, Verb::kDecide, about("submitted"));
  ASSERT_EQ(decide.outcome, O::kAllowed);
  EXPECT_EQ(decide.as, Role::kBranchSecretary);
  EXPECT_EQ(authorize(with(Role::kCommitteeMember, a), k, Verb::kDecide, about("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(subject_member(), k, Verb::kDecide, about("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), k, Verb::kDecide, about("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kDecide, about("decided")).outcome, O::kOutOfOrder);
  // The outcome: one of the four, the meeting's date not in the future; nothing else, no default.
  Validation v = validate_step(*decide.transition, {{"outcome", "qualified"}, {"meeting_date", "2026-12-01"}}, today);
  EXPECT_TRUE(v.errors.empty());
  v = validate_step(*decide.transition, {{"outcome", "score_95"}, {"meeting_date", "2026-12-01"}}, today);
  EXPECT_NE(error_on(v, "outcome").find("优秀、合格、基本合格、不合格"), std::string::npos);
  v = validate_step(*decide.transition, {{"meeting_date", "2026-12-01"}}, today);
  EXPECT_NE(error_on(v, "outcome").find("不能为空"), std::string::npos) << "nothing is filled in for the secretary";
  v = validate_step(*decide.transition, {{"outcome", "excellent"}, {"meeting_date", "2026-12-08"}}, today);
  EXPECT_NE(error_on(v, "meeting_date").find("不能晚于今天"), std::string::npos);
  // Every review kind's and talk's field is entered by a person: none computed.
  for (const Kind* kind : {&review_kind(), &talk_kind(), &commendation_kind()}) {
    for (const Field& f : kind->fields) EXPECT_NE(f.id, "suggested_outcome") << kind->id;
  }
  // Completion is countable: submitted and decided are states; the committee counts, reads none.
  EXPECT_NE(k.state("decided"), nullptr);
  EXPECT_FALSE(authorize_read(with(Role::kCommitteeAdmin, r), k, about("decided")).allowed);
  EXPECT_FALSE(count_reach(with(Role::kCommitteeAdmin, r), k, tree, r).empty());
  // The self-review's chapter fields: chapter numbers 1.. in order.
  int chapter = 0;
  for (const Field& f : k.fields) {
    if (f.chapter > 0) {
      EXPECT_EQ(f.chapter, ++chapter) << f.id;
    }
  }
  EXPECT_GE(chapter, 5);
}

TEST_F(DutiesKindsTest, GuidanceRulesAreTheOrganisationsAndApplyByCategoryAndAccount) {
  const Kind& k = guidance_rule_kind();
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kSubmit, kept_by(a, "")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), k, Verb::kSubmit, kept_by(r, "")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kCommitteeMember, a), k, Verb::kSubmit, kept_by(a, "")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kMember, a), k, Verb::kSubmit, kept_by(a, "")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), k, Verb::kSubmit, kept_by(a, "")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kRevise, kept_by(a, "published")).outcome,
            O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kWithdraw, kept_by(a, "withdrawn")).outcome,
            O::kOutOfOrder);
  EXPECT_TRUE(authorize_read(with(Role::kMember, a), k, kept_by(a, "published")).allowed);
  EXPECT_FALSE(authorize_read(with(Role::kMember, b), k, kept_by(a, "published")).allowed);

  const GuidanceReader plain{false, false, false};
  const GuidanceReader cadre_with_account{true, true, false};
  const GuidanceReader runs_org_account{false, false, true};
  const Values all = {{"category", "all"}, {"account_type", "any"}};
  const Values cadres = {{"category", "cadre"}, {"account_type", "any"}};
  const Values others = {{"category", "non_cadre"}, {"account_type", "any"}};
  const Values cadre_accounts = {{"category", "cadre"}, {"account_type", "personal"}};
  const Values org_accounts = {{"category", "all"}, {"account_type", "organisation"}};
  EXPECT_TRUE(guidance_applies(all, plain));
  EXPECT_TRUE(guidance_applies(all, cadre_with_account));
  EXPECT_FALSE(guidance_applies(cadres, plain));
  EXPECT_TRUE(guidance_applies(cadres, cadre_with_account));
  EXPECT_TRUE(guidance_applies(others, plain));
  EXPECT_FALSE(guidance_applies(others, cadre_with_account));
  EXPECT_TRUE(guidance_applies(cadre_accounts, cadre_with_account));
  EXPECT_FALSE(guidance_applies(cadre_accounts, GuidanceReader{true, false, true}));
  EXPECT_TRUE(guidance_applies(org_accounts, runs_org_account));
  EXPECT_FALSE(guidance_applies(org_accounts, cadre_with_account));
  EXPECT_FALSE(guidance_applies({{"category", "everyone"}, {"account_type", "any"}}, plain)) << "unknown: applies to nobody";

  // Which rules reach a member of branch a: published, of a or above it
  // (the 县委 r, the 市委 top), and applying to them.
  const OrgPath in_a = tree.ancestry(a);
  EXPECT_TRUE(guidance_reaches(kept_by(a, "published"), all, in_a, plain));
  EXPECT_TRUE(guidance_reaches(kept_by(r, "published"), all, in_a, plain)) << "a committee above";
  EXPECT_TRUE(guidance_reaches(kept_by(top, "published"), cadres, in_a, cadre_with_account));
  EXPECT_FALSE(guidance_reaches(kept_by(top, "published"), cadres, in_a, plain)) << "not for them";
  EXPECT_FALSE(guidance_reaches(kept_by(b, "published"), all, in_a, plain)) << "a sibling branch";
  EXPECT_FALSE(guidance_reaches(kept_by(r, "withdrawn"), all, in_a, plain)) << "withdrawn";
  EXPECT_FALSE(guidance_reaches(kept_by(a, "published"), all, tree.ancestry(r), plain)) << "a branch below the reader";
  EXPECT_FALSE(guidance_reaches(kept_by(r, "published"), all, OrgPath{}, plain)) << "no place on the roster";
  // The record route's roles alone refuse the committee's rule to a member of the branch:
  // guidance_reaches is what lets them read it.
  EXPECT_FALSE(authorize_read(with(Role::kMember, a), k, kept_by(r, "published")).allowed);
}

TEST_F(DutiesKindsTest, MinutesAreKeptByTheBranchAndRevisedByItsRoles) {
  const Kind& k = review_meeting_kind();
  EXPECT_EQ(authorize(with(Role::kCommitteeMember, a), k, Verb::kSubmit, kept_by(a, "")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kMember, a), k, Verb::kSubmit, kept_by(a, "")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kRevise, kept_by(a, "recorded")).outcome,
            O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), k, Verb::kRevise, kept_by(a, "recorded")).outcome,
            O::kForbidden);
  Validation v = validate(k, {{"title", "2026 年度组织生活会"}, {"meeting_type", "life_meeting"},
                              {"date", "2026-12-01"}, {"minutes", std::string(10001, 'x')}}, today);
  EXPECT_NE(error_on(v, "minutes").find("不能超过 10000 个字"), std::string::npos);
}

}  // namespace
}  // namespace nc::domain::workflow
