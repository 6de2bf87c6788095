// Chapter 4's duties over HTTP (issue 11) on the demo world (党委 DW001 →
// 党总支 ZZ001 → 支部 ZB001 = org 3, whose members 1 (secretary), 4
// (committee member) and 7 (the member)): a nomination citing confirmed
// contributions approved by the managing committee and shown in 我的记录 and
// the register's export; a guidance talk and the member's account beside it;
// a self-review per chapter of the rulebook in force and the outcome the
// secretary records, with the member's statement; guidance rules shown to the
// members they apply to (GET /api/v1/me/guidance). Every role that takes part,
// inside and outside; hostile input refused with nothing stored; no endpoint
// orders people by a count.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <zip.h>

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

std::string zip_entry(const std::string& bytes, const char* name) {
  zip_error_t err;
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  if (!z) return "";
  std::string out;
  if (zip_file_t* f = zip_fopen(z, name, 0)) {
    char buf[4096];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

// The registers' rows and their steps, as stored (hostile input changes none).
std::string stored(const std::filesystem::path& db_file) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "cannot open";
  sqlite3_busy_timeout(db, 5000);
  for (const char* sql : {"SELECT * FROM workflow_records ORDER BY id", "SELECT * FROM workflow_steps ORDER BY rowid"}) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return "no table";
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        const unsigned char* v = sqlite3_column_text(st, c);
        out += v ? reinterpret_cast<const char*>(v) : "NULL";
        out += "|";
      }
      out += "\n";
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

json self_review(int chapters) {
  json f = {{"year", "2026-12-01"}, {"summary", "遵守规定，转发前核实还不够"}};
  for (int i = 1; i <= chapters; ++i) f["chapter_" + std::to_string(i)] = "第" + std::to_string(i) + "章：对照检查，做到了";
  return f;
}

class DutiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    member = server.login("member");
    secretary = server.login("secretary");
    committee = server.login("committee");
    auditor = server.login("auditor");
    dwadmin = server.login("dwadmin");
    admin = server.login("admin");
  }
  std::filesystem::path db() const { return server.data_dir() / "netconduct.db"; }
  HttpResult make(const Session& who, const std::string& kind, const json& request) {
    return server.call(who, "POST", "/api/v1/records/" + kind, request);
  }
  HttpResult act(const Session& who, const std::string& kind, std::uint64_t id, const json& request) {
    return server.call(who, "POST", "/api/v1/records/" + kind + "/" + std::to_string(id) + "/transitions", request);
  }
  std::uint64_t contribution(const Session& who, const std::string& what) {
    HttpResult r = make(who, "contribution",
                        json{{"fields",
                              {{"category", "theory"}, {"platform", "学习强国"}, {"link", "https://www.xuexi.cn/a/" + what},
                               {"date", "2026-03-01"}, {"description", what}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? body(r)["record"]["id"].get<std::uint64_t>() : 0;
  }
  static json nomination(const std::string& ids) {
    return {{"subject", 7},
            {"fields",
             {{"honour", "网络宣传先进个人"}, {"date", "2026-12-01"}, {"deeds", "坚持撰写理论文章，澄清不实说法"},
              {"contributions", ids}}}};
  }
  // The member's 我的记录 entry of a record; null when it is not there.
  json mine(const std::string& kind, std::uint64_t id) {
    HttpResult r = server.call(member, "GET", "/api/v1/me/records");
    EXPECT_EQ(r.status, 200) << r.body;
    const json whole1 = body(r);
    for (const json& x : whole1["records"]) {
      if (x["kind"] == kind && x["id"] == id) return x;
    }
    return nullptr;
  }
  bool read_shown(const std::string& actor_part, [[maybe_unused]] const std::string& kind) {
    HttpResult r = server.call(member, "GET", "/api/v1/me/records");
    const json whole2 = body(r);
    for (const json& x : whole2["reads"]) {
      // The entry names who and what they did (record.read), not which record: in each test
      // the only record `actor_part` reads is the one under test (`kind`).
      if (x["action"] == "record.read" && x["actor"].get<std::string>().find(actor_part) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  DemoServer server{"duties"};
  Session member, secretary, committee, auditor, dwadmin, admin;
};

TEST_F(DutiesTest, ANominationCitesConfirmedContributionsAndTheManagingCommitteeApprovesIt) {
  const std::uint64_t confirmed = contribution(member, "理论文章");
  const std::uint64_t waiting = contribution(member, "短视频");
  const std::uint64_t others = contribution(committee, "别人的贡献");
  ASSERT_EQ(act(secretary, "contribution", confirmed, json{{"verb", "confirm"}}).status, 200);
  ASSERT_EQ(act(secretary, "contribution", others, json{{"verb", "confirm"}}).status, 200);

  // The nominator's picker: the member's confirmed contributions only, and no count of them.
  HttpResult picker = server.call(secretary, "GET", "/api/v1/records/contribution?org=3&subject=7&state=confirmed");
  ASSERT_EQ(picker.status, 200) << picker.body;
  ASSERT_EQ(body(picker)["records"].size(), 1u) << picker.body;
  EXPECT_EQ(body(picker)["records"][0]["id"], confirmed);
  EXPECT_TRUE(body(picker)["total"].is_null());
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/records/contribution?org=3&subject=x").status, 400);
  EXPECT_EQ(server.call(member, "GET", "/api/v1/records/contribution?org=3&subject=7").status, 403);

  // Confirmed contributions nominate nobody by themselves: the register is empty.
  HttpResult list = server.call(dwadmin, "GET", "/api/v1/records/commendation?org=1");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(body(list)["records"].empty());
  EXPECT_EQ(body(list)["total"], 0);

  // Evidence that is not this member's confirmed contribution: refused, the field named, nothing stored.
  const std::string before = stored(db());
  for (const auto& [ids, says] : std::vector<std::pair<std::string, std::string>>{
           {std::to_string(waiting), "现在是“待确认”，只能引用“已确认”的记录"},
           {std::to_string(others), "不是这名党员的网络正能量贡献记录"},
           {"999999", "不是这名党员的网络正能量贡献记录"},
           {std::to_string(confirmed) + "," + std::to_string(confirmed), "列了两次"},
           {"abc", "应为记录编号"}}) {
    HttpResult r = make(secretary, "commendation", nomination(ids));
    EXPECT_EQ(r.status, 400) << ids << ": " << r.body;
    EXPECT_EQ(body(r)["field_errors"][0]["field"], "contributions") << r.body;
    EXPECT_NE(r.body.find(says), std::string::npos) << ids << ": " << r.body;
  }
  // Wrong types and over-long fields, a member outside, nobody named.
  json hostile = nomination(std::to_string(confirmed));
  hostile["fields"]["deeds"] = std::string(1001, 'x');
  EXPECT_EQ(make(secretary, "commendation", hostile).status, 400);
  hostile = nomination(std::to_string(confirmed));
  hostile["fields"]["contributions"] = 12;
  EXPECT_NE(make(secretary, "commendation", hostile).body.find("「依据的贡献记录」应为文字"), std::string::npos);
  hostile = nomination(std::to_string(confirmed));
  hostile["subject"] = "7";
  EXPECT_EQ(make(secretary, "commendation", hostile).status, 400);
  hostile["subject"] = 2;  // member 2 is in 机关第二党支部: out of the secretary's reach
  EXPECT_EQ(make(secretary, "commendation", hostile).status, 404);
  // Who may not nominate: the member (about themself: 403), the auditor, the system administrator.
  EXPECT_EQ(make(member, "commendation", nomination(std::to_string(confirmed))).status, 403);
  EXPECT_EQ(make(auditor, "commendation", nomination(std::to_string(confirmed))).status, 404);
  EXPECT_EQ(make(admin, "commendation", nomination(std::to_string(confirmed))).status, 404);
  EXPECT_EQ(stored(db()), before) << "a refused nomination stored something";

  // The committee member nominates; the branch cannot approve, the 党委 administrator does.
  HttpResult made = make(committee, "commendation", nomination(std::to_string(confirmed)));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"];
  EXPECT_EQ(body(made)["record"]["state"], "nominated");
  EXPECT_EQ(body(made)["record"]["subject"]["id"], 7);
  EXPECT_EQ(act(secretary, "commendation", id, json{{"verb", "approve"}}).status, 403);
  EXPECT_EQ(act(member, "commendation", id, json{{"verb", "approve"}}).status, 403);
  EXPECT_EQ(act(dwadmin, "commendation", id, json{{"verb", "reject"}}).status, 400) << "a rejection says why";
  HttpResult todo = server.call(dwadmin, "GET", "/api/v1/todo");
  ASSERT_EQ(todo.status, 200);
  ASSERT_EQ(body(todo)["items"].size(), 1u) << todo.body;
  EXPECT_EQ(body(todo)["items"][0]["kind"], "commendation");
  HttpResult approved = act(dwadmin, "commendation", id, json{{"verb", "approve"}});
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(body(approved)["record"]["state"], "commended");
  EXPECT_EQ(body(approved)["record"]["history"][1]["role"], "committee_admin");
  EXPECT_EQ(act(dwadmin, "commendation", id, json{{"verb", "approve"}}).status, 409);

  // 我的记录 shows it; the member answers it with a statement; the export carries it for 评先评优.
  const json shown = mine("commendation", id);
  ASSERT_FALSE(shown.is_null());
  EXPECT_EQ(shown["data"]["state"], "commended");
  EXPECT_EQ(server.call(member, "POST", "/api/v1/me/records/commendation/" + std::to_string(id) + "/statements",
                        json{{"text", "感谢组织"}}).status,
            201);
  HttpResult xlsx = server.call(dwadmin, "GET", "/api/v1/records/commendation/export?org=1");
  ASSERT_EQ(xlsx.status, 200);
  const std::string strings = zip_entry(xlsx.body, "xl/sharedStrings.xml") + zip_entry(xlsx.body, "xl/worksheets/sheet1.xml");
  EXPECT_NE(strings.find("网络宣传先进个人"), std::string::npos);
  EXPECT_NE(strings.find("已表彰"), std::string::npos);
  ASSERT_EQ(server.call(dwadmin, "GET", "/api/v1/records/commendation/" + std::to_string(id)).status, 200);
  EXPECT_TRUE(read_shown("dwadmin", "commendation")) << "the committee's reads are in 我的记录";
}

TEST_F(DutiesTest, NoEndpointOrdersPeopleByACount) {
  // Member 7 has three confirmed contributions, member 4 one: nothing anywhere puts 7 first for it.
  for (const char* what : {"一", "二", "三"}) {
    ASSERT_EQ(act(secretary, "contribution", contribution(member, what), json{{"verb", "confirm"}}).status, 200);
  }
  const std::uint64_t theirs = contribution(committee, "四");
  ASSERT_EQ(act(secretary, "contribution", theirs, json{{"verb", "confirm"}}).status, 200);
  // Counts name nobody: kinds and states only.
  HttpResult counts = server.call(dwadmin, "GET", "/api/v1/records/counts?org=1");
  ASSERT_EQ(counts.status, 200) << counts.body;
  const json whole3 = body(counts);
  for (const json& c : whole3["counts"]) {
    EXPECT_FALSE(c.contains("subject")) << c.dump();
    EXPECT_FALSE(c.contains("member")) << c.dump();
  }
  EXPECT_EQ(counts.body.find("赵磊"), std::string::npos);
  // The register lists records, not people: newest first within an organisation.
  HttpResult sorted = server.call(dwadmin, "GET", "/api/v1/records/contribution?org=1");
  ASSERT_EQ(sorted.status, 200) << sorted.body;
  const json records = body(sorted)["records"];
  ASSERT_EQ(records.size(), 4u);
  std::vector<std::uint64_t> ids;
  for (const json& r : records) ids.push_back(r["id"]);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end(), std::greater<>())) << "newest first, not by whose count";
  // Nothing nominated anyone.
  EXPECT_EQ(body(server.call(dwadmin, "GET", "/api/v1/records/commendation?org=1"))["total"], 0);
  // No route is a ranking (the routes' own names).
  HttpResult openapi = server.call(admin, "GET", "/api/v1/records/kinds");
  for (const char* word : {"rank", "top_", "leaderboard", "score"}) {
    EXPECT_EQ(openapi.body.find(word), std::string::npos) << word;
  }
}

TEST_F(DutiesTest, ATalkIsReadByTheMemberWhoWritesTheirAccountBesideIt) {
  const json talk = {{"subject", 7},
                     {"fields",
                      {{"date", "2026-12-02"}, {"topic", "转发未经核实的消息"},
                       {"agreed", "今后转发前先查证来源；必要时向支部请教。"}}}};
  // Outside the branch, the committee above and the auditor record no talk; the member none about themself.
  EXPECT_EQ(make(dwadmin, "talk", talk).status, 404);
  EXPECT_EQ(make(auditor, "talk", talk).status, 404);
  EXPECT_EQ(make(member, "talk", talk).status, 403) << "nobody records a talk about themself";
  json future = talk;
  future["fields"]["date"] = "2099-01-01";
  EXPECT_EQ(make(secretary, "talk", future).status, 400);
  HttpResult made = make(secretary, "talk", talk);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"];
  const std::string url = "/api/v1/records/talk/" + std::to_string(id);

  // The member finds it waiting for them and answers it; nobody else may, and not twice.
  HttpResult todo = server.call(member, "GET", "/api/v1/todo");
  ASSERT_EQ(body(todo)["items"].size(), 1u) << todo.body;
  EXPECT_EQ(body(todo)["items"][0]["kind"], "talk");
  EXPECT_EQ(act(secretary, "talk", id, json{{"verb", "respond"}, {"fields", {{"account", "代填"}}}}).status, 403);
  EXPECT_EQ(act(member, "talk", id, json{{"verb", "respond"}, {"fields", {{"account", std::string(2001, 'x')}}}}).status,
            400);
  EXPECT_EQ(act(member, "talk", id, json{{"verb", "respond"}}).status, 400);
  HttpResult answered =
      act(member, "talk", id, json{{"verb", "respond"}, {"fields", {{"account", "同意。那条消息我已删除。"}}}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(body(answered)["record"]["state"], "answered");
  EXPECT_EQ(body(answered)["record"]["history"][1]["fields"]["account"], "同意。那条消息我已删除。");
  EXPECT_EQ(body(answered)["record"]["history"][1]["role"], "member");
  EXPECT_EQ(act(member, "talk", id, json{{"verb", "respond"}, {"fields", {{"account", "再说一次"}}}}).status, 409);

  // The branch reads it (audited, shown in 我的记录); the committee above and the auditor do not, they count.
  ASSERT_EQ(server.call(committee, "GET", url).status, 200);
  EXPECT_EQ(server.call(dwadmin, "GET", url).status, 404);
  EXPECT_EQ(server.call(auditor, "GET", url).status, 404);
  EXPECT_EQ(server.call(auditor, "GET", "/api/v1/records/talk?org=1").status, 403);
  EXPECT_TRUE(read_shown("committee", "talk"));
  const json shown = mine("talk", id);
  ASSERT_FALSE(shown.is_null());
  EXPECT_NE(shown.dump().find("同意。那条消息我已删除。"), std::string::npos);
  HttpResult counts = server.call(auditor, "GET", "/api/v1/records/counts?org=1");
  ASSERT_EQ(counts.status, 200);
  bool counted = false;
  const json whole4 = body(counts);
  for (const json& c : whole4["counts"]) {
    if (c["kind"] == "talk" && c["state"] == "answered") counted = c["count"] == 1;
  }
  EXPECT_TRUE(counted) << counts.body;
}

TEST_F(DutiesTest, ASelfReviewAnswersEachChapterAndTheSecretaryRecordsTheMeetingsOutcome) {
  // The form names the chapters of the rulebook in force (five in the seed text).
  HttpResult kinds = server.call(member, "GET", "/api/v1/records/kinds");
  json review;
  const json whole5 = body(kinds);
  for (const json& k : whole5["kinds"]) {
    if (k["id"] == "review") review = k;
  }
  ASSERT_FALSE(review.is_null());
  int chapters = 0;
  for (const json& f : review["fields"]) {
    if (f.contains("chapter")) {
      ++chapters;
      EXPECT_EQ(f["required"], true);
      EXPECT_EQ(f["label"].get<std::string>().rfind("第", 0), 0u) << f.dump();
    }
  }
  EXPECT_EQ(chapters, 5);
  EXPECT_EQ(review.dump().find("suggest"), std::string::npos);

  const std::string before = stored(db());
  HttpResult missing = make(member, "review", json{{"fields", self_review(4)}});
  ASSERT_EQ(missing.status, 400);
  EXPECT_EQ(body(missing)["field_errors"][0]["field"], "chapter_5");
  EXPECT_NE(missing.body.find("第五章"), std::string::npos) << missing.body;
  HttpResult extra = make(member, "review", json{{"fields", self_review(6)}});
  ASSERT_EQ(extra.status, 400);
  EXPECT_NE(extra.body.find("没有这一章"), std::string::npos) << extra.body;
  EXPECT_EQ(make(secretary, "review", json{{"subject", 7}, {"fields", self_review(5)}}).status, 404)
      << "the self-review is the member's own";
  EXPECT_EQ(stored(db()), before);

  HttpResult made = make(member, "review", json{{"fields", self_review(5)}});
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"];
  const json decision = {{"verb", "decide"}, {"fields", {{"outcome", "qualified"}, {"meeting_date", "2026-12-03"}}}};
  // Only the secretary records it: not the committee member, the committee above, the auditor, the member.
  EXPECT_EQ(act(committee, "review", id, decision).status, 403);
  EXPECT_EQ(act(member, "review", id, decision).status, 403);
  EXPECT_EQ(act(dwadmin, "review", id, decision).status, 404);
  EXPECT_EQ(act(auditor, "review", id, decision).status, 404);
  json bad = decision;
  bad["fields"]["outcome"] = "95";
  EXPECT_EQ(act(secretary, "review", id, bad).status, 400);
  const std::string before_decision = stored(db());
  bad["fields"] = {{"meeting_date", "2026-12-03"}};
  EXPECT_EQ(act(secretary, "review", id, bad).status, 400) << "no outcome is filled in for the secretary";
  EXPECT_EQ(stored(db()), before_decision);
  HttpResult decided = act(secretary, "review", id, decision);
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_EQ(body(decided)["record"]["state"], "decided");
  EXPECT_EQ(body(decided)["record"]["history"][1]["fields"]["outcome"], "qualified");
  EXPECT_EQ(body(decided)["record"]["history"][1]["role"], "branch_secretary");
  EXPECT_FALSE(body(decided)["record"]["history"][1]["actor"]["name"].get<std::string>().empty()) << "who recorded it";

  // The member sees it all in 我的记录 and states their view beside it.
  const json shown = mine("review", id);
  ASSERT_FALSE(shown.is_null());
  EXPECT_NE(shown.dump().find("评议结果"), std::string::npos) << shown.dump();
  EXPECT_NE(shown.dump().find("合格"), std::string::npos) << shown.dump();
  EXPECT_EQ(server.call(member, "POST", "/api/v1/me/records/review/" + std::to_string(id) + "/statements",
                        json{{"text", "对评议结果无异议"}}).status,
            201);
  HttpResult read = server.call(secretary, "GET", "/api/v1/records/review/" + std::to_string(id));
  ASSERT_EQ(read.status, 200);
  EXPECT_NE(read.body.find("对评议结果无异议"), std::string::npos);

  // The meeting's minutes: the branch's record, read by its members, revised by its roles.
  const json minutes = {{"org", 3},
                        {"fields",
                         {{"title", "2026 年度组织生活会"}, {"meeting_type", "life_meeting"}, {"date", "2026-12-03"},
                          {"minutes", "一、学习规定；二、自我评议；三、相互评议；四、表决。"}}}};
  EXPECT_EQ(make(member, "review_meeting", minutes).status, 403);
  HttpResult kept = make(committee, "review_meeting", minutes);
  ASSERT_EQ(kept.status, 201) << kept.body;
  const std::uint64_t mid = body(kept)["record"]["id"];
  EXPECT_EQ(server.call(member, "GET", "/api/v1/records/review_meeting/" + std::to_string(mid)).status, 200);
  json revised = minutes;
  revised["verb"] = "revise";
  revised["fields"]["minutes"] = "一、学习规定；二、自我评议；三、相互评议；四、表决（修订）。";
  revised.erase("org");
  HttpResult rev = act(secretary, "review_meeting", mid, revised);
  ASSERT_EQ(rev.status, 200) << rev.body;
  EXPECT_EQ(body(rev)["record"]["history"].size(), 2u);
  EXPECT_EQ(act(member, "review_meeting", mid, revised).status, 403);
}

TEST_F(DutiesTest, GuidanceRulesReachTheMembersTheyApplyTo) {
  const json branch_rule = {{"org", 3},
                            {"fields",
                             {{"title", "转发前先核实来源"}, {"text", "依据规定有关条款：不传播未经核实的信息。"},
                              {"category", "all"}, {"account_type", "any"}, {"effective_on", "2026-12-01"}}}};
  json cadre_rule = {{"org", 1},
                     {"fields",
                      {{"title", "公众账号每年确认一次"}, {"text", "党员干部开设的公众账号，每年确认无变化。"},
                       {"category", "cadre"}, {"account_type", "any"}, {"effective_on", "2026-12-01"}}}};
  EXPECT_EQ(make(committee, "guidance_rule", branch_rule).status, 403) << "published by the secretary";
  EXPECT_EQ(make(member, "guidance_rule", branch_rule).status, 403);
  EXPECT_EQ(make(secretary, "guidance_rule", cadre_rule).status, 403) << "the 党委's is its administrator's";
  json hostile = branch_rule;
  hostile["fields"]["category"] = "everyone";
  EXPECT_EQ(make(secretary, "guidance_rule", hostile).status, 400);
  HttpResult mine_rule = make(secretary, "guidance_rule", branch_rule);
  ASSERT_EQ(mine_rule.status, 201) << mine_rule.body;
  HttpResult above = make(dwadmin, "guidance_rule", cadre_rule);
  ASSERT_EQ(above.status, 201) << above.body;

  auto titles = [&](const Session& who) {
    HttpResult r = server.call(who, "GET", "/api/v1/me/guidance");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    const json whole6 = body(r);
    for (const json& x : whole6["rules"]) out.push_back(x["fields"]["title"]);
    return out;
  };
  EXPECT_EQ(titles(member), std::vector<std::string>{"转发前先核实来源"}) << "not a cadre";
  // The record route decides as 指导 does: the 党委's rule for cadres is not his to read yet.
  const std::string above_url = "/api/v1/records/guidance_rule/" + std::to_string(body(above)["record"]["id"].get<std::uint64_t>());
  EXPECT_EQ(server.call(member, "GET", above_url).status, 404) << "a rule that does not apply to him";
  // On the roster he becomes a cadre: the 党委's rule for cadres reaches him too, his branch's first.
  HttpResult imported = server.call(secretary, "POST", "/api/v1/import/roster",
                                    std::string("姓名,党员编号,组织编码,是否党员干部\n赵磊,DY0007,ZB001,是\n"));
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(titles(member), (std::vector<std::string>{"转发前先核实来源", "公众账号每年确认一次"}));
  // …and through the record route, a member below the committee reads it (his 指导 page links there).
  HttpResult rule_read = server.call(member, "GET", above_url);
  ASSERT_EQ(rule_read.status, 200) << rule_read.body;
  EXPECT_EQ(body(rule_read)["record"]["fields"]["title"], "公众账号每年确认一次") << rule_read.body;
  // A rule of another branch (org 4, not on his way up) stays closed to him, as on 指导.
  json elsewhere = branch_rule;
  elsewhere["org"] = 4;
  elsewhere["fields"]["title"] = "第二支部的规则";
  HttpResult other = make(dwadmin, "guidance_rule", elsewhere);
  ASSERT_EQ(other.status, 201) << other.body;
  const std::string other_url = "/api/v1/records/guidance_rule/" + std::to_string(body(other)["record"]["id"].get<std::uint64_t>());
  EXPECT_EQ(server.call(member, "GET", other_url).status, 404);
  for (const std::string& t : titles(member)) EXPECT_NE(t, "第二支部的规则");
  EXPECT_TRUE(titles(admin).empty()) << "no member: no rules";
  EXPECT_EQ(server.call(Session{}, "GET", "/api/v1/me/guidance").status, 401);

  // Withdrawn (with a reason): gone from the member's page.
  const std::uint64_t id = body(mine_rule)["record"]["id"];
  EXPECT_EQ(act(secretary, "guidance_rule", id, json{{"verb", "withdraw"}}).status, 400);
  ASSERT_EQ(act(secretary, "guidance_rule", id, json{{"verb", "withdraw"}, {"reason", "已并入党委的规则"}}).status, 200);
  EXPECT_EQ(titles(member), std::vector<std::string>{"公众账号每年确认一次"});
}

}  // namespace
}  // namespace nc::integration
