// Label `postgres`: directory_store_tests.h on PgDirectoryStore, a fresh
// schema per test in the throwaway cluster, migrated with every migration;
// and what only PostgreSQL needs shown: a database that does not compare text
// by code point is refused, and the directory's pages and searches are ranges
// of the same indexes as on SQLite (EXPLAIN).
#include <unistd.h>

#include <functional>
#include <thread>

#include "backend_pg.h"
#include "directory_store_tests.h"
#include "domain/org_tree.h"
#include "domain/roster.h"

namespace nc::store::testing {
namespace {

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, DirectoryStoreTest, ::testing::Types<PgBackend>);

// A database made with a language's collation (ICU "zh" here; "zh_CN.UTF-8"
// or "en_US.UTF-8" of libc alike) orders 'a' before 'B': subtree ranges and
// searches by a beginning would read other rows than on SQLite. open()
// refuses it and says how to create the database instead.
TEST(PgDirectoryStore, ADatabaseThatDoesNotCompareByCodePointIsRefused) {
  const std::string dsn = pg_test_dsn();
  ASSERT_FALSE(dsn.empty()) << "no PostgreSQL to test against: run through ctest (label postgres)";
  auto admin = pg::Connection::open(dsn);
  ASSERT_TRUE(admin.ok()) << admin.status().message();
  const std::string name = "nc_icu_" + std::to_string(::getpid());  // digits only: safe in SQL text
  (void)(*admin)->run("DROP DATABASE IF EXISTS " + name, "dropping a test database");
  Status made =
      (*admin)->run("CREATE DATABASE " + name +
                        " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'zh'",
                    "creating a test database");
  ASSERT_TRUE(made.ok()) << made.message();
  const std::string conninfo = dsn + " dbname=" + name;
  {
    auto other = pg::Connection::open(conninfo);
    ASSERT_TRUE(other.ok()) << other.status().message();
    auto order = (*other)->query("SELECT 'a' < 'B', '1/5/' < '1/50', '1/5/9/' < '1/50'", "comparing text");
    ASSERT_TRUE(order.ok()) << order.status().message();
    EXPECT_EQ(order->integer(0, 0), 1) << "the collation this test means to refuse";
    auto opened = PgDirectoryStore::open(conninfo);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.status().code(), Code::kStorage);
    EXPECT_NE(opened.status().message().find("code point order"), std::string::npos) << opened.status().message();
    EXPECT_NE(opened.status().message().find("C.UTF-8"), std::string::npos) << opened.status().message();
  }
  EXPECT_TRUE((*admin)->run("DROP DATABASE " + name, "dropping a test database").ok());
  // The cluster's own database (LOCALE C.UTF-8, scripts/pg-cluster) compares by code point.
  auto own = (*admin)->query("SELECT 'a' < 'B', '1/5/9/' < '1/50'", "comparing text");
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->integer(0, 0), 0);
  EXPECT_EQ(own->integer(0, 1), 1);
  EXPECT_TRUE(PgDirectoryStore::open(dsn).ok());
}

// Every page, count and search of the directory can be served by the index
// SQLite's plan uses (sqlite_pages_test.cpp): with sequential scans priced
// out, no plan reads a table whole.
TEST(PgDirectoryStore, PagesCountsAndSearchesAreIndexRanges) {
  PgBackend backend;
  ASSERT_EQ(backend.open(), "");
  // A small party: a root, 40 branches, 2,000 members; then the statistics.
  domain::OrgTree tree;
  domain::Roster roster;
  const domain::Date d{2020, 1, 1};
  const domain::OrgId root = *tree.create("R", "党委", domain::OrgType::kCommittee, std::nullopt, d);
  for (int b = 0; b < 40; ++b) {
    const domain::OrgId branch =
        *tree.create("B" + std::to_string(b), "支部" + std::to_string(b), domain::OrgType::kBranch, root, d);
    for (int i = 0; i < 50; ++i) {
      domain::Member m;
      m.name = "党员" + std::to_string(b) + "-" + std::to_string(i);
      m.number = "N" + std::to_string(b * 100 + i);
      m.org = branch;
      m.status = i % 10 == 9 ? domain::MemberStatus::kLeft : domain::MemberStatus::kActive;
      ASSERT_TRUE(roster.add(m, d).ok());
    }
  }
  ASSERT_TRUE(backend.directory().save_directory(tree.all(), tree.events(), roster.all(), directory_note("seed")).ok());
  pg::Connection& c = backend.connection();
  ASSERT_TRUE(c.run("ANALYZE", "analyzing").ok());
  ASSERT_TRUE(c.run("SET enable_seqscan = off", "pricing out sequential scans").ok());
  auto plan = [&](const std::string& sql) {
    auto rows = c.query("EXPLAIN " + sql, "explaining");
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    std::string out;
    if (rows.ok()) {
      for (int r = 0; r < rows->size(); ++r) out += std::string(rows->text(r, 0)) + "\n";
    }
    return out;
  };
  const std::string scope = " AND ((path >= '1/' AND path < '10') OR (path >= '1/3/' AND path < '1/3/0'))";
  const std::pair<std::string, std::vector<std::string>> cases[] = {
      // A member page: organisations in path order, then each one's members by id.
      {"SELECT id, path FROM organisations WHERE path >= '1/' AND path < '10' ORDER BY path LIMIT 64",
       {"organisations_by_path"}},
      {"SELECT m.id, m.name FROM members m WHERE m.org_id = 5 AND m.id > 3 ORDER BY m.id LIMIT 51", {"members_"}},
      // (A subtree of a few organisations: over the root, every member counts and a hash join of the whole
      // members_on_roll index is the plan — counts at the root come from counters, issue 12.)
      {"SELECT count(*) FROM organisations o JOIN members m ON m.org_id = o.id WHERE o.path >= '1/2/' AND o.path < "
       "'1/20'"
       " AND m.status IN (0, 2)",
       {"organisations_by_path", "members_on_roll"}},
      {"SELECT count(*) FROM members WHERE org_id = 3 AND status IN (0, 2)", {"members_on_roll"}},
      {"SELECT id FROM organisations WHERE parent_id = 1 AND id > 3 ORDER BY id LIMIT 51", {"organisations_by_parent"}},
      {"SELECT count(*) FROM organisations WHERE parent_id IS NULL", {"organisations_by_parent"}},
      {"SELECT m.id FROM members m JOIN organisations o ON o.id = m.org_id WHERE m.name >= 'a' AND m.name < 'b'"
       " AND ((o.path >= '1/' AND o.path < '10')) ORDER BY m.name, m.id LIMIT 21",
       {"members_by_name"}},
      {"SELECT m.id FROM members m JOIN organisations o ON o.id = m.org_id WHERE m.number > 'N1' AND m.number < 'N2'"
       " AND ((o.path >= '1/' AND o.path < '10')) ORDER BY m.number LIMIT 21",
       {"members_number_key"}},
      {"SELECT id FROM organisations WHERE path > '1/2/' AND path < '10' ORDER BY path LIMIT 51",
       {"organisations_by_path"}},
      {"SELECT id FROM organisations WHERE name >= 'a' AND name < 'b' AND (name, id) > ('a', 3)" + scope +
           " ORDER BY name, id LIMIT 51",
       {"organisations_by_name"}},
      {"SELECT id FROM organisations WHERE code >= 'a' AND code < 'b' AND code > 'a1' AND NOT (name >= 'a' AND name < "
       "'b')" +
           scope + " ORDER BY code LIMIT 51",
       {"organisations_code_key"}},
      {"SELECT m.id FROM members m WHERE m.org_id = 5 AND m.id > 3 AND m.status IN (0, 2)"
       " AND NOT EXISTS (SELECT 1 FROM users u WHERE u.member_id = m.id) ORDER BY m.id LIMIT 51",
       {"users_member_id_key"}},  // members_by_org or members_on_roll: either is a range
  };
  for (const auto& [sql, indexes] : cases) {
    const std::string p = plan(sql);
    EXPECT_EQ(p.find("Seq Scan"), std::string::npos) << sql << "\n" << p;
    // Pages over a range of the tree or of names come in index order (one
    // organisation's members may be sorted: as many as it has, at most).
    if (sql.rfind("SELECT id", 0) == 0 || sql.find("m.name >=") != std::string::npos) {
      EXPECT_EQ(p.find("Sort"), std::string::npos) << "a page comes in index order: " << sql << "\n" << p;
    }
    for (const std::string& index : indexes) EXPECT_NE(p.find(index), std::string::npos) << index << "\n" << p;
  }
}

// Two servers' connections saving members at once: each save waits for the
// write lock, so both are stored and every audit entry is chained to the one
// before, whoever wrote it.
TEST(PgDirectoryStore, TwoConnectionsSavingAtOnceKeepOneChain) {
  PgBackend backend;
  ASSERT_EQ(backend.open(), "");
  auto second = PgDirectoryStore::open(backend.conninfo());
  ASSERT_TRUE(second.ok()) << second.status().message();
  domain::OrgTree tree;
  const domain::Date d{2020, 1, 1};
  const domain::OrgId root = *tree.create("R", "党委", domain::OrgType::kCommittee, std::nullopt, d);
  ASSERT_TRUE(backend.directory().save_directory(tree.all(), tree.events(), {}, directory_note("seed")).ok());
  constexpr int kEach = 20;
  std::vector<Status> failures[2];
  auto save = [&](DirectoryStore& store, int who) {
    for (int i = 0; i < kEach; ++i) {
      domain::Member m;
      m.id = domain::MemberId{static_cast<std::uint32_t>(1 + who * kEach + i)};
      m.name = "党员" + std::to_string(m.id.value);
      m.number = "N" + std::to_string(m.id.value);
      m.org = root;
      m.org_history = {{root, d, std::nullopt}};
      m.status_history = {{domain::MemberStatus::kActive, d, std::nullopt}};
      Status s = store.save_directory({}, {}, std::vector<domain::Member>{m}, directory_note("member.create"));
      if (!s.ok()) failures[who].push_back(s);
    }
  };
  std::thread a(save, std::ref(backend.directory()), 0);
  std::thread b(save, std::ref(static_cast<DirectoryStore&>(**second)), 1);
  a.join();
  b.join();
  for (const auto& list : failures)
    for (const Status& s : list) ADD_FAILURE() << s.message();
  auto snap = backend.directory().load_directory();
  ASSERT_TRUE(snap.ok()) << snap.status().message();
  EXPECT_EQ(snap->members.size(), 2u * kEach);
  auto chain = backend.audit();
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(chain->size(), 1u + 2u * kEach);
  EXPECT_TRUE(domain::verify_chain(*chain).ok());
}

}  // namespace
}  // namespace nc::store::testing
