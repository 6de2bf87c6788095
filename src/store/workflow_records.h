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
  std::optional<RecordCursor> after;
  std::size_t limit = 50;
  bool with_total = true;
};

struct RecordPage {
  std::vector<WorkflowRecord> records;
  std::optional<RecordCursor> next;
  std::uint64_t total = 0;
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
};

}  // namespace nc::store
