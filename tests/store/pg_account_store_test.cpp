// Label `postgres`: account_store_tests.h on PgAccountStore, a fresh schema
// per test in the throwaway cluster, migrated with every migration.
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "account_store_tests.h"
#include "backend_pg.h"
#include "pg_test_db.h"
#include "store/pg/connection.h"
#include "store/pg/pg_account_store.h"

namespace nc::store::testing {
namespace {

class PgAccounts {
 public:
  std::string open() {
    if (!schema_.ok()) return schema_.error();
    auto opened = PgAccountStore::open(schema_.conninfo());
    if (!opened.ok()) return opened.status().message();
    db_ = std::move(opened).value();
    if (Status s = db_->migrate(); !s.ok()) return s.message();
    auto check = pg::Connection::open(schema_.conninfo());
    if (!check.ok()) return check.status().message();
    check_ = std::move(check).value();
    return "";
  }
  AccountStore& store() { return *db_; }
  const std::string& conninfo() const { return schema_.conninfo(); }
  // The chain as stored, read straight from the tables (the audit area is
  // not on PostgreSQL yet).
  Result<std::vector<domain::AuditEntry>> audit() { return read_pg_audit(*check_); }

 private:
  PgTestSchema schema_;
  std::unique_ptr<PgAccountStore> db_;
  std::unique_ptr<pg::Connection> check_;
};

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, AccountStoreTest, ::testing::Types<PgAccounts>);

// Two processes' worth of connections writing at once: each write waits for
// the write lock, so ids numbered from the largest stored one never collide
// and every audit entry is chained to the one before, whoever wrote it.
TEST(PgAccountsConcurrently, TwoConnectionsWritingAtOnceKeepIdsAndOneChain) {
  PgAccounts first;
  ASSERT_EQ(first.open(), "");
  auto second = PgAccountStore::open(first.conninfo());
  ASSERT_TRUE(second.ok()) << second.status().message();
  constexpr int kEach = 15;
  std::vector<Status> failures[2];
  auto create = [&](AccountStore& store, int who) {
    for (int i = 0; i < kEach; ++i) {
      StoredUser u;
      u.user.login = "w" + std::to_string(who) + "-" + std::to_string(i);
      u.password_hash = "h";
      auto id = store.create_user(u, account_note("user.create"));
      if (!id.ok()) failures[who].push_back(id.status());
    }
  };
  std::thread a(create, std::ref(first.store()), 0);
  std::thread b(create, std::ref(**second), 1);
  a.join();
  b.join();
  for (const auto& list : failures)
    for (const Status& s : list) ADD_FAILURE() << s.message();
  auto users = first.store().list_users();
  ASSERT_TRUE(users.ok());
  EXPECT_EQ(users->size(), 2u * kEach);
  auto chain = first.audit();
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->size(), 2u * kEach);
  EXPECT_TRUE(domain::verify_chain(*chain).ok());
}

}  // namespace
}  // namespace nc::store::testing
