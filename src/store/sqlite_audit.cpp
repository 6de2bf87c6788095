// SqliteStore: the audit log. Insert-only: nothing here updates or deletes a
// row. Each entry is sealed against the head read inside the same write
// transaction, so concurrent writers (threads or processes) keep one chain.
#include <algorithm>
#include <variant>

#include "store/sqlite_internal.h"

namespace nc::store {
namespace {

constexpr const char* kColumns =
    "seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org, subject_member, format";

AuditRecord read_row(const Statement& st) {
  AuditRecord r;
  r.entry.seq = static_cast<std::uint64_t>(st.integer(0));
  r.entry.time_us = st.integer(1);
  r.entry.actor = st.text(2);
  r.entry.action = st.text(3);
  r.entry.target = st.text(4);
  r.entry.origin = st.text(5);
  r.entry.detail = st.text(6);
  // A stored hash that is not hex reads as zeros: verification reports it.
  r.entry.prev = domain::parse_hex_hash(st.text(7)).value_or(domain::AuditHash{});
  r.entry.hash = domain::parse_hex_hash(st.text(8)).value_or(domain::AuditHash{});
  if (!st.is_null(9)) r.entry.scope = domain::OrgId{static_cast<std::uint32_t>(st.integer(9))};
  if (!st.is_null(10)) r.entry.subject = domain::MemberId{static_cast<std::uint32_t>(st.integer(10))};
  r.entry.format = static_cast<std::uint32_t>(st.integer(11));
  return r;
}

// Fills in the subjects of `entries` (in ascending seq order) from
// audit_subjects, reading the rows with seq in [first, last]. Rows whose seq
// is not among the entries are returned as orphans when asked for.
Status attach_subjects(sqlite3* db, std::vector<domain::AuditEntry*>& entries, std::vector<std::uint64_t>* orphans) {
  if (entries.empty() && !orphans) return Status::Ok();
  const bool all = orphans != nullptr;
  Statement st(db, all ? "SELECT seq, member_id FROM audit_subjects ORDER BY seq, member_id"
                       : "SELECT seq, member_id FROM audit_subjects WHERE seq >= $1 AND seq <= $2"
                         " ORDER BY seq, member_id");
  if (!st.prepared()) return db_error(db, "reading the audit subjects");
  if (!all) {
    st.bind(1, static_cast<long long>(entries.front()->seq));
    st.bind(2, static_cast<long long>(entries.back()->seq));
  }
  std::size_t at = 0;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    const auto seq = static_cast<std::uint64_t>(st.integer(0));
    while (at < entries.size() && entries[at]->seq < seq) ++at;
    // Several entries may share a seq (an inserted duplicate): each gets the rows.
    bool matched = false;
    for (std::size_t k = at; k < entries.size() && entries[k]->seq == seq; ++k) {
      entries[k]->subjects.push_back(domain::MemberId{static_cast<std::uint32_t>(st.integer(1))});
      matched = true;
    }
    if (!matched && orphans && (orphans->empty() || orphans->back() != seq)) orphans->push_back(seq);
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading the audit subjects");
  return Status::Ok();
}

// One read transaction on a reader for its lifetime: the statements read in
// it see the database as of the first one. Without it the log and then its
// subject rows were read at two moments, and an entry appended in between
// showed as subject rows without their entry — reported as tampering.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(sqlite3* db) : db_(db) {
    ok_ = sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  ~ReadSnapshot() {
    if (ok_) sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;
  bool ok() const { return ok_; }

 private:
  sqlite3* db_;
  bool ok_ = false;
};

}  // namespace

Status insert_audit(sqlite3* db, const AuditRecord& audit) {
  domain::Checkpoint head = domain::kGenesis;
  {
    Statement st(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st.prepared()) return db_error(db, "reading the audit head");
    int rc = st.step();
    if (rc == SQLITE_ROW) {
      head.seq = static_cast<std::uint64_t>(st.integer(0));
      head.hash = domain::parse_hex_hash(st.text(1)).value_or(domain::AuditHash{});
    } else if (rc != SQLITE_DONE) {
      return db_error(db, "reading the audit head");
    }
  }
  const domain::AuditEntry e = domain::seal(audit.entry, head);
  Statement ins(db,
                "INSERT INTO audit_log (seq, time_us, actor, action, target, origin, detail, prev_hash, hash,"
                " scope_org, subject_member, format) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)");
  if (!ins.prepared()) return db_error(db, "writing the audit log");
  ins.bind(1, static_cast<long long>(e.seq));
  ins.bind(2, static_cast<long long>(e.time_us));
  ins.bind(3, e.actor);
  ins.bind(4, e.action);
  ins.bind(5, e.target);
  ins.bind(6, e.origin);
  ins.bind(7, e.detail);
  ins.bind(8, domain::hex(e.prev));
  ins.bind(9, domain::hex(e.hash));
  if (e.scope) {
    ins.bind(10, static_cast<long long>(e.scope->value));
  } else {
    ins.bind_null(10);
  }
  if (e.subject) {
    ins.bind(11, static_cast<long long>(e.subject->value));
  } else {
    ins.bind_null(11);
  }
  ins.bind(12, static_cast<long long>(e.format));
  if (ins.step() != SQLITE_DONE) return db_error(db, "writing the audit log");
  if (e.subjects.empty()) return Status::Ok();
  // Prepared once: a register page's entry names up to 200 members.
  Statement sub(db, "INSERT INTO audit_subjects (seq, member_id) VALUES ($1, $2)");
  if (!sub.prepared()) return db_error(db, "writing the audit subjects");
  for (domain::MemberId m : e.subjects) {
    sub.reset();
    sub.bind(1, static_cast<long long>(e.seq));
    sub.bind(2, static_cast<long long>(m.value));
    if (sub.step() != SQLITE_DONE) return db_error(db, "writing the audit subjects");
  }
  return Status::Ok();
}

Status SqliteStore::append_audit(const AuditRecord& audit) {
  Impl& impl = *impl_;
  Impl::QueuedAudit mine{&audit};
  std::unique_lock queue(impl.audit_mu);
  impl.audit_queue.push_back(&mine);
  while (!mine.done) {
    if (impl.audit_writing) {
      impl.audit_cv.wait(queue);
      continue;
    }
    // This caller stores the batch: its own entry and all queued before the lock was taken.
    impl.audit_writing = true;
    std::vector<Impl::QueuedAudit*> batch;
    batch.swap(impl.audit_queue);
    queue.unlock();
    {
      std::lock_guard lock(impl.mu);
      Status all = impl.write("audit entries", [&]() -> Status {
        for (Impl::QueuedAudit* q : batch) {
          if (Status s = insert_audit(impl.db, *q->record); !s.ok()) return s;
        }
        return Status::Ok();
      });
      if (all.ok() || batch.size() == 1) {
        for (Impl::QueuedAudit* q : batch) q->result = all;
      } else {
        // One entry failed the batch: each alone, so each caller learns its own outcome.
        for (Impl::QueuedAudit* q : batch) {
          q->result = impl.write("audit entry", [&] { return insert_audit(impl.db, *q->record); });
        }
      }
    }
    queue.lock();
    for (Impl::QueuedAudit* q : batch) q->done = true;
    impl.audit_writing = false;
    impl.audit_cv.notify_all();
  }
  return mine.result;
}

namespace {

// A query over audit_log built from the filters that are set: each adds a
// clause with numbered parameters ($1, $2, ... in order of appearance, as
// both SQLite and PostgreSQL read them) and the value to bind.
struct AuditQuery {
  std::string with;   // common table expressions
  std::string where;  // " AND ..." clauses
  std::vector<std::variant<std::string, long long>> values;

  std::string param(std::variant<std::string, long long> v) {
    values.push_back(std::move(v));
    return "$" + std::to_string(values.size());
  }
  void bind(Statement& st) const {
    for (std::size_t i = 0; i < values.size(); ++i) {
      const int at = static_cast<int>(i + 1);
      if (const auto* text = std::get_if<std::string>(&values[i])) {
        st.bind(at, *text);
      } else {
        st.bind(at, std::get<long long>(values[i]));
      }
    }
  }
};

// The organisations of the subtrees of `roots`, as a CTE named `name`.
std::string subtree_cte(AuditQuery& q, const std::string& name, const std::vector<domain::OrgId>& roots) {
  std::string in;
  for (domain::OrgId o : roots) in += (in.empty() ? "" : ", ") + q.param(static_cast<long long>(o.value));
  return name + "(id) AS (SELECT id FROM organisations WHERE id IN (" + in +
         ") UNION SELECT o.id FROM organisations o JOIN " + name + " t ON o.parent_id = t.id)";
}

Result<AuditQuery> audit_query(const AuditFilter& f, bool paged) {
  // 我的记录 names every action others take on a member's records (one per workflow verb).
  if (f.actions.size() > 32) return Status::Invalid("at most 32 actions in one audit filter");
  if (f.scopes && f.scopes->size() > 64) return Status::Invalid("at most 64 scopes in one audit filter");
  AuditQuery q;
  std::vector<std::string> ctes;
  if (f.scopes && !f.scopes->empty()) ctes.push_back(subtree_cte(q, "visible", *f.scopes));
  if (f.org) ctes.push_back(subtree_cte(q, "chosen", {*f.org}));
  if (!ctes.empty()) {
    q.with = "WITH RECURSIVE ";
    for (std::size_t i = 0; i < ctes.size(); ++i) q.with += (i ? ", " : "") + ctes[i];
    q.with += " ";
  }
  if (f.scopes) {
    std::string visible = f.scopes->empty() ? "0 = 1" : "scope_org IN (SELECT id FROM visible)";
    q.where += f.unscoped ? " AND (" + visible + " OR scope_org IS NULL)" : " AND " + visible;
  }
  if (f.org) q.where += " AND scope_org IN (SELECT id FROM chosen)";
  if (!f.actor_prefix.empty()) {
    // A prefix as a range, which the (actor, seq) index serves: every text
    // starting with the prefix sorts between it and it followed by U+10FFFF.
    // (Each parameter numbered in its own statement: the operands of + are unsequenced.)
    const std::string low = q.param(f.actor_prefix);
    const std::string high = q.param(f.actor_prefix + "\xF4\x8F\xBF\xBF");
    q.where += " AND actor >= " + low + " AND actor < " + high;
  }
  if (!f.action.empty()) q.where += " AND action = " + q.param(f.action);
  if (!f.actions.empty()) {
    std::string in;
    for (const auto& a : f.actions) in += (in.empty() ? "" : ", ") + q.param(a);
    q.where += " AND action IN (" + in + ")";
  }
  if (f.from_us) q.where += " AND time_us >= " + q.param(static_cast<long long>(*f.from_us));
  if (f.to_us) q.where += " AND time_us <= " + q.param(static_cast<long long>(*f.to_us));
  if (f.subject) {
    const std::string m = q.param(static_cast<long long>(f.subject->value));
    q.where += " AND seq IN (SELECT seq FROM audit_log WHERE subject_member = " + m +
               " UNION SELECT seq FROM audit_subjects WHERE member_id = " + m + ")";
  }
  if (paged && f.before_seq) q.where += " AND seq < " + q.param(static_cast<long long>(*f.before_seq));
  return q;
}

}  // namespace

Result<std::vector<AuditRecord>> SqliteStore::list_audit(const AuditFilter& f) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  auto q = audit_query(f, true);
  if (!q.ok()) return q.status();
  const std::string limit = q->param(static_cast<long long>(std::min<std::size_t>(f.limit, 100000)));
  const std::string sql =
      q->with + "SELECT " + kColumns + " FROM audit_log WHERE 1 = 1" + q->where + " ORDER BY seq DESC LIMIT " + limit;
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading the audit log");
  q->bind(st);
  std::vector<AuditRecord> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_row(st));
  if (rc != SQLITE_DONE) return db_error(db, "reading the audit log");
  return out;
}

Result<std::uint64_t> SqliteStore::count_audit(const AuditFilter& f) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  auto q = audit_query(f, false);
  if (!q.ok()) return q.status();
  const std::string sql = q->with + "SELECT count(*) FROM audit_log WHERE 1 = 1" + q->where;
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "counting the audit log");
  q->bind(st);
  if (st.step() != SQLITE_ROW) return db_error(db, "counting the audit log");
  return static_cast<std::uint64_t>(st.integer(0));
}

Result<std::vector<domain::AuditEntry>> SqliteStore::audit_chain_range(std::uint64_t after, std::size_t limit) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  ReadSnapshot snapshot(db);
  if (!snapshot.ok()) return db_error(db, "reading the audit log");
  const std::string sql = std::string("SELECT ") + kColumns + " FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading the audit log");
  st.bind(1, static_cast<long long>(after));
  st.bind(2, static_cast<long long>(std::min<std::size_t>(limit, 1000000)));
  std::vector<domain::AuditEntry> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_row(st).entry);
  if (rc != SQLITE_DONE) return db_error(db, "reading the audit log");
  // Subject rows from after+1 up to the last entry read (or all beyond
  // `after` when this is the end of the log, so orphans at the end show).
  const bool end = out.size() < limit;
  const long long last = out.empty() ? static_cast<long long>(after) : static_cast<long long>(out.back().seq);
  Statement sub(db,
                end ? "SELECT seq, member_id FROM audit_subjects WHERE seq > $1 ORDER BY seq, member_id"
                    : "SELECT seq, member_id FROM audit_subjects WHERE seq > $1 AND seq <= $2 ORDER BY seq, member_id");
  if (!sub.prepared()) return db_error(db, "reading the audit subjects");
  sub.bind(1, static_cast<long long>(after));
  if (!end) sub.bind(2, last);
  std::size_t at = 0;
  std::vector<std::uint64_t> orphans;
  while ((rc = sub.step()) == SQLITE_ROW) {
    const auto seq = static_cast<std::uint64_t>(sub.integer(0));
    while (at < out.size() && out[at].seq < seq) ++at;
    bool matched = false;
    for (std::size_t k = at; k < out.size() && out[k].seq == seq; ++k) {
      out[k].subjects.push_back(domain::MemberId{static_cast<std::uint32_t>(sub.integer(1))});
      matched = true;
    }
    if (!matched && (orphans.empty() || orphans.back() != seq)) orphans.push_back(seq);
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading the audit subjects");
  for (std::uint64_t seq : orphans) {
    domain::AuditEntry ghost;
    ghost.seq = seq;
    ghost.actor = "(audit_subjects rows without their entry)";
    out.push_back(std::move(ghost));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const domain::AuditEntry& a, const domain::AuditEntry& b) { return a.seq < b.seq; });
  return out;
}

Result<std::vector<domain::AuditEntry>> SqliteStore::audit_chain() {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  ReadSnapshot snapshot(db);
  if (!snapshot.ok()) return db_error(db, "reading the audit log");
  const std::string sql = std::string("SELECT ") + kColumns + " FROM audit_log ORDER BY seq";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading the audit log");
  std::vector<domain::AuditEntry> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_row(st).entry);
  if (rc != SQLITE_DONE) return db_error(db, "reading the audit log");
  std::vector<domain::AuditEntry*> by_seq;
  for (auto& e : out) by_seq.push_back(&e);
  std::vector<std::uint64_t> orphans;
  if (Status s = attach_subjects(db, by_seq, &orphans); !s.ok()) return s;
  // A subject row whose entry is not in the log: the entry it names is gone
  // or never was. An entry with that seq stands for it, so verification
  // reports it where it belongs (as removed, inserted or truncated).
  for (std::uint64_t seq : orphans) {
    domain::AuditEntry ghost;
    ghost.seq = seq;
    ghost.actor = "(audit_subjects rows without their entry)";
    out.push_back(std::move(ghost));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const domain::AuditEntry& a, const domain::AuditEntry& b) { return a.seq < b.seq; });
  return out;
}

Result<domain::Checkpoint> SqliteStore::audit_head() {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (!st.prepared()) return db_error(db, "reading the audit head");
  const int rc = st.step();
  if (rc == SQLITE_DONE) return domain::kGenesis;
  if (rc != SQLITE_ROW) return db_error(db, "reading the audit head");
  return domain::Checkpoint{static_cast<std::uint64_t>(st.integer(0)),
                            domain::parse_hex_hash(st.text(1)).value_or(domain::AuditHash{})};
}

Status SqliteStore::add_checkpoint(const domain::SignedCheckpoint& c) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("storing an audit checkpoint", [&]() -> Status {
    Statement ins(db, "INSERT INTO audit_checkpoints (seq, time_us, hash, signature) VALUES ($1, $2, $3, $4)");
    if (!ins.prepared()) return db_error(db, "storing an audit checkpoint");
    ins.bind(1, static_cast<long long>(c.checkpoint.seq));
    ins.bind(2, static_cast<long long>(c.time_us));
    ins.bind(3, domain::hex(c.checkpoint.hash));
    ins.bind(4, domain::signature_hex(c.signature));
    const int rc = ins.step();
    if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE) {
      return Status::Error(Code::kConflict, "a checkpoint for entry " + std::to_string(c.checkpoint.seq) + " exists");
    }
    if (rc != SQLITE_DONE) return db_error(db, "storing an audit checkpoint");
    return Status::Ok();
  });
}

Result<std::vector<domain::SignedCheckpoint>> SqliteStore::list_checkpoints() {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db, "SELECT seq, time_us, hash, signature FROM audit_checkpoints ORDER BY seq");
  if (!st.prepared()) return db_error(db, "reading audit checkpoints");
  std::vector<domain::SignedCheckpoint> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    const std::string line = st.text(0) + "\t" + st.text(1) + "\t" + st.text(2) + "\t" + st.text(3);
    auto parsed = domain::parse_checkpoint(line);
    // A row that no longer parses keeps its seq with a zero signature: verification reports it.
    domain::SignedCheckpoint c;
    if (parsed) {
      c = *parsed;
    } else {
      c.checkpoint.seq = static_cast<std::uint64_t>(st.integer(0));
      c.time_us = st.integer(1);
    }
    out.push_back(c);
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading audit checkpoints");
  return out;
}

}  // namespace nc::store
