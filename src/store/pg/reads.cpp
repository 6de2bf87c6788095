#include "store/pg/reads.h"

#include <algorithm>

namespace nc::store::pg {

PathRange range_of(const std::string& path, bool subtree) {
  if (subtree) return {path, path.substr(0, path.size() - 1) + "0"};
  return {path, path + "0"};
}

nc::Result<std::vector<PathRange>> ranges_of(Connection& c, const std::vector<OrgScope>& scope) {
  std::vector<PathRange> out;
  for (const OrgScope& part : scope) {
    auto path = c.query("SELECT path FROM organisations WHERE id = $1", Params().add(std::int64_t{part.org.value}),
                        "reading organisation path");
    if (!path.ok()) return path.status();
    if (path->empty() || path->text(0, 0).empty()) continue;
    out.push_back(range_of(std::string(path->text(0, 0)), part.subtree));
  }
  std::sort(out.begin(), out.end(), [](const PathRange& a, const PathRange& b) { return a.lo < b.lo; });
  return out;
}

}  // namespace nc::store::pg
