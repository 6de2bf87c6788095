// Organisation paths on PostgreSQL (migration 9: "1/5/23/", each id followed
// by '/', root first), as the SQLite store reads them (sqlite_pages.cpp): a
// scope part is one half-open range of organisations_by_path. The ranges are
// compared in code point order, which the store requires of the database
// (pg/text_order.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "domain/ids.h"
#include "store/page_records.h"
#include "store/pg/connection.h"

namespace nc::store::pg {

// Paths are ids followed by '/' and no id starts with '0', which sorts right
// after '/': "1/5/" with its subtree is ["1/5/", "1/50"), "1/5/" alone is
// ["1/5/", "1/5/0").
struct PathRange {
  std::string lo, hi;
};

// An organisation's path; nothing for an unknown one.
nc::Result<std::optional<std::string>> org_path(Connection& connection, domain::OrgId org);
PathRange range_of(const std::string& path, bool subtree);
// The scope's parts as ranges, sorted (parts of unknown organisations left out).
nc::Result<std::vector<PathRange>> ranges_of(Connection& connection, const std::vector<OrgScope>& scope);
// The ids on a path, root first ("1/5/23/" → 1, 5, 23).
std::vector<std::int64_t> ids_on(const std::string& path);

}  // namespace nc::store::pg
