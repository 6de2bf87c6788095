// What a branch needs before its first roster import: the columns the
// importer reads with the values each takes (shown by the import page), and
// a template .xlsx with the header, one example row and those values as
// drop-down lists. Neither holds anyone's data: every signed-in user may
// fetch them.
#include <cstdio>

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

// RFC 5987: a file name beyond ASCII, percent-encoded.
std::string percent_encoded(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

Response roster_template(const App& s) {
  auto bytes = spreadsheet::write_xlsx(domain::roster_template(s.clock.today()));
  if (!bytes.ok()) return Response::from(bytes.status());
  Response out;
  out.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  out.body = std::move(bytes).value();
  out.headers.emplace_back("Cache-Control", "no-store");
  out.headers.emplace_back("Content-Disposition", "attachment; filename=\"roster-template.xlsx\"; filename*=UTF-8''" +
                                                      percent_encoded("党员名册导入模板.xlsx"));
  return out;
}

}  // namespace

void add_import_template_routes(Router& router, const Services& s) {
  router.get("/api/v1/import/roster/columns", [](const Request&) { return columns(); });
  router.get("/api/v1/import/roster/template", [s](const Request&) { return roster_template(*s); });
}

}  // namespace nc::server::handlers
