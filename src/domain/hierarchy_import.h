// Hierarchy import: plans what an organisation CSV (组织编码, 组织名称,
// 组织类型, 上级组织编码; any order) would change, then applies it all or
// nothing. Organisations are matched by code; rows may come in any order
// (a child before its parent). A changed parent is a move and keeps history.
// An import never deletes or merges: those are deliberate acts in the UI.
//
// Rejected: bad codes, unknown types, duplicate codes, unknown parents,
// cycles, organisations under a 党支部, changes to merged organisations, and
// rows outside what the importer may change. Any error: nothing is applied.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "domain/csv_reader.h"
#include "domain/import_report.h"
#include "domain/org_tree.h"

namespace nc::domain {

struct HierarchyImportOptions {
  // Whether the importer may change this existing organisation or create
  // below it (from authorize(actor, kHierarchyImport, ...)). Empty: everything.
  std::function<bool(OrgId)> may_change;
  CsvLimits limits;
  ImportProgress progress;
};

struct OrgPlan {
  int line = 0;
  PlanAction action = PlanAction::kAdd;
  std::string code;
  std::string name;
  OrgType type = OrgType::kBranch;
  std::string parent_code;           // empty for a root
  int depth = 0;                     // in the tree after the import; roots are 0
  std::vector<FieldChange> changes;  // updates only
};

struct HierarchyImportPlan {
  std::vector<RowError> errors;
  std::vector<std::string> warnings;
  std::vector<OrgPlan> rows;  // valid rows, parents before children
  std::size_t adds = 0, updates = 0, unchanged = 0;
  TableFormat format = TableFormat::kCsv;
  TextEncoding encoding = TextEncoding::kUtf8;
  std::uint64_t tree_version = 0;
  bool ok() const { return errors.empty(); }
};

HierarchyImportPlan plan_hierarchy_import(std::string_view csv_bytes, const OrgTree& tree,
                                          const HierarchyImportOptions& options);
HierarchyImportPlan plan_hierarchy_import(const CsvTable& table, const OrgTree& tree,
                                          const HierarchyImportOptions& options);

Status apply_hierarchy_import(const HierarchyImportPlan& plan, OrgTree& tree, Date on);

}  // namespace nc::domain
