// `netconduct bench-data`: the synthetic hierarchy the benchmarks measure
// with. Its shape (seven levels, 党支部 only at the bottom), counts, unique
// 党员编号, dates and categories, determinism (same seed: the same rows;
// another seed: other rows), refusal of a non-empty directory, and a server
// that starts on the result and answers with it.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "server_process.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kMembers = 2000;

fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("nc-it-bench-data-" + std::to_string(getpid()) + "-" + name);
  fs::remove_all(dir);
  return dir;
}

// Every row of a query, each as its columns joined by tabs.
std::vector<std::string> rows(const fs::path& db_file, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << db_file;
    sqlite3_close(db);
    return out;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db) << " in " << sql;
  } else {
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        if (c) row += '\t';
        const unsigned char* t = sqlite3_column_text(st, c);
        row += t ? reinterpret_cast<const char*>(t) : "NULL";
      }
      out.push_back(std::move(row));
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

std::string one(const fs::path& db, const std::string& sql) {
  auto r = rows(db, sql);
  return r.empty() ? "" : r.front();
}

// Every stored row of the directory, in id order: what "the same rows" means.
std::vector<std::string> directory_rows(const fs::path& db) {
  std::vector<std::string> all;
  for (const char* sql : {"SELECT * FROM organisations ORDER BY id",
                          "SELECT * FROM organisation_parents ORDER BY org_id, position",
                          "SELECT kind, org_id, on_date, from_org, to_org, before_text, after_text"
                          " FROM organisation_events ORDER BY position",
                          "SELECT * FROM members ORDER BY id",
                          "SELECT * FROM member_org_history ORDER BY member_id, position",
                          "SELECT * FROM member_status_history ORDER BY member_id, position"}) {
    auto r = rows(db, sql);
    all.insert(all.end(), r.begin(), r.end());
  }
  return all;
}

struct Generated {
  int exit_code = -1;
  std::string out, err;
};

Generated generate(const fs::path& dir, int members, const std::string& seed, int accounts = 0) {
  Generated g;
  g.exit_code = run_netconduct({"bench-data", "--data", dir.string(), "--members", std::to_string(members), "--seed",
                                seed, "--as-of", "2026-12-01", "--accounts", std::to_string(accounts)},
                               &g.out, &g.err);
  return g;
}

std::string digest_of(const std::string& out) {
  std::smatch m;
  return std::regex_search(out, m, std::regex("digest ([0-9a-f]{64})")) ? m[1].str() : "";
}

class BenchData : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(temp_dir("a"));
    result_ = new Generated(generate(*dir_, kMembers, "7", 3));
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete result_;
  }
  static fs::path db() { return *dir_ / "netconduct.db"; }
  static fs::path* dir_;
  static Generated* result_;
};
fs::path* BenchData::dir_ = nullptr;
Generated* BenchData::result_ = nullptr;

TEST_F(BenchData, WritesExactlyTheMembersAskedForInSevenLevels) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members"), std::to_string(kMembers));

  // Depth of every organisation, and its type (0 党委, 2 党总支, 3 党支部).
  const auto depth = rows(db(),
                          "WITH RECURSIVE d(id, depth) AS (SELECT id, 0 FROM organisations WHERE parent_id IS NULL"
                          " UNION ALL SELECT o.id, d.depth + 1 FROM organisations o JOIN d ON o.parent_id = d.id)"
                          " SELECT d.depth, o.type, COUNT(*) FROM d JOIN organisations o ON o.id = d.id"
                          " GROUP BY d.depth, o.type ORDER BY d.depth, o.type");
  ASSERT_EQ(depth.size(), 7u) << ::testing::PrintToString(depth);
  std::map<int, int> per_level;
  for (const std::string& r : depth) {
    int level = 0, type = 0, count = 0;
    ASSERT_EQ(std::sscanf(r.c_str(), "%d\t%d\t%d", &level, &type, &count), 3) << r;
    const int want_type = level == 6 ? 3 : level == 5 ? 2 : 0;
    EXPECT_EQ(type, want_type) << "level " << level;
    per_level[level] = count;
  }
  EXPECT_EQ(per_level[0], 1);  // one root
  // Every organisation is reached from the root: no orphans, no second root.
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM organisations"),
            std::to_string(per_level[0] + per_level[1] + per_level[2] + per_level[3] + per_level[4] + per_level[5] +
                           per_level[6]));
  // About 38 members per 党支部, 5 党支部 per 党总支: 2,000 members give 53 党支部, 11 党总支.
  EXPECT_GE(per_level[6], 45);
  EXPECT_LE(per_level[6], 60);
  EXPECT_GE(per_level[5], 8);
  EXPECT_LE(per_level[5], per_level[6]);
  for (int l = 1; l < 6; ++l) EXPECT_LE(per_level[l], per_level[l + 1]) << "level " << l;

  // Nothing under a 党支部; every organisation above the bottom has a child;
  // members only in a 党支部, and every 党支部 has some.
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM organisations c JOIN organisations p ON c.parent_id = p.id"
                      " WHERE p.type = 3"),
            "0");
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM organisations p WHERE p.type <> 3"
                      " AND NOT EXISTS (SELECT 1 FROM organisations c WHERE c.parent_id = p.id)"),
            "0");
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members m JOIN organisations o ON m.org_id = o.id WHERE o.type <> 3"), "0");
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM organisations o WHERE o.type = 3"
                      " AND NOT EXISTS (SELECT 1 FROM members m WHERE m.org_id = o.id)"),
            "0");
  EXPECT_EQ(one(db(), "SELECT MAX(n) <= 4 * MIN(n) + 8 FROM (SELECT COUNT(*) n FROM members GROUP BY org_id)"), "1");
}

TEST_F(BenchData, MembersHaveUniqueNumbersAndConsistentDatesAndCategories) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_EQ(one(db(), "SELECT COUNT(DISTINCT number) FROM members"), std::to_string(kMembers));
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members WHERE name = '' OR joined IS NULL OR joined > '2026-12-01'"), "0");
  // 预备党员 (1): joined within the year before the as-of date, not regularised.
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members WHERE category = 1 AND (regularised IS NOT NULL"
                      " OR joined <= date('2026-12-01', '-1 year'))"),
            "0");
  // 正式党员 (0): regularised a year after joining, by the as-of date.
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members WHERE category = 0 AND (regularised IS NULL"
                      " OR regularised <> date(joined, '+365 days') OR regularised > '2026-12-01')"),
            "0");
  // Shares: a few 预备党员, some cadres (all with a level), mostly 正常.
  const int probationary = std::stoi(one(db(), "SELECT COUNT(*) FROM members WHERE category = 1"));
  EXPECT_GE(probationary, 20);
  EXPECT_LE(probationary, 150);
  const int cadres = std::stoi(one(db(), "SELECT COUNT(*) FROM members WHERE cadre = 1"));
  EXPECT_GE(cadres, 80);
  EXPECT_LE(cadres, 260);
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members WHERE (cadre = 1) <> (cadre_level <> 0)"), "0");
  const int active = std::stoi(one(db(), "SELECT COUNT(*) FROM members WHERE status = 0"));
  EXPECT_GE(active, kMembers * 93 / 100);
  EXPECT_LT(active, kMembers);
  // A status other than 正常 has a date after regularisation, and a history that ends in it.
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members WHERE status <> 0 AND (status_since IS NULL"
                      " OR status_since <= regularised OR status_since > '2026-12-01')"),
            "0");
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members m WHERE m.status <> (SELECT h.status FROM member_status_history h"
                      " WHERE h.member_id = m.id AND h.to_date IS NULL)"),
            "0");
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members m WHERE m.org_id <> (SELECT h.org_id FROM member_org_history h"
                      " WHERE h.member_id = m.id AND h.to_date IS NULL)"),
            "0");
}

TEST_F(BenchData, TheSameSeedWritesTheSameRowsAndAnotherSeedOthers) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const fs::path again = temp_dir("b"), other = temp_dir("c");
  const Generated g2 = generate(again, kMembers, "7");
  const Generated g3 = generate(other, kMembers, "8");
  ASSERT_EQ(g2.exit_code, 0) << g2.err;
  ASSERT_EQ(g3.exit_code, 0) << g3.err;
  ASSERT_FALSE(digest_of(result_->out).empty()) << result_->out;
  EXPECT_EQ(digest_of(result_->out), digest_of(g2.out));
  EXPECT_NE(digest_of(result_->out), digest_of(g3.out));
  const auto a = directory_rows(db()), b = directory_rows(again / "netconduct.db"),
             c = directory_rows(other / "netconduct.db");
  EXPECT_GT(a.size(), static_cast<std::size_t>(3 * kMembers));
  EXPECT_TRUE(a == b) << "the same seed wrote different rows";
  EXPECT_FALSE(a == c);
  fs::remove_all(again);
  fs::remove_all(other);
}

TEST_F(BenchData, RefusesANonEmptyDirectoryAndBadOptions) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  const std::string before = one(db(), "SELECT COUNT(*) FROM members");
  Generated again = generate(*dir_, 10, "7");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("not empty"), std::string::npos) << again.err;
  EXPECT_EQ(one(db(), "SELECT COUNT(*) FROM members"), before);

  const fs::path fresh = temp_dir("d");
  std::string out, err;
  EXPECT_EQ(run_netconduct({"bench-data", "--data", fresh.string(), "--members", "0"}, &out, &err), 2);
  EXPECT_EQ(run_netconduct({"bench-data", "--data", fresh.string(), "--members", "10", "--as-of", "2026-02-30"}, &out,
                           &err),
            2);
  EXPECT_EQ(run_netconduct({"bench-data", "--data", fresh.string(), "--members", "10", "--root-name", "a\x1b[2Jb"},
                           &out, &err),
            2);
  EXPECT_FALSE(fs::exists(fresh / "netconduct.db"));
  fs::remove_all(fresh);
}

TEST_F(BenchData, TheServerStartsOnItAndTheGeneratedAdminSeesTheTree) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(result_->out, m, std::regex("username bench-admin  password (\\S+)")))
      << result_->out;
  const std::string password = m[1];
  EXPECT_NE(result_->out.find("bench-secretary-002"), std::string::npos) << result_->out;

  const fs::path web = *dir_ / "web-root";
  fs::create_directories(web);
  std::ofstream(web / "index.html") << "<!doctype html>INDEX";
  ServerProcess server(*dir_, web);
  ASSERT_TRUE(server.started()) << server.stderr_text();

  json body = {{"username", "bench-admin"}, {"password", password}};
  HttpResult login =
      http_request(server.port(), "POST", "/api/v1/login", body.dump(), {{"Content-Type", "application/json"}});
  ASSERT_EQ(login.status, 200) << login.body;
  const std::string cookie = login.headers["set-cookie"].substr(0, login.headers["set-cookie"].find(';'));

  HttpResult root = http_request(server.port(), "GET", "/api/v1/organisations/1", "", {{"Cookie", cookie}});
  ASSERT_EQ(root.status, 200) << root.body;
  const json r = json::parse(root.body);
  EXPECT_EQ(r["organisation"]["code"], "ZY0000001");
  EXPECT_EQ(r["organisation"]["name"], "中共中央（模拟数据）");
  EXPECT_GT(r["child_count"].get<int>(), 0);

  // The whole subtree, a page of 200 at a time (issue 9).
  std::set<std::string> numbers;
  std::string after;
  for (int pages = 0; pages < kMembers; ++pages) {
    HttpResult all = http_request(server.port(), "GET",
                                  "/api/v1/members?org=1&subtree=1&limit=200" + (after.empty() ? "" : "&after=" + after),
                                  "", {{"Cookie", cookie}});
    ASSERT_EQ(all.status, 200) << all.body.substr(0, 200);
    const json page = json::parse(all.body);
    EXPECT_EQ(page["total"], kMembers);
    EXPECT_LE(page["members"].size(), 200u);
    for (const json& x : page["members"]) numbers.insert(x["number"].get<std::string>());
    if (page["next"].is_null()) break;
    after = page["next"].get<std::string>();
  }
  EXPECT_EQ(numbers.size(), static_cast<std::size_t>(kMembers));
  EXPECT_EQ(server.terminate(), 0) << server.stderr_text();
}

}  // namespace
}  // namespace nc::integration
