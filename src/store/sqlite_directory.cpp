// SqliteStore: the organisation hierarchy and the roster, with their
// histories. The domain assigns ids (OrgTree, Roster); the store keeps rows
// keyed by them and hands them back in id order for restore().
#include "store/sqlite_internal.h"

namespace nc::store {

std::optional<domain::Date> read_date(const Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return domain::parse_date(st.text(column));
}

domain::Member read_member(const Statement& st) {
  domain::Member m;
  m.id = domain::MemberId{static_cast<std::uint32_t>(st.integer(0))};
  m.name = st.text(1);
  m.number = st.text(2);
  m.org = domain::OrgId{static_cast<std::uint32_t>(st.integer(3))};
  m.category = static_cast<domain::Category>(st.integer(4));
  m.cadre = st.integer(5) != 0;
  m.cadre_level = static_cast<domain::CadreLevel>(st.integer(6));
  m.status = static_cast<domain::MemberStatus>(st.integer(7));
  m.status_since = read_date(st, 8);
  m.joined = read_date(st, 9);
  m.regularised = read_date(st, 10);
  return m;
}

namespace {

using domain::Date;

void bind_date(Statement& st, int index, const std::optional<Date>& d) {
  if (d) {
    st.bind(index, d->iso());
  } else {
    st.bind_null(index);
  }
}

template <typename Id>
std::optional<Id> read_id(const Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return Id{static_cast<std::uint32_t>(st.integer(column))};
}

template <typename Id>
void bind_id(Statement& st, int index, const std::optional<Id>& id) {
  if (id) {
    st.bind(index, static_cast<long long>(id->value));
  } else {
    st.bind_null(index);
  }
}

Status save_organisation(sqlite3* db, const domain::Organisation& o) {
  Statement del(db, "DELETE FROM organisations WHERE id = $1");
  del.bind(1, static_cast<long long>(o.id.value));
  if (Status s = step_done(db, del, "replacing organisation"); !s.ok()) return s;
  Statement delp(db, "DELETE FROM organisation_parents WHERE org_id = $1");
  delp.bind(1, static_cast<long long>(o.id.value));
  if (Status s = step_done(db, delp, "replacing organisation history"); !s.ok()) return s;
  Statement ins(db,
                "INSERT INTO organisations (id, code, name, type, parent_id, active, merged_into, created, path)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
                " COALESCE((SELECT path FROM organisations WHERE id = $5), '') || CAST($1 AS TEXT) || '/')");
  ins.bind(1, static_cast<long long>(o.id.value));
  ins.bind(2, o.code);
  ins.bind(3, o.name);
  ins.bind(4, static_cast<long long>(o.type));
  bind_id(ins, 5, o.parent);
  ins.bind(6, static_cast<long long>(o.active ? 1 : 0));
  bind_id(ins, 7, o.merged_into);
  ins.bind(8, o.created.iso());
  if (Status s = step_done(db, ins, "storing organisation " + o.code); !s.ok()) return s;
  Statement insp(db,
                 "INSERT INTO organisation_parents (org_id, position, parent_id, from_date, to_date)"
                 " VALUES ($1, $2, $3, $4, $5)");
  long long position = 0;
  for (const domain::ParentSpell& p : o.parents) {
    insp.bind(1, static_cast<long long>(o.id.value));
    insp.bind(2, position++);
    bind_id(insp, 3, p.parent);
    insp.bind(4, p.from.iso());
    bind_date(insp, 5, p.to);
    if (Status s = step_done(db, insp, "storing organisation history"); !s.ok()) return s;
  }
  return Status::Ok();
}

// Every organisation's path (migration 9) from its parent's, root down: after
// organisations were written, since a move changes the paths of a whole
// subtree. A path ends with the organisation's own id, so no two rows ever
// share one, not even halfway through this update (organisations_by_path is
// unique). 33,000 organisations take about 0.1 s (docs/benchmarks.md).
Status update_paths(sqlite3* db) {
  Statement st(db,
               "WITH RECURSIVE tree (id, path) AS ("
               " SELECT id, CAST(id AS TEXT) || '/' FROM organisations WHERE parent_id IS NULL"
               " UNION ALL"
               " SELECT o.id, tree.path || CAST(o.id AS TEXT) || '/' FROM organisations o"
               " JOIN tree ON o.parent_id = tree.id)"
               " UPDATE organisations SET path = tree.path FROM tree"
               " WHERE tree.id = organisations.id AND organisations.path <> tree.path");
  return step_done(db, st, "updating organisation paths");
}

Status append_event(sqlite3* db, const domain::OrgEvent& e) {
  Statement ins(db,
                "INSERT INTO organisation_events (position, kind, org_id, on_date, from_org, to_org, before_text,"
                " after_text) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM organisation_events),"
                " $1, $2, $3, $4, $5, $6, $7)");
  ins.bind(1, static_cast<long long>(e.kind));
  ins.bind(2, static_cast<long long>(e.org.value));
  ins.bind(3, e.date.iso());
  bind_id(ins, 4, e.from);
  bind_id(ins, 5, e.to);
  ins.bind(6, e.before);
  ins.bind(7, e.after);
  return step_done(db, ins, "storing organisation event");
}

// Replaces members (and their histories). The statements are prepared once
// per batch: an import of 100,000 members would otherwise prepare 600,000.
class MemberWriter {
 public:
  explicit MemberWriter(sqlite3* db)
      : db_(db),
        del_member_(db, "DELETE FROM members WHERE id = $1"),
        del_orgs_(db, "DELETE FROM member_org_history WHERE member_id = $1"),
        del_statuses_(db, "DELETE FROM member_status_history WHERE member_id = $1"),
        ins_member_(db,
                    "INSERT INTO members (id, name, number, org_id, category, cadre, cadre_level, status, status_since,"
                    " joined, regularised) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"),
        ins_org_(db,
                 "INSERT INTO member_org_history (member_id, position, org_id, from_date, to_date)"
                 " VALUES ($1, $2, $3, $4, $5)"),
        ins_status_(db,
                    "INSERT INTO member_status_history (member_id, position, status, from_date, to_date)"
                    " VALUES ($1, $2, $3, $4, $5)") {}

  Status save(const domain::Member& m) {
    const long long id = m.id.value;
    for (Statement* del : {&del_member_, &del_orgs_, &del_statuses_}) {
      del->bind(1, id);
      if (Status s = step_done(db_, *del, "replacing member"); !s.ok()) return s;
    }
    Statement& ins = ins_member_;
    ins.bind(1, id);
    ins.bind(2, m.name);
    ins.bind(3, m.number);
    ins.bind(4, static_cast<long long>(m.org.value));
    ins.bind(5, static_cast<long long>(m.category));
    ins.bind(6, static_cast<long long>(m.cadre ? 1 : 0));
    ins.bind(7, static_cast<long long>(m.cadre_level));
    ins.bind(8, static_cast<long long>(m.status));
    bind_date(ins, 9, m.status_since);
    bind_date(ins, 10, m.joined);
    bind_date(ins, 11, m.regularised);
    if (Status s = step_done(db_, ins, "storing member " + m.number); !s.ok()) return s;
    long long position = 0;
    for (const domain::OrgSpell& spell : m.org_history) {
      ins_org_.bind(1, id);
      ins_org_.bind(2, position++);
      ins_org_.bind(3, static_cast<long long>(spell.org.value));
      ins_org_.bind(4, spell.from.iso());
      bind_date(ins_org_, 5, spell.to);
      if (Status s = step_done(db_, ins_org_, "storing member history"); !s.ok()) return s;
    }
    position = 0;
    for (const domain::StatusSpell& spell : m.status_history) {
      ins_status_.bind(1, id);
      ins_status_.bind(2, position++);
      ins_status_.bind(3, static_cast<long long>(spell.status));
      ins_status_.bind(4, spell.from.iso());
      bind_date(ins_status_, 5, spell.to);
      if (Status s = step_done(db_, ins_status_, "storing member history"); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  sqlite3* db_;
  Statement del_member_, del_orgs_, del_statuses_, ins_member_, ins_org_, ins_status_;
};

}  // namespace

Result<DirectorySnapshot> SqliteStore::load_directory() {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  DirectorySnapshot snap;
  {
    Statement st(db,
                 "SELECT id, code, name, type, parent_id, active, merged_into, created FROM organisations ORDER BY id");
    if (!st.prepared()) return db_error(db, "reading organisations");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      domain::Organisation o;
      o.id = domain::OrgId{static_cast<std::uint32_t>(st.integer(0))};
      o.code = st.text(1);
      o.name = st.text(2);
      o.type = static_cast<domain::OrgType>(st.integer(3));
      o.parent = read_id<domain::OrgId>(st, 4);
      o.active = st.integer(5) != 0;
      o.merged_into = read_id<domain::OrgId>(st, 6);
      o.created = read_date(st, 7).value_or(Date{});
      snap.organisations.push_back(std::move(o));
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading organisations");
  }
  {
    Statement st(db,
                 "SELECT org_id, parent_id, from_date, to_date FROM organisation_parents ORDER BY org_id, position");
    if (!st.prepared()) return db_error(db, "reading organisation history");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      const auto id = static_cast<std::size_t>(st.integer(0));
      if (id == 0 || id > snap.organisations.size()) return Status::Error(Code::kCorrupt, "orphan organisation history");
      snap.organisations[id - 1].parents.push_back(
          {read_id<domain::OrgId>(st, 1), read_date(st, 2).value_or(Date{}), read_date(st, 3)});
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading organisation history");
  }
  {
    Statement st(db,
                 "SELECT kind, org_id, on_date, from_org, to_org, before_text, after_text FROM organisation_events"
                 " ORDER BY position");
    if (!st.prepared()) return db_error(db, "reading organisation events");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      domain::OrgEvent e;
      e.kind = static_cast<domain::OrgEventKind>(st.integer(0));
      e.org = domain::OrgId{static_cast<std::uint32_t>(st.integer(1))};
      e.date = read_date(st, 2).value_or(Date{});
      e.from = read_id<domain::OrgId>(st, 3);
      e.to = read_id<domain::OrgId>(st, 4);
      e.before = st.text(5);
      e.after = st.text(6);
      snap.events.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading organisation events");
  }
  {
    Statement st(db,
                 "SELECT id, name, number, org_id, category, cadre, cadre_level, status, status_since, joined,"
                 " regularised FROM members ORDER BY id");
    if (!st.prepared()) return db_error(db, "reading members");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      snap.members.push_back(read_member(st));
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading members");
  }
  for (const char* sql : {"SELECT member_id, org_id, from_date, to_date FROM member_org_history"
                          " ORDER BY member_id, position",
                          "SELECT member_id, status, from_date, to_date FROM member_status_history"
                          " ORDER BY member_id, position"}) {
    const bool org = std::string_view(sql).find("org_id") != std::string_view::npos;
    Statement st(db, sql);
    if (!st.prepared()) return db_error(db, "reading member history");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      const auto id = static_cast<std::size_t>(st.integer(0));
      if (id == 0 || id > snap.members.size()) return Status::Error(Code::kCorrupt, "orphan member history");
      domain::Member& m = snap.members[id - 1];
      const Date from = read_date(st, 2).value_or(Date{});
      if (org) {
        m.org_history.push_back({domain::OrgId{static_cast<std::uint32_t>(st.integer(1))}, from, read_date(st, 3)});
      } else {
        m.status_history.push_back({static_cast<domain::MemberStatus>(st.integer(1)), from, read_date(st, 3)});
      }
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading member history");
  }
  return snap;
}

Status SqliteStore::save_directory(std::span<const domain::Organisation> organisations,
                                   std::span<const domain::OrgEvent> events, std::span<const domain::Member> members,
                                   const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("saving organisations and members", [&]() -> Status {
    for (const auto& o : organisations) {
      if (Status s = save_organisation(db, o); !s.ok()) return s;
    }
    if (!organisations.empty()) {
      if (Status s = update_paths(db); !s.ok()) return s;
      // The registers' subtree counters follow the hierarchy (an organisation moved, merged, was created).
      if (Status s = recount_subtrees(db); !s.ok()) return s;
    }
    for (const auto& e : events) {
      if (Status s = append_event(db, e); !s.ok()) return s;
    }
    if (!members.empty()) {
      MemberWriter writer(db);
      for (const auto& m : members) {
        if (Status s = writer.save(m); !s.ok()) return s;
        // A member who moved takes their records along (the transfer rule).
        if (Status s = transfer_records(db, m.id, m.org, audit); !s.ok()) return s;
      }
    }
    return insert_audit(db, audit);
  });
}

}  // namespace nc::store
