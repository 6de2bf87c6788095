// 网络公众账号备案 (the article under the topic public_accounts: art. 19 of
// the seed text): a cadre records each public account they run (platform,
// name, id, link, personal or for work, who operates it, since when); the
// responsible person records an account their organisation runs itself,
// cadre or not. The branch acknowledges it (or returns it with a reason).
// Every 12 months the holder confirms nothing changed (one step for all
// their accounts: POST /api/v1/records/account/confirm-all), shown in 待办
// from a month before it is due; a change is resubmitted for the branch to
// acknowledge again; closing an account is recorded with its date.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Choice kOwnerKinds[] = {
    {"member", "本人的账号"},
    {"organisation", "本组织运营的账号（本人为负责人）"},
};

constexpr Choice kPurposes[] = {
    {"personal", "个人使用"},
    {"work", "工作使用"},
};

constexpr Field kFields[] = {
    {.id = "owner_kind", .label = "账号归属", .type = FieldType::kChoice, .choices = kOwnerKinds},
    {.id = "org_name", .label = "运营账号的组织", .required = false, .max_chars = 100,
     .hint = "本组织运营的账号必填：组织或单位的名称"},
    {.id = "platform", .label = "平台", .max_chars = 50, .hint = "如：微信公众号、微博、抖音"},
    {.id = "account_name", .label = "账号名称", .max_chars = 100},
    {.id = "account_id", .label = "账号 ID", .max_chars = 100, .hint = "平台上的账号编号或微信号"},
    {.id = "link", .label = "链接", .type = FieldType::kUrl, .required = false, .max_chars = 1000,
     .hint = "账号主页的网址，以 http:// 或 https:// 开头"},
    {.id = "purpose", .label = "用途", .type = FieldType::kChoice, .choices = kPurposes},
    {.id = "operator", .label = "实际运营人", .max_chars = 50, .hint = "本人运营的填“本人”"},
    {.id = "opened_on", .label = "开通日期", .type = FieldType::kDate, .not_after_today = true},
};

// What the holder records when the account is closed.
constexpr Field kClosing[] = {
    {.id = "closed_on", .label = "注销日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "close_note", .label = "注销说明", .required = false, .max_chars = 200},
};

std::vector<FieldError> check(const Values& values) {
  std::string owner, org;
  for (const auto& [k, v] : values) {
    if (k == "owner_kind") owner = v;
    if (k == "org_name") org = v;
  }
  if (owner == "organisation" && org.empty()) return {{"org_name", "本组织运营的账号，请填写「运营账号的组织」"}};
  return {};
}

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"submitted", "待确认", kBranch, 14},
    {"returned", "已退回，待修改", kMemberOnly, 30},
    // Due again 12 months after it was acknowledged or last confirmed; in 待办 a month ahead.
    {.id = "registered", .name = "已备案", .waiting_for = kMemberOnly, .due_months = 12, .notice_months = 1},
    {"closed", "已注销", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kMemberOnly, false, true},
    {Verb::kConfirm, "submitted", "registered", kBranch, false, false},
    {Verb::kReturn, "submitted", "returned", kBranch, true, false},
    {Verb::kResubmit, "returned", "submitted", kMemberOnly, false, true},
    // A change of a registered account: fixed and acknowledged again.
    {Verb::kResubmit, "registered", "submitted", kMemberOnly, false, true},
    {Verb::kReconfirm, "registered", "registered", kMemberOnly, false, false},
    {.verb = Verb::kClose, .from = "registered", .to = "closed", .by = kMemberOnly, .step_fields = kClosing},
    {Verb::kWithdraw, "submitted", "withdrawn", kMemberOnly, false, false},
    {Verb::kWithdraw, "returned", "withdrawn", kMemberOnly, false, false},
};

constexpr std::string_view kTopics[] = {"public_accounts"};

constexpr Kind kAccount{
    .id = "account",
    .title = "网络公众账号备案",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "opened_on",
    .cadres_only = true,
    .purpose = "党员干部注册、使用的网络公众账号，以及本组织运营、由您负责的公众账号，逐个备案。",
    .next_steps = "提交后由您所在党支部的书记或组织委员确认备案；此后每 12 个月确认一次账号信息无变化（到期前一个月起出现在待办中，"
                  "可一次确认全部账号），信息有变化的修改后重新提交，停用的记录注销日期。",
    .title_field = "account_name",
    .short_title = "公众账号备案",
    .cadre_exempt_field = "owner_kind",
    .cadre_exempt_value = "organisation",
    .check = check,
};

}  // namespace

const Kind& account_kind() { return kAccount; }

}  // namespace nc::domain::workflow
