// /api/v1/import/{roster,hierarchy} (CSV or .xlsx in, dry run or
// all-or-nothing) and /api/v1/export/{roster,hierarchy} (CSV or .xlsx out,
// formula-looking cells neutralised, audited; the roster with each entry's
// statements in a 说明 column).
#include <unordered_map>
#include <unordered_set>

#include "domain/date.h"
#include "domain/export_table.h"
#include "server/access/audit_note.h"
#include "server/handlers/routes.h"
#include "server/handlers/import_run.h"
#include "server/handlers/people_json.h"
#include "server/handlers/statements_json.h"
#include "server/in_flight.h"
#include "server/release_memory.h"
#include "spreadsheet/table_reader.h"
#include "spreadsheet/xlsx_writer.h"

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
          {"format", domain::format_name(plan.format)},
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

domain::Date today(const App& s) { return s.clock.today(); }

access::JobResult from_response(const Response& r) {
  return {r.status, json::parse(r.body, nullptr, /*allow_exceptions=*/false)};
}

template <typename Plan>
access::JobResult answer(const Result<Plan>& plan, bool dry_run) {
  if (!plan.ok()) return from_response(Response::from(plan.status()));
  if (dry_run) return {200, report(*plan, true, false)};
  if (!plan->ok()) {
    return {http_status(Code::kImportInvalid),
            {{"error",
              {{"code", code_name(Code::kImportInvalid)},
               {"message", "导入文件有 " + std::to_string(plan->errors.size()) + " 处错误，未导入任何数据"}}},
             {"report", report(*plan, false, false)}}};
  }
  return {200, report(*plan, false, true)};
}

// A file that could not be read at all plans as one error, so the answer is
// the same report a bad row gives.
template <typename Plan>
Plan unreadable(const domain::CsvError& e, std::string_view bytes) {
  Plan plan;
  plan.format = spreadsheet::sniff(bytes) == spreadsheet::Sniffed::kCsv ? domain::TableFormat::kCsv
                                                                       : domain::TableFormat::kXlsx;
  plan.errors.push_back({e.line, "", e.message});
  return plan;
}

Response to_response(const access::JobResult& r) { return Response::json(r.status, r.body); }

Response import_sync(const App& s, const Request& r, ImportKind kind, const InFlight& running) {
  // A workbook is read whole before anything is checked: bound how many are
  // read at once, as the import jobs are.
  InFlight::Slot slot(running);
  if (!slot.acquired()) {
    Response busy = Response::error(Code::kBusy, "正在导入的文件较多，请稍后重试");
    busy.headers.emplace_back("Retry-After", "5");
    return busy;
  }
  ImportCall call;
  call.kind = kind;
  call.dry_run = r.query_param("dry_run").value_or("") == "1";
  call.actor = actor_of(r);
  call.audit = access::audit_note(r, s.clock,
                                  kind == ImportKind::kRoster ? domain::AuditAction("roster.import")
                                                              : domain::AuditAction("hierarchy.import"),
                                  std::string(import_kind_name(kind)));
  Response out = to_response(run_import(s, call, r.body, nullptr));
  release_free_memory();
  return out;
}

// ---- export ----------------------------------------------------------------

enum class ExportFormat { kCsv, kXlsx };

Response export_table(const App& s, const Request& r, ImportKind kind) {
  const domain::OrgId org{parse_id(r.query_param("org").value_or(""))};
  if (!org.valid()) return Response::bad_request("请用 org 参数指定党组织");
  const std::string format_text = r.query_param("format").value_or("csv");
  if (format_text != "csv" && format_text != "xlsx") return Response::bad_request("format 只能是 csv 或 xlsx");
  const ExportFormat format = format_text == "xlsx" ? ExportFormat::kXlsx : ExportFormat::kCsv;
  const domain::Actor actor = actor_of(r);
  const domain::Action action = kind == ImportKind::kRoster ? domain::Action::kRosterExport
                                                              : domain::Action::kHierarchyExport;
  const std::string name(import_kind_name(kind));
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    if (!tree.find(org)) return Response::not_found("党组织不存在");
    if (!domain::authorize(actor, action, domain::org_target(tree, org)).allowed) return Response::error(Code::kForbidden);
    std::unordered_set<domain::OrgId> orgs;
    for (domain::OrgId o : tree.subtree(org)) {
      if (domain::authorize(actor, action, domain::org_target(tree, o)).allowed) orgs.insert(o);
    }
    // Every member in the file sees this export in 我的记录 (one line per export).
    std::vector<domain::MemberId> exported;
    if (kind == ImportKind::kRoster) exported = domain::roster_export_members(roster, orgs);
    // The statements on each member's entry go with it (column 说明).
    auto notes = kind == ImportKind::kRoster ? entry_statement_texts(*s.store, roster, exported)
                                             : Result<std::unordered_map<std::uint32_t, std::string>>(
                                                   std::unordered_map<std::uint32_t, std::string>{});
    if (!notes.ok()) return Response::from(notes.status());
    auto note_of = [&](domain::MemberId m) {
      auto it = notes->find(m.value);
      return it == notes->end() ? std::string() : it->second;
    };
    domain::ExportTable table = kind == ImportKind::kRoster ? domain::roster_export(tree, roster, orgs, note_of)
                                                            : domain::hierarchy_export(tree, orgs);
    std::string bytes;
    if (format == ExportFormat::kXlsx) {
      auto written = spreadsheet::write_xlsx(table);
      if (!written.ok()) return Response::from(written.status());
      bytes = std::move(*written);
    } else {
      bytes = domain::to_csv(table);
    }
    // Written before the bytes go out: an export nobody can account for never leaves.
    auto note = access::audit_note(r, s.clock,
                                   kind == ImportKind::kRoster ? domain::AuditAction("roster.export")
                                                               : domain::AuditAction("hierarchy.export"), "org:" + std::to_string(org.value), org,
                                   std::nullopt,
                                   (kind == ImportKind::kRoster ? "members=" : "organisations=") +
                                       std::to_string(table.rows.size()) + " format=" + format_text);
    note.entry.subjects = std::move(exported);
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
    return Response::attachment(std::move(bytes),
                                format == ExportFormat::kXlsx ? Response::kXlsxType : "text/csv; charset=utf-8",
                                name + "." + format_text);
  });
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view text) {
  if (text == "roster") return ImportKind::kRoster;
  if (text == "hierarchy") return ImportKind::kHierarchy;
  return std::nullopt;
}

std::string_view import_kind_name(ImportKind kind) { return kind == ImportKind::kRoster ? "roster" : "hierarchy"; }

access::JobResult run_import(const App& s, const ImportCall& call, std::string_view body,
                             access::JobProgress* progress) {
  spreadsheet::TableOptions options;
  if (progress) options.progress = [progress](std::size_t done, std::size_t total) { progress->reading(done, total); };
  if (progress) progress->reading(0, body.size());
  domain::CsvError read_error;
  auto table = spreadsheet::read_table(body, options, &read_error);
  access::Directory::Import in;
  in.actor = call.actor;
  in.today = today(s);
  in.apply = !call.dry_run;
  in.audit = call.audit;
  in.audit.entry.time_us = s.clock();
  if (progress) {
    in.checking = [progress](std::size_t done, std::size_t total) { progress->checking(done, total); };
    in.saving_started = [progress] { progress->saving(); };
  }
  if (call.kind == ImportKind::kRoster) {
    if (!table) {
      // Authorization first: someone who may import nowhere learns nothing about the file.
      auto denied = s.directory->import_roster(domain::CsvTable{}, {call.actor, in.today, false, {}, {}, {}});
      if (!denied.ok()) return answer(denied, call.dry_run);
      return answer(Result<domain::RosterImportPlan>(unreadable<domain::RosterImportPlan>(read_error, body)),
                    call.dry_run);
    }
    return answer(s.directory->import_roster(*table, in), call.dry_run);
  }
  if (!table) {
    auto denied = s.directory->import_hierarchy(domain::CsvTable{}, {call.actor, in.today, false, {}, {}, {}});
    if (!denied.ok()) return answer(denied, call.dry_run);
    return answer(Result<domain::HierarchyImportPlan>(unreadable<domain::HierarchyImportPlan>(read_error, body)),
                  call.dry_run);
  }
  return answer(s.directory->import_hierarchy(*table, in), call.dry_run);
}

void add_roster_io_routes(Router& router, const Services& s) {
  auto running = std::make_shared<const InFlight>(kMaxSyncImports);
  router.add(
      "POST", "/api/v1/import/roster",
      [s, running](const Request& r) { return import_sync(*s, r, ImportKind::kRoster, *running); },
      {.body = BodyKind::kUpload, .body_limit = kImportUploadLimit});
  router.add(
      "POST", "/api/v1/import/hierarchy",
      [s, running](const Request& r) { return import_sync(*s, r, ImportKind::kHierarchy, *running); },
      {.body = BodyKind::kUpload, .body_limit = kImportUploadLimit});
  router.get("/api/v1/export/roster", [s](const Request& r) { return export_table(*s, r, ImportKind::kRoster); });
  router.get("/api/v1/export/hierarchy",
             [s](const Request& r) { return export_table(*s, r, ImportKind::kHierarchy); });
}

}  // namespace nc::server::handlers
