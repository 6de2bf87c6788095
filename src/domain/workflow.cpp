#include "domain/workflow.h"

#include <algorithm>

#include "common/utf8.h"
#include "domain/log_text.h"

namespace nc::domain::workflow {
namespace {

struct VerbInfo {
  Verb verb;
  std::string_view id;
  std::string_view name;
};

constexpr VerbInfo kVerbs[] = {
    {Verb::kSubmit, "submit", "提交"},     {Verb::kResubmit, "resubmit", "修改后重新提交"},
    {Verb::kConfirm, "confirm", "确认"},   {Verb::kReturn, "return", "退回"},
    {Verb::kApprove, "approve", "批准"},   {Verb::kReject, "reject", "不予批准"},
    {Verb::kWithdraw, "withdraw", "撤回"}, {Verb::kClose, "close", "办结"},
    {Verb::kReopen, "reopen", "重新打开"},  {Verb::kForward, "forward", "转交有关部门"},
    {Verb::kAnswer, "answer", "记录答复"},  {Verb::kUpdate, "update", "更新处理结果"},
    {Verb::kReconfirm, "reconfirm", "确认无变化"},
};

bool has_control(std::string_view text, bool allow_newline) {
  for (unsigned char c : text) {
    if (c == '\n' && allow_newline) continue;
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

std::string quoted(const Field& f) { return "「" + std::string(f.label) + "」"; }

// Nothing but spaces (ASCII or ideographic) and line breaks: no content.
bool only_space(std::string_view rest) {
  while (!rest.empty()) {
    if (rest.substr(0, 3) == "\u3000") {
      rest.remove_prefix(3);
    } else if (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r' || rest.front() == '\n') {
      rest.remove_prefix(1);
    } else {
      return false;
    }
  }
  return true;
}

// One field's value: the error (Chinese, naming the field) or nothing.
std::optional<std::string> check_value(const Field& f, const std::string& text, Date today) {
  if (!utf8::valid(text)) return quoted(f) + "含有无法识别的字符";
  switch (f.type) {
    case FieldType::kLine:
    case FieldType::kText: {
      if (has_control(text, f.type == FieldType::kText)) {
        return quoted(f) + (f.type == FieldType::kLine ? "应为一行文字，不能换行或含控制字符" : "含有控制字符");
      }
      if (only_space(text)) return quoted(f) + "不能只有空格";
      const std::size_t n = utf8::count(text);
      if (f.max_chars && n > f.max_chars) {
        return quoted(f) + "不能超过 " + std::to_string(f.max_chars) + " 个字（现有 " + std::to_string(n) + " 个）";
      }
      return std::nullopt;
    }
    case FieldType::kUrl: {
      const bool scheme = text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0;
      const std::size_t host = text.find("://") + 3;
      if (!scheme || text.size() <= host || text.find_first_of(" \t\r\n") != std::string::npos ||
          has_control(text, false)) {
        return quoted(f) + "应为以 http:// 或 https:// 开头的完整网址，不含空格";
      }
      if (f.max_chars && utf8::count(text) > f.max_chars) {
        return quoted(f) + "不能超过 " + std::to_string(f.max_chars) + " 个字符";
      }
      return std::nullopt;
    }
    case FieldType::kDate: {
      const std::optional<Date> d = parse_date(text);
      if (!d || d->iso() != text) return quoted(f) + "应为日期，格式如 2026-12-07";
      if (f.not_after_today && *d > today) return quoted(f) + "不能晚于今天（" + today.iso() + "）";
      return std::nullopt;
    }
    case FieldType::kMoney: {
      // Digits, then at most two decimals; no sign, no exponent, no spaces.
      const std::size_t dot = text.find('.');
      const std::string_view whole = std::string_view(text).substr(0, dot);
      const std::string_view cents = dot == std::string::npos ? std::string_view() : std::string_view(text).substr(dot + 1);
      auto digits = [](std::string_view d) {
        return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
      };
      if (!digits(whole) || (dot != std::string::npos && (!digits(cents) || cents.size() > 2)) ||
          (whole.size() > 1 && whole.front() == '0')) {
        return quoted(f) + "应为以元计的金额，如 200 或 35.50（最多两位小数）";
      }
      if (f.max_value > 0) {
        const std::string max = std::to_string(f.max_value);
        if (whole.size() > max.size() || (whole.size() == max.size() && whole > max) ||
            (whole == max && cents.find_first_not_of('0') != std::string_view::npos)) {
          return quoted(f) + "不能超过 " + max + " 元";
        }
      }
      return std::nullopt;
    }
    case FieldType::kChoice: {
      for (const Refusal& no : f.refused) {
        if (no.id == text) return quoted(f) + "不能是“" + std::string(no.label) + "”：" + std::string(no.message);
      }
      for (const Choice& c : f.choices) {
        if (c.id == text) return std::nullopt;
      }
      std::string names;
      for (const Choice& c : f.choices) names += (names.empty() ? "" : "、") + std::string(c.label);
      return quoted(f) + "应为以下之一：" + names;
    }
  }
  return quoted(f) + "无法识别";
}

bool is_subject(const Actor& actor, const RecordFacts& record) {
  return actor.member && record.subject.valid() && *actor.member == record.subject;
}

// Whether the record is a known one of the kind: kept somewhere, and about
// a member when the kind's records are.
bool known(const Kind& kind, const RecordFacts& record) {
  if (record.org.empty()) return false;
  return kind.subject == Subject::kOrganisation ? !record.subject.valid() : record.subject.valid();
}

// The role (by id) in which `actor` may act as one of `roles` on the record.
std::optional<Role> acting_role(const Actor& actor, const Kind& kind, std::span<const Role> roles,
                                const RecordFacts& record, bool managing_committee = false) {
  if (!actor.active || !known(kind, record)) return std::nullopt;
  if (managing_committee) {
    // Only a grant on the managing committee itself (and in effect there).
    if (!record.committee || is_subject(actor, record)) return std::nullopt;
    for (Role role : roles) {
      if (role == Role::kMember) continue;
      for (const RoleGrant& g : actor.grants) {
        if (g.role == role && g.org == *record.committee && holds_role(actor, role, record.org)) return role;
      }
    }
    return std::nullopt;
  }
  const bool own = is_subject(actor, record);
  for (Role role : roles) {
    if (role == Role::kMember) {
      if (own) return role;
      // An organisation's record: its members (their member grant is on it).
      if (kind.subject == Subject::kOrganisation && holds_role(actor, role, record.org)) return role;
      continue;
    }
    if (own) continue;  // nobody acts on a record about themselves through a role
    if (holds_role(actor, role, record.org)) return role;
  }
  return std::nullopt;
}

}  // namespace

std::string_view verb_id(Verb verb) {
  for (const VerbInfo& v : kVerbs) {
    if (v.verb == verb) return v.id;
  }
  return "?";
}

std::string_view verb_name(Verb verb) {
  for (const VerbInfo& v : kVerbs) {
    if (v.verb == verb) return v.name;
  }
  return "?";
}

std::optional<Verb> parse_verb(std::string_view id) {
  for (const VerbInfo& v : kVerbs) {
    if (v.id == id) return v.verb;
  }
  return std::nullopt;
}

std::string_view step_name(std::string_view id) {
  if (const auto verb = parse_verb(id)) return verb_name(*verb);
  if (id == kTransferStep) return kTransferStepName;
  return id;
}

const Field* Kind::field(std::string_view id_) const {
  for (const Field& f : fields) {
    if (f.id == id_) return &f;
  }
  return nullptr;
}

const State* Kind::state(std::string_view id_) const {
  for (const State& s : states) {
    if (s.id == id_) return &s;
  }
  return nullptr;
}

const Transition* creation(const Kind& kind) {
  for (const Transition& t : kind.transitions) {
    if (t.from.empty()) return &t;
  }
  return nullptr;
}

bool created_by_role(const Kind& kind) {
  if (kind.subject == Subject::kOrganisation) return true;
  const Transition* t = creation(kind);
  return t && std::find(t->by.begin(), t->by.end(), Role::kMember) == t->by.end();
}

bool needs_cadre(const Kind& kind, std::string_view exempt_value) {
  if (!kind.cadres_only) return false;
  return kind.cadre_exempt_field.empty() || exempt_value != kind.cadre_exempt_value;
}

const Kind* find_kind(std::string_view id) {
  for (const Kind* k : kinds()) {
    if (k->id == id) return k;
  }
  return nullptr;
}

Validation validate(std::span<const Field> fields, const std::vector<Input>& inputs, Date today) {
  Validation out;
  const auto known = [&](std::string_view id) {
    return std::any_of(fields.begin(), fields.end(), [&](const Field& f) { return f.id == id; });
  };
  for (const Input& in : inputs) {
    if (!known(in.field)) {
      // The name is echoed only when short and printable: it is the caller's input.
      const bool printable = in.field.size() <= 40 && utf8::valid(in.field) && !has_control(in.field, false);
      out.errors.push_back({in.field, "没有名为“" + (printable ? in.field : std::string("…")) + "”的字段"});
    }
  }
  for (const Field& f : fields) {
    const Input* given = nullptr;
    int times = 0;
    for (const Input& in : inputs) {
      if (in.field == f.id) {
        given = &in;
        ++times;
      }
    }
    if (times > 1) {
      out.errors.push_back({std::string(f.id), quoted(f) + "只能填写一次"});
      continue;
    }
    if (given && !given->text) {
      out.errors.push_back({std::string(f.id), quoted(f) + "应为文字"});
      continue;
    }
    const std::string text = given ? *given->text : std::string();
    if (text.empty()) {
      if (f.required) out.errors.push_back({std::string(f.id), quoted(f) + "不能为空"});
      out.values.emplace_back(f.id, "");
      continue;
    }
    if (auto error = check_value(f, text, today)) {
      std::string topic;
      for (const Refusal& no : f.refused) {
        if (no.id == text) topic = std::string(no.topic);
      }
      out.errors.push_back({std::string(f.id), std::move(*error), std::move(topic)});
      continue;
    }
    out.values.emplace_back(f.id, text);
  }
  return out;
}

Validation validate(const Kind& kind, const std::vector<Input>& inputs, Date today) {
  Validation out = validate(kind.fields, inputs, today);
  if (out.errors.empty() && kind.check) out.errors = kind.check(out.values);
  return out;
}

Validation validate_step(const Transition& transition, const std::vector<Input>& inputs, Date today) {
  return validate(transition.step_fields, inputs, today);
}

const Transition* find_transition(const Kind& kind, Verb verb, std::string_view from) {
  for (const Transition& t : kind.transitions) {
    if (t.verb == verb && t.from == from) return &t;
  }
  return nullptr;
}

std::optional<OrgId> managing_committee(const OrgTree& tree, OrgId org) {
  const OrgPath path = tree.ancestry(org);
  for (std::size_t i = 1; i < path.size(); ++i) {
    const Organisation* o = tree.find(path[i]);
    if (o && o->type == OrgType::kCommittee) return path[i];
  }
  return std::nullopt;
}

std::optional<FieldError> check_reason(std::string_view reason, bool required) {
  if (reason.empty() || only_space(reason)) {
    if (required) return FieldError{"reason", "「理由」不能为空：请写明为什么，提交人据此修改"};
    return std::nullopt;
  }
  if (!utf8::valid(reason) || has_control(reason, true)) return FieldError{"reason", "「理由」含有无法识别的字符"};
  if (utf8::count(reason) > 500) return FieldError{"reason", "「理由」不能超过 500 个字"};
  return std::nullopt;
}

Decision authorize_read(const Actor& actor, const Kind& kind, const RecordFacts& record) {
  if (!actor.active) return Decision{false, "workflow.read: account disabled", false};
  if (!known(kind, record)) return Decision{false, "workflow.read: record unknown", false};
  if (is_subject(actor, record)) return Decision{true, "workflow.read: own record", false};
  for (Role role : kind.readers) {
    if (role == Role::kMember) {
      // An organisation's record, to its own members: nobody's personal record, not audited.
      if (kind.subject == Subject::kOrganisation && holds_role(actor, role, record.org)) {
        return Decision{true, "workflow.read: member of the record's organisation", false};
      }
      continue;
    }
    if (holds_role(actor, role, record.org)) {
      return Decision{true, "workflow.read: " + std::string(role_id(role)) + " of the record's organisation", true};
    }
  }
  return Decision{false, "workflow.read: no reader role covers the record", false};
}

TransitionDecision authorize(const Actor& actor, const Kind& kind, Verb verb, const RecordFacts& record) {
  TransitionDecision d;
  bool known = false, from_here = false;
  for (const Transition& t : kind.transitions) {
    if (t.verb != verb) continue;
    known = true;
    if (t.from != record.state) continue;
    from_here = true;
    if (auto as = acting_role(actor, kind, t.by, record, t.managing_committee)) {
      d.outcome = TransitionDecision::Outcome::kAllowed;
      d.transition = &t;
      d.as = as;
      d.reason = std::string(verb_id(verb)) + ": as " + std::string(role_id(*as));
      return d;
    }
  }
  if (!known) {
    d.outcome = TransitionDecision::Outcome::kUnknown;
    d.reason = std::string(verb_id(verb)) + ": not a transition of " + std::string(kind.id);
  } else if (!from_here) {
    d.outcome = TransitionDecision::Outcome::kOutOfOrder;
    d.reason = std::string(verb_id(verb)) + ": not from state " + std::string(record.state);
  } else {
    d.outcome = TransitionDecision::Outcome::kForbidden;
    d.reason = std::string(verb_id(verb)) + ": no role of the actor makes it";
  }
  return d;
}

std::vector<Verb> allowed_verbs(const Actor& actor, const Kind& kind, const RecordFacts& record) {
  std::vector<Verb> out;
  for (const Transition& t : kind.transitions) {
    if (t.from.empty() || t.from != record.state) continue;
    if (std::find(out.begin(), out.end(), t.verb) != out.end()) continue;
    if (acting_role(actor, kind, t.by, record, t.managing_committee)) out.push_back(t.verb);
  }
  return out;
}

Decision may_answer(const Actor& actor, const Kind& kind, const RecordFacts& record) {
  if (kind.subject == Subject::kOrganisation) {
    return Decision{false, "workflow.answer: an organisation's record has no subject to answer", false};
  }
  if (is_subject(actor, record)) return Decision{false, "workflow.answer: nobody answers for themselves", false};
  for (const Transition& t : kind.transitions) {
    if (t.managing_committee) {
      if (acting_role(actor, kind, t.by, record, true)) {
        return Decision{true, "workflow.answer: the managing committee acts on the record", false};
      }
      continue;
    }
    for (Role role : t.by) {
      if (role != Role::kMember && holds_role(actor, role, record.org)) {
        return Decision{true, "workflow.answer: " + std::string(role_id(role)) + " acts on the record", false};
      }
    }
  }
  return Decision{false, "workflow.answer: no acting role covers the record", false};
}

Merge merge_only_fields(const Kind& kind, const Transition& t, const Values& stored, const std::vector<Input>& given) {
  Merge out;
  auto carried = [&](std::string_view id) {
    return std::find(t.only_fields.begin(), t.only_fields.end(), id) != t.only_fields.end();
  };
  for (const Input& in : given) {
    if (carried(in.field)) continue;
    const Field* f = kind.field(in.field);
    out.errors.push_back({in.field, f ? quoted(*f) + "此时不能修改" : std::string("没有这个字段")});
  }
  for (std::string_view id : t.only_fields) {
    const Field* f = kind.field(id);
    const Input* g = nullptr;
    for (const Input& in : given) {
      if (in.field == id) g = &in;
    }
    if (f && (!g || (g->text && g->text->empty()))) out.errors.push_back({std::string(id), quoted(*f) + "不能为空"});
  }
  for (const auto& [id, value] : stored) {
    if (carried(id)) continue;
    if (!value.empty()) out.inputs.push_back({id, value});
  }
  for (const Input& in : given) {
    if (carried(in.field)) out.inputs.push_back(in);
  }
  return out;
}

std::optional<OrgId> nearest_committee(const OrgTree& tree, OrgId org) {
  for (OrgId id : tree.ancestry(org)) {
    const Organisation* o = tree.find(id);
    if (o && (o->type == OrgType::kCommittee || o->type == OrgType::kWorkingCommittee)) return id;
  }
  return std::nullopt;
}

Standing standing(const Actor& actor, Role role, const OrgTree& tree, OrgId org) {
  const OrgPath path = tree.ancestry(org);
  if (!actor.active || path.empty() || !holds_role(actor, role, path)) return Standing::kNone;
  const std::optional<OrgId> nearest = nearest_committee(tree, org);
  for (const RoleGrant& g : actor.grants) {
    if (g.role != role) continue;
    for (OrgId id : path) {
      if (id == g.org) return Standing::kNearest;
      if (nearest && id == *nearest) break;  // above the nearest committee
    }
  }
  return Standing::kAbove;
}

Decision may_read_checks(const Actor& actor, const Kind& kind, const RecordFacts& record) {
  if (!actor.active) return Decision{false, "workflow.checks: account disabled", false};
  if (is_subject(actor, record)) return Decision{true, "workflow.checks: own record", false};
  for (const Transition& t : kind.transitions) {
    for (Role role : t.by) {
      if (role != Role::kMember && holds_role(actor, role, record.org)) {
        return Decision{true, "workflow.checks: " + std::string(role_id(role)) + " acts on the record", true};
      }
    }
  }
  return Decision{false, "workflow.checks: no acting role covers the record", false};
}

std::vector<Reach> register_reach(const Actor& actor, const Kind& kind, const OrgTree& tree,
                                  std::optional<OrgId> root) {
  return reach_by_roles(actor, kind.readers, tree, root);
}

std::vector<Reach> count_reach(const Actor& actor, const Kind& kind, const OrgTree& tree,
                               std::optional<OrgId> root) {
  std::vector<Role> roles(kind.readers.begin(), kind.readers.end());
  for (Role r : kind.count_readers) {
    if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(r);
  }
  return reach_by_roles(actor, roles, tree, root);
}

std::optional<Date> due_date(const State& state, Date entered) {
  if (!entered.valid()) return std::nullopt;
  if (state.due_months > 0) return add_months(entered, state.due_months);
  if (state.due_days <= 0) return std::nullopt;
  return date_from_days(days_since_epoch(entered) + state.due_days);
}

Date add_months(Date day, int months) {
  const int index = day.year * 12 + (day.month - 1) + months;
  Date out{index / 12, index % 12 + 1, 1};
  // The month's last day: the day before the first of the next month.
  const Date next{(index + 1) / 12, (index + 1) % 12 + 1, 1};
  const int last = static_cast<int>(days_since_epoch(next) - days_since_epoch(out));
  out.day = std::min(day.day, last);
  return out;
}

bool shown_in_todo(const State& state, std::optional<Date> due, Date today) {
  if (state.notice_months <= 0 || !due) return true;
  return !(today < add_months(*due, -state.notice_months));
}

}  // namespace nc::domain::workflow
