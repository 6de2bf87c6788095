// Fuzzes the .xlsx reader (zip, XML, shared strings, styles, row slicing,
// merged cells) and, on whatever it accepts, both import planners.
// An input that starts with "PK" is a whole workbook. Any other input is the
// workbook's parts, separated by "\n--\n": worksheet XML, shared strings
// XML, styles XML, workbook XML; the harness zips them (mutating a deflated
// zip mostly breaks its checksums, so this is how the XML readers get
// fuzzed).
// Invariants beyond "no crash, no sanitizer report":
//   - rows have increasing line numbers >= 1, at most max_rows of them, each
//     with text somewhere; fields within the limits, in valid UTF-8;
//   - a plan that says ok() applies without error (validation is complete).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "domain/columns.h"
#include "common/utf8.h"
#include "domain/hierarchy_import.h"
#include "domain/log_text.h"
#include "domain/roster_import.h"
#include "spreadsheet/xlsx_reader.h"
#include "xlsx_files.h"

namespace {

using namespace nc::domain;

struct World {
  OrgTree tree;
  Roster roster;
  World() {
    Date d{2020, 1, 1};
    OrgId r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    OrgId a = *tree.create("A", "党总支", OrgType::kGeneralBranch, r, d);
    OrgId a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, a, d);
    *tree.create("B", "第二党支部", OrgType::kBranch, r, d);
    Member m;
    m.name = "张三";
    m.number = "D001";
    m.org = a1;
    *roster.add(m, d);
  }
};

#define CHECK(cond)                                          \
  do {                                                       \
    if (!(cond)) {                                           \
      std::fprintf(stderr, "invariant broken: %s\n", #cond); \
      std::abort();                                          \
    }                                                        \
  } while (0)

// The parts in `text` (see above) as a workbook; absent parts are left out.
std::string zip_parts(std::string_view text) {
  std::vector<std::string> parts;
  while (parts.size() < 3) {
    const auto sep = text.find("\n--\n");
    if (sep == std::string_view::npos) break;
    parts.emplace_back(text.substr(0, sep));
    text.remove_prefix(sep + 4);
  }
  parts.emplace_back(text);
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  nc::spreadsheet::testing::Entries e = nc::spreadsheet::testing::minimal_xlsx("", {"x"}, "<styleSheet/>");
  for (auto& [name, content] : e) {
    if (name == "xl/worksheets/sheet1.xml") content = parts[0];
    if (name == "xl/sharedStrings.xml") content = parts.size() > 1 ? parts[1] : "";
    if (name == "xl/styles.xml") content = parts.size() > 2 ? parts[2] : "";
    if (name == "xl/workbook.xml" && parts.size() > 3) content = parts[3];
  }
  return nc::spreadsheet::testing::make_zip(e);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const World world;
  nc::spreadsheet::XlsxOptions options;
  options.table.max_bytes = 1 << 20;
  options.table.max_rows = 2000;
  options.table.max_fields = 64;
  options.table.max_field_bytes = 1024;
  options.package.max_entry_bytes = 4 << 20;
  options.package.max_total_inflated_bytes = 16 << 20;
  options.package.max_zip_entries = 200;
  options.package.max_xml_nodes = 200'000;
  options.package.time_budget = std::chrono::milliseconds(10'000);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string zipped;
  if (input.substr(0, 2) != "PK") {
    zipped = zip_parts(input);
    input = zipped;
  }
  auto table = nc::spreadsheet::read_xlsx(input, options);
  if (!table) return 0;

  CHECK(table->format == TableFormat::kXlsx);
  CHECK(table->rows.size() <= options.table.max_rows);
  int last_line = 0;
  for (const CsvRow& row : table->rows) {
    CHECK(row.line > last_line);
    last_line = row.line;
    CHECK(row.fields.size() <= options.table.max_fields);
    CHECK(!blank_row(row) || !row.fields.empty());
    for (const auto& field : row.fields) {
      CHECK(field.size() <= options.table.max_field_bytes);
      CHECK(nc::utf8::valid(field));
    }
  }
  for (const auto& w : table->warnings) CHECK(nc::utf8::valid(w));

  RosterImportOptions roster_options;
  roster_options.today = Date{2024, 6, 1};
  RosterImportPlan roster_plan = plan_roster_import(*table, world.tree, world.roster, roster_options);
  if (roster_plan.ok()) {
    Roster copy = world.roster;
    CHECK(apply_roster_import(roster_plan, world.tree, copy, roster_options.today).ok());
  }
  HierarchyImportPlan hierarchy_plan = plan_hierarchy_import(*table, world.tree, {});
  if (hierarchy_plan.ok()) {
    OrgTree copy = world.tree;
    CHECK(apply_hierarchy_import(hierarchy_plan, copy, Date{2024, 6, 1}).ok());
  }
  return 0;
}
