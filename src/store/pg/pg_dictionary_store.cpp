// PgDictionaryStore: SqliteStore's sqlite_dictionaries.cpp on PostgreSQL, the
// same SQL text (ON CONFLICT … DO UPDATE means the same in both).
#include "store/pg/pg_dictionary_store.h"

#include <map>
#include <utility>

#include "store/pg/audit_append.h"

namespace nc::store {

using pg::Params;

PgDictionaryStore::PgDictionaryStore(std::unique_ptr<pg::Connection> connection) : conn_(std::move(connection)) {}
PgDictionaryStore::~PgDictionaryStore() = default;

Result<std::unique_ptr<PgDictionaryStore>> PgDictionaryStore::open(const std::string& conninfo) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  return std::unique_ptr<PgDictionaryStore>(new PgDictionaryStore(std::move(c).value()));
}

Result<std::vector<StoredDictionary>> PgDictionaryStore::load_dictionaries() {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::map<std::uint32_t, StoredDictionary> by_org;
  // Both reads in one snapshot: a replacement committed between them is seen by both or neither.
  Status s = c.transaction("reading dictionaries", [&]() -> Status {
    if (Status r = c.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", "reading dictionaries");
        !r.ok()) {
      return r;
    }
    auto heads =
        c.query("SELECT org_id, updated_us, updated_by FROM org_dictionaries ORDER BY org_id", "reading dictionaries");
    if (!heads.ok()) return heads.status();
    for (int r = 0; r < heads->size(); ++r) {
      StoredDictionary d;
      d.dictionary.org = domain::OrgId{static_cast<std::uint32_t>(heads->integer(r, 0))};
      d.updated_us = heads->integer(r, 1);
      d.updated_by = std::string(heads->text(r, 2));
      by_org.emplace(d.dictionary.org.value, std::move(d));
    }
    auto terms = c.query("SELECT org_id, term, note FROM org_dictionary_terms ORDER BY org_id, position",
                         "reading dictionary terms");
    if (!terms.ok()) return terms.status();
    for (int r = 0; r < terms->size(); ++r) {
      auto it = by_org.find(static_cast<std::uint32_t>(terms->integer(r, 0)));
      if (it == by_org.end()) return Status::Error(Code::kStorage, "dictionary terms without their dictionary");
      it->second.dictionary.terms.push_back({std::string(terms->text(r, 1)), std::string(terms->text(r, 2))});
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::vector<StoredDictionary> out;
  for (auto& [org, d] : by_org) out.push_back(std::move(d));
  return out;
}

Status PgDictionaryStore::replace_dictionary(const StoredDictionary& d, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  const std::int64_t org = d.dictionary.org.value;
  return c.transaction("replacing dictionary", [&]() -> Status {
    if (Status s = pg::lock_writes(c); !s.ok()) return s;
    if (Status s = c.run(
            "INSERT INTO org_dictionaries (org_id, updated_us, updated_by) VALUES ($1, $2, $3)"
            " ON CONFLICT (org_id) DO UPDATE SET updated_us = excluded.updated_us, updated_by = excluded.updated_by",
            Params().add(org).add(static_cast<std::int64_t>(d.updated_us)).add(d.updated_by), "storing dictionary");
        !s.ok()) {
      return s;
    }
    if (Status s = c.run("DELETE FROM org_dictionary_terms WHERE org_id = $1", Params().add(org),
                         "replacing dictionary terms");
        !s.ok()) {
      return s;
    }
    std::int64_t position = 0;
    for (const domain::DictionaryTerm& t : d.dictionary.terms) {
      if (Status s = c.run("INSERT INTO org_dictionary_terms (org_id, position, term, note) VALUES ($1, $2, $3, $4)",
                           Params().add(org).add(position++).add(t.term).add(t.note), "storing dictionary term");
          !s.ok()) {
        return s;
      }
    }
    return pg::insert_audit(c, audit);
  });
}

}  // namespace nc::store
