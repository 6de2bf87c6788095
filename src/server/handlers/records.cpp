// /api/v1/records: the registers of chapters 2 and 3 (issue 10), one set of
// routes for every kind of the workflow core (domain/workflow.h; the kinds in
// domain/records/). A member records (submit) and follows their records
// (/api/v1/me/registers/{kind}); whoever a kind names reads one record with
// its history and statements, makes its transitions, lists and exports the
// register of an organisation subtree (keyset pages, filters), and counts it
// by kind and state; /api/v1/todo lists what waits for the caller in each of
// their roles. Every decision is domain::workflow's; every write goes to the
// store with its audit entry in one transaction; every read of someone
// else's record is audited, so their 我的记录 shows it.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <variant>

#include "check/engine.h"
#include "check/extract/check_document.h"
#include "check/extract/clean.h"
#include "check/extract/format.h"
#include "common/utf8.h"
#include "domain/log_text.h"
#include "check/report_json.h"
#include "domain/records/kinds.h"
#include "domain/workflow.h"
#include "server/access/audit_note.h"
#include "server/handlers/overview_figures.h"
#include "server/handlers/xlsx_file_source.h"
#include "server/handlers/routes.h"
#include "server/handlers/statements_json.h"
#include "server/extract_sandbox.h"
#include "server/in_flight.h"
#include "server/multipart.h"
#include "server/paging.h"
#include "server/release_memory.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
namespace wf = domain::workflow;

constexpr std::size_t kMinePage = 50;
constexpr std::size_t kMinePageMax = 200;
constexpr std::size_t kExportPage = 500;     // records per store read while an export is written
// Rows on one sheet of an .xlsx export: what Excel opens (1,048,576 rows) below the header.
constexpr std::size_t kRowsPerSheet = 1'048'575;
constexpr std::size_t kTodoPerQueue = 50;    // items per (kind, state, role) in 待办
constexpr std::size_t kTodoMax = 200;        // items in 待办 at most

domain::AuditAction verb_action(wf::Verb verb) {
  switch (verb) {
    case wf::Verb::kSubmit: return "record.submit";
    case wf::Verb::kResubmit: return "record.resubmit";
    case wf::Verb::kConfirm: return "record.confirm";
    case wf::Verb::kReturn: return "record.return";
    case wf::Verb::kApprove: return "record.approve";
    case wf::Verb::kReject: return "record.reject";
    case wf::Verb::kWithdraw: return "record.withdraw";
    case wf::Verb::kClose: return "record.close";
    case wf::Verb::kReopen: return "record.reopen";
    case wf::Verb::kForward: return "record.forward";
    case wf::Verb::kAnswer: return "record.answer";
    case wf::Verb::kUpdate: return "record.update";
    case wf::Verb::kReconfirm: return "record.reconfirm";
    case wf::Verb::kMakeUp: return "record.make_up";
    case wf::Verb::kRespond: return "record.respond";
    case wf::Verb::kDecide: return "record.decide";
    case wf::Verb::kRevise: return "record.revise";
  }
  return "record.submit";
}

std::string record_target_text(const store::WorkflowRecord& r) {
  if (!r.subject.valid()) return "record:" + r.kind + ":" + std::to_string(r.id) + " org=" + std::to_string(r.org.value);
  return "record:" + r.kind + ":" + std::to_string(r.id) + " subject=member:" + std::to_string(r.subject.value);
}

// Whom the record is about, for its audit entries: nobody for an organisation's record.
std::optional<domain::MemberId> subject_of(const store::WorkflowRecord& r) {
  if (!r.subject.valid()) return std::nullopt;
  return r.subject;
}

// The field values the request gave: strings, or wrong types (named in the
// error); null is a field left empty. `fields` must be an object.
std::optional<std::vector<wf::Input>> inputs_of(const json& fields) {
  if (!fields.is_object()) return std::nullopt;
  std::vector<wf::Input> out;
  for (auto it = fields.begin(); it != fields.end(); ++it) {
    if (it.value().is_null()) continue;
    out.push_back({it.key(), it.value().is_string() ? std::optional<std::string>(it.value().get<std::string>())
                                                      : std::nullopt});
  }
  return out;
}

// The first rulebook (by id) in force today: the one whose annotations cite
// the articles a kind serves (topics, never numbers written into code).
const rulebook::Rulebook* book_in_force(const App& s) {
  for (const std::string& id : s.catalogue->ids()) {
    if (const Catalogue::Version* v = s.catalogue->in_force(id, s.clock.today().iso())) return &v->rulebook;
  }
  return nullptr;
}

std::vector<int> topic_articles(const rulebook::Rulebook* book, std::string_view topic) {
  if (!book || topic.empty()) return {};
  return book->articles_for_topic(std::string(topic));
}

// A value refused by the regulation names the article that forbids it, as the
// rulebook in force numbers it: "（《党员网络行为规定》第18条）".
std::string cited(const rulebook::Rulebook* book, const std::vector<int>& articles) {
  if (!book || articles.empty()) return {};
  std::string out = "（《" + book->title + "》";
  for (std::size_t i = 0; i < articles.size(); ++i) out += (i ? "、" : "") + std::string("第") + std::to_string(articles[i]) + "条";
  return out + "）";
}

Response field_errors(const std::vector<wf::FieldError>& errors, const App* s = nullptr) {
  const rulebook::Rulebook* book = s && std::any_of(errors.begin(), errors.end(), [](const wf::FieldError& e) {
    return !e.topic.empty();
  }) ? book_in_force(*s) : nullptr;
  json list = json::array();
  std::string first;
  for (const wf::FieldError& e : errors) {
    json one = {{"field", e.field}, {"message", e.message}};
    if (!e.topic.empty()) {
      const std::vector<int> articles = topic_articles(book, e.topic);
      one["message"] = e.message + cited(book, articles);
      one["topic"] = e.topic;
      one["articles"] = articles;
    }
    if (first.empty()) first = one["message"].get<std::string>();
    list.push_back(std::move(one));
  }
  return Response::json(400, {{"error", {{"code", "invalid_input"}, {"message", first}}}, {"field_errors", list}});
}

std::string fields_json(const wf::Values& values) {
  ordered_json o = ordered_json::object();
  for (const auto& [k, v] : values) o[k] = v;
  return o.dump();
}

// The record's date: the kind's date field, the last day of the year its
// year field names (a yearly record), else the day it was made.
domain::Date record_date(const wf::Kind& kind, const wf::Values& values, domain::Date today) {
  for (const auto& [k, v] : values) {
    if (!kind.year_field.empty() && k == kind.year_field && v.size() == 4 &&
        std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return domain::Date{std::stoi(v), 12, 31};
    }
    if (k == kind.date_field && !v.empty()) {
      if (auto d = domain::parse_date(v)) return *d;
    }
  }
  return today;
}

// The values as stored: fields_json, and for a kind that freezes figures
// (a year-end report) the organisation's overview figures for the year named
// by its year field, computed now (overview_figures.h) under "figures".
Result<std::string> stored_fields(const App& s, const wf::Kind& kind, const wf::Values& values, domain::OrgId org) {
  if (kind.figures_when_field.empty() || kind.year_field.empty()) return fields_json(values);
  std::string when, year;
  for (const auto& [k, v] : values) {
    if (k == kind.figures_when_field) when = v;
    if (k == kind.year_field) year = v;
  }
  if (when != kind.figures_when_value) return fields_json(values);
  const domain::Date dated = record_date(kind, values, s.clock.today());
  auto figures = year_figures(s, org, dated.year);
  if (!figures.ok()) return figures.status();
  ordered_json o = ordered_json::object();
  for (const auto& [k, v] : values) o[k] = v;
  o["figures"] = ordered_json::parse(figures->dump());
  return o.dump();
}

wf::RecordFacts facts_of(const store::WorkflowRecord& r, const domain::OrgTree& tree) {
  return wf::RecordFacts{r.subject, tree.ancestry(r.org), r.state, wf::managing_committee(tree, r.org)};
}

// Whether some transition of the kind is made by the managing committee only.
bool needs_committee(const wf::Kind& kind) {
  return std::any_of(kind.transitions.begin(), kind.transitions.end(),
                     [](const wf::Transition& t) { return t.managing_committee; });
}


std::optional<domain::Date> parse_iso_date(std::string_view text) {
  auto d = domain::parse_date(text);
  if (!d || d->iso() != text) return std::nullopt;
  return d;
}

const wf::Kind* kind_of(const Request& r) { return wf::find_kind(r.param("kind")); }

Response no_kind() { return Response::not_found("没有这种登记"); }

// A record as lists show it (no history, no statements): its fields, state,
// due date, whose and where, and what the caller may do with it now.
json summary_json(const App& s, const wf::Kind& kind, const store::WorkflowRecord& r, const domain::Actor& actor,
                  const domain::OrgTree& tree, const domain::Roster& roster) {
  const wf::State* state = kind.state(r.state);
  const domain::Member* m = roster.find(r.subject);
  const domain::Organisation* o = tree.find(r.org);
  json verbs = json::array();
  for (wf::Verb v : wf::allowed_verbs(actor, kind, facts_of(r, tree))) {
    verbs.push_back({{"verb", wf::verb_id(v)}, {"name", wf::verb_name(v)}});
  }
  const domain::Date today = s.clock.today();
  // Figures a yearly report froze (stored_fields) are shown apart from the fields typed.
  json fields = json::parse(r.fields, nullptr, false);
  json figures = nullptr;
  if (fields.is_object() && fields.contains("figures") && fields["figures"].is_object()) {
    figures = std::move(fields["figures"]);
    fields.erase("figures");
  }
  return {{"id", r.id},
          {"kind", r.kind},
          {"title", kind.title},
          {"state", r.state},
          {"state_name", state ? state->name : r.state},
          {"fields", std::move(fields)},
          {"figures", std::move(figures)},
          {"date", r.date.iso()},
          {"due", r.due ? json(r.due->iso()) : json(nullptr)},
          {"overdue", r.due && *r.due < today},
          {"subject", r.subject.valid() ? json{{"id", r.subject.value}, {"name", m ? m->name : ""}} : json(nullptr)},
          {"org", {{"id", r.org.value}, {"name", o ? o->name : ""}}},
          {"created", iso_time(r.created_us)},
          {"updated", iso_time(r.updated_us)},
          {"version", r.version},
          {"mine", actor.member && *actor.member == r.subject},
          {"may", {{"verbs", verbs}}}};
}

// ---- the kinds (for the forms) ------------------------------------------------

std::string_view field_type_id(wf::FieldType t) {
  switch (t) {
    case wf::FieldType::kLine: return "line";
    case wf::FieldType::kText: return "text";
    case wf::FieldType::kUrl: return "url";
    case wf::FieldType::kDate: return "date";
    case wf::FieldType::kChoice: return "choice";
    case wf::FieldType::kMoney: return "money";
    case wf::FieldType::kArticles: return "articles";
    case wf::FieldType::kRecords: return "records";
  }
  return "line";
}

json field_json(const wf::Field& f, const rulebook::Rulebook* book) {
  json choices = json::array();
  for (const wf::Choice& c : f.choices) choices.push_back({{"id", c.id}, {"label", c.label}});
  json refused = json::array();
  for (const wf::Refusal& no : f.refused) {
    const std::vector<int> articles = topic_articles(book, no.topic);
    refused.push_back({{"id", no.id},
                       {"label", no.label},
                       {"message", std::string(no.message) + cited(book, articles)},
                       {"articles", articles}});
  }
  json j = {{"id", f.id},
            {"label", f.label},
            {"type", field_type_id(f.type)},
            {"required", f.required},
            {"max_chars", f.max_chars},
            {"choices", choices},
            {"not_after_today", f.not_after_today},
            {"hint", f.hint}};
  if (f.type == wf::FieldType::kMoney || f.type == wf::FieldType::kRecords) j["max_value"] = f.max_value;
  if (f.type == wf::FieldType::kRecords) {
    j["ref_kind"] = f.ref_kind;
    j["ref_state"] = f.ref_state;
  }
  if (!f.refused.empty()) j["refused"] = refused;
  return j;
}

json fields_of(std::span<const wf::Field> list, const rulebook::Rulebook* book) {
  json fields = json::array();
  for (const wf::Field& f : list) fields.push_back(field_json(f, book));
  return fields;
}

// The chapter of the rulebook a self-review field answers; null when the
// rulebook has no such chapter (or the field answers none).
const rulebook::Chapter* chapter_of(const wf::Field& f, const rulebook::Rulebook* book) {
  if (f.chapter <= 0 || !book) return nullptr;
  for (const rulebook::Chapter& c : book->chapters) {
    if (c.number == f.chapter) return &c;
  }
  return nullptr;
}

std::string chapter_label(const rulebook::Chapter& c) { return c.label + (c.title.empty() ? "" : " " + c.title); }

// A kind's own fields for the form: a self-review's chapter fields named
// after the chapters of the rulebook in force and required, those beyond its
// chapters left out.
json kind_fields_of(const wf::Kind& kind, const rulebook::Rulebook* book) {
  json fields = json::array();
  for (const wf::Field& f : kind.fields) {
    json j = field_json(f, book);
    if (f.chapter > 0 && book) {
      const rulebook::Chapter* c = chapter_of(f, book);
      if (!c) continue;
      j["label"] = chapter_label(*c);
      j["required"] = true;
      j["chapter"] = f.chapter;
    }
    fields.push_back(std::move(j));
  }
  return fields;
}

// A self-review's chapters against the rulebook in force: every chapter it
// has answered, none it lacks (errors name the field by its chapter).
std::vector<wf::FieldError> chapter_errors(const wf::Kind& kind, const wf::Values& values,
                                           const rulebook::Rulebook* book) {
  std::vector<wf::FieldError> errors;
  if (!book) return errors;
  for (const wf::Field& f : kind.fields) {
    if (f.chapter <= 0) continue;
    std::string value;
    for (const auto& [k, v] : values) {
      if (k == f.id) value = v;
    }
    const rulebook::Chapter* c = chapter_of(f, book);
    if (c && value.empty()) {
      errors.push_back({std::string(f.id), "「" + chapter_label(*c) + "」不能为空：请对照本章写出自我评议"});
    } else if (!c && !value.empty()) {
      errors.push_back({std::string(f.id), "「" + std::string(f.label) + "」不存在：现行《" + book->title + "》没有这一章"});
    }
  }
  return errors;
}

json roles_of(std::span<const domain::Role> roles) {
  json out = json::array();
  for (domain::Role role : roles) out.push_back(domain::role_id(role));
  return out;
}

// GET /api/v1/records/kinds: every kind as its forms and pages need it — its
// fields (type, limits, choices, hints), states (who each waits for, in how
// many days), transitions (from, to, by whom, with a reason or fields of
// their own), who creates, reads and counts it, whether only cadres create
// it, what it is for and what happens after it is submitted, and the
// articles it serves (through the rulebook's topics).
Response kinds(const App& s, const Request&) {
  // The articles a kind serves, through the annotations' topics, in the
  // first rulebook (by id) in force today that has them.
  const rulebook::Rulebook* book = book_in_force(s);
  json out = json::array();
  for (const wf::Kind* k : wf::kinds()) {
    std::set<int> articles;
    if (book) {
      for (std::string_view t : k->topics) {
        for (int n : book->articles_for_topic(std::string(t))) articles.insert(n);
      }
    }
    json fields = kind_fields_of(*k, book);
    json states = json::array();
    for (const wf::State& st : k->states) {
      json waiting = json::array();
      for (domain::Role role : st.waiting_for) waiting.push_back(domain::role_id(role));
      states.push_back({{"id", st.id},
                        {"name", st.name},
                        {"waiting_for", waiting},
                        {"due_days", st.due_days},
                        {"escalates", st.escalates},
                        {"due_months", st.due_months},
                        {"notice_months", st.notice_months}});
    }
    json transitions = json::array();
    for (const wf::Transition& t : k->transitions) {
      transitions.push_back({{"verb", wf::verb_id(t.verb)},
                             {"name", wf::verb_name(t.verb)},
                             {"from", t.from},
                             {"to", t.to},
                             {"by", roles_of(t.by)},
                             {"reason_required", t.reason_required},
                             {"carries_fields", t.carries_fields},
                             {"managing_committee", t.managing_committee},
                             {"fields", fields_of(t.step_fields, book)},
                             {"only_fields", json(std::vector<std::string>(t.only_fields.begin(), t.only_fields.end()))}});
    }
    json topics = json::array();
    for (std::string_view t : k->topics) topics.push_back(t);
    out.push_back({{"id", k->id},
                   {"title", k->title},
                   {"short_title", k->short_title.empty() ? k->title : k->short_title},
                   {"purpose", k->purpose},
                   {"next_steps", k->next_steps},
                   {"title_field", k->title_field},
                   {"date_field", k->date_field},
                   {"cadres_only", k->cadres_only},
                   {"subject", k->subject == wf::Subject::kOrganisation ? "organisation" : "member"},
                   {"created_by_role", wf::created_by_role(*k)},
                   {"topics", topics},
                   {"articles", json(std::vector<int>(articles.begin(), articles.end()))},
                   {"rulebook", book ? json(book->id) : json(nullptr)},
                   {"cadres_exempt", k->cadre_exempt_field.empty()
                                         ? json(nullptr)
                                         : json({{"field", k->cadre_exempt_field}, {"value", k->cadre_exempt_value}})},
                   {"readers", roles_of(k->readers)},
                   {"count_readers", roles_of(k->count_readers)},
                   {"made_by_route", k->made_by_route.empty() ? json(nullptr) : json(k->made_by_route)},
                   {"fields", fields},
                   {"states", states},
                   {"transitions", transitions}});
  }
  return Response::json(200, {{"kinds", out}});
}

// ---- the self-check of a kind's drafts ---------------------------------------------

// The field values stored with a record, as validate() gives them.
wf::Values values_of(const std::string& fields) {
  wf::Values out;
  const json j = json::parse(fields, nullptr, false);
  if (!j.is_object()) return out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.value().is_string()) out.emplace_back(it.key(), it.value().get<std::string>());
  }
  return out;
}

check::TopicArticles articles_of(const App& s, const check::Engine& engine) {
  for (const std::string& id : s.catalogue->ids()) {
    if (const Catalogue::Version* v = s.catalogue->in_force(id, s.clock.today().iso())) {
      return check::topic_articles(v->rulebook, engine.registry());
    }
  }
  return {};
}

// The self-check over a kind's checked fields (组织发布审核's drafts) with
// the dictionaries that apply at the record's organisation, one report per
// field, in the shape POST /api/v1/check answers; "" for a kind that checks
// nothing. Kept with the step (WorkflowStep::check_report): a draft
// submitted for the organisation's review is the organisation's document.
Result<std::string> draft_check(const App& s, const wf::Kind& kind, domain::OrgId org, const wf::Values& values) {
  if (kind.checked_fields.empty()) return std::string();
  std::vector<std::string> terms = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return s.dictionaries ? s.dictionaries->terms(tree, {org}) : std::vector<std::string>();
  });
  auto engine = s.engines->get(std::move(terms));
  if (!engine.ok()) return engine.status();
  std::vector<check::FileReport> reports;
  for (std::string_view id : kind.checked_fields) {
    const wf::Field* f = kind.field(id);
    std::string text;
    for (const auto& [k, v] : values) {
      if (k == id) text = v;
    }
    check::FileReport report;
    report.path = f ? std::string(f->label) : std::string(id);
    auto found = (*engine)->check(text);
    if (!found) {
      report.error = "文字过长，未能检查";
      report.error_code = "limit_exceeded";
    } else {
      for (check::Finding& x : *found) report.findings.push_back({std::move(x), std::nullopt});
    }
    reports.push_back(std::move(report));
  }
  return check::report_json_text(reports, articles_of(s, **engine));
}

// ---- what a record's values say about other records ---------------------------------

// The records a kRecords field cites, each read from the store: a record of
// the field's kind, in its state, about `subject` (a nomination cites the
// member's confirmed contributions). One message for a record that does not
// exist and one about someone else: nothing is told about others' records.
Result<std::vector<wf::FieldError>> cited_record_errors(const App& s, const wf::Kind& kind, domain::MemberId subject,
                                                        const wf::Values& values) {
  std::vector<wf::FieldError> errors;
  for (const wf::Field& f : kind.fields) {
    if (f.type != wf::FieldType::kRecords) continue;
    const wf::Kind* cited = wf::find_kind(f.ref_kind);
    const wf::State* wanted = cited ? cited->state(f.ref_state) : nullptr;
    const std::string what = cited ? std::string(cited->title) : std::string(f.ref_kind);
    for (const auto& [k, v] : values) {
      if (k != f.id || v.empty()) continue;
      const auto ids = wf::record_ids(v);
      if (!ids) continue;  // validate() refused it already
      for (std::uint64_t id : *ids) {
        auto found = s.store->find_record(id);
        if (!found.ok()) return found.status();
        const std::optional<store::WorkflowRecord>& rec = *found;
        const std::string quoted = "「" + std::string(f.label) + "」中的 " + std::to_string(id);
        if (!rec || rec->kind != f.ref_kind || !subject.valid() || rec->subject != subject) {
          errors.push_back({std::string(f.id), quoted + " 不是这名党员的" + what + "记录"});
        } else if (rec->state != f.ref_state) {
          const wf::State* now = cited ? cited->state(rec->state) : nullptr;
          errors.push_back({std::string(f.id), quoted + " 现在是“" + std::string(now ? now->name : rec->state) +
                                                   "”，只能引用“" + std::string(wanted ? wanted->name : f.ref_state) +
                                                   "”的记录"});
        }
      }
    }
  }
  return errors;
}

// The checks of a record's values that need more than the kind: the chapters
// of the rulebook in force, the records it cites. Empty: good.
Result<std::vector<wf::FieldError>> context_errors(const App& s, const wf::Kind& kind, domain::MemberId subject,
                                                   const wf::Values& values) {
  std::vector<wf::FieldError> errors = chapter_errors(kind, values, book_in_force(s));
  if (!errors.empty()) return errors;
  return cited_record_errors(s, kind, subject, values);
}

// ---- create (submit) -------------------------------------------------------------

// Articles a kArticles field names that the rulebook in force does not have
// (a field's value passed wf::validate already): an error naming the field
// and the numbers; none when every one is there (or no rulebook is loaded).
std::vector<wf::FieldError> unknown_articles(const App& s, std::span<const wf::Field> fields, const wf::Values& values) {
  std::vector<wf::FieldError> out;
  const rulebook::Rulebook* book = nullptr;
  for (const auto& [k, v] : values) {
    const auto f = std::find_if(fields.begin(), fields.end(), [&](const wf::Field& x) { return x.id == k; });
    if (f == fields.end() || f->type != wf::FieldType::kArticles || v.empty()) continue;
    if (!book) book = book_in_force(s);
    if (!book) return {{k, "现在没有施行中的规定，无法核对「" + std::string(f->label) + "」"}};
    std::string missing;
    for (int n : wf::parse_articles(v).value_or(std::vector<int>{})) {
      if (!book->find_article(n)) missing += (missing.empty() ? "" : "、") + std::string("第") + std::to_string(n) + "条";
    }
    if (!missing.empty()) {
      out.push_back({k, "「" + std::string(f->label) + "」中的" + missing + "在现行《" + book->title + "》中没有"});
    }
  }
  return out;
}

// The id a request names (a member's `subject`, an organisation's `org`): a
// positive integer; nothing when it is missing, 0 when it is not one.
std::optional<std::uint32_t> named_id(const json& body, const char* key) {
  if (!body.contains(key)) return std::nullopt;
  const json& v = body[key];
  if (v.is_number_unsigned() && v.get<std::uint64_t>() > 0 && v.get<std::uint64_t>() <= UINT32_MAX) {
    return static_cast<std::uint32_t>(v.get<std::uint64_t>());
  }
  return 0u;
}

// POST /api/v1/records/{kind}: a record made. Whom or what it is about comes
// from the kind: the caller themself (a member's own contribution), a member
// the request names as `subject` (a talk or a nomination recorded by the
// branch), or the organisation it names as `org` (a session, a report); the
// creation transition's roles decide who may (workflow::authorize).
Response create(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  if (!kind->made_by_route.empty()) {
    return field_errors({{"", "「" + std::string(kind->title) + "」不单独登记，请在学习活动页面按支部名册登记（" +
                                  std::string(kind->made_by_route) + "）"}});
  }
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  const bool about_org = kind->subject == wf::Subject::kOrganisation;
  const std::optional<std::uint32_t> named_member = about_org ? std::nullopt : named_id(*body, "subject");
  const std::optional<std::uint32_t> named_org = about_org ? named_id(*body, "org") : std::nullopt;
  if (named_member && *named_member == 0) return field_errors({{"subject", "「登记对象」应为党员编号"}});
  if (about_org && !named_org) return field_errors({{"org", "请选择党组织（org）"}});
  if (named_org && *named_org == 0) return field_errors({{"org", "「党组织」应为党组织编号"}});
  if (!about_org && !named_member && !actor.member) {
    return Response::error(Code::kForbidden, "此账号未关联党员，不能登记");
  }
  // The value that exempts a record from cadres_only (an organisation's own
  // account), when the request gave it as text.
  std::string exempt_value;
  if (!kind->cadre_exempt_field.empty() && body->contains("fields") && (*body)["fields"].is_object()) {
    const json& f = (*body)["fields"];
    const std::string key(kind->cadre_exempt_field);
    if (f.contains(key) && f[key].is_string()) exempt_value = f[key].get<std::string>();
  }
  // Who first: someone who may not record learns nothing about their input.
  struct Where {
    domain::MemberId subject;  // none for an organisation's record
    domain::OrgId org;
    std::optional<domain::Role> as;
    std::optional<Response> refused;
  };
  const Where where = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    domain::MemberId subject;
    domain::OrgId org;
    const domain::Member* m = nullptr;
    if (about_org) {
      org = domain::OrgId{*named_org};
      const domain::Organisation* o = tree.find(org);
      if (!o) return Where{{}, {}, {}, Response::not_found("党组织不存在")};
    } else {
      subject = named_member ? domain::MemberId{*named_member} : *actor.member;
      m = roster.find(subject);
      if (!m && named_member) return Where{{}, {}, {}, Response::not_found("名册中没有这名党员")};
      if (!m) return Where{{}, {}, {}, Response::error(Code::kForbidden, "此账号关联的党员不在名册中")};
      org = m->org;
    }
    const wf::TransitionDecision d = wf::authorize(actor, *kind, wf::Verb::kSubmit,
                                                   wf::RecordFacts{subject, tree.ancestry(org), {}});
    if (d.outcome != wf::TransitionDecision::Outcome::kAllowed) {
      // Someone named who is out of the caller's reach is not told apart from nobody.
      if (named_member && !(actor.member && *actor.member == subject)) {
        return Where{{}, {}, {}, Response::not_found("名册中没有这名党员")};
      }
      return Where{{}, {}, {}, Response::error(Code::kForbidden)};
    }
    if (m && !m->cadre && wf::needs_cadre(*kind, exempt_value)) {
      std::string why = "「" + std::string(kind->title) + "」由党员干部登记，名册中" +
                        (named_member ? "这名党员" : std::string("您")) + "不是党员干部（是否党员干部：否）";
      if (!kind->cadre_exempt_field.empty()) {
        const wf::Field* f = kind->field(kind->cadre_exempt_field);
        for (const wf::Choice& c : f ? f->choices : std::span<const wf::Choice>{}) {
          if (c.id == kind->cadre_exempt_value) why += "；“" + std::string(c.label) + "”不限党员干部";
        }
      }
      return Where{{}, {}, {}, Response::error(Code::kForbidden, why + "。名册有误的，请联系支部书记更正")};
    }
    if (needs_committee(*kind) && !wf::managing_committee(tree, org)) {
      return Where{{}, {}, {}, Response::error(Code::kConflict, "这个党组织之上没有党委，这项登记无人审批；请联系党委管理员")};
    }
    return Where{subject, org, d.as, std::nullopt};
  });
  if (where.refused) return *where.refused;
  if (!body->contains("fields")) return field_errors({{"", "请填写登记内容（fields）"}});
  auto inputs = inputs_of((*body)["fields"]);
  if (!inputs) return field_errors({{"", "fields 应为对象，每个字段一项"}});
  const domain::Date today = s.clock.today();
  wf::Validation v = wf::validate(*kind, *inputs, today);
  if (!v.errors.empty()) return field_errors(v.errors, &s);
  if (auto e = unknown_articles(s, kind->fields, v.values); !e.empty()) return field_errors(e);
  auto context = context_errors(s, *kind, where.subject, v.values);
  if (!context.ok()) return Response::from(context.status());
  if (!context->empty()) return field_errors(*context, &s);

  const wf::Transition* submit = wf::creation(*kind);
  if (!submit || submit->verb != wf::Verb::kSubmit) return Response::error(Code::kForbidden);
  const wf::State* state = kind->state(submit->to);
  const std::int64_t now = s.clock();
  store::WorkflowRecord rec;
  rec.kind = std::string(kind->id);
  rec.subject = where.subject;
  rec.org = where.org;
  rec.state = std::string(submit->to);
  auto stored = stored_fields(s, *kind, v.values, where.org);
  if (!stored.ok()) return Response::from(stored.status());
  rec.fields = std::move(stored).value();
  rec.date = record_date(*kind, v.values, today);
  rec.due = state ? wf::due_date(*state, today) : std::nullopt;
  rec.created_us = now;
  rec.updated_us = now;
  store::WorkflowStep step;
  step.verb = std::string(wf::verb_id(wf::Verb::kSubmit));
  step.to_state = rec.state;
  step.actor = actor.user;
  step.actor_role = std::string(domain::role_id(where.as.value_or(domain::Role::kMember)));
  step.fields = rec.fields;
  step.time_us = now;
  auto checked = draft_check(s, *kind, where.org, v.values);
  if (!checked.ok()) return Response::from(checked.status());
  step.check_report = std::move(checked).value();
  // The store appends the new id to the target.
  auto note = access::audit_note(r, s.clock, "record.submit", "record:" + rec.kind + ":", where.org,
                                 about_org ? std::nullopt : std::optional<domain::MemberId>(where.subject),
                                 "to=" + rec.state);
  auto saved = s.store->create_record(rec, step, note);
  if (!saved.ok()) return Response::from(saved.status());
  json out = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    return summary_json(s, *kind, *saved, actor, tree, roster);
  });
  return Response::json(201, {{"record", out}});
}

// ---- one record ------------------------------------------------------------------

// Where a member stands for guidance rules: their branch and its ancestors,
// and what the rules apply by (their category on the roster, the public
// accounts they have registered). Nothing for a caller with no member on the
// roster.
struct GuidancePlace {
  domain::OrgPath path;
  wf::GuidanceReader reader;
};
Result<std::optional<GuidancePlace>> guidance_place(const App& s, const domain::Actor& actor) {
  if (!actor.member) return std::optional<GuidancePlace>();
  std::optional<GuidancePlace> place = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(*actor.member);
    if (!m) return std::optional<GuidancePlace>();
    GuidancePlace p;
    p.path = tree.ancestry(m->org);
    p.reader.cadre = m->cadre;
    return std::optional<GuidancePlace>(std::move(p));
  });
  if (!place) return place;
  // The member's registered public accounts (their own records, bounded).
  auto accounts = s.store->subject_records(*actor.member, std::string(wf::account_kind().id), 0, 200);
  if (!accounts.ok()) return accounts.status();
  for (const store::WorkflowRecord& a : *accounts) {
    if (a.state != "registered") continue;
    for (const auto& [k, v] : values_of(a.fields)) {
      if (k != "owner_kind") continue;
      if (v == "member") place->reader.personal_account = true;
      if (v == "organisation") place->reader.organisation_account = true;
    }
  }
  return place;
}

struct Readable {
  store::WorkflowRecord record;
  domain::Decision read;
};

// The record `id` of the route's kind, when the caller may read it; 404 for
// no such record and for one they may not read (nothing told).
Result<Readable> readable(const App& s, const wf::Kind& kind, const domain::Actor& actor, std::string_view id_text) {
  const std::uint32_t id = parse_id(id_text);
  if (id == 0) return Status::NotFound("记录不存在");
  auto found = s.store->find_record(id);
  if (!found.ok()) return found.status();
  if (!*found || (*found)->kind != kind.id) return Status::NotFound("记录不存在");
  Readable out{**found, {}};
  out.read = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return wf::authorize_read(actor, kind, facts_of(out.record, tree));
  });
  // A guidance rule of a committee above the member's branch that applies
  // to them: theirs to read, as on their 指导 page (the same decision).
  if (!out.read.allowed && kind.id == wf::guidance_rule_kind().id && actor.active && actor.member) {
    auto place = guidance_place(s, actor);
    if (!place.ok()) return place.status();
    const bool reaches = *place && s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      return wf::guidance_reaches(facts_of(out.record, tree), values_of(out.record.fields), (*place)->path,
                                  (*place)->reader);
    });
    if (reaches) out.read = domain::Decision{true, "workflow.read: a guidance rule that applies to the member", false};
  }
  if (!out.read.allowed) return Status::NotFound("记录不存在");
  return out;
}

// ---- attachments -------------------------------------------------------------------

constexpr std::size_t kMaxAttachments = 3;                     // per record
constexpr std::size_t kMaxAttachmentBytes = 5 * 1024 * 1024;  // per file, as uploaded
constexpr std::size_t kAttachmentUploadLimit = kMaxAttachments * kMaxAttachmentBytes + 64 * 1024;
constexpr std::size_t kMaxFileNameBytes = 255;
constexpr std::string_view kRemovedNote = "已移除照片的位置、设备和时间信息";
constexpr std::string_view kRemovedPdfNote = "已移除 PDF 的文档属性、XMP 元数据、批注、嵌入的文件和脚本，页面内容未改动";

json attachment_json(const wf::Kind& kind, const store::WorkflowAttachment& a, StatementAuthors& authors,
                     const domain::Actor& actor) {
  return {{"position", a.position},
          {"name", a.name},
          {"content_type", a.content_type},
          {"size", a.size},
          {"removed", json::parse(a.removed, nullptr, false)},
          {"by", {{"name", authors.name(a.uploaded_by)}, {"mine", a.uploaded_by == actor.user}}},
          {"role", a.uploaded_role},
          {"time", iso_time(a.time_us)},
          {"url", "/api/v1/records/" + std::string(kind.id) + "/" + std::to_string(a.record_id) + "/attachments/" +
                      std::to_string(a.position)}};
}

// What a file's content says it is, in Chinese ("JPEG 图片").
std::string_view format_name(check::extract::Format f) {
  using check::extract::Format;
  switch (f) {
    case Format::Jpeg: return "JPEG 图片";
    case Format::Png: return "PNG 图片";
    case Format::Pdf: return "PDF 文件";
    case Format::Webp: return "WebP 图片";
    case Format::Tiff: return "TIFF 图片";
    case Format::Heic: return "HEIC 图片";
    case Format::Zip:
    case Format::Docx:
    case Format::Xlsx:
    case Format::Pptx: return "Office 文档或压缩包";
    case Format::OleCompound: return "旧版 Office 文档";
    case Format::Text: return "文字或未知格式";
    default: return "未知格式";
  }
}

// The format a file name's extension claims, when it names one.
std::optional<check::extract::Format> claimed_format(const std::string& name) {
  using check::extract::Format;
  const std::size_t dot = name.rfind('.');
  if (dot == std::string::npos) return std::nullopt;
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "jpg" || ext == "jpeg" || ext == "jfif") return Format::Jpeg;
  if (ext == "png") return Format::Png;
  if (ext == "pdf") return Format::Pdf;
  if (ext == "webp") return Format::Webp;
  if (ext == "tif" || ext == "tiff") return Format::Tiff;
  if (ext == "heic" || ext == "heif") return Format::Heic;
  if (ext == "docx" || ext == "xlsx" || ext == "pptx" || ext == "zip") return Format::Zip;
  if (ext == "doc" || ext == "xls" || ext == "ppt") return Format::OleCompound;
  if (ext == "txt") return Format::Text;
  return std::nullopt;
}

// A file name as the uploader knows it: no directories, no control
// characters, bounded; nothing when it is not UTF-8.
std::optional<std::string> attachment_name(const std::string& filename) {
  if (!utf8::valid(filename)) return std::nullopt;
  const std::size_t slash = filename.find_last_of("/\\");
  std::string name = slash == std::string::npos ? filename : filename.substr(slash + 1);
  std::string out;
  for (unsigned char c : name) {
    if (c >= 0x20 && c != 0x7f && c != '"') out += static_cast<char>(c);
  }
  if (out.size() > kMaxFileNameBytes) {
    std::size_t cut = kMaxFileNameBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  if (out.find_first_not_of(' ') == std::string::npos) out = "未命名文件";
  return out;
}

// One uploaded file checked and cleaned: its stored copy, or the refusal
// (naming the file).
std::variant<store::WorkflowAttachment, Response> cleaned_attachment(const MultipartPart& part,
                                                                    const ExtractSandbox& sandbox) {
  using check::extract::Format;
  const auto name = attachment_name(*part.filename);
  if (!name) return Response::error(Code::kInvalidInput, "附件的文件名含有无法识别的字符，请改名后重新上传");
  const std::string quoted = "「" + *name + "」";
  if (part.data.empty()) return Response::error(Code::kInvalidInput, quoted + "是空文件");
  if (part.data.size() > kMaxAttachmentBytes) {
    return Response::error(Code::kPayloadTooLarge, quoted + "超过 5 MiB，请压缩或截取后重新上传");
  }
  const Format format = check::extract::sniff(part.data);
  const auto claimed = claimed_format(*name);
  if (claimed && *claimed != format && !(*claimed == Format::Zip && format == Format::Zip)) {
    return Response::error(Code::kUnsupportedFormat, quoted + "的扩展名表示" + std::string(format_name(*claimed)) +
                                                         "，内容却是" + std::string(format_name(format)) +
                                                         "：类型按文件内容判断，请核对后重新选择");
  }
  if (format == Format::Webp) {
    return Response::error(Code::kUnsupportedFormat,
                           quoted + "是" + std::string(format_name(format)) +
                               "：暂不能移除这种文件中的作者、设备和时间等信息，附件只接受 JPEG、PNG 图片和 PDF，"
                               "请截图或转存为 JPEG、PNG 后上传");
  }
  if (format != Format::Jpeg && format != Format::Png && format != Format::Pdf) {
    return Response::error(Code::kUnsupportedFormat,
                           quoted + "不是 JPEG、PNG 图片或 PDF（按文件内容判断是" + std::string(format_name(format)) +
                               "），附件只接受 JPEG、PNG 图片和 PDF");
  }
  // The one cleaner (check/extract/clean.h), the same as the self-check's
  // cleaned copies: location, device and time metadata out before storing
  // (a PDF: its properties, XMP, comments, embedded files and scripts). A
  // PDF copy is read back by poppler in the extraction sandbox.
  check::extract::CleanOptions options;
  options.limits.max_input_bytes = kMaxAttachmentBytes;
  options.isolate = sandbox.isolate();
  auto cleaned = check::extract::clean(part.data, options);
  if (!cleaned.ok()) {
    return Response::error(cleaned.status().code(),
                           quoted + "无法处理：" + check::extract::chinese_part(cleaned.status().message()));
  }
  if (cleaned->format != format || check::extract::sniff(cleaned->bytes) != format) {
    return Response::error(Code::kCorruptInput, quoted + "无法处理：清理后的副本与原文件类型不符");
  }
  store::WorkflowAttachment a;
  a.name = *name;
  a.content_type = check::extract::content_type_of(cleaned->format);
  a.removed = json(cleaned->removed).dump();
  a.bytes = std::move(cleaned->bytes);
  return a;
}

// The role in which `actor` adds files to the record: they may add files
// while they may act on it (a step of theirs is open), as its subject or in
// a role the kind names for that step.
std::optional<domain::Role> attaching_role(const domain::Actor& actor, const wf::Kind& kind,
                                           const wf::RecordFacts& facts) {
  for (wf::Verb v : wf::allowed_verbs(actor, kind, facts)) {
    const wf::TransitionDecision d = wf::authorize(actor, kind, v, facts);
    if (d.outcome == wf::TransitionDecision::Outcome::kAllowed && d.as) return d.as;
  }
  return std::nullopt;
}

Result<json> detail_json(const App& s, const wf::Kind& kind, const store::WorkflowRecord& rec,
                         const domain::Actor& actor) {
  auto steps = s.store->record_steps(rec.id);
  if (!steps.ok()) return steps.status();
  auto files = s.store->record_attachments(rec.id);
  if (!files.ok()) return files.status();
  // The self-check findings kept with the record: its author, reviewers and approvers only.
  const bool checks_kept = !kind.checked_fields.empty();
  const bool see_checks = checks_kept && s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return wf::may_read_checks(actor, kind, facts_of(rec, tree)).allowed;
  });
  json checks = nullptr;
  if (see_checks) {
    auto kept = s.store->record_checks(rec.id);
    if (!kept.ok()) return kept.status();
    checks = json::array();
    for (const store::WorkflowCheck& c : *kept) {
      checks.push_back({{"step", c.step}, {"time", iso_time(c.time_us)}, {"report", json::parse(c.report, nullptr, false)}});
    }
  }
  // An organisation's record is nobody's: no statements on it.
  auto statements = rec.subject.valid() ? s.store->list_statements(rec.subject)
                                        : Result<std::vector<store::RecordStatement>>(std::vector<store::RecordStatement>{});
  if (!statements.ok()) return statements.status();
  StatementAuthors authors(s);
  json history = json::array();
  for (const store::WorkflowStep& st : *steps) {
    const wf::State* from = kind.state(st.from_state);
    const wf::State* to = kind.state(st.to_state);
    const auto role = domain::parse_role_id(st.actor_role);
    history.push_back({{"position", st.position},
                       {"verb", st.verb},
                       {"verb_name", wf::step_name(st.verb)},
                       {"from", st.from_state},
                       {"from_name", from ? from->name : ""},
                       {"to", st.to_state},
                       {"to_name", to ? to->name : ""},
                       {"actor", {{"name", authors.name(st.actor)}, {"mine", st.actor == actor.user}}},
                       {"role", st.actor_role},
                       {"role_name", role ? domain::role_name(*role) : ""},
                       {"reason", st.reason},
                       {"fields", st.fields.empty() ? json(nullptr) : json::parse(st.fields, nullptr, false)},
                       {"time", iso_time(st.time_us)}});
  }
  json out = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    json j = summary_json(s, kind, rec, actor, tree, roster);
    j["may"]["answer"] = wf::may_answer(actor, kind, facts_of(rec, tree)).allowed;
    j["may"]["attach"] = files->size() < kMaxAttachments && attaching_role(actor, kind, facts_of(rec, tree)).has_value();
    return j;
  });
  json attachments = json::array();
  for (const store::WorkflowAttachment& a : *files) attachments.push_back(attachment_json(kind, a, authors, actor));
  out["attachments"] = std::move(attachments);
  out["attachments_max"] = kMaxAttachments;
  if (checks_kept) {
    out["checks"] = std::move(checks);  // null: kept, but not for this reader
  }
  out["history"] = std::move(history);
  out["statements"] = statement_threads_json(*statements, kind.id, rec.id, actor.user, std::nullopt, authors);
  return out;
}

Response read(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  auto found = readable(s, *kind, actor, r.param("id"));
  if (!found.ok()) return Response::from(found.status());
  if (found->read.audit_this_read) {
    auto note = access::audit_note(r, s.clock, "record.read", record_target_text(found->record), found->record.org,
                                   subject_of(found->record));
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  auto out = detail_json(s, *kind, found->record, actor);
  if (!out.ok()) return Response::from(out.status());
  return Response::json(200, {{"record", *out}});
}

// POST /api/v1/records/{kind}/{id}/attachments (multipart/form-data, one to
// three files): whoever may act on the record now adds files to it. Each is
// told by its content (JPEG, PNG or PDF; a name that claims another type is
// refused), at most 5 MiB, and cleaned by check::extract::clean() before it
// is stored: location, device and time metadata removed, and the answer says
// what was. All the files or none are stored, with the audit entry, in one
// transaction; a record holds at most three.
Response attach(const App& s, const ExtractSandbox& sandbox, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  auto found = readable(s, *kind, actor, r.param("id"));
  if (!found.ok()) return Response::from(found.status());
  const store::WorkflowRecord& rec = found->record;
  const std::optional<domain::Role> as = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return attaching_role(actor, *kind, facts_of(rec, tree));
  });
  if (!as) return Response::error(Code::kForbidden, "这条记录现在不由您办理，不能添加附件");
  std::string type(r.header("content-type"));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (type.rfind("multipart/form-data", 0) != 0) {
    return Response::error(Code::kUnsupportedMediaType, "请以 multipart/form-data 上传附件");
  }
  auto boundary = multipart_boundary(r.header("content-type"));
  if (!boundary.ok()) return Response::bad_request(boundary.status().message());
  MultipartLimits limits;
  limits.max_parts = kMaxAttachments + 1;
  auto parts = parse_multipart(r.body, *boundary, limits);
  if (!parts.ok()) return Response::bad_request(parts.status().message());
  std::vector<const MultipartPart*> files;
  for (const MultipartPart& p : *parts) {
    if (!p.filename) return Response::bad_request("不支持的表单字段：只接受文件（file）");
    if (p.filename->empty() && p.data.empty()) continue;  // a file input left empty
    files.push_back(&p);
  }
  if (files.empty()) return Response::bad_request("请选择要上传的附件");
  if (files.size() > kMaxAttachments) {
    return Response::error(Code::kLimitExceeded, "每条记录最多 " + std::to_string(kMaxAttachments) + " 个附件");
  }
  static const InFlight cleaning(2);
  InFlight::Slot slot(cleaning);
  if (!slot.acquired()) {
    Response busy = Response::error(Code::kBusy, "正在处理的附件较多，请稍后重试");
    busy.headers.emplace_back("Retry-After", "5");
    return busy;
  }
  struct Release {
    ~Release() { release_free_memory(); }
  } release;
  std::vector<store::WorkflowAttachment> stored;
  const std::int64_t now = s.clock();
  for (const MultipartPart* p : files) {
    auto one = cleaned_attachment(*p, sandbox);
    if (auto* refused = std::get_if<Response>(&one)) return *refused;
    store::WorkflowAttachment a = std::move(std::get<store::WorkflowAttachment>(one));
    a.uploaded_by = actor.user;
    a.uploaded_role = std::string(domain::role_id(*as));
    a.time_us = now;
    stored.push_back(std::move(a));
  }
  std::string names;
  bool any_pdf = false, any_image = false;
  for (const auto& a : stored) {
    names += (names.empty() ? "" : ",") + std::to_string(a.bytes.size());
    (a.content_type == "application/pdf" ? any_pdf : any_image) = true;
  }
  auto note = access::audit_note(r, s.clock, "record.attach", record_target_text(rec), rec.org, subject_of(rec),
                                 "files=" + std::to_string(stored.size()) + " bytes=" + names);
  auto saved = s.store->add_attachments(rec.id, stored, kMaxAttachments, note);
  if (!saved.ok()) return Response::from(saved.status());
  StatementAuthors authors(s);
  json added = json::array();
  bool any_removed = false;
  for (const auto& a : *saved) {
    added.push_back(attachment_json(*kind, a, authors, actor));
    any_removed = any_removed || added.back()["removed"].size() > 0;
  }
  std::string notice = any_image ? std::string(kRemovedNote) : std::string();
  if (any_pdf) notice += (notice.empty() ? "" : "；") + std::string(kRemovedPdfNote);
  if (!any_removed) notice += any_pdf ? "（这些文件中没有发现这类信息）" : "（这些图片中没有发现这类信息）";
  return Response::json(201, {{"attachments", added}, {"notice", notice}});
}

// GET /api/v1/records/{kind}/{id}/attachments/{n}: one file, to whoever
// reads the record, audited as a read of the record when it is someone
// else's; always a download (Content-Disposition: attachment, nosniff).
Response download(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  auto found = readable(s, *kind, actor, r.param("id"));
  if (!found.ok()) return Response::from(found.status());
  const std::uint32_t n = parse_id(r.param("n"));
  if (n == 0) return Response::not_found("附件不存在");
  auto file = s.store->find_attachment(found->record.id, n);
  if (!file.ok()) return Response::from(file.status());
  if (!*file) return Response::not_found("附件不存在");
  if (found->read.audit_this_read) {
    auto note = access::audit_note(r, s.clock, "record.read", record_target_text(found->record), found->record.org,
                                   subject_of(found->record), "attachment=" + std::to_string(n));
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  const std::string ext = (*file)->content_type == "image/png" ? "png" : "jpg";
  Response out = Response::attachment(std::move((*file)->bytes), (*file)->content_type,
                                      "attachment-" + std::to_string(n) + "." + ext, (*file)->name);
  return out;  // X-Content-Type-Options: nosniff is on every answer (security_headers.h)
}

// ---- transitions -------------------------------------------------------------------

Response transition(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto found = readable(s, *kind, actor, r.param("id"));
  if (!found.ok()) return Response::from(found.status());
  const store::WorkflowRecord& rec = found->record;

  auto verb_text = string_field(*body, "verb");
  if (!verb_text) return field_errors({{"verb", "请指明操作（verb）"}});
  const auto verb = wf::parse_verb(*verb_text);
  if (!verb) return field_errors({{"verb", "没有这种操作"}});
  const wf::TransitionDecision d = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return wf::authorize(actor, *kind, *verb, facts_of(rec, tree));
  });
  const wf::State* now_state = kind->state(rec.state);
  const std::string now_name(now_state ? now_state->name : std::string_view(rec.state));
  switch (d.outcome) {
    case wf::TransitionDecision::Outcome::kAllowed:
      break;
    case wf::TransitionDecision::Outcome::kUnknown:
      return field_errors({{"verb", "这类登记没有“" + std::string(wf::verb_name(*verb)) + "”这一步"}});
    case wf::TransitionDecision::Outcome::kOutOfOrder:
      return Response::error(Code::kConflict,
                             "这条记录现在是“" + now_name + "”，不能" + std::string(wf::verb_name(*verb)));
    case wf::TransitionDecision::Outcome::kForbidden:
      return Response::error(Code::kForbidden,
                             "您不能" + std::string(wf::verb_name(*verb)) + "这条记录");
  }
  const wf::Transition& t = *d.transition;

  if (body->contains("version") && !(*body)["version"].is_number_unsigned()) {
    return field_errors({{"version", "version 应为记录的版本号"}});
  }
  const std::uint32_t expected =
      body->contains("version") ? (*body)["version"].get<std::uint32_t>() : rec.version;
  std::string reason;
  if (body->contains("reason") && !(*body)["reason"].is_null()) {
    if (!(*body)["reason"].is_string()) return field_errors({{"reason", "「理由」应为文字"}});
    reason = (*body)["reason"].get<std::string>();
  }
  if (auto e = wf::check_reason(reason, t.reason_required)) return field_errors({*e});

  const domain::Date today = s.clock.today();
  store::WorkflowChange change;
  change.record_id = rec.id;
  change.expected_version = expected;
  change.state = std::string(t.to);
  const bool has_fields = body->contains("fields") && !(*body)["fields"].is_null();
  std::string check_report;
  std::optional<std::string> step_fields;
  if (t.carries_fields) {
    if (!has_fields) return field_errors({{"", "请填写修改后的登记内容（fields）"}});
    auto inputs = inputs_of((*body)["fields"]);
    if (!inputs) return field_errors({{"", "fields 应为对象，每个字段一项"}});
    if (!t.only_fields.empty()) {
      // Only these fields change (a link recorded on publication); the rest stay as stored.
      wf::Merge merged = wf::merge_only_fields(*kind, t, values_of(rec.fields), *inputs);
      if (!merged.errors.empty()) return field_errors(merged.errors);
      *inputs = std::move(merged.inputs);
    }
    wf::Validation v = wf::validate(*kind, *inputs, today);
    if (!v.errors.empty()) return field_errors(v.errors, &s);
    if (auto e = unknown_articles(s, kind->fields, v.values); !e.empty()) return field_errors(e);
    auto context = context_errors(s, *kind, rec.subject, v.values);
    if (!context.ok()) return Response::from(context.status());
    if (!context->empty()) return field_errors(*context, &s);
    auto stored = stored_fields(s, *kind, v.values, rec.org);
    if (!stored.ok()) return Response::from(stored.status());
    change.fields = std::move(stored).value();
    change.date = record_date(*kind, v.values, today);
    if (t.only_fields.empty()) {
      auto checked = draft_check(s, *kind, rec.org, v.values);
      if (!checked.ok()) return Response::from(checked.status());
      check_report = std::move(checked).value();
    }
  } else if (!t.step_fields.empty()) {
    // The step's own values (a forward's department and day, an
    // acknowledgement's date, an outcome): kept with the step in the history;
    // the record's fields stay as they were. None given: each required one named.
    auto inputs = has_fields ? inputs_of((*body)["fields"]) : std::optional<std::vector<wf::Input>>(std::vector<wf::Input>{});
    if (!inputs) return field_errors({{"", "fields 应为对象，每个字段一项"}});
    wf::Validation v = wf::validate_step(t, *inputs, today);
    if (!v.errors.empty()) return field_errors(v.errors, &s);
    step_fields = fields_json(v.values);
  } else if (has_fields) {
    return field_errors({{"", "“" + std::string(wf::verb_name(*verb)) + "”不修改登记内容"}});
  }
  const wf::State* to = kind->state(t.to);
  change.due = to ? wf::due_date(*to, today) : std::nullopt;
  change.time_us = s.clock();

  store::WorkflowStep step;
  step.verb = std::string(wf::verb_id(*verb));
  step.from_state = rec.state;
  step.to_state = change.state;
  step.actor = actor.user;
  step.actor_role = std::string(domain::role_id(*d.as));
  step.reason = reason;
  step.fields = change.fields ? *change.fields : step_fields.value_or("");
  step.time_us = change.time_us;
  step.check_report = std::move(check_report);
  auto note = access::audit_note(r, s.clock, verb_action(*verb), record_target_text(rec), rec.org, subject_of(rec),
                                 rec.state + "->" + change.state);
  auto saved = s.store->change_record(change, step, note);
  if (!saved.ok()) return Response::from(saved.status());
  auto out = detail_json(s, *kind, *saved, actor);
  if (!out.ok()) return Response::from(out.status());
  return Response::json(200, {{"record", *out}});
}

// ---- the yearly "nothing changed" ------------------------------------------------------

constexpr std::size_t kConfirmAllMax = 200;  // records confirmed in one request at most

// POST /api/v1/records/{kind}/confirm-all: the caller confirms that none of
// their own records of the kind that await the yearly re-confirmation has
// changed (art. 19: all of a cadre's accounts in one step): one "reconfirm"
// step on each, in one transaction, with one audit entry; each is due again
// a year on. Records of theirs that cannot be reconfirmed now (waiting for
// the branch, closed) are left as they are.
Response confirm_all(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  if (std::none_of(kind->transitions.begin(), kind->transitions.end(),
                   [](const wf::Transition& t) { return t.verb == wf::Verb::kReconfirm; })) {
    return field_errors({{"verb", "这类登记没有“确认无变化”这一步"}});
  }
  if (!actor.member) return Response::error(Code::kForbidden, "此账号未关联党员，没有自己的登记");
  const domain::MemberId me = *actor.member;
  const domain::Date today = s.clock.today();
  const std::int64_t now = s.clock();
  std::vector<std::pair<store::WorkflowChange, store::WorkflowStep>> changes;
  std::optional<domain::OrgId> org;
  std::string ids;
  std::uint64_t before = 0;
  for (;;) {
    auto found = s.store->subject_records(me, std::string(kind->id), before, 1000);
    if (!found.ok()) return Response::from(found.status());
    bool too_many = false;
    s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      for (const auto& rec : *found) {
        const wf::TransitionDecision d = wf::authorize(actor, *kind, wf::Verb::kReconfirm, facts_of(rec, tree));
        if (d.outcome != wf::TransitionDecision::Outcome::kAllowed) continue;
        if (changes.size() >= kConfirmAllMax) {
          too_many = true;
          return;
        }
        store::WorkflowChange change;
        change.record_id = rec.id;
        change.expected_version = rec.version;
        change.state = std::string(d.transition->to);
        const wf::State* to = kind->state(d.transition->to);
        change.due = to ? wf::due_date(*to, today) : std::nullopt;
        change.time_us = now;
        store::WorkflowStep step;
        step.verb = std::string(wf::verb_id(wf::Verb::kReconfirm));
        step.from_state = rec.state;
        step.to_state = change.state;
        step.actor = actor.user;
        step.actor_role = std::string(domain::role_id(*d.as));
        step.time_us = now;
        changes.emplace_back(std::move(change), std::move(step));
        org = rec.org;
        ids += (ids.empty() ? "" : ",") + std::to_string(rec.id);
      }
    });
    if (too_many) {
      return Response::error(Code::kLimitExceeded, "一次最多确认 200 条，请逐条确认其余的登记");
    }
    if (found->size() < 1000) break;
    before = found->back().id;
  }
  if (changes.empty()) {
    return Response::error(Code::kConflict, "您没有已备案、需要确认无变化的" + std::string(kind->title) + "记录");
  }
  auto note = access::audit_note(r, s.clock, "record.reconfirm",
                                 "register:" + std::string(kind->id) + " subject=member:" + std::to_string(me.value), org,
                                 me, "records=" + ids);
  auto saved = s.store->change_records(changes, note);
  if (!saved.ok()) return Response::from(saved.status());
  json records = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& rec : *saved) records.push_back(summary_json(s, *kind, rec, actor, tree, roster));
  });
  return Response::json(200, {{"confirmed", saved->size()}, {"records", records}});
}

// ---- the register: pages, export, counts ------------------------------------------

struct RegisterQuery {
  store::RecordPageQuery query;
  std::optional<domain::OrgId> org;
  bool audit = false;  // some part is a read of others' records
};

// The register's filters (?org=&subtree=&state=&from=&to=) and the caller's
// reach: a bad_request for a malformed filter, 404 for an unknown
// organisation, 403 when the caller reads no register there.
std::variant<RegisterQuery, Response> register_query(const App& s, const Request& r, const wf::Kind& kind,
                                                     const domain::Actor& actor) {
  RegisterQuery q;
  q.query.kind = std::string(kind.id);
  if (auto o = r.query_param("org")) {
    const domain::OrgId org{parse_id(*o)};
    if (!org.valid()) return Response::bad_request("org 应为党组织编号");
    q.org = org;
  }
  const std::string subtree = r.query_param("subtree").value_or("1");
  if (subtree != "0" && subtree != "1") return Response::bad_request("subtree 只能是 0 或 1");
  if (auto st = r.query_param("state")) {
    if (!kind.state(*st)) return Response::bad_request("没有这种状态：" + std::string(kind.title) + "的状态见 /api/v1/records/kinds");
    q.query.state = *st;
  }
  for (const char* name : {"from", "to"}) {
    if (auto t = r.query_param(name)) {
      auto d = parse_iso_date(*t);
      if (!d) return Response::bad_request(std::string(name) + " 应为日期，格式如 2026-12-07");
      (std::string_view(name) == "from" ? q.query.from : q.query.to) = d;
    }
  }
  if (q.query.from && q.query.to && *q.query.from > *q.query.to) return Response::bad_request("from 不能晚于 to");
  if (auto m = r.query_param("subject")) {
    // One member's records (the picker of a nomination's evidence); counted nowhere.
    const domain::MemberId subject{parse_id(*m)};
    if (!subject.valid()) return Response::bad_request("subject 应为党员编号");
    if (kind.subject == wf::Subject::kOrganisation) return Response::bad_request("这类登记不属于某名党员，不能按 subject 筛选");
    q.query.subject = subject;
    q.query.with_total = false;
  }
  std::optional<Response> refused = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (q.org && !tree.find(*q.org)) return std::optional<Response>(Response::not_found("党组织不存在"));
    for (const domain::Reach& part : wf::register_reach(actor, kind, tree, q.org)) {
      if (subtree == "0" && q.org) {
        // The organisation itself only: a part that covers it.
        if (part.org == *q.org || (part.subtree && tree.within(*q.org, part.org))) {
          q.query.scope = {{*q.org, false}};
          q.audit = true;
        }
        continue;
      }
      q.query.scope.push_back({part.org, part.subtree});
      q.audit = q.audit || part.audit_this_read;
    }
    if (q.query.scope.empty()) return std::optional<Response>(Response::error(Code::kForbidden));
    return std::optional<Response>();
  });
  if (refused) return *refused;
  return q;
}

Response list(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  auto parsed = register_query(s, r, *kind, actor);
  if (auto* e = std::get_if<Response>(&parsed)) return *e;
  RegisterQuery& q = std::get<RegisterQuery>(parsed);
  q.query.limit = page.page->limit;
  if (!page.page->after.empty()) {
    auto c = decode_cursor(page.page->after, 2);
    if (!c) return Response::bad_request("after 应为上一页答复中的 next");
    q.query.after = store::RecordCursor{domain::OrgId{static_cast<std::uint32_t>((*c)[0])}, (*c)[1]};
  }
  auto found = s.store->record_page(q.query);
  if (!found.ok()) return Response::from(found.status());
  if (q.audit && !found->records.empty()) {
    auto note = access::audit_note(r, s.clock, "record.list", "register:" + q.query.kind, q.org);
    std::set<std::uint32_t> subjects;
    for (const auto& rec : found->records) {
      if (rec.subject.valid()) subjects.insert(rec.subject.value);
    }
    for (std::uint32_t m : subjects) note.entry.subjects.push_back(domain::MemberId{m});
    note.entry.detail = "records=" + std::to_string(found->records.size());
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  json records = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& rec : found->records) records.push_back(summary_json(s, *kind, rec, actor, tree, roster));
  });
  json out = {{"records", records}};
  std::optional<std::string> next;
  if (found->next) next = encode_cursor({found->next->org.value, found->next->record});
  put_page(out, next, found->total);
  if (q.query.subject) out["total"] = nullptr;  // one member's: no count per person
  return Response::json(200, out);
}

// The register's columns and one page of its rows (with each record's
// statements, column 说明), for both export formats.
domain::ExportTable register_shape(const wf::Kind& kind, std::size_t sheet = 1) {
  domain::ExportTable shape;
  shape.sheet_name = sheet == 1 ? std::string(kind.title) : std::string(kind.title) + "（续" + std::to_string(sheet) + "）";
  shape.header = {"编号", "姓名", "党组织", "状态"};
  for (const wf::Field& f : kind.fields) shape.header.emplace_back(f.label);
  if (!kind.figures_when_field.empty()) shape.header.emplace_back("系统统计（提交时固定）");
  for (const char* h : {"办理期限", "登记时间", "最近办理", "说明"}) shape.header.emplace_back(h);
  shape.date_column.assign(shape.header.size(), false);
  return shape;
}

// A year-end report's frozen figures (stored_fields) as one cell: each
// indicator's year total, or — for what stands open — the count on the day
// it was submitted, said as such ("截至 2026-12-07（提交日）"), so that no
// reader takes it for the year's end.
std::string figures_text(const json& figures) {
  if (!figures.is_object() || !figures.contains("indicators") || !figures["indicators"].is_array()) return "";
  const std::string on = figures.contains("computed_on") && figures["computed_on"].is_string()
                             ? figures["computed_on"].get<std::string>()
                             : std::string();
  std::string out;
  for (const json& i : figures["indicators"]) {
    if (!i.is_object() || !i.contains("label") || !i["label"].is_string()) continue;
    std::string one = i["label"].get<std::string>() + "：";
    const auto number = [&](const char* k) {
      return i.contains(k) && i[k].is_number_unsigned() ? i[k].get<std::uint64_t>() : std::uint64_t{0};
    };
    if (!i.value("available", false)) {
      one += "尚无数据";
    } else if (i.value("measure", std::string()) == "by_month") {
      one += "全年 " + std::to_string(number("total"));
    } else {
      one += "截至 " + on + "（提交日）" + std::to_string(number("count"));
      if (number("overdue") > 0) one += "，其中逾期 " + std::to_string(number("overdue"));
    }
    out += (out.empty() ? "" : "；") + one;
  }
  return out;
}

Result<std::vector<std::vector<std::string>>> register_rows(const App& s, const wf::Kind& kind,
                                                            const std::vector<store::WorkflowRecord>& records) {
  std::vector<domain::MemberId> subjects;
  for (const auto& rec : records) {
    if (!rec.subject.valid()) continue;  // an organisation's record
    if (std::find(subjects.begin(), subjects.end(), rec.subject) == subjects.end()) subjects.push_back(rec.subject);
  }
  auto statements = s.store->list_statements(subjects);
  if (!statements.ok()) return statements.status();
  std::vector<std::vector<std::string>> rows;
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    StatementAuthors names(*s.store, roster);
    for (const auto& rec : records) {
      const domain::Member* m = roster.find(rec.subject);
      const domain::Organisation* o = tree.find(rec.org);
      const wf::State* st = kind.state(rec.state);
      std::vector<std::string> row = {std::to_string(rec.id), m ? m->name : "", o ? o->name : "",
                                      std::string(st ? st->name : std::string_view(rec.state))};
      const json fields = json::parse(rec.fields, nullptr, false);
      for (const wf::Field& f : kind.fields) {
        std::string v;
        if (fields.is_object() && fields.contains(f.id) && fields[std::string(f.id)].is_string()) {
          v = fields[std::string(f.id)].get<std::string>();
        }
        for (const wf::Choice& c : f.choices) {
          if (c.id == v) v = std::string(c.label);
        }
        row.push_back(std::move(v));
      }
      if (!kind.figures_when_field.empty()) row.push_back(fields.is_object() && fields.contains("figures")
                                                              ? figures_text(fields["figures"])
                                                              : std::string());
      row.push_back(rec.due ? rec.due->iso() : "");
      row.push_back(iso_time(rec.created_us));
      row.push_back(iso_time(rec.updated_us));
      row.push_back(statement_threads_text(*statements, kind.id, rec.id, names));
      rows.push_back(std::move(row));
    }
  });
  return rows;
}

// The register as CSV, a page of records per piece: the BOM and header first.
class RegisterCsvSource final : public BodySource {
 public:
  RegisterCsvSource(Services app, const wf::Kind& kind, store::RecordPageQuery query)
      : app_(std::move(app)), kind_(kind), query_(std::move(query)) {}
  Result<std::string> next() override {
    std::string out;
    if (!started_) {
      started_ = true;
      out = domain::kCsvPreamble;
      domain::append_csv_line(out, register_shape(kind_).header);
      return out;
    }
    if (done_) return out;
    auto page = app_->store->record_page(query_);
    if (!page.ok()) return page.status();
    auto rows = register_rows(*app_, kind_, page->records);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) domain::append_csv_line(out, row);
    query_.after = page->next;
    done_ = !page->next;
    return out;
  }

 private:
  Services app_;  // the source outlives the request
  const wf::Kind& kind_;
  store::RecordPageQuery query_;
  bool started_ = false, done_ = false;
};

// The register as .xlsx or CSV: the filters of the list, every page, with
// each record's statements (column 说明); nothing capped (an .xlsx sheet
// holds kRowsPerSheet rows, the rows after go on on 登记册（续2）, …). The
// audit entry, naming every exported member, is written before the first
// byte. The .xlsx is built whole in the workbook's memfd (constant-memory
// mode) and sent in pieces; the CSV goes out a page at a time, read a second
// time after the pass that named the members (a change in between can make
// the file differ from the entry, as for the roster export).
Response export_register(const Services& app, const Request& r) {
  const App& s = *app;
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  const std::string format = r.query_param("format").value_or("xlsx");
  if (format != "xlsx" && format != "csv") return Response::bad_request("format 只能是 xlsx 或 csv");
  auto parsed = register_query(s, r, *kind, actor);
  if (auto* e = std::get_if<Response>(&parsed)) return *e;
  RegisterQuery& q = std::get<RegisterQuery>(parsed);
  q.query.limit = kExportPage;
  q.query.with_total = false;
  const store::RecordPageQuery first = q.query;

  std::unique_ptr<spreadsheet::XlsxWriter> writer;
  if (format == "xlsx") {
    auto opened = spreadsheet::XlsxWriter::open(register_shape(*kind));
    if (!opened.ok()) return Response::from(opened.status());
    writer = std::move(*opened);
  }
  std::optional<SheetedRows> sheets;
  if (writer) {
    sheets.emplace(*writer, [kind](std::size_t n) { return register_shape(*kind, n); }, kRowsPerSheet);
  }
  std::vector<domain::MemberId> exported;
  std::set<std::uint32_t> seen;
  std::size_t count = 0;
  for (;;) {
    auto page = s.store->record_page(q.query);
    if (!page.ok()) return Response::from(page.status());
    for (const auto& rec : page->records) {
      if (rec.subject.valid() && seen.insert(rec.subject.value).second) exported.push_back(rec.subject);
    }
    if (writer) {
      auto rows = register_rows(s, *kind, page->records);
      if (!rows.ok()) return Response::from(rows.status());
      for (const auto& row : *rows) {
        if (Status st = sheets->add(row); !st.ok()) return Response::from(st);
      }
    }
    count += page->records.size();
    if (!page->next) break;
    q.query.after = page->next;
  }
  std::shared_ptr<BodySource> source;
  if (writer) {
    if (Status st = writer->finish(); !st.ok()) return Response::from(st);
    source = std::make_shared<XlsxFileSource>(std::move(writer));
  } else {
    source = std::make_shared<RegisterCsvSource>(app, *kind, first);
  }
  auto note = access::audit_note(r, s.clock, "record.export", "register:" + q.query.kind, q.org);
  note.entry.detail = "records=" + std::to_string(count) + " format=" + format;
  note.entry.subjects = std::move(exported);
  // Written before the bytes go out: an export nobody can account for never leaves.
  if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  const std::string day = s.clock.today().iso();
  return Response::attachment(std::move(source),
                              format == "xlsx" ? Response::kXlsxType : std::string_view("text/csv; charset=utf-8"),
                              std::string(kind->id) + "-" + day + "." + format,
                              std::string(kind->title) + "登记册-" + day + "." + format);
}

// Counts by kind and state over the caller's reach below ?org= (every kind
// whose register they read there, or that names them a count reader):
// numbers only, nobody named.
Response counts(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  std::optional<domain::OrgId> org;
  if (auto o = r.query_param("org")) {
    org = domain::OrgId{parse_id(*o)};
    if (!org->valid()) return Response::bad_request("org 应为党组织编号");
  }
  json out = json::array();
  bool any = false;
  for (const wf::Kind* kind : wf::kinds()) {
    std::vector<store::OrgScope> scope;
    bool unknown = false;
    s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      if (org && !tree.find(*org)) {
        unknown = true;
        return;
      }
      for (const domain::Reach& part : wf::count_reach(actor, *kind, tree, org)) {
        scope.push_back({part.org, part.subtree});
      }
    });
    if (unknown) return Response::not_found("党组织不存在");
    if (scope.empty()) continue;
    any = true;
    auto found = s.store->record_counts(scope, std::string(kind->id), s.clock.today());
    if (!found.ok()) return Response::from(found.status());
    for (const wf::State& st : kind->states) {
      std::uint64_t n = 0, overdue = 0;
      for (const store::RecordCount& c : *found) {
        if (c.state == st.id) {
          n += c.count;
          overdue += c.overdue;
        }
      }
      out.push_back({{"kind", kind->id},
                     {"title", kind->title},
                     {"state", st.id},
                     {"state_name", st.name},
                     {"count", n},
                     {"overdue", overdue}});
    }
  }
  if (!any) return Response::error(Code::kForbidden);
  return Response::json(200, {{"counts", out}});
}

// ---- the member's own ----------------------------------------------------------------

// GET /api/v1/me/registers/{kind}?limit=&after=: the caller's own records of
// a kind, newest first, with how many are in each state (counts per person
// are shown here and nowhere else).
Response mine(const App& s, const Request& r) {
  const wf::Kind* kind = kind_of(r);
  if (!kind) return no_kind();
  const domain::Actor actor = actor_of(r);
  if (!actor.member) {
    return Response::json(200, {{"records", json::array()}, {"next", nullptr}, {"counts", json::array()}});
  }
  std::size_t limit = kMinePage;
  if (auto l = r.query_param("limit")) {
    limit = parse_id(*l);
    if (limit < 1 || limit > kMinePageMax) return Response::bad_request("limit 应为 1 到 200 之间的整数");
  }
  std::uint64_t before = 0;
  if (auto a = r.query_param("after")) {
    before = parse_id(*a);
    if (before == 0) return Response::bad_request("after 应为上一页答复中的 next");
  }
  auto found = s.store->subject_records(*actor.member, std::string(kind->id), before, limit + 1);
  if (!found.ok()) return Response::from(found.status());
  const bool more = found->size() > limit;
  if (more) found->resize(limit);
  json records = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& rec : *found) records.push_back(summary_json(s, *kind, rec, actor, tree, roster));
  });
  // The member's own counts: their records, whatever branch keeps them (one grouped store read).
  json counts = json::array();
  auto found_counts = s.store->subject_counts(*actor.member, std::string(kind->id));
  if (!found_counts.ok()) return Response::from(found_counts.status());
  std::map<std::string, std::uint64_t> by_state;
  for (const store::RecordCount& c : *found_counts) by_state[c.state] += c.count;
  for (const wf::State& st : kind->states) {
    counts.push_back({{"state", st.id}, {"state_name", st.name}, {"count", by_state[std::string(st.id)]}});
  }
  return Response::json(200, {{"records", records},
                              {"next", more ? json(std::to_string(found->back().id)) : json(nullptr)},
                              {"counts", counts}});
}

// ---- guidance ---------------------------------------------------------------------------

constexpr std::size_t kGuidancePerOrg = 50;  // rules per organisation on the way up

// GET /api/v1/me/guidance: the guidance rules in force (published) of every
// organisation on the way up from the caller's branch that apply to them
// (workflow::guidance_applies: their category on the roster, and the public
// accounts they have registered), nearest organisation first; at most
// kGuidancePerOrg per organisation (`more` when one has more). Rules are the
// organisations' records, about nobody: not audited.
Response my_guidance(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  const wf::Kind& kind = wf::guidance_rule_kind();
  json out = {{"rules", json::array()}, {"more", false}, {"applies", nullptr}};
  auto found_place = guidance_place(s, actor);
  if (!found_place.ok()) return Response::from(found_place.status());
  if (!*found_place) return Response::json(200, out);
  const GuidancePlace& place = **found_place;
  const wf::GuidanceReader& reader = place.reader;
  json rules = json::array();
  bool more = false;
  for (domain::OrgId org : place.path) {
    store::RecordPageQuery q;
    q.kind = std::string(kind.id);
    q.scope = {{org, false}};
    q.state = "published";
    q.limit = kGuidancePerOrg;
    q.with_total = false;
    auto page = s.store->record_page(q);
    if (!page.ok()) return Response::from(page.status());
    if (page->next) more = true;
    s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
      for (const store::WorkflowRecord& rec : page->records) {
        if (!wf::guidance_reaches(facts_of(rec, tree), values_of(rec.fields), place.path, reader)) continue;
        rules.push_back(summary_json(s, kind, rec, actor, tree, roster));
      }
    });
  }
  out["rules"] = std::move(rules);
  out["more"] = more;
  out["applies"] = {{"cadre", reader.cadre},
                    {"personal_account", reader.personal_account},
                    {"organisation_account", reader.organisation_account}};
  return Response::json(200, out);
}

// ---- 待办 ------------------------------------------------------------------------------

// GET /api/v1/todo: what waits for the caller in each of their roles: their
// own records waiting for them (a returned one to fix), and for each role
// they hold, the records of the organisations that role covers waiting for
// it (a contribution to confirm), oldest due first. Items belong to a role on
// an organisation, so a new secretary finds what was pending. Bounded:
// kTodoPerQueue per kind, state and role, kTodoMax in all (`more`).
Response todo(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  json items = json::array();
  bool more = false;
  std::set<std::uint32_t> others;
  const domain::Date today = s.clock.today();
  auto add = [&](const wf::Kind& kind, const store::WorkflowRecord& rec, domain::Role role, const domain::OrgTree& tree,
                 const domain::Roster& roster) {
    if (items.size() >= kTodoMax) {
      more = true;
      return;
    }
    json j = summary_json(s, kind, rec, actor, tree, roster);
    j["waiting_for"] = domain::role_id(role);
    j["escalated"] = false;
    j["waiting_for_name"] = role == domain::Role::kMember ? "本人" : domain::role_name(role);
    items.push_back(std::move(j));
    if (rec.subject.valid() && !(actor.member && *actor.member == rec.subject)) others.insert(rec.subject.value);
  };
  for (const wf::Kind* kind : wf::kinds()) {
    for (const wf::State& st : kind->states) {
      for (domain::Role role : st.waiting_for) {
        store::WaitingQuery q;
        q.kind = std::string(kind->id);
        q.state = std::string(st.id);
        q.limit = kTodoPerQueue;
        if (role == domain::Role::kMember) {
          if (!actor.member) continue;
          q.subject = *actor.member;  // the member's own queue
        } else {
          const domain::Role one[] = {role};
          s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
            for (const domain::Reach& part : domain::reach_by_roles(actor, one, tree, std::nullopt)) {
              q.scope.push_back({part.org, part.subtree});
            }
          });
          if (q.scope.empty()) continue;
        }
        const bool by_committee = std::any_of(kind->transitions.begin(), kind->transitions.end(),
                                              [&](const wf::Transition& t) {
                                                return t.from == st.id && t.managing_committee;
                                              });
        auto found = s.store->waiting_records(q);
        if (!found.ok()) return Response::from(found.status());
        if (found->next) more = true;
        s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
          for (const auto& rec : found->records) {
            // A record about the caller waits for someone else, not for them.
            if (role != domain::Role::kMember && actor.member && *actor.member == rec.subject) continue;
            // A yearly re-confirmation shows from a month before it is due.
            if (!wf::shown_in_todo(st, rec.due, today)) continue;
            // A step only the managing committee makes waits for that
            // committee, not for one above it that also reads the record.
            if (by_committee && wf::allowed_verbs(actor, *kind, facts_of(rec, tree)).empty()) continue;
            bool escalated = false;
            if (st.escalates) {
              // Up to the nearest committee it waits for the approver there;
              // past its due date, for the committees above as well.
              const wf::Standing where = wf::standing(actor, role, tree, rec.org);
              if (where == wf::Standing::kNone) continue;
              if (where == wf::Standing::kAbove) {
                if (!(rec.due && *rec.due < today)) continue;
                escalated = true;
              }
            }
            add(*kind, rec, role, tree, roster);
            if (escalated && !items.empty() && items.back()["id"] == rec.id) {
              items.back()["escalated"] = true;
              items.back()["waiting_for_name"] = std::string(domain::role_name(role)) + "（逾期上报）";
            }
          }
        });
      }
    }
  }
  // Oldest due first; items without a due date last.
  std::vector<json> sorted(items.begin(), items.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const json& a, const json& b) {
    const bool da = !a["due"].is_null(), db = !b["due"].is_null();
    if (da != db) return da;
    return da && a["due"].get<std::string>() < b["due"].get<std::string>();
  });
  if (!others.empty()) {
    auto note = access::audit_note(r, s.clock, "record.list", "todo");
    for (std::uint32_t m : others) note.entry.subjects.push_back(domain::MemberId{m});
    note.entry.detail = "records=" + std::to_string(items.size());
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  return Response::json(200, {{"items", json(sorted)}, {"more", more}, {"today", today.iso()}});
}

// ---- 学习教育 (issue 11): a session's attendance, coverage by month ------------------

constexpr std::size_t kMaxRoster = 2000;  // members of one branch in one attendance

// POST /api/v1/education/sessions/{id}/attendance {"attendance":[{"member":ID,
// "status":"present|excused|absent","reason":"…"}], "version": N}: the whole
// roster of the session's branch at once — every member on its roll once,
// nobody else — by its secretary or a committee member (whoever may update
// the session), while the session is `held`. One transaction: the session
// moves to attendance_recorded (a step "attendance") and a record of kind
// attendance is made per member, in the state of their status; one audit
// entry naming every member. Anything wrong: a 4xx naming the entry, nothing stored.
Response record_attendance(const App& s, const Request& r) {
  const wf::Kind& session_kind = wf::education_session_kind();
  const wf::Kind& kind = wf::attendance_kind();
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto found = readable(s, session_kind, actor, r.param("id"));
  if (!found.ok()) return Response::from(found.status());
  const store::WorkflowRecord& session = found->record;
  // Who may update the session records its attendance.
  const auto may = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return wf::authorize(actor, session_kind, wf::Verb::kUpdate, facts_of(session, tree));
  });
  if (may.outcome != wf::TransitionDecision::Outcome::kAllowed) {
    return Response::error(Code::kForbidden, "只有本支部书记或组织委员可以登记出勤");
  }
  if (session.state != "held") return Response::error(Code::kConflict, "这次学习活动的出勤已经登记过了");
  if (body->contains("version") && !(*body)["version"].is_number_unsigned()) {
    return field_errors({{"version", "version 应为记录的版本号"}});
  }
  const std::uint32_t expected = body->contains("version") ? (*body)["version"].get<std::uint32_t>() : session.version;
  if (!body->contains("attendance") || !(*body)["attendance"].is_array()) {
    return field_errors({{"attendance", "请按名册填写出勤（attendance：每名党员一项）"}});
  }
  const json& list = (*body)["attendance"];
  if (list.size() > kMaxRoster) {
    return field_errors({{"attendance", "「出勤」一次最多 " + std::to_string(kMaxRoster) + " 人"}});
  }
  const wf::Values session_values = values_of(session.fields);
  std::string date_text, topic;
  for (const auto& [k, v] : session_values) {
    if (k == "date") date_text = v;
    if (k == "topic") topic = v;
  }
  const domain::Date today = s.clock.today();
  const std::int64_t now = s.clock();

  struct Entry {
    domain::MemberId member;
    wf::Values values;
    std::string state;
  };
  std::vector<Entry> entries;
  std::vector<wf::FieldError> errors;
  std::set<std::uint32_t> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = "attendance[" + std::to_string(i) + "]";
    const json& e = list[i];
    if (!e.is_object()) {
      errors.push_back({at, "第 " + std::to_string(i + 1) + " 项应为对象（member、status、reason）"});
      continue;
    }
    const json member = e.value("member", json());
    if (!member.is_number_unsigned() || member.get<std::uint64_t>() == 0 || member.get<std::uint64_t>() > UINT32_MAX) {
      errors.push_back({at + ".member", "第 " + std::to_string(i + 1) + " 项的「党员」应为党员编号"});
      continue;
    }
    const std::uint32_t id = static_cast<std::uint32_t>(member.get<std::uint64_t>());
    if (!seen.insert(id).second) {
      errors.push_back({at + ".member", "第 " + std::to_string(i + 1) + " 项：这名党员已在名单中出现过"});
      continue;
    }
    std::vector<wf::Input> inputs = {{"session", std::to_string(session.id)}, {"date", date_text}, {"topic", topic}};
    for (const char* key : {"status", "reason"}) {
      if (!e.contains(key) || e[key].is_null()) continue;
      inputs.push_back({key, e[key].is_string() ? std::optional<std::string>(e[key].get<std::string>()) : std::nullopt});
    }
    for (const auto& [key, value] : e.items()) {
      if (key != "member" && key != "status" && key != "reason") {
        errors.push_back({at + "." + key, "第 " + std::to_string(i + 1) + " 项：没有「" + key + "」这一项"});
      }
    }
    wf::Validation v = wf::validate(kind, inputs, today);
    for (wf::FieldError& fe : v.errors) {
      errors.push_back({at + "." + fe.field, "第 " + std::to_string(i + 1) + " 项：" + fe.message});
    }
    if (!v.errors.empty()) continue;
    std::string status;
    for (const auto& [k, val] : v.values) {
      if (k == "status") status = val;
    }
    entries.push_back({domain::MemberId{id}, std::move(v.values), std::string(wf::attendance_state(status).value_or(""))});
  }
  if (!errors.empty()) return field_errors(errors);

  // Every member on the branch's roll, nobody else.
  store::MemberPageQuery roll;
  roll.scope.push_back({session.org, false});
  roll.limit = 1;
  auto counted = s.store->member_page(roll);
  if (!counted.ok()) return Response::from(counted.status());
  struct Checked {
    std::vector<wf::FieldError> errors;
    std::vector<std::optional<domain::Role>> as;
  };
  const Checked checked = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    Checked out;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const domain::Member* m = roster.find(entries[i].member);
      if (!m || m->org != session.org || !domain::on_roll(m->status)) {
        out.errors.push_back({"attendance[" + std::to_string(i) + "].member",
                              "第 " + std::to_string(i + 1) + " 项：这名党员不在本支部的名册上"});
        continue;
      }
      // The recorder's own line: as a member of the branch (nobody acts on their own record through a role).
      const wf::TransitionDecision d = wf::authorize(actor, kind, wf::Verb::kSubmit,
                                                     wf::RecordFacts{m->id, tree.ancestry(m->org), {}});
      out.as.push_back(d.outcome == wf::TransitionDecision::Outcome::kAllowed ? d.as
                       : (actor.member && *actor.member == m->id) ? std::optional<domain::Role>(domain::Role::kMember)
                                                                  : std::nullopt);
      if (!out.as.back()) {
        out.errors.push_back({"attendance[" + std::to_string(i) + "].member",
                              "第 " + std::to_string(i + 1) + " 项：您不能登记这名党员的出勤"});
      }
    }
    return out;
  });
  if (!checked.errors.empty()) return field_errors(checked.errors);
  if (entries.size() != counted->total) {
    return field_errors({{"attendance", "名单应包括本支部名册上的全部 " + std::to_string(counted->total) +
                                            " 名党员（现有 " + std::to_string(entries.size()) + " 名）"}});
  }

  store::WorkflowChange change;
  change.record_id = session.id;
  change.expected_version = expected;
  change.state = "attendance_recorded";
  change.due = std::nullopt;
  change.time_us = now;
  store::WorkflowStep session_step;
  session_step.verb = std::string(wf::kAttendanceStep);
  session_step.from_state = session.state;
  session_step.to_state = change.state;
  session_step.actor = actor.user;
  session_step.actor_role = std::string(domain::role_id(*may.as));
  std::size_t counts[3] = {0, 0, 0};
  std::vector<std::pair<store::WorkflowRecord, store::WorkflowStep>> records;
  records.reserve(entries.size());
  auto note = access::audit_note(r, s.clock, "record.attendance", record_target_text(session), session.org);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    store::WorkflowRecord rec;
    rec.kind = std::string(kind.id);
    rec.subject = e.member;
    rec.org = session.org;
    rec.state = e.state;
    rec.fields = fields_json(e.values);
    rec.date = record_date(kind, e.values, today);
    const wf::State* st = kind.state(rec.state);
    rec.due = st ? wf::due_date(*st, today) : std::nullopt;
    rec.created_us = rec.updated_us = now;
    store::WorkflowStep step;
    step.verb = std::string(wf::verb_id(wf::Verb::kSubmit));
    step.to_state = rec.state;
    step.actor = actor.user;
    step.actor_role = std::string(domain::role_id(*checked.as[i]));
    step.fields = rec.fields;
    step.time_us = now;
    counts[e.state == "present" ? 0 : e.state == "excused" ? 1 : 2] += 1;
    note.entry.subjects.push_back(e.member);
    records.emplace_back(std::move(rec), std::move(step));
  }
  session_step.fields = ordered_json{{"present", counts[0]}, {"excused", counts[1]}, {"absent", counts[2]}}.dump();
  session_step.time_us = now;
  note.entry.detail = "present=" + std::to_string(counts[0]) + " excused=" + std::to_string(counts[1]) +
                      " absent=" + std::to_string(counts[2]);
  auto saved = s.store->create_records_with(std::make_pair(change, session_step), records, note);
  if (!saved.ok()) return Response::from(saved.status());
  return Response::json(201, {{"session", session.id},
                              {"recorded", saved->size()},
                              {"present", counts[0]},
                              {"excused", counts[1]},
                              {"absent", counts[2]}});
}

// GET /api/v1/education/coverage?org=&year=: for the organisation's subtree
// (the parts of it the caller may count attendance in: its branch roles, the
// committees above, auditors), each month of the year: sessions held, the
// attendance by state and the coverage (present + made up) / expected.
// Numbers only: nobody named, no person's count.
Response education_coverage(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  const domain::OrgId org{parse_id(r.query_param("org").value_or(""))};
  if (!org.valid()) return Response::bad_request("请用 org 参数指定党组织");
  const std::string year_text = r.query_param("year").value_or(std::to_string(s.clock.today().year));
  int year = 0;
  if (year_text.size() != 4 || !std::all_of(year_text.begin(), year_text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return field_errors({{"year", "「年度」应为四位数字的年份，如 2027"}});
  }
  year = std::stoi(year_text);
  if (year < 2000 || year > 2100) return field_errors({{"year", "「年度」应在 2000 至 2100 之间"}});
  std::vector<store::OrgScope> scope;
  bool unknown = false;
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(org)) {
      unknown = true;
      return;
    }
    for (const domain::Reach& part : wf::count_reach(actor, wf::attendance_kind(), tree, org)) {
      scope.push_back({part.org, part.subtree});
    }
  });
  if (unknown) return Response::not_found("党组织不存在");
  if (scope.empty()) return Response::error(Code::kForbidden, "您不能查看这个党组织的学习教育统计");
  std::vector<store::EducationMonth> months;
  for (const store::OrgScope& part : scope) {
    std::vector<store::EducationMonth> got;
    if (part.subtree) {
      auto found = store::education_by_month(*s.store, part.org, year);
      if (!found.ok()) return Response::from(found.status());
      got = std::move(*found);
    } else {
      // The organisation's own sessions and attendance only (a grant that reaches it, not below it).
      const std::string y = std::to_string(year);
      auto sessions = s.store->month_counts(part.org, false, "education_session", y + "-01", y + "-12");
      if (!sessions.ok()) return Response::from(sessions.status());
      auto attendance = s.store->month_counts(part.org, false, "attendance", y + "-01", y + "-12");
      if (!attendance.ok()) return Response::from(attendance.status());
      got.resize(12);
      for (int m = 0; m < 12; ++m) got[static_cast<std::size_t>(m)].month = y + (m < 9 ? "-0" : "-") + std::to_string(m + 1);
      for (const store::MonthCount& c : *sessions) {
        for (store::EducationMonth& e : got) {
          if (e.month == c.month) e.sessions += c.count;
        }
      }
      for (const store::MonthCount& c : *attendance) {
        for (store::EducationMonth& e : got) {
          if (e.month != c.month) continue;
          e.expected += c.count;
          if (c.state == "present") e.present += c.count;
          if (c.state == "excused") e.excused += c.count;
          if (c.state == "absent") e.absent += c.count;
          if (c.state == "made_up") e.made_up += c.count;
        }
      }
    }
    if (months.empty()) {
      months = std::move(got);
      continue;
    }
    for (std::size_t i = 0; i < months.size() && i < got.size(); ++i) {
      months[i].sessions += got[i].sessions;
      months[i].expected += got[i].expected;
      months[i].present += got[i].present;
      months[i].excused += got[i].excused;
      months[i].absent += got[i].absent;
      months[i].made_up += got[i].made_up;
    }
  }
  json out = json::array();
  std::uint64_t sessions = 0, expected = 0, covered = 0;
  for (const store::EducationMonth& m : months) {
    const std::uint64_t c = m.present + m.made_up;
    sessions += m.sessions;
    expected += m.expected;
    covered += c;
    out.push_back({{"month", m.month},
                   {"sessions", m.sessions},
                   {"expected", m.expected},
                   {"present", m.present},
                   {"excused", m.excused},
                   {"absent", m.absent},
                   {"made_up", m.made_up},
                   {"coverage", m.expected ? json(static_cast<double>(c) / static_cast<double>(m.expected)) : json(nullptr)}});
  }
  return Response::json(200, {{"org", org.value},
                              {"year", year},
                              {"months", out},
                              {"sessions", sessions},
                              {"expected", expected},
                              {"coverage", expected ? json(static_cast<double>(covered) / static_cast<double>(expected))
                                                    : json(nullptr)}});
}

}  // namespace


void add_record_routes(Router& router, const Services& s) {
  // Where a PDF attachment's cleaned copy is read back (poppler in a child).
  auto sandbox = std::make_shared<const ExtractSandbox>(s->extract_sandbox);
  router.get("/api/v1/records/kinds", [s](const Request& r) { return kinds(*s, r); });
  router.get("/api/v1/records/counts", [s](const Request& r) { return counts(*s, r); });
  router.add("POST", "/api/v1/records/{kind}", [s](const Request& r) { return create(*s, r); });
  router.get("/api/v1/records/{kind}", [s](const Request& r) { return list(*s, r); });
  router.get("/api/v1/records/{kind}/export", [s](const Request& r) { return export_register(s, r); });
  router.add("POST", "/api/v1/records/{kind}/confirm-all", [s](const Request& r) { return confirm_all(*s, r); });
  router.get("/api/v1/records/{kind}/{id}", [s](const Request& r) { return read(*s, r); });
  router.add("POST", "/api/v1/records/{kind}/{id}/transitions", [s](const Request& r) { return transition(*s, r); });
  router.add(
      "POST", "/api/v1/records/{kind}/{id}/attachments", [s, sandbox](const Request& r) { return attach(*s, *sandbox, r); },
      {.body = BodyKind::kUpload, .body_limit = kAttachmentUploadLimit});
  router.get("/api/v1/records/{kind}/{id}/attachments/{n}", [s](const Request& r) { return download(*s, r); });
  router.get("/api/v1/me/registers/{kind}", [s](const Request& r) { return mine(*s, r); });
  router.get("/api/v1/todo", [s](const Request& r) { return todo(*s, r); });
  router.add("POST", "/api/v1/education/sessions/{id}/attendance",
             [s](const Request& r) { return record_attendance(*s, r); });
  router.get("/api/v1/education/coverage", [s](const Request& r) { return education_coverage(*s, r); });
  router.get("/api/v1/me/guidance", [s](const Request& r) { return my_guidance(*s, r); });
}

}  // namespace nc::server::handlers
