// Getting people signed in (issue 9), against the real binary: accounts in
// bulk for a subtree (exactly the members without one, none on a second run,
// never outside the caller's scope), slips taken once with the codes that the
// database never holds, and the first login: code → own password → login,
// after which the code is refused. Member search in the caller's scope.
#include <gtest/gtest.h>
#include <zip.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <thread>

#include "demo_server.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// Demo ids (cli/demo_data.cpp): DW001 = 1 > ZZ001 = 2 > ZB001 = 3, ZB002 = 4;
// DW001 > ZB003 = 5. Members DY0001…DY0020 by id, i % 3 over ZB001, ZB002,
// ZB003; members 1, 4 and 7 (ZB001) have accounts.
constexpr int kZZ001 = 2, kZB001 = 3, kZB003 = 5;

// Every entry of a zip, concatenated.
std::string unzip_all(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
  std::string out;
  if (!z) {
    if (src) zip_source_free(src);
    return out;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (!f) continue;
    char buf[8192];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    zip_fclose(f);
  }
  zip_close(z);
  return out;
}

std::string files_under(const fs::path& dir) {
  std::string all;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), {});
  }
  return all;
}

class Accounts : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(demo.started()) << demo.process().stderr_text(); }
  void TearDown() override { EXPECT_EQ(demo.stop_and_report(), ""); }

  // Starts an accounts job and follows it to its end (bounded).
  json provision(const Session& who, int org, bool dry_run = false) {
    HttpResult started = demo.call(who, "POST", "/api/v1/accounts/jobs?org=" + std::to_string(org) +
                                                    (dry_run ? "&dry_run=1" : ""));
    EXPECT_EQ(started.status, 202) << started.body;
    if (started.status != 202) return json();
    const std::string id = json::parse(started.body)["job"]["id"];
    EXPECT_EQ(started.headers["location"], "/api/v1/import/jobs/" + id);
    for (int i = 0; i < 2000; ++i) {
      HttpResult r = demo.call(who, "GET", "/api/v1/import/jobs/" + id);
      EXPECT_EQ(r.status, 200) << r.body;
      if (r.status != 200) return json();
      json job = json::parse(r.body)["job"];
      EXPECT_EQ(job["kind"], "accounts");
      if (job["phase"] == "done") return job;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "the job did not finish";
    return json();
  }

  // A committee administrator of ZZ001 only, made by the system administrator.
  Session zz_admin() {
    Session admin = demo.login("admin");
    HttpResult made = demo.call(admin, "POST", "/api/v1/users",
                                json{{"username", "zzadmin"}, {"password", "zz-admin-password"}, {"member_id", nullptr}});
    EXPECT_EQ(made.status, 201) << made.body;
    const int id = json::parse(made.body)["user"]["id"];
    HttpResult granted =
        demo.call(admin, "POST", "/api/v1/users/" + std::to_string(id) + "/roles",
                  json{{"current_password", demo.password("admin")},
                       {"roles", json::array({{{"role", "committee_admin"}, {"org", kZZ001}}})}});
    EXPECT_EQ(granted.status, 200) << granted.body;
    return demo.login("zzadmin", "zz-admin-password");
  }

  // Every account, walking the pages of /api/v1/users (issue 9), 7 at a time.
  std::set<std::string> logins() {
    const auto admin = demo.login("admin");
    std::set<std::string> out;
    std::string after;
    std::size_t total = 0, seen = 0;
    for (int pages = 0; pages < 1000; ++pages) {
      HttpResult r = demo.call(admin, "GET", "/api/v1/users?limit=7" + (after.empty() ? "" : "&after=" + after));
      EXPECT_EQ(r.status, 200) << r.body;
      if (r.status != 200) break;
      const json page = json::parse(r.body);
      EXPECT_LE(page["users"].size(), 7u);
      total = page["total"].get<std::size_t>();
      for (const json& u : page["users"]) {
        out.insert(u["username"].get<std::string>());
        ++seen;
      }
      if (page["next"].is_null()) break;
      after = page["next"].get<std::string>();
    }
    EXPECT_EQ(seen, total) << "the pages hold as many accounts as the total, each once";
    EXPECT_EQ(out.size(), total);
    return out;
  }

  DemoServer demo{"accounts"};
};

const std::regex& code_pattern() {
  static const std::regex kCode("[A-HJKMNP-Z2-9]{4}(?:-[A-HJKMNP-Z2-9]{4}){5}");
  return kCode;
}

TEST_F(Accounts, ASubtreeGetsExactlyTheMissingAccountsOnceWithSlipsTheDatabaseNeverHolds) {
  Session zz = zz_admin();
  ASSERT_EQ(zz.status, 200);
  const std::set<std::string> before = logins();

  // Outside the administrator's subtree: refused before any job.
  EXPECT_EQ(demo.call(zz, "POST", "/api/v1/accounts/jobs?org=" + std::to_string(kZB003)).status, 403);
  EXPECT_EQ(demo.call(demo.login("secretary"), "POST", "/api/v1/accounts/jobs?org=" + std::to_string(kZB001)).status,
            403);

  json dry = provision(zz, kZB001, true);
  EXPECT_EQ(dry["result"]["would_create"], 4) << dry.dump();
  EXPECT_FALSE(dry["file_waiting"].get<bool>());
  EXPECT_EQ(logins(), before);

  json job = provision(zz, kZB001);
  ASSERT_EQ(job["result_status"], 200) << job.dump();
  EXPECT_EQ(job["result"]["created"], 4) << job.dump();
  EXPECT_TRUE(job["file_waiting"].get<bool>());
  std::set<std::string> expected = before;
  for (const char* n : {"DY0010", "DY0013", "DY0016", "DY0019"}) expected.insert(n);
  EXPECT_EQ(logins(), expected);

  // The slips, once.
  const std::string file_path = "/api/v1/import/jobs/" + job["id"].get<std::string>() + "/file";
  EXPECT_EQ(demo.call(demo.login("dwadmin"), "GET", file_path).status, 404);  // not its job
  HttpResult file = demo.call(zz, "GET", file_path);
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.body.substr(0, 2), "PK");
  EXPECT_EQ(file.headers["cache-control"], "no-store");
  EXPECT_EQ(demo.call(zz, "GET", file_path).status, 404);
  const std::string sheet = unzip_all(file.body);
  std::vector<std::string> codes;
  for (auto it = std::sregex_iterator(sheet.begin(), sheet.end(), code_pattern()); it != std::sregex_iterator(); ++it) {
    codes.push_back(it->str());
  }
  ASSERT_EQ(codes.size(), 4u) << sheet;
  EXPECT_NE(sheet.find("DY0013"), std::string::npos);
  EXPECT_NE(sheet.find("/login"), std::string::npos);
  EXPECT_NE(sheet.find("开通通知"), std::string::npos);

  // Neither the database (with its WAL) nor the audit log holds a code.
  const std::string stored = files_under(demo.data_dir());
  ASSERT_NE(stored.find("DY0013"), std::string::npos);  // the scan reads what is stored
  HttpResult audit = demo.call(demo.login("auditor"), "GET", "/api/v1/audit?limit=200");
  ASSERT_EQ(audit.status, 200);
  ASSERT_TRUE(json::parse(audit.body)["next"].is_null()) << "the whole log in one page";
  for (const std::string& code : codes) {
    std::string bare = code;
    bare.erase(std::remove(bare.begin(), bare.end(), '-'), bare.end());
    EXPECT_EQ(stored.find(code), std::string::npos);
    EXPECT_EQ(stored.find(bare), std::string::npos);
    EXPECT_EQ(audit.body.find(bare), std::string::npos);
  }
  // Audited: one entry per account, and the run with its count.
  int created = 0, runs = 0;
  const json entries = json::parse(audit.body)["entries"];
  for (const json& e : entries) {
    if (e["action"] == "account.create") ++created;
    if (e["action"] == "account.provision") {
      ++runs;
      EXPECT_EQ(e["detail"], "count=4");
    }
  }
  EXPECT_EQ(created, 4);
  EXPECT_EQ(runs, 1);

  // A second run opens none, and leaves no file.
  json again = provision(zz, kZB001);
  EXPECT_EQ(again["result"]["created"], 0) << again.dump();
  EXPECT_FALSE(again["file_waiting"].get<bool>());
  EXPECT_EQ(logins(), expected);

  // The whole ZZ001: only ZB002's seven members are missing now.
  json wider = provision(zz, kZZ001);
  EXPECT_EQ(wider["result"]["created"], 7) << wider.dump();
  EXPECT_EQ(logins().size(), expected.size() + 7);
}

TEST_F(Accounts, FirstLoginWithTheCodeSetsAPasswordAndTheCodeIsThenRefused) {
  Session dw = demo.login("dwadmin");
  json job = provision(dw, kZB003);
  ASSERT_EQ(job["result"]["created"], 6) << job.dump();
  HttpResult file = demo.call(dw, "GET", "/api/v1/import/jobs/" + job["id"].get<std::string>() + "/file");
  ASSERT_EQ(file.status, 200);
  const std::string sheet = unzip_all(file.body);
  // Rows are by 党员编号: DY0003 first.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(sheet, m, code_pattern())) << sheet;
  const std::string code = m.str();
  ASSERT_LT(sheet.find("DY0003"), static_cast<std::size_t>(m.position()));

  const auto post = [&](const std::string& path, const json& body) {
    return http_request(demo.port(), "POST", path, body.dump(), {{"Content-Type", "application/json"}});
  };
  // The code as the password: a password must be set; no session yet.
  HttpResult first = post("/api/v1/login", {{"username", "DY0003"}, {"password", code}});
  EXPECT_EQ(first.status, 202) << first.body;
  EXPECT_TRUE(json::parse(first.body)["password_setup_required"].get<bool>());
  EXPECT_EQ(first.headers.count("set-cookie"), 0u);
  // A wrong code, or a weak password, sets nothing.
  EXPECT_EQ(post("/api/v1/activate", {{"username", "DY0003"}, {"code", "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2"},
                                      {"new_password", "dy0003-own-password"}})
                .status,
            401);
  EXPECT_EQ(post("/api/v1/activate", {{"username", "DY0003"}, {"code", code}, {"new_password", "short"}}).status, 400);
  // Lower case and spaces are fine.
  std::string typed = code;
  for (char& c : typed) c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  HttpResult set = post("/api/v1/activate", {{"username", "DY0003"}, {"code", typed}, {"new_password", "dy0003-own-password"}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_NE(set.headers["set-cookie"].find("nc_session="), std::string::npos);
  EXPECT_EQ(json::parse(set.body)["user"]["username"], "DY0003");

  Session own = demo.login("DY0003", "dy0003-own-password");
  EXPECT_EQ(own.status, 200);
  EXPECT_EQ(demo.call(own, "GET", "/api/v1/me/records").status, 200);
  EXPECT_EQ(demo.login("DY0003", code).status, 401);
  EXPECT_EQ(post("/api/v1/activate", {{"username", "DY0003"}, {"code", code}, {"new_password", "another-password-1"}})
                .status,
            401);
  EXPECT_EQ(demo.login("DY0003", "another-password-1").status, 401);

  // The member concerned: the account's opening is an audit entry about them.
  HttpResult audit = demo.call(demo.login("auditor"), "GET", "/api/v1/audit?action=account.create&limit=50");
  ASSERT_EQ(audit.status, 200);
  EXPECT_NE(audit.body.find("login=DY0003"), std::string::npos) << audit.body;

  // ... and the member sees it in 我的记录, with a search that showed them.
  ASSERT_EQ(demo.call(demo.login("admin"), "GET", "/api/v1/members/search?q=DY0003").status, 200);
  HttpResult records = demo.call(own, "GET", "/api/v1/me/records?limit=100");
  ASSERT_EQ(records.status, 200) << records.body;
  std::set<std::string> actions;
  const json answer = json::parse(records.body);
  for (const json& rd : answer["reads"]) actions.insert(rd["action"].get<std::string>());
  EXPECT_TRUE(actions.count("account.create")) << records.body;
  EXPECT_TRUE(actions.count("member.find")) << records.body;
}

TEST_F(Accounts, MemberSearchAnswersAtMost20WithinTheCallersScopeAndIsAudited) {
  Session admin = demo.login("admin");
  HttpResult all = demo.call(admin, "GET", "/api/v1/members/search?q=DY00");
  ASSERT_EQ(all.status, 200) << all.body;
  json found = json::parse(all.body);
  EXPECT_EQ(found["members"].size(), 20u);
  HttpResult exact = demo.call(admin, "GET", "/api/v1/members/search?q=DY0013");
  ASSERT_EQ(exact.status, 200);
  ASSERT_EQ(json::parse(exact.body)["members"].size(), 1u);
  EXPECT_EQ(json::parse(exact.body)["members"][0]["id"], 13);
  EXPECT_EQ(json::parse(exact.body)["members"][0]["org"]["code"], "ZB001");

  // A branch secretary of ZB001 finds ZB001's members only.
  Session secretary = demo.login("secretary");
  HttpResult mine = demo.call(secretary, "GET", "/api/v1/members/search?q=DY");
  ASSERT_EQ(mine.status, 200);
  const json members = json::parse(mine.body)["members"];
  EXPECT_EQ(members.size(), 7u);
  for (const json& m : members) EXPECT_EQ(m["org"]["code"], "ZB001") << m.dump();
  EXPECT_EQ(demo.call(secretary, "GET", "/api/v1/members/search?q=DY&org=" + std::to_string(kZB003)).status, 403);
  EXPECT_EQ(demo.call(demo.login("member"), "GET", "/api/v1/members/search?q=DY").status, 403);
  EXPECT_EQ(demo.call(admin, "GET", "/api/v1/members/search?q=").status, 400);
  EXPECT_EQ(demo.call(admin, "GET", "/api/v1/members/search?q=" + std::string(33, 'x')).status, 400);

  HttpResult audit = demo.call(demo.login("auditor"), "GET", "/api/v1/audit?action=member.find&limit=50");
  ASSERT_EQ(audit.status, 200);
  EXPECT_NE(audit.body.find("member:13"), std::string::npos) << audit.body;
}

}  // namespace
}  // namespace nc::integration
