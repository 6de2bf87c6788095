// 谈心谈话 (the article under the topic guidance: art. 23 of the seed text):
// the branch secretary or a committee member records a guidance talk with a
// member of the branch: who talked with them (the recorder, unless the talk
// names someone else), when, the subject and what was agreed. The member
// reads it in 我的记录 and writes their own account beside it (the step
// "填写本人意见", kept in the history with the talk, so that a talk waits for
// the member until they have); a later objection goes through statements
// like any record's. Read by the member and the branch roles only, every
// read by others audited; committees and auditors above count talks held
// (by state), and see nobody.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Field kFields[] = {
    {.id = "talker", .label = "谈话人", .required = false, .max_chars = 50,
     .hint = "不填即为记录人本人；由他人谈话的，写明谈话人姓名和职务"},
    {.id = "date", .label = "谈话日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "topic", .label = "谈话主题", .max_chars = 100, .hint = "如：网上言行提醒、公众账号运营"},
    {.id = "agreed", .label = "谈话内容和商定事项", .type = FieldType::kText, .max_chars = 2000},
};

constexpr Field kAccount[] = {
    {.id = "account", .label = "本人意见/说明", .type = FieldType::kText, .max_chars = 2000,
     .hint = "您对这次谈话的看法、补充或不同意见，记入谈话记录"},
};

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kCounters[] = {Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"recorded", "待本人填写意见", kMemberOnly, 30},
    {"answered", "本人已填写意见", {}, 0},
};

constexpr Transition kTransitions[] = {
    {.verb = Verb::kSubmit, .from = "", .to = "recorded", .by = kBranch, .carries_fields = true},
    {.verb = Verb::kRespond, .from = "recorded", .to = "answered", .by = kMemberOnly, .step_fields = kAccount},
};

constexpr std::string_view kTopics[] = {"guidance"};

constexpr Kind kTalk{
    .id = "talk",
    .title = "谈心谈话",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kBranch,
    .date_field = "date",
    .count_readers = kCounters,
    .purpose = "党支部书记或组织委员与党员谈心谈话后，记录谈话人、时间、主题和商定事项。",
    .next_steps = "保存后党员本人在“我的记录”中看到这次谈话，并可填写本人意见，一并保存在记录中；"
                  "只有本人和本支部书记、组织委员能看，他人每次查看都记入审计。上级只看到谈话次数。",
    .title_field = "topic",
    .short_title = "谈心谈话",
};

}  // namespace

const Kind& talk_kind() { return kTalk; }

}  // namespace nc::domain::workflow
