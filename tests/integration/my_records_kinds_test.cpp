// 我的记录 shows every kind of record kept about a person: for each kind in
// the registry (domain/record_kind.h) a record about the demo member is made
// the way its workflow makes it, and must then appear in GET /api/v1/me/records
// with its title, take a statement (说明) from that member and from nobody
// else. A workflow that registers a new kind without a maker here, or
// without showing its records in 我的记录, fails this test.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "demo_server.h"
#include "record_fixtures.h"
#include "domain/record_kind.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

// The demo member (赵磊, DY0007) made a cadre on the roster by the secretary's
// import, then one record of `kind` made by him.
std::uint64_t make_as_cadre(DemoServer& s, const std::string& kind, const json& fields) {
  HttpResult imported = s.call(s.login("secretary"), "POST", "/api/v1/import/roster",
                               std::string("姓名,党员编号,组织编码,是否党员干部\n赵磊,DY0007,ZB001,是\n"));
  EXPECT_EQ(imported.status, 200) << imported.body;
  return make_record(s, s.login("member"), kind, fields);
}

// An attendance record about the demo member (member 7): the secretary
// records a session of 机关第一党支部 (org 3) and its whole roster, member 7
// absent (学习教育, issue 11); the member's newest attendance record.
HttpResult make_attendance(DemoServer& s) {
  const Session secretary = s.login("secretary");
  HttpResult made = s.call(secretary, "POST", "/api/v1/records/education_session",
                           json{{"org", 3}, {"fields", {{"date", "2026-03-05"}, {"form", "online"}, {"topic", "网上学习"}}}});
  if (made.status != 201) return made;
  const std::string session = std::to_string(json::parse(made.body)["record"]["id"].get<std::uint64_t>());
  const json members = json::parse(s.call(secretary, "GET", "/api/v1/members?org=3&limit=200").body)["members"];
  json list = json::array();
  for (const json& m : members) {
    const std::uint32_t id = m["id"].get<std::uint32_t>();
    list.push_back({{"member", id}, {"status", id == 7 ? "absent" : "present"}});
  }
  HttpResult recorded = s.call(secretary, "POST", "/api/v1/education/sessions/" + session + "/attendance",
                               json{{"attendance", list}});
  if (recorded.status != 201) return recorded;
  const json mine = json::parse(s.call(s.login("member"), "GET", "/api/v1/me/registers/attendance").body);
  HttpResult out;
  out.status = 201;
  out.body = json{{"record", {{"id", mine["records"][0]["id"].get<std::uint64_t>()}}}}.dump();
  return out;
}

// Makes one record of a kind about the demo member (member 7, account
// "member"); returns its id as 我的记录 names it.
using Maker = std::function<std::uint64_t(DemoServer&)>;

const std::map<std::string, Maker>& makers() {
  static const std::map<std::string, Maker> kMakers = {
      // The member entry is the record: it exists once the member does.
      {"member", [](DemoServer&) -> std::uint64_t { return 7; }},
      // A contribution the member records (issue 10).
      {"contribution",
       [](DemoServer& s) -> std::uint64_t {
         return make_record(s, s.login("member"), "contribution",
                            {{"category", "theory"},
                             {"platform", "学习强国"},
                             {"link", "https://www.xuexi.cn/a/1"},
                             {"date", "2026-03-01"},
                             {"description", "撰写学习体会文章"}});
       }},
      // A draft the member sends for the organisation's review (issue 10).
      {"post_review",
       [](DemoServer& s) -> std::uint64_t {
         return make_record(s, s.login("member"), "post_review",
                            {{"title", "支部主题党日活动"},
                             {"text", "本支部组织党员参观红色教育基地。"},
                             {"account", "某某党委微信公众号"},
                             {"platform", "微信公众号"},
                             {"planned_date", "2026-12-20"}});
       }},
      // A relay of what people ask for (社情民意反映).
      {"relay",
       [](DemoServer& s) -> std::uint64_t {
         return make_record(s, s.login("member"), "relay",
                            {{"summary", "居民希望延长社区图书馆的开放时间"},
                             {"topic", "文化"},
                             {"place", "社区议事会"},
                             {"seen_on", "2026-03-02"}});
       }},
      // A report the member made to a platform (违法违规信息举报记录).
      {"report",
       [](DemoServer& s) -> std::uint64_t {
         return make_record(s, s.login("member"), "report",
                            {{"description", "网络赌博广告"},
                             {"reported_to", "12377 违法和不良信息举报中心"},
                             {"reported_on", "2026-03-03"}});
       }},
      // The cadres' kinds (issue 10): the roster first says the member is a cadre.
      {"gift",
       [](DemoServer& s) -> std::uint64_t {
         return make_as_cadre(s, "gift",
                              {{"item_type", "currency"}, {"item", "某平台虚拟币 500 个"}, {"value", "50"},
                               {"giver", "李某"}, {"giver_relation", "同学"}, {"offered_on", "2026-03-01"},
                               {"handling", "declined"}});
       }},
      {"activity",
       [](DemoServer& s) -> std::uint64_t {
         return make_as_cadre(s, "activity",
                              {{"activity_type", "policy_talk"}, {"purpose", "在线宣讲惠农政策"}, {"platform", "快手"},
                               {"starts_on", "2026-03-01"}, {"ends_on", "2026-03-01"}, {"no_personal_gain", "yes"}});
       }},
      // An attendance the secretary recorded from the roster (学习教育, issue 11).
      {"attendance",
       [](DemoServer& s) -> std::uint64_t {
         HttpResult r = make_attendance(s);
         EXPECT_EQ(r.status, 201) << r.body;
         return r.status == 201 ? json::parse(r.body)["record"]["id"].get<std::uint64_t>() : 0;
       }},
      {"account",
       [](DemoServer& s) -> std::uint64_t {
         return make_as_cadre(s, "account",
                              {{"owner_kind", "member"}, {"platform", "微博"}, {"account_name", "赵磊说三农"},
                               {"account_id", "zhaolei_snong"}, {"purpose", "personal"}, {"operator", "本人"},
                               {"opened_on", "2025-05-01"}});
       }},
      // Chapter 4 (issue 11): a nomination the secretary makes citing the
      // member's confirmed contribution, approved by the 党委; a talk the
      // secretary records; the member's own self-review.
      {"commendation",
       [](DemoServer& s) -> std::uint64_t {
         HttpResult c = s.call(s.login("member"), "POST", "/api/v1/records/contribution",
                               json{{"fields",
                                     {{"category", "story"}, {"platform", "抖音"}, {"link", "https://www.douyin.com/v/9"},
                                      {"date", "2026-03-01"}, {"description", "家乡变化短视频"}}}});
         EXPECT_EQ(c.status, 201) << c.body;
         const std::uint64_t cid = json::parse(c.body)["record"]["id"];
         EXPECT_EQ(s.call(s.login("secretary"), "POST", "/api/v1/records/contribution/" + std::to_string(cid) +
                                                             "/transitions", json{{"verb", "confirm"}}).status,
                   200);
         HttpResult r = s.call(s.login("secretary"), "POST", "/api/v1/records/commendation",
                               json{{"subject", 7},
                                    {"fields",
                                     {{"honour", "网络宣传先进个人"}, {"date", "2026-03-02"}, {"deeds", "拍摄家乡变化"},
                                      {"contributions", std::to_string(cid)}}}});
         EXPECT_EQ(r.status, 201) << r.body;
         return r.status == 201 ? json::parse(r.body)["record"]["id"].get<std::uint64_t>() : 0;
       }},
      {"talk",
       [](DemoServer& s) -> std::uint64_t {
         HttpResult r = s.call(s.login("secretary"), "POST", "/api/v1/records/talk",
                               json{{"subject", 7},
                                    {"fields", {{"date", "2026-03-02"}, {"topic", "网上言行提醒"}, {"agreed", "转发前核实"}}}});
         EXPECT_EQ(r.status, 201) << r.body;
         return r.status == 201 ? json::parse(r.body)["record"]["id"].get<std::uint64_t>() : 0;
       }},
      {"review",
       [](DemoServer& s) -> std::uint64_t {
         json f = {{"year", "2026-03-02"}, {"summary", "总体做到了"}};
         for (int i = 1; i <= 5; ++i) f["chapter_" + std::to_string(i)] = "对照检查";
         HttpResult r = s.call(s.login("member"), "POST", "/api/v1/records/review", json{{"fields", f}});
         EXPECT_EQ(r.status, 201) << r.body;
         return r.status == 201 ? json::parse(r.body)["record"]["id"].get<std::uint64_t>() : 0;
       }},
  };
  return kMakers;
}

TEST(MyRecordsKinds, EveryRegisteredKindAppearsInMyRecordsAndTakesAStatement) {
  DemoServer server("my-records-kinds");
  ASSERT_TRUE(server.started()) << server.process().stderr_text();
  ASSERT_FALSE(domain::record_kinds().empty());
  std::map<std::string, std::uint64_t> made;
  for (const domain::RecordKindInfo& kind : domain::record_kinds()) {
    const std::string id(kind.id);
    auto maker = makers().find(id);
    ASSERT_NE(maker, makers().end()) << "record kind '" << id
                                     << "' has no maker in my_records_kinds_test.cpp: add one that creates such a"
                                        " record through its workflow's API";
    made[id] = maker->second(server);
  }

  Session me = server.login("member");
  Session someone = server.login("committee");  // another member of the same branch
  HttpResult r = server.call(me, "GET", "/api/v1/me/records");
  ASSERT_EQ(r.status, 200) << r.body;
  const json records = json::parse(r.body)["records"];
  for (const domain::RecordKindInfo& kind : domain::record_kinds()) {
    const std::string id(kind.id);
    const json* found = nullptr;
    for (const json& rec : records) {
      if (rec["kind"] == id && rec["id"] == made[id]) found = &rec;
    }
    ASSERT_NE(found, nullptr) << "我的记录 does not show the " << id << " record " << made[id] << ": " << r.body;
    EXPECT_EQ((*found)["title"], std::string(kind.title));
    EXPECT_TRUE((*found)["statements"].is_array());

    const std::string url = "/api/v1/me/records/" + id + "/" + std::to_string(made[id]) + "/statements";
    const std::string text = "关于" + id + "记录的说明";
    HttpResult st = server.call(me, "POST", url, json{{"text", text}});
    EXPECT_EQ(st.status, 201) << id << ": " << st.body;
    EXPECT_EQ(server.call(someone, "POST", url, json{{"text", "代为说明"}}).status, 403) << id;
  }
  // The statements show up where they were made, and no kind shows that is not registered.
  r = server.call(me, "GET", "/api/v1/me/records");
  const json after = json::parse(r.body);
  for (const json& rec : after["records"]) {
    const std::string kind = rec["kind"];
    EXPECT_NE(domain::find_record_kind(kind), nullptr) << "unregistered kind in 我的记录: " << kind;
    if (made.count(kind) && rec["id"] == made[kind]) {
      ASSERT_EQ(rec["statements"].size(), 1u) << rec.dump();
      EXPECT_EQ(rec["statements"][0]["text"], "关于" + kind + "记录的说明");
    }
  }
  EXPECT_EQ(server.call(me, "POST", "/api/v1/me/records/no_such_kind/7/statements", json{{"text", "x"}}).status, 404);
  EXPECT_EQ(server.stop_and_report(), "");
}

}  // namespace
}  // namespace nc::integration
