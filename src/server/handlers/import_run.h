// One import as both the synchronous endpoints (roster_io.cpp) and the
// background jobs (import_jobs.cpp) run it: the uploaded bytes → a table
// (CSV or .xlsx, told by content) → the Directory's plan, applied or not →
// the answer and its HTTP status. Internal to the handlers.
#pragma once

#include <optional>
#include <string_view>

#include "domain/authorization.h"
#include "server/access/import_jobs.h"
#include "server/handlers/access_services.h"
#include "store/access_records.h"

namespace nc::server::handlers {

enum class ImportKind { kRoster, kHierarchy };
std::optional<ImportKind> parse_import_kind(std::string_view text);  // "roster", "hierarchy"
std::string_view import_kind_name(ImportKind kind);

// Uploads larger than this are answered 413 before their body is read:
// 100,000 members are 7.5 MB as CSV and 4.5 MB as .xlsx (docs/benchmarks.md).
inline constexpr std::size_t kImportUploadLimit = std::size_t{32} << 20;
// Synchronous imports and dry runs (POST /api/v1/import/{roster,hierarchy})
// read at once, as many as import jobs run at once; beyond → 503 busy.
inline constexpr int kMaxSyncImports = 2;

struct ImportCall {
  ImportKind kind = ImportKind::kRoster;
  bool dry_run = true;
  // The signed-in caller; nobody for the operator at the console (netconduct
  // import), who may import everything.
  std::optional<domain::Actor> actor;
  store::AuditRecord audit;  // its time is set when the change is written
};

// JOB (docs/api-contract.md): a background job as the client polls it.
nlohmann::json job_json(const access::JobView& job);

access::JobResult run_import(const App& s, const ImportCall& call, std::string_view body,
                             access::JobProgress* progress);

}  // namespace nc::server::handlers
