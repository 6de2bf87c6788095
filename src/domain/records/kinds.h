// The record kinds of the registers, one file each in this folder
// (workflow.h says what a kind declares). A new kind: its file here, its
// line below and in kinds.cpp, and its entry in domain/record_kind.cpp; the UI
// builds its form and pages from GET /api/v1/records/kinds (KindView.vue).
#pragma once

#include "domain/workflow.h"

namespace nc::domain::workflow {

const Kind& contribution_kind();  // contribution.cpp: 网络正能量贡献
const Kind& post_review_kind();   // post_review.cpp: 组织发布审核
const Kind& relay_kind();         // relay.cpp: 社情民意反映
const Kind& report_kind();        // report.cpp: 违法违规信息举报记录
const Kind& gift_kind();          // gift.cpp: 网络虚拟财物登记 (cadres)
const Kind& activity_kind();      // activity.cpp: 以职务身份开展网络活动审批 (cadres)
const Kind& commendation_kind();  // commendation.cpp: 网络工作表彰 (nominations)
const Kind& guidance_rule_kind(); // guidance_rule.cpp: 网络行为指导规则 (an organisation's)
const Kind& talk_kind();          // talk.cpp: 谈心谈话
const Kind& review_kind();        // review.cpp: 民主评议 (self-review and outcome)
const Kind& review_meeting_kind();  // review_meeting.cpp: 民主评议会议记录 (an organisation's)
const Kind& account_kind();       // account.cpp: 网络公众账号备案 (cadres; the organisation's own)
const Kind& education_plan_kind();     // education.cpp: 学习教育年度计划 (the branch's)
const Kind& education_session_kind();  // education.cpp: 学习教育活动 (the branch's)
const Kind& attendance_kind();         // education.cpp: 学习教育出勤 (a member's, made with the session's)
const Kind& work_report_kind();   // work_report.cpp: 年度工作计划和总结 (an organisation's)

// The state an attendance record starts in for a status of the roster form
// ("present", "excused", "absent"); nothing for any other.
std::optional<std::string_view> attendance_state(std::string_view status);

}  // namespace nc::domain::workflow

namespace nc::domain::workflow {

// Whom a guidance rule (guidance_rule.cpp) applies to: a member of the given
// category who holds the given accounts (a registered public account of
// their own, the organisation's account they are responsible for).
struct GuidanceReader {
  bool cadre = false;
  bool personal_account = false;
  bool organisation_account = false;
};
// Whether the rule with these field values applies to `reader`.
bool guidance_applies(const Values& rule, const GuidanceReader& reader);

// Whether a member reads a guidance rule as one that applies to them: it is
// published, kept by their branch or an organisation above it
// (`member_org`: their branch, then its ancestors), and applies to their
// category and accounts. The one decision behind the member's 指导 page
// (GET /api/v1/me/guidance lists these) and the record route, which reads
// each of them — a rule is about nobody: not an audited read.
bool guidance_reaches(const RecordFacts& rule, const Values& fields, const OrgPath& member_org,
                      const GuidanceReader& reader);

}  // namespace nc::domain::workflow
