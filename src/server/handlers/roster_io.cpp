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
#include "server/handlers/xlsx_file_source.h"
#include "server/in_flight.h"
#include "server/paging.h"
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

// Report rows in a synchronous import's answer; the rest from the job's /rows.
constexpr std::size_t kSyncReportRows = 50;

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
  access::JobResult result = run_import(s, call, r.body, nullptr);
  release_free_memory();
  // The report's rows (one per row of the file) stay on the server as a
  // finished job's: the answer carries the first page of them, their count
  // and the job whose /rows route pages the rest.
  json* report = &result.body;
  if (report->is_object() && report->contains("report")) report = &(*report)["report"];
  if (!report->is_object() || !report->contains("rows") || !r.caller || !s.import_jobs) return to_response(result);
  const domain::UserId owner = r.caller->user.id;
  const std::string job =
      s.import_jobs->add_finished(owner, std::string(import_kind_name(kind)), call.dry_run, std::move(result));
  auto view = s.import_jobs->find(job, owner);
  auto first = s.import_jobs->report_rows(job, owner, 0, kSyncReportRows, false);
  if (!view || !view->result || !first) return Response::error(Code::kInternal);
  json body = std::move(view->result->body);  // its report says row_count instead of rows
  json& answer_report = body.contains("report") ? body["report"] : body;
  answer_report["job"] = job;
  answer_report["rows"] = std::move(first->rows);
  answer_report["rows_next"] = first->next ? json(encode_cursor({*first->next})) : json(nullptr);
  return Response::json(view->result->status, body);
}

// ---- export ----------------------------------------------------------------

enum class ExportFormat { kCsv, kXlsx };

// Members per read from the store while an export is written.
constexpr std::size_t kExportPage = 1000;

// Every member of `scope`, a page at a time from the store (in the order of
// the organisations' paths, then by id), as roster export rows.
class RosterPages {
 public:
  RosterPages(std::shared_ptr<store::Store> store, std::shared_ptr<access::Directory> directory,
              std::vector<store::OrgScope> scope)
      : store_(std::move(store)), directory_(std::move(directory)) {
    query_.scope = std::move(scope);
    query_.limit = kExportPage;
    query_.with_total = false;
  }
  // The next page's rows; empty when every member was given.
  Result<std::vector<std::vector<std::string>>> next(std::vector<domain::MemberId>* ids = nullptr) {
    std::vector<std::vector<std::string>> rows;
    if (done_) return rows;
    auto page = store_->member_page(query_);
    if (!page.ok()) return page.status();
    // The statements on each member's entry go with it (column 说明).
    Status read = directory_->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
      std::vector<domain::MemberId> members;
      for (const domain::Member& m : page->members) members.push_back(m.id);
      auto notes = entry_statement_texts(*store_, roster, members);
      if (!notes.ok()) return notes.status();
      for (const domain::Member& m : page->members) {
        rows.push_back(domain::roster_export_row(tree, m));
        auto it = notes->find(m.id.value);
        rows.back().push_back(it == notes->end() ? std::string() : it->second);
      }
      return Status::Ok();
    });
    if (!read.ok()) return read;
    if (ids) {
      for (const domain::Member& m : page->members) ids->push_back(m.id);
    }
    query_.after = page->next;
    done_ = !page->next;
    return rows;
  }

 private:
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<access::Directory> directory_;
  store::MemberPageQuery query_;
  bool done_ = false;
};

// The roster as CSV, a page of members per piece: the BOM and header first.
class RosterCsvSource final : public BodySource {
 public:
  explicit RosterCsvSource(RosterPages pages) : pages_(std::move(pages)) {}
  Result<std::string> next() override {
    std::string out;
    if (!started_) {
      started_ = true;
      out = domain::kCsvPreamble;
      domain::append_csv_line(out, domain::roster_export_shape(true).header);
      return out;
    }
    auto rows = pages_.next();
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) domain::append_csv_line(out, row);
    return out;
  }

 private:
  RosterPages pages_;
  bool started_ = false;
};

// GET /api/v1/export/{roster,hierarchy}?org=&format=csv|xlsx. The roster
// holds every member the caller may export below org, read from the store a
// page at a time: CSV goes out as it is read (chunked), the .xlsx is built
// row by row in an anonymous file (constant-memory mode) and then sent in
// pieces, so memory follows a page, not the roster. The audit entry, with
// every exported member as a subject, is written before the first byte.
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
  const std::string_view content_type = format == ExportFormat::kXlsx ? Response::kXlsxType
                                                                      : std::string_view("text/csv; charset=utf-8");
  auto note = access::audit_note(r, s.clock,
                                 kind == ImportKind::kRoster ? domain::AuditAction("roster.export")
                                                             : domain::AuditAction("hierarchy.export"),
                                 "org:" + std::to_string(org.value), org);
  std::vector<store::OrgScope> scope;
  std::optional<domain::ExportTable> table;  // the hierarchy: from the in-memory tree
  const std::optional<Response> refused = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(org)) return std::optional<Response>(Response::not_found("党组织不存在"));
    if (!domain::authorize(actor, action, domain::org_target(tree, org)).allowed) {
      return std::optional<Response>(Response::error(Code::kForbidden));
    }
    if (kind == ImportKind::kRoster) {
      for (const domain::Reach& part : domain::reach(actor, action, tree, org)) scope.push_back({part.org, part.subtree});
    } else {
      std::unordered_set<domain::OrgId> orgs;
      for (domain::OrgId o : tree.subtree(org)) {
        if (domain::authorize(actor, action, domain::org_target(tree, o)).allowed) orgs.insert(o);
      }
      table = domain::hierarchy_export(tree, orgs);
    }
    return std::optional<Response>();
  });
  if (refused) return *refused;

  if (table) {
    std::string bytes;
    if (format == ExportFormat::kXlsx) {
      auto written = spreadsheet::write_xlsx(*table);
      if (!written.ok()) return Response::from(written.status());
      bytes = std::move(*written);
    } else {
      bytes = domain::to_csv(*table);
    }
    note.entry.detail = "organisations=" + std::to_string(table->rows.size()) + " format=" + format_text;
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
    return Response::attachment(std::move(bytes), content_type, name + "." + format_text);
  }

  // Every member in the file sees this export in 我的记录: the ids, a page at
  // a time (4 bytes each), for the audit entry written before any byte goes out.
  std::vector<domain::MemberId> exported;
  std::shared_ptr<BodySource> source;
  if (format == ExportFormat::kXlsx) {
    auto writer = spreadsheet::XlsxWriter::open(domain::roster_export_shape(true));
    if (!writer.ok()) return Response::from(writer.status());
    RosterPages pages(s.store, s.directory, scope);
    while (true) {
      auto rows = pages.next(&exported);
      if (!rows.ok()) return Response::from(rows.status());
      if (rows->empty()) break;
      for (const auto& row : *rows) {
        if (Status st = (*writer)->add_row(row); !st.ok()) return Response::from(st);
      }
    }
    if (Status st = (*writer)->finish(); !st.ok()) return Response::from(st);
    source = std::make_shared<XlsxFileSource>(std::move(*writer));
  } else {
    RosterPages ids(s.store, s.directory, scope);
    while (true) {
      auto rows = ids.next(&exported);
      if (!rows.ok()) return Response::from(rows.status());
      if (rows->empty()) break;
    }
    source = std::make_shared<RosterCsvSource>(RosterPages(s.store, s.directory, scope));
  }
  note.entry.detail = "members=" + std::to_string(exported.size()) + " format=" + format_text;
  note.entry.subjects = std::move(exported);
  // Written before the bytes go out: an export nobody can account for never leaves.
  if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  return Response::attachment(std::move(source), content_type, name + "." + format_text);
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
