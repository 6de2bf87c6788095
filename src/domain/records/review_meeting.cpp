// 民主评议会议记录 (the article under the topic democratic_review: art. 25 of
// the seed text): the branch secretary or a committee member records the
// 组织生活会 / 民主评议党员 meeting: its date, kind and minutes. The branch's
// record, read by its members; the minutes may be revised (the history keeps
// each version). The outcomes the meeting decided are recorded on each
// member's own review (review.cpp), never here.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Choice kTypes[] = {
    {"life_meeting", "组织生活会"},
    {"review_meeting", "民主评议党员大会"},
};

constexpr Field kFields[] = {
    {.id = "title", .label = "会议名称", .max_chars = 100, .hint = "如：2026 年度组织生活会暨民主评议党员"},
    {.id = "meeting_type", .label = "会议类型", .type = FieldType::kChoice, .choices = kTypes},
    {.id = "date", .label = "会议日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "minutes", .label = "会议记录", .type = FieldType::kText, .max_chars = 10000,
     .hint = "议程、自我评议和相互评议情况、表决方式；不写个人得票数"},
};

constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kReaders[] = {Role::kMember, Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin,
                             Role::kAuditor};

constexpr State kStates[] = {
    {"recorded", "已记录", {}, 0},
};

constexpr Transition kTransitions[] = {
    {.verb = Verb::kSubmit, .from = "", .to = "recorded", .by = kBranch, .carries_fields = true},
    {.verb = Verb::kRevise, .from = "recorded", .to = "recorded", .by = kBranch, .carries_fields = true},
};

constexpr std::string_view kTopics[] = {"democratic_review"};

constexpr Kind kReviewMeeting{
    .id = "review_meeting",
    .title = "民主评议会议记录",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "date",
    .purpose = "记录组织生活会、民主评议党员大会的时间和会议记录。",
    .next_steps = "保存后本支部党员可以查看；会议记录可以修订，每一版都保留。每名党员的评议结果记在其本人的民主评议记录中。",
    .title_field = "title",
    .short_title = "评议会议",
    .subject = Subject::kOrganisation,
};

}  // namespace

const Kind& review_meeting_kind() { return kReviewMeeting; }

}  // namespace nc::domain::workflow
