// What a branch needs before its first roster import: the columns the
// importer reads with the values each takes (shown by the import page), and
// a template .xlsx with the header, one example row and those values as
// drop-down lists. Neither holds anyone's data: every signed-in user may
// fetch them.
#include "domain/export_table.h"
#include "server/handlers/routes.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

Response columns() {
  json out = json::array();
  for (const domain::ImportColumn& c : domain::roster_columns()) {
    out.push_back({{"name", c.name}, {"needed_for_new", c.needed_for_new}, {"note", c.note}, {"values", c.values}});
  }
  return Response::json(200, {{"columns", out}});
}

Response roster_template(const App& s) {
  auto bytes = spreadsheet::write_xlsx(domain::roster_template(s.clock.today()));
  if (!bytes.ok()) return Response::from(bytes.status());
  return Response::attachment(std::move(bytes).value(), Response::kXlsxType, "roster-template.xlsx",
                              "党员名册导入模板.xlsx");
}

}  // namespace

void add_import_template_routes(Router& router, const Services& s) {
  router.get("/api/v1/import/roster/columns", [](const Request&) { return columns(); });
  router.get("/api/v1/import/roster/template", [s](const Request&) { return roster_template(*s); });
}

}  // namespace nc::server::handlers
