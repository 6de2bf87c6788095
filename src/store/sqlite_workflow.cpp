// SqliteStore: the registers' workflow core (issue 10, store/
// workflow_records.h). Plans (tests/store/sqlite_workflow_test.cpp):
//
//   a register page, after (path P, record R):
//     SEARCH o USING COVERING INDEX organisations_by_path (path>? AND path<?)
//     SEARCH r USING INDEX workflow_records_by_org (org_id=? AND kind=? AND id<?)
//       (with a state: workflow_records_by_state (org_id=? AND kind=? AND state=? AND id<?))
//   counts by kind and state below P:
//     SEARCH o USING COVERING INDEX organisations_by_path,
//     SEARCH r USING COVERING INDEX workflow_records_by_state (org_id=?)
//   one member's records: SEARCH r USING INDEX workflow_records_by_subject
#include <algorithm>
#include <map>

#include "store/sqlite_internal.h"

namespace nc::store {
namespace {

constexpr std::size_t kMaxLimit = 1000;
constexpr std::size_t kMaxSteps = 1000;

constexpr const char* kRecordColumns =
    "r.id, r.kind, r.subject_member, r.org_id, r.state, r.fields, r.record_date, r.due_date, r.created_us,"
    " r.updated_us, r.version";

WorkflowRecord read_record(const Statement& st) {
  WorkflowRecord r;
  r.id = static_cast<std::uint64_t>(st.integer(0));
  r.kind = st.text(1);
  r.subject = domain::MemberId{static_cast<std::uint32_t>(st.integer(2))};
  r.org = domain::OrgId{static_cast<std::uint32_t>(st.integer(3))};
  r.state = st.text(4);
  r.fields = st.text(5);
  r.date = read_date(st, 6).value_or(domain::Date{});
  r.due = read_date(st, 7);
  r.created_us = st.integer(8);
  r.updated_us = st.integer(9);
  r.version = static_cast<std::uint32_t>(st.integer(10));
  return r;
}

Result<std::optional<WorkflowRecord>> find(sqlite3* db, std::uint64_t id) {
  Statement st(db, (std::string("SELECT ") + kRecordColumns + " FROM workflow_records r WHERE r.id = $1").c_str());
  if (!st.prepared()) return db_error(db, "reading a record");
  st.bind(1, static_cast<long long>(id));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<WorkflowRecord>();
  if (rc != SQLITE_ROW) return db_error(db, "reading a record");
  return std::optional<WorkflowRecord>(read_record(st));
}

Status insert_step(sqlite3* db, const WorkflowStep& step, std::uint64_t record_id) {
  Statement next(db, "SELECT COALESCE(MAX(position), 0) + 1 FROM workflow_steps WHERE record_id = $1");
  if (!next.prepared()) return db_error(db, "numbering a record's steps");
  next.bind(1, static_cast<long long>(record_id));
  if (next.step() != SQLITE_ROW) return db_error(db, "numbering a record's steps");
  const long long position = next.integer(0);
  Statement ins(db,
                "INSERT INTO workflow_steps (record_id, position, verb, from_state, to_state, actor_user, actor_role,"
                " reason, fields, time_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)");
  ins.bind(1, static_cast<long long>(record_id));
  ins.bind(2, position);
  ins.bind(3, step.verb);
  ins.bind(4, step.from_state);
  ins.bind(5, step.to_state);
  ins.bind(6, static_cast<long long>(step.actor.value));
  ins.bind(7, step.actor_role);
  ins.bind(8, step.reason);
  ins.bind(9, step.fields);
  ins.bind(10, static_cast<long long>(step.time_us));
  if (Status st = step_done(db, ins, "storing a record's step"); !st.ok()) return st;
  if (step.check_report.empty()) return Status::Ok();
  Statement chk(db, "INSERT INTO workflow_checks (record_id, step, report, time_us) VALUES ($1, $2, $3, $4)");
  chk.bind(1, static_cast<long long>(record_id));
  chk.bind(2, position);
  chk.bind(3, step.check_report);
  chk.bind(4, static_cast<long long>(step.time_us));
  return step_done(db, chk, "storing a record's check");
}

// The filters after the path range and kind, numbered from `first`.
struct Filters {
  std::string sql;
  int next = 0;
};
Filters filters(const RecordPageQuery& q, int first) {
  Filters f{"", first};
  if (q.state) f.sql += " AND r.state = $" + std::to_string(f.next++);
  if (q.from) f.sql += " AND r.record_date >= $" + std::to_string(f.next++);
  if (q.to) f.sql += " AND r.record_date <= $" + std::to_string(f.next++);
  return f;
}
void bind_filters(Statement& st, const RecordPageQuery& q, int first) {
  int i = first;
  if (q.state) st.bind(i++, *q.state);
  if (q.from) st.bind(i++, q.from->iso());
  if (q.to) st.bind(i++, q.to->iso());
}

}  // namespace

Result<WorkflowRecord> SqliteStore::create_record(const WorkflowRecord& record, const WorkflowStep& step,
                                                  const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  WorkflowRecord out = record;
  out.version = 1;
  Status s = impl_->write("storing a record", [&]() -> Status {
    {
      Statement next(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM workflow_records");
      if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering records");
      out.id = static_cast<std::uint64_t>(next.integer(0));
    }
    Statement ins(db,
                  "INSERT INTO workflow_records (id, kind, subject_member, org_id, state, fields, record_date, due_date,"
                  " created_us, updated_us, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)");
    ins.bind(1, static_cast<long long>(out.id));
    ins.bind(2, out.kind);
    ins.bind(3, static_cast<long long>(out.subject.value));
    ins.bind(4, static_cast<long long>(out.org.value));
    ins.bind(5, out.state);
    ins.bind(6, out.fields);
    ins.bind(7, out.date.iso());
    if (out.due) {
      ins.bind(8, out.due->iso());
    } else {
      ins.bind_null(8);
    }
    ins.bind(9, static_cast<long long>(out.created_us));
    ins.bind(10, static_cast<long long>(out.updated_us));
    if (Status st = step_done(db, ins, "storing a record"); !st.ok()) return st;
    if (Status st = insert_step(db, step, out.id); !st.ok()) return st;
    AuditRecord note = audit;
    note.entry.target += std::to_string(out.id);
    return insert_audit(db, note);
  });
  if (!s.ok()) return s;
  return out;
}

namespace {

// One transition inside a write: the record at its expected version moves on.
Result<WorkflowRecord> apply_change(sqlite3* db, const WorkflowChange& change, const WorkflowStep& step) {
  auto found = find(db, change.record_id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("记录不存在");
  if ((*found)->version != change.expected_version || (*found)->state != step.from_state) {
    return Status::Error(Code::kConflict, "这条记录刚被他人办理过，请刷新后再试");
  }
  WorkflowRecord out = **found;
  out.state = change.state;
  if (change.fields) out.fields = *change.fields;
  if (change.date) out.date = *change.date;
  out.due = change.due;
  out.updated_us = change.time_us;
  out.version += 1;
  Statement upd(db,
                "UPDATE workflow_records SET state = $1, fields = $2, record_date = $3, due_date = $4,"
                " updated_us = $5, version = $6 WHERE id = $7");
  upd.bind(1, out.state);
  upd.bind(2, out.fields);
  upd.bind(3, out.date.iso());
  if (out.due) {
    upd.bind(4, out.due->iso());
  } else {
    upd.bind_null(4);
  }
  upd.bind(5, static_cast<long long>(out.updated_us));
  upd.bind(6, static_cast<long long>(out.version));
  upd.bind(7, static_cast<long long>(out.id));
  if (Status st = step_done(db, upd, "changing a record"); !st.ok()) return st;
  if (Status st = insert_step(db, step, out.id); !st.ok()) return st;
  return out;
}

}  // namespace

Result<WorkflowRecord> SqliteStore::change_record(const WorkflowChange& change, const WorkflowStep& step,
                                                  const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  WorkflowRecord out;
  Status s = impl_->write("changing a record", [&]() -> Status {
    auto changed = apply_change(db, change, step);
    if (!changed.ok()) return changed.status();
    out = std::move(*changed);
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<WorkflowRecord>> SqliteStore::change_records(
    const std::vector<std::pair<WorkflowChange, WorkflowStep>>& changes, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  std::vector<WorkflowRecord> out;
  Status s = impl_->write("changing records", [&]() -> Status {
    out.clear();
    for (const auto& [change, step] : changes) {
      auto changed = apply_change(db, change, step);
      if (!changed.ok()) return changed.status();
      out.push_back(std::move(*changed));
    }
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::optional<WorkflowRecord>> SqliteStore::find_record(std::uint64_t id) {
  std::lock_guard lock(impl_->mu);
  return find(impl_->db, id);
}

Result<std::vector<WorkflowStep>> SqliteStore::record_steps(std::uint64_t id) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement st(db,
               "SELECT record_id, position, verb, from_state, to_state, actor_user, actor_role, reason, fields, time_us"
               " FROM workflow_steps WHERE record_id = $1 ORDER BY position LIMIT $2");
  if (!st.prepared()) return db_error(db, "reading a record's history");
  st.bind(1, static_cast<long long>(id));
  st.bind(2, static_cast<long long>(kMaxSteps));
  std::vector<WorkflowStep> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    WorkflowStep w;
    w.record_id = static_cast<std::uint64_t>(st.integer(0));
    w.position = static_cast<std::uint32_t>(st.integer(1));
    w.verb = st.text(2);
    w.from_state = st.text(3);
    w.to_state = st.text(4);
    w.actor = domain::UserId{static_cast<std::uint32_t>(st.integer(5))};
    w.actor_role = st.text(6);
    w.reason = st.text(7);
    w.fields = st.text(8);
    w.time_us = st.integer(9);
    out.push_back(std::move(w));
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading a record's history");
  return out;
}

Result<std::vector<WorkflowAttachment>> SqliteStore::add_attachments(std::uint64_t record_id,
                                                                     const std::vector<WorkflowAttachment>& files,
                                                                     std::size_t max_per_record,
                                                                     const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  std::vector<WorkflowAttachment> out;
  Status s = impl_->write("storing a record's files", [&]() -> Status {
    out.clear();
    auto found = find(db, record_id);
    if (!found.ok()) return found.status();
    if (!*found) return Status::NotFound("记录不存在");
    Statement have(db, "SELECT count(*), COALESCE(MAX(position), 0) FROM workflow_attachments WHERE record_id = $1");
    if (!have.prepared()) return db_error(db, "counting a record's files");
    have.bind(1, static_cast<long long>(record_id));
    if (have.step() != SQLITE_ROW) return db_error(db, "counting a record's files");
    const auto count = static_cast<std::size_t>(have.integer(0));
    long long position = have.integer(1);
    if (count + files.size() > max_per_record) {
      return Status::Error(Code::kLimitExceeded, "每条记录最多 " + std::to_string(max_per_record) + " 个附件（已有 " +
                                                     std::to_string(count) + " 个），请删减后再上传");
    }
    Statement ins(db,
                  "INSERT INTO workflow_attachments (record_id, position, name, content_type, size, removed,"
                  " uploaded_by, uploaded_role, time_us, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)");
    for (const WorkflowAttachment& f : files) {
      WorkflowAttachment a = f;
      a.record_id = record_id;
      a.position = static_cast<std::uint32_t>(++position);
      a.size = f.bytes.size();
      ins.bind(1, static_cast<long long>(record_id));
      ins.bind(2, static_cast<long long>(a.position));
      ins.bind(3, a.name);
      ins.bind(4, a.content_type);
      ins.bind(5, static_cast<long long>(a.size));
      ins.bind(6, a.removed);
      ins.bind(7, static_cast<long long>(a.uploaded_by.value));
      ins.bind(8, a.uploaded_role);
      ins.bind(9, static_cast<long long>(a.time_us));
      ins.bind_blob(10, f.bytes);
      if (Status st = step_done(db, ins, "storing a record's file"); !st.ok()) return st;
      a.bytes.clear();
      out.push_back(std::move(a));
    }
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

namespace {
constexpr const char* kAttachmentColumns =
    "record_id, position, name, content_type, size, removed, uploaded_by, uploaded_role, time_us";
WorkflowAttachment read_attachment(const Statement& st) {
  WorkflowAttachment a;
  a.record_id = static_cast<std::uint64_t>(st.integer(0));
  a.position = static_cast<std::uint32_t>(st.integer(1));
  a.name = st.text(2);
  a.content_type = st.text(3);
  a.size = static_cast<std::uint64_t>(st.integer(4));
  a.removed = st.text(5);
  a.uploaded_by = domain::UserId{static_cast<std::uint32_t>(st.integer(6))};
  a.uploaded_role = st.text(7);
  a.time_us = st.integer(8);
  return a;
}
}  // namespace

Result<std::vector<WorkflowCheck>> SqliteStore::record_checks(std::uint64_t record_id) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement st(db, "SELECT step, report, time_us FROM workflow_checks WHERE record_id = $1 ORDER BY step LIMIT $2");
  if (!st.prepared()) return db_error(db, "reading a record's checks");
  st.bind(1, static_cast<long long>(record_id));
  st.bind(2, static_cast<long long>(kMaxSteps));
  std::vector<WorkflowCheck> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    out.push_back({static_cast<std::uint32_t>(st.integer(0)), st.text(1), st.integer(2)});
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading a record's checks");
  return out;
}

Result<std::vector<WorkflowAttachment>> SqliteStore::record_attachments(std::uint64_t record_id) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement st(db, (std::string("SELECT ") + kAttachmentColumns +
                    " FROM workflow_attachments WHERE record_id = $1 ORDER BY position LIMIT 100")
                       .c_str());
  if (!st.prepared()) return db_error(db, "reading a record's files");
  st.bind(1, static_cast<long long>(record_id));
  std::vector<WorkflowAttachment> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_attachment(st));
  if (rc != SQLITE_DONE) return db_error(db, "reading a record's files");
  return out;
}

Result<std::optional<WorkflowAttachment>> SqliteStore::find_attachment(std::uint64_t record_id,
                                                                       std::uint32_t position) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement st(db, (std::string("SELECT ") + kAttachmentColumns +
                    ", bytes FROM workflow_attachments WHERE record_id = $1 AND position = $2")
                       .c_str());
  if (!st.prepared()) return db_error(db, "reading a record's file");
  st.bind(1, static_cast<long long>(record_id));
  st.bind(2, static_cast<long long>(position));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<WorkflowAttachment>();
  if (rc != SQLITE_ROW) return db_error(db, "reading a record's file");
  WorkflowAttachment a = read_attachment(st);
  a.bytes = st.blob(9);
  return std::optional<WorkflowAttachment>(std::move(a));
}

Result<RecordPage> SqliteStore::record_page(const RecordPageQuery& query) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  const std::size_t limit = std::clamp<std::size_t>(query.limit, 1, kMaxLimit);
  auto ranges = ranges_of(db, query.scope);
  if (!ranges.ok()) return ranges.status();
  std::string cursor_path;
  long long cursor_record = 0;
  if (query.after) {
    auto path = org_path(db, query.after->org);
    if (!path.ok()) return path.status();
    if (!*path) return Status::Error(Code::kInvalidInput, "after: unknown organisation");
    cursor_path = **path;
    cursor_record = static_cast<long long>(query.after->record);
  }
  RecordPage page;
  // Organisations in path order; each one's records newest first, the
  // cursor's organisation only below the cursor's record (an index bound).
  const Filters f = filters(query, 6);
  const std::string sql = std::string("SELECT ") + kRecordColumns +
                          " FROM organisations o JOIN workflow_records r ON r.org_id = o.id"
                          " WHERE o.path >= $1 AND o.path < $2 AND r.kind = $3"
                          " AND r.id < (CASE WHEN o.path = $4 THEN $5 ELSE 9223372036854775807 END)" +
                          f.sql + " ORDER BY o.path, r.id DESC LIMIT $" + std::to_string(f.next);
  std::vector<WorkflowRecord> rows;
  for (const PathRange& r : *ranges) {
    const std::uint64_t want = limit + 1 - rows.size();
    if (want == 0) break;
    if (!cursor_path.empty() && r.hi <= cursor_path) continue;
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "reading records");
    st.bind(1, std::max(r.lo, cursor_path));
    st.bind(2, r.hi);
    st.bind(3, query.kind);
    st.bind(4, cursor_path);
    st.bind(5, cursor_record ? cursor_record : static_cast<long long>(9223372036854775807LL));
    bind_filters(st, query, 6);
    st.bind(f.next, static_cast<long long>(want));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) rows.push_back(read_record(st));
    if (rc != SQLITE_DONE) return db_error(db, "reading records");
  }
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = RecordCursor{rows.back().org, rows.back().id};
  }
  page.records = std::move(rows);
  if (!query.with_total) return page;
  const Filters cf = filters(query, 4);
  const std::string count_sql =
      "SELECT count(*) FROM organisations o JOIN workflow_records r ON r.org_id = o.id"
      " WHERE o.path >= $1 AND o.path < $2 AND r.kind = $3" +
      cf.sql;
  for (const PathRange& r : *ranges) {
    Statement st(db, count_sql.c_str());
    if (!st.prepared()) return db_error(db, "counting records");
    st.bind(1, r.lo);
    st.bind(2, r.hi);
    st.bind(3, query.kind);
    bind_filters(st, query, 4);
    if (st.step() != SQLITE_ROW) return db_error(db, "counting records");
    page.total += static_cast<std::uint64_t>(st.integer(0));
  }
  return page;
}

Result<std::vector<WorkflowRecord>> SqliteStore::subject_records(domain::MemberId subject, const std::string& kind,
                                                                 std::uint64_t before, std::size_t limit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  limit = std::clamp<std::size_t>(limit, 1, kMaxLimit);
  const std::string sql = std::string("SELECT ") + kRecordColumns + " FROM workflow_records r WHERE r.subject_member = $1" +
                          (kind.empty() ? " AND r.id < $2 ORDER BY r.id DESC LIMIT $3"
                                        : " AND r.kind = $2 AND r.id < $3 ORDER BY r.id DESC LIMIT $4");
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading a member's records");
  int i = 1;
  st.bind(i++, static_cast<long long>(subject.value));
  if (!kind.empty()) st.bind(i++, kind);
  st.bind(i++, before ? static_cast<long long>(before) : static_cast<long long>(9223372036854775807LL));
  st.bind(i, static_cast<long long>(limit));
  std::vector<WorkflowRecord> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_record(st));
  if (rc != SQLITE_DONE) return db_error(db, "reading a member's records");
  return out;
}

Result<std::vector<RecordCount>> SqliteStore::record_counts(const std::vector<OrgScope>& scope,
                                                            const std::string& kind,
                                                            std::optional<domain::Date> overdue_before) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  auto ranges = ranges_of(db, scope);
  if (!ranges.ok()) return ranges.status();
  const std::string sql = std::string(
                              "SELECT r.kind, r.state, count(*),"
                              " sum(CASE WHEN r.due_date IS NOT NULL AND r.due_date < $1 THEN 1 ELSE 0 END)"
                              " FROM organisations o"
                              " JOIN workflow_records r ON r.org_id = o.id WHERE o.path >= $2 AND o.path < $3") +
                          (kind.empty() ? "" : " AND r.kind = $4") + " GROUP BY r.kind, r.state";
  // ISO days compare as text; nothing asked: no day is before "".
  const std::string before_day = overdue_before ? overdue_before->iso() : std::string();
  std::map<std::pair<std::string, std::string>, std::pair<std::uint64_t, std::uint64_t>> counts;
  for (const PathRange& r : *ranges) {
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "counting records");
    // SQLite numbers $N in the order they appear: $1 first.
    st.bind(1, before_day);
    st.bind(2, r.lo);
    st.bind(3, r.hi);
    if (!kind.empty()) st.bind(4, kind);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      auto& c = counts[{st.text(0), st.text(1)}];
      c.first += static_cast<std::uint64_t>(st.integer(2));
      c.second += static_cast<std::uint64_t>(st.integer(3));
    }
    if (rc != SQLITE_DONE) return db_error(db, "counting records");
  }
  std::vector<RecordCount> out;
  for (const auto& [key, n] : counts) out.push_back({key.first, key.second, n.first, n.second});
  return out;
}

}  // namespace nc::store
