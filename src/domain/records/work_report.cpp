// 年度工作计划和总结 (the articles under the topic responsibility_system, and
// the branch duties of chapter 4 it reports on: education, commendation,
// guidance, democratic review): a branch's secretary or committee member
// records the branch's work plan for a year, or its year-end report, against
// a checklist of those duties, with the secretary's narrative. It is about
// the organisation, nobody in particular. The committee that manages the
// branch acknowledges it or returns it with a reason; a returned one is
// fixed and submitted again.
//
// A year-end report fills itself: on its creation and on every resubmission
// the server computes the branch's figures for the year from the overview's
// indicators (domain/overview.h) and freezes them into the record
// (Kind::figures_when_field); nothing already recorded is typed again, and
// an indicator with no records behind it says 尚无数据, never a number.
#include <algorithm>

#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

constexpr Choice kDocuments[] = {
    {"plan", "年度工作计划"},
    {"report", "年终工作总结"},
};

// Each duty of the checklist: planned for the year (a plan), or how far it was carried out (a report).
constexpr Choice kProgress[] = {
    {"planned", "已列入计划"},
    {"done", "已落实"},
    {"partial", "部分落实"},
    {"not_yet", "尚未开展"},
};

constexpr Field kFields[] = {
    {.id = "year", .label = "年度", .max_chars = 4, .hint = "四位数字的年份，如 2026"},
    {.id = "document", .label = "文件类别", .type = FieldType::kChoice, .choices = kDocuments,
     .hint = "年终工作总结提交时，系统自动从本支部当年的登记记录中统计各项数字，附在总结中，无须再填"},
    {.id = "duty_education", .label = "学习教育（第四章：学习教育和自学测验）", .type = FieldType::kChoice,
     .choices = kProgress},
    {.id = "duty_commendation", .label = "表彰激励（第四章：评先评优）", .type = FieldType::kChoice, .choices = kProgress},
    {.id = "duty_guidance", .label = "教育引导（第四章：引导规则和谈心谈话）", .type = FieldType::kChoice,
     .choices = kProgress},
    {.id = "duty_responsibility", .label = "责任落实（第四章：工作计划和总结）", .type = FieldType::kChoice,
     .choices = kProgress},
    {.id = "duty_review", .label = "民主评议（第四章：组织生活会、民主评议党员）", .type = FieldType::kChoice,
     .choices = kProgress},
    {.id = "narrative", .label = "书记的工作叙述", .type = FieldType::kText, .max_chars = 5000,
     .hint = "计划：全年安排和分工；总结：做了什么、存在的问题、下一步打算（不超过 5000 字）"},
};

std::vector<FieldError> check(const Values& values) {
  for (const auto& [k, v] : values) {
    if (k != "year") continue;
    const bool digits = v.size() == 4 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int year = digits ? std::stoi(v) : 0;
    if (year < kFirstYear || year > kLastYear) {
      return {{"year", "「年度」应为 2000 至 2100 之间的四位年份，如 2026"}};
    }
  }
  return {};
}

constexpr Role kBranch[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kAdmin[] = {Role::kCommitteeAdmin};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"submitted", "待党委确认", kAdmin, 30},
    {"returned", "已退回，待修改", kBranch, 30},
    {"acknowledged", "党委已确认", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "submitted", kBranch, false, true},
    {.verb = Verb::kConfirm, .from = "submitted", .to = "acknowledged", .by = kAdmin, .managing_committee = true},
    {.verb = Verb::kReturn, .from = "submitted", .to = "returned", .by = kAdmin, .reason_required = true,
     .managing_committee = true},
    {Verb::kResubmit, "returned", "submitted", kBranch, false, true},
    {Verb::kWithdraw, "submitted", "withdrawn", kBranch, false, false},
    {Verb::kWithdraw, "returned", "withdrawn", kBranch, false, false},
};

constexpr std::string_view kTopics[] = {"responsibility_system", "education", "commendation", "guidance",
                                        "democratic_review"};

constexpr Kind kWorkReport{
    .id = "work_report",
    .title = "年度工作计划和总结",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "year",
    .purpose = "党支部对照第四章规定的职责（学习教育、表彰激励、教育引导、责任落实、民主评议），"
               "报送年度工作计划或年终工作总结。",
    .next_steps = "提交后由管理本支部的党委管理员确认，或写明理由退回修改。年终工作总结提交（及修改后重新提交）时，"
                  "系统从本支部当年的登记记录中统计各项数字并固定在总结中；尚无记录的项目显示“尚无数据”。",
    .title_field = "document",
    .short_title = "工作计划和总结",
    .check = check,
    .subject = Subject::kOrganisation,
    .year_field = "year",
    .figures_when_field = "document",
    .figures_when_value = "report",
};

}  // namespace

const Kind& work_report_kind() { return kWorkReport; }

}  // namespace nc::domain::workflow
