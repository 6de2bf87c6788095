// 民主评议 (the article under the topic democratic_review: art. 25 of the
// seed text): each member writes a self-review against the regulation's
// chapters (free text per chapter of the rulebook in force: the handler names
// and requires the chapters it has); the branch secretary records the outcome
// the meeting decided (优秀 / 合格 / 基本合格 / 不合格) with the meeting's
// date, a step kept in the history with who recorded it; the member's
// statement goes beside it (statements, as on every record). The system
// proposes nothing: no outcome is suggested anywhere. Read by the member and
// the branch roles; committees and auditors above count completion (by state).
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr std::string_view kChapterHint = "对照本章的要求，写出自己做得怎样、有什么不足、如何改进";

constexpr Field kFields[] = {
    {.id = "year", .label = "评议日期", .type = FieldType::kDate, .hint = "组织生活会或民主评议党员会的日期"},
    {.id = "chapter_1", .label = "第一章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 1},
    {.id = "chapter_2", .label = "第二章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 2},
    {.id = "chapter_3", .label = "第三章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 3},
    {.id = "chapter_4", .label = "第四章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 4},
    {.id = "chapter_5", .label = "第五章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 5},
    {.id = "chapter_6", .label = "第六章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 6},
    {.id = "chapter_7", .label = "第七章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 7},
    {.id = "chapter_8", .label = "第八章", .type = FieldType::kText, .required = false, .max_chars = 2000,
     .hint = kChapterHint, .chapter = 8},
    {.id = "summary", .label = "总体自评", .max_chars = 200, .hint = "一句话概括，列表中显示"},
};

constexpr Choice kOutcomes[] = {
    {"excellent", "优秀"},
    {"qualified", "合格"},
    {"basically_qualified", "基本合格"},
    {"unqualified", "不合格"},
};

// What the secretary records of the meeting's decision (nothing suggested).
constexpr Field kOutcome[] = {
    {.id = "outcome", .label = "评议结果", .type = FieldType::kChoice, .choices = kOutcomes,
     .hint = "按评议会议的决定填写"},
    {.id = "meeting_date", .label = "会议日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "note", .label = "说明", .type = FieldType::kText, .required = false, .max_chars = 500},
};

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kSecretary[] = {Role::kBranchSecretary};
constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kCounters[] = {Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"submitted", "自评已提交，待记录评议结果", kSecretary, 60},
    {"returned", "已退回，待修改", kMemberOnly, 14},
    {"decided", "已记录评议结果", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kMemberOnly, false, true},
    {.verb = Verb::kReturn, .from = "submitted", .to = "returned", .by = kBranch, .reason_required = true},
    {Verb::kResubmit, "returned", "submitted", kMemberOnly, false, true},
    {.verb = Verb::kDecide, .from = "submitted", .to = "decided", .by = kSecretary, .step_fields = kOutcome},
};

constexpr std::string_view kTopics[] = {"democratic_review"};

constexpr Kind kReview{
    .id = "review",
    .title = "民主评议",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kBranch,
    .date_field = "year",
    .count_readers = kCounters,
    .purpose = "组织生活会和民主评议党员前，对照《党员网络行为规定》各章逐章写出自我评议。",
    .next_steps = "提交后由党支部书记在评议会后记录会议决定的评议结果（记录人和时间一并保存）；"
                  "您在“我的记录”中看到结果，可在记录旁添加说明。系统不提出任何评议意见。",
    .title_field = "summary",
    .short_title = "民主评议",
};

}  // namespace

const Kind& review_kind() { return kReview; }

}  // namespace nc::domain::workflow
