#include "domain/records/kinds.h"

namespace nc::domain::workflow {

std::span<const Kind* const> kinds() {
  static const Kind* const kKinds[] = {&contribution_kind(), &relay_kind(),    &report_kind(),  &gift_kind(),
                                       &activity_kind(),     &account_kind(), &post_review_kind(),
                                       &education_plan_kind(), &education_session_kind(), &attendance_kind(),
                                       &commendation_kind(), &guidance_rule_kind(), &talk_kind(),
                                       &review_kind(),       &review_meeting_kind(),
                                       &work_report_kind()};
  return kKinds;
}

}  // namespace nc::domain::workflow
