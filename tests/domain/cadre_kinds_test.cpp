// The cadres' kinds of the registers (issue 10; arts. 17–19 of the seed
// text through the topics virtual_property, official_capacity_activity and
// public_accounts): 网络虚拟财物登记, 以职务身份开展网络活动审批 and
// 网络公众账号备案 — their limits and checks across fields, money, a value
// the regulation forbids refused with its topic, transitions by the right
// role only and in order, the managing committee (the nearest 党委 above the
// branch) approving through its administrator or the approvers it named,
// steps that record values, and the yearly re-confirmation due in months.
#include <gtest/gtest.h>

#include "domain/record_kind.h"
#include "domain/records/kinds.h"
#include "domain/workflow.h"

namespace nc::domain::workflow {
namespace {

using O = TransitionDecision::Outcome;

class CadreKindsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    top = *tree.create("T", "市委", OrgType::kCommittee, std::nullopt, day);
    r = *tree.create("R", "县委", OrgType::kCommittee, top, day);
    g = *tree.create("G", "机关党总支", OrgType::kGeneralBranch, r, day);
    a = *tree.create("A", "第一党支部", OrgType::kBranch, g, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor with(Role role, OrgId org, MemberId member = MemberId{1}) { return Actor{UserId{1}, member, {{role, org}}, true}; }
  Actor cadre() { return Actor{UserId{2}, subject, {{Role::kMember, a}}, true}; }
  RecordFacts in(std::string_view state) {
    return RecordFacts{subject, tree.ancestry(a), state, managing_committee(tree, a)};
  }
  static std::vector<Input> set(std::vector<Input> in, const std::string& field, std::optional<std::string> value) {
    for (Input& i : in) {
      if (i.field == field) {
        i.text = std::move(value);
        return in;
      }
    }
    in.push_back({field, std::move(value)});
    return in;
  }
  static std::string error_on(const Validation& v, const std::string& field) {
    for (const FieldError& e : v.errors) {
      if (e.field == field) return e.message;
    }
    return "";
  }
  std::vector<Input> gift() {
    return {{"item_type", "game_item"}, {"item", "某游戏账号的装备一套"}, {"value", "0.5"},
            {"giver", "张某"},          {"giver_relation", "工作对象"},  {"offered_on", "2026-12-01"},
            {"handling", "declined"}};
  }
  std::vector<Input> activity() {
    return {{"activity_type", "farm_aid"}, {"purpose", "为本县滞销苹果开展公益助农直播"}, {"platform", "抖音"},
            {"starts_on", "2026-12-20"},   {"ends_on", "2026-12-20"},                     {"no_personal_gain", "yes"}};
  }
  std::vector<Input> account() {
    return {{"owner_kind", "member"}, {"platform", "微信公众号"}, {"account_name", "青山观察"},
            {"account_id", "qingshan_gc"}, {"purpose", "work"}, {"operator", "本人"}, {"opened_on", "2024-03-01"}};
  }

  Date day{2020, 1, 1};
  Date today{2026, 12, 7};
  OrgTree tree;
  OrgId top, r, g, a, b;
  const MemberId subject{9};
};

TEST_F(CadreKindsTest, TheThreeKindsAreCadresOnlyRegisteredAndCiteTheirTopics) {
  for (const char* id : {"gift", "activity", "account"}) {
    const Kind* k = find_kind(id);
    ASSERT_NE(k, nullptr) << id;
    EXPECT_TRUE(k->cadres_only) << id;
    EXPECT_NE(find_record_kind(id), nullptr) << id;
    EXPECT_TRUE(needs_cadre(*k, "member")) << id;
  }
  EXPECT_FALSE(needs_cadre(contribution_kind(), ""));
  EXPECT_EQ(gift_kind().topics[0], "virtual_property");
  EXPECT_EQ(activity_kind().topics[0], "official_capacity_activity");
  EXPECT_EQ(account_kind().topics[0], "public_accounts");
  // The organisation's own account: its responsible person records it, cadre or not.
  EXPECT_FALSE(needs_cadre(account_kind(), "organisation"));
  EXPECT_TRUE(needs_cadre(gift_kind(), "organisation"));
}

TEST_F(CadreKindsTest, MoneyIsYuanWithTwoDecimalsAnyValueUpToTheLimit) {
  for (const char* good : {"0", "0.5", "12.50", "99999999", "100000000", "100000000.00"}) {
    Validation v = validate(gift_kind(), set(gift(), "value", good), today);
    EXPECT_TRUE(v.errors.empty()) << good << ": " << (v.errors.empty() ? "" : v.errors[0].message);
  }
  for (const char* bad : {"-1", "1.234", "1e5", "１２", " 12", "12 ", "0x10", ".5", "5.", "012", "1,000", "十元"}) {
    Validation v = validate(gift_kind(), set(gift(), "value", bad), today);
    EXPECT_NE(error_on(v, "value").find("「估算价值（元）」应为以元计的金额"), std::string::npos) << bad;
  }
  for (const char* over : {"100000000.01", "100000001", "999999999999999999999999"}) {
    Validation v = validate(gift_kind(), set(gift(), "value", over), today);
    EXPECT_EQ(error_on(v, "value"), "「估算价值（元）」不能超过 100000000 元") << over;
  }
  Validation wrong_type = validate(gift_kind(), set(gift(), "value", std::nullopt), today);
  EXPECT_EQ(error_on(wrong_type, "value"), "「估算价值（元）」应为文字");
}

TEST_F(CadreKindsTest, AGiftHandedInSaysToWhomAndWhenAndADeclinedOneDoesNot) {
  EXPECT_TRUE(validate(gift_kind(), gift(), today).errors.empty());
  auto handed = set(gift(), "handling", "handed_in");
  Validation v = validate(gift_kind(), handed, today);
  EXPECT_EQ(error_on(v, "handed_to"), "已上交的，请填写「上交给（部门）」");
  EXPECT_EQ(error_on(v, "handed_on"), "已上交的，请填写「上交日期」");
  handed = set(set(handed, "handed_to", "本单位纪检监察室"), "handed_on", "2026-11-30");
  EXPECT_EQ(error_on(validate(gift_kind(), handed, today), "handed_on"), "「上交日期」不能早于「收到或被提出赠送的日期」");
  handed = set(handed, "handed_on", "2026-12-02");
  EXPECT_TRUE(validate(gift_kind(), handed, today).errors.empty());
  EXPECT_NE(error_on(validate(gift_kind(), set(handed, "handed_on", "2026-12-08"), today), "handed_on")
                .find("不能晚于今天"),
            std::string::npos);
  // Declined with a department named: contradictory.
  EXPECT_FALSE(error_on(validate(gift_kind(), set(gift(), "handed_to", "纪检"), today), "handed_to").empty());
  EXPECT_NE(error_on(validate(gift_kind(), set(gift(), "item", std::string(101, 'x')), today), "item")
                .find("「具体财物」不能超过 100 个字"),
            std::string::npos);
  EXPECT_NE(error_on(validate(gift_kind(), set(gift(), "item_type", "cash"), today), "item_type").find("应为以下之一"),
            std::string::npos);
}

TEST_F(CadreKindsTest, LendingIsRefusedByTheFormWithTheTopicThatForbidsIt) {
  Validation v = validate(activity_kind(), set(activity(), "activity_type", "lending"), today);
  ASSERT_EQ(v.errors.size(), 1u);
  EXPECT_EQ(v.errors[0].field, "activity_type");
  EXPECT_EQ(v.errors[0].topic, "official_capacity_activity");
  EXPECT_NE(v.errors[0].message.find("「活动类型」不能是“网络借贷”"), std::string::npos) << v.errors[0].message;
  // An unknown value is no refusal: no topic.
  Validation unknown = validate(activity_kind(), set(activity(), "activity_type", "casino"), today);
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_TRUE(unknown.errors[0].topic.empty());
  // Lending is not among the choices a form offers.
  for (const Choice& c : activity_kind().field("activity_type")->choices) EXPECT_NE(c.id, "lending");
}

TEST_F(CadreKindsTest, AnActivityNeedsTheNoGainPromiseAndDatesInOrder) {
  EXPECT_TRUE(validate(activity_kind(), activity(), today).errors.empty());
  EXPECT_EQ(error_on(validate(activity_kind(), set(activity(), "no_personal_gain", ""), today), "no_personal_gain"),
            "「不谋取个人利益的承诺」不能为空");
  EXPECT_FALSE(
      error_on(validate(activity_kind(), set(activity(), "no_personal_gain", "no"), today), "no_personal_gain").empty());
  EXPECT_EQ(error_on(validate(activity_kind(), set(activity(), "ends_on", "2026-12-19"), today), "ends_on"),
            "「结束日期」不能早于「开始日期」");
}

TEST_F(CadreKindsTest, TheManagingCommitteeIsTheNearestCommitteeAboveTheBranch) {
  EXPECT_EQ(managing_committee(tree, a), r);  // above the 党总支 G
  EXPECT_EQ(managing_committee(tree, b), r);
  EXPECT_EQ(managing_committee(tree, r), top);  // strictly above
  EXPECT_EQ(managing_committee(tree, top), std::nullopt);
}

TEST_F(CadreKindsTest, TheCommitteeApprovesAloneOrAfterItsApprover) {
  const Kind& k = activity_kind();
  const Actor admin = with(Role::kCommitteeAdmin, r);
  const Actor approver = with(Role::kApprover, r);
  // One approver: the administrator.
  auto d = authorize(admin, k, Verb::kApprove, in("submitted"));
  ASSERT_EQ(d.outcome, O::kAllowed);
  EXPECT_EQ(d.transition->to, "approved");
  // Two: the approver first, then the administrator.
  d = authorize(approver, k, Verb::kApprove, in("submitted"));
  ASSERT_EQ(d.outcome, O::kAllowed);
  EXPECT_EQ(d.transition->to, "first_approved");
  EXPECT_EQ(authorize(approver, k, Verb::kApprove, in("first_approved")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(admin, k, Verb::kApprove, in("first_approved")).transition->to, "approved");
  // Rejections and returns say why.
  EXPECT_TRUE(authorize(approver, k, Verb::kReject, in("submitted")).transition->reason_required);
  EXPECT_TRUE(authorize(admin, k, Verb::kReturn, in("first_approved")).transition->reason_required);
  // Not the committee above the managing one, nor the branch, nor the auditor.
  for (const Actor& other : {with(Role::kCommitteeAdmin, top), with(Role::kApprover, top), with(Role::kBranchSecretary, a),
                             with(Role::kCommitteeMember, a), with(Role::kAuditor, r), with(Role::kCommitteeAdmin, g)}) {
    EXPECT_EQ(authorize(other, k, Verb::kApprove, in("submitted")).outcome, O::kForbidden);
    EXPECT_TRUE(allowed_verbs(other, k, in("submitted")).empty());
  }
  // The higher committee still reads it (audited); the approver too.
  EXPECT_TRUE(authorize_read(with(Role::kCommitteeAdmin, top), k, in("submitted")).audit_this_read);
  EXPECT_TRUE(authorize_read(approver, k, in("submitted")).allowed);
  EXPECT_FALSE(authorize_read(with(Role::kApprover, top), gift_kind(), in("submitted")).allowed);
  // Without a committee above, nobody approves.
  RecordFacts orphan = in("submitted");
  orphan.committee.reset();
  EXPECT_EQ(authorize(admin, k, Verb::kApprove, orphan).outcome, O::kForbidden);
  // Nobody approves their own request, whatever they hold.
  const Actor self_admin{UserId{3}, subject, {{Role::kCommitteeAdmin, r}, {Role::kMember, a}}, true};
  EXPECT_EQ(authorize(self_admin, k, Verb::kApprove, in("submitted")).outcome, O::kForbidden);
  EXPECT_FALSE(may_answer(self_admin, k, in("submitted")).allowed);
  EXPECT_TRUE(may_answer(approver, k, in("submitted")).allowed);
  // Out of order and wrong role.
  EXPECT_EQ(authorize(admin, k, Verb::kApprove, in("approved")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(admin, k, Verb::kApprove, in("rejected")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(cadre(), k, Verb::kApprove, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(admin, k, Verb::kClose, in("approved")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(cadre(), k, Verb::kClose, in("submitted")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(cadre(), k, Verb::kConfirm, in("submitted")).outcome, O::kUnknown);
}

TEST_F(CadreKindsTest, TheOutcomeIsAStepThatRecordsValues) {
  const auto d = authorize(cadre(), activity_kind(), Verb::kClose, in("approved"));
  ASSERT_EQ(d.outcome, O::kAllowed);
  Validation empty = validate_step(*d.transition, {}, today);
  EXPECT_EQ(empty.errors.size(), 3u);
  Validation v = validate_step(
      *d.transition, {{"outcome_held", "held"}, {"outcome", "直播两小时，售出苹果 3000 斤"}, {"outcome_no_gain", "yes"}},
      today);
  EXPECT_TRUE(v.errors.empty());
  // A field of the creation is no field of this step.
  Validation stray = validate_step(*d.transition, {{"outcome_held", "held"}, {"outcome", "x"},
                                                   {"outcome_no_gain", "yes"}, {"purpose", "改目的"}}, today);
  EXPECT_EQ(error_on(stray, "purpose"), "没有名为“purpose”的字段");
  // The gift's acknowledgement records its date; the account's closing too.
  const auto ack = authorize(with(Role::kBranchSecretary, a), gift_kind(), Verb::kConfirm, in("submitted"));
  ASSERT_EQ(ack.outcome, O::kAllowed);
  EXPECT_EQ(error_on(validate_step(*ack.transition, {}, today), "ack_on"), "「确认日期」不能为空");
  const auto close = authorize(cadre(), account_kind(), Verb::kClose, in("registered"));
  ASSERT_EQ(close.outcome, O::kAllowed);
  EXPECT_NE(error_on(validate_step(*close.transition, {{"closed_on", "2026-12-31"}}, today), "closed_on").find("不能晚于今天"),
            std::string::npos);
}

TEST_F(CadreKindsTest, AnAccountIsReconfirmedYearlyAndShownAMonthAhead) {
  const Kind& k = account_kind();
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kConfirm, in("submitted")).transition->to,
            "registered");
  const auto re = authorize(cadre(), k, Verb::kReconfirm, in("registered"));
  ASSERT_EQ(re.outcome, O::kAllowed);
  EXPECT_EQ(re.transition->to, "registered");
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k, Verb::kReconfirm, in("registered")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(cadre(), k, Verb::kReconfirm, in("submitted")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(cadre(), k, Verb::kReconfirm, in("closed")).outcome, O::kOutOfOrder);
  const State& registered = *k.state("registered");
  EXPECT_EQ(due_date(registered, Date{2026, 12, 7}), (Date{2027, 12, 7}));
  EXPECT_EQ(due_date(registered, Date{2024, 2, 29}), (Date{2025, 2, 28}));
  EXPECT_EQ(add_months(Date{2026, 1, 31}, 1), (Date{2026, 2, 28}));
  EXPECT_EQ(add_months(Date{2026, 3, 31}, -1), (Date{2026, 2, 28}));
  EXPECT_EQ(add_months(Date{2026, 12, 15}, 1), (Date{2027, 1, 15}));
  const Date due{2027, 12, 7};
  EXPECT_FALSE(shown_in_todo(registered, due, Date{2027, 11, 6}));
  EXPECT_TRUE(shown_in_todo(registered, due, Date{2027, 11, 7}));
  EXPECT_TRUE(shown_in_todo(registered, due, Date{2028, 1, 1}));  // overdue stays
  // A state without notice shows at once.
  EXPECT_TRUE(shown_in_todo(*k.state("submitted"), Date{2030, 1, 1}, today));
  // An organisation's account names the organisation.
  Validation org = validate(k, set(account(), "owner_kind", "organisation"), today);
  EXPECT_EQ(error_on(org, "org_name"), "本组织运营的账号，请填写「运营账号的组织」");
  EXPECT_TRUE(validate(k, set(set(account(), "owner_kind", "organisation"), "org_name", "县委宣传部"), today).errors.empty());
  EXPECT_NE(error_on(validate(k, set(account(), "link", "ftp://x"), today), "link").find("「链接」"), std::string::npos);
}

TEST_F(CadreKindsTest, TheApproverGrantSitsOnACommitteeAndCoversItsSubtree) {
  EXPECT_EQ(role_id(Role::kApprover), "approver");
  EXPECT_EQ(role_name(Role::kApprover), "审批人");
  EXPECT_EQ(parse_role_id("approver"), Role::kApprover);
  EXPECT_FALSE(needs_linked_member(Role::kApprover));
  const Actor approver = with(Role::kApprover, r);
  EXPECT_TRUE(holds_role(approver, Role::kApprover, tree.ancestry(a)));
  EXPECT_FALSE(holds_role(approver, Role::kApprover, tree.ancestry(top)));
  // It gives no right outside the registers: members stay unread.
  EXPECT_FALSE(authorize(approver, Action::kMemberRead, member_target(tree, MemberId{5}, a)).allowed);
  EXPECT_FALSE(authorize(approver, Action::kRecordRead, record_target(tree, RecordRef{MemberId{5}, a, "x"})).allowed);
}

TEST_F(CadreKindsTest, AnApproverApprovesInsideItsCommitteeOnlyAndOnlyWithTheGrant) {
  const Kind& k = activity_kind();
  const OrgId s = *tree.create("S", "乡党委", OrgType::kCommittee, top, day);
  const OrgId c = *tree.create("C", "乡第一党支部", OrgType::kBranch, s, day);
  const RecordFacts inside = in("submitted");
  const RecordFacts outside{subject, tree.ancestry(c), "submitted", managing_committee(tree, c)};
  ASSERT_EQ(outside.committee, s);
  const Actor approver = with(Role::kApprover, r);
  // With the grant on R: the records of branches under R, not under S.
  EXPECT_EQ(authorize(approver, k, Verb::kApprove, inside).outcome, O::kAllowed);
  EXPECT_EQ(authorize(approver, k, Verb::kApprove, outside).outcome, O::kForbidden);
  EXPECT_TRUE(allowed_verbs(approver, k, outside).empty());
  EXPECT_FALSE(authorize_read(approver, k, outside).allowed);
  // The same person without it (a member of a branch under R): nothing.
  const Actor plain = with(Role::kMember, b);
  EXPECT_EQ(authorize(plain, k, Verb::kApprove, inside).outcome, O::kForbidden);
  EXPECT_FALSE(authorize_read(plain, k, inside).allowed);
  // A grant on S approves S's, not R's.
  EXPECT_EQ(authorize(with(Role::kApprover, s), k, Verb::kApprove, outside).outcome, O::kAllowed);
  EXPECT_EQ(authorize(with(Role::kApprover, s), k, Verb::kApprove, inside).outcome, O::kForbidden);
}

TEST_F(CadreKindsTest, ACommitteeAdministratorNamesAndRemovesApproversOfItsCommitteeOnly) {
  const Actor admin = with(Role::kCommitteeAdmin, r);
  const UserId other{7};
  using G = std::vector<RoleGrant>;
  const G none;
  const std::vector<RoleGrant> member_of_b = {{Role::kMember, b}};
  auto plus = [](std::vector<RoleGrant> g, RoleGrant more) {
    g.push_back(more);
    return g;
  };
  // Naming one on R, keeping the account's other grants; and removing it again.
  EXPECT_TRUE(authorize_approver_change(admin, other, member_of_b, plus(member_of_b, {Role::kApprover, r}), tree).allowed);
  EXPECT_TRUE(authorize_approver_change(admin, other, plus(member_of_b, {Role::kApprover, r}), member_of_b, tree).allowed);
  // The administrator of the committee above covers R too; R's does not cover T.
  EXPECT_TRUE(authorize_approver_change(with(Role::kCommitteeAdmin, top), other, none, G{{Role::kApprover, r}}, tree).allowed);
  EXPECT_FALSE(authorize_approver_change(admin, other, none, G{{Role::kApprover, top}}, tree).allowed);
  // Only approver grants, only on a 党委, never another role, never the actor's own account, not a no-op.
  EXPECT_FALSE(authorize_approver_change(admin, other, none, G{{Role::kApprover, g}}, tree).allowed);  // 党总支
  EXPECT_FALSE(authorize_approver_change(admin, other, none, G{{Role::kBranchSecretary, a}}, tree).allowed);
  EXPECT_FALSE(authorize_approver_change(admin, other, member_of_b, none, tree).allowed);  // removes a member grant
  EXPECT_FALSE(authorize_approver_change(admin, other, none, G{{Role::kApprover, r}, {Role::kCommitteeAdmin, r}}, tree).allowed);
  EXPECT_FALSE(authorize_approver_change(admin, admin.user, none, G{{Role::kApprover, r}}, tree).allowed);
  EXPECT_FALSE(authorize_approver_change(admin, other, member_of_b, member_of_b, tree).allowed);
  // Not an approver naming another, not an auditor, not a disabled administrator.
  EXPECT_FALSE(authorize_approver_change(with(Role::kApprover, r), other, none, G{{Role::kApprover, r}}, tree).allowed);
  EXPECT_FALSE(authorize_approver_change(with(Role::kAuditor, r), other, none, G{{Role::kApprover, r}}, tree).allowed);
  Actor disabled = admin;
  disabled.active = false;
  EXPECT_FALSE(authorize_approver_change(disabled, other, none, G{{Role::kApprover, r}}, tree).allowed);
  // Who sees and changes R's list of approvers: its administrator or one above, the system administrator.
  EXPECT_TRUE(manages_approvers(admin, tree.ancestry(r)));
  EXPECT_TRUE(manages_approvers(with(Role::kCommitteeAdmin, top), tree.ancestry(r)));
  EXPECT_FALSE(manages_approvers(admin, tree.ancestry(top)));
  EXPECT_TRUE(manages_approvers(with(Role::kSystemAdmin, {}), tree.ancestry(r)));
  EXPECT_FALSE(manages_approvers(with(Role::kApprover, r), tree.ancestry(r)));
  EXPECT_FALSE(manages_approvers(with(Role::kAuditor, r), tree.ancestry(r)));
  EXPECT_FALSE(manages_approvers(disabled, tree.ancestry(r)));
}

}  // namespace
}  // namespace nc::domain::workflow
