// Limits on the work one reading of an OOXML package may do, and the errors
// every reader returns. Packages are hostile until proven otherwise: a 40 KB
// zip can inflate to gigabytes and an XML part can nest a million levels.
// Every limit is checked before or while the work is done, and exceeding one
// yields a Status (code "limit_exceeded" or "timeout") with a Chinese and an
// English message, never a crash or a hang. Used by the self-check extractors
// (check/extract) and the spreadsheet import (spreadsheet/), each with its own
// numbers. Plain values.
#pragma once

#include <chrono>
#include <cstddef>
#include <string_view>

#include "common/status.h"

namespace nc::ooxml {

inline constexpr std::size_t kMiB = 1024 * 1024;

struct Limits {
  std::size_t max_entry_bytes = 64 * kMiB;            // one inflated zip entry
  std::size_t max_total_inflated_bytes = 256 * kMiB;  // all entries read
  std::size_t max_zip_entries = 10'000;               // in the central directory
  std::size_t max_xml_depth = 256;                    // element nesting in one part
  std::size_t max_xml_nodes = 4'000'000;              // nodes in one parsed part
  std::chrono::milliseconds time_budget{60'000};      // the whole reading
};

// The limits and the deadline of one reading; not thread-safe.
class Budget {
 public:
  explicit Budget(const Limits& limits)
      : limits_(limits), deadline_(std::chrono::steady_clock::now() + limits.time_budget) {}

  const Limits& limits() const { return limits_; }
  // "timeout" once the time budget is spent.
  Status check_time() const;
  std::chrono::milliseconds remaining() const;

 private:
  Limits limits_;
  std::chrono::steady_clock::time_point deadline_;
};

// Errors every reader uses. Messages are "中文 / English"; chinese_part()
// gives the part before " / " for a Chinese-only report.
Status limit_error(std::string_view zh, std::string_view en);
Status timeout_error(std::string_view zh, std::string_view en);
Status corrupt_error(std::string_view zh, std::string_view en);
Status unsupported_error(std::string_view zh, std::string_view en);
std::string_view chinese_part(std::string_view message);

// Returns from the enclosing function when `expr` (a Status) is not ok.
#define NC_OOXML_TRY(expr)                                 \
  do {                                                     \
    ::nc::Status nc_ooxml_status_ = (expr);                \
    if (!nc_ooxml_status_.ok()) return nc_ooxml_status_;   \
  } while (0)

}  // namespace nc::ooxml
