// PgAuditStore: SqliteStore's sqlite_audit.cpp on PostgreSQL, statement for
// statement (the filters' SQL is the same text, numbered $1, $2 … as both
// read it). Where they differ: reads made of several statements (the log and
// then its subjects) run in one REPEATABLE READ snapshot, so an append
// committed between them never shows as subject rows without their entry.
// A scope or an organisation's subtree is a range of organisations.path
// (migration 9, kept by every write of the directory) where SQLite walks
// organisations.parent_id in a recursive CTE: the same organisations, but
// PostgreSQL estimates a recursive CTE at about the whole table and would
// then read the whole log for a branch's page (the plans are checked in
// tests/store/pg_audit_areas_test.cpp). Text comparisons (the actor prefix,
// the paths) follow the database's collation: they match SQLite's byte
// order only under a byte-order collation (C or C.UTF-8, as
// scripts/pg-cluster creates the database).
#include "store/pg/pg_audit_store.h"

#include <algorithm>
#include <utility>

#include "store/pg/audit_append.h"
#include "store/pg/reads.h"

namespace nc::store {
namespace {

using pg::Params;

constexpr const char* kColumns =
    "seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org, subject_member, format";

AuditRecord read_row(const pg::Rows& rows, int r) {
  AuditRecord a;
  domain::AuditEntry& e = a.entry;
  e.seq = static_cast<std::uint64_t>(rows.integer(r, 0));
  e.time_us = rows.integer(r, 1);
  e.actor = std::string(rows.text(r, 2));
  e.action = std::string(rows.text(r, 3));
  e.target = std::string(rows.text(r, 4));
  e.origin = std::string(rows.text(r, 5));
  e.detail = std::string(rows.text(r, 6));
  // A stored hash that is not hex reads as zeros: verification reports it.
  e.prev = domain::parse_hex_hash(rows.text(r, 7)).value_or(domain::AuditHash{});
  e.hash = domain::parse_hex_hash(rows.text(r, 8)).value_or(domain::AuditHash{});
  if (!rows.is_null(r, 9)) e.scope = domain::OrgId{static_cast<std::uint32_t>(rows.integer(r, 9))};
  if (!rows.is_null(r, 10)) e.subject = domain::MemberId{static_cast<std::uint32_t>(rows.integer(r, 10))};
  e.format = static_cast<std::uint32_t>(rows.integer(r, 11));
  return a;
}

// Attaches subject rows (seq, member_id; in seq, member_id order) to `out`
// (in seq order); a row whose seq names no entry comes back, once per seq,
// as an entry of its own, so verification reports it where it belongs (as
// removed, inserted or truncated). Then everything in seq order.
void attach_subjects(std::vector<domain::AuditEntry>& out, const pg::Rows& sub) {
  std::size_t at = 0;
  std::vector<std::uint64_t> orphans;
  for (int r = 0; r < sub.size(); ++r) {
    const auto seq = static_cast<std::uint64_t>(sub.integer(r, 0));
    while (at < out.size() && out[at].seq < seq) ++at;
    // Several entries may share a seq (an inserted duplicate): each gets the rows.
    bool matched = false;
    for (std::size_t k = at; k < out.size() && out[k].seq == seq; ++k) {
      out[k].subjects.push_back(domain::MemberId{static_cast<std::uint32_t>(sub.integer(r, 1))});
      matched = true;
    }
    if (!matched && (orphans.empty() || orphans.back() != seq)) orphans.push_back(seq);
  }
  for (std::uint64_t seq : orphans) {
    domain::AuditEntry ghost;
    ghost.seq = seq;
    ghost.actor = "(audit_subjects rows without their entry)";
    out.push_back(std::move(ghost));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const domain::AuditEntry& a, const domain::AuditEntry& b) { return a.seq < b.seq; });
}

// A query over audit_log built from the filters that are set: each adds a
// clause with numbered parameters in order of appearance (as
// sqlite_audit.cpp builds it; the same text).
struct AuditQuery {
  std::string where;  // " AND ..." clauses
  Params values;

  std::string param(std::int64_t v) {
    values.add(v);
    return "$" + std::to_string(values.size());
  }
  std::string param(const std::string& v) {
    values.add(v);
    return "$" + std::to_string(values.size());
  }
};

// " IN (SELECT id FROM organisations WHERE (path >= $a AND path < $b) OR …)":
// the organisations of the subtrees of `roots`; nothing when none is known.
Result<std::string> subtree_of(pg::Connection& c, AuditQuery& q, const std::vector<domain::OrgId>& roots) {
  std::vector<OrgScope> scope;
  for (domain::OrgId o : roots) scope.push_back({o, true});
  auto ranges = pg::ranges_of(c, scope);
  if (!ranges.ok()) return ranges.status();
  if (ranges->empty()) return std::string(" IN (SELECT id FROM organisations WHERE 0 = 1)");
  std::string out = " IN (SELECT id FROM organisations WHERE ";
  for (std::size_t i = 0; i < ranges->size(); ++i) {
    const std::string lo = q.param((*ranges)[i].lo);
    const std::string hi = q.param((*ranges)[i].hi);
    out += (i ? " OR " : "") + ("(path >= " + lo + " AND path < " + hi + ")");
  }
  return out + ")";
}

Result<AuditQuery> audit_query(pg::Connection& c, const AuditFilter& f, bool paged) {
  if (f.actions.size() > 32) return Status::Invalid("at most 32 actions in one audit filter");
  if (f.scopes && f.scopes->size() > 64) return Status::Invalid("at most 64 scopes in one audit filter");
  AuditQuery q;
  if (f.scopes) {
    std::string visible = "0 = 1";
    if (!f.scopes->empty()) {
      auto in = subtree_of(c, q, *f.scopes);
      if (!in.ok()) return in.status();
      visible = "scope_org" + *in;
    }
    q.where += f.unscoped ? " AND (" + visible + " OR scope_org IS NULL)" : " AND " + visible;
  }
  if (f.org) {
    auto in = subtree_of(c, q, {*f.org});
    if (!in.ok()) return in.status();
    q.where += " AND scope_org" + *in;
  }
  if (!f.actor_prefix.empty()) {
    // A prefix as a range, which the (actor, seq) index serves.
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
  if (f.from_us) q.where += " AND time_us >= " + q.param(static_cast<std::int64_t>(*f.from_us));
  if (f.to_us) q.where += " AND time_us <= " + q.param(static_cast<std::int64_t>(*f.to_us));
  if (f.subject) {
    const std::string m = q.param(std::int64_t{f.subject->value});
    q.where += " AND seq IN (SELECT seq FROM audit_log WHERE subject_member = " + m +
               " UNION SELECT seq FROM audit_subjects WHERE member_id = " + m + ")";
  }
  if (paged && f.before_seq) q.where += " AND seq < " + q.param(static_cast<std::int64_t>(*f.before_seq));
  return q;
}

}  // namespace

PgAuditStore::PgAuditStore(std::unique_ptr<pg::Connection> connection) : conn_(std::move(connection)) {}
PgAuditStore::~PgAuditStore() = default;

Result<std::unique_ptr<PgAuditStore>> PgAuditStore::open(const std::string& conninfo) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  return std::unique_ptr<PgAuditStore>(new PgAuditStore(std::move(c).value()));
}

Status PgAuditStore::append_audit(const AuditRecord& audit) {
  Queued mine{&audit};
  std::unique_lock queue(queue_mu_);
  queue_.push_back(&mine);
  while (!mine.done) {
    if (writing_) {
      queue_cv_.wait(queue);
      continue;
    }
    // This caller stores the batch: its own entry and all queued before it took the turn.
    writing_ = true;
    std::vector<Queued*> batch;
    batch.swap(queue_);
    queue.unlock();
    {
      std::lock_guard lock(mu_);
      pg::Connection& c = *conn_;
      auto store = [&](const std::vector<Queued*>& entries, const std::string& what) {
        return c.transaction(what, [&]() -> Status {
          if (Status s = pg::lock_writes(c); !s.ok()) return s;
          for (Queued* q : entries) {
            if (Status s = pg::insert_audit(c, *q->record); !s.ok()) return s;
          }
          return Status::Ok();
        });
      };
      Status all = store(batch, "audit entries");
      if (all.ok() || batch.size() == 1) {
        for (Queued* q : batch) q->result = all;
      } else {
        // One entry failed the batch: each alone, so each caller learns its own outcome.
        for (Queued* q : batch) q->result = store({q}, "audit entry");
      }
    }
    queue.lock();
    for (Queued* q : batch) q->done = true;
    writing_ = false;
    queue_cv_.notify_all();
  }
  return mine.result;
}

Result<std::vector<AuditRecord>> PgAuditStore::list_audit(const AuditFilter& f) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::vector<AuditRecord> out;
  Status s = pg::read_snapshot(c, "reading the audit log", [&]() -> Status {
    auto q = audit_query(c, f, true);
    if (!q.ok()) return q.status();
    const std::string limit = q->param(static_cast<std::int64_t>(std::min<std::size_t>(f.limit, 100000)));
    auto rows = c.query(std::string("SELECT ") + kColumns + " FROM audit_log WHERE 1 = 1" + q->where +
                            " ORDER BY seq DESC LIMIT " + limit,
                        q->values, "reading the audit log");
    if (!rows.ok()) return rows.status();
    out.reserve(static_cast<std::size_t>(rows->size()));
    for (int r = 0; r < rows->size(); ++r) out.push_back(read_row(*rows, r));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::uint64_t> PgAuditStore::count_audit(const AuditFilter& f) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::uint64_t n = 0;
  Status s = pg::read_snapshot(c, "counting the audit log", [&]() -> Status {
    auto q = audit_query(c, f, false);
    if (!q.ok()) return q.status();
    auto rows = c.query("SELECT count(*) FROM audit_log WHERE 1 = 1" + q->where, q->values, "counting the audit log");
    if (!rows.ok()) return rows.status();
    n = static_cast<std::uint64_t>(rows->integer(0, 0));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return n;
}

Result<std::vector<domain::AuditEntry>> PgAuditStore::audit_chain_range(std::uint64_t after, std::size_t limit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::vector<domain::AuditEntry> out;
  Status s = pg::read_snapshot(c, "reading the audit chain", [&]() -> Status {
    auto rows = c.query(std::string("SELECT ") + kColumns + " FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                        Params()
                            .add(static_cast<std::int64_t>(after))
                            .add(static_cast<std::int64_t>(std::min<std::size_t>(limit, 1000000))),
                        "reading the audit log");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) out.push_back(read_row(*rows, r).entry);
    // Subject rows from after+1 up to the last entry read (or all beyond
    // `after` when this is the end of the log, so orphans at the end show).
    const bool end = out.size() < limit;
    const auto last = static_cast<std::int64_t>(out.empty() ? after : out.back().seq);
    auto sub = end ? c.query("SELECT seq, member_id FROM audit_subjects WHERE seq > $1 ORDER BY seq, member_id",
                             Params().add(static_cast<std::int64_t>(after)), "reading the audit subjects")
                   : c.query(
                         "SELECT seq, member_id FROM audit_subjects WHERE seq > $1 AND seq <= $2"
                         " ORDER BY seq, member_id",
                         Params().add(static_cast<std::int64_t>(after)).add(last), "reading the audit subjects");
    if (!sub.ok()) return sub.status();
    attach_subjects(out, *sub);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<domain::AuditEntry>> PgAuditStore::audit_chain() {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::vector<domain::AuditEntry> out;
  Status s = pg::read_snapshot(c, "reading the audit chain", [&]() -> Status {
    auto rows = c.query(std::string("SELECT ") + kColumns + " FROM audit_log ORDER BY seq", "reading the audit log");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) out.push_back(read_row(*rows, r).entry);
    auto sub =
        c.query("SELECT seq, member_id FROM audit_subjects ORDER BY seq, member_id", "reading the audit subjects");
    if (!sub.ok()) return sub.status();
    attach_subjects(out, *sub);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<domain::Checkpoint> PgAuditStore::audit_head() {
  std::lock_guard lock(mu_);
  auto rows = conn_->query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", "reading the audit head");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return domain::kGenesis;
  return domain::Checkpoint{static_cast<std::uint64_t>(rows->integer(0, 0)),
                            domain::parse_hex_hash(rows->text(0, 1)).value_or(domain::AuditHash{})};
}

Status PgAuditStore::add_checkpoint(const domain::SignedCheckpoint& cp) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  Status s = c.transaction("storing an audit checkpoint", [&]() -> Status {
    if (Status l = pg::lock_writes(c); !l.ok()) return l;
    return c.run("INSERT INTO audit_checkpoints (seq, time_us, hash, signature) VALUES ($1, $2, $3, $4)",
                 Params()
                     .add(static_cast<std::int64_t>(cp.checkpoint.seq))
                     .add(static_cast<std::int64_t>(cp.time_us))
                     .add(domain::hex(cp.checkpoint.hash))
                     .add(domain::signature_hex(cp.signature)),
                 "storing an audit checkpoint");
  });
  if (s.code() == Code::kConflict) {
    return Status::Error(Code::kConflict, "a checkpoint for entry " + std::to_string(cp.checkpoint.seq) + " exists");
  }
  return s;
}

Result<std::vector<domain::SignedCheckpoint>> PgAuditStore::list_checkpoints() {
  std::lock_guard lock(mu_);
  auto rows = conn_->query("SELECT seq, time_us, hash, signature FROM audit_checkpoints ORDER BY seq",
                           "reading audit checkpoints");
  if (!rows.ok()) return rows.status();
  std::vector<domain::SignedCheckpoint> out;
  for (int r = 0; r < rows->size(); ++r) {
    const std::string line = std::string(rows->text(r, 0)) + "\t" + std::string(rows->text(r, 1)) + "\t" +
                             std::string(rows->text(r, 2)) + "\t" + std::string(rows->text(r, 3));
    auto parsed = domain::parse_checkpoint(line);
    // A row that no longer parses keeps its seq with a zero signature: verification reports it.
    domain::SignedCheckpoint cp;
    if (parsed) {
      cp = *parsed;
    } else {
      cp.checkpoint.seq = static_cast<std::uint64_t>(rows->integer(r, 0));
      cp.time_us = rows->integer(r, 1);
    }
    out.push_back(cp);
  }
  return out;
}

}  // namespace nc::store
