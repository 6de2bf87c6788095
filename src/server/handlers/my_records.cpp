// /api/v1/me/records (我的记录): every record about the caller, the
// statements appended to it and, a page at a time (?limit=N&after=CURSOR),
// who read, exported or dry-ran an import of the caller's data, as the audit
// log says; and appending a statement (说明).
// Record kinds come from domain/record_kind.h; a workflow that adds a kind
// there adds its records to records_about() here (my_records_kinds_test.cpp
// fails until it does).
#include <algorithm>

#include "domain/log_text.h"
#include "common/utf8.h"
#include "domain/export_table.h"
#include "domain/record_kind.h"
#include "domain/workflow.h"
#include "server/access/audit_note.h"
#include "server/handlers/audit_json.h"
#include "server/handlers/people_json.h"
#include "server/handlers/routes.h"
#include "server/handlers/statements_json.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

// What 我的记录 lists as someone else seeing or acting on the member's data:
// reads of a record, exports and imports whose file or report held the
// member, searches that showed them, an account opened for them, and the
// registers' transitions others made on their records (issue 10), a
// committee's list of its approvers that named them.
const std::vector<std::string>& read_actions() {
  static const std::vector<std::string> actions = {"member.read",   "record.read",    "record.list",
                                                   "roster.export", "roster.dry_run", "roster.import",
                                                   "member.find",   "account.create", "record.export",
                                                   "record.confirm", "record.return", "record.approve",
                                                   "record.reject", "record.close",  "record.reopen",
                                                   "record.forward", "record.answer", "record.attendance",
                                                   "quiz.completions", "approver.list"};
  return actions;
}

constexpr std::size_t kReadsPage = 20;
constexpr std::size_t kReadsPageMax = 200;

// One page of the audit entries about `me` that read_actions() names,
// newest first, after the cursor `after` (a seq; none: from the newest).
// Each names who by name with the roles in effect when they read ("王芳",
// "支部书记"), when, what, and the organisation the entry concerned when
// the caller may see that organisation.
Result<json> reads_page(const App& s, const domain::Actor& actor, domain::MemberId me,
                        std::optional<std::uint64_t> after, std::size_t limit) {
  store::AuditFilter filter;
  filter.subject = me;
  filter.actions = read_actions();
  filter.before_seq = after;
  filter.limit = limit + 1;  // one more tells whether another page follows
  auto found = s.store->list_audit(filter);
  if (!found.ok()) return found.status();
  const bool more = found->size() > limit;
  if (more) found->resize(limit);
  auto total = s.store->count_audit(filter);
  if (!total.ok()) return total.status();
  auto names = AuditNames::load(s, *found);
  if (!names.ok()) return names.status();
  json reads = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    for (const auto& a : *found) {
      // The organisation is named only when the member may see it (an
      // export of the whole 党委 does not tell a member the 党委's name).
      json org = nullptr;
      if (a.entry.scope) {
        const domain::Organisation* o = tree.find(*a.entry.scope);
        if (o && domain::authorize(actor, domain::Action::kOrgRead, domain::org_target(tree, o->id)).allowed) {
          org = {{"id", o->id.value}, {"name", o->name}};
        }
      }
      const AuditNames::Who who = names->actor(a.entry.actor, roster);
      reads.push_back({{"seq", a.entry.seq},
                       {"time", iso_time(a.entry.time_us)},
                       {"actor", a.entry.actor},
                       {"actor_name", who.name},
                       {"actor_roles", who.roles},
                       {"action", a.entry.action},
                       {"action_name", action_name_or_id(a.entry.action)},
                       {"org", org}});
    }
  });
  return json{{"reads", reads},
              {"next", more ? json(std::to_string(found->back().entry.seq)) : json(nullptr)},
              {"total", *total}};
}

struct Record {
  std::string_view kind;
  std::uint64_t id;
  json data;
};

// Every record about `me`, kind by kind. A kind in domain::record_kinds()
// that adds nothing here is missing from 我的记录 (the kinds test fails).
// The registers' kinds (workflow core): every record of the member, with its
// state and history (one person's: bounded by what they recorded).
Result<std::vector<Record>> records_about(const App& s, domain::MemberId me, const json& member_entry) {
  std::vector<Record> out;
  for (const domain::RecordKindInfo& kind : domain::record_kinds()) {
    if (kind.id == "member") {
      out.push_back({kind.id, me.value, member_entry});  // the entry itself
      continue;
    }
    const domain::workflow::Kind* w = domain::workflow::find_kind(kind.id);
    if (!w) continue;
    std::uint64_t before = 0;
    for (;;) {
      auto page = s.store->subject_records(me, std::string(kind.id), before, 1000);
      if (!page.ok()) return page.status();
      for (const store::WorkflowRecord& rec : *page) {
        auto steps = s.store->record_steps(rec.id);
        if (!steps.ok()) return steps.status();
        const domain::workflow::State* state = w->state(rec.state);
        json history = json::array();
        StatementAuthors authors(s);
        for (const store::WorkflowStep& st : *steps) {
          const auto role = domain::parse_role_id(st.actor_role);
          const domain::workflow::State* to = w->state(st.to_state);
          // What the step carried of its own (a relay's forward: the
          // department and the day; the answer), by label.
          json details = json::array();
          const json carried = st.fields.empty() ? json() : json::parse(st.fields, nullptr, false);
          const auto verb = domain::workflow::parse_verb(st.verb);  // none for a transfer
          for (const domain::workflow::Transition& t : w->transitions) {
            if (!verb || t.verb != *verb || t.from != st.from_state || !carried.is_object()) continue;
            for (const domain::workflow::Field& f : t.step_fields) {
              const std::string id(f.id);
              if (carried.contains(id) && carried[id].is_string() && !carried[id].get<std::string>().empty()) {
                std::string v = carried[id].get<std::string>();
                for (const domain::workflow::Choice& c : f.choices) {
                  if (c.id == v) v = std::string(c.label);  // a review's outcome by its name: 合格
                }
                details.push_back({{"label", f.label}, {"value", v}});
              }
            }
          }
          history.push_back({{"verb", st.verb},
                             {"verb_name", domain::workflow::step_name(st.verb)},
                             {"to_name", to ? to->name : ""},
                             {"actor_name", authors.name(st.actor)},
                             {"role_name", role ? domain::role_name(*role) : ""},
                             {"reason", st.reason},
                             {"details", details},
                             {"time", iso_time(st.time_us)}});
        }
        // The fields as the member reads them: labels, and choices by their names.
        const json fields = json::parse(rec.fields, nullptr, false);
        json items = json::array();
        for (const domain::workflow::Field& f : w->fields) {
          std::string v;
          if (fields.is_object() && fields.contains(std::string(f.id)) && fields[std::string(f.id)].is_string()) {
            v = fields[std::string(f.id)].get<std::string>();
          }
          for (const domain::workflow::Choice& c : f.choices) {
            if (c.id == v) v = std::string(c.label);
          }
          // A self-review's chapter the rulebook in force does not have: not shown.
          if (f.chapter > 0 && v.empty()) continue;
          items.push_back({{"label", f.label}, {"value", v}});
        }
        out.push_back({kind.id, rec.id,
                       json{{"state", rec.state},
                            {"state_name", state ? state->name : std::string_view(rec.state)},
                            {"fields", fields},
                            {"items", items},
                            {"date", rec.date.iso()},
                            {"history", history}}});
      }
      if (page->size() < 1000) break;
      before = page->back().id;
    }
  }
  return out;
}

// The records with their statements: each original the member wrote, the
// replies under it and whether it was marked handled.
Result<json> records_json(const App& s, const domain::Actor& actor, domain::MemberId me, const json& member_entry,
                          const std::vector<store::RecordStatement>& statements) {
  StatementAuthors authors(s);
  json records = json::array();
  auto about = records_about(s, me, member_entry);
  if (!about.ok()) return about.status();
  for (const Record& rec : *about) {
    records.push_back({{"kind", rec.kind},
                       {"id", rec.id},
                       {"title", domain::find_record_kind(rec.kind)->title},
                       {"data", rec.data},
                       {"statements", statement_threads_json(statements, rec.kind, rec.id, actor.user, std::nullopt,
                                                             authors)}});
  }
  return records;
}

Response list(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  if (!actor.member) {
    return Response::json(200, {{"member", nullptr},
                                {"records", json::array()},
                                {"reads", json::array()},
                                {"reads_next", nullptr},
                                {"reads_total", 0}});
  }
  const domain::MemberId me = *actor.member;
  std::optional<json> member = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(me);
    if (!m) return std::optional<json>();
    if (!domain::authorize(actor, domain::Action::kRecordList, domain::member_target(tree, me, m->org)).allowed) {
      return std::optional<json>();
    }
    return std::optional<json>(member_detail_json(*m, tree));
  });
  if (!member) return Response::error(Code::kForbidden);

  // Reads are paged as every list: ?limit= (1–200) and ?after= (the
  // previous answer's reads_next).
  std::optional<std::uint64_t> after;
  if (auto a = r.query_param("after")) {
    after = parse_id(*a);
    if (*after == 0 || a->find_first_not_of("0123456789") != std::string::npos) {
      return Response::bad_request("after 应为上一页答复中的 next");
    }
  }
  std::size_t limit = kReadsPage;
  if (auto l = r.query_param("limit")) {
    limit = parse_id(*l);
    if (limit < 1 || limit > kReadsPageMax) return Response::bad_request("limit 应为 1 到 200 之间的整数");
  }
  auto reads = reads_page(s, actor, me, after, limit);
  if (!reads.ok()) return Response::from(reads.status());

  auto statements = s.store->list_statements(me);
  if (!statements.ok()) return Response::from(statements.status());

  auto records = records_json(s, actor, me, *member, *statements);
  if (!records.ok()) return Response::from(records.status());
  json out = {{"member", *member}, {"records", std::move(*records)}};
  out["reads"] = std::move((*reads)["reads"]);
  out["reads_next"] = std::move((*reads)["next"]);
  out["reads_total"] = std::move((*reads)["total"]);
  return Response::json(200, out);
}

bool acceptable_text(const std::string& text) {
  if (text.empty() || !utf8::valid(text)) return false;
  for (unsigned char c : text) {
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
  }
  return utf8::count(text) <= 2000;
}

Response add_statement(const App& s, const Request& r) {
  const std::string kind = r.param("kind");
  const std::uint32_t id = parse_id(r.param("id"));
  if (!domain::find_record_kind(kind) || id == 0) {
    return Response::not_found("记录不存在");
  }
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  auto text = string_field(*body, "text");
  if (!text || !acceptable_text(*text)) return Response::error(Code::kInvalidInput, "说明应为 1 到 2000 个字符");
  const domain::Actor actor = actor_of(r);
  // Kind "member": the record is the member entry, about that member; a
  // register's record names its subject.
  auto about = record_subject(s, *domain::find_record_kind(kind), id);
  if (!about) return Response::not_found("记录不存在");
  const domain::MemberId subject = about->first;
  const std::optional<domain::OrgId> owner = about->second;
  const bool allowed = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    return domain::authorize(actor, domain::Action::kRecordAppendStatement,
                             domain::record_target(tree, domain::RecordRef{subject, *owner, kind}))
        .allowed;
  });
  if (!allowed) return Response::error(Code::kForbidden);
  store::RecordStatement st;
  st.kind = kind;
  st.record_id = id;
  st.subject = subject;
  st.author = actor.user;
  st.text = *text;
  st.time_us = s.clock();
  auto note = access::audit_note(r, s.clock, "record.append_statement",
                                 "record:" + kind + ":" + std::to_string(id) + " subject=member:" +
                                     std::to_string(subject.value),
                                 *owner, subject);
  auto saved = s.store->add_statement(st, note);
  if (!saved.ok()) return Response::from(saved.status());
  StatementAuthors authors(s);
  return Response::json(201, {{"statement", statement_json(*saved, actor.user, std::nullopt, authors)}});
}

// ---- the whole of 我的记录 as a file (PIPL: the right to a copy) ------------

// Every read of the member's data, all pages (one person's: bounded by what
// happened to them, read through the subject-filtered query).
Result<json> all_reads(const App& s, const domain::Actor& actor, domain::MemberId me) {
  json all = json::array();
  std::optional<std::uint64_t> after;
  for (;;) {
    auto page = reads_page(s, actor, me, after, kReadsPageMax);
    if (!page.ok()) return page.status();
    for (json& x : (*page)["reads"]) all.push_back(std::move(x));
    const json& next = (*page)["next"];
    if (next.is_null()) break;
    after = std::stoull(next.get<std::string>());
  }
  return all;
}

std::string text_of(const json& v) { return v.is_string() ? v.get<std::string>() : std::string(); }

// The member entry as (项目, 内容) rows, in the order 我的记录 shows it.
domain::ExportTable entry_table(const json& m) {
  domain::ExportTable t;
  t.sheet_name = "党员信息";
  t.header = {"项目", "内容"};
  t.date_column = {false, false};
  t.rows = {{"姓名", text_of(m["name"])},
            {"党员编号", text_of(m["number"])},
            {"所在党组织", text_of(m["org"]["name"])},
            {"人员类别", text_of(m["category_name"])},
            {"是否党员干部", m["cadre"].get<bool>() ? "是" : "否"},
            {"干部层级", text_of(m["cadre_level_name"])},
            {"状态", text_of(m["status_name"])},
            {"状态日期", text_of(m["status_since"])},
            {"入党日期", text_of(m["joined"])},
            {"转正日期", text_of(m["regularised"])}};
  for (const json& h : m["org_history"]) {
    t.rows.push_back({"组织关系变化", text_of(h["from"]) + " 至 " + (h["to"].is_null() ? "今" : text_of(h["to"])) + "：" +
                                        text_of(h["org"]["name"])});
  }
  for (const json& h : m["status_history"]) {
    t.rows.push_back({"状态变化", text_of(h["from"]) + " 至 " + (h["to"].is_null() ? "今" : text_of(h["to"])) + "：" +
                                    text_of(h["status_name"])});
  }
  return t;
}

domain::ExportTable statements_table(const json& records) {
  domain::ExportTable t;
  t.sheet_name = "说明与回复";
  t.header = {"记录", "编号", "类型", "回复的说明", "时间", "作者", "内容", "处理状态"};
  t.date_column.assign(t.header.size(), false);
  auto row = [&](const json& rec, const json& x, bool reply) {
    std::string handled;
    if (!reply) handled = x["handled"].is_null() ? "未处理"
                                                 : "已处理（" + text_of(x["handled"]["by"]) + "，" +
                                                       text_of(x["handled"]["time"]) + "）";
    t.rows.push_back({text_of(rec["title"]), std::to_string(x["id"].get<std::uint64_t>()), reply ? "回复" : "说明",
                      reply ? std::to_string(x["reply_to"].get<std::uint64_t>()) : "", text_of(x["time"]),
                      text_of(x["author"]["name"]), text_of(x["text"]), handled});
  };
  for (const json& rec : records) {
    for (const json& x : rec["statements"]) {
      row(rec, x, false);
      for (const json& y : x["replies"]) row(rec, y, true);
    }
  }
  return t;
}

// The registers' records (issue 10): one row each, the fields and every step as text.
domain::ExportTable registers_table(const json& records) {
  domain::ExportTable t;
  t.sheet_name = "登记记录";
  t.header = {"登记", "编号", "状态", "内容", "办理经过"};
  t.date_column.assign(t.header.size(), false);
  for (const json& rec : records) {
    if (rec["kind"] == "member") continue;
    const json& d = rec["data"];
    std::string content, steps;
    if (d.contains("items")) {
      for (const json& it : d["items"]) content += text_of(it["label"]) + "：" + text_of(it["value"]) + "\n";
    }
    if (d.contains("history")) {
      for (const json& h : d["history"]) {
        steps += text_of(h["time"]) + " " + text_of(h["actor_name"]) + "（" + text_of(h["role_name"]) + "）" +
                 text_of(h["verb_name"]) + " → " + text_of(h["to_name"]) +
                 (text_of(h["reason"]).empty() ? "" : "，理由：" + text_of(h["reason"]));
        if (h.contains("details")) {
          for (const json& x : h["details"]) steps += "，" + text_of(x["label"]) + "：" + text_of(x["value"]);
        }
        steps += "\n";
      }
    }
    t.rows.push_back({text_of(rec["title"]), std::to_string(rec["id"].get<std::uint64_t>()), text_of(d["state_name"]),
                      content, steps});
  }
  return t;
}

domain::ExportTable reads_table(const json& reads) {
  domain::ExportTable t;
  t.sheet_name = "谁查看过";
  t.header = {"时间", "查看人", "操作", "党组织"};
  t.date_column.assign(t.header.size(), false);
  for (const json& x : reads) {
    t.rows.push_back({text_of(x["time"]), text_of(x["actor"]), text_of(x["action"]),
                      x["org"].is_null() ? "" : text_of(x["org"]["name"])});
  }
  return t;
}

// GET /api/v1/me/records/export?format=json|xlsx: every record about the
// caller, its statements and replies, and every read of their data.
Response download(const App& s, const Request& r) {
  const std::string format = r.query_param("format").value_or("json");
  if (format != "json" && format != "xlsx") return Response::bad_request("format 只能是 json 或 xlsx");
  const domain::Actor actor = actor_of(r);
  if (!actor.member) return Response::not_found("此账号未关联党员，没有关于您的记录");
  const domain::MemberId me = *actor.member;
  std::optional<json> member = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(me);
    if (!m) return std::optional<json>();
    if (!domain::authorize(actor, domain::Action::kRecordList, domain::member_target(tree, me, m->org)).allowed) {
      return std::optional<json>();
    }
    return std::optional<json>(member_detail_json(*m, tree));
  });
  if (!member) return Response::error(Code::kForbidden);
  auto statements = s.store->list_statements(me);
  if (!statements.ok()) return Response::from(statements.status());
  auto reads = all_reads(s, actor, me);
  if (!reads.ok()) return Response::from(reads.status());
  const std::int64_t now = s.clock();
  auto records = records_json(s, actor, me, *member, *statements);
  if (!records.ok()) return Response::from(records.status());
  json out = {{"exported_at", iso_time(now)},
              {"member", *member},
              {"records", std::move(*records)},
              {"reads", std::move(*reads)}};
  const std::string stem = "my-records-" + iso_date(now);
  if (format == "json") {
    return Response::attachment(out.dump(2), "application/json; charset=utf-8", stem + ".json",
                                "我的记录-" + iso_date(now) + ".json");
  }
  const domain::ExportTable tables[] = {entry_table(out["member"]), statements_table(out["records"]),
                                        reads_table(out["reads"]), registers_table(out["records"])};
  auto bytes = spreadsheet::write_xlsx(std::span<const domain::ExportTable>(tables));
  if (!bytes.ok()) return Response::from(bytes.status());
  return Response::attachment(std::move(*bytes), Response::kXlsxType, stem + ".xlsx",
                              "我的记录-" + iso_date(now) + ".xlsx");
}

}  // namespace

void add_my_records_routes(Router& router, const Services& s) {
  router.get("/api/v1/me/records", [s](const Request& r) { return list(*s, r); });
  router.get("/api/v1/me/records/export", [s](const Request& r) { return download(*s, r); });
  router.add("POST", "/api/v1/me/records/{kind}/{id}/statements", [s](const Request& r) { return add_statement(*s, r); });
}

}  // namespace nc::server::handlers
