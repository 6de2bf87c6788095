// /api/v1/overview: the committee overview (issue 11, "A committee overview"):
// for one organisation over its whole subtree, the indicators of
// domain/overview.h by month of a year, and what stands open now (with how
// much of it is overdue); its child organisations the same, a page at a time
// (drill-down); the numbers of every chart as an .xlsx. Counts only, from the
// store's counters (migrations 14 and 18) and, for the quizzes, the takers kept
// on each quiz (store::quiz_counts): by organisation, never by person,
// nobody named. domain::overview::may_view decides who sees which
// organisation.
#include <algorithm>
#include <array>
#include <map>
#include <variant>

#include "domain/organisation.h"
#include "domain/overview.h"
#include "domain/workflow.h"
#include "server/handlers/overview_figures.h"
#include "server/handlers/routes.h"
#include "server/handlers/xlsx_file_source.h"
#include "server/paging.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;
namespace ov = domain::overview;
namespace wf = domain::workflow;

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

// One organisation's figures: per indicator, by month (kByMonth) or now
// (kOpenNow, with overdue).
struct Figures {
  std::map<std::string_view, std::array<std::uint64_t, 12>> months;
  std::map<std::string_view, std::pair<std::uint64_t, std::uint64_t>> now;  // count, overdue
};

void add_month(Figures& f, const store::MonthCount& c, int year) {
  // month is YYYY-MM of the year asked (the store read no other).
  if (c.month.size() != 7 || c.month.compare(0, 4, std::to_string(year)) != 0) return;
  const int m = (c.month[5] - '0') * 10 + (c.month[6] - '0');
  if (m < 1 || m > 12) return;
  for (const ov::Indicator& i : ov::indicators()) {
    if (i.measure != ov::Measure::kByMonth || i.source != ov::Source::kRecords || !ov::available(i) || i.kind != c.kind)
      continue;
    if (ov::counts_state(i, c.state)) f.months[i.id][static_cast<std::size_t>(m - 1)] += c.count;
  }
}

void add_now(Figures& f, const store::RecordCount& c) {
  for (const ov::Indicator& i : ov::indicators()) {
    if (i.measure != ov::Measure::kOpenNow || i.source != ov::Source::kRecords || !ov::available(i) || i.kind != c.kind)
      continue;
    if (ov::counts_state(i, c.state)) {
      f.now[i.id].first += c.count;
      f.now[i.id].second += c.overdue;
    }
  }
}

// Figures of each of `orgs` (at most 200) over its subtree.
Result<std::vector<Figures>> figures_of(const App& s, const std::vector<domain::OrgId>& orgs, int year) {
  std::vector<Figures> out(orgs.size());
  const auto months = ov::months_of(year);
  auto by_month = s.store->month_counts(orgs, true, months.front(), months.back());
  if (!by_month.ok()) return by_month.status();
  std::map<std::uint32_t, std::size_t> at;
  for (std::size_t k = 0; k < orgs.size(); ++k) at[orgs[k].value] = k;
  for (const store::MonthCount& c : *by_month) {
    if (auto it = at.find(c.org.value); it != at.end()) add_month(out[it->second], c, year);
  }
  const domain::Date today = s.clock.today();
  for (std::size_t k = 0; k < orgs.size(); ++k) {
    auto now = s.store->record_counts({{orgs[k], true}}, "", today);
    if (!now.ok()) return now.status();
    for (const store::RecordCount& c : *now) add_now(out[k], c);
  }
  // The quizzes' completions (takers kept on each quiz) by the month each closes.
  for (const ov::Indicator& i : ov::indicators()) {
    if (i.source != ov::Source::kQuizzes || !ov::available(i)) continue;
    for (std::size_t k = 0; k < orgs.size(); ++k) {
      auto quizzes = s.store->quiz_counts({{orgs[k], true}}, year);
      if (!quizzes.ok()) return quizzes.status();
      out[k].months[i.id] = quizzes->completions_by_closing_month;
    }
  }
  return out;
}

const rulebook::Rulebook* rulebook_in_force(const App& s) {
  for (const std::string& id : s.catalogue->ids()) {
    if (const Catalogue::Version* v = s.catalogue->in_force(id, s.clock.today().iso())) return &v->rulebook;
  }
  return nullptr;
}

// The indicators with their figures; `articles` through the rulebook's topics.
json indicators_json(const App& s, const Figures& f) {
  const rulebook::Rulebook* book = rulebook_in_force(s);
  json out = json::array();
  for (const ov::Indicator& i : ov::indicators()) {
    const bool available = ov::available(i);
    json one = {{"id", i.id},
                {"label", i.label},
                {"topic", i.topic},
                {"articles", book ? book->articles_for_topic(std::string(i.topic)) : std::vector<int>{}},
                {"measure", i.measure == ov::Measure::kByMonth ? "by_month" : "open_now"},
                {"available", available}};
    if (!available) {
      one["pending"] = i.pending.empty() ? std::string_view("该类记录接入后显示") : i.pending;
      out.push_back(std::move(one));
      continue;
    }
    if (const wf::Kind* kind = wf::find_kind(i.kind)) one["kind"] = {{"id", kind->id}, {"title", kind->title}};
    json states = json::array();
    if (const wf::Kind* kind = wf::find_kind(i.kind)) {
      for (std::string_view st : i.states) {
        if (const wf::State* state = kind->state(st)) states.push_back({{"id", state->id}, {"name", state->name}});
      }
    }
    one["states"] = std::move(states);
    if (i.measure == ov::Measure::kByMonth) {
      std::array<std::uint64_t, 12> m{};
      if (auto it = f.months.find(i.id); it != f.months.end()) m = it->second;
      std::uint64_t total = 0;
      for (std::uint64_t n : m) total += n;
      one["months"] = m;
      one["total"] = total;
    } else {
      std::pair<std::uint64_t, std::uint64_t> n{0, 0};
      if (auto it = f.now.find(i.id); it != f.now.end()) n = it->second;
      one["count"] = n.first;
      one["overdue"] = n.second;
    }
    out.push_back(std::move(one));
  }
  return out;
}

// ?org=&year=: the organisation (it must exist and the caller see it) and the
// year (kFirstYear..kLastYear, this year when left out).
struct Asked {
  domain::OrgId org;
  int year = 0;
  std::string name;
  std::string type;
  std::vector<domain::OrgId> children;  // those the caller may view, in id order
};

std::variant<Asked, Response> asked(const App& s, const Request& r) {
  Asked a;
  const auto o = r.query_param("org");
  if (!o) return Response::bad_request("org 必填：要查看的党组织编号");
  a.org = domain::OrgId{parse_id(*o)};
  if (!a.org.valid()) return Response::bad_request("org 应为党组织编号");
  a.year = s.clock.today().year;
  if (auto y = r.query_param("year")) {
    const bool digits = y->size() == 4 && std::all_of(y->begin(), y->end(), [](char c) { return c >= '0' && c <= '9'; });
    const int year = digits ? std::stoi(*y) : 0;
    if (year < kFirstYear || year > kLastYear) {
      return Response::bad_request("year 应为 " + std::to_string(kFirstYear) + " 至 " + std::to_string(kLastYear) +
                                   " 之间的年份，如 2026");
    }
    a.year = year;
  }
  const domain::Actor actor = actor_of(r);
  std::optional<Response> refused = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* org = tree.find(a.org);
    if (!org) return std::optional<Response>(Response::not_found("党组织不存在"));
    if (!ov::may_view(actor, tree.ancestry(a.org)).allowed) {
      return std::optional<Response>(Response::error(Code::kForbidden));
    }
    a.name = org->name;
    a.type = std::string(domain::org_type_name(org->type));
    // The children the caller sees too (a branch role on a 党总支 sees its own figures, over the
    // whole subtree, but not the organisations below named one by one).
    for (domain::OrgId child : tree.children(a.org)) {
      if (ov::may_view(actor, tree.ancestry(child)).allowed) a.children.push_back(child);
    }
    std::sort(a.children.begin(), a.children.end(), [](domain::OrgId x, domain::OrgId y) { return x.value < y.value; });
    return std::optional<Response>();
  });
  if (refused) return *refused;
  return a;
}

json months_json(int year) {
  json out = json::array();
  for (const std::string& m : ov::months_of(year)) out.push_back(m);
  return out;
}

// GET /api/v1/overview?org=&year=
Response overview(const App& s, const Request& r) {
  auto parsed = asked(s, r);
  if (auto* e = std::get_if<Response>(&parsed)) return *e;
  const Asked& a = std::get<Asked>(parsed);
  auto figures = figures_of(s, {a.org}, a.year);
  if (!figures.ok()) return Response::from(figures.status());
  const Figures& f = figures->front();
  // What is due: what stands open now, the overdue first.
  std::vector<std::pair<const ov::Indicator*, std::pair<std::uint64_t, std::uint64_t>>> waiting;
  for (const ov::Indicator& i : ov::indicators()) {
    if (i.measure != ov::Measure::kOpenNow || !ov::available(i)) continue;
    auto it = f.now.find(i.id);
    if (it == f.now.end() || it->second.first == 0) continue;
    waiting.emplace_back(&i, it->second);
  }
  std::stable_sort(waiting.begin(), waiting.end(),
                   [](const auto& x, const auto& y) { return x.second.second > y.second.second; });
  json due = json::array();
  for (const auto& [i, n] : waiting) {
    due.push_back({{"indicator", i->id}, {"label", i->label}, {"count", n.first}, {"overdue", n.second}});
  }
  // What is missing: the indicators that have no data yet.
  json missing = json::array();
  for (const ov::Indicator& i : ov::indicators()) {
    if (!ov::available(i)) missing.push_back({{"indicator", i.id}, {"label", i.label}});
  }
  return Response::json(200, {{"org", {{"id", a.org.value}, {"name", a.name}, {"type", a.type}}},
                              {"year", a.year},
                              {"months", months_json(a.year)},
                              {"children", a.children.size()},
                              {"indicators", indicators_json(s, f)},
                              {"due", due},
                              {"missing", missing}});
}

// The page of children after the cursor.
struct ChildPage {
  std::vector<domain::OrgId> orgs;
  std::optional<std::string> next;
};
ChildPage child_page(const std::vector<domain::OrgId>& children, std::uint32_t after, std::size_t limit) {
  ChildPage p;
  auto it = std::upper_bound(children.begin(), children.end(), after,
                             [](std::uint32_t v, domain::OrgId o) { return v < o.value; });
  for (; it != children.end() && p.orgs.size() < limit; ++it) p.orgs.push_back(*it);
  if (it != children.end() && !p.orgs.empty()) p.next = encode_cursor({p.orgs.back().value});
  return p;
}

// GET /api/v1/overview/children?org=&year=&limit=&after=: the child
// organisations of org, in id order, each with its subtree's figures.
Response children(const App& s, const Request& r) {
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  auto parsed = asked(s, r);
  if (auto* e = std::get_if<Response>(&parsed)) return *e;
  const Asked& a = std::get<Asked>(parsed);
  std::uint32_t after = 0;
  if (!page.page->after.empty()) {
    auto c = decode_cursor(page.page->after, 1);
    if (!c) return Response::bad_request("after 不是本列表给出的 next");
    after = static_cast<std::uint32_t>((*c)[0]);
  }
  ChildPage p = child_page(a.children, after, page.page->limit);
  auto figures = figures_of(s, p.orgs, a.year);
  if (!figures.ok()) return Response::from(figures.status());
  json orgs = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (std::size_t k = 0; k < p.orgs.size(); ++k) {
      const domain::Organisation* org = tree.find(p.orgs[k]);
      if (!org) continue;  // gone since: left out
      orgs.push_back({{"id", org->id.value},
                      {"name", org->name},
                      {"type", domain::org_type_name(org->type)},
                      {"active", org->active},
                      {"children", tree.children(org->id).size()},
                      {"indicators", indicators_json(s, (*figures)[k])}});
    }
  });
  json answer = {{"org", {{"id", a.org.value}, {"name", a.name}}}, {"year", a.year}, {"months", months_json(a.year)},
                 {"organisations", orgs}};
  put_page(answer, p.next, a.children.size());
  return Response::json(200, answer);
}

std::vector<std::string> figure_cells(const ov::Indicator& i, const Figures& f) {
  std::vector<std::string> row;
  if (!ov::available(i)) {
    row.push_back("尚无数据");
    return row;
  }
  if (i.measure == ov::Measure::kByMonth) {
    std::array<std::uint64_t, 12> m{};
    if (auto it = f.months.find(i.id); it != f.months.end()) m = it->second;
    std::uint64_t total = 0;
    for (std::uint64_t n : m) {
      row.push_back(std::to_string(n));
      total += n;
    }
    row.push_back(std::to_string(total));
  } else {
    std::pair<std::uint64_t, std::uint64_t> n{0, 0};
    if (auto it = f.now.find(i.id); it != f.now.end()) n = it->second;
    row.push_back(std::to_string(n.first));
    row.push_back(std::to_string(n.second));
  }
  return row;
}

// GET /api/v1/overview/export?org=&year=: every chart's numbers as .xlsx —
// the indicators by month, what stands open now, and each child organisation's
// year (all of them, read 200 at a time and written row by row).
Response export_overview(const App& s, const Request& r) {
  auto parsed = asked(s, r);
  if (auto* e = std::get_if<Response>(&parsed)) return *e;
  const Asked& a = std::get<Asked>(parsed);
  auto figures = figures_of(s, {a.org}, a.year);
  if (!figures.ok()) return Response::from(figures.status());
  const Figures& f = figures->front();
  const rulebook::Rulebook* book = rulebook_in_force(s);
  auto cite = [&](const ov::Indicator& i) {
    std::string out;
    if (book) {
      for (int n : book->articles_for_topic(std::string(i.topic))) out += (out.empty() ? "第" : "、第") + std::to_string(n) + "条";
    }
    return out;
  };
  domain::ExportTable monthly{.sheet_name = "按月统计", .header = {"指标", "条文"}, .date_column = {}, .rows = {}, .choices = {}};
  for (int m = 1; m <= 12; ++m) monthly.header.push_back(std::to_string(m) + "月");
  monthly.header.push_back("全年");
  auto writer = spreadsheet::XlsxWriter::open(monthly);
  if (!writer.ok()) return Response::from(writer.status());
  for (const ov::Indicator& i : ov::indicators()) {
    if (i.measure != ov::Measure::kByMonth) continue;
    std::vector<std::string> row = {std::string(i.label), cite(i)};
    for (std::string& c : figure_cells(i, f)) row.push_back(std::move(c));
    if (Status st = (*writer)->add_row(row); !st.ok()) return Response::from(st);
  }
  domain::ExportTable now{.sheet_name = "当前待办", .header = {"指标", "条文", "当前数量", "其中逾期"}, .date_column = {}, .rows = {}, .choices = {}};
  if (Status st = (*writer)->add_sheet(now); !st.ok()) return Response::from(st);
  for (const ov::Indicator& i : ov::indicators()) {
    if (i.measure != ov::Measure::kOpenNow) continue;
    std::vector<std::string> row = {std::string(i.label), cite(i)};
    for (std::string& c : figure_cells(i, f)) row.push_back(std::move(c));
    if (Status st = (*writer)->add_row(row); !st.ok()) return Response::from(st);
  }
  domain::ExportTable below{.sheet_name = "下级组织", .header = {"党组织", "类型"}, .date_column = {}, .rows = {}, .choices = {}};
  for (const ov::Indicator& i : ov::indicators()) {
    below.header.push_back(std::string(i.label) + (i.measure == ov::Measure::kByMonth ? "（全年）" : "（当前）"));
  }
  if (Status st = (*writer)->add_sheet(below); !st.ok()) return Response::from(st);
  std::uint32_t after = 0;
  for (;;) {
    ChildPage p = child_page(a.children, after, kMaxPageLimit);
    if (p.orgs.empty()) break;
    after = p.orgs.back().value;
    auto kids = figures_of(s, p.orgs, a.year);
    if (!kids.ok()) return Response::from(kids.status());
    std::vector<std::vector<std::string>> rows;
    s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      for (std::size_t k = 0; k < p.orgs.size(); ++k) {
        const domain::Organisation* org = tree.find(p.orgs[k]);
        if (!org) continue;
        std::vector<std::string> row = {org->name, std::string(domain::org_type_name(org->type))};
        for (const ov::Indicator& i : ov::indicators()) {
          std::vector<std::string> cells = figure_cells(i, (*kids)[k]);
          row.push_back(cells.size() == 1 ? cells.front() : i.measure == ov::Measure::kByMonth ? cells.back() : cells.front());
        }
        rows.push_back(std::move(row));
      }
    });
    for (const auto& row : rows) {
      if (Status st = (*writer)->add_row(row); !st.ok()) return Response::from(st);
    }
    if (!p.next) break;
  }
  if (Status st = (*writer)->finish(); !st.ok()) return Response::from(st);
  auto source = std::make_shared<XlsxFileSource>(std::move(*writer));
  const std::string file = "overview-" + std::to_string(a.org.value) + "-" + std::to_string(a.year) + ".xlsx";
  return Response::attachment(std::move(source), Response::kXlsxType, file,
                              a.name + "-" + std::to_string(a.year) + "年概览.xlsx");
}

// ---- the yearly reports rolled up ------------------------------------------------

constexpr std::string_view kReportKind = "work_report";
constexpr std::size_t kReportsPerBranchYear = 50;  // records of one branch dated in one year, read at most
constexpr std::size_t kMissingScan = 2000;         // branches one page of ?missing=1 looks at, at most

// A branch's plan and report for the year: the newest of each not withdrawn.
struct BranchReports {
  std::optional<store::WorkflowRecord> plan, report;
};

Result<BranchReports> reports_of(const App& s, domain::OrgId branch, int year) {
  store::RecordPageQuery q;
  q.kind = std::string(kReportKind);
  q.scope = {{branch, false}};
  q.from = domain::Date{year, 1, 1};
  q.to = domain::Date{year, 12, 31};
  q.limit = kReportsPerBranchYear;
  q.with_total = false;
  auto page = s.store->record_page(q);
  if (!page.ok()) return page.status();
  BranchReports out;
  for (const store::WorkflowRecord& rec : page->records) {  // newest first
    if (rec.state == "withdrawn") continue;
    const json fields = json::parse(rec.fields, nullptr, false);
    if (!fields.is_object() || !fields.contains("document") || !fields["document"].is_string()) continue;
    const std::string document = fields["document"].get<std::string>();
    if (document == "report" && !out.report) out.report = rec;
    if (document == "plan" && !out.plan) out.plan = rec;
  }
  return out;
}

json report_json(const std::optional<store::WorkflowRecord>& rec) {
  if (!rec) return nullptr;
  const wf::Kind* kind = wf::find_kind(kReportKind);
  const wf::State* state = kind ? kind->state(rec->state) : nullptr;
  return {{"id", rec->id},
          {"state", rec->state},
          {"state_name", state ? state->name : std::string_view(rec->state)},
          {"updated", iso_time(rec->updated_us)}};
}

// GET /api/v1/overview/reports?org=&year=&missing=&limit=&after=: the 党支部
// of org's subtree the caller may view (org itself when it is one), in id
// order, each with whether it has submitted its year-end report (and its plan)
// for the year and in which state; ?missing=1 lists only those that have not
// (nothing submitted, or only withdrawn), looking at most kMissingScan
// branches per page (next resumes after the last one looked at).
// Organisations, never people: nobody is named.
Response reports(const App& s, const Request& r) {
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  bool missing_only = false;
  if (auto m = r.query_param("missing")) {
    if (*m != "0" && *m != "1" && *m != "true" && *m != "false") {
      return Response::bad_request("missing 应为 1（只列出未报送的党支部）或 0");
    }
    missing_only = *m == "1" || *m == "true";
  }
  auto parsed = asked(s, r);
  if (auto* e = std::get_if<Response>(&parsed)) return *e;
  const Asked& a = std::get<Asked>(parsed);
  std::uint32_t after = 0;
  if (!page.page->after.empty()) {
    auto c = decode_cursor(page.page->after, 1);
    if (!c) return Response::bad_request("after 不是本列表给出的 next");
    after = static_cast<std::uint32_t>((*c)[0]);
  }
  const domain::Actor actor = actor_of(r);
  std::vector<domain::OrgId> branches;
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (domain::OrgId id : tree.subtree(a.org)) {
      const domain::Organisation* org = tree.find(id);
      if (!org || org->type != domain::OrgType::kBranch) continue;
      if (ov::may_view(actor, tree.ancestry(id)).allowed) branches.push_back(id);
    }
  });
  std::sort(branches.begin(), branches.end(), [](domain::OrgId x, domain::OrgId y) { return x.value < y.value; });
  auto it = std::upper_bound(branches.begin(), branches.end(), after,
                             [](std::uint32_t v, domain::OrgId o) { return v < o.value; });
  std::vector<std::pair<domain::OrgId, BranchReports>> rows;
  std::size_t looked = 0;
  domain::OrgId last;
  for (; it != branches.end() && rows.size() < page.page->limit && looked < kMissingScan; ++it) {
    auto found = reports_of(s, *it, a.year);
    if (!found.ok()) return Response::from(found.status());
    ++looked;
    last = *it;
    if (missing_only && found->report) continue;
    rows.emplace_back(*it, std::move(found).value());
  }
  std::optional<std::string> next;
  if (it != branches.end() && last.valid()) next = encode_cursor({last.value});
  json orgs = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (const auto& [id, found] : rows) {
      const domain::Organisation* org = tree.find(id);
      if (!org) continue;
      orgs.push_back({{"id", org->id.value},
                      {"name", org->name},
                      {"type", domain::org_type_name(org->type)},
                      {"active", org->active},
                      {"reported", found.report.has_value()},
                      {"report", report_json(found.report)},
                      {"plan", report_json(found.plan)}});
    }
  });
  json answer = {{"org", {{"id", a.org.value}, {"name", a.name}}},
                 {"year", a.year},
                 {"missing", missing_only},
                 {"organisations", orgs}};
  put_page(answer, next, branches.size());
  return Response::json(200, answer);
}

}  // namespace

Result<json> year_figures(const App& s, domain::OrgId org, int year) {
  auto figures = figures_of(s, {org}, year);
  if (!figures.ok()) return figures.status();
  const Figures& f = figures->front();
  json list = json::array();
  for (const ov::Indicator& i : ov::indicators()) {
    json one = {{"id", i.id},
                {"label", i.label},
                {"topic", i.topic},
                {"measure", i.measure == ov::Measure::kByMonth ? "by_month" : "open_now"},
                {"available", ov::available(i)}};
    if (!ov::available(i)) {
      one["pending"] = i.pending.empty() ? std::string_view("该类记录接入后显示") : i.pending;
    } else if (i.measure == ov::Measure::kByMonth) {
      std::uint64_t total = 0;
      if (auto it = f.months.find(i.id); it != f.months.end()) {
        for (std::uint64_t n : it->second) total += n;
      }
      one["total"] = total;
    } else {
      std::pair<std::uint64_t, std::uint64_t> n{0, 0};
      if (auto it = f.now.find(i.id); it != f.now.end()) n = it->second;
      one["count"] = n.first;
      one["overdue"] = n.second;
    }
    list.push_back(std::move(one));
  }
  return json{{"year", year}, {"computed_on", s.clock.today().iso()}, {"indicators", std::move(list)}};
}

void add_overview_routes(Router& router, const Services& s) {
  router.get("/api/v1/overview", [s](const Request& r) { return overview(*s, r); });
  router.get("/api/v1/overview/children", [s](const Request& r) { return children(*s, r); });
  router.get("/api/v1/overview/reports", [s](const Request& r) { return reports(*s, r); });
  router.get("/api/v1/overview/export", [s](const Request& r) { return export_overview(*s, r); });
}

}  // namespace nc::server::handlers
