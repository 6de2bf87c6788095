// The SQLite store's bump, recount_subtrees and transfer_records
// (sqlite_workflow.cpp) on PostgreSQL, statement for statement: the same SQL
// text where the dialects agree, which here is everywhere (ON CONFLICT … DO
// UPDATE and recursive CTEs mean the same in both; sum() of BIGINT is NUMERIC
// in PostgreSQL, stored back into BIGINT by assignment).
#include "store/pg/record_counters.h"

#include <cstdlib>
#include <tuple>
#include <vector>

#include "domain/workflow.h"
#include "store/pg/org_paths.h"

namespace nc::store::pg {

Status bump_counts(Connection& c, domain::OrgId org, const std::string& kind, const std::string& state,
                   const std::string& month, const std::optional<std::string>& due, std::int64_t delta,
                   unsigned families) {
  const std::int64_t own = org.value;
  if (families & kByState) {
    if (Status s = c.run("INSERT INTO workflow_counts (org_id, kind, state, n) VALUES ($1, $2, $3, $4)"
                         " ON CONFLICT (org_id, kind, state) DO UPDATE SET n = workflow_counts.n + excluded.n",
                         Params().add(own).add(kind).add(state).add(delta), "counting records");
        !s.ok()) {
      return s;
    }
  }
  auto path = org_path(c, org);
  if (!path.ok()) return path.status();
  std::vector<std::int64_t> above;
  if (*path) above = ids_on(**path);
  if (above.empty()) above.push_back(own);  // no path yet: itself
  if (families & kByState) {
    for (std::int64_t id : above) {
      if (Status s =
              c.run("INSERT INTO workflow_subtree_counts (org_id, kind, state, n) VALUES ($1, $2, $3, $4)"
                    " ON CONFLICT (org_id, kind, state) DO UPDATE SET n = workflow_subtree_counts.n + excluded.n",
                    Params().add(id).add(kind).add(state).add(delta), "counting records");
          !s.ok()) {
        return s;
      }
    }
  }
  if (families & kByMonth) {
    if (Status s =
            c.run("INSERT INTO workflow_month_counts (org_id, kind, month, state, n) VALUES ($1, $2, $3, $4, $5)"
                  " ON CONFLICT (org_id, kind, month, state) DO UPDATE SET n = workflow_month_counts.n + excluded.n",
                  Params().add(own).add(kind).add(month).add(state).add(delta), "counting records by month");
        !s.ok()) {
      return s;
    }
    for (std::int64_t id : above) {
      if (Status s = c.run("INSERT INTO workflow_subtree_month_counts (org_id, kind, month, state, n)"
                           " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, month, kind, state)"
                           " DO UPDATE SET n = workflow_subtree_month_counts.n + excluded.n",
                           Params().add(id).add(kind).add(month).add(state).add(delta), "counting records by month");
          !s.ok()) {
        return s;
      }
    }
  }
  if (!due || !(families & kByDue)) return Status::Ok();
  for (std::int64_t id : above) {
    if (Status s =
            c.run("INSERT INTO workflow_subtree_due (org_id, kind, state, due_date, n) VALUES ($1, $2, $3, $4, $5)"
                  " ON CONFLICT (org_id, kind, state, due_date) DO UPDATE SET n = workflow_subtree_due.n + excluded.n",
                  Params().add(id).add(kind).add(state).add(*due).add(delta), "counting records by due date");
        !s.ok()) {
      return s;
    }
    if (Status s = c.run("INSERT INTO workflow_subtree_dated (org_id, kind, state, n) VALUES ($1, $2, $3, $4)"
                         " ON CONFLICT (org_id, kind, state) DO UPDATE SET n = workflow_subtree_dated.n + excluded.n",
                         Params().add(id).add(kind).add(state).add(delta), "counting records by due date");
        !s.ok()) {
      return s;
    }
    if (delta >= 0) continue;
    if (Status s = c.run("DELETE FROM workflow_subtree_due WHERE org_id = $1 AND kind = $2 AND state = $3"
                         " AND due_date = $4 AND n = 0",
                         Params().add(id).add(kind).add(state).add(*due), "counting records by due date");
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

Status recount_subtrees(Connection& c) {
  const char* statements[][2] = {
      {"DELETE FROM workflow_subtree_counts", "recounting records"},
      {"WITH RECURSIVE up (org, anc) AS ("
       " SELECT DISTINCT org_id, org_id FROM workflow_counts WHERE n != 0"
       " UNION ALL"
       " SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL)"
       " INSERT INTO workflow_subtree_counts (org_id, kind, state, n)"
       " SELECT up.anc, c.kind, c.state, sum(c.n) FROM up JOIN workflow_counts c ON c.org_id = up.org"
       " GROUP BY up.anc, c.kind, c.state",
       "recounting records"},
      {"DELETE FROM workflow_subtree_month_counts", "recounting records by month"},
      {"WITH RECURSIVE up (org, anc) AS ("
       " SELECT DISTINCT org_id, org_id FROM workflow_month_counts WHERE n != 0"
       " UNION ALL"
       " SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL)"
       " INSERT INTO workflow_subtree_month_counts (org_id, kind, month, state, n)"
       " SELECT up.anc, c.kind, c.month, c.state, sum(c.n) FROM up"
       " JOIN workflow_month_counts c ON c.org_id = up.org GROUP BY up.anc, c.kind, c.month, c.state",
       "recounting records by month"},
      {"DELETE FROM workflow_subtree_due", "recounting records by due date"},
      {"WITH RECURSIVE own (org_id, kind, state, due_date, n) AS ("
       " SELECT org_id, kind, state, due_date, count(*) FROM workflow_records WHERE due_date IS NOT NULL"
       " GROUP BY org_id, kind, state, due_date),"
       " up (org, anc) AS ("
       " SELECT DISTINCT org_id, org_id FROM own"
       " UNION ALL"
       " SELECT up.org, o.parent_id FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL)"
       " INSERT INTO workflow_subtree_due (org_id, kind, state, due_date, n)"
       " SELECT up.anc, own.kind, own.state, own.due_date, sum(own.n) FROM up JOIN own ON own.org_id = up.org"
       " GROUP BY up.anc, own.kind, own.state, own.due_date",
       "recounting records by due date"},
      {"DELETE FROM workflow_subtree_dated", "recounting records by due date"},
      {"INSERT INTO workflow_subtree_dated (org_id, kind, state, n)"
       " SELECT org_id, kind, state, sum(n) FROM workflow_subtree_due GROUP BY org_id, kind, state",
       "recounting records by due date"},
  };
  for (const auto& [sql, what] : statements) {
    if (Status s = c.run(sql, what); !s.ok()) return s;
  }
  return Status::Ok();
}

Status transfer_records(Connection& c, domain::MemberId member, domain::OrgId to, const AuditRecord& audit) {
  const std::int64_t who = member.value, dest = to.value;
  auto rows = c.query(
      "SELECT org_id, kind, state, substr(record_date, 1, 7), due_date, count(*) FROM workflow_records"
      " WHERE subject_member = $1 AND org_id != $2"
      " GROUP BY org_id, kind, state, substr(record_date, 1, 7), due_date",
      Params().add(who).add(dest), "reading a member's records");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return Status::Ok();
  for (int r = 0; r < rows->size(); ++r) {
    const domain::OrgId from{static_cast<std::uint32_t>(rows->integer(r, 0))};
    const std::string kind(rows->text(r, 1)), state(rows->text(r, 2)), month(rows->text(r, 3));
    std::optional<std::string> due;
    if (!rows->is_null(r, 4)) due = std::string(rows->text(r, 4));
    const std::int64_t n = rows->integer(r, 5);
    if (Status s = bump_counts(c, from, kind, state, month, due, -n); !s.ok()) return s;
    if (Status s = bump_counts(c, to, kind, state, month, due, n); !s.ok()) return s;
  }
  // The actor of a step is a user: "user:12 (…) as …" in the audit entry; an operator's CLI is user 0.
  std::int64_t actor = 0;
  if (audit.entry.actor.rfind("user:", 0) == 0) actor = std::atoll(audit.entry.actor.c_str() + 5);
  if (Status s = c.run(
          "INSERT INTO workflow_steps (record_id, position, verb, from_state, to_state, actor_user, actor_role,"
          " reason, fields, time_us)"
          " SELECT r.id, (SELECT COALESCE(MAX(s.position), 0) + 1 FROM workflow_steps s WHERE s.record_id = r.id),"
          " $1, r.state, r.state, $2, '',"
          " '由「' || COALESCE((SELECT name FROM organisations WHERE id = r.org_id), '') || '」转至「' ||"
          " COALESCE((SELECT name FROM organisations WHERE id = $3), '') || '」',"
          " '', $4 FROM workflow_records r WHERE r.subject_member = $5 AND r.org_id != $6",
          Params()
              .add(domain::workflow::kTransferStep)
              .add(actor)
              .add(dest)
              .add(static_cast<std::int64_t>(audit.entry.time_us))
              .add(who)
              .add(dest),
          "recording a transfer in the records' history");
      !s.ok()) {
    return s;
  }
  return c.run(
      "UPDATE workflow_records SET org_id = $1, version = version + 1, updated_us = $2"
      " WHERE subject_member = $3 AND org_id != $4",
      Params().add(dest).add(static_cast<std::int64_t>(audit.entry.time_us)).add(who).add(dest),
      "transferring a member's records");
}

}  // namespace nc::store::pg
