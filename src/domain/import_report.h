// What an import plan says about each row, shared by the roster and the
// hierarchy importers: errors with line and Chinese reason for the dry-run
// report, and the field-by-field changes an update would make.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace nc::domain {

enum class PlanAction { kAdd, kUpdate, kUnchanged };

struct RowError {
  int line = 0;         // 1-based line in the file; 0 for the whole file
  std::string column;   // the column's label, or empty
  std::string message;  // Chinese
};

struct FieldChange {
  std::string column;  // label, e.g. "人员类别"
  std::string before;
  std::string after;
};

// Errors listed per import before "too many errors" cuts the list short.
inline constexpr std::size_t kMaxReportedErrors = 1000;

// Import options' progress callback: (rows checked, data rows in the file),
// called every kProgressEvery rows and once at the end. Empty: none.
using ImportProgress = std::function<void(std::size_t done, std::size_t total)>;
inline constexpr std::size_t kProgressEvery = 1000;

struct CsvTable;
// "跳过了表头之前的 2 行（第 1–2 行，标题或说明）"
std::string skipped_rows_warning(const CsvTable& table, std::size_t header_index);

}  // namespace nc::domain
