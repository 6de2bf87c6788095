// PgStatementStore: the statements of SqliteStore (sqlite_accounts.cpp) and
// its 待回复 page (sqlite_pages.cpp) on PostgreSQL, statement for statement.
// Where they differ: the 待回复 page reads its window, the scope's paths and
// the page in one REPEATABLE READ snapshot (SQLite reads them one after the
// other); and where SQLite's CROSS JOIN keeps the statements first (a
// window of them in id order, then each one's member and organisation by
// primary key), PostgreSQL's planner would reorder the joins and, estimating
// a scope's members as few, read the whole members table into a hash: a
// LATERAL subquery that cannot be flattened (OFFSET 0) keeps the lookups
// per statement. Both queries order by (handled_us, reply_to, id), which is
// id order (the first two are NULL in every row they return) and, unlike
// "ORDER BY id", the order of statements_open as PostgreSQL sees it (it
// infers no order from IS NULL), so the window is a range of that index
// (the plans are checked in tests/store/pg_audit_areas_test.cpp).
#include "store/pg/pg_statement_store.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "store/pg/audit_append.h"
#include "store/pg/reads.h"

namespace nc::store {
namespace {

using pg::Params;

constexpr std::size_t kMaxLimit = 1000;

constexpr const char* kStatementColumns =
    "SELECT id, kind, record_id, subject_member, author_user, text, time_us, reply_to, handled_us, handled_by"
    " FROM record_statements";

// A record_statements row read from column c on, in kStatementColumns' order.
RecordStatement read_statement(const pg::Rows& rows, int r, int c = 0) {
  RecordStatement s;
  s.id = static_cast<std::uint64_t>(rows.integer(r, c + 0));
  s.kind = std::string(rows.text(r, c + 1));
  s.record_id = static_cast<std::uint64_t>(rows.integer(r, c + 2));
  s.subject = domain::MemberId{static_cast<std::uint32_t>(rows.integer(r, c + 3))};
  s.author = domain::UserId{static_cast<std::uint32_t>(rows.integer(r, c + 4))};
  s.text = std::string(rows.text(r, c + 5));
  s.time_us = rows.integer(r, c + 6);
  if (!rows.is_null(r, c + 7)) s.reply_to = static_cast<std::uint64_t>(rows.integer(r, c + 7));
  if (!rows.is_null(r, c + 8)) s.handled_us = rows.integer(r, c + 8);
  if (!rows.is_null(r, c + 9)) s.handled_by = domain::UserId{static_cast<std::uint32_t>(rows.integer(r, c + 9))};
  return s;
}

Result<std::vector<RecordStatement>> read_statements(Result<pg::Rows> rows) {
  if (!rows.ok()) return rows.status();
  std::vector<RecordStatement> out;
  out.reserve(static_cast<std::size_t>(rows->size()));
  for (int r = 0; r < rows->size(); ++r) out.push_back(read_statement(*rows, r));
  return out;
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

}  // namespace

PgStatementStore::PgStatementStore(std::unique_ptr<pg::Connection> connection) : conn_(std::move(connection)) {}
PgStatementStore::~PgStatementStore() = default;

Result<std::unique_ptr<PgStatementStore>> PgStatementStore::open(const std::string& conninfo) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  return std::unique_ptr<PgStatementStore>(new PgStatementStore(std::move(c).value()));
}

Status PgStatementStore::write(const std::string& what, const std::function<Status()>& body) {
  return conn_->transaction(what, [&]() -> Status {
    if (Status s = pg::lock_writes(*conn_); !s.ok()) return s;
    return body();
  });
}

Result<RecordStatement> PgStatementStore::add_statement(const RecordStatement& statement, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  RecordStatement out = statement;
  out.handled_us.reset();
  out.handled_by.reset();
  Status s = write("appending statement", [&]() -> Status {
    if (out.reply_to) {
      // A reply answers an original on the same record, never another reply.
      auto orig = c.query(
          "SELECT 1 FROM record_statements WHERE id = $1 AND reply_to IS NULL AND kind = $2"
          " AND record_id = $3 AND subject_member = $4",
          Params()
              .add(static_cast<std::int64_t>(*out.reply_to))
              .add(out.kind)
              .add(static_cast<std::int64_t>(out.record_id))
              .add(std::int64_t{out.subject.value}),
          "finding the statement replied to");
      if (!orig.ok()) return orig.status();
      if (orig->empty()) return Status::NotFound("要回复的说明不存在");
    }
    auto next = c.query("SELECT COALESCE(MAX(id), 0) + 1 FROM record_statements", "numbering statements");
    if (!next.ok()) return next.status();
    out.id = static_cast<std::uint64_t>(next->integer(0, 0));
    Params row;
    row.add(static_cast<std::int64_t>(out.id))
        .add(out.kind)
        .add(static_cast<std::int64_t>(out.record_id))
        .add(std::int64_t{out.subject.value})
        .add(std::int64_t{out.author.value})
        .add(out.text)
        .add(static_cast<std::int64_t>(out.time_us))
        .add(out.reply_to ? std::optional<std::int64_t>(static_cast<std::int64_t>(*out.reply_to)) : std::nullopt);
    if (Status st = c.run("INSERT INTO record_statements (id, kind, record_id, subject_member, author_user, text,"
                          " time_us, reply_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                          row, "appending statement");
        !st.ok()) {
      return st;
    }
    AuditRecord a = audit;
    a.entry.detail = "statement:" + std::to_string(out.id) +
                     (out.reply_to ? " reply_to:" + std::to_string(*out.reply_to) : std::string());
    return pg::insert_audit(c, a);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<RecordStatement>> PgStatementStore::list_statements(domain::MemberId subject) {
  std::lock_guard lock(mu_);
  return read_statements(conn_->query(std::string(kStatementColumns) + " WHERE subject_member = $1 ORDER BY id",
                                      Params().add(std::int64_t{subject.value}), "reading statements"));
}

Result<std::vector<RecordStatement>> PgStatementStore::list_statements(std::span<const domain::MemberId> subjects) {
  if (subjects.size() > 500) return Status::Invalid("too many subjects in one statements query");
  if (subjects.empty()) return std::vector<RecordStatement>{};
  std::string sql = std::string(kStatementColumns) + " WHERE subject_member IN (";
  Params params;
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    sql += (i ? ", $" : "$") + std::to_string(i + 1);
    params.add(std::int64_t{subjects[i].value});
  }
  sql += ") ORDER BY id";
  std::lock_guard lock(mu_);
  return read_statements(conn_->query(sql, params, "reading statements"));
}

Result<std::optional<RecordStatement>> PgStatementStore::find_statement(std::uint64_t id) {
  std::lock_guard lock(mu_);
  auto found = read_statements(conn_->query(std::string(kStatementColumns) + " WHERE id = $1",
                                            Params().add(static_cast<std::int64_t>(id)), "reading a statement"));
  if (!found.ok()) return found.status();
  if (found->empty()) return std::optional<RecordStatement>();
  return std::optional<RecordStatement>(std::move(found->front()));
}

Status PgStatementStore::mark_statement_handled(std::uint64_t id, domain::UserId by, std::int64_t time_us,
                                                const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("marking a statement handled", [&]() -> Status {
    auto find = c.query("SELECT handled_us FROM record_statements WHERE id = $1 AND reply_to IS NULL",
                        Params().add(static_cast<std::int64_t>(id)), "marking a statement handled");
    if (!find.ok()) return find.status();
    if (find->empty()) return Status::NotFound("说明不存在");
    if (!find->is_null(0, 0)) return Status::Error(Code::kConflict, "这条说明已标记为已处理");
    if (Status st = c.run("UPDATE record_statements SET handled_us = $1, handled_by = $2 WHERE id = $3",
                          Params()
                              .add(static_cast<std::int64_t>(time_us))
                              .add(std::int64_t{by.value})
                              .add(static_cast<std::int64_t>(id)),
                          "marking a statement handled");
        !st.ok()) {
      return st;
    }
    AuditRecord a = audit;
    a.entry.detail = "statement:" + std::to_string(id);
    return pg::insert_audit(c, a);
  });
}

Result<PendingPage> PgStatementStore::pending_statements(const PendingQuery& query) {
  const std::size_t limit = std::clamp<std::size_t>(query.limit, 1, kMaxLimit);
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  PendingPage page;
  std::optional<std::int64_t> upto;
  Status s = pg::read_snapshot(c, "reading open statements", [&]() -> Status {
    // The window this request examines: the next `examine` originals not
    // marked handled (statements_open), or all that remain.
    auto window = c.query(
        "SELECT id FROM record_statements WHERE reply_to IS NULL AND handled_us IS NULL AND id > $1"
        " ORDER BY handled_us, reply_to, id LIMIT 1 OFFSET $2",
        Params()
            .add(static_cast<std::int64_t>(query.after))
            .add(static_cast<std::int64_t>(std::max<std::size_t>(query.examine, 1) - 1)),
        "reading open statements");
    if (!window.ok()) return window.status();
    if (!window->empty()) upto = window->integer(0, 0);
    auto ranges = pg::ranges_of(c, query.scope);
    if (!ranges.ok()) return ranges.status();
    if (ranges->empty()) return Status::Ok();
    const std::string sql =
        "SELECT s.id, s.kind, s.record_id, s.subject_member, s.author_user, s.text, s.time_us, s.reply_to,"
        " s.handled_us, s.handled_by, COALESCE(v.last_id, 0), mo.name, mo.org_id"
        " FROM record_statements s"
        " CROSS JOIN LATERAL (SELECT m.name, m.org_id, o.path FROM members m JOIN organisations o ON o.id = m.org_id"
        " WHERE m.id = s.subject_member OFFSET 0) mo"
        " LEFT JOIN statements_seen v ON v.user_id = $1 AND v.subject_member = s.subject_member"
        " WHERE s.reply_to IS NULL AND s.handled_us IS NULL AND s.id > $2 AND s.id <= $3 AND s.subject_member <> $4"
        " AND NOT EXISTS (SELECT 1 FROM record_statements r WHERE r.reply_to = s.id)" +
        scope_filter("mo.path", ranges->size(), 5) + " ORDER BY s.handled_us, s.reply_to, s.id LIMIT $" +
        std::to_string(5 + 2 * ranges->size());
    Params params;
    params.add(std::int64_t{query.reader.value})
        .add(static_cast<std::int64_t>(query.after))
        .add(upto.value_or(std::numeric_limits<std::int64_t>::max()))
        .add(std::int64_t{query.self ? query.self->value : 0});
    for (const pg::PathRange& r : *ranges) params.add(r.lo).add(r.hi);
    params.add(static_cast<std::int64_t>(limit + 1));
    auto rows = c.query(sql, params, "reading open statements");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) {
      PendingStatement p;
      p.statement = read_statement(*rows, r);
      p.seen_by_reader = static_cast<std::uint64_t>(rows->integer(r, 10));
      p.subject_name = std::string(rows->text(r, 11));
      p.subject_org = domain::OrgId{static_cast<std::uint32_t>(rows->integer(r, 12))};
      page.statements.push_back(std::move(p));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (page.statements.size() > limit) {
    page.statements.resize(limit);
    page.next = page.statements.back().statement.id;
  } else if (upto) {
    page.next = static_cast<std::uint64_t>(*upto);  // the window ended before the open statements did
  }
  return page;
}

Result<std::uint64_t> PgStatementStore::statements_seen(domain::UserId reader, domain::MemberId subject) {
  std::lock_guard lock(mu_);
  auto rows = conn_->query("SELECT last_id FROM statements_seen WHERE user_id = $1 AND subject_member = $2",
                           Params().add(std::int64_t{reader.value}).add(std::int64_t{subject.value}),
                           "reading seen statements");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::uint64_t{0};
  return static_cast<std::uint64_t>(rows->integer(0, 0));
}

Status PgStatementStore::mark_statements_seen(domain::UserId reader, domain::MemberId subject, std::uint64_t last_id) {
  std::lock_guard lock(mu_);
  return write("recording seen statements", [&]() -> Status {
    return conn_->run(
        "INSERT INTO statements_seen (user_id, subject_member, last_id) VALUES ($1, $2, $3)"
        " ON CONFLICT (user_id, subject_member) DO UPDATE SET last_id = excluded.last_id"
        " WHERE statements_seen.last_id < excluded.last_id",
        Params()
            .add(std::int64_t{reader.value})
            .add(std::int64_t{subject.value})
            .add(static_cast<std::int64_t>(last_id)),
        "recording seen statements");
  });
}

}  // namespace nc::store
