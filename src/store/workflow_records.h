// What the store keeps for the registers' workflow core (issue 10,
// domain/workflow.h): records of every kind, their transition history, and
// the keyset pages and counts over an organisation subtree. Plain values.
//
// A record's fields are a JSON object the handler wrote from the values
// domain::workflow::validate() accepted; the store does not read them. It
// keeps the columns it filters and orders by: kind, state, the record's date,
// the organisation that keeps it (through organisations.path, migration 9).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.h"
#include "domain/ids.h"
#include "store/page_records.h"

namespace nc::store {

struct WorkflowRecord {
  std::uint64_t id = 0;  // assigned by the store
  std::string kind;
  domain::MemberId subject;
  domain::OrgId org;  // the organisation that keeps it: the subject's branch when it was made
  std::string state;
  std::string fields;  // JSON object
  domain::Date date;   // the kind's date field
  std::optional<domain::Date> due;
  std::int64_t created_us = 0;
  std::int64_t updated_us = 0;
  std::uint32_t version = 1;  // bumped by every transition
};

// One step of a record's history: who, when, from → to, why.
struct WorkflowStep {
  std::uint64_t record_id = 0;
  std::uint32_t position = 0;  // 1, 2, ... (assigned by the store)
  std::string verb;
  std::string from_state;  // "" for the creation
  std::string to_state;
  domain::UserId actor;
  std::string actor_role;  // the role id the actor acted in
  std::string reason;
  std::string fields;  // the values the step carried (creation, a fix); "" for none
  std::int64_t time_us = 0;
  // The self-check's findings on the values the step carried (a kind with
  // checked_fields), JSON, kept in workflow_checks with the step; "" for none.
  // Not read back by record_steps(): record_checks() reads them.
  std::string check_report;
};

// The findings kept with one step of a record (WorkflowStep::check_report).
struct WorkflowCheck {
  std::uint32_t step = 0;  // the step's position
  std::string report;      // JSON
  std::int64_t time_us = 0;
};

// A change of a record by one transition.
struct WorkflowChange {
  std::uint64_t record_id = 0;
  std::uint32_t expected_version = 0;  // "conflict" when the stored record moved on since it was read
  std::string state;
  std::optional<std::string> fields;  // new values (a fix); nothing: unchanged
  std::optional<domain::Date> date;   // with new fields
  std::optional<domain::Date> due;
  std::int64_t time_us = 0;
};

// Position after the last record of a page: organisations in path order,
// each one's records newest first.
struct RecordCursor {
  domain::OrgId org;
  std::uint64_t record = 0;
};

struct RecordPageQuery {
  std::string kind;
  std::vector<OrgScope> scope;  // disjoint parts
  std::optional<std::string> state;
  std::optional<domain::Date> from, to;  // the record's date, inclusive
  // One member's records only (a nomination's picker of their confirmed
  // contributions); the handler asks no total with it (no count per person).
  std::optional<domain::MemberId> subject;
  std::optional<RecordCursor> after;
  std::size_t limit = 50;
  bool with_total = true;
};

struct RecordPage {
  std::vector<WorkflowRecord> records;
  std::optional<RecordCursor> next;
  std::uint64_t total = 0;
};

// A file kept with a record (evidence, a receipt, a draft's images): the
// cleaned copy only (check::extract::clean() ran before it got here), with
// what cleaning removed, who added it and when. Read one by one with its
// bytes; listed without them.
struct WorkflowAttachment {
  std::uint64_t record_id = 0;
  std::uint32_t position = 0;  // 1, 2, ... (assigned by the store)
  std::string name;            // the file name as the uploader gave it (for display)
  std::string content_type;    // of the cleaned copy, told by its content
  std::uint64_t size = 0;      // bytes of the cleaned copy
  std::string removed;         // JSON array of Chinese lines: what cleaning removed
  domain::UserId uploaded_by;
  std::string uploaded_role;   // the role id the uploader acted in
  std::int64_t time_us = 0;
  std::string bytes;           // only from find_attachment()
};

// Position after the last record of a 待办 queue: records with a due date
// first, earliest due first, then those without one; by id within a day.
struct WaitingCursor {
  std::optional<domain::Date> due;
  std::uint64_t record = 0;
};

// One queue of 待办: records of `kind` in `state`, either the member's own
// (subject) or those kept in the organisations a role covers (scope).
struct WaitingQuery {
  std::string kind;
  std::string state;
  std::optional<domain::MemberId> subject;  // the member's own queue; else:
  std::vector<OrgScope> scope;              // disjoint parts
  std::optional<WaitingCursor> after;
  std::size_t limit = 50;
};

struct WaitingPage {
  std::vector<WorkflowRecord> records;
  std::optional<WaitingCursor> next;  // set when more records wait after the page
};

struct RecordCount {
  std::string kind;
  std::string state;
  std::uint64_t count = 0;
  std::uint64_t overdue = 0;  // of them, due before the day asked (0 when not asked)
};

// How many records of one kind one organisation (or its whole subtree) keeps
// in one state, of those dated in one month (migration 15's counters).
struct MonthCount {
  domain::OrgId org;
  std::string kind;
  std::string month;  // YYYY-MM
  std::string state;
  std::uint64_t count = 0;
};

// 学习教育 of an organisation's subtree in one month (education_by_month):
// sessions held (records of education_session dated that month), and the
// attendance of those sessions — one record per member on the roster, by
// state — whatever happened to it since (a make-up moves an absent member's
// record to made_up, still counted in the session's month).
struct EducationMonth {
  std::string month;  // "2027-03"
  std::uint64_t sessions = 0;
  std::uint64_t expected = 0;  // attendance records: members on the rosters of the sessions
  std::uint64_t present = 0;
  std::uint64_t excused = 0;  // not yet made up
  std::uint64_t absent = 0;   // not yet made up
  std::uint64_t made_up = 0;
  // Coverage: (present + made_up) / expected; 0 sessions: none.
};

}  // namespace nc::store
