// SqliteStore: the bounded lists of issue 9 (store/page_records.h). Each
// page is a range of an index; the plans are checked in
// tests/store/sqlite_pages_test.cpp (EXPLAIN QUERY PLAN: no scan, no
// temporary B-tree):
//
//   members of a subtree, after (path P, member M):
//     SEARCH o USING COVERING INDEX organisations_by_path (path>? AND path<?)
//     SEARCH m USING INDEX members_by_org (org_id=? AND rowid>?)
//   an organisation's children:  SEARCH organisations USING COVERING INDEX organisations_by_parent
//   members on the roll below:   SEARCH o USING COVERING INDEX organisations_by_path,
//                                SEARCH m USING COVERING INDEX members_on_roll (org_id=? AND status=?)
//   accounts:                    SEARCH users USING INTEGER PRIMARY KEY (rowid>?)
//   search:                      SEARCH m USING INDEX members_by_name / sqlite_autoindex_members_1 (number)
#include <algorithm>

#include "store/sqlite_internal.h"

namespace nc::store {
namespace {

constexpr std::size_t kMaxLimit = 1000;

std::size_t clamp_limit(std::size_t limit) { return std::clamp<std::size_t>(limit, 1, kMaxLimit); }

// The statuses counted as on the roll, as an SQL list: "(0, 2)".
const std::string& on_roll_list() {
  static const std::string list = [] {
    std::string out = "(";
    for (int s = 0; s <= static_cast<int>(domain::MemberStatus::kLeft); ++s) {
      if (!domain::on_roll(static_cast<domain::MemberStatus>(s))) continue;
      if (out.size() > 1) out += ", ";
      out += std::to_string(s);
    }
    return out + ")";
  }();
  return list;
}

constexpr const char* kMemberColumns =
    "m.id, m.name, m.number, m.org_id, m.category, m.cadre, m.cadre_level, m.status, m.status_since, m.joined,"
    " m.regularised";

Result<std::uint64_t> count(Statement& st, sqlite3* db, const std::string& what) {
  if (!st.prepared()) return db_error(db, what);
  if (st.step() != SQLITE_ROW) return db_error(db, what);
  return static_cast<std::uint64_t>(st.integer(0));
}

}  // namespace

Result<std::optional<std::string>> org_path(sqlite3* db, domain::OrgId org) {
  Statement st(db, "SELECT path FROM organisations WHERE id = $1");
  if (!st.prepared()) return db_error(db, "reading organisation path");
  st.bind(1, static_cast<long long>(org.value));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<std::string>();
  if (rc != SQLITE_ROW) return db_error(db, "reading organisation path");
  return std::optional<std::string>(st.text(0));
}

PathRange range_of(const std::string& path, bool subtree) {
  if (subtree) return {path, path.substr(0, path.size() - 1) + "0"};
  return {path, path + "0"};
}

Result<std::vector<PathRange>> ranges_of(sqlite3* db, const std::vector<OrgScope>& scope) {
  std::vector<PathRange> out;
  for (const OrgScope& part : scope) {
    auto path = org_path(db, part.org);
    if (!path.ok()) return path.status();
    if (!*path || (*path)->empty()) continue;
    out.push_back(range_of(**path, part.subtree));
  }
  std::sort(out.begin(), out.end(), [](const PathRange& a, const PathRange& b) { return a.lo < b.lo; });
  return out;
}

Result<MemberPage> SqliteStore::member_page(const MemberPageQuery& query) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  const std::size_t limit = clamp_limit(query.limit);
  auto ranges = ranges_of(db, query.scope);
  if (!ranges.ok()) return ranges.status();
  std::string cursor_path;
  long long cursor_member = 0;
  if (query.after) {
    auto path = org_path(db, query.after->org);
    if (!path.ok()) return path.status();
    if (!*path) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
    cursor_path = **path;
    cursor_member = query.after->member.value;
  }
  MemberPage page;
  std::vector<domain::Member> rows;
  for (const PathRange& r : *ranges) {
    const std::uint64_t want = limit + 1 - rows.size();
    if (want == 0) break;
    if (!cursor_path.empty() && r.hi <= cursor_path) continue;
    // Members in path order, then by id; the cursor's organisation only
    // after the cursor's member (an index bound on members_by_org, not a filter).
    const std::string sql = std::string("SELECT ") + kMemberColumns +
                            " FROM organisations o JOIN members m ON m.org_id = o.id"
                            " WHERE o.path >= $1 AND o.path < $2"
                            " AND m.id > (CASE WHEN o.path = $3 THEN $4 ELSE 0 END)"
                            " ORDER BY o.path, m.id LIMIT $5";
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "reading members");
    st.bind(1, std::max(r.lo, cursor_path));
    st.bind(2, r.hi);
    st.bind(3, cursor_path);
    st.bind(4, cursor_member);
    st.bind(5, static_cast<long long>(want));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) rows.push_back(read_member(st));
    if (rc != SQLITE_DONE) return db_error(db, "reading members");
  }
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = MemberCursor{rows.back().org, rows.back().id};
  }
  page.members = std::move(rows);
  if (!query.with_total) return page;
  for (const PathRange& r : *ranges) {
    Statement st(db,
                 "SELECT count(*) FROM organisations o JOIN members m ON m.org_id = o.id"
                 " WHERE o.path >= $1 AND o.path < $2");
    if (!st.prepared()) return db_error(db, "counting members");
    st.bind(1, r.lo);
    st.bind(2, r.hi);
    auto n = count(st, db, "counting members");
    if (!n.ok()) return n.status();
    page.total += *n;
  }
  return page;
}

Result<std::vector<OrgSummary>> SqliteStore::org_summaries(const std::vector<domain::OrgId>& orgs) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  std::vector<OrgSummary> out;
  const std::string here_sql = "SELECT count(*) FROM members WHERE org_id = $1 AND status IN " + on_roll_list();
  const std::string below_sql =
      "SELECT count(*) FROM organisations o JOIN members m ON m.org_id = o.id"
      " WHERE o.path >= $1 AND o.path < $2 AND m.status IN " + on_roll_list();
  for (domain::OrgId org : orgs) {
    OrgSummary s;
    s.org = org;
    auto path = org_path(db, org);
    if (!path.ok()) return path.status();
    if (!*path) {
      out.push_back(s);
      continue;
    }
    const long long id = org.value;
    {
      Statement st(db, "SELECT count(*) FROM organisations WHERE parent_id = $1");
      if (!st.prepared()) return db_error(db, "counting organisations");
      st.bind(1, id);
      auto n = count(st, db, "counting organisations");
      if (!n.ok()) return n.status();
      s.children = *n;
    }
    {
      Statement st(db, here_sql.c_str());
      if (!st.prepared()) return db_error(db, "counting members");
      st.bind(1, id);
      auto n = count(st, db, "counting members");
      if (!n.ok()) return n.status();
      s.members_here = *n;
    }
    if (s.children == 0) {
      s.members_subtree = s.members_here;
    } else {
      const PathRange r = range_of(**path, true);
      Statement st(db, below_sql.c_str());
      if (!st.prepared()) return db_error(db, "counting members");
      st.bind(1, r.lo);
      st.bind(2, r.hi);
      auto n = count(st, db, "counting members");
      if (!n.ok()) return n.status();
      s.members_subtree = *n;
    }
    out.push_back(s);
  }
  return out;
}

Result<OrgChildrenPage> SqliteStore::org_children(std::optional<domain::OrgId> parent,
                                                  std::optional<domain::OrgId> after, std::size_t limit) {
  limit = clamp_limit(limit);
  OrgChildrenPage page;
  std::vector<domain::OrgId> ids;
  {
    std::lock_guard lock(impl_->mu);
    sqlite3* db = impl_->db;
    const char* page_sql = parent ? "SELECT id FROM organisations WHERE parent_id = $1 AND id > $2 ORDER BY id LIMIT $3"
                                  : "SELECT id FROM organisations WHERE parent_id IS NULL AND id > $1 ORDER BY id LIMIT $2";
    Statement st(db, page_sql);
    if (!st.prepared()) return db_error(db, "reading organisations");
    int i = 1;
    if (parent) st.bind(i++, static_cast<long long>(parent->value));
    st.bind(i++, static_cast<long long>(after ? after->value : 0));
    st.bind(i++, static_cast<long long>(limit + 1));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) ids.push_back(domain::OrgId{static_cast<std::uint32_t>(st.integer(0))});
    if (rc != SQLITE_DONE) return db_error(db, "reading organisations");
    Statement n(db, parent ? "SELECT count(*) FROM organisations WHERE parent_id = $1"
                           : "SELECT count(*) FROM organisations WHERE parent_id IS NULL");
    if (parent && n.prepared()) n.bind(1, static_cast<long long>(parent->value));
    auto total = count(n, db, "counting organisations");
    if (!total.ok()) return total.status();
    page.total = *total;
  }
  if (ids.size() > limit) {
    ids.resize(limit);
    page.next = ids.back();
  }
  auto summaries = org_summaries(ids);
  if (!summaries.ok()) return summaries.status();
  page.children = std::move(*summaries);
  return page;
}

Result<MemberSearchResult> SqliteStore::search_members(const MemberSearch& search) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  const std::size_t limit = clamp_limit(search.limit);
  auto ranges = ranges_of(db, search.scope);
  if (!ranges.ok()) return ranges.status();
  MemberSearchResult out;
  if (ranges->empty() || search.query.empty()) return out;
  // Scope as a filter on each candidate's organisation; the candidates come
  // from the name or number index (members first: CROSS JOIN keeps that order).
  std::string scope = " AND (";
  for (std::size_t i = 0; i < ranges->size(); ++i) {
    if (i) scope += " OR ";
    scope += "(o.path >= $" + std::to_string(3 + 2 * i) + " AND o.path < $" + std::to_string(4 + 2 * i) + ")";
  }
  scope += ")";
  const std::string hi = search.query + "\xF4\x8F\xBF\xBF";  // after every text that starts with the query
  const std::string from = std::string("SELECT ") + kMemberColumns + " FROM members m CROSS JOIN organisations o";
  const std::string queries[] = {
      from + " WHERE o.id = m.org_id AND m.number = $1 AND $2 = $2" + scope,
      from + " WHERE o.id = m.org_id AND m.name >= $1 AND m.name < $2" + scope + " ORDER BY m.name, m.id LIMIT " +
          std::to_string(limit + 1),
      from + " WHERE o.id = m.org_id AND m.number > $1 AND m.number < $2" + scope + " ORDER BY m.number LIMIT " +
          std::to_string(limit + 1),
  };
  std::vector<domain::Member> found;
  for (const std::string& sql : queries) {
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "searching members");
    st.bind(1, search.query);
    st.bind(2, hi);
    for (std::size_t i = 0; i < ranges->size(); ++i) {
      st.bind(static_cast<int>(3 + 2 * i), (*ranges)[i].lo);
      st.bind(static_cast<int>(4 + 2 * i), (*ranges)[i].hi);
    }
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      domain::Member m = read_member(st);
      if (std::none_of(found.begin(), found.end(), [&](const domain::Member& f) { return f.id == m.id; })) {
        found.push_back(std::move(m));
      }
    }
    if (rc != SQLITE_DONE) return db_error(db, "searching members");
    if (found.size() > limit) break;
  }
  out.more = found.size() > limit;
  if (out.more) found.resize(limit);
  out.members = std::move(found);
  return out;
}

}  // namespace nc::store
