#include "domain/overview.h"

#include <algorithm>
#include <cstdio>

namespace nc::domain::overview {
namespace {

constexpr std::string_view kConfirmed[] = {"confirmed"};
constexpr std::string_view kContributionsAll[] = {"submitted", "returned", "confirmed"};
constexpr std::string_view kRelaysAll[] = {"submitted", "returned", "forwarded", "closed"};
constexpr std::string_view kRelaysAnswered[] = {"closed"};
constexpr std::string_view kRelaysOpen[] = {"submitted", "forwarded"};
constexpr std::string_view kReports[] = {"recorded", "closed"};
constexpr std::string_view kGiftsAll[] = {"submitted", "returned", "acknowledged"};
constexpr std::string_view kAwaitingBranch[] = {"submitted"};
constexpr std::string_view kAccountsRegistered[] = {"registered"};
constexpr std::string_view kActivitiesOpen[] = {"submitted", "first_approved"};
constexpr std::string_view kPublished[] = {"published"};

constexpr std::string_view kSessionsHeld[] = {"held", "attendance_recorded"};
constexpr std::string_view kAttended[] = {"present", "made_up"};
constexpr std::string_view kTalksHeld[] = {"recorded", "answered"};
constexpr std::string_view kReviewsDecided[] = {"decided"};

constexpr Indicator kIndicators[] = {
    // Chapter 4, art. 21: education (records/education.cpp); the quizzes are
    // not records of the workflow core: their completions (a count per quiz,
    // nobody's score) by the month each quiz closes.
    {.id = "sessions_held", .label = "学习教育开展次数", .topic = "education", .kind = "education_session",
     .states = kSessionsHeld},
    {.id = "attendance_coverage", .label = "学习教育参学人次（出席和补学）", .topic = "education", .kind = "attendance",
     .states = kAttended},
    {.id = "quizzes_completed", .label = "自学测验完成人次（按测验截止月份）", .topic = "education", .kind = {},
     .states = {}, .source = Source::kQuizzes},
    // Chapter 2.
    {.id = "contributions_recorded", .label = "登记的正能量贡献", .topic = "contributions",
     .kind = "contribution", .states = kContributionsAll},
    {.id = "contributions_confirmed", .label = "党支部确认的正能量贡献", .topic = "contributions",
     .kind = "contribution", .states = kConfirmed},
    {.id = "relays_received", .label = "反映的社情民意", .topic = "public_opinion", .kind = "relay",
     .states = kRelaysAll},
    {.id = "relays_answered", .label = "已办结的社情民意", .topic = "public_opinion", .kind = "relay",
     .states = kRelaysAnswered},
    {.id = "relays_open", .label = "待转交或待答复的社情民意", .topic = "public_opinion",
     .measure = Measure::kOpenNow, .kind = "relay", .states = kRelaysOpen},
    {.id = "reports_logged", .label = "登记的违法违规信息举报", .topic = "reporting", .kind = "report",
     .states = kReports},
    // Chapter 3.
    {.id = "gifts_declared", .label = "网络虚拟财物登记", .topic = "virtual_property", .kind = "gift",
     .states = kGiftsAll},
    {.id = "gifts_due", .label = "待确认的网络虚拟财物登记", .topic = "virtual_property",
     .measure = Measure::kOpenNow, .kind = "gift", .states = kAwaitingBranch},
    {.id = "activities_pending", .label = "待审批的以职务身份开展网络活动", .topic = "official_capacity_activity",
     .measure = Measure::kOpenNow, .kind = "activity", .states = kActivitiesOpen},
    {.id = "accounts_due", .label = "待确认的网络公众账号备案", .topic = "public_accounts",
     .measure = Measure::kOpenNow, .kind = "account", .states = kAwaitingBranch},
    {.id = "accounts_reconfirm", .label = "已备案账号（到期须年度确认）", .topic = "public_accounts",
     .measure = Measure::kOpenNow, .kind = "account", .states = kAccountsRegistered},
    {.id = "posts_published", .label = "经审核发布的组织账号内容", .topic = "public_accounts",
     .kind = "post_review", .states = kPublished},
    // Chapter 4, arts. 23 and 25 (records/talk.cpp, records/review.cpp).
    {.id = "talks_held", .label = "谈心谈话次数", .topic = "guidance", .kind = "talk", .states = kTalksHeld},
    {.id = "review_completed", .label = "民主评议完成人数（已记录评议结果）", .topic = "democratic_review",
     .kind = "review", .states = kReviewsDecided},
};

}  // namespace

std::span<const Indicator> indicators() { return kIndicators; }

const Indicator* find_indicator(std::string_view id) {
  for (const Indicator& i : kIndicators) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

bool available(const Indicator& indicator) {
  if (indicator.source == Source::kQuizzes) return indicator.measure == Measure::kByMonth;
  if (indicator.kind.empty() || indicator.states.empty()) return false;
  const workflow::Kind* kind = workflow::find_kind(indicator.kind);
  if (!kind) return false;
  return std::all_of(indicator.states.begin(), indicator.states.end(),
                     [&](std::string_view s) { return kind->state(s) != nullptr; });
}

bool counts_state(const Indicator& indicator, std::string_view state) {
  if (indicator.source != Source::kRecords) return false;
  return std::find(indicator.states.begin(), indicator.states.end(), state) != indicator.states.end();
}

Decision may_view(const Actor& actor, const OrgPath& org) {
  Decision d;
  d.reason = "overview: no role covering the organisation";
  if (org.empty()) return d;
  for (Role role : {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor}) {
    if (holds_role(actor, role, org)) {
      d.allowed = true;
      d.reason = "overview: " + std::string(role_id(role));
      return d;
    }
  }
  return d;
}

std::array<std::string, 12> months_of(int year) {
  std::array<std::string, 12> out;
  for (int m = 0; m < 12; ++m) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, m + 1);
    out[static_cast<std::size_t>(m)] = buf;
  }
  return out;
}

}  // namespace nc::domain::overview
