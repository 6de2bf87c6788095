#include "store/pg/audit_append.h"

#include "domain/audit_chain.h"

namespace nc::store::pg {
namespace {

constexpr std::int64_t kWriteLock = 0x6e637772;  // "ncwr"; any fixed number, not the migrations'

}  // namespace

Status lock_writes(Connection& c) {
  return c.run("SELECT pg_advisory_xact_lock($1)", Params().add(kWriteLock), "waiting for other writers");
}

Status insert_audit(Connection& c, const AuditRecord& audit) {
  domain::Checkpoint head = domain::kGenesis;
  auto last = c.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", "reading the audit head");
  if (!last.ok()) return last.status();
  if (!last->empty()) {
    head.seq = static_cast<std::uint64_t>(last->integer(0, 0));
    head.hash = domain::parse_hex_hash(last->text(0, 1)).value_or(domain::AuditHash{});
  }
  const domain::AuditEntry e = domain::seal(audit.entry, head);
  Params row;
  row.add(static_cast<std::int64_t>(e.seq))
      .add(static_cast<std::int64_t>(e.time_us))
      .add(e.actor)
      .add(e.action)
      .add(e.target)
      .add(e.origin)
      .add(e.detail)
      .add(domain::hex(e.prev))
      .add(domain::hex(e.hash))
      .add(e.scope ? std::optional<std::int64_t>(e.scope->value) : std::nullopt)
      .add(e.subject ? std::optional<std::int64_t>(e.subject->value) : std::nullopt)
      .add(static_cast<std::int64_t>(e.format));
  if (Status s = c.run("INSERT INTO audit_log (seq, time_us, actor, action, target, origin, detail, prev_hash, hash,"
                       " scope_org, subject_member, format) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                       row, "writing the audit log");
      !s.ok()) {
    return s;
  }
  for (domain::MemberId m : e.subjects) {
    if (Status s = c.run("INSERT INTO audit_subjects (seq, member_id) VALUES ($1, $2)",
                         Params().add(static_cast<std::int64_t>(e.seq)).add(static_cast<std::int64_t>(m.value)),
                         "writing the audit subjects");
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

}  // namespace nc::store::pg
