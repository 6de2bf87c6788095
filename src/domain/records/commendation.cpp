// 表彰提名 (the article under the topic commendation: art. 22 of the seed
// text): the branch (its secretary or a committee member) or a committee
// above (its administrator) nominates a member for outstanding online work,
// citing the member's confirmed contributions as evidence (the handler checks
// each id against the store: a confirmed contribution of that member). The
// committee that manages the member approves it or rejects it with a reason;
// the nominators may withdraw it while it waits. An approved nomination is
// the commendation: a record in the member's 我的记录, exported with the
// register for 评先评优. Nothing ranks anyone and no count nominates anyone:
// people decide, and the record says who.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Field kFields[] = {
    {.id = "honour", .label = "表彰名称", .max_chars = 50, .hint = "如：网络宣传先进个人"},
    {.id = "date", .label = "提名日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "deeds", .label = "主要事迹", .type = FieldType::kText, .max_chars = 1000,
     .hint = "写明这名党员做了什么、起了什么作用；由提名人撰写，不按数量排名"},
    {.id = "contributions", .label = "依据的贡献记录", .type = FieldType::kRecords,
     .hint = "这名党员已确认的网络正能量贡献记录的编号，多个以英文逗号分隔", .max_value = 20,
     .ref_kind = "contribution", .ref_state = "confirmed"},
};

constexpr Role kNominators[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin};
constexpr Role kAdmin[] = {Role::kCommitteeAdmin};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"nominated", "待党委审批", kAdmin, 30},
    {"commended", "已表彰", {}, 0},
    {"rejected", "未获批准", {}, 0},
    {"withdrawn", "已撤回提名", {}, 0},
};

constexpr Transition kTransitions[] = {
    {.verb = Verb::kSubmit, .from = "", .to = "nominated", .by = kNominators, .carries_fields = true},
    {.verb = Verb::kApprove, .from = "nominated", .to = "commended", .by = kAdmin, .managing_committee = true},
    {.verb = Verb::kReject, .from = "nominated", .to = "rejected", .by = kAdmin, .reason_required = true,
     .managing_committee = true},
    {.verb = Verb::kWithdraw, .from = "nominated", .to = "withdrawn", .by = kNominators},
};

constexpr std::string_view kTopics[] = {"commendation"};

constexpr Kind kCommendation{
    .id = "commendation",
    .title = "网络工作表彰",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "date",
    .purpose = "党支部或上级党委提名在网上工作中表现突出的党员，以其已确认的网络正能量贡献为依据。"
               "不计分、不排名，贡献数量本身不构成提名。",
    .next_steps = "提交后由管理这名党员的党委的管理员审批：批准后成为表彰记录，党员本人在“我的记录”中可见，"
                  "并随登记册导出供评先评优引用；不予批准的写明理由。等待审批期间提名人可撤回。",
    .title_field = "honour",
    .short_title = "表彰提名",
};

}  // namespace

const Kind& commendation_kind() { return kCommendation; }

}  // namespace nc::domain::workflow
