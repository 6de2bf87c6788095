// 网络虚拟财物登记 (the article under the topic virtual_property: art. 17 of
// the seed text): a cadre registers an offer of virtual property (an
// account, game items, virtual currency, an e-gift card): what, its
// estimated value (any value: there is no threshold), from whom, when, and
// what they did with it (declined, or handed in: to whom, when). The branch
// secretary or a committee member records that it was received (the
// department that took a handed-in item has no account: the secretary
// records its acknowledgement), or returns it with a reason.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Choice kItemTypes[] = {
    {"account", "网络账号"},
    {"game_item", "网络游戏装备"},
    {"currency", "虚拟货币"},
    {"gift_card", "电子礼品卡"},
    {"other", "其他网络虚拟财物"},
};

constexpr Choice kHandling[] = {
    {"declined", "已拒收"},
    {"handed_in", "已上交"},
};

constexpr Field kFields[] = {
    {.id = "item_type", .label = "财物类别", .type = FieldType::kChoice, .choices = kItemTypes},
    {.id = "item", .label = "具体财物", .max_chars = 100, .hint = "如：某游戏账号及其装备、500 个某平台虚拟币"},
    {.id = "value", .label = "估算价值（元）", .type = FieldType::kMoney, .hint = "按市场价估算，任何金额都要登记，没有起点",
     .max_value = 100000000},
    {.id = "giver", .label = "赠送人", .max_chars = 50, .hint = "姓名或称呼"},
    {.id = "giver_relation", .label = "与本人关系", .max_chars = 50, .hint = "如：工作对象、同学、亲属"},
    {.id = "giver_org", .label = "赠送人单位", .required = false, .max_chars = 100},
    {.id = "offered_on", .label = "收到或被提出赠送的日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "handling", .label = "处理情况", .type = FieldType::kChoice, .choices = kHandling},
    {.id = "handed_to", .label = "上交给（部门）", .required = false, .max_chars = 100,
     .hint = "已上交的必填，如：本单位纪检部门"},
    {.id = "handed_on", .label = "上交日期", .type = FieldType::kDate, .required = false, .not_after_today = true,
     .hint = "已上交的必填"},
    {.id = "note", .label = "补充说明", .type = FieldType::kText, .required = false, .max_chars = 500},
};

// What the branch records when it acknowledges: who took the item in.
constexpr Field kAcknowledgement[] = {
    {.id = "ack_by", .label = "接收或确认部门", .required = false, .max_chars = 100,
     .hint = "已上交的，填写接收上交的部门（其确认由支部记录）；已拒收的可不填"},
    {.id = "ack_on", .label = "确认日期", .type = FieldType::kDate, .not_after_today = true},
};

std::vector<FieldError> check(const Values& values) {
  std::string handling, handed_to, handed_on, offered_on;
  for (const auto& [k, v] : values) {
    if (k == "handling") handling = v;
    if (k == "handed_to") handed_to = v;
    if (k == "handed_on") handed_on = v;
    if (k == "offered_on") offered_on = v;
  }
  std::vector<FieldError> out;
  if (handling == "handed_in") {
    if (handed_to.empty()) out.push_back({"handed_to", "已上交的，请填写「上交给（部门）」"});
    if (handed_on.empty()) out.push_back({"handed_on", "已上交的，请填写「上交日期」"});
    if (!handed_on.empty() && handed_on < offered_on) {
      out.push_back({"handed_on", "「上交日期」不能早于「收到或被提出赠送的日期」"});
    }
  } else if (!handed_to.empty() || !handed_on.empty()) {
    out.push_back({handed_to.empty() ? "handed_on" : "handed_to", "已拒收的，「上交给（部门）」和「上交日期」不填"});
  }
  return out;
}

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"submitted", "待确认", kBranch, 14},
    {"returned", "已退回，待修改", kMemberOnly, 30},
    {"acknowledged", "已确认收悉", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kMemberOnly, false, true},
    {.verb = Verb::kConfirm, .from = "submitted", .to = "acknowledged", .by = kBranch, .step_fields = kAcknowledgement},
    {Verb::kReturn, "submitted", "returned", kBranch, true, false},
    {Verb::kResubmit, "returned", "submitted", kMemberOnly, false, true},
    {Verb::kWithdraw, "submitted", "withdrawn", kMemberOnly, false, false},
    {Verb::kWithdraw, "returned", "withdrawn", kMemberOnly, false, false},
};

constexpr std::string_view kTopics[] = {"virtual_property"};

constexpr Kind kGift{
    .id = "gift",
    .title = "网络虚拟财物登记",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "offered_on",
    .cadres_only = true,
    .purpose = "党员干部收到（或被提出赠送）网络账号、游戏装备、虚拟货币、电子礼品卡等网络虚拟财物的，如实登记，不论价值大小。",
    .next_steps = "提交后由您所在党支部的书记或组织委员确认收悉；已上交的，支部记录接收部门的确认。如被退回，按理由修改后重新提交。"
                  "记录只有您本人、支部和上级党委管理员、审计员可以查看，查看都会记入审计日志。",
    .title_field = "item",
    .short_title = "虚拟财物登记",
    .check = check,
};

}  // namespace

const Kind& gift_kind() { return kGift; }

}  // namespace nc::domain::workflow
