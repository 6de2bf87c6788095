// /api/v1/import/jobs: an import run on a background worker while the
// client polls its progress (see server/access/import_jobs.h). The answer a
// finished job carries is the one the synchronous endpoint gives.
#include "server/access/audit_note.h"
#include "server/handlers/routes.h"
#include "server/handlers/import_run.h"
#include "server/paging.h"
#include "server/release_memory.h"

namespace nc::server::handlers {

using nlohmann::json;

json job_json(const access::JobView& j) {
  json out = {{"id", j.id},
              {"kind", j.kind},
              {"dry_run", j.dry_run},
              {"phase", access::phase_name(j.phase)},
              {"bytes_done", j.bytes_done},
              {"bytes_total", j.bytes_total},
              {"rows_done", j.rows_done},
              {"rows_total", j.rows_total},
              {"created", iso_time(j.created_us)},
              {"file_waiting", j.file_waiting}};
  if (j.result) {
    out["result_status"] = j.result->status;
    out["result"] = j.result->body;
  }
  return out;
}

namespace {

Response submit(const App& s, const Request& r) {
  if (!r.caller) return Response::error(Code::kUnauthenticated, "请先登录");
  const auto kind = parse_import_kind(r.query_param("kind").value_or(""));
  if (!kind) return Response::bad_request("kind 只能是 roster 或 hierarchy");
  ImportCall call;
  call.kind = *kind;
  call.dry_run = r.query_param("dry_run").value_or("") == "1";
  call.actor = actor_of(r);
  // Authorization before the job is queued: who may import nowhere gets 403 now.
  const domain::Action action =
      *kind == ImportKind::kRoster ? domain::Action::kRosterImport : domain::Action::kHierarchyImport;
  const bool anywhere = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (const domain::Organisation& o : tree.all()) {
      if (domain::authorize(*call.actor, action, domain::org_target(tree, o.id)).allowed) return true;
    }
    return false;
  });
  if (!anywhere) return Response::error(Code::kForbidden);
  const std::string name(import_kind_name(*kind));
  call.audit = access::audit_note(
      r, s.clock,
      *kind == ImportKind::kRoster ? domain::AuditAction("roster.import") : domain::AuditAction("hierarchy.import"),
      name);
  // The job owns its copy of the upload and of what it needs from the services.
  auto services = std::make_shared<App>(s);
  services->import_jobs.reset();  // a job must not keep its own registry alive
  services->sessions.reset();
  auto job = s.import_jobs->submit(r.caller->user.id, name, call.dry_run,
                                   [services, call, body = r.body](access::JobProgress& progress) {
                                     access::JobResult result = run_import(*services, call, body, &progress);
                                     release_free_memory();
                                     return result;
                                   });
  if (!job.ok()) return Response::error(Code::kBusy, job.status().message());
  auto view = s.import_jobs->find(*job, r.caller->user.id);
  Response out = Response::json(202, {{"job", job_json(*view)}});
  out.headers.emplace_back("Location", "/api/v1/import/jobs/" + *job);
  return out;
}

Response status(const App& s, const Request& r) {
  if (!r.caller) return Response::error(Code::kUnauthenticated, "请先登录");
  auto view = s.import_jobs->find(r.param("id"), r.caller->user.id);
  if (!view) return Response::not_found("导入任务不存在或已过期");
  Response out = Response::json(200, {{"job", job_json(*view)}});
  out.headers.emplace_back("Cache-Control", "no-store");
  return out;
}

// GET /api/v1/import/jobs/{id}/rows?limit=&after= — the finished job's report
// rows (line, action, key, name, changes), a page at a time (server/paging.h);
// &changed=1: only the rows that add or update something.
Response rows(const App& s, const Request& r) {
  if (!r.caller) return Response::error(Code::kUnauthenticated, "请先登录");
  PageParse paging = parse_page(r);
  if (paging.error) return *paging.error;
  std::size_t after = 0;
  if (!paging.page->after.empty()) {
    auto cursor = decode_cursor(paging.page->after, 1);
    if (!cursor) return Response::bad_request("after 应为上一页答复中的 next");
    after = (*cursor)[0];
  }
  auto page = s.import_jobs->report_rows(r.param("id"), r.caller->user.id, after, paging.page->limit,
                                           r.query_param("changed").value_or("") == "1");
  if (!page) return Response::not_found("导入任务不存在或已过期");
  json out = {{"rows", std::move(page->rows)}};
  std::optional<std::string> next;
  if (page->next) next = encode_cursor({*page->next});
  put_page(out, next, page->total);
  Response answer = Response::json(200, out);
  answer.headers.emplace_back("Cache-Control", "no-store");
  return answer;
}

}  // namespace

void add_import_job_routes(Router& router, const Services& s) {
  router.add(
      "POST", "/api/v1/import/jobs", [s](const Request& r) { return submit(*s, r); },
      {.body = BodyKind::kUpload, .body_limit = kImportUploadLimit});
  router.get("/api/v1/import/jobs/{id}", [s](const Request& r) { return status(*s, r); });
  router.get("/api/v1/import/jobs/{id}/rows", [s](const Request& r) { return rows(*s, r); });
}

}  // namespace nc::server::handlers
