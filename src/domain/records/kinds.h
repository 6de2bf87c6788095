// The record kinds of the registers, one file each in this folder
// (workflow.h says what a kind declares). A new kind: its file here, its
// line below and in kinds.cpp, its entry in domain/record_kind.cpp, and its
// form in the UI.
#pragma once

#include "domain/workflow.h"

namespace nc::domain::workflow {

const Kind& contribution_kind();  // contribution.cpp: 网络正能量贡献
const Kind& post_review_kind();   // post_review.cpp: 组织发布审核

}  // namespace nc::domain::workflow
