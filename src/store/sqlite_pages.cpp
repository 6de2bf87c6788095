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
//   organisations of a scope:    SEARCH organisations USING COVERING INDEX organisations_by_path
//   … by name / code:            SEARCH organisations USING INDEX organisations_by_name / sqlite_autoindex_organisations_1
//   待回复:                      SEARCH s USING INDEX statements_open (handled_us=? AND reply_to=? AND id>? AND id<?),
//                                then m, o by primary key (CROSS JOIN keeps the statements first)
//   members without an account:  members_by_org, then sqlite_autoindex_users_2 (member_id=?) per member
#include <algorithm>
#include <limits>

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

namespace {

// " AND ((path >= $first AND path < $first+1) OR …)" over `column`, one pair
// of parameters per range (SQLite numbers "$N" in the order they first
// appear: the filter must come after every lower-numbered parameter).
std::string scope_filter(const std::string& column, std::size_t ranges, int first) {
  std::string out = " AND (";
  for (std::size_t i = 0; i < ranges; ++i) {
    const int n = first + 2 * static_cast<int>(i);
    if (i) out += " OR ";
    out += "(" + column + " >= $" + std::to_string(n) + " AND " + column + " < $" + std::to_string(n + 1) + ")";
  }
  return out + ")";
}

void bind_ranges(Statement& st, const std::vector<PathRange>& ranges, int first) {
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    st.bind(first + 2 * static_cast<int>(i), ranges[i].lo);
    st.bind(first + 2 * static_cast<int>(i) + 1, ranges[i].hi);
  }
}

// After every text that begins with `prefix` (binary order): the end of its range.
std::string prefix_end(const std::string& prefix) { return prefix + "\xF4\x8F\xBF\xBF"; }

Result<std::optional<std::string>> org_column(sqlite3* db, domain::OrgId org, const char* sql) {
  Statement st(db, sql);
  if (!st.prepared()) return db_error(db, "reading an organisation");
  st.bind(1, static_cast<long long>(org.value));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<std::string>();
  if (rc != SQLITE_ROW) return db_error(db, "reading an organisation");
  return std::optional<std::string>(st.text(0));
}

}  // namespace

Result<MemberPage> SqliteStore::member_page(const MemberPageQuery& query) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  // Members an account job opens accounts for: on the roll, no account
  // linked (a probe of the unique index on users.member_id each).
  const std::string filter =
      query.without_account
          ? " AND m.status IN " + on_roll_list() + " AND NOT EXISTS (SELECT 1 FROM users u WHERE u.member_id = m.id)"
          : std::string();
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
                            " AND m.id > (CASE WHEN o.path = $3 THEN $4 ELSE 0 END)" +
                            filter + " ORDER BY o.path, m.id LIMIT $5";
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
  const std::string count_sql =
      "SELECT count(*) FROM organisations o JOIN members m ON m.org_id = o.id WHERE o.path >= $1 AND o.path < $2" +
      filter;
  for (const PathRange& r : *ranges) {
    Statement st(db, count_sql.c_str());
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  const std::string hi = prefix_end(search.query);
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

Result<OrgPage> SqliteStore::org_page(const OrgPageQuery& query) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  const std::size_t limit = clamp_limit(query.limit);
  auto ranges = ranges_of(db, query.scope);
  if (!ranges.ok()) return ranges.status();
  OrgPage page;
  if (ranges->empty()) return page;
  std::vector<std::pair<domain::OrgId, bool>> rows;  // with "found by code"
  auto read_ids = [&](Statement& st, bool by_code) -> Status {
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      rows.emplace_back(domain::OrgId{static_cast<std::uint32_t>(st.integer(0))}, by_code);
    }
    return rc == SQLITE_DONE ? Status::Ok() : db_error(db, "reading organisations");
  };
  auto add_count = [&](Statement& st) -> Status {
    auto n = count(st, db, "counting organisations");
    if (!n.ok()) return n.status();
    page.total += *n;
    return Status::Ok();
  };
  if (query.query.empty()) {
    // The tree in path order, range by range, after the cursor's path.
    std::string cursor_path;
    if (query.after) {
      auto path = org_path(db, query.after->org);
      if (!path.ok()) return path.status();
      if (!*path) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
      cursor_path = **path;
    }
    for (const PathRange& r : *ranges) {
      const std::size_t want = limit + 1 - rows.size();
      if (want == 0) break;
      if (!cursor_path.empty() && r.hi <= cursor_path) continue;
      const bool from_cursor = !cursor_path.empty() && cursor_path >= r.lo;
      Statement st(db, from_cursor ? "SELECT id FROM organisations WHERE path > $1 AND path < $2 ORDER BY path LIMIT $3"
                                   : "SELECT id FROM organisations WHERE path >= $1 AND path < $2 ORDER BY path LIMIT $3");
      if (!st.prepared()) return db_error(db, "reading organisations");
      st.bind(1, from_cursor ? cursor_path : r.lo);
      st.bind(2, r.hi);
      st.bind(3, static_cast<long long>(want));
      if (Status done = read_ids(st, false); !done.ok()) return done;
    }
    for (const PathRange& r : *ranges) {
      Statement st(db, "SELECT count(*) FROM organisations WHERE path >= $1 AND path < $2");
      if (!st.prepared()) return db_error(db, "counting organisations");
      st.bind(1, r.lo);
      st.bind(2, r.hi);
      if (Status done = add_count(st); !done.ok()) return done;
    }
  } else {
    const std::string& q = query.query;
    const std::string hi = prefix_end(q);
    // Names that begin with q, by (name, id) after the cursor's; then codes
    // that begin with q on organisations whose name does not, by code.
    const std::string names = "SELECT id FROM organisations WHERE name >= $1 AND name < $2 AND (name, id) > ($3, $4)" +
                              scope_filter("path", ranges->size(), 5) + " ORDER BY name, id LIMIT $" +
                              std::to_string(5 + 2 * ranges->size());
    const std::string codes =
        "SELECT id FROM organisations WHERE code >= $1 AND code < $2 AND code > $3 AND NOT (name >= $1 AND name < $2)" +
        scope_filter("path", ranges->size(), 4) + " ORDER BY code LIMIT $" + std::to_string(4 + 2 * ranges->size());
    const bool in_codes = query.after && query.after->by_code;
    if (!in_codes) {
      std::string after_name;
      long long after_id = 0;
      if (query.after) {
        auto name = org_column(db, query.after->org, "SELECT name FROM organisations WHERE id = $1");
        if (!name.ok()) return name.status();
        if (!*name) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
        after_name = **name;
        after_id = query.after->org.value;
      }
      Statement st(db, names.c_str());
      if (!st.prepared()) return db_error(db, "searching organisations");
      st.bind(1, q);
      st.bind(2, hi);
      st.bind(3, after_name);
      st.bind(4, after_id);
      bind_ranges(st, *ranges, 5);
      st.bind(5 + 2 * static_cast<int>(ranges->size()), static_cast<long long>(limit + 1));
      if (Status done = read_ids(st, false); !done.ok()) return done;
    }
    if (rows.size() <= limit) {
      std::string after_code;
      if (in_codes) {
        auto code = org_column(db, query.after->org, "SELECT code FROM organisations WHERE id = $1");
        if (!code.ok()) return code.status();
        if (!*code) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
        after_code = **code;
      }
      Statement st(db, codes.c_str());
      if (!st.prepared()) return db_error(db, "searching organisations");
      st.bind(1, q);
      st.bind(2, hi);
      st.bind(3, after_code);
      bind_ranges(st, *ranges, 4);
      st.bind(4 + 2 * static_cast<int>(ranges->size()), static_cast<long long>(limit + 1 - rows.size()));
      if (Status done = read_ids(st, true); !done.ok()) return done;
    }
    const std::string count_names = "SELECT count(*) FROM organisations WHERE name >= $1 AND name < $2" +
                                    scope_filter("path", ranges->size(), 3);
    const std::string count_codes =
        "SELECT count(*) FROM organisations WHERE code >= $1 AND code < $2 AND NOT (name >= $1 AND name < $2)" +
        scope_filter("path", ranges->size(), 3);
    for (const std::string* sql : {&count_names, &count_codes}) {
      Statement st(db, sql->c_str());
      if (!st.prepared()) return db_error(db, "counting organisations");
      st.bind(1, q);
      st.bind(2, hi);
      bind_ranges(st, *ranges, 3);
      if (Status done = add_count(st); !done.ok()) return done;
    }
  }
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = OrgCursor{rows.back().second, rows.back().first};
  }
  for (const auto& [id, by_code] : rows) page.orgs.push_back(id);
  return page;
}

Result<std::vector<std::string>> SqliteStore::taken_logins(const std::vector<std::string>& logins) {
  if (logins.size() > kMaxLimit) return Status::Error(Code::kInvalidInput, "too many logins at once");
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  std::vector<std::string> out;
  Statement st(db, "SELECT 1 FROM users WHERE login = $1");
  if (!st.prepared()) return db_error(db, "reading accounts");
  for (const std::string& login : logins) {
    st.reset();
    st.bind(1, login);
    const int rc = st.step();
    if (rc == SQLITE_ROW) out.push_back(login);
    else if (rc != SQLITE_DONE) return db_error(db, "reading accounts");
  }
  return out;
}

Result<PendingPage> SqliteStore::pending_statements(const PendingQuery& query) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  const std::size_t limit = clamp_limit(query.limit);
  PendingPage page;
  // The window this request examines: the next `examine` originals not
  // marked handled (statements_open), or all that remain.
  std::optional<long long> upto;
  {
    Statement st(db,
                 "SELECT id FROM record_statements WHERE reply_to IS NULL AND handled_us IS NULL AND id > $1"
                 " ORDER BY id LIMIT 1 OFFSET $2");
    if (!st.prepared()) return db_error(db, "reading open statements");
    st.bind(1, static_cast<long long>(query.after));
    st.bind(2, static_cast<long long>(std::max<std::size_t>(query.examine, 1) - 1));
    const int rc = st.step();
    if (rc == SQLITE_ROW) upto = st.integer(0);
    else if (rc != SQLITE_DONE) return db_error(db, "reading open statements");
  }
  auto ranges = ranges_of(db, query.scope);
  if (!ranges.ok()) return ranges.status();
  if (!ranges->empty()) {
    const std::string sql =
        "SELECT s.id, s.kind, s.record_id, s.subject_member, s.author_user, s.text, s.time_us, s.reply_to,"
        " s.handled_us, s.handled_by, COALESCE(v.last_id, 0), m.name, m.org_id"
        " FROM record_statements s CROSS JOIN members m CROSS JOIN organisations o"  // statements first: by id
        " LEFT JOIN statements_seen v ON v.user_id = $1 AND v.subject_member = s.subject_member"
        " WHERE m.id = s.subject_member AND o.id = m.org_id AND s.reply_to IS NULL AND s.handled_us IS NULL AND s.id > $2 AND s.id <= $3 AND s.subject_member <> $4"
        " AND NOT EXISTS (SELECT 1 FROM record_statements r WHERE r.reply_to = s.id)" +
        scope_filter("o.path", ranges->size(), 5) + " ORDER BY s.id LIMIT $" + std::to_string(5 + 2 * ranges->size());
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "reading open statements");
    st.bind(1, static_cast<long long>(query.reader.value));
    st.bind(2, static_cast<long long>(query.after));
    st.bind(3, upto.value_or(std::numeric_limits<long long>::max()));
    st.bind(4, static_cast<long long>(query.self ? query.self->value : 0));
    bind_ranges(st, *ranges, 5);
    st.bind(5 + 2 * static_cast<int>(ranges->size()), static_cast<long long>(limit + 1));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      PendingStatement p;
      p.statement = read_statement(st);
      p.seen_by_reader = static_cast<std::uint64_t>(st.integer(10));
      p.subject_name = st.text(11);
      p.subject_org = domain::OrgId{static_cast<std::uint32_t>(st.integer(12))};
      page.statements.push_back(std::move(p));
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading open statements");
  }
  if (page.statements.size() > limit) {
    page.statements.resize(limit);
    page.next = page.statements.back().statement.id;
  } else if (upto) {
    page.next = static_cast<std::uint64_t>(*upto);  // the window ended before the open statements did
  }
  return page;
}

}  // namespace nc::store
