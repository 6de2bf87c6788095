// Every list bounded (issue 9), on a generated hierarchy of 200,000 members
// (`netconduct bench-data`, 6,610 organisations): no list answer exceeds
// 1 MB, every list is a page of at most its limit with `next` and `total`,
// and walking the root's whole subtree page by page gives every member
// once, as many as the total says. Sizes and counts only: this build runs
// under ASan, whose memory figures mean nothing (docs/benchmarks.md has the
// release build's). Labelled `scale` (tests/integration/CMakeLists.txt).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <unordered_set>

#include "server_process.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kMembers = 200000;
constexpr std::size_t kMaxAnswer = 1000000;  // bytes

class BoundedLists : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("nc-it-bounded-" + std::to_string(getpid())));
    fs::remove_all(*dir_);
    std::string out, err;
    const int code = run_netconduct({"bench-data", "--data", dir_->string(), "--members", std::to_string(kMembers),
                                     "--seed", "3", "--as-of", "2026-12-01", "--accounts", "1"},
                                    &out, &err);
    ASSERT_EQ(code, 0) << err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(out, m, std::regex("username bench-admin  password (\\S+)"))) << out;
    const fs::path web = *dir_ / "web-root";
    fs::create_directories(web);
    std::ofstream(web / "index.html") << "<!doctype html>INDEX";
    server_ = new ServerProcess(*dir_, web);
    ASSERT_TRUE(server_->started()) << server_->stderr_text();
    json body = {{"username", "bench-admin"}, {"password", m[1].str()}};
    HttpResult login =
        http_request(server_->port(), "POST", "/api/v1/login", body.dump(), {{"Content-Type", "application/json"}});
    ASSERT_EQ(login.status, 200) << login.body;
    cookie_ = new std::string(login.headers["set-cookie"].substr(0, login.headers["set-cookie"].find(';')));
  }
  static void TearDownTestSuite() {
    if (server_) {
      EXPECT_EQ(server_->terminate(), 0) << server_->stderr_text();
    }
    delete server_;
    delete cookie_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  // A GET as the root's 党委管理员; every answer is checked against the bound.
  static HttpResult get(const std::string& target) {
    HttpResult r = http_request(server_->port(), "GET", target, "", {{"Cookie", *cookie_}});
    EXPECT_LE(r.body.size(), kMaxAnswer) << target;
    return r;
  }
  static json page(const std::string& target) {
    HttpResult r = get(target);
    EXPECT_EQ(r.status, 200) << target << ": " << r.body.substr(0, 300);
    return r.status == 200 ? json::parse(r.body) : json::object();
  }

  static fs::path* dir_;
  static ServerProcess* server_;
  static std::string* cookie_;
};
fs::path* BoundedLists::dir_ = nullptr;
ServerProcess* BoundedLists::server_ = nullptr;
std::string* BoundedLists::cookie_ = nullptr;

TEST_F(BoundedLists, TheRootsWholeSubtreeComesPageByPageEveryMemberOnce) {
  const json first = page("/api/v1/members?org=1&subtree=1");
  EXPECT_EQ(first["members"].size(), 50u) << "the default limit";
  EXPECT_EQ(first["total"], kMembers);
  ASSERT_TRUE(first["next"].is_string());

  std::unordered_set<std::uint32_t> ids;
  std::size_t pages = 0, on_roll = 0, largest = 0;
  std::string after;
  for (; pages < kMembers; ++pages) {
    HttpResult r = get("/api/v1/members?org=1&subtree=1&limit=200" + (after.empty() ? "" : "&after=" + after));
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
    largest = std::max(largest, r.body.size());
    const json p = json::parse(r.body);
    ASSERT_EQ(p["total"], kMembers);
    const json& members = p["members"];
    ASSERT_LE(members.size(), 200u);
    for (const json& m : members) {
      EXPECT_TRUE(ids.insert(m["id"].get<std::uint32_t>()).second) << "member " << m["id"] << " twice";
      const std::string status = m["status"];
      if (status == "active" || status == "lost_contact") ++on_roll;
    }
    if (p["next"].is_null()) {
      EXPECT_FALSE(members.empty()) << "the last page is not empty";
      break;
    }
    EXPECT_EQ(members.size(), 200u) << "only the last page is short";
    after = p["next"].get<std::string>();
  }
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kMembers)) << "as many as the total";
  EXPECT_EQ(pages + 1, static_cast<std::size_t>(kMembers / 200));
  EXPECT_LT(largest, kMaxAnswer / 2);

  // The root's summary counts the same members on the roll.
  const json roots = page("/api/v1/organisations/roots");
  ASSERT_EQ(roots["roots"].size(), 1u);
  EXPECT_EQ(roots["roots"][0]["id"], 1);
  EXPECT_EQ(roots["roots"][0]["members_on_roll"].get<std::size_t>(), on_roll);
}

TEST_F(BoundedLists, EveryListIsABoundedPage) {
  // Limits outside 1..200 and cursors that are not one are refused, not clamped.
  for (const char* bad : {"limit=0", "limit=201", "limit=-1", "limit=x", "after=abc", "after=1", "after=1.2.3",
                          "after=99999999999.1"}) {
    EXPECT_EQ(get(std::string("/api/v1/members?org=1&subtree=1&") + bad).status, 400) << bad;
  }
  // The tree, a level at a time: every page of every level from the root down one branch.
  std::uint32_t org = 1;
  for (int depth = 0; depth < 8; ++depth) {
    std::string after;
    std::size_t seen = 0, total = 0;
    std::uint32_t widest = 0;
    std::size_t widest_count = 0;
    for (int p = 0; p < 1000; ++p) {
      const json children =
          page("/api/v1/organisations/" + std::to_string(org) + "/children?limit=20" + (after.empty() ? "" : "&after=" + after));
      ASSERT_LE(children["children"].size(), 20u);
      total = children["total"].get<std::size_t>();
      for (const json& c : children["children"]) {
        ++seen;
        if (c["child_count"].get<std::size_t>() >= widest_count) {
          widest_count = c["child_count"].get<std::size_t>();
          widest = c["id"].get<std::uint32_t>();
        }
        EXPECT_TRUE(c["members_on_roll"].is_number()) << "the administrator may count everywhere below";
      }
      if (children["next"].is_null()) break;
      after = children["next"].get<std::string>();
    }
    EXPECT_EQ(seen, total) << "org " << org;
    if (widest == 0) break;
    org = widest;
  }
  const json one = page("/api/v1/organisations/1");
  EXPECT_FALSE(one.contains("children"));
  EXPECT_GT(one["child_count"].get<int>(), 0);

  // The pickers' organisations: a page, whatever the query; the whole tree is
  // walked 200 at a time (6,610 organisations: 34 pages, each one once).
  const json orgs = page("/api/v1/organisations");
  EXPECT_EQ(orgs["organisations"].size(), 50u);
  const std::size_t org_total = orgs["total"].get<std::size_t>();
  EXPECT_GT(org_total, 6000u);
  std::set<std::uint32_t> org_ids;
  std::string org_after;
  for (int pages = 0; pages < 100; ++pages) {
    const json p = page("/api/v1/organisations?limit=200" + (org_after.empty() ? "" : "&after=" + org_after));
    ASSERT_LE(p["organisations"].size(), 200u);
    for (const json& o : p["organisations"]) EXPECT_TRUE(org_ids.insert(o["id"].get<std::uint32_t>()).second);
    if (p["next"].is_null()) break;
    org_after = p["next"].get<std::string>();
  }
  EXPECT_EQ(org_ids.size(), org_total);
  const std::string some_name = orgs["organisations"][3]["name"];
  const std::string prefix = some_name.substr(0, 6);  // two Han characters
  const json by_name = page("/api/v1/organisations?limit=200&q=" + url_encode(prefix));
  ASSERT_FALSE(by_name["organisations"].empty());
  EXPECT_LE(by_name["organisations"].size(), 200u);
  for (const json& o : by_name["organisations"]) {
    EXPECT_EQ(o["name"].get<std::string>().rfind(prefix, 0), 0u) << o["name"];
  }

  // Accounts are the system administrator's list (paged: accounts_test.cpp).
  EXPECT_EQ(get("/api/v1/users").status, 403);

  // Search: at most 20, whatever the query matches.
  const json found = page("/api/v1/members/search?q=" + url_encode("王"));
  EXPECT_LE(found["members"].size(), 20u);
  EXPECT_TRUE(found["more"].get<bool>()) << "thousands of names begin with 王";
  const std::string number = page("/api/v1/members?org=1&subtree=1&limit=1")["members"][0]["number"];
  const json exact = page("/api/v1/members/search?q=" + url_encode(number));
  ASSERT_FALSE(exact["members"].empty());
  EXPECT_EQ(exact["members"][0]["number"], number) << "an exact 党员编号 first";
}

TEST_F(BoundedLists, TheExportHoldsEveryMemberAndIsSentInChunks) {
  HttpResult r = http_request(server_->port(), "GET", "/api/v1/export/roster?org=1", "", {{"Cookie", *cookie_}});
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(r.headers["transfer-encoding"], "chunked");
  EXPECT_EQ(r.headers.count("content-length"), 0u);
  std::size_t lines = 0;
  for (char c : r.body) lines += c == '\n';
  EXPECT_EQ(lines, static_cast<std::size_t>(kMembers) + 1) << "the header and every member";
}

}  // namespace
}  // namespace nc::integration
