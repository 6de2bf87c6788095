// Fuzzes the CSV reader and, on whatever it accepts, both import planners.
// Invariants beyond "no crash, no sanitizer report":
//   - rows have increasing line numbers >= 1 and fields within the limits, in valid UTF-8;
//   - a plan that says ok() applies without error (validation is complete).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "domain/csv_reader.h"
#include "common/utf8.h"
#include "domain/hierarchy_import.h"
#include "domain/log_text.h"
#include "domain/roster_import.h"

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

// Names the broken invariant before aborting, so a crash report says which.
#define CHECK(cond)                                          \
  do {                                                       \
    if (!(cond)) {                                           \
      std::fprintf(stderr, "invariant broken: %s\n", #cond); \
      std::abort();                                          \
    }                                                        \
  } while (0)

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const World world;
  CsvLimits limits;
  limits.max_bytes = 1 << 20;
  limits.max_rows = 5000;
  limits.max_fields = 64;
  limits.max_field_bytes = 1024;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto table = read_csv(input, limits);
  if (!table) return 0;

  int last_line = 0;
  for (const CsvRow& row : table->rows) {
    CHECK(row.line > last_line);
    last_line = row.line;
    CHECK(!row.fields.empty() && row.fields.size() <= limits.max_fields);
    for (const auto& field : row.fields) {
      CHECK(field.size() <= limits.max_field_bytes);
      CHECK(nc::utf8::valid(field));
      CHECK(unescape_log_field(escape_log_field(field)) == field);
    }
  }

  RosterImportOptions roster_options;
  roster_options.today = Date{2024, 6, 1};
  roster_options.limits = limits;
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
