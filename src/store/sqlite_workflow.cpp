// SqliteStore: the registers' workflow core (issue 10, store/
// workflow_records.h). Plans (tests/store/sqlite_workflow_test.cpp):
//
//   a register page, after (path P, record R):
//     SEARCH o USING COVERING INDEX organisations_by_path (path>? AND path<?)
//     SEARCH r USING INDEX workflow_records_by_org (org_id=? AND kind=? AND id<?)
//       (with a state: workflow_records_by_state (org_id=? AND kind=? AND state=? AND id<?))
//   counts by kind and state below P (migration 14, counters kept with every write):
//     SEARCH workflow_subtree_counts USING PRIMARY KEY (org_id=? AND kind=?)
//   one member's records: SEARCH r USING INDEX workflow_records_by_subject
//   one member's counts: COVERING INDEX workflow_records_waiting_subject (subject_member=? AND kind=?)
//   待办, a member's queue: workflow_records_waiting_subject (subject_member=? AND kind=? AND state=? AND
//     due_date>?), in due order; a role's: per organisation workflow_records_waiting_org, merged
#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>

#include "domain/workflow.h"
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

// The counters of (org, kind, state) moved by `delta`, in the caller's
// transaction: the organisation's own, and its subtree's on it and on every
// organisation above it (the ids of its path); by the month of the record's
// date too (migration 15: the overview's charts read them); and for a record
// with a due date, the subtrees' counts by due date (migration 17: overdue
// counts read them), a row dropped once it counts nothing. `families` says
// which of the three to move: a change of due date alone moves only the due
// counts, of month alone only the month counts.
enum CountFamilies : unsigned { kByState = 1, kByMonth = 2, kByDue = 4, kAllCounts = 7 };

Status bump(sqlite3* db, domain::OrgId org, const std::string& kind, const std::string& state, const std::string& month,
            const std::optional<std::string>& due, long long delta, unsigned families = kAllCounts) {
  if (families & kByState) {
    Statement st(db,
                 "INSERT INTO workflow_counts (org_id, kind, state, n) VALUES ($1, $2, $3, $4)"
                 " ON CONFLICT (org_id, kind, state) DO UPDATE SET n = n + excluded.n");
    st.bind(1, static_cast<long long>(org.value));
    st.bind(2, kind);
    st.bind(3, state);
    st.bind(4, delta);
    if (Status s = step_done(db, st, "counting records"); !s.ok()) return s;
  }
  auto path = org_path(db, org);
  if (!path.ok()) return path.status();
  std::vector<long long> above;
  if (*path) {
    long long id = 0;
    for (char c : **path) {
      if (c == '/') {
        above.push_back(id);
        id = 0;
      } else if (c >= '0' && c <= '9') {
        id = id * 10 + (c - '0');
      }
    }
  }
  if (above.empty()) above.push_back(static_cast<long long>(org.value));  // no path yet: itself
  if (families & kByState) {
    Statement sub(db,
                  "INSERT INTO workflow_subtree_counts (org_id, kind, state, n) VALUES ($1, $2, $3, $4)"
                  " ON CONFLICT (org_id, kind, state) DO UPDATE SET n = n + excluded.n");
    for (long long id : above) {
      sub.reset();
      sub.bind(1, id);
      sub.bind(2, kind);
      sub.bind(3, state);
      sub.bind(4, delta);
      if (sub.step() != SQLITE_DONE) return db_error(db, "counting records");
    }
  }
  // The same by the month of the record's date (migration 15).
  if (families & kByMonth) {
    Statement own(db,
                  "INSERT INTO workflow_month_counts (org_id, kind, month, state, n) VALUES ($1, $2, $3, $4, $5)"
                  " ON CONFLICT (org_id, kind, month, state) DO UPDATE SET n = n + excluded.n");
    own.bind(1, static_cast<long long>(org.value));
    own.bind(2, kind);
    own.bind(3, month);
    own.bind(4, state);
    own.bind(5, delta);
    if (Status s = step_done(db, own, "counting records by month"); !s.ok()) return s;
    Statement sub_month(db,
                        "INSERT INTO workflow_subtree_month_counts (org_id, kind, month, state, n)"
                        " VALUES ($1, $2, $3, $4, $5)"
                        " ON CONFLICT (org_id, month, kind, state) DO UPDATE SET n = n + excluded.n");
    for (long long id : above) {
      sub_month.reset();
      sub_month.bind(1, id);
      sub_month.bind(2, kind);
      sub_month.bind(3, month);
      sub_month.bind(4, state);
      sub_month.bind(5, delta);
      if (sub_month.step() != SQLITE_DONE) return db_error(db, "counting records by month");
    }
  }
  if (!due || !(families & kByDue)) return Status::Ok();
  Statement by_due(db,
                   "INSERT INTO workflow_subtree_due (org_id, kind, state, due_date, n) VALUES ($1, $2, $3, $4, $5)"
                   " ON CONFLICT (org_id, kind, state, due_date) DO UPDATE SET n = n + excluded.n");
  Statement drop(db,
                 "DELETE FROM workflow_subtree_due WHERE org_id = $1 AND kind = $2 AND state = $3 AND due_date = $4"
                 " AND n = 0");
  Statement dated(db,
                  "INSERT INTO workflow_subtree_dated (org_id, kind, state, n) VALUES ($1, $2, $3, $4)"
                  " ON CONFLICT (org_id, kind, state) DO UPDATE SET n = n + excluded.n");
  for (long long id : above) {
    by_due.reset();
    by_due.bind(1, id);
    by_due.bind(2, kind);
    by_due.bind(3, state);
    by_due.bind(4, *due);
    by_due.bind(5, delta);
    if (by_due.step() != SQLITE_DONE) return db_error(db, "counting records by due date");
    dated.reset();
    dated.bind(1, id);
    dated.bind(2, kind);
    dated.bind(3, state);
    dated.bind(4, delta);
    if (dated.step() != SQLITE_DONE) return db_error(db, "counting records by due date");
    if (delta >= 0) continue;
    drop.reset();
    drop.bind(1, id);
    drop.bind(2, kind);
    drop.bind(3, state);
    drop.bind(4, *due);
    if (drop.step() != SQLITE_DONE) return db_error(db, "counting records by due date");
  }
  return Status::Ok();
}

// The month a record is counted in: that of its date (YYYY-MM).
std::string month_of(domain::Date date) { return date.iso().substr(0, 7); }

std::optional<std::string> due_text(const std::optional<domain::Date>& due) {
  if (!due) return std::nullopt;
  return due->iso();
}

// A new record and its creation step, in the caller's transaction: numbered
// after the largest id, counted.
Status insert_record(sqlite3* db, WorkflowRecord& out, const WorkflowStep& step) {
  {
    Statement next(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM workflow_records");
    if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering records");
    out.id = static_cast<std::uint64_t>(next.integer(0));
  }
  out.version = 1;
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
  return bump(db, out.org, out.kind, out.state, month_of(out.date), due_text(out.due), 1);
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
  if (q.subject) f.sql += " AND r.subject_member = $" + std::to_string(f.next++);
  return f;
}
void bind_filters(Statement& st, const RecordPageQuery& q, int first) {
  int i = first;
  if (q.state) st.bind(i++, *q.state);
  if (q.from) st.bind(i++, q.from->iso());
  if (q.to) st.bind(i++, q.to->iso());
  if (q.subject) st.bind(i++, static_cast<long long>(q.subject->value));
}

// The scope's parts to count, each once: a part inside another part's
// subtree is counted with it (parts of unknown organisations left out).
Result<std::vector<OrgScope>> counted_parts_of(sqlite3* db, const std::vector<OrgScope>& scope) {
  struct Part {
    PathRange range;
    OrgScope scope;
  };
  std::vector<Part> parts;
  for (const OrgScope& part : scope) {
    auto path = org_path(db, part.org);
    if (!path.ok()) return path.status();
    if (!*path || (*path)->empty()) continue;
    parts.push_back({range_of(**path, part.subtree), part});
  }
  std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
    return a.range.lo != b.range.lo ? a.range.lo < b.range.lo : a.range.hi > b.range.hi;
  });
  std::vector<OrgScope> out;
  std::string covered_hi;  // the end of the last part kept
  for (const Part& p : parts) {
    if (!covered_hi.empty() && p.range.hi <= covered_hi) continue;
    covered_hi = p.range.hi;
    out.push_back(p.scope);
  }
  return out;
}

// A register page's total when only kind and state filter it: the counters'
// sum over the scope (a few rows), not a count of the records' index.
Result<std::uint64_t> counted_total(sqlite3* db, const std::vector<OrgScope>& scope, const std::string& kind,
                                    const std::optional<std::string>& state) {
  auto parts = counted_parts_of(db, scope);
  if (!parts.ok()) return parts.status();
  std::uint64_t total = 0;
  for (const OrgScope& p : *parts) {
    const std::string sql = std::string("SELECT COALESCE(sum(n), 0) FROM ") +
                            (p.subtree ? "workflow_subtree_counts" : "workflow_counts") +
                            " WHERE org_id = $1 AND kind = $2" + (state ? " AND state = $3" : "");
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "counting records");
    st.bind(1, static_cast<long long>(p.org.value));
    st.bind(2, kind);
    if (state) st.bind(3, *state);
    if (st.step() != SQLITE_ROW) return db_error(db, "counting records");
    total += static_cast<std::uint64_t>(st.integer(0));
  }
  return total;
}

}  // namespace

Result<std::vector<OrgScope>> counted_parts(sqlite3* db, const std::vector<OrgScope>& scope) {
  return counted_parts_of(db, scope);
}

Status bump_month_count(sqlite3* db, domain::OrgId org, const std::string& kind, const std::string& state,
                        const std::string& month, long long delta) {
  return bump(db, org, kind, state, month, std::nullopt, delta, kByMonth);
}

Result<WorkflowRecord> SqliteStore::create_record(const WorkflowRecord& record, const WorkflowStep& step,
                                                  const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  WorkflowRecord out = record;
  out.version = 1;
  Status s = impl_->write("storing a record", [&]() -> Status {
    if (Status st = insert_record(db, out, step); !st.ok()) return st;
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
  const std::string was_month = month_of((*found)->date), month = month_of(out.date);
  unsigned families = 0;
  if (out.state != (*found)->state) families = kAllCounts;
  if (month != was_month) families |= kByMonth;
  if (out.due != (*found)->due) families |= kByDue;
  if (families != 0) {
    if (Status st = bump(db, out.org, out.kind, (*found)->state, was_month, due_text((*found)->due), -1, families);
        !st.ok())
      return st;
    if (Status st = bump(db, out.org, out.kind, out.state, month, due_text(out.due), 1, families); !st.ok()) return st;
  }
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
  Impl::Reader reader(*impl_);
  return find(reader.db(), id);
}

Result<std::vector<WorkflowStep>> SqliteStore::record_steps(std::uint64_t id) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  if (!query.from && !query.to) {
    auto total = counted_total(db, query.scope, query.kind, query.state);
    if (!total.ok()) return total.status();
    page.total = *total;
    return page;
  }
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
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
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  auto parts = counted_parts_of(db, scope);
  if (!parts.ok()) return parts.status();
  std::map<std::pair<std::string, std::string>, std::pair<std::uint64_t, std::uint64_t>> counts;
  for (const OrgScope& p : *parts) {
    // A subtree's counters, or the organisation's own.
    const std::string sql = std::string("SELECT kind, state, n FROM ") +
                            (p.subtree ? "workflow_subtree_counts" : "workflow_counts") + " WHERE org_id = $1" +
                            (kind.empty() ? "" : " AND kind = $2");
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "counting records");
    st.bind(1, static_cast<long long>(p.org.value));
    if (!kind.empty()) st.bind(2, kind);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) counts[{st.text(0), st.text(1)}].first += static_cast<std::uint64_t>(st.integer(2));
    if (rc != SQLITE_DONE) return db_error(db, "counting records");
    if (!overdue_before) continue;
    // Of them, how many were due before the day (open records have a due
    // date): for a subtree, those with a due date (migration 18) less those
    // due on the day or later — per kind and state one range of the due
    // counts' key (migration 17) over the days ahead, however many years lie
    // behind; an organisation alone, its own records through the
    // (org_id, kind, state, due_date) index. ($1 comes first in the text:
    // SQLite numbers $-parameters by their first appearance.)
    const std::string late =
        p.subtree ? std::string("SELECT d.kind, d.state, d.n - COALESCE((SELECT sum(f.n) FROM workflow_subtree_due f"
                                " WHERE f.org_id = $1 AND f.kind = d.kind AND f.due_date >= $2"
                                " AND f.state = d.state), 0) FROM workflow_subtree_dated d WHERE d.org_id = $1") +
                        (kind.empty() ? "" : " AND d.kind = $3")
                  : std::string("SELECT kind, state, count(*) FROM workflow_records WHERE org_id = $1"
                                " AND due_date IS NOT NULL AND due_date < $2") +
                        (kind.empty() ? "" : " AND kind = $3") + " GROUP BY kind, state";
    Statement lt(db, late.c_str());
    if (!lt.prepared()) return db_error(db, "counting overdue records");
    lt.bind(1, static_cast<long long>(p.org.value));
    lt.bind(2, overdue_before->iso());
    if (!kind.empty()) lt.bind(3, kind);
    while ((rc = lt.step()) == SQLITE_ROW) counts[{lt.text(0), lt.text(1)}].second += static_cast<std::uint64_t>(lt.integer(2));
    if (rc != SQLITE_DONE) return db_error(db, "counting overdue records");
  }
  std::vector<RecordCount> out;
  for (const auto& [key, n] : counts) {
    if (n.first != 0) out.push_back({key.first, key.second, n.first, n.second});
  }
  return out;
}

Result<std::vector<RecordCount>> SqliteStore::subject_counts(domain::MemberId subject, const std::string& kind) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  const std::string sql = std::string("SELECT kind, state, count(*) FROM workflow_records WHERE subject_member = $1") +
                          (kind.empty() ? "" : " AND kind = $2") + " GROUP BY kind, state";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "counting a member's records");
  st.bind(1, static_cast<long long>(subject.value));
  if (!kind.empty()) st.bind(2, kind);
  std::vector<RecordCount> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    out.push_back({st.text(0), st.text(1), static_cast<std::uint64_t>(st.integer(2))});
  }
  if (rc != SQLITE_DONE) return db_error(db, "counting a member's records");
  return out;
}

Result<std::vector<MonthCount>> SqliteStore::month_counts(const std::vector<domain::OrgId>& orgs, bool subtree,
                                                          const std::string& from_month, const std::string& to_month) {
  if (orgs.size() > 200) return Status::Error(Code::kLimitExceeded, "一次最多统计 200 个党组织");
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  // Subtree: a range of (org_id, month) of the primary key; own: (org_id) then month.
  const std::string sql = std::string("SELECT kind, month, state, n FROM ") +
                          (subtree ? "workflow_subtree_month_counts" : "workflow_month_counts") +
                          " WHERE org_id = $1 AND month >= $2 AND month <= $3 AND n != 0";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "counting records by month");
  std::vector<MonthCount> out;
  for (domain::OrgId org : orgs) {
    st.reset();
    st.bind(1, static_cast<long long>(org.value));
    st.bind(2, from_month);
    st.bind(3, to_month);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      out.push_back({org, st.text(0), st.text(1), st.text(2), static_cast<std::uint64_t>(st.integer(3))});
    }
    if (rc != SQLITE_DONE) return db_error(db, "counting records by month");
  }
  return out;
}

Result<WaitingPage> SqliteStore::waiting_records(const WaitingQuery& query) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  const std::size_t limit = std::clamp<std::size_t>(query.limit, 1, kMaxLimit);
  // The parts to read: the member's own index range, or one path range per scope part.
  std::vector<PathRange> ranges;
  if (!query.subject) {
    auto found = ranges_of(db, query.scope);
    if (!found.ok()) return found.status();
    ranges = std::move(*found);
  }
  const std::string from = query.subject ? " FROM workflow_records r WHERE r.subject_member = $1 AND $2 = $2"
                                         : " FROM organisations o JOIN workflow_records r ON r.org_id = o.id"
                                           " WHERE o.path >= $1 AND o.path < $2";
  const std::string where = std::string("SELECT ") + kRecordColumns + from + " AND r.kind = $3 AND r.state = $4";
  // Dated records after (due, id), earliest first; then undated ones after id.
  const std::string dated = where + " AND r.due_date IS NOT NULL AND (r.due_date, r.id) > ($5, $6)"
                                    " ORDER BY r.due_date, r.id LIMIT $7";
  const std::string undated = where + " AND r.due_date IS NULL AND $5 = $5 AND r.id > $6 ORDER BY r.id LIMIT $7";
  const bool in_dated = !query.after || query.after->due;
  const std::string after_due = query.after && query.after->due ? query.after->due->iso() : "";
  const long long after_id = query.after ? static_cast<long long>(query.after->record) : 0;
  auto key_less = [](const WorkflowRecord& a, const WorkflowRecord& b) {
    if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
    if (a.due && *a.due != *b.due) return *a.due < *b.due;
    return a.id < b.id;
  };
  std::vector<WorkflowRecord> rows;
  auto read = [&](const std::string& sql, const std::string& lo, const std::string& hi, const std::string& due,
                  long long id) -> Status {
    Statement st(db, sql.c_str());
    if (!st.prepared()) return db_error(db, "reading 待办");
    if (query.subject) {
      st.bind(1, static_cast<long long>(query.subject->value));
      st.bind(2, 0LL);
    } else {
      st.bind(1, lo);
      st.bind(2, hi);
    }
    st.bind(3, query.kind);
    st.bind(4, query.state);
    st.bind(5, due);
    st.bind(6, id);
    st.bind(7, static_cast<long long>(limit + 1));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) rows.push_back(read_record(st));
    if (rc != SQLITE_DONE) return db_error(db, "reading 待办");
    return Status::Ok();
  };
  auto each_part = [&](const std::string& sql, const std::string& due, long long id) -> Status {
    if (query.subject) return read(sql, "", "", due, id);
    for (const PathRange& r : ranges) {
      if (Status st = read(sql, r.lo, r.hi, due, id); !st.ok()) return st;
    }
    return Status::Ok();
  };
  if (in_dated) {
    if (Status st = each_part(dated, after_due, after_id); !st.ok()) return st;
    std::sort(rows.begin(), rows.end(), key_less);
    if (rows.size() > limit) rows.resize(limit + 1);
  }
  if (rows.size() <= limit) {
    const std::size_t dated_rows = rows.size();
    if (Status st = each_part(undated, "", in_dated ? 0 : after_id); !st.ok()) return st;
    std::sort(rows.begin() + static_cast<std::ptrdiff_t>(dated_rows), rows.end(), key_less);
  }
  WaitingPage page;
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = WaitingCursor{rows.back().due, rows.back().id};
  }
  page.records = std::move(rows);
  return page;
}

Status SqliteStore::load_records(std::span<const WorkflowRecord> records, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("loading records", [&]() -> Status {
    long long id = 0;
    {
      Statement next(db, "SELECT COALESCE(MAX(id), 0) FROM workflow_records");
      if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering records");
      id = next.integer(0);
    }
    Statement ins(db,
                  "INSERT INTO workflow_records (id, kind, subject_member, org_id, state, fields, record_date, due_date,"
                  " created_us, updated_us, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)");
    Statement step(db,
                   "INSERT INTO workflow_steps (record_id, position, verb, from_state, to_state, actor_user, actor_role,"
                   " reason, fields, time_us) VALUES ($1, 1, 'submit', '', $2, 0, 'member', '', $3, $4)");
    if (!ins.prepared() || !step.prepared()) return db_error(db, "loading records");
    std::map<std::tuple<std::uint32_t, std::string, std::string, std::string, std::optional<std::string>>, long long>
        counts;
    for (const WorkflowRecord& r : records) {
      ins.reset();
      ins.bind(1, ++id);
      ins.bind(2, r.kind);
      ins.bind(3, static_cast<long long>(r.subject.value));
      ins.bind(4, static_cast<long long>(r.org.value));
      ins.bind(5, r.state);
      ins.bind(6, r.fields);
      ins.bind(7, r.date.iso());
      if (r.due) {
        ins.bind(8, r.due->iso());
      } else {
        ins.bind_null(8);
      }
      ins.bind(9, static_cast<long long>(r.created_us));
      ins.bind(10, static_cast<long long>(r.updated_us));
      if (ins.step() != SQLITE_DONE) return db_error(db, "loading records");
      step.reset();
      step.bind(1, id);
      step.bind(2, r.state);
      step.bind(3, r.fields);
      step.bind(4, static_cast<long long>(r.created_us));
      if (step.step() != SQLITE_DONE) return db_error(db, "loading records' steps");
      counts[{r.org.value, r.kind, r.state, month_of(r.date), due_text(r.due)}] += 1;
    }
    for (const auto& [key, n] : counts) {
      const auto& [org, kind, state, month, due] = key;
      if (Status st = bump(db, domain::OrgId{org}, kind, state, month, due, n); !st.ok()) return st;
    }
    return insert_audit(db, audit);
  });
}

// The subtrees' counts by due date afresh (after a change of the hierarchy):
// each organisation's open records by kind, state and due date, added to it
// and every organisation above it; what migration 17 filled them with.
constexpr const char* kRecountDueSql =
    "WITH RECURSIVE own (org_id, kind, state, due_date, n) AS ("
    " SELECT org_id, kind, state, due_date, count(*) FROM workflow_records WHERE due_date IS NOT NULL"
    " GROUP BY org_id, kind, state, due_date),"
    " up (org, anc) AS ("
    " SELECT DISTINCT org_id, org_id FROM own"
    " UNION ALL"
    " SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL)"
    " INSERT INTO workflow_subtree_due (org_id, kind, state, due_date, n)"
    " SELECT up.anc, own.kind, own.state, own.due_date, sum(own.n) FROM up JOIN own ON own.org_id = up.org"
    " GROUP BY up.anc, own.kind, own.state, own.due_date";

// The subtrees' counters afresh from the organisations' own (the hierarchy
// changed: an organisation moved, merged or was created), in the caller's
// transaction: each organisation's own counts added to it and every
// organisation above it, through parent_id.
Status recount_subtrees(sqlite3* db) {
  Statement del(db, "DELETE FROM workflow_subtree_counts");
  if (Status s = step_done(db, del, "recounting records"); !s.ok()) return s;
  Statement ins(db,
                "WITH RECURSIVE up (org, anc) AS ("
                " SELECT DISTINCT org_id, org_id FROM workflow_counts WHERE n != 0"
                " UNION ALL"
                " SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL)"
                " INSERT INTO workflow_subtree_counts (org_id, kind, state, n)"
                " SELECT up.anc, c.kind, c.state, sum(c.n) FROM up JOIN workflow_counts c ON c.org_id = up.org"
                " GROUP BY up.anc, c.kind, c.state");
  if (Status s = step_done(db, ins, "recounting records"); !s.ok()) return s;
  Statement del_month(db, "DELETE FROM workflow_subtree_month_counts");
  if (Status s = step_done(db, del_month, "recounting records by month"); !s.ok()) return s;
  Statement ins_month(db,
                      "WITH RECURSIVE up (org, anc) AS ("
                      " SELECT DISTINCT org_id, org_id FROM workflow_month_counts WHERE n != 0"
                      " UNION ALL"
                      " SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc"
                      " WHERE o.parent_id IS NOT NULL)"
                      " INSERT INTO workflow_subtree_month_counts (org_id, kind, month, state, n)"
                      " SELECT up.anc, c.kind, c.month, c.state, sum(c.n) FROM up"
                      " JOIN workflow_month_counts c ON c.org_id = up.org GROUP BY up.anc, c.kind, c.month, c.state");
  if (Status s = step_done(db, ins_month, "recounting records by month"); !s.ok()) return s;
  Statement del_due(db, "DELETE FROM workflow_subtree_due");
  if (Status s = step_done(db, del_due, "recounting records by due date"); !s.ok()) return s;
  Statement due(db, kRecountDueSql);
  if (Status s = step_done(db, due, "recounting records by due date"); !s.ok()) return s;
  Statement del_dated(db, "DELETE FROM workflow_subtree_dated");
  if (Status s = step_done(db, del_dated, "recounting records by due date"); !s.ok()) return s;
  Statement dated(db,
                  "INSERT INTO workflow_subtree_dated (org_id, kind, state, n)"
                  " SELECT org_id, kind, state, sum(n) FROM workflow_subtree_due GROUP BY org_id, kind, state");
  return step_done(db, dated, "recounting records by due date");
}

// The transfer rule (issue 10): a member's records follow them. Every record
// about `member` kept by another organisation than `to` gets a "transfer"
// step (from that organisation to `to`, by the audit entry's actor, at its
// time) and is kept by `to` from now on; the counters follow. In the caller's
// transaction, the one that saves the member's move.
Status transfer_records(sqlite3* db, domain::MemberId member, domain::OrgId to, const AuditRecord& audit) {
  std::vector<std::tuple<domain::OrgId, std::string, std::string, std::string, std::optional<std::string>, long long>>
      moved;
  {
    Statement st(db,
                 "SELECT org_id, kind, state, substr(record_date, 1, 7), due_date, count(*) FROM workflow_records"
                 " WHERE subject_member = $1 AND org_id != $2"
                 " GROUP BY org_id, kind, state, substr(record_date, 1, 7), due_date");
    if (!st.prepared()) return db_error(db, "reading a member's records");
    st.bind(1, static_cast<long long>(member.value));
    st.bind(2, static_cast<long long>(to.value));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      std::optional<std::string> due;
      if (!st.is_null(4)) due = st.text(4);
      moved.emplace_back(domain::OrgId{static_cast<std::uint32_t>(st.integer(0))}, st.text(1), st.text(2),
                         st.text(3), due, st.integer(5));
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading a member's records");
  }
  if (moved.empty()) return Status::Ok();
  for (const auto& [org, kind, state, month, due, n] : moved) {
    if (Status s = bump(db, org, kind, state, month, due, -n); !s.ok()) return s;
    if (Status s = bump(db, to, kind, state, month, due, n); !s.ok()) return s;
  }
  // The actor of a step is a user: "user:12 (…) as …" in the audit entry; an operator's CLI is user 0.
  long long actor = 0;
  if (audit.entry.actor.rfind("user:", 0) == 0) {
    actor = std::atoll(audit.entry.actor.c_str() + 5);
  }
  // (Parameters numbered in their order of appearance: SQLite binds "$N" by position.)
  Statement steps(db,
                  "INSERT INTO workflow_steps (record_id, position, verb, from_state, to_state, actor_user, actor_role,"
                  " reason, fields, time_us)"
                  " SELECT r.id, (SELECT COALESCE(MAX(s.position), 0) + 1 FROM workflow_steps s WHERE s.record_id = r.id),"
                  " $1, r.state, r.state, $2, '',"
                  " '由「' || COALESCE((SELECT name FROM organisations WHERE id = r.org_id), '') || '」转至「' ||"
                  " COALESCE((SELECT name FROM organisations WHERE id = $3), '') || '」',"
                  " '', $4 FROM workflow_records r WHERE r.subject_member = $5 AND r.org_id != $6");
  steps.bind(1, std::string(domain::workflow::kTransferStep));
  steps.bind(2, actor);
  steps.bind(3, static_cast<long long>(to.value));
  steps.bind(4, static_cast<long long>(audit.entry.time_us));
  steps.bind(5, static_cast<long long>(member.value));
  steps.bind(6, static_cast<long long>(to.value));
  if (Status s = step_done(db, steps, "recording a transfer in the records' history"); !s.ok()) return s;
  Statement upd(db,
                "UPDATE workflow_records SET org_id = $1, version = version + 1, updated_us = $2"
                " WHERE subject_member = $3 AND org_id != $4");
  upd.bind(1, static_cast<long long>(to.value));
  upd.bind(2, static_cast<long long>(audit.entry.time_us));
  upd.bind(3, static_cast<long long>(member.value));
  upd.bind(4, static_cast<long long>(to.value));
  return step_done(db, upd, "transferring a member's records");
}

Result<std::vector<WorkflowRecord>> SqliteStore::create_records_with(
    const std::optional<std::pair<WorkflowChange, WorkflowStep>>& change,
    const std::vector<std::pair<WorkflowRecord, WorkflowStep>>& records, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  std::vector<WorkflowRecord> out;
  Status s = impl_->write("storing records", [&]() -> Status {
    out.clear();
    if (change) {
      auto changed = apply_change(db, change->first, change->second);
      if (!changed.ok()) return changed.status();
    }
    for (const auto& [record, step] : records) {
      WorkflowRecord r = record;
      if (Status st = insert_record(db, r, step); !st.ok()) return st;
      out.push_back(std::move(r));
    }
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<MonthCount>> SqliteStore::month_counts(domain::OrgId org, bool subtree, const std::string& kind,
                                                          const std::string& from_month, const std::string& to_month) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  std::vector<MonthCount> out;
  // The organisation's own counters, or its subtree's (migration 15: kept with every write).
  const std::string sql = std::string("SELECT month, state, n FROM ") +
                          (subtree ? "workflow_subtree_month_counts" : "workflow_month_counts") +
                          " WHERE org_id = $1 AND kind = $2 AND month >= $3 AND month <= $4 AND n != 0"
                          " ORDER BY month, state";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "counting records by month");
  st.bind(1, static_cast<long long>(org.value));
  st.bind(2, kind);
  st.bind(3, from_month);
  st.bind(4, to_month);
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    out.push_back(MonthCount{org, kind, st.text(0), st.text(1), static_cast<std::uint64_t>(st.integer(2))});
  }
  if (rc != SQLITE_DONE) return db_error(db, "counting records by month");
  return out;
}

Result<std::vector<EducationMonth>> education_by_month(Store& store, domain::OrgId org, int year) {
  const std::string y = std::to_string(year);
  const std::string from = y + "-01", to = y + "-12";
  auto sessions = store.month_counts(org, true, "education_session", from, to);
  if (!sessions.ok()) return sessions.status();
  auto attendance = store.month_counts(org, true, "attendance", from, to);
  if (!attendance.ok()) return attendance.status();
  std::vector<EducationMonth> out(12);
  for (int m = 0; m < 12; ++m) out[static_cast<std::size_t>(m)].month = y + (m < 9 ? "-0" : "-") + std::to_string(m + 1);
  auto at = [&](const std::string& month) -> EducationMonth* {
    for (EducationMonth& e : out) {
      if (e.month == month) return &e;
    }
    return nullptr;
  };
  for (const MonthCount& c : *sessions) {
    if (EducationMonth* e = at(c.month)) e->sessions += c.count;
  }
  for (const MonthCount& c : *attendance) {
    EducationMonth* e = at(c.month);
    if (!e) continue;
    e->expected += c.count;
    if (c.state == "present") e->present += c.count;
    if (c.state == "excused") e->excused += c.count;
    if (c.state == "absent") e->absent += c.count;
    if (c.state == "made_up") e->made_up += c.count;
  }
  return out;
}

}  // namespace nc::store
