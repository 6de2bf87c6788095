// Roster import: plans what a roster CSV would change, then applies the plan
// all or nothing.
//
// The columns branches keep (any order, see columns.h): 姓名, 党员编号,
// 组织编码 and/or 所在党组织 (name), 人员类别, 是否党员干部, 干部层级, 状态,
// 状态日期, 入党日期, 转正日期. Members are matched by 党员编号; a column
// absent from the file, or an empty cell, leaves an existing member's field
// as it is, so the same file twice plans nothing but "unchanged", and a file
// with only 党员编号, 姓名 and 状态 updates statuses. A new member needs
// 姓名, 党员编号, an organisation and 人员类别. An import never deletes anyone.
//
// Any error in any row makes the plan fail (ok() false) and apply refuses it:
// nothing is imported. Pure; the plan holds no reference to its inputs.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "domain/csv_reader.h"
#include "domain/import_report.h"
#include "domain/org_tree.h"
#include "domain/roster.h"

namespace nc::domain {

struct RosterImportOptions {
  Date today;  // dates after it are rejected; status changes without a date take it
  // Whether the importer may add or change members of this organisation
  // (built from authorize(actor, kRosterImport, ...)). Empty: everything.
  std::function<bool(OrgId)> may_import_into;
  CsvLimits limits;
  ImportProgress progress;
};

struct MemberPlan {
  int line = 0;
  PlanAction action = PlanAction::kAdd;
  Member member;                     // as it will be; id set for updates and unchanged rows
  std::vector<FieldChange> changes;  // updates only
};

struct RosterImportPlan {
  std::vector<RowError> errors;
  std::vector<std::string> warnings;  // e.g. ignored columns
  std::vector<MemberPlan> rows;       // valid rows, in file order
  std::size_t adds = 0, updates = 0, unchanged = 0;
  TableFormat format = TableFormat::kCsv;
  TextEncoding encoding = TextEncoding::kUtf8;
  std::uint64_t roster_version = 0;
  std::uint64_t tree_version = 0;
  bool ok() const { return errors.empty(); }
};

RosterImportPlan plan_roster_import(std::string_view csv_bytes, const OrgTree& tree, const Roster& roster,
                                    const RosterImportOptions& options);
RosterImportPlan plan_roster_import(const CsvTable& table, const OrgTree& tree, const Roster& roster,
                                    const RosterImportOptions& options);

// Applies a plan that is ok() to the roster and hierarchy it was planned
// against (same versions); otherwise changes nothing and fails.
Status apply_roster_import(const RosterImportPlan& plan, const OrgTree& tree, Roster& roster, Date on);

}  // namespace nc::domain
