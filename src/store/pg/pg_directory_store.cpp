// PgDirectoryStore: SqliteStore's sqlite_directory.cpp and the directory's
// pages of sqlite_pages.cpp on PostgreSQL, the same SQL text throughout.
// Where the dialects differ:
//  - text order: PostgreSQL's follows the database's collation, so open()
//    requires code point order, SQLite's (pg/text_order.h);
//  - a text parameter is sent as a C string and PostgreSQL text holds valid
//    UTF-8 only: a search for text with a NUL or invalid UTF-8 (which no
//    stored name, number or code can begin with) finds nothing, as on SQLite,
//    instead of searching a truncated text or failing;
//  - every LIMIT is a parameter.
// Plans (tests/store/directory_store_pg_test.cpp, EXPLAIN): member pages
// read organisations_by_path, then per organisation members_by_org (or
// members_on_roll for a small one); counts members_on_roll;
// children organisations_by_parent; search members_by_name and
// members_number_key; organisation pages organisations_by_path,
// organisations_by_name and organisations_code_key.
#include "store/pg/pg_directory_store.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "common/utf8.h"
#include "store/pg/audit_append.h"
#include "store/pg/org_paths.h"
#include "store/pg/record_counters.h"
#include "store/pg/text_order.h"

namespace nc::store {
namespace {

using domain::Date;
using pg::Params;
using pg::PathRange;

constexpr std::size_t kMaxLimit = 1000;

std::size_t clamp_limit(std::size_t limit) { return std::clamp<std::size_t>(limit, 1, kMaxLimit); }

// The statuses counted as on the roll, as an SQL list of constants: "(0, 2)".
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

std::optional<Date> read_date(const pg::Rows& rows, int r, int column) {
  if (rows.is_null(r, column)) return std::nullopt;
  return domain::parse_date(rows.text(r, column));
}

template <typename Id>
std::optional<Id> read_id(const pg::Rows& rows, int r, int column) {
  if (rows.is_null(r, column)) return std::nullopt;
  return Id{static_cast<std::uint32_t>(rows.integer(r, column))};
}

template <typename Id>
std::optional<std::int64_t> id_param(const std::optional<Id>& id) {
  return id ? std::optional<std::int64_t>(id->value) : std::nullopt;
}

std::optional<std::string> date_param(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

// A member from a row of kMemberColumns.
domain::Member read_member(const pg::Rows& rows, int r) {
  domain::Member m;
  m.id = domain::MemberId{static_cast<std::uint32_t>(rows.integer(r, 0))};
  m.name = std::string(rows.text(r, 1));
  m.number = std::string(rows.text(r, 2));
  m.org = domain::OrgId{static_cast<std::uint32_t>(rows.integer(r, 3))};
  m.category = static_cast<domain::Category>(rows.integer(r, 4));
  m.cadre = rows.integer(r, 5) != 0;
  m.cadre_level = static_cast<domain::CadreLevel>(rows.integer(r, 6));
  m.status = static_cast<domain::MemberStatus>(rows.integer(r, 7));
  m.status_since = read_date(rows, r, 8);
  m.joined = read_date(rows, r, 9);
  m.regularised = read_date(rows, r, 10);
  return m;
}

Result<std::uint64_t> count(pg::Connection& c, const std::string& sql, const Params& params, const std::string& what) {
  auto rows = c.query(sql, params, what);
  if (!rows.ok()) return rows.status();
  return static_cast<std::uint64_t>(rows->integer(0, 0));
}

// " AND ((column >= $first AND column < $first+1) OR …)", one pair of
// parameters per range.
std::string scope_filter(const std::string& column, std::size_t ranges, int first) {
  std::string out = " AND (";
  for (std::size_t i = 0; i < ranges; ++i) {
    const int n = first + 2 * static_cast<int>(i);
    if (i) out += " OR ";
    out += "(" + column + " >= $" + std::to_string(n) + " AND " + column + " < $" + std::to_string(n + 1) + ")";
  }
  return out + ")";
}

void add_ranges(Params& params, const std::vector<PathRange>& ranges) {
  for (const PathRange& r : ranges) params.add(r.lo).add(r.hi);
}

// After every text that begins with `prefix` (code point order): the end of its range.
std::string prefix_end(const std::string& prefix) { return prefix + "\xF4\x8F\xBF\xBF"; }

// Whether `text` can be the beginning of stored text at all: PostgreSQL holds
// valid UTF-8 without NUL only (SQLite would compare the bytes and find none).
bool searchable(const std::string& text) { return text.find('\0') == std::string::npos && utf8::valid(text); }

Result<std::optional<std::string>> org_column(pg::Connection& c, domain::OrgId org, const char* sql) {
  auto rows = c.query(sql, Params().add(std::int64_t{org.value}), "reading an organisation");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<std::string>();
  return std::optional<std::string>(std::string(rows->text(0, 0)));
}

Status save_organisation(pg::Connection& c, const domain::Organisation& o) {
  const std::int64_t id = o.id.value;
  if (Status s = c.run("DELETE FROM organisations WHERE id = $1", Params().add(id), "replacing organisation");
      !s.ok()) {
    return s;
  }
  if (Status s = c.run("DELETE FROM organisation_parents WHERE org_id = $1", Params().add(id),
                       "replacing organisation history");
      !s.ok()) {
    return s;
  }
  if (Status s = c.run("INSERT INTO organisations (id, code, name, type, parent_id, active, merged_into, created, path)"
                       " VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
                       " COALESCE((SELECT path FROM organisations WHERE id = $5), '') || CAST($1 AS TEXT) || '/')",
                       Params()
                           .add(id)
                           .add(o.code)
                           .add(o.name)
                           .add(static_cast<std::int64_t>(o.type))
                           .add(id_param(o.parent))
                           .add(std::int64_t{o.active ? 1 : 0})
                           .add(id_param(o.merged_into))
                           .add(o.created.iso()),
                       "storing organisation " + o.code);
      !s.ok()) {
    return s;
  }
  std::int64_t position = 0;
  for (const domain::ParentSpell& p : o.parents) {
    if (Status s =
            c.run("INSERT INTO organisation_parents (org_id, position, parent_id, from_date, to_date)"
                  " VALUES ($1, $2, $3, $4, $5)",
                  Params().add(id).add(position++).add(id_param(p.parent)).add(p.from.iso()).add(date_param(p.to)),
                  "storing organisation history");
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

// Every organisation's path from its parent's, root down (a move changes the
// paths of a whole subtree). A path ends with the organisation's own id, so
// no two rows share one even halfway through (organisations_by_path is unique).
Status update_paths(pg::Connection& c) {
  return c.run(
      "WITH RECURSIVE tree (id, path) AS ("
      " SELECT id, CAST(id AS TEXT) || '/' FROM organisations WHERE parent_id IS NULL"
      " UNION ALL"
      " SELECT o.id, tree.path || CAST(o.id AS TEXT) || '/' FROM organisations o"
      " JOIN tree ON o.parent_id = tree.id)"
      " UPDATE organisations SET path = tree.path FROM tree"
      " WHERE tree.id = organisations.id AND organisations.path <> tree.path",
      "updating organisation paths");
}

Status append_event(pg::Connection& c, const domain::OrgEvent& e) {
  return c.run(
      "INSERT INTO organisation_events (position, kind, org_id, on_date, from_org, to_org, before_text,"
      " after_text) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM organisation_events),"
      " $1, $2, $3, $4, $5, $6, $7)",
      Params()
          .add(static_cast<std::int64_t>(e.kind))
          .add(std::int64_t{e.org.value})
          .add(e.date.iso())
          .add(id_param(e.from))
          .add(id_param(e.to))
          .add(e.before)
          .add(e.after),
      "storing organisation event");
}

// "($first, $first+1, …), (…)": placeholders for `rows` rows of `columns` values.
std::string placeholders(std::size_t rows, std::size_t columns, std::size_t first) {
  std::string out;
  for (std::size_t r = 0; r < rows; ++r) {
    out += r ? ", (" : "(";
    for (std::size_t k = 0; k < columns; ++k) {
      out += (k ? ", $" : "$") + std::to_string(first + r * columns + k);
    }
    out += ")";
  }
  return out;
}

// Replaces a member and their histories, in two statements (a save of a
// roster is one round trip per statement): the histories' old rows go and
// the member is written over (ON CONFLICT on its id: as SQLite's delete and
// insert, a number held by another member is "conflict"); then the new
// history rows, both tables in one statement.
Status save_member(pg::Connection& c, const domain::Member& m) {
  const std::int64_t id = m.id.value;
  if (Status s = c.run(
          "WITH old_orgs AS (DELETE FROM member_org_history WHERE member_id = $1),"
          " old_statuses AS (DELETE FROM member_status_history WHERE member_id = $1)"
          " INSERT INTO members (id, name, number, org_id, category, cadre, cadre_level, status, status_since,"
          " joined, regularised) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
          " ON CONFLICT (id) DO UPDATE SET name = excluded.name, number = excluded.number, org_id = excluded.org_id,"
          " category = excluded.category, cadre = excluded.cadre, cadre_level = excluded.cadre_level,"
          " status = excluded.status, status_since = excluded.status_since, joined = excluded.joined,"
          " regularised = excluded.regularised",
          Params()
              .add(id)
              .add(m.name)
              .add(m.number)
              .add(std::int64_t{m.org.value})
              .add(static_cast<std::int64_t>(m.category))
              .add(std::int64_t{m.cadre ? 1 : 0})
              .add(static_cast<std::int64_t>(m.cadre_level))
              .add(static_cast<std::int64_t>(m.status))
              .add(date_param(m.status_since))
              .add(date_param(m.joined))
              .add(date_param(m.regularised)),
          "storing member " + m.number);
      !s.ok()) {
    return s;
  }
  if (m.org_history.empty() && m.status_history.empty()) return Status::Ok();
  Params params;
  std::int64_t position = 0;
  for (const domain::OrgSpell& spell : m.org_history) {
    params.add(id).add(position++).add(std::int64_t{spell.org.value}).add(spell.from.iso()).add(date_param(spell.to));
  }
  position = 0;
  for (const domain::StatusSpell& spell : m.status_history) {
    params.add(id)
        .add(position++)
        .add(static_cast<std::int64_t>(spell.status))
        .add(spell.from.iso())
        .add(date_param(spell.to));
  }
  const std::string orgs = "INSERT INTO member_org_history (member_id, position, org_id, from_date, to_date) VALUES " +
                           placeholders(m.org_history.size(), 5, 1);
  const std::string statuses =
      "INSERT INTO member_status_history (member_id, position, status, from_date, to_date) VALUES " +
      placeholders(m.status_history.size(), 5, 1 + 5 * m.org_history.size());
  const std::string sql = m.org_history.empty()      ? statuses
                          : m.status_history.empty() ? orgs
                                                     : "WITH statuses AS (" + statuses + ") " + orgs;
  return c.run(sql, params, "storing member history");
}

// The members of `span` whose records are kept by another organisation than
// their own (as just saved): those the transfer rule moves. One indexed read
// (workflow_records_by_subject) per 500 members, instead of one per member.
Result<std::vector<domain::MemberId>> members_to_transfer(pg::Connection& c, std::span<const domain::Member> span) {
  constexpr std::size_t kChunk = 500;
  std::vector<domain::MemberId> out;
  for (std::size_t first = 0; first < span.size(); first += kChunk) {
    const std::size_t n = std::min(kChunk, span.size() - first);
    Params params;
    std::string list;
    for (std::size_t i = 0; i < n; ++i) {
      params.add(std::int64_t{span[first + i].id.value});
      list += (i ? ", $" : "$") + std::to_string(i + 1);
    }
    auto rows = c.query(
        "SELECT DISTINCT r.subject_member FROM workflow_records r JOIN members m ON m.id = r.subject_member"
        " WHERE r.subject_member IN (" +
            list + ") AND r.org_id <> m.org_id",
        params, "reading members' records");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) {
      out.push_back(domain::MemberId{static_cast<std::uint32_t>(rows->integer(r, 0))});
    }
  }
  return out;
}

}  // namespace

PgDirectoryStore::PgDirectoryStore(std::unique_ptr<pg::Connection> connection) : conn_(std::move(connection)) {}
PgDirectoryStore::~PgDirectoryStore() = default;

Result<std::unique_ptr<PgDirectoryStore>> PgDirectoryStore::open(const std::string& conninfo) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  if (Status s = pg::require_code_point_order(**c); !s.ok()) return s;
  return std::unique_ptr<PgDirectoryStore>(new PgDirectoryStore(std::move(c).value()));
}

Result<DirectorySnapshot> PgDirectoryStore::load_directory() {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  DirectorySnapshot snap;
  // One snapshot of every table (REPEATABLE READ: a save committed halfway
  // through the reads is not seen by some of them only).
  Status s = c.transaction("reading the directory", [&]() -> Status {
    if (Status r = c.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", "reading the directory");
        !r.ok()) {
      return r;
    }
    {
      auto rows =
          c.query("SELECT id, code, name, type, parent_id, active, merged_into, created FROM organisations ORDER BY id",
                  "reading organisations");
      if (!rows.ok()) return rows.status();
      snap.organisations.reserve(static_cast<std::size_t>(rows->size()));
      for (int r = 0; r < rows->size(); ++r) {
        domain::Organisation o;
        o.id = domain::OrgId{static_cast<std::uint32_t>(rows->integer(r, 0))};
        o.code = std::string(rows->text(r, 1));
        o.name = std::string(rows->text(r, 2));
        o.type = static_cast<domain::OrgType>(rows->integer(r, 3));
        o.parent = read_id<domain::OrgId>(*rows, r, 4);
        o.active = rows->integer(r, 5) != 0;
        o.merged_into = read_id<domain::OrgId>(*rows, r, 6);
        o.created = read_date(*rows, r, 7).value_or(Date{});
        snap.organisations.push_back(std::move(o));
      }
    }
    {
      auto rows =
          c.query("SELECT org_id, parent_id, from_date, to_date FROM organisation_parents ORDER BY org_id, position",
                  "reading organisation history");
      if (!rows.ok()) return rows.status();
      for (int r = 0; r < rows->size(); ++r) {
        const auto id = static_cast<std::size_t>(rows->integer(r, 0));
        if (id == 0 || id > snap.organisations.size()) {
          return Status::Error(Code::kCorrupt, "orphan organisation history");
        }
        snap.organisations[id - 1].parents.push_back(
            {read_id<domain::OrgId>(*rows, r, 1), read_date(*rows, r, 2).value_or(Date{}), read_date(*rows, r, 3)});
      }
    }
    {
      auto rows = c.query(
          "SELECT kind, org_id, on_date, from_org, to_org, before_text, after_text FROM organisation_events"
          " ORDER BY position",
          "reading organisation events");
      if (!rows.ok()) return rows.status();
      for (int r = 0; r < rows->size(); ++r) {
        domain::OrgEvent e;
        e.kind = static_cast<domain::OrgEventKind>(rows->integer(r, 0));
        e.org = domain::OrgId{static_cast<std::uint32_t>(rows->integer(r, 1))};
        e.date = read_date(*rows, r, 2).value_or(Date{});
        e.from = read_id<domain::OrgId>(*rows, r, 3);
        e.to = read_id<domain::OrgId>(*rows, r, 4);
        e.before = std::string(rows->text(r, 5));
        e.after = std::string(rows->text(r, 6));
        snap.events.push_back(std::move(e));
      }
    }
    {
      auto rows = c.query(std::string("SELECT ") + kMemberColumns + " FROM members m ORDER BY m.id", "reading members");
      if (!rows.ok()) return rows.status();
      snap.members.reserve(static_cast<std::size_t>(rows->size()));
      for (int r = 0; r < rows->size(); ++r) snap.members.push_back(read_member(*rows, r));
    }
    for (const bool org : {true, false}) {
      auto rows = c.query(org ? "SELECT member_id, org_id, from_date, to_date FROM member_org_history"
                                " ORDER BY member_id, position"
                              : "SELECT member_id, status, from_date, to_date FROM member_status_history"
                                " ORDER BY member_id, position",
                          "reading member history");
      if (!rows.ok()) return rows.status();
      for (int r = 0; r < rows->size(); ++r) {
        const auto id = static_cast<std::size_t>(rows->integer(r, 0));
        if (id == 0 || id > snap.members.size()) return Status::Error(Code::kCorrupt, "orphan member history");
        domain::Member& m = snap.members[id - 1];
        const Date from = read_date(*rows, r, 2).value_or(Date{});
        if (org) {
          m.org_history.push_back(
              {domain::OrgId{static_cast<std::uint32_t>(rows->integer(r, 1))}, from, read_date(*rows, r, 3)});
        } else {
          m.status_history.push_back(
              {static_cast<domain::MemberStatus>(rows->integer(r, 1)), from, read_date(*rows, r, 3)});
        }
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return snap;
}

Status PgDirectoryStore::save_directory(std::span<const domain::Organisation> organisations,
                                        std::span<const domain::OrgEvent> events,
                                        std::span<const domain::Member> members, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return c.transaction("saving organisations and members", [&]() -> Status {
    if (Status s = pg::lock_writes(c); !s.ok()) return s;
    for (const auto& o : organisations) {
      if (Status s = save_organisation(c, o); !s.ok()) return s;
    }
    if (!organisations.empty()) {
      if (Status s = update_paths(c); !s.ok()) return s;
      // The registers' subtree counters follow the hierarchy (an organisation moved, merged, was created).
      if (Status s = pg::recount_subtrees(c); !s.ok()) return s;
    }
    for (const auto& e : events) {
      if (Status s = append_event(c, e); !s.ok()) return s;
    }
    // A member who moved takes their records along (the transfer rule). As
    // on SQLite, after each member's save; when each member is saved once,
    // after all of them, for those found to need it (the same steps and
    // counts: a member's records concern no one else).
    std::unordered_map<std::uint32_t, domain::OrgId> org_of;
    for (const auto& m : members) org_of[m.id.value] = m.org;
    const bool once_each = org_of.size() == members.size();
    for (const auto& m : members) {
      if (Status s = save_member(c, m); !s.ok()) return s;
      if (once_each) continue;
      if (Status s = pg::transfer_records(c, m.id, m.org, audit); !s.ok()) return s;
    }
    if (once_each && !members.empty()) {
      auto moved = members_to_transfer(c, members);
      if (!moved.ok()) return moved.status();
      for (domain::MemberId id : *moved) {
        if (Status s = pg::transfer_records(c, id, org_of.at(id.value), audit); !s.ok()) return s;
      }
    }
    return pg::insert_audit(c, audit);
  });
}

Result<MemberPage> PgDirectoryStore::member_page(const MemberPageQuery& query) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  const std::size_t limit = clamp_limit(query.limit);
  auto ranges = pg::ranges_of(c, query.scope);
  if (!ranges.ok()) return ranges.status();
  std::string cursor_path;
  std::int64_t cursor_member = 0;
  if (query.after) {
    auto path = pg::org_path(c, query.after->org);
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
  // Members in path order, then by id: organisations a chunk at a time from
  // organisations_by_path, then each one's members from members_by_org after
  // the cursor's member (in the cursor's organisation) — SQLite's plan,
  // written out. One join ordered by (path, id) would have PostgreSQL join
  // every member of the range and sort them for the first 51 (a nested loop
  // is ordered by its outer side only): 76 ms a page at 20,000 members.
  constexpr std::int64_t kOrgChunk = 64;
  const std::string members_sql = std::string("SELECT ") + kMemberColumns +
                                  " FROM members m WHERE m.org_id = $1 AND m.id > $2" + filter +
                                  " ORDER BY m.id LIMIT $3";
  for (const PathRange& r : *ranges) {
    if (rows.size() > limit) break;
    if (!cursor_path.empty() && r.hi <= cursor_path) continue;
    std::string from = std::max(r.lo, cursor_path);
    bool inclusive = true;
    while (rows.size() <= limit) {
      auto orgs =
          c.query(inclusive ? "SELECT id, path FROM organisations WHERE path >= $1 AND path < $2 ORDER BY path LIMIT $3"
                            : "SELECT id, path FROM organisations WHERE path > $1 AND path < $2 ORDER BY path LIMIT $3",
                  Params().add(from).add(r.hi).add(kOrgChunk), "reading organisations");
      if (!orgs.ok()) return orgs.status();
      for (int o = 0; o < orgs->size() && rows.size() <= limit; ++o) {
        const std::string_view path = orgs->text(o, 1);
        const std::int64_t after = path == cursor_path ? cursor_member : 0;
        auto found = c.query(
            members_sql,
            Params().add(orgs->integer(o, 0)).add(after).add(static_cast<std::int64_t>(limit + 1 - rows.size())),
            "reading members");
        if (!found.ok()) return found.status();
        for (int i = 0; i < found->size(); ++i) rows.push_back(read_member(*found, i));
      }
      if (orgs->size() < kOrgChunk) break;
      from = std::string(orgs->text(orgs->size() - 1, 1));
      inclusive = false;
    }
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
    auto n = count(c, count_sql, Params().add(r.lo).add(r.hi), "counting members");
    if (!n.ok()) return n.status();
    page.total += *n;
  }
  return page;
}

Result<std::vector<OrgSummary>> PgDirectoryStore::org_summaries(const std::vector<domain::OrgId>& orgs) {
  std::lock_guard lock(mu_);
  return summaries(orgs);
}

Result<std::vector<OrgSummary>> PgDirectoryStore::summaries(const std::vector<domain::OrgId>& orgs) {
  pg::Connection& c = *conn_;
  std::vector<OrgSummary> out;
  const std::string here_sql = "SELECT count(*) FROM members WHERE org_id = $1 AND status IN " + on_roll_list();
  const std::string below_sql =
      "SELECT count(*) FROM organisations o JOIN members m ON m.org_id = o.id"
      " WHERE o.path >= $1 AND o.path < $2 AND m.status IN " +
      on_roll_list();
  for (domain::OrgId org : orgs) {
    OrgSummary s;
    s.org = org;
    auto path = pg::org_path(c, org);
    if (!path.ok()) return path.status();
    if (!*path) {
      out.push_back(s);
      continue;
    }
    const std::int64_t id = org.value;
    auto children =
        count(c, "SELECT count(*) FROM organisations WHERE parent_id = $1", Params().add(id), "counting organisations");
    if (!children.ok()) return children.status();
    s.children = *children;
    auto here = count(c, here_sql, Params().add(id), "counting members");
    if (!here.ok()) return here.status();
    s.members_here = *here;
    if (s.children == 0) {
      s.members_subtree = s.members_here;
    } else {
      const PathRange r = pg::range_of(**path, true);
      auto below = count(c, below_sql, Params().add(r.lo).add(r.hi), "counting members");
      if (!below.ok()) return below.status();
      s.members_subtree = *below;
    }
    out.push_back(s);
  }
  return out;
}

Result<OrgChildrenPage> PgDirectoryStore::org_children(std::optional<domain::OrgId> parent,
                                                       std::optional<domain::OrgId> after, std::size_t limit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  limit = clamp_limit(limit);
  OrgChildrenPage page;
  std::vector<domain::OrgId> ids;
  Params params;
  if (parent) params.add(std::int64_t{parent->value});
  params.add(std::int64_t{after ? after->value : 0}).add(static_cast<std::int64_t>(limit + 1));
  auto rows = c.query(parent ? "SELECT id FROM organisations WHERE parent_id = $1 AND id > $2 ORDER BY id LIMIT $3"
                             : "SELECT id FROM organisations WHERE parent_id IS NULL AND id > $1 ORDER BY id LIMIT $2",
                      params, "reading organisations");
  if (!rows.ok()) return rows.status();
  for (int r = 0; r < rows->size(); ++r) ids.push_back(domain::OrgId{static_cast<std::uint32_t>(rows->integer(r, 0))});
  auto total = parent ? count(c, "SELECT count(*) FROM organisations WHERE parent_id = $1",
                              Params().add(std::int64_t{parent->value}), "counting organisations")
                      : count(c, "SELECT count(*) FROM organisations WHERE parent_id IS NULL", Params(),
                              "counting organisations");
  if (!total.ok()) return total.status();
  page.total = *total;
  if (ids.size() > limit) {
    ids.resize(limit);
    page.next = ids.back();
  }
  auto counted = summaries(ids);
  if (!counted.ok()) return counted.status();
  page.children = std::move(*counted);
  return page;
}

Result<MemberSearchResult> PgDirectoryStore::search_members(const MemberSearch& search) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  const std::size_t limit = clamp_limit(search.limit);
  auto ranges = pg::ranges_of(c, search.scope);
  if (!ranges.ok()) return ranges.status();
  MemberSearchResult out;
  if (ranges->empty() || search.query.empty() || !searchable(search.query)) return out;
  // Scope as a filter on each candidate's organisation; the candidates come
  // from the number or name index: the exact number, then names that begin
  // with the query, then numbers that do.
  const std::string scope = scope_filter("o.path", ranges->size(), 3);
  const std::string limit_param = " LIMIT $" + std::to_string(3 + 2 * ranges->size());
  const std::string from =
      std::string("SELECT ") + kMemberColumns + " FROM members m JOIN organisations o ON o.id = m.org_id";
  const std::string queries[] = {
      from + " WHERE m.number = $1 AND $2 = $2" + scope + limit_param,
      from + " WHERE m.name >= $1 AND m.name < $2" + scope + " ORDER BY m.name, m.id" + limit_param,
      from + " WHERE m.number > $1 AND m.number < $2" + scope + " ORDER BY m.number" + limit_param,
  };
  Params params;
  params.add(search.query).add(prefix_end(search.query));
  add_ranges(params, *ranges);
  params.add(static_cast<std::int64_t>(limit + 1));
  std::vector<domain::Member> found;
  for (const std::string& sql : queries) {
    auto rows = c.query(sql, params, "searching members");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) {
      domain::Member m = read_member(*rows, r);
      if (std::none_of(found.begin(), found.end(), [&](const domain::Member& f) { return f.id == m.id; })) {
        found.push_back(std::move(m));
      }
    }
    if (found.size() > limit) break;
  }
  out.more = found.size() > limit;
  if (out.more) found.resize(limit);
  out.members = std::move(found);
  return out;
}

Result<OrgPage> PgDirectoryStore::org_page(const OrgPageQuery& query) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  const std::size_t limit = clamp_limit(query.limit);
  auto ranges = pg::ranges_of(c, query.scope);
  if (!ranges.ok()) return ranges.status();
  OrgPage page;
  if (ranges->empty()) return page;
  std::vector<std::pair<domain::OrgId, bool>> rows;  // with "found by code"
  auto read_ids = [&](const pg::Rows& found, bool by_code) {
    for (int r = 0; r < found.size(); ++r) {
      rows.emplace_back(domain::OrgId{static_cast<std::uint32_t>(found.integer(r, 0))}, by_code);
    }
  };
  const std::size_t n = ranges->size();
  if (query.query.empty()) {
    // The tree in path order, range by range, after the cursor's path.
    std::string cursor_path;
    if (query.after) {
      auto path = pg::org_path(c, query.after->org);
      if (!path.ok()) return path.status();
      if (!*path) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
      cursor_path = **path;
    }
    for (const PathRange& r : *ranges) {
      const std::size_t want = limit + 1 - rows.size();
      if (want == 0) break;
      if (!cursor_path.empty() && r.hi <= cursor_path) continue;
      const bool from_cursor = !cursor_path.empty() && cursor_path >= r.lo;
      auto found =
          c.query(from_cursor ? "SELECT id FROM organisations WHERE path > $1 AND path < $2 ORDER BY path LIMIT $3"
                              : "SELECT id FROM organisations WHERE path >= $1 AND path < $2 ORDER BY path LIMIT $3",
                  Params().add(from_cursor ? cursor_path : r.lo).add(r.hi).add(static_cast<std::int64_t>(want)),
                  "reading organisations");
      if (!found.ok()) return found.status();
      read_ids(*found, false);
    }
    for (const PathRange& r : *ranges) {
      auto total = count(c, "SELECT count(*) FROM organisations WHERE path >= $1 AND path < $2",
                         Params().add(r.lo).add(r.hi), "counting organisations");
      if (!total.ok()) return total.status();
      page.total += *total;
    }
  } else {
    const std::string& q = query.query;
    if (!searchable(q)) return page;
    const std::string hi = prefix_end(q);
    // Names that begin with q, by (name, id) after the cursor's; then codes
    // that begin with q on organisations whose name does not, by code.
    const std::string names = "SELECT id FROM organisations WHERE name >= $1 AND name < $2 AND (name, id) > ($3, $4)" +
                              scope_filter("path", n, 5) + " ORDER BY name, id LIMIT $" + std::to_string(5 + 2 * n);
    const std::string codes =
        "SELECT id FROM organisations WHERE code >= $1 AND code < $2 AND code > $3 AND NOT (name >= $1 AND name < $2)" +
        scope_filter("path", n, 4) + " ORDER BY code LIMIT $" + std::to_string(4 + 2 * n);
    const bool in_codes = query.after && query.after->by_code;
    if (!in_codes) {
      std::string after_name;
      std::int64_t after_id = 0;
      if (query.after) {
        auto name = org_column(c, query.after->org, "SELECT name FROM organisations WHERE id = $1");
        if (!name.ok()) return name.status();
        if (!*name) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
        after_name = **name;
        after_id = query.after->org.value;
      }
      Params params;
      params.add(q).add(hi).add(after_name).add(after_id);
      add_ranges(params, *ranges);
      params.add(static_cast<std::int64_t>(limit + 1));
      auto found = c.query(names, params, "searching organisations");
      if (!found.ok()) return found.status();
      read_ids(*found, false);
    }
    if (rows.size() <= limit) {
      std::string after_code;
      if (in_codes) {
        auto code = org_column(c, query.after->org, "SELECT code FROM organisations WHERE id = $1");
        if (!code.ok()) return code.status();
        if (!*code) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
        after_code = **code;
      }
      Params params;
      params.add(q).add(hi).add(after_code);
      add_ranges(params, *ranges);
      params.add(static_cast<std::int64_t>(limit + 1 - rows.size()));
      auto found = c.query(codes, params, "searching organisations");
      if (!found.ok()) return found.status();
      read_ids(*found, true);
    }
    const std::string count_names =
        "SELECT count(*) FROM organisations WHERE name >= $1 AND name < $2" + scope_filter("path", n, 3);
    const std::string count_codes =
        "SELECT count(*) FROM organisations WHERE code >= $1 AND code < $2 AND NOT (name >= $1 AND name < $2)" +
        scope_filter("path", n, 3);
    for (const std::string* sql : {&count_names, &count_codes}) {
      Params params;
      params.add(q).add(hi);
      add_ranges(params, *ranges);
      auto total = count(c, *sql, params, "counting organisations");
      if (!total.ok()) return total.status();
      page.total += *total;
    }
  }
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = OrgCursor{rows.back().second, rows.back().first};
  }
  for (const auto& [id, by_code] : rows) page.orgs.push_back(id);
  return page;
}

}  // namespace nc::store
