// 社情民意反映 (the articles under the topic public_opinion: the online mass
// line, passing on what people ask for): a member records what they saw
// people ask for or complain about — what, on which topic, where and when —
// and never who said it: no poster's name, account or contact (the form
// says so). The branch secretary or a committee member forwards it to the
// department concerned, naming the department and the day (the step's own
// fields, kept in the history), or returns it with a reason; once the
// department answers, they record the answer and its day, which closes it,
// or close it with a reason when no answer comes. The member fixes and
// resubmits a returned one, or withdraws one not yet forwarded.
//
// A receipt from the department (a scan of its reply) belongs to the answer
// step: attachments, per record or per step, are a separate part of the
// workflow core, not of this kind; a kind needs no field for them.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Field kFields[] = {
    {"summary", "反映内容", FieldType::kText, true, 1000, {}, false,
     "群众的意见和要求的要点。只写反映了什么，不写发帖人或反映人的姓名、账号、联系方式等身份信息"},
    {"topic", "所属领域", FieldType::kLine, true, 50, {}, false, "如：教育、医疗、住房、交通、就业"},
    {"place", "在哪里看到", FieldType::kLine, true, 100, {}, false,
     "平台或场所，如：某市民论坛、微博话题、社区议事会；不填写具体账号"},
    {"seen_on", "看到的日期", FieldType::kDate, true, 0, {}, true, "在网上或线下看到这些意见的日期"},
};

constexpr Field kForwardFields[] = {
    {"department", "转交的部门", FieldType::kLine, true, 100, {}, false, "如：区信访局、12345 政务服务便民热线、街道办事处"},
    {"forwarded_on", "转交日期", FieldType::kDate, true, 0, {}, true, {}},
};

constexpr Field kAnswerFields[] = {
    {"answer", "部门答复", FieldType::kText, true, 2000, {}, false, "有关部门答复的要点"},
    {"answered_on", "答复日期", FieldType::kDate, true, 0, {}, true, {}},
};

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"submitted", "待党支部转交", kBranch, 14},
    {"returned", "已退回，待修改", kMemberOnly, 30},
    {"forwarded", "已转交，待部门答复", kBranch, 30},
    {"closed", "已办结", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kMemberOnly, false, true, {}},
    {Verb::kForward, "submitted", "forwarded", kBranch, false, false, kForwardFields},
    {Verb::kReturn, "submitted", "returned", kBranch, true, false, {}},
    {Verb::kResubmit, "returned", "submitted", kMemberOnly, false, true, {}},
    {Verb::kWithdraw, "submitted", "withdrawn", kMemberOnly, false, false, {}},
    {Verb::kWithdraw, "returned", "withdrawn", kMemberOnly, false, false, {}},
    {Verb::kAnswer, "forwarded", "closed", kBranch, false, false, kAnswerFields},
    {Verb::kClose, "forwarded", "closed", kBranch, true, false, {}},
};

constexpr std::string_view kTopics[] = {"public_opinion"};

constexpr Kind kRelay{
    "relay", "社情民意反映", kTopics, kFields, kStates, kTransitions, kReaders, "seen_on",
    false, {},
    "践行网上群众路线，及时反映群众的意见和要求。只记录群众反映了什么，不记录是谁说的。",
    "提交后由您所在党支部的书记或组织委员在 14 天内转交有关部门（或退回请您修改）；转交后 30 天内记录部门的答复并办结。"
    "每一步您都能在本页和“我的记录”中看到。",
    "summary", "社情民意",
};

}  // namespace

const Kind& relay_kind() { return kRelay; }

}  // namespace nc::domain::workflow
