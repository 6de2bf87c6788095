// The committee overview (issue 11, "A committee overview"): the figures a
// dashboard shows for an organisation over its whole subtree, declared as a
// list of indicators. Each says what it counts — records of one kind in some
// of its states — and how: by the month of the record's date over a year,
// or as what stands open now (with how many of them are overdue). A kind's
// figures plug in by a line of this list, not by code per chart: an indicator
// whose kind or states are not (yet) registered reads "no data", never a
// number (education sessions, quizzes, talks and reviews arrive with their
// kinds). Figures are by organisation, never by person: nothing here names
// or counts anyone. Pure.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>

#include "domain/authorization.h"
#include "domain/workflow.h"

namespace nc::domain::overview {

// Where an indicator's numbers come from.
enum class Source {
  kRecords,  // records of a workflow kind (the store's counters per organisation, kind, state and month)
  kQuizzes,  // quizzes of the rulebook (store/quiz_records.h): completions, by the month the quiz closes
};

enum class Measure {
  kByMonth,  // records in `states` by the month of their date, over the year asked
  kOpenNow,  // records in `states` now, whatever their date, and of them how many are overdue
};

struct Indicator {
  std::string_view id;     // stable, the JSON key and the export's row: "contributions_confirmed"
  std::string_view label;  // Chinese: "确认的正能量贡献"
  std::string_view topic;  // the rulebook topic of the article it serves (cited through the annotations)
  Measure measure = Measure::kByMonth;
  std::string_view kind;   // the record kind counted; empty: a hook whose kind has not arrived
  std::span<const std::string_view> states;
  std::string_view pending = {};  // Chinese, for a hook: what brings its numbers
  Source source = Source::kRecords;  // kQuizzes: kind and states stay empty
};

// Every indicator, in the order the overview shows them.
std::span<const Indicator> indicators();
const Indicator* find_indicator(std::string_view id);

// Whether the indicator has numbers: its kind registered (workflow::find_kind)
// and every one of its states a state of that kind, or its source the quizzes.
// Otherwise the UI says 尚无数据.
bool available(const Indicator& indicator);

// Whether a record in `state` counts for the indicator.
bool counts_state(const Indicator& indicator, std::string_view state);

// Who sees an organisation's overview (counts only, nobody named): holders
// of branch_secretary or committee_member on it, of committee_admin or
// auditor on it or above it. `org` is the organisation first, its root last.
Decision may_view(const Actor& actor, const OrgPath& org);

// The twelve months of a year as YYYY-MM; the year must be 1..9999.
std::array<std::string, 12> months_of(int year);

}  // namespace nc::domain::overview
