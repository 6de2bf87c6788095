// 违法违规信息举报记录 (the articles under the topic reporting): a member logs
// illegal or rule-breaking content they reported to a platform or a
// department (such as 12377) — what it was, the link, where and when they
// reported it, the reference number — and keeps its outcome up to date, then
// closes it or withdraws it. It is a log of the member's own reports to
// platforms and departments, and nothing else: there is no channel here for
// reporting other members' opinions (the form says so).
//
// Contents stay with the member's branch: its secretary and committee
// members read the records; the committees above and auditors count them
// (GET /api/v1/records/counts) but never see names or contents
// (count_readers, not readers).
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Field kFields[] = {
    {"description", "举报的内容", FieldType::kText, true, 500, {}, false,
     "违法违规信息或活动的简要描述，如：传播淫秽色情内容的群组、网络诈骗广告"},
    {"link", "链接", FieldType::kUrl, false, 1000, {}, false, "信息所在的网址（如有），以 http:// 或 https:// 开头"},
    {"reported_to", "举报给", FieldType::kLine, true, 100, {}, false,
     "平台或部门，如：12377 违法和不良信息举报中心、微博举报入口、公安机关"},
    {"reported_on", "举报日期", FieldType::kDate, true, 0, {}, true, {}},
    {"reference", "受理编号", FieldType::kLine, false, 100, {}, false, "平台或部门给出的受理编号（如有）"},
    {"outcome", "处理结果", FieldType::kText, false, 500, {}, false, "平台或部门的处理结果，得知后可随时更新"},
};

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kCounters[] = {Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"recorded", "已登记，待处理结果", {}, 0},
    {"closed", "已办结", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "recorded", kMemberOnly, false, true, {}},
    {Verb::kUpdate, "recorded", "recorded", kMemberOnly, false, true, {}},
    {Verb::kClose, "recorded", "closed", kMemberOnly, false, false, {}},
    {Verb::kWithdraw, "recorded", "withdrawn", kMemberOnly, false, false, {}},
};

constexpr std::string_view kTopics[] = {"reporting"};

constexpr Kind kReport{
    "report", "违法违规信息举报记录", kTopics, kFields, kStates, kTransitions, kReaders, "reported_on",
    false, kCounters,
    "登记您向网络平台或有关部门举报的违法违规信息。这里只记录您举报给平台和部门的内容，不受理、也不能用来举报其他党员的言论或观点。",
    "提交后记录由您本人保存和更新：得知处理结果后可随时更新，处理完毕后办结。所在党支部书记和组织委员可以查看；"
    "上级党委和审计人员只看到数量，看不到姓名和内容。",
    "description", "举报记录",
};

}  // namespace

const Kind& report_kind() { return kReport; }

}  // namespace nc::domain::workflow
