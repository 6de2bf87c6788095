// Issue 4 over HTTP against the real binary: login, CSRF, throttling, idle
// and absolute expiry (through the test-only clock file), logout
// everywhere, roster import (dry run, all or nothing, idempotent), export
// round trip, and `audit verify` catching a row altered in SQLite.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "demo_server.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

using Login = Session;

class Access : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock_file_ = new fs::path(fs::temp_directory_path() / ("nc-it-access-clock-" + std::to_string(getpid())));
    std::ofstream(*clock_file_) << 0;
    server_ = new DemoServer("access", {"--test-clock-file", clock_file_->string()});
  }
  static void TearDownTestSuite() {
    if (server_->started()) {
      EXPECT_EQ(server_->stop_and_report(), "");
    }
    delete server_;
    fs::remove(*clock_file_);
    delete clock_file_;
  }
  void SetUp() override {
    ASSERT_TRUE(server_->started()) << server_->process().stdout_text() << server_->process().stderr_text();
    port = server_->port();
  }
  void TearDown() override { set_clock(0); }

  static void set_clock(long long seconds) { std::ofstream(*clock_file_) << seconds; }

  Login login(const std::string& user, const std::string& password) { return server_->login(user, password); }
  Login login(const std::string& user) { return server_->login(user); }

  HttpResult call(const Login& who, const std::string& method, const std::string& target, const std::string& body = "",
                  bool with_csrf = true) {
    if (with_csrf) return server_->call(who, method, target, body);
    return http_request(port, method, target, body, {{"Cookie", who.cookie}});
  }
  static fs::path data_dir() { return server_->data_dir(); }

  static fs::path* clock_file_;
  static DemoServer* server_;
  int port = 0;
};
fs::path* Access::clock_file_ = nullptr;
DemoServer* Access::server_ = nullptr;

TEST_F(Access, LoginSetsAStrictHttpOnlyCookieAndSessionAnswers) {
  Login s = login("secretary");
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.cookie.rfind("nc_session=", 0), 0u);
  EXPECT_EQ(s.cookie.size(), std::string("nc_session=").size() + 64);
  HttpResult r = call(s, "GET", "/api/v1/session");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  EXPECT_EQ(j["user"]["username"], "secretary");
  EXPECT_EQ(j["csrf"], s.csrf);
  EXPECT_EQ(j["user"]["roles"][0]["role"], "branch_secretary");
}

TEST_F(Access, CookieAttributes) {
  json body = {{"username", "member"}, {"password", server_->password("member")}};
  HttpResult r = http_request(port, "POST", "/api/v1/login", body.dump(), {{"Content-Type", "application/json"}});
  ASSERT_EQ(r.status, 200);
  const std::string set = r.headers["set-cookie"];
  EXPECT_NE(set.find("HttpOnly"), std::string::npos) << set;
  EXPECT_NE(set.find("SameSite=Strict"), std::string::npos) << set;
  EXPECT_NE(set.find("Path=/"), std::string::npos) << set;
}

TEST_F(Access, WrongPasswordAndUnknownUserAreTheSame401) {
  Login a = login("secretary", "definitely-not-it");
  Login b = login("no-such-user", "definitely-not-it");
  EXPECT_EQ(a.status, 401);
  EXPECT_EQ(b.status, 401);
  EXPECT_EQ(a.body["error"]["code"], "bad_credentials");
  EXPECT_EQ(a.body, b.body);
}

TEST_F(Access, ApiWithoutSessionIs401ButRulebooksArePublic) {
  EXPECT_EQ(http_request(port, "GET", "/api/v1/members?org=1").status, 401);
  EXPECT_EQ(http_request(port, "GET", "/api/v1/session").status, 401);
  EXPECT_EQ(http_request(port, "GET", "/api/v1/rulebooks").status, 200);
}

TEST_F(Access, UnsafeMethodWithoutCsrfTokenIs403) {
  Login s = login("member");
  HttpResult r = call(s, "POST", "/api/v1/logout", "", false);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "csrf");
  std::map<std::string, std::string> wrong = {{"Cookie", s.cookie}, {"X-CSRF-Token", std::string(64, 'a')}};
  EXPECT_EQ(http_request(port, "POST", "/api/v1/logout", "", wrong).status, 403);
  EXPECT_EQ(call(s, "GET", "/api/v1/session").status, 200);  // still logged in
  EXPECT_EQ(call(s, "POST", "/api/v1/logout").status, 200);
  EXPECT_EQ(call(s, "GET", "/api/v1/session").status, 401);
}

TEST_F(Access, IdleSessionExpiresAfter30Minutes) {
  Login s = login("member");
  set_clock(29 * 60);
  EXPECT_EQ(call(s, "GET", "/api/v1/session").status, 200);  // touches it
  set_clock(29 * 60 + 29 * 60);
  EXPECT_EQ(call(s, "GET", "/api/v1/session").status, 200);
  set_clock(29 * 60 + 29 * 60 + 31 * 60);
  EXPECT_EQ(call(s, "GET", "/api/v1/session").status, 401);
}

TEST_F(Access, SessionEndsAfter12HoursEvenWhenUsed) {
  Login s = login("member");
  for (long long t = 20 * 60; t <= 12 * 3600 - 20 * 60; t += 20 * 60) {
    set_clock(t);
    ASSERT_EQ(call(s, "GET", "/api/v1/session").status, 200) << t;
  }
  set_clock(12 * 3600 - 60);
  ASSERT_EQ(call(s, "GET", "/api/v1/session").status, 200);
  set_clock(12 * 3600 + 1);  // one minute after the last request: only the absolute limit applies
  EXPECT_EQ(call(s, "GET", "/api/v1/session").status, 401);
}

TEST_F(Access, LogoutEverywhereEndsOtherSessions) {
  Login a = login("committee");
  Login b = login("committee");
  ASSERT_EQ(call(b, "GET", "/api/v1/session").status, 200);
  HttpResult r = call(a, "POST", "/api/v1/logout-all");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GE(json::parse(r.body)["ended"].get<int>(), 2);
  EXPECT_EQ(call(a, "GET", "/api/v1/session").status, 401);
  EXPECT_EQ(call(b, "GET", "/api/v1/session").status, 401);
}

TEST_F(Access, HundredFailedLoginsThrottleTheAccount) {
  for (int i = 0; i < 100; ++i) ASSERT_EQ(login("ghost-account", "wrong-password-x").status, 401) << i;
  Login r = login("ghost-account", "wrong-password-x");
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(r.body["error"]["code"], "throttled");
  // Other accounts are not affected.
  EXPECT_EQ(login("auditor").status, 200);
  set_clock(3601);
  EXPECT_EQ(login("ghost-account", "wrong-password-x").status, 401);
}

// Issue 9: a synchronous import's answer is bounded — the first 50 report
// rows, their count and the job whose /rows pages the rest (its owner's only).
TEST_F(Access, ASynchronousImportAnswersTheFirstRowsAndPagesTheRest) {
  Login s = login("secretary");
  std::string file = "姓名,党员编号,组织编码,人员类别\n";
  for (int i = 0; i < 120; ++i) file += "批量" + std::to_string(i) + ",DYB" + std::to_string(1000 + i) + ",ZB001,正式党员\n";
  HttpResult dry = call(s, "POST", "/api/v1/import/roster?dry_run=1", file);
  ASSERT_EQ(dry.status, 200) << dry.body;
  const json report = json::parse(dry.body);
  EXPECT_EQ(report["adds"], 120);
  ASSERT_EQ(report["rows"].size(), 50u);
  EXPECT_EQ(report["row_count"], 120);
  EXPECT_EQ(report["rows"][0]["key"], "DYB1000");
  ASSERT_TRUE(report["rows_next"].is_string()) << report;
  const std::string job = report["job"].get<std::string>();
  HttpResult rest = call(s, "GET", "/api/v1/import/jobs/" + job + "/rows?limit=200&after=" +
                                       report["rows_next"].get<std::string>());
  ASSERT_EQ(rest.status, 200) << rest.body;
  const json more = json::parse(rest.body);
  ASSERT_EQ(more["rows"].size(), 70u);
  EXPECT_EQ(more["rows"][0]["key"], "DYB1050");
  EXPECT_TRUE(more["next"].is_null());
  Login other = login("dwadmin");
  EXPECT_EQ(call(other, "GET", "/api/v1/import/jobs/" + job + "/rows").status, 404) << "the importer's own";
  // A refused real import answers its report bounded the same way.
  HttpResult refused = call(s, "POST", "/api/v1/import/roster", file + "坏,DYB9,ZB001,不是类别\n");
  ASSERT_EQ(refused.status, 422) << refused.body;
  const json refusal = json::parse(refused.body);
  const std::size_t refused_rows = refusal["report"]["row_count"].get<std::size_t>();
  EXPECT_EQ(refusal["report"]["rows"].size(), std::min<std::size_t>(50, refused_rows));
  EXPECT_TRUE(refusal["report"]["job"].is_string());
}

TEST_F(Access, RosterImportDryRunFixAndIdempotence) {
  Login s = login("secretary");  // branch secretary of ZB001
  const std::string header = "姓名,党员编号,组织编码,人员类别,入党日期\n";
  const std::string good = "新党员甲,DY9001,ZB001,正式党员,2010-07-01\n";
  const std::string bad = "新党员乙,DY9002,ZB001,正式党员,2010-13-45\n";
  HttpResult dry = call(s, "POST", "/api/v1/import/roster?dry_run=1", header + good + bad);
  ASSERT_EQ(dry.status, 200) << dry.body;
  json report = json::parse(dry.body);
  EXPECT_FALSE(report["ok"].get<bool>());
  ASSERT_EQ(report["errors"].size(), 1u) << report;
  EXPECT_EQ(report["errors"][0]["line"], 3);

  HttpResult real = call(s, "POST", "/api/v1/import/roster", header + good + bad);
  EXPECT_EQ(real.status, 422) << real.body;
  EXPECT_EQ(json::parse(real.body)["error"]["code"], "import_invalid");
  HttpResult list = call(s, "GET", "/api/v1/members?org=3");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.body.find("DY9001"), std::string::npos) << "nothing may be imported on error";

  const std::string fixed = "新党员乙,DY9002,ZB001,正式党员,2010-12-01\n";
  HttpResult ok = call(s, "POST", "/api/v1/import/roster", header + good + fixed);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(json::parse(ok.body)["adds"], 2);
  list = call(s, "GET", "/api/v1/members?org=3");
  EXPECT_NE(list.body.find("DY9001"), std::string::npos);
  EXPECT_NE(list.body.find("DY9002"), std::string::npos);

  HttpResult again = call(s, "POST", "/api/v1/import/roster", header + good + fixed);
  ASSERT_EQ(again.status, 200) << again.body;
  json a = json::parse(again.body);
  EXPECT_EQ(a["adds"], 0);
  EXPECT_EQ(a["updates"], 0);
  EXPECT_EQ(a["unchanged"], 2);

  // Outside the secretary's branch: an error row, nothing imported.
  HttpResult outside = call(s, "POST", "/api/v1/import/roster?dry_run=1", header + "外人,DY9003,ZB002,正式党员,\n");
  EXPECT_FALSE(json::parse(outside.body)["ok"].get<bool>()) << outside.body;
}

TEST_F(Access, ExportRoundTripsAndNeutralisesFormulas) {
  Login s = login("dwadmin");
  HttpResult exp = call(s, "GET", "/api/v1/export/roster?org=1");
  ASSERT_EQ(exp.status, 200) << exp.body;
  EXPECT_EQ(exp.headers["content-type"], "text/csv; charset=utf-8");
  EXPECT_NE(exp.body.find("DY0001"), std::string::npos);
  HttpResult again = call(s, "POST", "/api/v1/import/roster?dry_run=1", exp.body);
  ASSERT_EQ(again.status, 200) << again.body;
  json r = json::parse(again.body);
  EXPECT_TRUE(r["ok"].get<bool>()) << r;
  EXPECT_EQ(r["adds"], 0) << r;
  EXPECT_EQ(r["updates"], 0) << r;

  const std::string formula = "姓名,党员编号,组织编码,人员类别\n\"=HYPERLINK(1)\",DY9100,ZB003,正式党员\n";
  ASSERT_EQ(call(s, "POST", "/api/v1/import/roster", formula).status, 200);
  exp = call(s, "GET", "/api/v1/export/roster?org=1");
  EXPECT_NE(exp.body.find("\"'=HYPERLINK(1)\""), std::string::npos) << exp.body;
}

TEST_F(Access, ReadingAnotherMembersEntryIsAuditedAndShownInMyRecords) {
  Login sec = login("secretary");
  ASSERT_EQ(call(sec, "GET", "/api/v1/members/7").status, 200);  // the demo "member" account's entry
  Login me = login("member");
  HttpResult mine = call(me, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_NE(mine.body.find("user:4 (secretary) as branch_secretary@3"), std::string::npos) << mine.body;
  HttpResult st = call(me, "POST", "/api/v1/me/records/member/7/statements", json({{"text", "入党日期有误"}}).dump());
  EXPECT_EQ(st.status, 201) << st.body;
  EXPECT_EQ(call(me, "POST", "/api/v1/me/records/member/1/statements", json({{"text", "x"}}).dump()).status, 403);
  EXPECT_EQ(call(me, "GET", "/api/v1/members/1").status, 403);
  Login auditor = login("auditor");
  HttpResult log = call(auditor, "GET", "/api/v1/audit?action=member.read");
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_NE(log.body.find("member:7"), std::string::npos);
}

// Issue 8, item 8: an export and a dry run are reads too. Each is audited
// once, naming every member its file or report held, and shows in each of
// those members' 我的记录 (one line per export), seen from the member's side.
TEST_F(Access, ExportsAndDryRunsShowInTheMyRecordsOfEveryMemberTheyHeld) {
  Login sec = login("secretary");  // branch secretary of ZB001 (org 3), where member 7 is
  Login me = login("member");      // member 7
  HttpResult entry = call(sec, "GET", "/api/v1/members/7");
  ASSERT_EQ(entry.status, 200) << entry.body;
  const json m7 = json::parse(entry.body)["member"];

  ASSERT_EQ(call(sec, "GET", "/api/v1/export/roster?org=3").status, 200);
  json mine = json::parse(call(me, "GET", "/api/v1/me/records").body);
  ASSERT_FALSE(mine["reads"].empty()) << mine;
  EXPECT_EQ(mine["reads"][0]["action"], "roster.export") << mine["reads"][0];
  // Who read, with the role in effect when they did: recorded in the
  // (hashed) actor, named for the member.
  EXPECT_EQ(mine["reads"][0]["actor"], "user:4 (secretary) as branch_secretary@3");
  EXPECT_EQ(mine["reads"][0]["actor_roles"], "支部书记");
  EXPECT_EQ(mine["reads"][0]["action_name"], "导出党员名册");
  EXPECT_EQ(mine["reads"][0]["org"]["name"], "机关第一党支部");
  const auto export_seq = mine["reads"][0]["seq"].get<std::uint64_t>();

  // A dry run whose report shows member 7's current status.
  const std::string file =
      "姓名,党员编号,状态\n" + m7["name"].get<std::string>() + "," + m7["number"].get<std::string>() + ",失联\n";
  HttpResult dry = call(sec, "POST", "/api/v1/import/roster?dry_run=1", file);
  ASSERT_EQ(dry.status, 200) << dry.body;
  ASSERT_EQ(json::parse(dry.body)["updates"], 1) << dry.body;
  mine = json::parse(call(me, "GET", "/api/v1/me/records").body);
  EXPECT_EQ(mine["reads"][0]["action"], "roster.dry_run") << mine["reads"][0];
  EXPECT_EQ(mine["reads"][0]["actor"], "user:4 (secretary) as branch_secretary@3");
  EXPECT_EQ(mine["reads"][1]["seq"], export_seq) << "one line per export or dry run";

  // An export of another branch is not about member 7.
  Login dw = login("dwadmin");
  ASSERT_EQ(call(dw, "GET", "/api/v1/export/roster?org=4").status, 200);
  mine = json::parse(call(me, "GET", "/api/v1/me/records").body);
  EXPECT_EQ(mine["reads"][0]["action"], "roster.dry_run") << mine["reads"][0];

  // What the member is shown is what the audit says: the auditor finds the same entries.
  Login auditor = login("auditor");
  mine = json::parse(call(me, "GET", "/api/v1/me/records").body);
  for (const json& read : {mine["reads"][0], mine["reads"][1]}) {
    json log = json::parse(call(auditor, "GET", "/api/v1/audit?action=" + read["action"].get<std::string>()).body);
    const json* found = nullptr;
    for (const json& e : log["entries"]) {
      if (e["seq"] == read["seq"]) found = &e;
    }
    ASSERT_NE(found, nullptr) << read;
    EXPECT_EQ((*found)["actor"], read["actor"]);
    EXPECT_EQ((*found)["time"], read["time"]);
  }
}

TEST_F(Access, MyReadsArePagedByACursor) {
  Login sec = login("secretary");
  Login me = login("member");
  for (int i = 0; i < 25; ++i) ASSERT_EQ(call(sec, "GET", "/api/v1/export/roster?org=3").status, 200);
  json all = json::parse(call(me, "GET", "/api/v1/me/records?limit=100").body);
  ASSERT_GE(all["reads"].size(), 25u);
  std::vector<std::uint64_t> expected;
  for (const json& r : all["reads"]) expected.push_back(r["seq"].get<std::uint64_t>());

  json first = json::parse(call(me, "GET", "/api/v1/me/records").body);
  EXPECT_EQ(first["reads"].size(), 20u) << "the default page";
  ASSERT_FALSE(first["reads_next"].is_null());

  std::vector<std::uint64_t> paged;
  std::string url = "/api/v1/me/records?limit=7";
  for (int pages = 0; pages < 100; ++pages) {
    HttpResult r = call(me, "GET", url);
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = json::parse(r.body);
    EXPECT_LE(page["reads"].size(), 7u);
    for (const json& x : page["reads"]) paged.push_back(x["seq"].get<std::uint64_t>());
    if (page["reads_next"].is_null()) break;
    EXPECT_EQ(page["reads"].size(), 7u) << "only the last page is short";
    EXPECT_EQ(page["reads_total"], all["reads_total"]);
    url = "/api/v1/me/records?limit=7&after=" + page["reads_next"].get<std::string>();
  }
  EXPECT_EQ(paged, expected) << "every read once, newest first, across pages";

  EXPECT_EQ(call(me, "GET", "/api/v1/me/records?limit=0").status, 400);
  EXPECT_EQ(call(me, "GET", "/api/v1/me/records?limit=201").status, 400);
  EXPECT_EQ(call(me, "GET", "/api/v1/me/records?after=x").status, 400);
  EXPECT_EQ(all["reads_total"].get<std::size_t>(), expected.size());
}

// Issue 8, item 7: over HTTP too, a code or number outside the caller's
// scope gets the words one that exists nowhere gets.
TEST_F(Access, ImportMessagesSayNothingOutsideTheScope) {
  // A 党总支 administrator, as the issue has it: committee_admin on 机关党总支 (org 2).
  Login admin = login("admin");
  const std::string password = "zongzhi-password-1";
  HttpResult made =
      call(admin, "POST", "/api/v1/users", json({{"username", "zongzhi"}, {"password", password}}).dump());
  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = json::parse(made.body)["user"]["id"].get<int>();
  HttpResult granted = call(admin, "POST", "/api/v1/users/" + std::to_string(id) + "/roles",
                            json({{"current_password", server_->password("admin")},
                                  {"roles", json::array({json{{"role", "committee_admin"}, {"org", 2}}})}})
                                .dump());
  ASSERT_EQ(granted.status, 200) << granted.body;
  Login sec = login("zongzhi", password);
  auto first_error = [&](const std::string& path, const std::string& body) {
    HttpResult r = call(sec, "POST", path, body);
    EXPECT_EQ(r.status, 200) << r.body;
    const json report = json::parse(r.body);
    EXPECT_FALSE(report["errors"].empty()) << r.body;
    return report["errors"].empty() ? std::string() : report["errors"][0]["message"].get<std::string>();
  };
  auto neutral = [](std::string m, const std::string& word) {
    if (auto at = m.find(word); at != std::string::npos) m.replace(at, word.size(), "#");
    return m;
  };
  const std::string h = "组织编码,组织名称,组织类型,上级组织编码\n";
  const std::string dw = first_error("/api/v1/import/hierarchy?dry_run=1", h + "DW001,改名,党委,\n");
  const std::string none = first_error("/api/v1/import/hierarchy?dry_run=1", h + "QQ001,改名,党委,\n");
  EXPECT_EQ(neutral(dw, "DW001"), neutral(none, "QQ001"));
  EXPECT_EQ(dw.find("示范单位党委"), std::string::npos) << dw;
  EXPECT_NE(dw.find("不在您的管辖范围内"), std::string::npos) << dw;

  const std::string r = "姓名,党员编号,状态\n";
  const std::string outside =
      first_error("/api/v1/import/roster?dry_run=1", r + "某人,DY0003,失联\n");  // in ZB003, outside 机关党总支
  const std::string nowhere = first_error("/api/v1/import/roster?dry_run=1", r + "某人,QQ9999,失联\n");
  EXPECT_EQ(neutral(outside, "DY0003"), neutral(nowhere, "QQ9999"));
  EXPECT_NE(outside.find("不在您的管辖范围内"), std::string::npos) << outside;
}

TEST_F(Access, AuditVerifyCatchesARowAlteredInSqlite) {
  std::string err;
  EXPECT_EQ(run_netconduct({"audit", "verify", "--data", data_dir().string()}, &err), 0) << err;
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((data_dir() / "netconduct.db").c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(run_netconduct({"audit", "verify", "--data", data_dir().string()}, &err), 1) << err;
}

}  // namespace
}  // namespace nc::integration
