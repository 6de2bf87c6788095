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
const Kind& account_kind();       // account.cpp: 网络公众账号备案 (cadres; the organisation's own)
const Kind& work_report_kind();   // work_report.cpp: 年度工作计划和总结 (an organisation's)

}  // namespace nc::domain::workflow
