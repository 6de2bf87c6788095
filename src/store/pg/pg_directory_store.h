// PgDirectoryStore: the directory on PostgreSQL (issue 12) — organisations
// with their history and paths, members with theirs, and the bounded pages of
// issue 9 (member pages of a subtree, children with counts, organisation
// pages, member search): store.h's DirectoryStore, with the same behaviour as
// SqliteStore's, which the same tests check on both
// (tests/store/directory_store_tests.h).
//
// Text is compared as SQLite compares it, by code point: the database must
// be created with a C collation, and open() refuses one that is not
// (pg/text_order.h). Searches are by the beginning of a name or number, as
// on SQLite: ranges of the btree indexes members_by_name and the unique
// index on members.number (no trigram index: nothing searches inside a
// name).
//
// Not reachable by users yet (docs/architecture.md). One connection,
// serialised by a mutex. Every write is one transaction that first takes the
// database's write lock (pg::lock_writes) and appends its audit entry in it;
// save_directory also applies the transfer rule and keeps the registers'
// counters (pg/record_counters.h) in that transaction.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgDirectoryStore final : public DirectoryStore {
 public:
  // Connects (libpq connection string or postgresql:// URI) and checks the
  // database's text order. Does not migrate.
  static Result<std::unique_ptr<PgDirectoryStore>> open(const std::string& conninfo);
  ~PgDirectoryStore() override;
  PgDirectoryStore(const PgDirectoryStore&) = delete;
  PgDirectoryStore& operator=(const PgDirectoryStore&) = delete;

  Result<DirectorySnapshot> load_directory() override;
  Status save_directory(std::span<const domain::Organisation> organisations, std::span<const domain::OrgEvent> events,
                        std::span<const domain::Member> members, const AuditRecord& audit) override;
  Result<MemberPage> member_page(const MemberPageQuery& query) override;
  Result<OrgChildrenPage> org_children(std::optional<domain::OrgId> parent, std::optional<domain::OrgId> after,
                                       std::size_t limit) override;
  Result<std::vector<OrgSummary>> org_summaries(const std::vector<domain::OrgId>& orgs) override;
  Result<MemberSearchResult> search_members(const MemberSearch& search) override;
  Result<OrgPage> org_page(const OrgPageQuery& query) override;

 private:
  explicit PgDirectoryStore(std::unique_ptr<pg::Connection> connection);
  Result<std::vector<OrgSummary>> summaries(const std::vector<domain::OrgId>& orgs);  // mu_ held

  std::mutex mu_;
  std::unique_ptr<pg::Connection> conn_;
};

}  // namespace nc::store
