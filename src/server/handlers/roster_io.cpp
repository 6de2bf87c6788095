// /api/v1/import/{roster,hierarchy} (CSV in, dry run or all-or-nothing) and
// /api/v1/export/roster (CSV out, formula-looking cells neutralised).
#include <algorithm>
#include <unordered_set>

#include "domain/date.h"
#include "server/access/audit_note.h"
#include "server/handlers/access_routes.h"
#include "server/handlers/people_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

std::string_view action_name(domain::PlanAction a) {
  switch (a) {
    case domain::PlanAction::kAdd: return "add";
    case domain::PlanAction::kUpdate: return "update";
    case domain::PlanAction::kUnchanged: return "unchanged";
  }
  return "unchanged";
}

json changes_json(const std::vector<domain::FieldChange>& changes) {
  json out = json::array();
  for (const auto& c : changes) out.push_back({{"column", c.column}, {"before", c.before}, {"after", c.after}});
  return out;
}

template <typename Plan>
json report_common(const Plan& plan, bool dry_run, bool applied) {
  json errors = json::array();
  for (const auto& e : plan.errors) errors.push_back({{"line", e.line}, {"column", e.column}, {"message", e.message}});
  return {{"dry_run", dry_run},
          {"applied", applied},
          {"ok", plan.ok()},
          {"encoding", domain::encoding_name(plan.encoding)},
          {"adds", plan.adds},
          {"updates", plan.updates},
          {"unchanged", plan.unchanged},
          {"errors", errors},
          {"warnings", plan.warnings}};
}

json report(const domain::RosterImportPlan& plan, bool dry_run, bool applied) {
  json out = report_common(plan, dry_run, applied);
  json rows = json::array();
  for (const auto& row : plan.rows) {
    rows.push_back({{"line", row.line},
                    {"action", action_name(row.action)},
                    {"key", row.member.number},
                    {"name", row.member.name},
                    {"changes", changes_json(row.changes)}});
  }
  out["rows"] = rows;
  return out;
}

json report(const domain::HierarchyImportPlan& plan, bool dry_run, bool applied) {
  json out = report_common(plan, dry_run, applied);
  json rows = json::array();
  for (const auto& row : plan.rows) {
    rows.push_back({{"line", row.line},
                    {"action", action_name(row.action)},
                    {"key", row.code},
                    {"name", row.name},
                    {"changes", changes_json(row.changes)}});
  }
  out["rows"] = rows;
  return out;
}

domain::Date today(const AccessServices& s) { return domain::parse_date(iso_date(s.clock())).value_or(domain::Date{}); }

template <typename Plan>
Response answer(const Result<Plan>& plan, bool dry_run) {
  if (!plan.ok()) return failure(plan.status());
  if (dry_run) return Response::json(200, report(*plan, true, false));
  if (!plan->ok()) {
    return Response::json(422, {{"error",
                                 {{"code", "import_invalid"},
                                  {"message", "导入文件有 " + std::to_string(plan->errors.size()) +
                                                  " 处错误，未导入任何数据"}}},
                                {"report", report(*plan, false, false)}});
  }
  return Response::json(200, report(*plan, false, true));
}

Response import_roster(const AccessServices& s, const Request& r) {
  const bool dry_run = r.query_param("dry_run").value_or("") == "1";
  auto note = access::audit_note(r, s.clock, "roster.import", "roster");
  return answer(s.directory->import_roster(r.body, actor_of(r), today(s), !dry_run, note), dry_run);
}

Response import_hierarchy(const AccessServices& s, const Request& r) {
  const bool dry_run = r.query_param("dry_run").value_or("") == "1";
  auto note = access::audit_note(r, s.clock, "hierarchy.import", "hierarchy");
  return answer(s.directory->import_hierarchy(r.body, actor_of(r), today(s), !dry_run, note), dry_run);
}

// One CSV cell: quoted, with a leading ' where a spreadsheet would see a formula.
std::string cell(std::string_view text) {
  std::string out = "\"";
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Response export_roster(const AccessServices& s, const Request& r) {
  const domain::OrgId org{parse_id(r.query_param("org").value_or(""))};
  if (!org.valid()) return Response::bad_request("请用 org 参数指定党组织");
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    if (!tree.find(org)) return Response::not_found("党组织不存在");
    const auto d = domain::authorize(actor, domain::Action::kRosterExport, domain::org_target(tree, org));
    if (!d.allowed) return forbidden();
    std::unordered_set<domain::OrgId> orgs;
    for (domain::OrgId o : tree.subtree(org)) {
      if (domain::authorize(actor, domain::Action::kRosterExport, domain::org_target(tree, o)).allowed) orgs.insert(o);
    }
    std::vector<const domain::Member*> found;
    for (const auto& m : roster.all()) {
      if (orgs.count(m.org)) found.push_back(&m);
    }
    std::sort(found.begin(), found.end(), [](auto* a, auto* b) { return a->number < b->number; });
    auto note = access::audit_note(r, s.clock, "roster.export", "org:" + std::to_string(org.value), org, std::nullopt,
                                   "members=" + std::to_string(found.size()));
    if (Status st = s.store->append_audit(note); !st.ok()) return failure(st);
    std::string csv = "\xEF\xBB\xBF姓名,党员编号,组织编码,所在党组织,人员类别,是否党员干部,干部层级,状态,状态日期,入党日期,转正日期\r\n";
    auto date = [](const std::optional<domain::Date>& d) { return d ? d->iso() : std::string(); };
    for (const auto* m : found) {
      const domain::Organisation* o = tree.find(m->org);
      const std::string fields[] = {m->name,
                                    m->number,
                                    o ? o->code : "",
                                    o ? o->name : "",
                                    std::string(domain::category_name(m->category)),
                                    m->cadre ? "是" : "否",
                                    std::string(domain::cadre_level_name(m->cadre_level)),
                                    std::string(domain::status_name(m->status)),
                                    date(m->status_since),
                                    date(m->joined),
                                    date(m->regularised)};
      for (std::size_t i = 0; i < std::size(fields); ++i) csv += (i ? "," : "") + cell(fields[i]);
      csv += "\r\n";
    }
    Response out;
    out.content_type = "text/csv; charset=utf-8";
    out.body = std::move(csv);
    out.headers.emplace_back("Cache-Control", "no-store");
    out.headers.emplace_back("Content-Disposition", "attachment; filename=\"roster.csv\"");
    return out;
  });
}

}  // namespace

void add_roster_io_routes(Router& router, Services s) {
  router.add("POST", "/api/v1/import/roster", [s](const Request& r) { return import_roster(*s, r); });
  router.add("POST", "/api/v1/import/hierarchy", [s](const Request& r) { return import_hierarchy(*s, r); });
  router.get("/api/v1/export/roster", [s](const Request& r) { return export_roster(*s, r); });
}

}  // namespace nc::server::handlers
