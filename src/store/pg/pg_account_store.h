// PgAccountStore: the first area of the PostgreSQL store (issue 12) —
// accounts, role grants, activation codes, sessions and login throttling
// (store.h's AccountStore), with the same behaviour as SqliteStore's, which
// the same tests check on both (tests/store/account_store_tests.h).
//
// Not reachable by users yet: `serve --database postgresql://…` stays
// refused until every area of Store runs on PostgreSQL (docs/architecture.md).
//
// One connection, serialised by a mutex (any number of threads may call one
// object). Every write is one transaction that first takes the database's
// write lock (pg::lock_writes: one writer at a time across processes, as with
// SQLite) and appends its audit entry to the chain in that transaction.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "common/status.h"
#include "store/pg/connection.h"
#include "store/store.h"

namespace nc::store {

class PgAccountStore final : public AccountStore {
 public:
  // Connects (libpq connection string or postgresql:// URI). Does not migrate.
  static Result<std::unique_ptr<PgAccountStore>> open(const std::string& conninfo);
  ~PgAccountStore() override;
  PgAccountStore(const PgAccountStore&) = delete;
  PgAccountStore& operator=(const PgAccountStore&) = delete;

  // The whole schema (every area's tables), as Store::migrate.
  Status migrate();
  Result<int> schema_version();

  Result<domain::UserId> create_user(const StoredUser& user, const AuditRecord& audit) override;
  Result<std::vector<domain::UserId>> create_accounts(const std::vector<NewAccount>& accounts,
                                                      const AuditRecord& summary) override;
  Result<std::optional<ActivationRecord>> find_activation(domain::UserId id) override;
  Status activate_account(domain::UserId id, const std::string& code_hash, const std::string& password_hash,
                          const AuditRecord& audit) override;
  Result<std::optional<StoredUser>> find_user(domain::UserId id) override;
  Result<std::optional<StoredUser>> find_user_by_login(const std::string& login) override;
  Result<std::vector<StoredUser>> list_users() override;
  Result<UserPage> user_page(std::optional<domain::UserId> after, std::size_t limit) override;
  Result<std::optional<StoredUser>> find_user_by_member(domain::MemberId member) override;
  Result<GrantHolderPage> grant_holders(domain::OrgId org, domain::Role role, std::optional<domain::UserId> after,
                                        std::size_t limit) override;
  Result<std::vector<std::string>> taken_logins(const std::vector<std::string>& logins) override;
  Status set_grants(domain::UserId id, const std::vector<domain::RoleGrant>& expected,
                    const std::vector<domain::RoleGrant>& grants, const AuditRecord& audit) override;
  Status set_disabled(domain::UserId id, bool disabled, const AuditRecord& audit) override;
  Status set_member(domain::UserId id, std::optional<domain::MemberId> member, const AuditRecord& audit) override;
  Status set_password(domain::UserId id, const std::string& password_hash, const std::string& keep,
                      const AuditRecord& audit) override;
  Status open_session(const SessionRecord& session, const std::optional<std::string>& rehash,
                      const AuditRecord& audit) override;
  Result<std::optional<SessionRecord>> find_session(const std::string& token_hash) override;
  Status touch_session(const std::string& token_hash, std::int64_t last_seen_us) override;
  Status drop_session(const std::string& token_hash) override;
  Result<int> end_sessions(domain::UserId user, const std::string& token_hash, const AuditRecord& audit) override;
  Result<LoginAttempt> begin_attempt(const std::string& account, const std::string& address, std::int64_t time_us,
                                     std::int64_t since_us, const AttemptLimits& limits) override;
  Status forgive_attempt(std::uint64_t attempt) override;

 private:
  explicit PgAccountStore(std::unique_ptr<pg::Connection> connection);
  // One write transaction holding the write lock; `body` runs inside it.
  Status write(const std::string& what, const std::function<Status()>& body);

  std::mutex mu_;
  std::unique_ptr<pg::Connection> conn_;
};

}  // namespace nc::store
