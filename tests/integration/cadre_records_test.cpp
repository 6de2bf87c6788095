// The cadres' registers over HTTP (issue 10; arts. 17–19 through the topics
// virtual_property, official_capacity_activity and public_accounts), end to
// end by each role against the demo: 王建国 (account "secretary", member 1)
// is a cadre of 机关第一党支部, 刘洋 ("committee") its committee member, 赵磊
// ("member") no cadre until the roster says so; "dwadmin" administers the
// 党委 above (the managing committee); an approver (审批人) is granted on it.
//   gift:     declared, returned, fixed, acknowledged with the department's
//             receipt recorded by the branch; a statement; 我的记录.
//   activity: lending refused citing the article; approved by the approver
//             then the administrator, or by the administrator alone;
//             rejected and returned paths; the outcome recorded.
//   account:  acknowledged, due a year on, in 待办 from a month before,
//             "nothing changed" for all in one step, closed with its date.
// Every refusal is a clear 4xx naming the field or the reason, and changes
// no stored row.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "demo_server.h"
#include "record_fixtures.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

json gift_fields() {
  return {{"item_type", "game_item"},  {"item", "某游戏账号及其全部装备"}, {"value", "3200.50"},
          {"giver", "张某"},           {"giver_relation", "工作对象"},     {"giver_org", "某网络科技公司"},
          {"offered_on", "2026-11-20"}, {"handling", "handed_in"},        {"handed_to", "本单位纪检监察室"},
          {"handed_on", "2026-11-21"}};
}

json activity_fields() {
  return {{"activity_type", "farm_aid"}, {"purpose", "为本县滞销苹果开展公益助农直播"}, {"platform", "抖音"},
          {"starts_on", "2026-12-20"},   {"ends_on", "2026-12-21"},                     {"no_personal_gain", "yes"}};
}

json account_fields(const std::string& name) {
  return {{"owner_kind", "member"}, {"platform", "微信公众号"}, {"account_name", name},
          {"account_id", "id_" + std::to_string(name.size())}, {"link", "https://mp.weixin.qq.com/x"},
          {"purpose", "work"}, {"operator", "本人"}, {"opened_on", "2024-03-01"}};
}

class CadreRecordsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock_file_ = new fs::path(fs::temp_directory_path() / ("nc-it-cadre-clock-" + std::to_string(getpid())));
    std::ofstream(*clock_file_) << 0;
    server_ = new DemoServer("cadre-records", {"--test-clock-file", clock_file_->string()});
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
    ASSERT_TRUE(server_->started()) << server_->process().stderr_text();
    login_all();
  }
  void TearDown() override { std::ofstream(*clock_file_) << 0; }
  void login_all() {
    cadre = server_->login("secretary");
    committee = server_->login("committee");
    member = server_->login("member");
    dwadmin = server_->login("dwadmin");
    auditor = server_->login("auditor");
    admin = server_->login("admin");
  }
  // Moves the server's clock `days` on (sessions end: everyone logs in again).
  void advance(int days) {
    std::ofstream(*clock_file_) << static_cast<long long>(days) * 86400;
    login_all();
  }
  static fs::path db() { return server_->data_dir() / "netconduct.db"; }
  HttpResult create(const Session& who, const std::string& kind, const json& fields) {
    return server_->call(who, "POST", "/api/v1/records/" + kind, json{{"fields", fields}});
  }
  std::uint64_t made(const Session& who, const std::string& kind, const json& fields) {
    return make_record(*server_, who, kind, fields);
  }
  HttpResult act(const Session& who, const std::string& kind, std::uint64_t id, const json& request) {
    return server_->call(who, "POST", "/api/v1/records/" + kind + "/" + std::to_string(id) + "/transitions", request);
  }
  // The ids of 待办's items for `who` of a kind.
  std::vector<std::uint64_t> todo(const Session& who, const std::string& kind) {
    HttpResult r = server_->call(who, "GET", "/api/v1/todo");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::uint64_t> out;
    const json items = body(r)["items"];
    for (const json& x : items) {
      if (x["kind"] == kind) out.push_back(x["id"].get<std::uint64_t>());
    }
    return out;
  }
  static bool has(const std::vector<std::uint64_t>& ids, std::uint64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  }
  Session approver_session() {
    static bool made_approver = false;
    const std::string password = "approver-password-1";
    if (!made_approver) {
      HttpResult u = server_->call(admin, "POST", "/api/v1/users", json{{"username", "shenpi"}, {"password", password}});
      EXPECT_EQ(u.status, 201) << u.body;
      const std::string roles = "/api/v1/users/" + std::to_string(body(u)["user"]["id"].get<int>()) + "/roles";
      // On a branch: refused (an approver is named on a 党委).
      HttpResult on_branch = server_->call(
          admin, "POST", roles,
          json{{"current_password", server_->password("admin")}, {"roles", {{{"role", "approver"}, {"org", 3}}}}});
      EXPECT_EQ(on_branch.status, 400) << on_branch.body;
      EXPECT_NE(on_branch.body.find("审批人只能"), std::string::npos) << on_branch.body;
      HttpResult granted = server_->call(
          admin, "POST", roles,
          json{{"current_password", server_->password("admin")}, {"roles", {{{"role", "approver"}, {"org", 1}}}}});
      EXPECT_EQ(granted.status, 200) << granted.body;
      made_approver = true;
    }
    return server_->login("shenpi", password);
  }

  static fs::path* clock_file_;
  static DemoServer* server_;
  Session cadre, committee, member, dwadmin, auditor, admin;
};

fs::path* CadreRecordsTest::clock_file_ = nullptr;
DemoServer* CadreRecordsTest::server_ = nullptr;

TEST_F(CadreRecordsTest, TheKindsSayTheyAreForCadresAndCiteTheirArticles) {
  HttpResult r = server_->call(member, "GET", "/api/v1/records/kinds");
  ASSERT_EQ(r.status, 200) << r.body;
  std::map<std::string, json> kinds;
  const json list = body(r)["kinds"];
  for (const json& k : list) kinds[k["id"]] = k;
  ASSERT_TRUE(kinds.count("gift") && kinds.count("activity") && kinds.count("account")) << r.body;
  EXPECT_EQ(kinds["contribution"]["cadres_only"], false);
  EXPECT_EQ(kinds["gift"]["cadres_only"], true);
  EXPECT_EQ(kinds["gift"]["articles"], json({17}));
  EXPECT_EQ(kinds["activity"]["articles"], json({18}));
  EXPECT_EQ(kinds["account"]["articles"], json({19}));
  EXPECT_EQ(kinds["account"]["cadres_exempt"], json({{"field", "owner_kind"}, {"value", "organisation"}}));
  bool money = false, lending = false, outcome = false;
  for (const json& f : kinds["gift"]["fields"]) money = money || (f["id"] == "value" && f["type"] == "money");
  for (const json& f : kinds["activity"]["fields"]) {
    if (f["id"] != "activity_type") continue;
    for (const json& c : f["choices"]) EXPECT_NE(c["id"], "lending");
    lending = f["refused"][0]["id"] == "lending" && f["refused"][0]["articles"] == json({18});
  }
  for (const json& t : kinds["activity"]["transitions"]) {
    if (t["verb"] == "close") outcome = t["fields"].size() == 3u;
  }
  EXPECT_TRUE(money);
  EXPECT_TRUE(lending) << kinds["activity"].dump();
  EXPECT_TRUE(outcome);
}

TEST_F(CadreRecordsTest, ANonCadreIsRefusedUntilTheRosterSaysSoButRecordsTheOrganisationsAccount) {
  const std::string before = stored_registers(db());
  for (const auto& [kind, fields] : {std::pair<std::string, json>{"gift", gift_fields()},
                                     {"activity", activity_fields()},
                                     {"account", account_fields("赵磊的号")}}) {
    HttpResult r = create(member, kind, fields);
    EXPECT_EQ(r.status, 403) << kind << ": " << r.body;
    EXPECT_NE(body(r)["error"]["message"].get<std::string>().find("党员干部"), std::string::npos) << r.body;
  }
  EXPECT_EQ(stored_registers(db()), before) << "a refused creation changed the registers";
  // The organisation's own account: its responsible person records it, cadre or not.
  json org = account_fields("机关第一党支部");
  org["owner_kind"] = "organisation";
  HttpResult no_org = create(member, "account", org);
  EXPECT_EQ(no_org.status, 400) << no_org.body;
  EXPECT_EQ(body(no_org)["field_errors"][0]["field"], "org_name");
  org["org_name"] = "机关第一党支部";
  EXPECT_NE(made(member, "account", org), 0u);
  // Once the roster says 是否党员干部 = 是 (a roster import by the secretary), he records.
  HttpResult imported = server_->call(cadre, "POST", "/api/v1/import/roster",
                                      std::string("姓名,党员编号,组织编码,是否党员干部\n赵磊,DY0007,ZB001,是\n"));
  ASSERT_EQ(imported.status, 200) << imported.body;
  HttpResult now = create(member, "gift", gift_fields());
  EXPECT_EQ(now.status, 201) << now.body;
}

TEST_F(CadreRecordsTest, AGiftIsDeclaredReturnedFixedAndAcknowledgedWithTheReceiptRecorded) {
  // Hostile values, every one named; nothing stored.
  const std::string before = stored_registers(db());
  struct Bad {
    const char* field;
    json value;
  };
  for (const Bad& b : {Bad{"value", "-5"}, Bad{"value", "1e9"}, Bad{"value", "100000000.01"}, Bad{"value", 5},
                       Bad{"item", std::string(101, 'x')}, Bad{"handed_to", ""}, Bad{"offered_on", "2999-01-01"},
                       Bad{"item_type", "cash"}, Bad{"handling", json::array()}}) {
    json f = gift_fields();
    f[b.field] = b.value;
    HttpResult r = create(cadre, "gift", f);
    EXPECT_EQ(r.status, 400) << b.field << "=" << b.value.dump() << ": " << r.body;
    EXPECT_EQ(body(r)["field_errors"][0]["field"], b.field) << r.body;
  }
  EXPECT_EQ(stored_registers(db()), before);

  json declined = gift_fields();
  declined["handling"] = "declined";
  declined.erase("handed_to");
  declined.erase("handed_on");
  declined["value"] = "0.01";  // any value: no threshold
  EXPECT_NE(made(cadre, "gift", declined), 0u);

  const std::uint64_t id = made(cadre, "gift", gift_fields());
  ASSERT_NE(id, 0u);
  EXPECT_TRUE(has(todo(committee, "gift"), id));
  EXPECT_FALSE(has(todo(dwadmin, "gift"), id));
  // The cadre acknowledges nothing of their own, though they are the branch secretary.
  EXPECT_EQ(act(cadre, "gift", id, json{{"verb", "confirm"}, {"fields", {{"ack_on", "2026-12-01"}}}}).status, 403);
  HttpResult returned = act(committee, "gift", id, json{{"verb", "return"}, {"reason", "请写明装备的名称"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_TRUE(has(todo(cadre, "gift"), id));
  json fixed = gift_fields();
  fixed["item"] = "某游戏账号及“屠龙刀”等装备";
  ASSERT_EQ(act(cadre, "gift", id, json{{"verb", "resubmit"}, {"fields", fixed}}).status, 200);
  // The acknowledgement records the date it was received (and by which department).
  HttpResult no_date = act(committee, "gift", id, json{{"verb", "confirm"}});
  EXPECT_EQ(no_date.status, 400) << no_date.body;
  EXPECT_EQ(body(no_date)["field_errors"][0]["field"], "ack_on");
  HttpResult stray = act(committee, "gift", id, json{{"verb", "confirm"}, {"fields", {{"ack_on", "2026-12-01"}, {"value", "1"}}}});
  EXPECT_EQ(stray.status, 400) << stray.body;
  HttpResult ack = act(committee, "gift", id,
                       json{{"verb", "confirm"}, {"fields", {{"ack_by", "本单位纪检监察室"}, {"ack_on", "2026-12-01"}}}});
  ASSERT_EQ(ack.status, 200) << ack.body;
  const json rec = body(ack)["record"];
  EXPECT_EQ(rec["state"], "acknowledged");
  EXPECT_FALSE(rec["fields"].contains("ack_by"));  // the step's own, kept in the history
  EXPECT_EQ(rec["fields"]["item"], "某游戏账号及“屠龙刀”等装备");
  ASSERT_EQ(rec["history"].size(), 4u);
  EXPECT_EQ(rec["history"][3]["fields"], json({{"ack_by", "本单位纪检监察室"}, {"ack_on", "2026-12-01"}}));
  EXPECT_EQ(rec["history"][3]["role"], "committee_member");

  // The cadre answers it with a statement; the committee member reads it with the statement.
  HttpResult st = server_->call(cadre, "POST", "/api/v1/me/records/gift/" + std::to_string(id) + "/statements",
                                json{{"text", "装备已全部上交，账号已注销"}});
  ASSERT_EQ(st.status, 201) << st.body;
  HttpResult read = server_->call(committee, "GET", "/api/v1/records/gift/" + std::to_string(id));
  ASSERT_EQ(read.status, 200);
  EXPECT_NE(read.body.find("装备已全部上交，账号已注销"), std::string::npos);
  // 我的记录 shows the record and that the committee member read it.
  HttpResult mine = server_->call(cadre, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200);
  bool shown = false, read_seen = false;
  const json records = body(mine)["records"];
  for (const json& x : records) shown = shown || (x["kind"] == "gift" && x["id"] == id);
  const json reads = body(mine)["reads"];
  for (const json& x : reads) {
    read_seen = read_seen || (x["action"] == "record.read" && x["actor"].get<std::string>().find("committee") != std::string::npos);
  }
  EXPECT_TRUE(shown) << mine.body.substr(0, 400);
  EXPECT_TRUE(read_seen);
  // The register's export carries the amount as entered.
  HttpResult csv = server_->call(committee, "GET", "/api/v1/records/gift/export?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("\"估算价值（元）\""), std::string::npos) << csv.body.substr(0, 400);
  EXPECT_NE(csv.body.find("3200.50"), std::string::npos);
}

TEST_F(CadreRecordsTest, LendingIsRefusedCitingTheArticleAndAnActivityGoesUpTheChain) {
  const std::string before = stored_registers(db());
  json lending = activity_fields();
  lending["activity_type"] = "lending";
  HttpResult refused = create(cadre, "activity", lending);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(body(refused)["field_errors"][0]["field"], "activity_type");
  EXPECT_EQ(body(refused)["field_errors"][0]["articles"], json({18}));
  EXPECT_NE(body(refused)["error"]["message"].get<std::string>().find("网络借贷"), std::string::npos);
  EXPECT_NE(body(refused)["error"]["message"].get<std::string>().find("第18条"), std::string::npos);
  json no_promise = activity_fields();
  no_promise["no_personal_gain"] = "no";
  EXPECT_EQ(body(create(cadre, "activity", no_promise))["field_errors"][0]["field"], "no_personal_gain");
  json backwards = activity_fields();
  backwards["ends_on"] = "2026-12-19";
  EXPECT_EQ(body(create(cadre, "activity", backwards))["field_errors"][0]["field"], "ends_on");
  EXPECT_EQ(stored_registers(db()), before);

  const Session approver = approver_session();
  ASSERT_EQ(approver.status, 200);
  // Two approvers: the approver the committee named, then its administrator.
  const std::uint64_t two = made(cadre, "activity", activity_fields());
  ASSERT_NE(two, 0u);
  EXPECT_TRUE(has(todo(approver, "activity"), two));
  EXPECT_TRUE(has(todo(dwadmin, "activity"), two));
  EXPECT_FALSE(has(todo(committee, "activity"), two));  // the branch reads, the committee approves
  EXPECT_EQ(act(committee, "activity", two, json{{"verb", "approve"}}).status, 403);
  EXPECT_EQ(act(auditor, "activity", two, json{{"verb", "approve"}}).status, 403);
  HttpResult first = act(approver, "activity", two, json{{"verb", "approve"}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(body(first)["record"]["state"], "first_approved");
  EXPECT_EQ(act(approver, "activity", two, json{{"verb", "approve"}}).status, 403);
  EXPECT_FALSE(has(todo(approver, "activity"), two));
  EXPECT_TRUE(has(todo(dwadmin, "activity"), two));
  HttpResult last = act(dwadmin, "activity", two, json{{"verb", "approve"}});
  ASSERT_EQ(last.status, 200) << last.body;
  EXPECT_EQ(body(last)["record"]["state"], "approved");
  // The outcome, recorded by the cadre after the activity.
  EXPECT_TRUE(has(todo(cadre, "activity"), two));
  HttpResult empty = act(cadre, "activity", two, json{{"verb", "close"}});
  EXPECT_EQ(empty.status, 400) << empty.body;
  HttpResult done = act(cadre, "activity", two,
                        json{{"verb", "close"},
                             {"fields", {{"outcome_held", "held"}, {"outcome", "直播两小时，售出苹果 3000 斤，货款归合作社"},
                                         {"outcome_no_gain", "yes"}}}});
  ASSERT_EQ(done.status, 200) << done.body;
  const json rec = body(done)["record"];
  EXPECT_EQ(rec["state"], "done");
  std::vector<std::string> roles;
  for (const json& h : rec["history"]) roles.push_back(h["role"]);
  EXPECT_EQ(roles, (std::vector<std::string>{"member", "approver", "committee_admin", "member"}));
  EXPECT_EQ(act(cadre, "activity", two, json{{"verb", "close"}}).status, 409);

  // One approver: the administrator alone.
  const std::uint64_t one = made(cadre, "activity", activity_fields());
  HttpResult alone = act(dwadmin, "activity", one, json{{"verb", "approve"}});
  ASSERT_EQ(alone.status, 200) << alone.body;
  EXPECT_EQ(body(alone)["record"]["state"], "approved");

  // Rejected (with a reason) and returned (fixed, then approved).
  const std::uint64_t no = made(cadre, "activity", activity_fields());
  EXPECT_EQ(act(approver, "activity", no, json{{"verb", "reject"}}).status, 400);
  HttpResult rejected = act(approver, "activity", no, json{{"verb", "reject"}, {"reason", "与本职工作无关"}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(body(rejected)["record"]["state"], "rejected");
  EXPECT_EQ(act(cadre, "activity", no, json{{"verb", "resubmit"}, {"fields", activity_fields()}}).status, 409);
  const std::uint64_t back = made(cadre, "activity", activity_fields());
  ASSERT_EQ(act(dwadmin, "activity", back, json{{"verb", "return"}, {"reason", "请写明使用的账号"}}).status, 200);
  json fixed = activity_fields();
  fixed["account"] = "青山县融媒体中心";
  ASSERT_EQ(act(cadre, "activity", back, json{{"verb", "resubmit"}, {"fields", fixed}}).status, 200);
  EXPECT_EQ(body(act(dwadmin, "activity", back, json{{"verb", "approve"}}))["record"]["state"], "approved");

  // A statement on it, read by the approver; the cadre's 我的记录 shows the approver's read.
  ASSERT_EQ(server_->call(cadre, "POST", "/api/v1/me/records/activity/" + std::to_string(no) + "/statements",
                          json{{"text", "活动是单位安排的"}}).status,
            201);
  HttpResult seen = server_->call(approver, "GET", "/api/v1/records/activity/" + std::to_string(no));
  ASSERT_EQ(seen.status, 200);
  EXPECT_NE(seen.body.find("活动是单位安排的"), std::string::npos);
  EXPECT_TRUE(body(seen)["record"]["may"]["answer"].get<bool>());
  HttpResult mine = server_->call(cadre, "GET", "/api/v1/me/records");
  bool by_approver = false;
  const json reads = body(mine)["reads"];
  for (const json& x : reads) {
    by_approver = by_approver || (x["action"] == "record.read" && x["actor"].get<std::string>().find("shenpi") != std::string::npos);
  }
  EXPECT_TRUE(by_approver) << mine.body.substr(0, 600);
}

TEST_F(CadreRecordsTest, AccountsAreReconfirmedYearlyAllInOneStepAndClosedWithADate) {
  const std::uint64_t a = made(cadre, "account", account_fields("青山观察"));
  const std::uint64_t b = made(cadre, "account", account_fields("青山县政务"));
  ASSERT_NE(a, 0u);
  ASSERT_NE(b, 0u);
  // Nothing to reconfirm while the branch has not acknowledged them.
  EXPECT_EQ(server_->call(cadre, "POST", "/api/v1/records/account/confirm-all", json::object()).status, 409);
  std::string due;
  for (std::uint64_t id : {a, b}) {
    HttpResult r = act(committee, "account", id, json{{"verb", "confirm"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(body(r)["record"]["state"], "registered");
    due = body(r)["record"]["due"];
  }
  HttpResult kinds_today = server_->call(cadre, "GET", "/api/v1/todo");
  const std::string today = body(kinds_today)["today"];
  if (today.substr(4) != "-02-29") {
    EXPECT_EQ(due, std::to_string(std::stoi(today.substr(0, 4)) + 1) + today.substr(4));
  }
  EXPECT_FALSE(has(todo(cadre, "account"), a));

  // Ten months on: not yet. Eleven and a bit: both, waiting for the cadre.
  advance(300);
  EXPECT_FALSE(has(todo(cadre, "account"), a));
  advance(340);
  const auto items = todo(cadre, "account");
  EXPECT_TRUE(has(items, a) && has(items, b));
  EXPECT_TRUE(todo(committee, "account").empty());

  // One step for all: a reconfirm on each, in one transaction, one audit entry.
  EXPECT_EQ(server_->call(member, "POST", "/api/v1/records/account/confirm-all", json::object()).status, 409);
  EXPECT_EQ(server_->call(cadre, "POST", "/api/v1/records/contribution/confirm-all", json::object()).status, 400);
  EXPECT_EQ(server_->call(cadre, "POST", "/api/v1/records/nothing/confirm-all", json::object()).status, 404);
  EXPECT_EQ(server_->call(cadre, "POST", "/api/v1/records/account/confirm-all", std::string("[]")).status, 400);
  HttpResult all = server_->call(cadre, "POST", "/api/v1/records/account/confirm-all", json::object());
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(body(all)["confirmed"], 2);
  const std::string new_today = body(server_->call(cadre, "GET", "/api/v1/todo"))["today"];
  const json confirmed = body(all)["records"];
  for (const json& x : confirmed) {
    EXPECT_EQ(x["state"], "registered");
    EXPECT_EQ(x["due"].get<std::string>().substr(0, 4), std::to_string(std::stoi(new_today.substr(0, 4)) + 1));
  }
  EXPECT_FALSE(has(todo(cadre, "account"), a));
  HttpResult detail = server_->call(cadre, "GET", "/api/v1/records/account/" + std::to_string(a));
  const json history = body(detail)["record"]["history"];
  EXPECT_EQ(history.back()["verb"], "reconfirm");
  EXPECT_EQ(history.back()["verb_name"], "确认无变化");

  // Closing records its date; a closed account is confirmed no more.
  HttpResult future = act(cadre, "account", b, json{{"verb", "close"}, {"fields", {{"closed_on", "2999-01-01"}}}});
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(body(future)["field_errors"][0]["field"], "closed_on");
  HttpResult closed = act(cadre, "account", b, json{{"verb", "close"}, {"fields", {{"closed_on", new_today}}}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(body(closed)["record"]["state"], "closed");
  EXPECT_EQ(body(closed)["record"]["history"].back()["fields"]["closed_on"], new_today);
  EXPECT_EQ(act(committee, "account", a, json{{"verb", "reconfirm"}}).status, 403);
  HttpResult again = server_->call(cadre, "POST", "/api/v1/records/account/confirm-all", json::object());
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(body(again)["confirmed"], 1);
  EXPECT_EQ(body(again)["records"][0]["id"], a);
  // The audit log: one record.reconfirm entry per request, however many records it confirmed.
  sqlite3* dbh = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db().c_str(), &dbh, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(dbh, "SELECT count(*) FROM audit_log WHERE action = 'record.reconfirm'", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 2);
  sqlite3_finalize(st);
  sqlite3_close(dbh);
}


// A committee names further approvers itself (issue 10): its administrator
// gives and takes back the approver grant on the 党委 through the grants API,
// re-authenticated and audited; nothing else about any account, and not on
// a branch, changes that way.
TEST_F(CadreRecordsTest, TheCommitteeAdministratorNamesAndRemovesAnApproverOfItsCommittee) {
  const std::string password = "approver-by-dw-1";
  HttpResult u = server_->call(admin, "POST", "/api/v1/users", json{{"username", "shenpi-dw"}, {"password", password}});
  ASSERT_EQ(u.status, 201) << u.body;
  const int id = body(u)["user"]["id"].get<int>();
  const std::string roles = "/api/v1/users/" + std::to_string(id) + "/roles";
  const std::string dw_password = server_->password("dwadmin");
  auto grants_of = [&] {
    return stored_rows(db(), {("SELECT role, org_id FROM role_grants WHERE user_id = " + std::to_string(id)).c_str()});
  };
  auto grant_entries = [&] {
    return stored_rows(db(), {("SELECT actor, detail FROM audit_log WHERE action = 'role.grant' AND target = 'user:" +
                               std::to_string(id) + "' ORDER BY seq")
                                  .c_str()});
  };
  const std::string none = grants_of();
  const std::string no_entries = grant_entries();
  // Refused, nothing stored: another role alongside, a branch, a wrong password, someone not administering it.
  auto refused = [&](const Session& who, const json& request, int status) {
    HttpResult r = server_->call(who, "POST", roles, request);
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(grants_of(), none);
    EXPECT_EQ(grant_entries(), no_entries);
    return r;
  };
  HttpResult other_role = refused(
      dwadmin,
      json{{"current_password", dw_password}, {"roles", {{{"role", "approver"}, {"org", 1}}, {{"role", "committee_admin"}, {"org", 1}}}}},
      403);
  EXPECT_NE(body(other_role)["error"]["message"].get<std::string>().find("审批人"), std::string::npos) << other_role.body;
  refused(dwadmin, json{{"current_password", dw_password}, {"roles", {{{"role", "approver"}, {"org", 3}}}}}, 403);
  refused(dwadmin, json{{"current_password", "wrong-password-x"}, {"roles", {{{"role", "approver"}, {"org", 1}}}}}, 403);
  refused(committee, json{{"current_password", server_->password("committee")}, {"roles", {{{"role", "approver"}, {"org", 1}}}}},
          403);
  refused(auditor, json{{"current_password", server_->password("auditor")}, {"roles", {{{"role", "approver"}, {"org", 1}}}}},
          403);
  refused(dwadmin, json{{"current_password", dw_password}, {"roles", "approver"}}, 400);

  // Named by the committee's administrator: stored, audited as theirs.
  HttpResult named =
      server_->call(dwadmin, "POST", roles, json{{"current_password", dw_password}, {"roles", {{{"role", "approver"}, {"org", 1}}}}});
  ASSERT_EQ(named.status, 200) << named.body;
  EXPECT_EQ(body(named)["user"]["roles"][0]["role"], "approver");
  EXPECT_NE(grants_of(), none);
  const std::string entries = grant_entries();
  EXPECT_NE(entries.find("approver@1"), std::string::npos) << entries;
  const int dw_id = body(server_->call(dwadmin, "GET", "/api/v1/session"))["user"]["id"].get<int>();
  EXPECT_EQ(entries.rfind("user:" + std::to_string(dw_id) + " (", 0), 0u) << entries;

  // The approver sees the committee's requests in 待办 and makes the first approval.
  const Session approver = server_->login("shenpi-dw", password);
  ASSERT_EQ(approver.status, 200);
  const std::uint64_t request = made(cadre, "activity", activity_fields());
  ASSERT_NE(request, 0u);
  EXPECT_TRUE(has(todo(approver, "activity"), request));
  HttpResult first = act(approver, "activity", request, json{{"verb", "approve"}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(body(first)["record"]["state"], "first_approved");

  // Removed by the administrator again: audited, and the approver no longer sees the committee's requests.
  HttpResult removed = server_->call(dwadmin, "POST", roles, json{{"current_password", dw_password}, {"roles", json::array()}});
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(grants_of(), none);
  EXPECT_GT(grant_entries().size(), entries.size());
  const std::uint64_t later = made(cadre, "activity", activity_fields());
  EXPECT_FALSE(has(todo(approver, "activity"), later));
  EXPECT_EQ(act(approver, "activity", later, json{{"verb", "approve"}}).status, 404);
  // The administrator changes nothing of their own this way.
  HttpResult own = server_->call(dwadmin, "POST", "/api/v1/users/" + std::to_string(dw_id) + "/roles",
                                 json{{"current_password", dw_password},
                                      {"roles", {{{"role", "committee_admin"}, {"org", 1}}, {{"role", "approver"}, {"org", 1}}}}});
  EXPECT_EQ(own.status, 403) << own.body;
}

}  // namespace
}  // namespace nc::integration
