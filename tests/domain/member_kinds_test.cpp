// The member kinds of the registers: 社情民意反映 (relay) and
// 违法违规信息举报记录 (report). Their fields' limits with errors naming the
// field, every transition by the right and the wrong role and out of order,
// a forward and an answer carrying fields of their own, and the report read
// by the branch only while committees above count it.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/records/kinds.h"
#include "domain/workflow.h"

namespace nc::domain::workflow {
namespace {

using O = TransitionDecision::Outcome;

class MemberKindsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    top = *tree.create("T", "县委", OrgType::kCommittee, std::nullopt, day);
    r = *tree.create("R", "党委", OrgType::kCommittee, top, day);
    a = *tree.create("A", "第一党支部", OrgType::kBranch, r, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor with(Role role, OrgId org, MemberId member = MemberId{1}) {
    return Actor{UserId{1}, member, {{role, org}}, true};
  }
  Actor subject_actor() { return Actor{UserId{2}, subject, {{Role::kMember, a}}, true}; }
  RecordFacts in(std::string_view state) { return RecordFacts{subject, tree.ancestry(a), state}; }
  static std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  }
  static std::set<std::string> fields_of(const Validation& v) {
    std::set<std::string> out;
    for (const FieldError& e : v.errors) out.insert(e.field);
    return out;
  }
  const Transition& step(const Kind& kind, Verb verb, std::string_view from) {
    for (const Transition& t : kind.transitions) {
      if (t.verb == verb && t.from == from) return t;
    }
    ADD_FAILURE() << "no " << verb_id(verb) << " from " << from;
    return kind.transitions.front();
  }

  const Kind& relay = relay_kind();
  const Kind& report = report_kind();
  Date day{2020, 1, 1};
  Date today{2026, 12, 7};
  OrgTree tree;
  OrgId top, r, a, b;
  const MemberId subject{9};
};

std::vector<Input> good_relay() {
  return {{"summary", "多位居民在论坛上反映小区附近的公交线路晚上八点后停运，希望延长运营时间"},
          {"topic", "交通"},
          {"place", "市民论坛“城事”版"},
          {"seen_on", "2026-12-01"}};
}

std::vector<Input> good_report() {
  return {{"description", "某群组传播网络赌博广告"},
          {"link", "https://example.com/group/123"},
          {"reported_to", "12377 违法和不良信息举报中心"},
          {"reported_on", "2026-12-02"},
          {"reference", "JB20261202-0042"}};
}

TEST_F(MemberKindsTest, BothAreListedAndMadeByMembersNotOnlyCadres) {
  EXPECT_EQ(find_kind("relay"), &relay);
  EXPECT_EQ(find_kind("report"), &report);
  EXPECT_FALSE(relay.cadres_only);
  EXPECT_FALSE(report.cadres_only);
  EXPECT_NE(relay.field(relay.title_field), nullptr);
  EXPECT_NE(report.field(report.title_field), nullptr);
  EXPECT_EQ(relay.topics.front(), "public_opinion");
  EXPECT_EQ(report.topics.front(), "reporting");
  // The forms say what is not wanted: no identities of posters, no reports on members' opinions.
  EXPECT_NE(std::string(relay.field("summary")->hint).find("不写发帖人"), std::string::npos);
  EXPECT_NE(std::string(report.purpose).find("不受理、也不能用来举报其他党员的言论"), std::string::npos);
}

TEST_F(MemberKindsTest, ARelayPassesAndEveryLimitNamesItsField) {
  Validation v = validate(relay, good_relay(), today);
  ASSERT_TRUE(v.errors.empty()) << v.errors.front().message;
  EXPECT_EQ(v.values.size(), 4u);

  auto in = good_relay();
  in[0].text = repeat("字", 1000);
  EXPECT_TRUE(validate(relay, in, today).errors.empty());
  in[0].text = repeat("字", 1001);
  in[1].text = repeat("交", 51);
  in[2].text = "论坛\n第二行";
  in[3].text = "2026-12-08";  // tomorrow: not seen yet
  v = validate(relay, in, today);
  EXPECT_EQ(fields_of(v), (std::set<std::string>{"summary", "topic", "place", "seen_on"}));
  for (const FieldError& e : v.errors) {
    const std::string label(relay.field(e.field)->label);
    EXPECT_NE(e.message.find(label), std::string::npos) << e.message;
  }
  // Wrong types and unknown fields (a poster's account is no field of this kind).
  in = good_relay();
  in[1].text = std::nullopt;
  in.push_back({"poster_account", "@某人"});
  EXPECT_EQ(fields_of(validate(relay, in, today)), (std::set<std::string>{"topic", "poster_account"}));
}

TEST_F(MemberKindsTest, TheForwardAndTheAnswerCarryTheirOwnFields) {
  const Transition& forward = step(relay, Verb::kForward, "submitted");
  ASSERT_EQ(forward.step_fields.size(), 2u);
  EXPECT_FALSE(forward.carries_fields);
  Validation v = validate(forward.step_fields, {{"department", "区交通运输局"}, {"forwarded_on", "2026-12-05"}}, today);
  EXPECT_TRUE(v.errors.empty());
  v = validate(forward.step_fields, {{"department", ""}, {"forwarded_on", "2026-13-01"}}, today);
  EXPECT_EQ(fields_of(v), (std::set<std::string>{"department", "forwarded_on"}));
  // The record's own fields are not the step's.
  v = validate(forward.step_fields, {{"department", "区交通运输局"}, {"forwarded_on", "2026-12-05"}, {"summary", "x"}},
               today);
  EXPECT_EQ(fields_of(v), (std::set<std::string>{"summary"}));

  const Transition& answer = step(relay, Verb::kAnswer, "forwarded");
  EXPECT_EQ(answer.to, "closed");
  v = validate(answer.step_fields, {{"answer", repeat("复", 2001)}, {"answered_on", "2026-12-06"}}, today);
  EXPECT_EQ(fields_of(v), (std::set<std::string>{"answer"}));
  v = validate(answer.step_fields, {{"answer", "已调整末班车至22:00"}, {"answered_on", "2026-12-06"}}, today);
  EXPECT_TRUE(v.errors.empty());
}

TEST_F(MemberKindsTest, TheBranchForwardsAnswersReturnsAndClosesARelay) {
  const Actor secretary = with(Role::kBranchSecretary, a);
  const Actor committee_member = with(Role::kCommitteeMember, a);
  const Actor member = subject_actor();
  EXPECT_EQ(authorize(member, relay, Verb::kSubmit, in("")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(secretary, relay, Verb::kForward, in("submitted")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(committee_member, relay, Verb::kReturn, in("submitted")).outcome, O::kAllowed);
  EXPECT_TRUE(step(relay, Verb::kReturn, "submitted").reason_required);
  EXPECT_EQ(authorize(member, relay, Verb::kResubmit, in("returned")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(member, relay, Verb::kWithdraw, in("submitted")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(committee_member, relay, Verb::kAnswer, in("forwarded")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(secretary, relay, Verb::kClose, in("forwarded")).outcome, O::kAllowed);
  EXPECT_TRUE(step(relay, Verb::kClose, "forwarded").reason_required);

  // Wrong role: the member forwards and answers nothing; the branch withdraws nothing;
  // the committee above and the auditor read but do not act; another branch does nothing.
  EXPECT_EQ(authorize(member, relay, Verb::kForward, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(member, relay, Verb::kAnswer, in("forwarded")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(secretary, relay, Verb::kWithdraw, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), relay, Verb::kForward, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kAuditor, top), relay, Verb::kAnswer, in("forwarded")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), relay, Verb::kForward, in("submitted")).outcome, O::kForbidden);
  // Out of order: an answer before the forward, a second forward, a withdrawal once forwarded.
  EXPECT_EQ(authorize(secretary, relay, Verb::kAnswer, in("submitted")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(secretary, relay, Verb::kForward, in("forwarded")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(member, relay, Verb::kWithdraw, in("forwarded")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(secretary, relay, Verb::kAnswer, in("closed")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(secretary, relay, Verb::kConfirm, in("submitted")).outcome, O::kUnknown);
  // What the buttons show.
  EXPECT_EQ(allowed_verbs(secretary, relay, in("submitted")), (std::vector<Verb>{Verb::kForward, Verb::kReturn}));
  EXPECT_EQ(allowed_verbs(secretary, relay, in("forwarded")), (std::vector<Verb>{Verb::kAnswer, Verb::kClose}));
}

TEST_F(MemberKindsTest, ARelayWaitsForTheBranchWithDueDates) {
  const State& submitted = *relay.state("submitted");
  const State& forwarded = *relay.state("forwarded");
  EXPECT_EQ(due_date(submitted, today), (Date{2026, 12, 21}));
  EXPECT_EQ(due_date(forwarded, today), (Date{2027, 1, 6}));
  EXPECT_EQ(std::vector<Role>(forwarded.waiting_for.begin(), forwarded.waiting_for.end()),
            (std::vector<Role>{Role::kBranchSecretary, Role::kCommitteeMember}));
  EXPECT_TRUE(relay.state("closed")->waiting_for.empty());
  EXPECT_EQ(due_date(*relay.state("closed"), today), std::nullopt);
}

TEST_F(MemberKindsTest, AReportPassesAndEveryLimitNamesItsField) {
  Validation v = validate(report, good_report(), today);
  ASSERT_TRUE(v.errors.empty()) << v.errors.front().message;
  // Link, reference and outcome are optional.
  v = validate(report, {{"description", "诈骗广告"}, {"reported_to", "微博举报入口"}, {"reported_on", "2026-12-07"}}, today);
  EXPECT_TRUE(v.errors.empty());
  auto in = good_report();
  in[0].text = repeat("述", 501);
  in[1].text = "javascript:alert(1)";
  in[2].text = repeat("台", 101);
  in[3].text = "2026-12-08";
  in[4].text = repeat("号", 101);
  in.push_back({"outcome", repeat("果", 501)});
  v = validate(report, in, today);
  EXPECT_EQ(fields_of(v), (std::set<std::string>{"description", "link", "reported_to", "reported_on", "reference",
                                                 "outcome"}));
  for (const FieldError& e : v.errors) {
    EXPECT_NE(e.message.find(std::string(report.field(e.field)->label)), std::string::npos) << e.message;
  }
}

TEST_F(MemberKindsTest, OnlyTheMemberUpdatesClosesOrWithdrawsAReport) {
  const Actor member = subject_actor();
  const Actor secretary = with(Role::kBranchSecretary, a);
  EXPECT_EQ(authorize(member, report, Verb::kUpdate, in("recorded")).outcome, O::kAllowed);
  EXPECT_TRUE(authorize(member, report, Verb::kUpdate, in("recorded")).transition->carries_fields);
  EXPECT_EQ(authorize(member, report, Verb::kUpdate, in("recorded")).transition->to, "recorded");
  EXPECT_EQ(authorize(member, report, Verb::kClose, in("recorded")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(member, report, Verb::kWithdraw, in("recorded")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(secretary, report, Verb::kUpdate, in("recorded")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(secretary, report, Verb::kClose, in("recorded")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kMember, a), report, Verb::kUpdate, in("recorded")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(member, report, Verb::kUpdate, in("closed")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(member, report, Verb::kWithdraw, in("closed")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(secretary, report, Verb::kConfirm, in("recorded")).outcome, O::kUnknown);
}

TEST_F(MemberKindsTest, TheBranchReadsAReportTheCommitteesAboveOnlyCountIt) {
  for (const Actor& reader : {with(Role::kBranchSecretary, a), with(Role::kCommitteeMember, a)}) {
    EXPECT_TRUE(authorize_read(reader, report, in("recorded")).allowed);
    EXPECT_TRUE(authorize_read(reader, report, in("recorded")).audit_this_read);
    EXPECT_EQ(register_reach(reader, report, tree, std::nullopt).size(), 1u);
  }
  for (const Actor& above : {with(Role::kCommitteeAdmin, r), with(Role::kAuditor, top), with(Role::kCommitteeAdmin, a)}) {
    EXPECT_FALSE(authorize_read(above, report, in("recorded")).allowed);
    EXPECT_TRUE(register_reach(above, report, tree, std::nullopt).empty());
    EXPECT_FALSE(count_reach(above, report, tree, std::nullopt).empty());
  }
  // Outside: another branch neither reads nor counts; a plain member neither.
  EXPECT_FALSE(authorize_read(with(Role::kBranchSecretary, b), report, in("recorded")).allowed);
  EXPECT_TRUE(count_reach(with(Role::kMember, a), report, tree, std::nullopt).empty());
  // The relay is read above as contributions are.
  EXPECT_TRUE(authorize_read(with(Role::kCommitteeAdmin, r), relay, in("submitted")).allowed);
  EXPECT_TRUE(authorize_read(with(Role::kAuditor, top), relay, in("submitted")).allowed);
}

}  // namespace
}  // namespace nc::domain::workflow
