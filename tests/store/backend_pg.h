// The PostgreSQL stores as a backend of the typed area suites
// (directory_store_tests.h, rulebook_store_tests.h,
// dictionary_store_tests.h): a fresh schema per test in the throwaway
// cluster (pg_test_db.h), migrated; each area its own Pg…Store on that
// schema. SQL given to rows() and exec() is the shared dialect
// (store/migrations.h), mapped as migrations are.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "domain/audit_chain.h"
#include "pg_test_db.h"
#include "store/migrations.h"
#include "store/pg/connection.h"
#include "store/pg/migrate.h"
#include "store/pg/pg_account_store.h"
#include "store/pg/pg_dictionary_store.h"
#include "store/pg/pg_directory_store.h"
#include "store/pg/pg_rulebook_store.h"
#include "store/sqlite_store.h"  // utc_now_iso

namespace nc::store::testing {

// The audit chain as stored, read straight from the tables (the audit area
// is another's on PostgreSQL).
inline Result<std::vector<domain::AuditEntry>> read_pg_audit(pg::Connection& c) {
  auto rows = c.query(
      "SELECT seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org, subject_member,"
      " format FROM audit_log ORDER BY seq",
      "reading the audit log");
  if (!rows.ok()) return rows.status();
  std::vector<domain::AuditEntry> out;
  for (int r = 0; r < rows->size(); ++r) {
    domain::AuditEntry e;
    e.seq = static_cast<std::uint64_t>(rows->integer(r, 0));
    e.time_us = rows->integer(r, 1);
    e.actor = std::string(rows->text(r, 2));
    e.action = std::string(rows->text(r, 3));
    e.target = std::string(rows->text(r, 4));
    e.origin = std::string(rows->text(r, 5));
    e.detail = std::string(rows->text(r, 6));
    e.prev = domain::parse_hex_hash(rows->text(r, 7)).value_or(domain::AuditHash{});
    e.hash = domain::parse_hex_hash(rows->text(r, 8)).value_or(domain::AuditHash{});
    if (auto v = rows->optional_integer(r, 9)) e.scope = domain::OrgId{static_cast<std::uint32_t>(*v)};
    if (auto v = rows->optional_integer(r, 10)) e.subject = domain::MemberId{static_cast<std::uint32_t>(*v)};
    e.format = static_cast<std::uint32_t>(rows->integer(r, 11));
    auto subjects = c.query("SELECT member_id FROM audit_subjects WHERE seq = $1 ORDER BY member_id",
                            pg::Params().add(static_cast<std::int64_t>(e.seq)), "reading the audit subjects");
    if (!subjects.ok()) return subjects.status();
    for (int k = 0; k < subjects->size(); ++k) {
      e.subjects.push_back(domain::MemberId{static_cast<std::uint32_t>(subjects->integer(k, 0))});
    }
    out.push_back(std::move(e));
  }
  return out;
}

class PgBackend {
 public:
  static constexpr bool kPostgres = true;

  std::string open(std::function<std::string()> now = {}) {
    if (!schema_.ok()) return schema_.error();
    auto check = pg::Connection::open(schema_.conninfo());
    if (!check.ok()) return check.status().message();
    check_ = std::move(check).value();
    if (Status s = pg::migrate(*check_, utc_now_iso); !s.ok()) return s.message();
    now_ = std::move(now);
    return reopen();
  }
  // New store objects on the same schema (as after a restart).
  std::string reopen() {
    auto directory = PgDirectoryStore::open(schema_.conninfo());
    if (!directory.ok()) return directory.status().message();
    directory_ = std::move(directory).value();
    auto rulebooks = PgRulebookStore::open(schema_.conninfo(), now_);
    if (!rulebooks.ok()) return rulebooks.status().message();
    rulebooks_ = std::move(rulebooks).value();
    auto dictionaries = PgDictionaryStore::open(schema_.conninfo());
    if (!dictionaries.ok()) return dictionaries.status().message();
    dictionaries_ = std::move(dictionaries).value();
    auto accounts = PgAccountStore::open(schema_.conninfo());
    if (!accounts.ok()) return accounts.status().message();
    accounts_ = std::move(accounts).value();
    return "";
  }

  DirectoryStore& directory() { return *directory_; }
  RulebookStore& rulebooks() { return *rulebooks_; }
  DictionaryStore& dictionaries() { return *dictionaries_; }
  AccountStore& accounts() { return *accounts_; }
  Result<std::vector<domain::AuditEntry>> audit() { return read_pg_audit(*check_); }
  const std::string& conninfo() const { return schema_.conninfo(); }
  pg::Connection& connection() { return *check_; }

  Result<std::vector<std::vector<std::string>>> rows(const std::string& sql) {
    auto found = check_->query(dialect_sql(sql.c_str(), Dialect::kPostgresql), "test query");
    if (!found.ok()) return found.status();
    std::vector<std::vector<std::string>> out;
    for (int r = 0; r < found->size(); ++r) {
      std::vector<std::string> row;
      for (int i = 0; i < found->columns(); ++i) {
        row.push_back(found->is_null(r, i) ? "NULL" : std::string(found->text(r, i)));
      }
      out.push_back(std::move(row));
    }
    return out;
  }
  Status exec(const std::string& sql) {
    for (const std::string& statement : pg::split_statements(dialect_sql(sql.c_str(), Dialect::kPostgresql))) {
      if (Status s = check_->run(statement, "test statement"); !s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  PgTestSchema schema_;
  std::function<std::string()> now_;
  std::unique_ptr<pg::Connection> check_;
  std::unique_ptr<PgDirectoryStore> directory_;
  std::unique_ptr<PgRulebookStore> rulebooks_;
  std::unique_ptr<PgDictionaryStore> dictionaries_;
  std::unique_ptr<PgAccountStore> accounts_;
};

}  // namespace nc::store::testing
