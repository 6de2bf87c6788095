// SqliteStore: organisation dictionaries (保密词表).
#include <map>

#include "store/sqlite_internal.h"

namespace nc::store {

Result<std::vector<StoredDictionary>> SqliteStore::load_dictionaries() {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  std::map<std::uint32_t, StoredDictionary> by_org;
  {
    Statement st(db, "SELECT org_id, updated_us, updated_by FROM org_dictionaries ORDER BY org_id");
    if (!st.prepared()) return db_error(db, "reading dictionaries");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      StoredDictionary d;
      d.dictionary.org = domain::OrgId{static_cast<std::uint32_t>(st.integer(0))};
      d.updated_us = st.integer(1);
      d.updated_by = st.text(2);
      by_org.emplace(d.dictionary.org.value, std::move(d));
    }
    if (rc != SQLITE_DONE) return db_error(db, "reading dictionaries");
  }
  Statement st(db, "SELECT org_id, term, note FROM org_dictionary_terms ORDER BY org_id, position");
  if (!st.prepared()) return db_error(db, "reading dictionary terms");
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    auto it = by_org.find(static_cast<std::uint32_t>(st.integer(0)));
    if (it == by_org.end()) return Status::Error(Code::kStorage, "dictionary terms without their dictionary");
    it->second.dictionary.terms.push_back({st.text(1), st.text(2)});
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading dictionary terms");
  std::vector<StoredDictionary> out;
  for (auto& [org, d] : by_org) out.push_back(std::move(d));
  return out;
}

Status SqliteStore::replace_dictionary(const StoredDictionary& d, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  const long long org = d.dictionary.org.value;
  return impl_->write("replacing dictionary", [&]() -> Status {
    Statement head(db,
                   "INSERT INTO org_dictionaries (org_id, updated_us, updated_by) VALUES ($1, $2, $3)"
                   " ON CONFLICT (org_id) DO UPDATE SET updated_us = excluded.updated_us,"
                   " updated_by = excluded.updated_by");
    head.bind(1, org);
    head.bind(2, static_cast<long long>(d.updated_us));
    head.bind(3, d.updated_by);
    if (Status s = step_done(db, head, "storing dictionary"); !s.ok()) return s;
    Statement del(db, "DELETE FROM org_dictionary_terms WHERE org_id = $1");
    del.bind(1, org);
    if (Status s = step_done(db, del, "replacing dictionary terms"); !s.ok()) return s;
    Statement ins(db, "INSERT INTO org_dictionary_terms (org_id, position, term, note) VALUES ($1, $2, $3, $4)");
    long long position = 0;
    for (const domain::DictionaryTerm& t : d.dictionary.terms) {
      ins.bind(1, org);
      ins.bind(2, position++);
      ins.bind(3, t.term);
      ins.bind(4, t.note);
      if (Status s = step_done(db, ins, "storing dictionary term"); !s.ok()) return s;
    }
    return insert_audit(db, audit);
  });
}

}  // namespace nc::store
