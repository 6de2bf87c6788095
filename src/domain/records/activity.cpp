// 以职务身份开展网络活动审批 (the article under the topic
// official_capacity_activity: art. 18 of the seed text): before a live
// stream, a sale of local products for a good cause, a policy talk or any
// online activity in an official capacity, a cadre asks the committee that
// manages them (the nearest 党委 above their branch) for approval: purpose,
// platform, dates, kind of activity, and that they take no personal gain.
// Lending (网络借贷) in an official capacity is refused by the form itself.
// The chain is one or two approvers: the committee administrator approves
// alone, or an approver the committee named (审批人) approves first and the
// administrator last; either returns or rejects with a reason. After the
// activity the cadre records how it went.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Choice kActivityTypes[] = {
    {"livestream_sales", "直播带货"},
    {"farm_aid", "公益助农"},
    {"policy_talk", "政策宣讲"},
    {"other", "其他"},
};

constexpr Refusal kRefused[] = {
    {"lending", "网络借贷", "official_capacity_activity", "党员干部不得以职务身份开展网络借贷，本表不予受理"},
};

constexpr Choice kConfirmed[] = {{"yes", "本人确认：不从这项活动中获取任何个人利益"}};

constexpr Field kFields[] = {
    {.id = "activity_type", .label = "活动类型", .type = FieldType::kChoice, .choices = kActivityTypes,
     .refused = kRefused},
    {.id = "purpose", .label = "活动目的", .max_chars = 200, .hint = "如：为本县滞销农产品开展公益助农直播"},
    {.id = "platform", .label = "平台", .max_chars = 50, .hint = "如：抖音、快手、微信视频号"},
    {.id = "account", .label = "使用的账号", .required = false, .max_chars = 100},
    {.id = "starts_on", .label = "开始日期", .type = FieldType::kDate},
    {.id = "ends_on", .label = "结束日期", .type = FieldType::kDate},
    {.id = "plan", .label = "活动安排", .type = FieldType::kText, .required = false, .max_chars = 1000},
    {.id = "no_personal_gain", .label = "不谋取个人利益的承诺", .type = FieldType::kChoice, .choices = kConfirmed,
     .hint = "请选择这项承诺，否则不能提交"},
};

constexpr Choice kHeld[] = {{"held", "已按批准开展"}, {"not_held", "未开展"}};

// What the cadre records after the activity.
constexpr Field kOutcome[] = {
    {.id = "outcome_held", .label = "开展情况", .type = FieldType::kChoice, .choices = kHeld},
    {.id = "outcome", .label = "活动结果", .type = FieldType::kText, .max_chars = 1000,
     .hint = "做了什么、效果如何；带货的，写明销售所得的去向"},
    {.id = "outcome_no_gain", .label = "未获取个人利益的确认", .type = FieldType::kChoice, .choices = kConfirmed},
};

std::vector<FieldError> check(const Values& values) {
  std::string from, to;
  for (const auto& [k, v] : values) {
    if (k == "starts_on") from = v;
    if (k == "ends_on") to = v;
  }
  if (!from.empty() && !to.empty() && to < from) return {{"ends_on", "「结束日期」不能早于「开始日期」"}};
  return {};
}

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kAdmin[] = {Role::kCommitteeAdmin};
constexpr Role kApprover[] = {Role::kApprover};
constexpr Role kEither[] = {Role::kCommitteeAdmin, Role::kApprover};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor,
                             Role::kApprover};

constexpr State kStates[] = {
    {"submitted", "待审批", kEither, 7},
    {"first_approved", "审批人已同意，待党委批准", kAdmin, 7},
    {"returned", "已退回，待修改", kMemberOnly, 30},
    {"approved", "已批准，待记录结果", kMemberOnly, 0},
    {"rejected", "不予批准", {}, 0},
    {"done", "已记录结果", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kMemberOnly, false, true},
    // The administrator first: holding both grants, one approves alone.
    {.verb = Verb::kApprove, .from = "submitted", .to = "approved", .by = kAdmin, .managing_committee = true},
    {.verb = Verb::kApprove, .from = "submitted", .to = "first_approved", .by = kApprover, .managing_committee = true},
    {.verb = Verb::kApprove, .from = "first_approved", .to = "approved", .by = kAdmin, .managing_committee = true},
    {.verb = Verb::kReject, .from = "submitted", .to = "rejected", .by = kEither, .reason_required = true,
     .managing_committee = true},
    {.verb = Verb::kReject, .from = "first_approved", .to = "rejected", .by = kAdmin, .reason_required = true,
     .managing_committee = true},
    {.verb = Verb::kReturn, .from = "submitted", .to = "returned", .by = kEither, .reason_required = true,
     .managing_committee = true},
    {.verb = Verb::kReturn, .from = "first_approved", .to = "returned", .by = kAdmin, .reason_required = true,
     .managing_committee = true},
    {Verb::kResubmit, "returned", "submitted", kMemberOnly, false, true},
    {Verb::kWithdraw, "submitted", "withdrawn", kMemberOnly, false, false},
    {Verb::kWithdraw, "first_approved", "withdrawn", kMemberOnly, false, false},
    {Verb::kWithdraw, "returned", "withdrawn", kMemberOnly, false, false},
    {Verb::kWithdraw, "approved", "withdrawn", kMemberOnly, false, false},
    {.verb = Verb::kClose, .from = "approved", .to = "done", .by = kMemberOnly, .step_fields = kOutcome},
};

constexpr std::string_view kTopics[] = {"official_capacity_activity"};

constexpr Kind kActivity{
    .id = "activity",
    .title = "以职务身份开展网络活动审批",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "starts_on",
    .cadres_only = true,
    .purpose = "党员干部以职务身份开展直播、公益助农、政策宣讲等网络活动前，报管理您的党委审批。以职务身份开展网络借贷的，本表不予受理。",
    .next_steps = "提交后由您所在党支部上级党委的管理员审批（党委指定了审批人的，先由审批人审核，再由党委管理员批准）；"
                  "如被退回，按理由修改后重新提交。活动结束后，请在本记录中填写活动结果。",
    .title_field = "purpose",
    .short_title = "网络活动审批",
    .check = check,
};

}  // namespace

const Kind& activity_kind() { return kActivity; }

}  // namespace nc::domain::workflow
