// SqliteStore: the audit log. Insert-only: nothing here updates or deletes a
// row. Each entry is sealed against the head read inside the same write
// transaction, so concurrent writers (threads or processes) keep one chain.
#include <algorithm>

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
  for (domain::MemberId m : e.subjects) {
    Statement sub(db, "INSERT INTO audit_subjects (seq, member_id) VALUES ($1, $2)");
    if (!sub.prepared()) return db_error(db, "writing the audit subjects");
    sub.bind(1, static_cast<long long>(e.seq));
    sub.bind(2, static_cast<long long>(m.value));
    if (sub.step() != SQLITE_DONE) return db_error(db, "writing the audit subjects");
  }
  return Status::Ok();
}

Status SqliteStore::append_audit(const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  return impl_->write("audit entry", [&] { return insert_audit(impl_->db, audit); });
}

Result<std::vector<AuditRecord>> SqliteStore::list_audit(const AuditFilter& f) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  if (f.actions.size() > 16) return Status::Invalid("at most 16 actions in one audit filter");
  // Every filter is a parameter; an unused one is NULL and matches all. The
  // actions are $7..$22 (unused ones NULL), the limit $23: SQLite numbers
  // "$N" parameters by first appearance, so they appear in order. About a
  // member: its entries by subject and by subjects, each through its index.
  std::string actions = "($7 IS NULL";
  for (int k = 0; k < 16; ++k) actions += " OR action = $" + std::to_string(7 + k);
  actions += ")";
  const std::string about = f.subject ? " AND seq IN (SELECT seq FROM audit_log WHERE subject_member = $6"
                                        " UNION SELECT seq FROM audit_subjects WHERE member_id = $6)"
                                      : " AND $6 IS NULL";
  const std::string sql = std::string("SELECT ") + kColumns +
                          " FROM audit_log WHERE ($1 IS NULL OR instr(actor, $1) > 0)"
                          " AND ($2 IS NULL OR action = $2) AND ($3 IS NULL OR time_us >= $3)"
                          " AND ($4 IS NULL OR time_us <= $4) AND ($5 IS NULL OR seq < $5)" +
                          about + " AND " + actions + " ORDER BY seq DESC LIMIT $23";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading the audit log");
  if (f.actor.empty()) {
    st.bind_null(1);
  } else {
    st.bind(1, f.actor);
  }
  if (f.action.empty()) {
    st.bind_null(2);
  } else {
    st.bind(2, f.action);
  }
  st.bind_opt(3, f.from_us ? std::optional<long long>(*f.from_us) : std::nullopt);
  st.bind_opt(4, f.to_us ? std::optional<long long>(*f.to_us) : std::nullopt);
  st.bind_opt(5, f.before_seq ? std::optional<long long>(static_cast<long long>(*f.before_seq)) : std::nullopt);
  st.bind_opt(6, f.subject ? std::optional<long long>(f.subject->value) : std::nullopt);
  for (int k = 0; k < 16; ++k) {
    if (static_cast<std::size_t>(k) < f.actions.size()) {
      st.bind(7 + k, f.actions[static_cast<std::size_t>(k)]);
    } else {
      st.bind_null(7 + k);
    }
  }
  st.bind(23, static_cast<long long>(std::min<std::size_t>(f.limit, 100000)));
  std::vector<AuditRecord> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_row(st));
  if (rc != SQLITE_DONE) return db_error(db, "reading the audit log");
  return out;
}

Result<std::vector<domain::AuditEntry>> SqliteStore::audit_chain() {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
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
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
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
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement st(db, "SELECT seq, time_us, hash, signature FROM audit_checkpoints ORDER BY seq");
  if (!st.prepared()) return db_error(db, "reading audit checkpoints");
  std::vector<domain::SignedCheckpoint> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    const std::string line =
        st.text(0) + "\t" + st.text(1) + "\t" + st.text(2) + "\t" + st.text(3);
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
