// 审计日志 over HTTP (issue 9): keyset pages (?limit=&after=, `next`,
// `total`), the filters, every entry named for people, one entry per page
// read, the .xlsx export and the chain verified a piece at a time.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

class AuditLog : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new DemoServer("audit-log");
    if (!server_->started()) return;
    for (int i = 0; i < 12; ++i) server_->login("member");
    Session sec = server_->login("secretary");
    server_->call(sec, "GET", "/api/v1/members/7");
    server_->call(sec, "GET", "/api/v1/members?org=3");
  }
  static void TearDownTestSuite() { delete server_; }
  void SetUp() override { ASSERT_TRUE(server_->started()) << server_->process().stderr_text(); }
  static json get(const Session& who, const std::string& target, int status = 200) {
    HttpResult r = server_->call(who, "GET", target);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return json::parse(r.body, nullptr, false);
  }
  static DemoServer* server_;
};
DemoServer* AuditLog::server_ = nullptr;

TEST_F(AuditLog, PagesGoBackThroughTheWholeSelectionNewestFirst) {
  Session auditor = server_->login("auditor");
  const json all = get(auditor, "/api/v1/audit?action=login&limit=200");
  ASSERT_TRUE(all["next"].is_null());
  const std::size_t total = all["total"].get<std::size_t>();
  ASSERT_GE(total, 13u);
  EXPECT_EQ(all["entries"].size(), total);
  std::vector<std::uint64_t> paged;
  std::string url = "/api/v1/audit?action=login&limit=5";
  for (int pages = 0; pages < 50; ++pages) {
    const json page = get(auditor, url);
    EXPECT_EQ(page["total"], total) << "the count of the whole selection on every page";
    EXPECT_LE(page["entries"].size(), 5u);
    for (const json& e : page["entries"]) paged.push_back(e["seq"].get<std::uint64_t>());
    if (page["next"].is_null()) break;
    EXPECT_EQ(page["entries"].size(), 5u) << "only the last page is short";
    url = "/api/v1/audit?action=login&limit=5&after=" + page["next"].get<std::string>();
  }
  std::vector<std::uint64_t> expected;
  for (const json& e : all["entries"]) expected.push_back(e["seq"].get<std::uint64_t>());
  EXPECT_EQ(paged, expected);
  EXPECT_TRUE(std::is_sorted(paged.rbegin(), paged.rend()));
  const json first = get(auditor, "/api/v1/audit");
  EXPECT_EQ(first["entries"].size(), std::min<std::size_t>(50, first["total"].get<std::size_t>()))
      << "the default page";
}

TEST_F(AuditLog, BadPagingAndFiltersAreRefusedInChinese) {
  Session auditor = server_->login("auditor");
  for (const char* bad : {"/api/v1/audit?limit=0", "/api/v1/audit?limit=201", "/api/v1/audit?after=x",
                          "/api/v1/audit?after=0", "/api/v1/audit?action=no.such", "/api/v1/audit?from=2026-13-01",
                          "/api/v1/audit?from=2026-02-02&to=2026-02-01"}) {
    const json r = get(auditor, bad, 400);
    EXPECT_FALSE(r["error"]["message"].get<std::string>().empty()) << bad;
  }
  get(auditor, "/api/v1/audit?org=999999", 403);
  get(auditor, "/api/v1/audit?org=x", 400);
  Session member = server_->login("member");
  get(member, "/api/v1/audit", 403);
  get(member, "/api/v1/audit/export", 403);
  get(member, "/api/v1/audit/verify", 403);
}

TEST_F(AuditLog, EntriesNameTheActionTheActorAndTheTarget) {
  Session auditor = server_->login("auditor");
  const json read = get(auditor, "/api/v1/audit?action=member.read&actor=secretary");
  ASSERT_FALSE(read["entries"].empty()) << read;
  const json& e = read["entries"][0];
  EXPECT_EQ(e["action_name"], "查看党员信息");
  EXPECT_EQ(e["actor_roles"], "支部书记");
  EXPECT_NE(e["actor_name"], "secretary") << "the linked member's name, not the login";
  EXPECT_EQ(e["target"], "member:7");
  EXPECT_EQ(e["target_name"].get<std::string>().rfind("党员 ", 0), 0u) << e;
  EXPECT_EQ(e["target_name"].get<std::string>().find("member:"), std::string::npos);
  const json list = get(auditor, "/api/v1/audit?action=member.list");
  ASSERT_FALSE(list["entries"].empty());
  EXPECT_EQ(list["entries"][0]["action_name"], "查看党员名单");
  EXPECT_EQ(list["entries"][0]["target_name"], "党组织 机关第一党支部");
  // The table the page's filter offers.
  bool named = false;
  for (const json& a : read["actions"]) named = named || (a["id"] == "member.list" && a["name"] == "查看党员名单");
  EXPECT_TRUE(named);
}

TEST_F(AuditLog, FiltersNarrowByActorOrganisationAndDate) {
  Session auditor = server_->login("auditor");
  const json mine = get(auditor, "/api/v1/audit?actor=secretary&limit=200");
  ASSERT_FALSE(mine["entries"].empty());
  for (const json& e : mine["entries"])
    EXPECT_EQ(e["actor"].get<std::string>().rfind("user:4 (secretary)", 0), 0u) << e;
  EXPECT_EQ(get(auditor, "/api/v1/audit?actor=nobody-here")["total"], 0);
  const json branch = get(auditor, "/api/v1/audit?org=3&limit=200");
  ASSERT_FALSE(branch["entries"].empty());
  for (const json& e : branch["entries"])
    EXPECT_NE(e["target_name"].get<std::string>().find("机关第一党支部"), std::string::npos) << e;
  EXPECT_EQ(get(auditor, "/api/v1/audit?from=2099-01-01")["total"], 0);
  EXPECT_GT(get(auditor, "/api/v1/audit?to=2099-01-01")["total"], 0);
}

// Issue 9: one page view was two identical rows. Each answer writes one.
TEST_F(AuditLog, EachPageReadIsWrittenOnceWithItsFilters) {
  Session auditor = server_->login("auditor");
  const auto before = get(auditor, "/api/v1/audit?action=audit.read")["total"].get<std::size_t>();
  get(auditor, "/api/v1/audit?action=member.read&actor=secretary");
  const json after = get(auditor, "/api/v1/audit?action=audit.read");
  EXPECT_EQ(after["total"].get<std::size_t>(), before + 2) << "the read in between and the one before this";
  EXPECT_EQ(after["entries"][0]["detail"], "筛选：操作人 secretary；操作 查看党员信息");
  EXPECT_EQ(after["entries"][1]["detail"], "筛选：操作 查看审计日志");
  EXPECT_NE(after["entries"][0]["seq"], after["entries"][1]["seq"]);
}

TEST_F(AuditLog, TheExportIsAnXlsxOfTheSelectionAndIsAudited) {
  Session auditor = server_->login("auditor");
  HttpResult r = server_->call(auditor, "GET", "/api/v1/audit/export?action=login");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_NE(r.headers["content-disposition"].find("attachment"), std::string::npos);
  EXPECT_EQ(r.body.substr(0, 2), "PK");
  EXPECT_EQ(r.headers["transfer-encoding"], "chunked") << "streamed, not built whole in memory";
  const json log = get(auditor, "/api/v1/audit?action=audit.export");
  ASSERT_FALSE(log["entries"].empty());
  const auto logins = get(auditor, "/api/v1/audit?action=login")["total"].get<std::size_t>();
  EXPECT_EQ(log["entries"][0]["detail"], "筛选：操作 登录；共 " + std::to_string(logins) + " 条");
}

TEST_F(AuditLog, TheChainIsVerifiedToItsHead) {
  Session auditor = server_->login("auditor");
  const json v = get(auditor, "/api/v1/audit/verify");
  EXPECT_TRUE(v["issues"].empty()) << v;
  EXPECT_TRUE(v["next"].is_null()) << "a short chain is one piece";
  EXPECT_EQ(v["from_seq"], 1);
  EXPECT_EQ(v["to_seq"], v["head_seq"]);
  EXPECT_EQ(v["entries"], v["head_seq"]);
  get(auditor, "/api/v1/audit/verify?after=3", 400);
  // Continuing from a signed checkpoint's (seq, hash): the rest of the chain, intact.
  const json kept = get(auditor, "/api/v1/audit/checkpoints");
  ASSERT_FALSE(kept["checkpoints"].empty()) << kept;
  const json& c = kept["checkpoints"][0];
  const auto from = c["seq"].get<std::uint64_t>();
  const json rest = get(auditor, "/api/v1/audit/verify?after=" + std::to_string(from) + "." + c["hash"].get<std::string>());
  EXPECT_TRUE(rest["issues"].empty()) << rest;
  EXPECT_EQ(rest["from_seq"], from + 1);
  EXPECT_EQ(rest["to_seq"], rest["head_seq"]);
  // Continuing from a cursor whose hash is not that entry's: the link breaks.
  const json broken = get(auditor, "/api/v1/audit/verify?after=3." + std::string(64, '0'));
  ASSERT_FALSE(broken["issues"].empty()) << broken;
  EXPECT_EQ(broken["issues"][0]["seq"], 4);
}

// An auditor of 机关党总支 (org 2) sees the entries about its subtree only:
// not the logins (about no organisation), nor what happened elsewhere, and
// may neither look outside nor verify the whole chain.
TEST_F(AuditLog, ASubtreeAuditorSeesTheirSubtreeOnly) {
  Session admin = server_->login("admin");
  HttpResult made = server_->call(admin, "POST", "/api/v1/users",
                                  json({{"username", "zz-auditor"}, {"password", "zz-auditor-password-1"}}));
  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = json::parse(made.body)["user"]["id"].get<int>();
  HttpResult granted =
      server_->call(admin, "POST", "/api/v1/users/" + std::to_string(id) + "/roles",
                    json({{"current_password", server_->password("admin")},
                          {"roles", json::array({json{{"role", "auditor"}, {"org", 2}}})}}));
  ASSERT_EQ(granted.status, 200) << granted.body;
  Session dw = server_->login("dwadmin");
  server_->call(dw, "GET", "/api/v1/members?org=1");  // about the root: outside org 2
  Session zz = server_->login("zz-auditor", "zz-auditor-password-1");
  ASSERT_EQ(zz.status, 200);

  const json mine = get(zz, "/api/v1/audit?limit=200");
  ASSERT_FALSE(mine["entries"].empty());
  EXPECT_EQ(mine["total"], mine["entries"].size());
  for (const json& e : mine["entries"]) {
    EXPECT_NE(e["action"], "login") << "logins are about no organisation";
    EXPECT_NE(e["target"], "org:1") << e;
    EXPECT_EQ(e["target_name"].get<std::string>().find("示范单位党委"), std::string::npos) << e;
  }
  EXPECT_FALSE(mine["may"]["verify"].get<bool>());
  EXPECT_FALSE(mine["may"]["checkpoints"].get<bool>());
  const json branch = get(zz, "/api/v1/audit?org=3");
  EXPECT_GT(branch["total"].get<int>(), 0) << "a branch below: within the scope";
  get(zz, "/api/v1/audit?org=1", 403);
  get(zz, "/api/v1/audit/verify", 403);
  get(zz, "/api/v1/audit/checkpoints", 403);
  // The root's auditor sees those entries.
  Session root = server_->login("auditor");
  EXPECT_GT(get(root, "/api/v1/audit?org=1")["total"].get<int>(), mine["total"].get<int>());
  EXPECT_TRUE(get(root, "/api/v1/audit?limit=1")["may"]["verify"].get<bool>());
}

// More entries than one read from the store (1,000): the export holds them
// all (it had been capped; now only Excel's rows per sheet split it). Last:
// its thousand entries would fill the other tests' single pages.
TEST_F(AuditLog, TheExportHoldsEverySelectedEntryAcrossReadsOfTheStore) {
  Session sec = server_->login("secretary");
  for (int i = 0; i < 1005; ++i) ASSERT_EQ(server_->call(sec, "GET", "/api/v1/members/7").status, 200);
  Session auditor = server_->login("auditor");
  const auto reads = get(auditor, "/api/v1/audit?action=member.read&limit=1")["total"].get<std::size_t>();
  ASSERT_GT(reads, 1000u);
  HttpResult r = server_->call(auditor, "GET", "/api/v1/audit/export?action=member.read");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(r.body.substr(0, 2), "PK");
  const json log = get(auditor, "/api/v1/audit?action=audit.export&limit=1");
  EXPECT_EQ(log["entries"][0]["detail"], "筛选：操作 查看党员信息；共 " + std::to_string(reads) + " 条");
}

}  // namespace
}  // namespace nc::integration
