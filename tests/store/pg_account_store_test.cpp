// Label `postgres`: account_store_tests.h on PgAccountStore, a fresh schema
// per test in the throwaway cluster, migrated with every migration.
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "account_store_tests.h"
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
  Result<std::vector<domain::AuditEntry>> audit() {
    auto rows = check_->query(
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
      auto subjects = check_->query("SELECT member_id FROM audit_subjects WHERE seq = $1 ORDER BY member_id",
                                    pg::Params().add(static_cast<std::int64_t>(e.seq)), "reading the audit subjects");
      if (!subjects.ok()) return subjects.status();
      for (int k = 0; k < subjects->size(); ++k) {
        e.subjects.push_back(domain::MemberId{static_cast<std::uint32_t>(subjects->integer(k, 0))});
      }
      out.push_back(std::move(e));
    }
    return out;
  }

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
