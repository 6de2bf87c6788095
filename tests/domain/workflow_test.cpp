// The registers' workflow core (domain/workflow.h) and its first kind,
// 网络正能量贡献: fields checked with errors naming the field, every
// transition decided by role id and scope (and never on one's own record
// through a role), reads by role id, due dates in days.
#include "domain/workflow.h"

#include <gtest/gtest.h>

#include <set>

#include "domain/record_kind.h"

namespace nc::domain::workflow {
namespace {

class WorkflowTest : public ::testing::Test {
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
  const Kind& k() { return *find_kind("contribution"); }
  std::vector<Input> good() {
    return {{"category", "theory"},
            {"platform", "微信公众号"},
            {"link", "https://mp.weixin.qq.com/s/abc"},
            {"date", "2026-12-01"},
            {"description", "转发并解读新修订的条例"}};
  }

  Date day{2020, 1, 1};
  Date today{2026, 12, 7};
  OrgTree tree;
  OrgId top, r, a, b;
  const MemberId subject{9};
};

TEST_F(WorkflowTest, EveryKindIsRegisteredForMyRecordsAndStatementsAndIsWellFormed) {
  std::set<std::string_view> ids;
  for (const Kind* kind : kinds()) {
    EXPECT_TRUE(ids.insert(kind->id).second) << kind->id;
    if (kind->subject == Subject::kMember) {
      EXPECT_NE(find_record_kind(kind->id), nullptr) << kind->id << " is missing from domain/record_kind.cpp";
    } else {
      // An organisation's record is about nobody: not in 我的记录, no statements,
      // and no state waits for "member" (a member's own queue).
      EXPECT_EQ(find_record_kind(kind->id), nullptr) << kind->id;
      for (const State& st : kind->states) {
        for (Role role : st.waiting_for) EXPECT_NE(role, Role::kMember) << kind->id << ": " << st.id;
      }
    }
    EXPECT_FALSE(kind->topics.empty()) << kind->id;
    // Every transition goes between declared states; exactly one creation.
    int creations = 0;
    for (const Transition& t : kind->transitions) {
      if (t.from.empty()) {
        ++creations;
      } else {
        EXPECT_NE(kind->state(t.from), nullptr) << kind->id << ": " << t.from;
      }
      EXPECT_NE(kind->state(t.to), nullptr) << kind->id << ": " << t.to;
      EXPECT_FALSE(t.by.empty()) << kind->id;
      // A step's own fields are bounded as the kind's are, and never both.
      EXPECT_FALSE(t.carries_fields && !t.step_fields.empty()) << kind->id;
      for (const Field& f : t.step_fields) {
        if (f.type != FieldType::kDate && f.type != FieldType::kChoice) {
          EXPECT_GT(f.max_chars, 0u) << f.id;
        }
      }
    }
    EXPECT_FALSE(kind->short_title.empty()) << kind->id;
    EXPECT_FALSE(kind->next_steps.empty()) << kind->id << ": the form says what happens next";
    EXPECT_NE(kind->field(kind->title_field), nullptr) << kind->id;
    EXPECT_EQ(creations, 1) << kind->id;
    EXPECT_NE(kind->field(kind->date_field), nullptr) << kind->id;
    for (const Field& f : kind->fields) {
      if (f.type == FieldType::kChoice) {
        EXPECT_FALSE(f.choices.empty()) << f.id;
      }
      if (f.type == FieldType::kLine || f.type == FieldType::kText || f.type == FieldType::kUrl) {
        EXPECT_GT(f.max_chars, 0u) << kind->id << "." << f.id << " has no limit";
      }
    }
  }
  EXPECT_EQ(find_kind("no_such_kind"), nullptr);
}

TEST_F(WorkflowTest, GoodFieldsPassInTheKindsOrder) {
  Validation v = validate(k(), good(), today);
  ASSERT_TRUE(v.errors.empty()) << v.errors.front().message;
  ASSERT_EQ(v.values.size(), 5u);
  EXPECT_EQ(v.values[0].first, "category");
  EXPECT_EQ(v.values[4].second, "转发并解读新修订的条例");
}

TEST_F(WorkflowTest, EachBadFieldIsNamedInChinese) {
  struct Case {
    std::string field;
    std::optional<std::string> value;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"category", "points", "「贡献类别」应为以下之一"},
      {"platform", std::string(51 * 3, 'x').substr(0, 51), "「平台」不能超过 50 个字"},
      {"platform", "", "「平台」不能为空"},
      {"platform", "　 ", "「平台」不能只有空格"},
      {"platform", "微博\n抖音", "「平台」应为一行文字"},
      {"platform", std::nullopt, "「平台」应为文字"},
      {"link", "javascript:alert(1)", "「链接」应为以 http:// 或 https:// 开头"},
      {"link", "https://", "「链接」应为以 http:// 或 https:// 开头"},
      {"link", "https://a.cn/x y", "「链接」应为以 http:// 或 https:// 开头"},
      {"link", "https://a.cn/" + std::string(1000, 'a'), "「链接」不能超过 1000 个字符"},
      {"date", "2026-13-01", "「日期」应为日期"},
      {"date", "2026/12/01", "「日期」应为日期"},
      {"date", "2026-12-08", "「日期」不能晚于今天（2026-12-07）"},
      {"description", std::string("\xff\xfe"), "「简要说明」含有无法识别的字符"},
  };
  for (const Case& c : cases) {
    std::vector<Input> in = good();
    for (Input& i : in) {
      if (i.field == c.field) i.text = c.value;
    }
    Validation v = validate(k(), in, today);
    ASSERT_EQ(v.errors.size(), 1u) << c.field << " = " << c.value.value_or("(not a string)");
    EXPECT_EQ(v.errors[0].field, c.field);
    EXPECT_NE(v.errors[0].message.find(c.says), std::string::npos) << v.errors[0].message;
  }
  // 200 characters of Chinese are 600 bytes: the limit counts characters.
  std::vector<Input> in = good();
  std::string line;
  for (int i = 0; i < 200; ++i) line += "字";
  in[4].text = line;
  EXPECT_TRUE(validate(k(), in, today).errors.empty());
  in[4].text = line + "字";
  EXPECT_EQ(validate(k(), in, today).errors.size(), 1u);
}

TEST_F(WorkflowTest, UnknownRepeatedAndMissingFieldsAreAllReportedAtOnce) {
  std::vector<Input> in = {{"category", "theory"}, {"category", "story"}, {"points", "5"}};
  Validation v = validate(k(), in, today);
  std::set<std::string> fields;
  for (const FieldError& e : v.errors) fields.insert(e.field);
  EXPECT_EQ(fields, (std::set<std::string>{"category", "points", "platform", "link", "date", "description"}));
}

TEST_F(WorkflowTest, TheMemberSubmitsOnlyAboutThemselves) {
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kSubmit, in("")).outcome, TransitionDecision::Outcome::kAllowed);
  EXPECT_EQ(*authorize(subject_actor(), k(), Verb::kSubmit, in("")).as, Role::kMember);
  // A secretary does not record for a member.
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, a), k(), Verb::kSubmit, in("")).outcome,
            TransitionDecision::Outcome::kForbidden);
}

TEST_F(WorkflowTest, TheBranchConfirmsOrReturnsAndTheMemberFixesOrWithdraws) {
  using O = TransitionDecision::Outcome;
  const Actor secretary = with(Role::kBranchSecretary, a);
  const Actor committee_member = with(Role::kCommitteeMember, a);
  EXPECT_EQ(authorize(secretary, k(), Verb::kConfirm, in("submitted")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(committee_member, k(), Verb::kReturn, in("submitted")).outcome, O::kAllowed);
  EXPECT_TRUE(authorize(secretary, k(), Verb::kReturn, in("submitted")).transition->reason_required);
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kResubmit, in("returned")).outcome, O::kAllowed);
  EXPECT_TRUE(authorize(subject_actor(), k(), Verb::kResubmit, in("returned")).transition->carries_fields);
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kWithdraw, in("returned")).outcome, O::kAllowed);
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kWithdraw, in("submitted")).outcome, O::kAllowed);

  // Wrong role: the member confirms nothing, the secretary withdraws nothing.
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kConfirm, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(secretary, k(), Verb::kWithdraw, in("submitted")).outcome, O::kForbidden);
  // Out of scope: another branch's secretary; the committee administrator and
  // the auditor above read but do not confirm.
  EXPECT_EQ(authorize(with(Role::kBranchSecretary, b), k(), Verb::kConfirm, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kCommitteeAdmin, r), k(), Verb::kConfirm, in("submitted")).outcome, O::kForbidden);
  EXPECT_EQ(authorize(with(Role::kAuditor, r), k(), Verb::kConfirm, in("submitted")).outcome, O::kForbidden);
  // Out of order.
  EXPECT_EQ(authorize(secretary, k(), Verb::kConfirm, in("confirmed")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(secretary, k(), Verb::kConfirm, in("returned")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kResubmit, in("submitted")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kWithdraw, in("withdrawn")).outcome, O::kOutOfOrder);
  EXPECT_EQ(authorize(subject_actor(), k(), Verb::kSubmit, in("submitted")).outcome, O::kOutOfOrder);
  // A verb the kind does not use.
  EXPECT_EQ(authorize(secretary, k(), Verb::kApprove, in("submitted")).outcome, O::kUnknown);
}

TEST_F(WorkflowTest, NobodyConfirmsTheirOwnContributionThroughARole) {
  const Actor secretary_self{UserId{3}, subject, {{Role::kBranchSecretary, a}, {Role::kMember, a}}, true};
  EXPECT_EQ(authorize(secretary_self, k(), Verb::kConfirm, in("submitted")).outcome,
            TransitionDecision::Outcome::kForbidden);
  EXPECT_EQ(allowed_verbs(secretary_self, k(), in("submitted")), (std::vector<Verb>{Verb::kWithdraw}));
  EXPECT_FALSE(may_answer(secretary_self, k(), in("submitted")).allowed);
}

TEST_F(WorkflowTest, ABranchRoleOffTheRollCountsNoMore) {
  Actor lapsed = with(Role::kBranchSecretary, a);
  lapsed.member_on_roll = false;
  EXPECT_EQ(authorize(lapsed, k(), Verb::kConfirm, in("submitted")).outcome, TransitionDecision::Outcome::kForbidden);
  EXPECT_FALSE(authorize_read(lapsed, k(), in("submitted")).allowed);
  Actor disabled = subject_actor();
  disabled.active = false;
  EXPECT_FALSE(authorize_read(disabled, k(), in("submitted")).allowed);
  EXPECT_EQ(authorize(disabled, k(), Verb::kWithdraw, in("submitted")).outcome,
            TransitionDecision::Outcome::kForbidden);
}

TEST_F(WorkflowTest, ReadsByRoleIdAndOthersReadsAreAudited) {
  const auto reads = [&](const Actor& who) { return authorize_read(who, k(), in("submitted")); };
  EXPECT_TRUE(reads(subject_actor()).allowed);
  EXPECT_FALSE(reads(subject_actor()).audit_this_read);
  for (const Actor& reader : {with(Role::kBranchSecretary, a), with(Role::kCommitteeMember, a),
                              with(Role::kCommitteeAdmin, r), with(Role::kAuditor, top)}) {
    EXPECT_TRUE(reads(reader).allowed) << reads(reader).reason;
    EXPECT_TRUE(reads(reader).audit_this_read);
  }
  for (const Actor& outsider : {with(Role::kMember, a), with(Role::kBranchSecretary, b),
                                with(Role::kCommitteeMember, b), with(Role::kCommitteeAdmin, b)}) {
    EXPECT_FALSE(reads(outsider).allowed);
  }
  const Actor staff{UserId{4}, std::nullopt, {{Role::kSystemAdmin, OrgId{}}}, true};
  EXPECT_FALSE(reads(staff).allowed);
  // The record-kind registry's statements decide through the core.
  const RecordKindInfo& info = *find_record_kind("contribution");
  EXPECT_TRUE(may_read_record(with(Role::kAuditor, top), info, tree, subject, a).allowed);
  EXPECT_FALSE(may_read_record(with(Role::kBranchSecretary, b), info, tree, subject, a).allowed);
  EXPECT_TRUE(may_answer_statement(with(Role::kCommitteeMember, a), info, tree, subject, a).allowed);
  EXPECT_FALSE(may_answer_statement(with(Role::kAuditor, top), info, tree, subject, a).allowed);
}

TEST_F(WorkflowTest, TheRegisterReachesWhatTheReaderRolesCover) {
  const auto parts = [&](const Actor& who, std::optional<OrgId> root) { return register_reach(who, k(), tree, root); };
  auto sec = parts(with(Role::kBranchSecretary, a), std::nullopt);
  ASSERT_EQ(sec.size(), 1u);
  EXPECT_EQ(sec[0].org, a);
  EXPECT_FALSE(sec[0].subtree);
  EXPECT_TRUE(sec[0].audit_this_read);
  auto admin = parts(with(Role::kCommitteeAdmin, r), a);  // asked for A below the grant: A's subtree
  ASSERT_EQ(admin.size(), 1u);
  EXPECT_EQ(admin[0].org, a);
  EXPECT_TRUE(admin[0].subtree);
  EXPECT_TRUE(parts(with(Role::kBranchSecretary, a), b).empty());
  EXPECT_TRUE(parts(with(Role::kMember, a), std::nullopt).empty());
  EXPECT_TRUE(parts(Actor{UserId{4}, std::nullopt, {{Role::kSystemAdmin, OrgId{}}}, true}, std::nullopt).empty());
}

TEST_F(WorkflowTest, DueDatesAreDaysAfterEnteringTheState) {
  const State* submitted = k().state("submitted");
  ASSERT_NE(submitted, nullptr);
  EXPECT_EQ(due_date(*submitted, Date{2026, 12, 25}), (Date{2027, 1, 8}));
  EXPECT_EQ(due_date(*k().state("confirmed"), today), std::nullopt);
}

TEST_F(WorkflowTest, AReasonIsRequiredWhereTheTransitionSaysAndBounded) {
  EXPECT_TRUE(check_reason("", true).has_value());
  EXPECT_TRUE(check_reason("  ", true).has_value());
  EXPECT_FALSE(check_reason("", false).has_value());
  EXPECT_FALSE(check_reason("链接打不开，请更正", true).has_value());
  std::string long_reason;
  for (int i = 0; i < 501; ++i) long_reason += "理";
  EXPECT_NE(check_reason(long_reason, true)->message.find("不能超过 500 个字"), std::string::npos);
  EXPECT_EQ(parse_verb("return"), Verb::kReturn);
  EXPECT_EQ(parse_verb("delete"), std::nullopt);
  for (Verb v : kAllVerbs) EXPECT_EQ(parse_verb(verb_id(v)), v);
}

}  // namespace
}  // namespace nc::domain::workflow
