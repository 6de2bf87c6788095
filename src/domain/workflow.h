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
// A kind is about a member (Subject::kMember: a contribution, a declaration,
// a guidance talk) or about an organisation (Subject::kOrganisation: an
// education session, a branch's yearly report, guidance rules). Its creation
// transition says who makes it: the member themself (`member`), or a role
// (a nomination or a talk recorded by the branch secretary about a member
// of the branch, a session recorded by the secretary of the organisation).
//
// Role ids mean, for a record about member S kept by S's branch:
//   member            S themself (the subject), never anyone else;
//   branch_secretary, committee_member
//                     holders of that grant on S's branch;
//   committee_admin, auditor
//                     holders of that grant on a committee above (or on the branch).
// Nobody acts on a record about themselves through a role.
// For a record about organisation O (kept by O):
//   member            members of O (their member grant is on O);
//   the others        holders of that grant on O or above it.
//
// Pure functions over values; safe from any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
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
  kMoney,   // an amount in yuan: digits with at most two decimals ("0", "12.5"), at most `max_value`
};

struct Choice {
  std::string_view id;
  std::string_view label;  // Chinese
};

// A value a choice field knows but refuses, with why: what the regulation
// forbids outright (以职务身份开展网络借贷) is refused by the form itself, the
// article cited through the rulebook topic (the handler adds its number).
struct Refusal {
  std::string_view id;       // the value refused: "lending"
  std::string_view label;    // Chinese: "网络借贷"
  std::string_view topic;    // the rulebook topic whose article forbids it
  std::string_view message;  // Chinese: why it is refused
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
  std::int64_t max_value = 0;    // money: at most this many yuan
  std::span<const Refusal> refused = {};  // choices: values refused with the article that forbids them
};

enum class Verb {
  kSubmit, kResubmit, kConfirm, kReturn, kApprove, kReject, kWithdraw, kClose, kReopen,
  kForward,    // passed on to a department (a relay), with the department and the day
  kAnswer,     // the department's answer recorded
  kUpdate,     // the subject brings the record up to date (a report's outcome)
  kReconfirm,  // a yearly "nothing changed" (accounts, art. 19)
};

inline constexpr Verb kAllVerbs[] = {Verb::kSubmit,  Verb::kResubmit, Verb::kConfirm, Verb::kReturn,
                                     Verb::kApprove, Verb::kReject,   Verb::kWithdraw, Verb::kClose,
                                     Verb::kReopen,  Verb::kForward,  Verb::kAnswer,   Verb::kUpdate,
                                     Verb::kReconfirm};

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
  // Whether it escalates: while it is not yet due, the record waits for its
  // roles (committee_admin) on the organisations from its own up to its
  // nearest committee (党委, 党工委) only; past its due date it waits for the
  // same roles on the committees above as well (escalated in their 待办).
  bool escalates = false;
  int due_months = 0;     // or calendar months after (a yearly re-confirmation: 12)
  int notice_months = 0;  // shown in 待办 only from this many months before it is due; 0: always
};

struct Transition {
  Verb verb = Verb::kSubmit;
  std::string_view from;  // empty: the record's creation
  std::string_view to;
  std::span<const Role> by;       // role ids that may make it
  bool reason_required = false;   // a return or a rejection says why
  bool carries_fields = false;    // the creation, and a fix of a returned record
  // Fields of the step's own (a forward names the department and the day),
  // checked like the kind's fields and kept with the step in the history;
  // the record's own fields stay as they were.
  std::span<const Field> step_fields = {};
  // When not empty: the transition carries these fields only (each required,
  // whatever the field says), the others kept as stored — a link recorded
  // once a post is published, with the approved text unchanged.
  std::span<const std::string_view> only_fields = {};
  // Made only by holders of a `by` role granted on the committee that manages
  // the subject (RecordFacts::committee), never by one above or beside it.
  bool managing_committee = false;
};

struct FieldError {
  std::string field;    // the field's id ("" for the record as a whole)
  std::string message;  // Chinese, naming the field
  std::string topic = {};  // a refused value: the rulebook topic whose article forbids it
};

// What a kind's records are about.
enum class Subject {
  kMember,        // one member: read by them, answered by them (statements), shown in 我的记录
  kOrganisation,  // an organisation: kept by it, about nobody in particular
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
  // Only cadres (the roster's 是否党员干部) create it (chapter 3's declarations).
  bool cadres_only = false;
  // Who may count it (GET /api/v1/records/counts: numbers by state, nobody
  // named) besides `readers`, by role id: for a kind whose contents stay with
  // the branch while committees above see how many there are.
  std::span<const Role> count_readers = {};
  // For the form (Chinese): what the kind is for, and what happens after it
  // is submitted; the field the lists show as the record's title.
  std::string_view purpose = {};
  std::string_view next_steps = {};
  std::string_view title_field = {};
  // The short name the UI's 登记与申报 section links it by: "我的贡献".
  std::string_view short_title = {};
  // The fields the self-check engine reads whenever a transition carries
  // fields (the organisation's own drafts, DESIGN.md "What it never does"):
  // its findings are kept with the record, read by the subject and by the
  // roles that act on it only (may_read_checks). Empty: no self-check.
  std::span<const std::string_view> checked_fields = {};
  // A cadres_only kind is open to anyone for a record whose field `cadre_exempt_field` has the value
  // `cadre_exempt_value` (an account the organisation runs: its responsible
  // person records it, cadre or not).
  std::string_view cadre_exempt_field = {};
  std::string_view cadre_exempt_value = {};
  // Checks across fields (a date range, a value that needs another):
  // errors naming the fields; null: none.
  std::vector<FieldError> (*check)(const std::vector<std::pair<std::string, std::string>>& values) = nullptr;
  Subject subject = Subject::kMember;

  const Field* field(std::string_view id) const;
  const State* state(std::string_view id) const;
};

// Whether the kind's records are created by a role about someone else (a
// member of the branch: the request names them) or about an organisation,
// rather than by the member about themself.
bool created_by_role(const Kind& kind);
// The transition that creates a record of the kind (from ""); null when none.
const Transition* creation(const Kind& kind);

// Whether recording a record of `kind` with the given `owner_kind`-like value
// needs a cadre: cadres_only, unless `exempt_value` is the kind's exemption.
bool needs_cadre(const Kind& kind, std::string_view exempt_value);

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
// The same against any list of fields (a transition's step_fields).
Validation validate(std::span<const Field> fields, const std::vector<Input>& inputs, Date today);
// The same for the values a transition's step carries (Transition::step_fields).
Validation validate_step(const Transition& transition, const std::vector<Input>& inputs, Date today);
// The first transition with this verb from `from` ("" : the creation).
const Transition* find_transition(const Kind& kind, Verb verb, std::string_view from);

// A reason (return, rejection): 1–500 characters, no control characters.
std::optional<FieldError> check_reason(std::string_view reason, bool required);

// ---- who may do what -------------------------------------------------------

// A record as authorization sees it.
struct RecordFacts {
  MemberId subject;        // a member's record: whom it is about; an organisation's: none
  OrgPath org;             // the organisation that keeps it (the subject's branch), then its ancestors
  std::string_view state;  // empty: not created yet
  // The committee that manages the subject: the nearest 党委 above the
  // organisation that keeps the record (managing_committee()); nothing: none.
  std::optional<OrgId> committee = {};
};

// The nearest 党委 (OrgType::kCommittee) strictly above `org`; nothing when none.
std::optional<OrgId> managing_committee(const OrgTree& tree, OrgId org);

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

// Merges the values a transition with only_fields carries into the stored
// ones: the stored values with those fields replaced. Errors (Chinese,
// naming the field) for any other field given and for an only_field left
// empty; the values are then checked by validate() as a whole.
struct Merge {
  std::vector<Input> inputs;
  std::vector<FieldError> errors;
};
Merge merge_only_fields(const Kind& kind, const Transition& t, const Values& stored, const std::vector<Input>& given);

// The nearest committee (党委 or 党工委) on the way up from `org` (itself
// first); nothing when there is none.
std::optional<OrgId> nearest_committee(const OrgTree& tree, OrgId org);

// Where the actor's grants of `role` stand to a record kept by `org`, for a
// state that escalates: kNearest when one is on an organisation from `org`
// up to its nearest committee (inclusive), else kAbove when one covers it
// from above that committee, else kNone.
enum class Standing { kNone, kNearest, kAbove };
Standing standing(const Actor& actor, Role role, const OrgTree& tree, OrgId org);

// Whether `actor` may read the self-check findings kept with the record: the
// subject, or someone holding a role (not member) that makes any of the
// kind's transitions on it — its reviewers and approvers, never a reader
// who only reads (an auditor).
Decision may_read_checks(const Actor& actor, const Kind& kind, const RecordFacts& record);

// Whether the actor holds any role other than the subject that acts on the
// kind's records (they reply to the subject's statements on it).
Decision may_answer(const Actor& actor, const Kind& kind, const RecordFacts& record);

// Where a register of the kind reaches for `actor` below `root` (everywhere
// when nothing): parts as domain::reach gives them, from the grants whose
// role reads the kind.
std::vector<Reach> register_reach(const Actor& actor, const Kind& kind, const OrgTree& tree,
                                  std::optional<OrgId> root);

// Where the kind's counts reach for `actor` below `root`: the register's
// reach and that of the kind's count_readers (numbers only, nobody named).
std::vector<Reach> count_reach(const Actor& actor, const Kind& kind, const OrgTree& tree, std::optional<OrgId> root);

// The day a record entering `state` on `entered` is due; nothing when the
// state has no due date.
std::optional<Date> due_date(const State& state, Date entered);
// The day `months` calendar months after `day` (the 31st → the month's last day).
Date add_months(Date day, int months);
// Whether a record in `state`, due on `due`, shows in 待办 on `today`
// (State::notice_months before it is due, else always).
bool shown_in_todo(const State& state, std::optional<Date> due, Date today);

}  // namespace nc::domain::workflow
