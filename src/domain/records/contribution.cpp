// 网络正能量贡献 (the articles under the topics positive_content,
// refute_errors and china_stories: arts. 4, 6 and 7 of the seed text): a
// member records a piece of online work; the branch secretary or a
// committee member confirms it, or returns it with a reason; the member fixes
// and resubmits a returned one, or withdraws it. Confirmed contributions are
// what commendation (chapter 4) will cite. No points, and no counts per
// person anywhere but on the member's own page.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Choice kCategories[] = {
    {"theory", "宣传理论和政策"},
    {"refute", "批驳错误观点"},
    {"story", "讲好中国故事"},
    {"other", "其他"},
};

constexpr Field kFields[] = {
    {"category", "贡献类别", FieldType::kChoice, true, 0, kCategories, false, {}},
    {"platform", "平台", FieldType::kLine, true, 50, {}, false, "如：微信公众号、微博、抖音、学习强国"},
    {"link", "链接", FieldType::kUrl, true, 1000, {}, false, "作品或发言的网址，以 http:// 或 https:// 开头"},
    {"date", "日期", FieldType::kDate, true, 0, {}, true, "发布或发言的日期"},
    {"description", "简要说明", FieldType::kLine, true, 200, {}, false, "一句话说明做了什么，不超过 200 字"},
};

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"submitted", "待确认", kBranch, 14},
    {"returned", "已退回，待修改", kMemberOnly, 30},
    {"confirmed", "已确认", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kMemberOnly, false, true},
    {Verb::kConfirm, "submitted", "confirmed", kBranch, false, false},
    {Verb::kReturn, "submitted", "returned", kBranch, true, false},
    {Verb::kResubmit, "returned", "submitted", kMemberOnly, false, true},
    {Verb::kWithdraw, "submitted", "withdrawn", kMemberOnly, false, false},
    {Verb::kWithdraw, "returned", "withdrawn", kMemberOnly, false, false},
};

constexpr std::string_view kTopics[] = {"positive_content", "refute_errors", "china_stories"};

constexpr Kind kContribution{
    "contribution", "网络正能量贡献", kTopics, kFields, kStates, kTransitions, kReaders, "date",
    false, {},
    "宣传党的理论和政策、批驳错误观点、讲好中国故事等网上正面发声。",
    "提交后由您所在党支部的书记或组织委员确认；如被退回，您可按退回理由修改后重新提交，或撤回。确认的贡献可作为表彰的依据。"
    "不计分，个人数量只在本页显示给您本人。",
    "description", "我的贡献",
};

}  // namespace

const Kind& contribution_kind() { return kContribution; }

}  // namespace nc::domain::workflow
