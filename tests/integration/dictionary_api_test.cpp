// Organisation dictionaries (保密词表) over HTTP against the real binary: who
// sees which terms, self-check using the caller's terms, who may change them,
// the audit entry, bad input changing nothing, and persistence.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

// Demo organisations: 1 示范单位党委 > 2 机关党总支 > 3 机关第一党支部, 4 机关第二党支部;
// 1 > 5 业务党支部. Demo dictionaries: 1 {天枢工程, 青鸟平台}, 3 {星河计划}.
constexpr int kRoot = 1, kBranch1 = 3, kBranch2 = 4;

// Each test gets a fresh demo site: several of them change the lists.
class DictionaryApi : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<DemoServer>("dictionary");
    ASSERT_TRUE(site_->started()) << site_->process().stdout_text() << site_->process().stderr_text();
  }

  static std::string org_path(int org) { return "/api/v1/organisations/" + std::to_string(org) + "/dictionary"; }

  // The detectors that found something in `text`, checked as `who`.
  std::vector<std::string> detectors_for(const Session& who, const std::string& text) {
    HttpResult r = site_->call(who, "POST", "/api/v1/check", json{{"text", text}}.dump());
    EXPECT_EQ(r.status, 200) << r.body;
    const json report = json::parse(r.body, nullptr, false);
    std::vector<std::string> out;
    for (const auto& f : report["files"][0]["findings"]) out.push_back(f["detector"]);
    return out;
  }
  bool finds_term(const Session& who, const std::string& text) {
    auto d = detectors_for(who, text);
    return std::find(d.begin(), d.end(), "org.dictionary") != d.end();
  }
  std::vector<std::string> terms_of(const Session& who, int org) {
    HttpResult r = site_->call(who, "GET", org_path(org));
    EXPECT_EQ(r.status, 200) << r.body;
    const json page = json::parse(r.body, nullptr, false);
    std::vector<std::string> out;
    for (const auto& t : page["terms"]) out.push_back(t["term"]);
    return out;
  }

  std::unique_ptr<DemoServer> site_;
};

TEST_F(DictionaryApi, AMemberSeesEveryDictionaryThatAppliesToThemRootFirst) {
  Session member = site_->login("member");
  HttpResult r = site_->call(member, "GET", "/api/v1/me/dictionary");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  ASSERT_EQ(j["dictionaries"].size(), 2u) << j;
  // The 党委 is above what a branch member may read: its terms, not its name.
  EXPECT_TRUE(j["dictionaries"][0]["org"].is_null()) << j;
  EXPECT_EQ(j["dictionaries"][0]["inherited"], true);
  EXPECT_TRUE(j["dictionaries"][0]["updated_by"].is_null());
  EXPECT_EQ(j["dictionaries"][0]["terms"][0]["term"], "天枢工程");
  EXPECT_FALSE(j["dictionaries"][0]["terms"][0]["note"].get<std::string>().empty());
  EXPECT_EQ(j["dictionaries"][1]["org"]["id"], kBranch1);
  EXPECT_EQ(j["dictionaries"][1]["inherited"], false);
  Session dwadmin = site_->login("dwadmin");
  json staff = json::parse(site_->call(dwadmin, "GET", "/api/v1/me/dictionary").body);
  EXPECT_EQ(staff["dictionaries"][0]["org"]["id"], kRoot) << "a committee administrator reads the 党委 itself";
  EXPECT_EQ(j["term_count"], 3);
}

TEST_F(DictionaryApi, SelfCheckUsesTheTermsThatApplyToTheCaller) {
  Session member = site_->login("member");     // in branch 3
  Session dwadmin = site_->login("dwadmin");   // staff, committee administrator of 1
  EXPECT_TRUE(finds_term(member, "下周一开会讨论天枢工程的进度"));
  EXPECT_TRUE(finds_term(member, "星河计划的材料已经交了"));
  EXPECT_TRUE(finds_term(member, "青 鸟 平 台 今天升级"));  // matched after normalisation
  EXPECT_FALSE(finds_term(member, "今天天气很好，大家出去走走"));
  EXPECT_TRUE(finds_term(dwadmin, "天枢工程"));
  EXPECT_FALSE(finds_term(dwadmin, "星河计划的材料已经交了"));  // branch 3's list is not theirs
}

TEST_F(DictionaryApi, ABranchSecretaryReplacesTheBranchListAndTheNextCheckUsesIt) {
  Session secretary = site_->login("secretary");
  Session member = site_->login("member");
  EXPECT_FALSE(finds_term(member, "北辰系统明天停机维护"));
  json body = {{"terms", json::array({{{"term", "星河计划"}, {"note", "课题代号"}}, {{"term", " 北辰系统 "}}})}};
  HttpResult put = site_->call(secretary, "PUT", org_path(kBranch1), body.dump());
  ASSERT_EQ(put.status, 200) << put.body;
  json j = json::parse(put.body);
  EXPECT_EQ(j["terms"][1]["term"], "北辰系统");  // trimmed
  EXPECT_EQ(j["updated_by"], "user:4 (secretary)");
  EXPECT_TRUE(finds_term(member, "北辰系统明天停机维护"));

  Session auditor = site_->login("auditor");
  HttpResult audit = site_->call(auditor, "GET", "/api/v1/audit?action=dictionary.update");
  ASSERT_EQ(audit.status, 200) << audit.body;
  bool seen = false;
  const json log = json::parse(audit.body);
  for (const auto& e : log["entries"]) {
    if (e["target"] == "org:3" && e["actor"] == "user:4 (secretary) as branch_secretary@3") {
      seen = true;
      EXPECT_EQ(e["detail"], "terms=2 added=1 removed=0");
    }
    EXPECT_EQ(e.dump().find("北辰"), std::string::npos) << "terms are not copied into the log";
  }
  EXPECT_TRUE(seen) << audit.body;
}

TEST_F(DictionaryApi, WhoMayNotChangeAListChangesNothing) {
  Session member = site_->login("member");
  Session secretary = site_->login("secretary");
  Session auditor = site_->login("auditor");
  Session admin = site_->login("admin");
  const std::string body = json{{"terms", json::array({{{"term", "篡改"}}})}}.dump();
  EXPECT_EQ(site_->call(member, "PUT", org_path(kBranch1), body).status, 403);
  EXPECT_EQ(site_->call(secretary, "PUT", org_path(kRoot), body).status, 403);  // above their branch
  EXPECT_EQ(site_->call(secretary, "PUT", org_path(kBranch2), body).status, 403);
  EXPECT_EQ(site_->call(auditor, "PUT", org_path(kBranch1), body).status, 403);
  EXPECT_EQ(site_->call(admin, "PUT", org_path(kBranch1), body).status, 403);  // accounts, not records
  EXPECT_EQ(http_request(site_->port(), "PUT", org_path(kBranch1), body,
                         {{"Cookie", secretary.cookie}, {"Content-Type", "application/json"}})
                .status,
            403)
      << "without the CSRF token";
  EXPECT_EQ(site_->call(secretary, "PUT", org_path(99), body).status, 404);
  Session dwadmin = site_->login("dwadmin");
  EXPECT_EQ(terms_of(dwadmin, kRoot), (std::vector<std::string>{"天枢工程", "青鸟平台"}));
  EXPECT_EQ(terms_of(dwadmin, kBranch1), (std::vector<std::string>{"星河计划"}));
  EXPECT_TRUE(terms_of(dwadmin, kBranch2).empty());
}

TEST_F(DictionaryApi, BadListsAreRefusedWithAReasonAndChangeNothing) {
  Session secretary = site_->login("secretary");
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"not json", "bad_request"},
      {R"({"terms":"星河计划"})", "invalid_input"},
      {R"({"terms":[{"term":"星河计划"},{"term":"星河计划"}]})", "invalid_input"},
      {R"({"terms":[{"term":""}]})", "invalid_input"},
      {R"({"terms":[{"term":"a\nb"}]})", "invalid_input"},
      {R"({"terms":[{"term":42}]})", "invalid_input"},
      {R"({"terms":[{"term":"好","note":7}]})", "invalid_input"},
      {R"({"terms":[{"term":"。，、"}]})", "invalid_input"},
  };
  for (const auto& [body, code] : bad) {
    HttpResult r = site_->call(secretary, "PUT", org_path(kBranch1), body);
    EXPECT_EQ(r.status, 400) << body << " → " << r.body;
    json j = json::parse(r.body, nullptr, false);
    EXPECT_EQ(j["error"]["code"], code) << body;
    EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
  }
  EXPECT_EQ(terms_of(secretary, kBranch1), (std::vector<std::string>{"星河计划"}));
}

TEST_F(DictionaryApi, ReadingOneOrganisationsListNeedsItToApplyOrToBeInScope) {
  Session member = site_->login("member");
  HttpResult root = site_->call(member, "GET", org_path(kRoot));  // applies to the member
  ASSERT_EQ(root.status, 200) << root.body;
  EXPECT_EQ(json::parse(root.body)["may"]["edit"], false);
  EXPECT_EQ(site_->call(member, "GET", org_path(kBranch2)).status, 403);
  Session dwadmin = site_->login("dwadmin");
  HttpResult b2 = site_->call(dwadmin, "GET", org_path(kBranch2));
  ASSERT_EQ(b2.status, 200) << b2.body;
  EXPECT_EQ(json::parse(b2.body)["may"]["edit"], true);
  EXPECT_EQ(json::parse(b2.body)["updated_at"], nullptr);
}

TEST_F(DictionaryApi, AChangedListSurvivesARestart) {
  Session dwadmin = site_->login("dwadmin");
  json body = {{"terms", json::array({{{"term", "曙光行动"}, {"note", "专项工作代号"}}})}};
  ASSERT_EQ(site_->call(dwadmin, "PUT", org_path(kBranch2), body.dump()).status, 200);
  ASSERT_EQ(site_->process().terminate(), 0);
  ServerProcess again(site_->data_dir(), site_->base() / "web");
  ASSERT_TRUE(again.started()) << again.stderr_text();
  json login = {{"username", "dwadmin"}, {"password", site_->password("dwadmin")}};
  HttpResult in = http_request(again.port(), "POST", "/api/v1/login", login.dump(), {{"Content-Type", "application/json"}});
  ASSERT_EQ(in.status, 200);
  const std::string cookie = in.headers["set-cookie"].substr(0, in.headers["set-cookie"].find(';'));
  HttpResult r = http_request(again.port(), "GET", org_path(kBranch2), "", {{"Cookie", cookie}});
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  ASSERT_EQ(j["terms"].size(), 1u);
  EXPECT_EQ(j["terms"][0]["note"], "专项工作代号");
  EXPECT_EQ(again.terminate(), 0);
}

}  // namespace
}  // namespace nc::integration
