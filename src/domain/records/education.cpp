// 学习教育 (the articles under the topic education: art. 21 of the seed text):
// a branch's yearly education plan, the sessions it holds, and who attended
// each — recorded by the branch's secretary (or a committee member) from the
// roster, present / excused with a reason / absent — with make-up study
// (补学) for those who missed it.
//
//   education_plan     about the branch (Subject::kOrganisation): one item of
//                      the year's plan — the month, the topic, the articles it
//                      covers. Read by the branch's members and roles; the
//                      committees above and auditors count them.
//   education_session  about the branch: a session held — the day, the form,
//                      the topic, the articles studied, links and files
//                      (the record's attachments). Its state moves to
//                      `attendance_recorded` when the attendance is recorded.
//   attendance         about a member: one member at one session. Made only
//                      with the session's attendance, all of the branch's
//                      roster at once (POST /api/v1/education/sessions/{id}/
//                      attendance, one transaction); the member reads it in
//                      我的记录 and may answer it (a statement: "I was there").
//                      Absent or excused, it waits in the member's 待办 for
//                      their make-up study, which the member records
//                      themself (when and how): studying is theirs to tell,
//                      the secretary reads it. Committees above and auditors
//                      count (coverage by month), never see names.
//
// Nothing here watches anyone: no check-ins, no time spent online, no count
// of a person's attendance anywhere but on their own page.
#include <string>

#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Role kBranchRoles[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kOrgReaders[] = {Role::kMember, Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kCounters[] = {Role::kCommitteeAdmin, Role::kAuditor};
constexpr std::string_view kTopics[] = {"education"};

// ---- the plan ------------------------------------------------------------------

constexpr Choice kMonths[] = {
    {"1", "1月"}, {"2", "2月"}, {"3", "3月"}, {"4", "4月"},   {"5", "5月"},   {"6", "6月"},
    {"7", "7月"}, {"8", "8月"}, {"9", "9月"}, {"10", "10月"}, {"11", "11月"}, {"12", "12月"},
};

constexpr Field kPlanFields[] = {
    {.id = "year_start", .label = "计划年度（年初日期）", .type = FieldType::kDate,
     .hint = "该计划所属年度的 1 月 1 日，如 2027-01-01"},
    {.id = "month", .label = "月份", .type = FieldType::kChoice, .choices = kMonths},
    {.id = "topic", .label = "学习主题", .max_chars = 100, .hint = "如：学习《党员网络行为规定》第二章"},
    {.id = "articles", .label = "涉及条文", .type = FieldType::kArticles, .required = false,
     .hint = "现行规定的条文序号，以顿号分隔，如 3、5、21"},
    {.id = "form", .label = "计划形式", .required = false, .max_chars = 50, .hint = "如：集中学习、专题讲座"},
    {.id = "notes", .label = "说明", .type = FieldType::kText, .required = false, .max_chars = 500},
};

std::vector<FieldError> check_plan(const Values& values) {
  for (const auto& [k, v] : values) {
    if (k == "year_start" && v.size() == 10 && v.substr(4) != "-01-01") {
      return {{"year_start", "「计划年度（年初日期）」应为某年的 1 月 1 日，如 2027-01-01"}};
    }
  }
  return {};
}

constexpr State kPlanStates[] = {
    {"planned", "已列入计划", {}, 0},
    {"withdrawn", "已撤销", {}, 0},
};

constexpr Transition kPlanTransitions[] = {
    {Verb::kSubmit, "", "planned", kBranchRoles, false, true},
    {Verb::kUpdate, "planned", "planned", kBranchRoles, false, true},
    {.verb = Verb::kWithdraw, .from = "planned", .to = "withdrawn", .by = kBranchRoles, .reason_required = true},
};

constexpr Kind kPlan{
    .id = "education_plan",
    .title = "学习教育年度计划",
    .topics = kTopics,
    .fields = kPlanFields,
    .states = kPlanStates,
    .transitions = kPlanTransitions,
    .readers = kOrgReaders,
    .date_field = "year_start",
    .count_readers = kCounters,
    .purpose = "党支部制定本年度的学习教育计划：每月学什么主题、涉及规定的哪些条文。每条计划一个主题。",
    .next_steps = "保存后本支部党员和支部委员可以查看；上级党委和审计人员只看到数量。计划有变化的，可更新或撤销（撤销须说明理由）。",
    .title_field = "topic",
    .short_title = "学习计划",
    .check = check_plan,
    .subject = Subject::kOrganisation,
};

// ---- the sessions --------------------------------------------------------------

constexpr Choice kForms[] = {
    {"collective", "集中学习"},
    {"lecture", "专题讲座"},
    {"online", "网上学习"},
    {"discussion", "交流研讨"},
};

constexpr Field kSessionFields[] = {
    {.id = "date", .label = "学习日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "form", .label = "学习形式", .type = FieldType::kChoice, .choices = kForms},
    {.id = "topic", .label = "学习主题", .max_chars = 100},
    {.id = "articles", .label = "学习的条文", .type = FieldType::kArticles, .required = false,
     .hint = "现行规定的条文序号，以顿号分隔，如 3、5、21"},
    {.id = "link", .label = "学习材料链接", .type = FieldType::kUrl, .required = false, .max_chars = 1000,
     .hint = "网上学习材料的网址（如有）；文件可在保存后作为附件上传"},
    {.id = "summary", .label = "学习内容摘要", .type = FieldType::kText, .required = false, .max_chars = 1000},
};

constexpr State kSessionStates[] = {
    {"held", "已开展，待登记出勤", kBranchRoles, 7},
    {"attendance_recorded", "已登记出勤", {}, 0},
};

constexpr Transition kSessionTransitions[] = {
    {Verb::kSubmit, "", "held", kBranchRoles, false, true},
    {Verb::kUpdate, "held", "held", kBranchRoles, false, true},
    {Verb::kUpdate, "attendance_recorded", "attendance_recorded", kBranchRoles, false, true},
};

constexpr Kind kSession{
    .id = "education_session",
    .title = "学习教育活动",
    .topics = kTopics,
    .fields = kSessionFields,
    .states = kSessionStates,
    .transitions = kSessionTransitions,
    .readers = kOrgReaders,
    .date_field = "date",
    .count_readers = kCounters,
    .purpose = "登记党支部开展的一次学习教育：日期、形式、主题、学习的条文和材料。",
    .next_steps = "保存后，在本活动页面按支部名册登记出勤（默认全部出席，只改缺席和请假的几位）；"
                  "缺席或请假的党员会在自己的待办中看到补学提醒。本支部党员可以查看活动。",
    .title_field = "topic",
    .short_title = "学习活动",
    .subject = Subject::kOrganisation,
};

// ---- attendance ----------------------------------------------------------------

constexpr Choice kStatuses[] = {
    {"present", "出席"},
    {"excused", "请假"},
    {"absent", "缺席"},
};

constexpr Field kAttendanceFields[] = {
    {.id = "session", .label = "学习活动编号", .max_chars = 20},
    {.id = "date", .label = "学习日期", .type = FieldType::kDate},
    {.id = "topic", .label = "学习主题", .max_chars = 100},
    {.id = "status", .label = "出勤情况", .type = FieldType::kChoice, .choices = kStatuses},
    {.id = "reason", .label = "请假事由", .required = false, .max_chars = 100},
};

std::vector<FieldError> check_attendance(const Values& values) {
  std::string status, reason;
  for (const auto& [k, v] : values) {
    if (k == "status") status = v;
    if (k == "reason") reason = v;
  }
  if (status == "excused" && reason.empty()) return {{"reason", "请假的，请填写「请假事由」"}};
  if (status != "excused" && !reason.empty()) return {{"reason", "只有请假的才填写「请假事由」"}};
  return {};
}

// What the member records of their make-up study.
constexpr Field kMakeUp[] = {
    {.id = "made_up_on", .label = "补学日期", .type = FieldType::kDate, .not_after_today = true},
    {.id = "how", .label = "补学方式", .max_chars = 200, .hint = "如：自学学习材料并向支部书记交流心得"},
};

constexpr Role kMemberOnly[] = {Role::kMember};
constexpr Role kAttendanceReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember};

constexpr State kAttendanceStates[] = {
    {"present", "出席", {}, 0},
    {"excused", "请假，待补学", kMemberOnly, 30},
    {"absent", "缺席，待补学", kMemberOnly, 30},
    {"made_up", "已补学", {}, 0},
};

constexpr Transition kAttendanceTransitions[] = {
    {Verb::kSubmit, "", "present", kBranchRoles, false, true},
    {.verb = Verb::kMakeUp, .from = "excused", .to = "made_up", .by = kMemberOnly, .step_fields = kMakeUp},
    {.verb = Verb::kMakeUp, .from = "absent", .to = "made_up", .by = kMemberOnly, .step_fields = kMakeUp},
};

constexpr Kind kAttendance{
    .id = "attendance",
    .title = "学习教育出勤",
    .topics = kTopics,
    .fields = kAttendanceFields,
    .states = kAttendanceStates,
    .transitions = kAttendanceTransitions,
    .readers = kAttendanceReaders,
    .date_field = "date",
    .count_readers = kCounters,
    .purpose = "党支部书记在学习活动后按名册登记的出勤情况。",
    .next_steps = "缺席或请假的，请在补学后于本记录登记补学日期和方式；对出勤登记有不同意见的，可以写说明。"
                  "本支部书记和组织委员可以查看；上级党委和审计人员只看到人数，看不到姓名。",
    .title_field = "topic",
    .short_title = "学习出勤",
    .check = check_attendance,
    .made_by_route = "/api/v1/education/sessions/{id}/attendance",
};

}  // namespace

const Kind& education_plan_kind() { return kPlan; }
const Kind& education_session_kind() { return kSession; }
const Kind& attendance_kind() { return kAttendance; }

std::optional<std::string_view> attendance_state(std::string_view status) {
  for (const Choice& c : kStatuses) {
    if (c.id == status) return c.id;  // the states are named as the statuses
  }
  return std::nullopt;
}

}  // namespace nc::domain::workflow
