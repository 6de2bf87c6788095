// The workflow core of the registers (issue 10): what every record kind of
// chapters 2 and 3 (contributions, relays, gifts, activities, accounts, ...)
// declares, and the pure functions that check a record's fields and decide
// every transition and read. A kind is one file in src/domain/records/,
// listed in records/kinds.cpp, and registered in the record-kind registry
// (record_kind.h) so that 我的记录 shows it and takes statements.
//
// A kind declares
//   - its fields: typed (one line, text, link, date, choice), with limits;
//     validate() names the field in every (Chinese) error;
//   - its states, each with who it waits for (by role id) and in how many
//     days that is due (days in the configured time zone);
//   - its transitions: a verb (submit, confirm, return, ...) from one state
//     to another, the role ids that may make it, whether it needs a reason
//     and whether it carries new field values (a returned record fixed);
//   - who reads it, by role id.
// Role ids mean, for a record about member S kept by S's branch:
//   member            S themself (the subject), never anyone else;
//   branch_secretary, committee_member
//                     holders of that grant on S's branch;
//   committee_admin, auditor
//                     holders of that grant on a committee above (or on the branch).
// Nobody acts on a record about themselves through a role.
//
// Pure functions over values; safe from any number of threads.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/authorization.h"
#include "domain/date.h"
#include "domain/role.h"

namespace nc::domain::workflow {

enum class FieldType {
  kLine,    // one line of text: no line breaks
  kText,    // several lines
  kUrl,     // an http:// or https:// link
  kDate,    // YYYY-MM-DD
  kChoice,  // one of `choices`, by id
};

struct Choice {
  std::string_view id;
  std::string_view label;  // Chinese
};

struct Field {
  std::string_view id;     // stable, the JSON key: "platform"
  std::string_view label;  // Chinese, named in errors: "平台"
  FieldType type = FieldType::kLine;
  bool required = true;
  std::size_t max_chars = 0;  // characters (code points) for line, text and link
  std::span<const Choice> choices = {};
  bool not_after_today = false;  // dates: the day has come (a record of something done)
  std::string_view hint = {};    // Chinese, shown under the field
};

enum class Verb { kSubmit, kResubmit, kConfirm, kReturn, kApprove, kReject, kWithdraw, kClose, kReopen };

inline constexpr Verb kAllVerbs[] = {Verb::kSubmit,  Verb::kResubmit, Verb::kConfirm, Verb::kReturn, Verb::kApprove,
                                     Verb::kReject,  Verb::kWithdraw, Verb::kClose,   Verb::kReopen};

std::string_view verb_id(Verb verb);    // stable: "submit", "return", ...
std::string_view verb_name(Verb verb);  // Chinese: "提交", "退回", ...
std::optional<Verb> parse_verb(std::string_view id);

// The step the store adds to each of a member's records when the member moves
// to another organisation (the transfer rule: the records follow the member;
// store::SqliteStore::save_directory). It is nobody's verb: no role makes it.
inline constexpr std::string_view kTransferStep = "transfer";
inline constexpr std::string_view kTransferStepName = "组织关系转接";
// The Chinese name of a stored step's verb id: a verb's, the transfer's, else the id itself.
std::string_view step_name(std::string_view verb_id);

struct State {
  std::string_view id;    // stable, stored: "submitted"
  std::string_view name;  // Chinese: "待确认"
  // Who the record waits for in this state (its 待办), by role id; empty: nobody (final).
  std::span<const Role> waiting_for = {};
  int due_days = 0;  // days after entering the state it is due; 0: no due date
};

struct Transition {
  Verb verb = Verb::kSubmit;
  std::string_view from;  // empty: the record's creation
  std::string_view to;
  std::span<const Role> by;       // role ids that may make it
  bool reason_required = false;   // a return or a rejection says why
  bool carries_fields = false;    // the creation, and a fix of a returned record
};

struct Kind {
  std::string_view id;     // stable, equal to the record-kind registry's id: "contribution"
  std::string_view title;  // Chinese: "网络正能量贡献"
  // The rulebook topics whose articles the kind serves (cited through the
  // annotations, never by number).
  std::span<const std::string_view> topics;
  std::span<const Field> fields;
  std::span<const State> states;
  std::span<const Transition> transitions;
  std::span<const Role> readers;  // besides the subject, by role id
  // The field that dates the record (register order and the date filter).
  std::string_view date_field;

  const Field* field(std::string_view id) const;
  const State* state(std::string_view id) const;
};

// Every kind, in the order the UI lists them (records/kinds.cpp).
std::span<const Kind* const> kinds();
const Kind* find_kind(std::string_view id);  // null when unknown

// ---- fields ------------------------------------------------------------------

// A value as a request gave it: nothing when it was not a string (a number,
// an object, ...): a wrong type, refused with the field's name.
struct Input {
  std::string field;
  std::optional<std::string> text;
};

struct FieldError {
  std::string field;    // the field's id ("" for the record as a whole)
  std::string message;  // Chinese, naming the field
};

// The values of every field, in the kind's order; an optional field left
// out is "".
using Values = std::vector<std::pair<std::string, std::string>>;

struct Validation {
  Values values;
  std::vector<FieldError> errors;  // empty: values are good
};

// Checks `inputs` against the kind's fields: unknown fields, wrong types,
// missing required ones, limits, formats; every error at once.
Validation validate(const Kind& kind, const std::vector<Input>& inputs, Date today);

// A reason (return, rejection): 1–500 characters, no control characters.
std::optional<FieldError> check_reason(std::string_view reason, bool required);

// ---- who may do what -------------------------------------------------------

// A record as authorization sees it.
struct RecordFacts {
  MemberId subject;
  OrgPath org;             // the organisation that keeps it (the subject's branch), then its ancestors
  std::string_view state;  // empty: not created yet
};

// Whether `actor` may read the record (and its history and statements):
// the subject, or a reader role of the kind covering its organisation.
// audit_this_read when the reader is not the subject.
Decision authorize_read(const Actor& actor, const Kind& kind, const RecordFacts& record);

struct TransitionDecision {
  enum class Outcome {
    kAllowed,
    kUnknown,     // no such verb in this kind at all
    kOutOfOrder,  // the verb exists, but not from the record's state
    kForbidden,   // from this state, but not by the actor's roles (or about themselves)
  };
  Outcome outcome = Outcome::kForbidden;
  const Transition* transition = nullptr;  // when allowed
  std::optional<Role> as;                  // the role the actor acts in
  std::string reason;                      // English, for logs
};

// Decides one transition of the record by `actor`.
TransitionDecision authorize(const Actor& actor, const Kind& kind, Verb verb, const RecordFacts& record);

// The verbs `actor` may make on the record now (for the UI's buttons).
std::vector<Verb> allowed_verbs(const Actor& actor, const Kind& kind, const RecordFacts& record);

// Whether the actor holds any role other than the subject that acts on the
// kind's records (they reply to the subject's statements on it).
Decision may_answer(const Actor& actor, const Kind& kind, const RecordFacts& record);

// Where a register of the kind reaches for `actor` below `root` (everywhere
// when nothing): parts as domain::reach gives them, from the grants whose
// role reads the kind.
std::vector<Reach> register_reach(const Actor& actor, const Kind& kind, const OrgTree& tree,
                                  std::optional<OrgId> root);

// The day a record entering `state` on `entered` is due; nothing when the
// state has no due date.
std::optional<Date> due_date(const State& state, Date entered);

}  // namespace nc::domain::workflow
