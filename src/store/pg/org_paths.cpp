#include "store/pg/org_paths.h"

#include <algorithm>

namespace nc::store::pg {

nc::Result<std::optional<std::string>> org_path(Connection& c, domain::OrgId org) {
  auto rows = c.query("SELECT path FROM organisations WHERE id = $1", Params().add(std::int64_t{org.value}),
                      "reading organisation path");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<std::string>();
  return std::optional<std::string>(std::string(rows->text(0, 0)));
}

PathRange range_of(const std::string& path, bool subtree) {
  if (subtree) return {path, path.substr(0, path.size() - 1) + "0"};
  return {path, path + "0"};
}

nc::Result<std::vector<PathRange>> ranges_of(Connection& c, const std::vector<OrgScope>& scope) {
  std::vector<PathRange> out;
  for (const OrgScope& part : scope) {
    auto path = org_path(c, part.org);
    if (!path.ok()) return path.status();
    if (!*path || (*path)->empty()) continue;
    out.push_back(range_of(**path, part.subtree));
  }
  std::sort(out.begin(), out.end(), [](const PathRange& a, const PathRange& b) { return a.lo < b.lo; });
  return out;
}

std::vector<std::int64_t> ids_on(const std::string& path) {
  std::vector<std::int64_t> out;
  std::int64_t id = 0;
  for (char ch : path) {
    if (ch == '/') {
      out.push_back(id);
      id = 0;
    } else if (ch >= '0' && ch <= '9') {
      id = id * 10 + (ch - '0');
    }
  }
  return out;
}

}  // namespace nc::store::pg
