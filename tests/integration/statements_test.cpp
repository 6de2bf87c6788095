// Statements (说明) reach the reader: every answer that shows a record to
// someone other than its subject carries the subject's statements on it
// (the table below, which must list every route each registered record kind
// names in domain/record_kind.h `shown_by`); a reader who may answer replies
// or marks a statement handled (已处理) and the member sees it; the reader is
// told what is new; 待回复的说明 is a bounded keyset page of what still waits;
// a member off the roll keeps reading and answering their records; and the
// member downloads all of 我的记录 as JSON and .xlsx.
#include <gtest/gtest.h>
#include <zip.h>

#include <fstream>
#include <functional>
#include <map>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "demo_server.h"
#include "domain/record_kind.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

// A route that shows a record to a reader: how to call it for the demo
// member's record, and what of its answer must hold the statement's text.
struct ShownBy {
  std::string route;  // as in RecordKindInfo::shown_by
  std::string kind;
  std::string url;  // for the demo member (member 7, branch ZB001, org 3)
  // The part of the answer where the record's statements are.
  std::function<std::string(const HttpResult&)> statements_part;
};

// The text of a zip entry of `bytes`; empty when it is not there.
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

std::string json_statements(const HttpResult& r) {
  json body = json::parse(r.body, nullptr, false);
  if (!body.is_object() || !body.contains("statements")) return "";
  return body["statements"].dump(-1, ' ', false);  // UTF-8 kept as is
}

const std::vector<ShownBy>& shown_by_table() {
  static const std::vector<ShownBy> kTable = {
      {"GET /api/v1/members/{id}", "member", "/api/v1/members/7", json_statements},
      {"GET /api/v1/export/roster", "member", "/api/v1/export/roster?org=3", [](const HttpResult& r) { return r.body; }},
      {"GET /api/v1/export/roster", "member", "/api/v1/export/roster?org=3&format=xlsx",
       [](const HttpResult& r) { return zip_entry(r.body, "xl/worksheets/sheet1.xml"); }},
      // The registers (issue 10): {id} is a record the demo member made (see below).
      {"GET /api/v1/records/{kind}/{id}", "contribution", "/api/v1/records/contribution/{id}",
       [](const HttpResult& r) {
         json b = json::parse(r.body, nullptr, false);
         return b.is_object() && b.contains("record") ? b["record"]["statements"].dump(-1, ' ', false) : "";
       }},
      {"GET /api/v1/records/{kind}/export", "contribution", "/api/v1/records/contribution/export?org=3",
       [](const HttpResult& r) { return zip_entry(r.body, "xl/worksheets/sheet1.xml"); }},
  };
  // The other register kinds: the same two routes each.
  static const std::vector<ShownBy> kAll = [] {
    std::vector<ShownBy> all = kTable;
    for (const char* kind : {"relay", "report", "gift", "activity", "account", "post_review", "attendance",
                             "commendation", "talk", "review"}) {
      const std::string k(kind);
      all.push_back({"GET /api/v1/records/{kind}/{id}", k, "/api/v1/records/" + k + "/{id}", [](const HttpResult& r) {
                       json b = json::parse(r.body, nullptr, false);
                       return b.is_object() && b.contains("record") ? b["record"]["statements"].dump(-1, ' ', false) : "";
                     }});
      all.push_back({"GET /api/v1/records/{kind}/export", k, "/api/v1/records/" + k + "/export?org=3",
                     [](const HttpResult& r) { return zip_entry(r.body, "xl/worksheets/sheet1.xml"); }});
    }
    return all;
  }();
  return kAll;
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

// A record of `kind` the demo member (member 7) makes; for the cadres' kinds
// the roster first says he is a cadre (the secretary's import).
HttpResult make_record(DemoServer& server, const Session& member, const std::string& kind) {
  static const std::map<std::string, json> kFields = {
      {"contribution", {{"category", "story"}, {"platform", "抖音"}, {"link", "https://www.douyin.com/video/1"},
                        {"date", "2026-02-01"}, {"description", "拍摄家乡变化的短视频"}}},
      {"relay", {{"summary", "居民希望延长社区图书馆的开放时间"}, {"topic", "文化"}, {"place", "社区议事会"},
                 {"seen_on", "2026-03-02"}}},
      {"post_review", {{"title", "支部主题党日活动"}, {"text", "本支部组织党员参观红色教育基地。"},
                       {"account", "某某党委微信公众号"}, {"platform", "微信公众号"}, {"planned_date", "2026-12-20"}}},
      {"report", {{"description", "网络赌博广告"}, {"reported_to", "12377 违法和不良信息举报中心"},
                  {"reported_on", "2026-03-03"}}},
      {"gift", {{"item_type", "currency"}, {"item", "某平台虚拟币 500 个"}, {"value", "50"}, {"giver", "李某"},
                {"giver_relation", "同学"}, {"offered_on", "2026-03-01"}, {"handling", "declined"}}},
      {"activity", {{"activity_type", "policy_talk"}, {"purpose", "在线宣讲惠农政策"}, {"platform", "快手"},
                    {"starts_on", "2026-03-01"}, {"ends_on", "2026-03-01"}, {"no_personal_gain", "yes"}}},
      {"account", {{"owner_kind", "member"}, {"platform", "微博"}, {"account_name", "赵磊说三农"},
                   {"account_id", "zhaolei_snong"}, {"purpose", "personal"}, {"operator", "本人"},
                   {"opened_on", "2025-05-01"}}},
  };
  if (kind == "attendance") return make_attendance(server);
  if (kind == "gift" || kind == "activity" || kind == "account") {
    HttpResult imported = server.call(server.login("secretary"), "POST", "/api/v1/import/roster",
                                      std::string("姓名,党员编号,组织编码,是否党员干部\n赵磊,DY0007,ZB001,是\n"));
    EXPECT_EQ(imported.status, 200) << imported.body;
  }
  // Chapter 4: made by the secretary about the member (a nomination cites a confirmed contribution).
  if (kind == "talk") {
    return server.call(server.login("secretary"), "POST", "/api/v1/records/talk",
                       json{{"subject", 7}, {"fields", {{"date", "2026-03-02"}, {"topic", "网上言行提醒"}, {"agreed", "转发前核实"}}}});
  }
  if (kind == "commendation") {
    HttpResult c = make_record(server, member, "contribution");
    const std::uint64_t cid = json::parse(c.body)["record"]["id"];
    const Session secretary = server.login("secretary");
    EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/contribution/" + std::to_string(cid) + "/transitions",
                          json{{"verb", "confirm"}}).status,
              200);
    return server.call(secretary, "POST", "/api/v1/records/commendation",
                       json{{"subject", 7},
                            {"fields", {{"honour", "网络宣传先进个人"}, {"date", "2026-03-02"}, {"deeds", "拍摄家乡变化"},
                                        {"contributions", std::to_string(cid)}}}});
  }
  if (kind == "review") {
    json f = {{"year", "2026-03-02"}, {"summary", "总体做到了"}};
    for (int i = 1; i <= 5; ++i) f["chapter_" + std::to_string(i)] = "对照检查";
    return server.call(member, "POST", "/api/v1/records/review", json{{"fields", f}});
  }
  auto f = kFields.find(kind);
  EXPECT_NE(f, kFields.end()) << "a register kind without a maker in statements_test.cpp: " << kind;
  return server.call(member, "POST", "/api/v1/records/" + kind, json{{"fields", f == kFields.end() ? json::object() : f->second}});
}

std::vector<std::string> split_routes(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) out.emplace_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

TEST(Statements, EveryRegisteredKindNamesRoutesThatThisTestChecks) {
  std::set<std::string> tabled;
  for (const ShownBy& row : shown_by_table()) tabled.insert(row.kind + " " + row.route);
  std::set<std::string> named;
  for (const domain::RecordKindInfo& kind : domain::record_kinds()) {
    const auto routes = split_routes(kind.shown_by);
    EXPECT_FALSE(routes.empty()) << "record kind '" << kind.id
                                 << "' names no route that shows it to its readers (RecordKindInfo::shown_by)";
    for (const std::string& route : routes) {
      named.insert(std::string(kind.id) + " " + route);
      EXPECT_TRUE(tabled.count(std::string(kind.id) + " " + route))
          << "record kind '" << kind.id << "' is shown by " << route
          << " but statements_test.cpp's table does not check that it carries the statements";
    }
  }
  for (const std::string& row : tabled) EXPECT_TRUE(named.count(row)) << "a row no kind names: " << row;
}

TEST(Statements, EveryAnswerShowingARecordCarriesItsStatementsAndTheReaderAnswersThem) {
  DemoServer server("statements");
  ASSERT_TRUE(server.started()) << server.process().stderr_text();
  Session member = server.login("member");
  Session secretary = server.login("secretary");
  Session auditor = server.login("auditor");
  Session admin = server.login("admin");
  Session committee = server.login("committee");  // another member of the same branch, 组织委员

  // Nothing yet: nothing waits, nothing is new.
  HttpResult pending = server.call(secretary, "GET", "/api/v1/statements/pending");
  ASSERT_EQ(pending.status, 200) << pending.body;
  EXPECT_TRUE(body(pending)["statements"].empty());
  EXPECT_EQ(body(pending)["new_count"], 0);

  const std::string text = "预备党员有误，请支部核实更正";
  HttpResult added = server.call(member, "POST", "/api/v1/me/records/member/7/statements", json{{"text", text}});
  ASSERT_EQ(added.status, 201) << added.body;
  const std::uint64_t sid = body(added)["statement"]["id"];

  // Every route that shows the record carries the statement (the registers' kinds: below).
  for (const ShownBy& row : shown_by_table()) {
    if (row.kind != "member") continue;
    HttpResult r = server.call(secretary, "GET", row.url);
    ASSERT_EQ(r.status, 200) << row.url << ": " << r.body;
    EXPECT_NE(row.statements_part(r).find(text), std::string::npos)
        << row.route << " (" << row.url << ") shows the record without its statement";
  }

  // The member page (opened above) marked it new once: now it is seen.
  HttpResult page = server.call(secretary, "GET", "/api/v1/members/7");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(body(page)["may"]["answer"], true);
  ASSERT_EQ(body(page)["statements"].size(), 1u) << page.body;
  EXPECT_EQ(body(page)["statements"][0]["new"], false) << "seen on the first visit";
  EXPECT_EQ(body(page)["statements"][0]["handled"], nullptr);
  // Another reader who has not looked yet sees it new; the auditor reads but may not answer.
  HttpResult by_auditor = server.call(auditor, "GET", "/api/v1/members/7");
  ASSERT_EQ(by_auditor.status, 200);
  EXPECT_EQ(body(by_auditor)["statements"][0]["new"], true);
  EXPECT_EQ(body(by_auditor)["may"]["answer"], false);

  // 待回复的说明: the committee member has not opened the page: new for them.
  pending = server.call(committee, "GET", "/api/v1/statements/pending");
  ASSERT_EQ(pending.status, 200) << pending.body;
  ASSERT_EQ(body(pending)["statements"].size(), 1u) << pending.body;
  EXPECT_EQ(body(pending)["statements"][0]["id"], sid);
  EXPECT_EQ(body(pending)["statements"][0]["text"], text);
  EXPECT_EQ(body(pending)["statements"][0]["new"], true);
  EXPECT_EQ(body(pending)["statements"][0]["may"]["answer"], true);
  EXPECT_EQ(body(pending)["new_count"], 1);
  EXPECT_EQ(body(pending)["next"], nullptr);
  // The header's badge: counts only, nothing shown, nothing audited.
  HttpResult count = server.call(auditor, "GET", "/api/v1/statements/pending?count=1");
  ASSERT_EQ(count.status, 200) << count.body;
  EXPECT_EQ(body(count)["count"], 1);
  EXPECT_EQ(body(count)["new_count"], 0) << "the auditor opened the member page above";
  EXPECT_FALSE(body(count).contains("statements"));
  EXPECT_EQ(count.body.find(text), std::string::npos);
  // The member's own statements are not theirs to answer; the system administrator reads no records.
  EXPECT_TRUE(body(server.call(member, "GET", "/api/v1/statements/pending"))["statements"].empty());
  EXPECT_TRUE(body(server.call(admin, "GET", "/api/v1/statements/pending"))["statements"].empty());

  // Who may answer: the secretary, not the auditor, not the member, and the
  // administrator is not told the statement exists.
  const std::string replies = "/api/v1/statements/" + std::to_string(sid) + "/replies";
  EXPECT_EQ(server.call(auditor, "POST", replies, json{{"text", "收到"}}).status, 403);
  EXPECT_EQ(server.call(member, "POST", replies, json{{"text", "自己回复"}}).status, 403);
  EXPECT_EQ(server.call(admin, "POST", replies, json{{"text", "收到"}}).status, 404);
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/statements/999/replies", json{{"text", "收到"}}).status, 404);
  EXPECT_EQ(server.call(secretary, "POST", replies, json{{"text", ""}}).status, 400);
  EXPECT_EQ(server.call(secretary, "POST", replies, json{{"text", 5}}).status, 400);
  EXPECT_EQ(server.call(secretary, "POST", replies, std::string("[1]")).status, 400);
  const std::string answer = "已核实，入党时间为2019年，支部将更正为正式党员";
  HttpResult replied = server.call(secretary, "POST", replies, json{{"text", answer}});
  ASSERT_EQ(replied.status, 201) << replied.body;
  const std::uint64_t rid = body(replied)["statement"]["id"];
  EXPECT_EQ(body(replied)["statement"]["reply_to"], sid);
  // A reply is not itself replied to or handled.
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/statements/" + std::to_string(rid) + "/replies",
                        json{{"text", "再回复"}})
                .status,
            400);

  // Answered: it waits no more.
  EXPECT_TRUE(body(server.call(committee, "GET", "/api/v1/statements/pending"))["statements"].empty());

  // The member sees the reply under their statement, and who wrote it.
  HttpResult mine = server.call(member, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  const json records = body(mine)["records"];
  ASSERT_EQ(records[0]["statements"].size(), 1u) << mine.body;
  const json thread = records[0]["statements"][0];
  EXPECT_EQ(thread["text"], text);
  EXPECT_EQ(thread["author"]["mine"], true);
  ASSERT_EQ(thread["replies"].size(), 1u);
  EXPECT_EQ(thread["replies"][0]["text"], answer);
  EXPECT_EQ(thread["replies"][0]["author"]["mine"], false);
  EXPECT_FALSE(thread["replies"][0]["author"]["name"].get<std::string>().empty());

  // A second statement, marked handled without a reply; handled once only.
  HttpResult second = server.call(member, "POST", "/api/v1/me/records/member/7/statements", json{{"text", "补充说明"}});
  ASSERT_EQ(second.status, 201);
  const std::string handled = "/api/v1/statements/" + std::to_string(body(second)["statement"]["id"].get<int>()) + "/handled";
  EXPECT_EQ(server.call(auditor, "POST", handled).status, 403);
  HttpResult h = server.call(secretary, "POST", handled);
  ASSERT_EQ(h.status, 200) << h.body;
  EXPECT_NE(body(h)["statement"]["handled"], nullptr);
  EXPECT_EQ(server.call(secretary, "POST", handled).status, 409);
  mine = server.call(member, "GET", "/api/v1/me/records");
  const json st2 = body(mine)["records"][0]["statements"][1];
  EXPECT_EQ(st2["text"], "补充说明");
  ASSERT_TRUE(st2["handled"].is_object()) << mine.body;
  EXPECT_FALSE(st2["handled"]["by"].get<std::string>().empty());

  // Every read of the member's statements by someone else is in 我的记录;
  // the reply and the handling are in the audit log.
  const std::string reads = body(mine)["reads"].dump();
  EXPECT_NE(reads.find("record.list"), std::string::npos) << "the 待回复 list that showed the statement: " << reads;
  HttpResult log = server.call(auditor, "GET", "/api/v1/audit?action=record.handle_statement");
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_NE(log.body.find("secretary"), std::string::npos) << log.body;

  // The whole of 我的记录, as JSON and as .xlsx.
  HttpResult dl = server.call(member, "GET", "/api/v1/me/records/export?format=json");
  ASSERT_EQ(dl.status, 200) << dl.body;
  EXPECT_NE(dl.headers["content-disposition"].find("attachment"), std::string::npos);
  const json copy = body(dl);
  ASSERT_TRUE(copy.is_object());
  EXPECT_EQ(copy["member"]["id"], 7);
  EXPECT_EQ(copy["records"][0]["statements"][0]["replies"][0]["text"], answer);
  EXPECT_NE(copy["reads"].dump().find("member.read"), std::string::npos) << "the secretary's reads";
  HttpResult xl = server.call(member, "GET", "/api/v1/me/records/export?format=xlsx");
  ASSERT_EQ(xl.status, 200);
  EXPECT_EQ(xl.headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const std::string workbook = zip_entry(xl.body, "xl/workbook.xml");
  EXPECT_NE(workbook.find("说明与回复"), std::string::npos) << workbook;
  EXPECT_NE(workbook.find("谁查看过"), std::string::npos);
  EXPECT_NE(zip_entry(xl.body, "xl/worksheets/sheet2.xml").find(answer), std::string::npos);
  EXPECT_NE(zip_entry(xl.body, "xl/worksheets/sheet3.xml").find("member.read"), std::string::npos);
  EXPECT_EQ(server.call(member, "GET", "/api/v1/me/records/export?format=pdf").status, 400);
  EXPECT_EQ(server.call(auditor, "GET", "/api/v1/me/records/export?format=json").status, 404) << "no member: no records";
  EXPECT_EQ(server.stop_and_report(), "");

  // The operator's export writes what the HTTP export writes: the 说明 column too.
  const std::string csv_file = (server.base() / "roster.csv").string();
  std::string out, err;
  ASSERT_EQ(run_netconduct({"export", "roster", "--data", server.data_dir().string(), "--org", "ZB001", "--output",
                            csv_file},
                           &out, &err),
            0)
      << out << err;
  std::ifstream in(csv_file);
  const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(csv.find("\"说明\""), std::string::npos) << csv.substr(0, 300);
  EXPECT_NE(csv.find(text), std::string::npos);
  EXPECT_NE(csv.find(answer), std::string::npos);
  EXPECT_NE(csv.find("已处理"), std::string::npos);
}

TEST(Statements, PendingIsAKeysetPageOfAtMost200) {
  DemoServer server("statements-pending");
  ASSERT_TRUE(server.started()) << server.process().stderr_text();
  Session member = server.login("member");
  Session committee = server.login("committee");
  Session secretary = server.login("secretary");
  for (const char* t : {"一", "二", "三"}) {
    ASSERT_EQ(server.call(member, "POST", "/api/v1/me/records/member/7/statements", json{{"text", t}}).status, 201);
  }
  ASSERT_EQ(server.call(committee, "POST", "/api/v1/me/records/member/4/statements", json{{"text", "四"}}).status, 201);
  std::vector<std::string> seen;
  std::string url = "/api/v1/statements/pending?limit=2";
  for (int page = 0; page < 5; ++page) {
    HttpResult r = server.call(secretary, "GET", url);
    ASSERT_EQ(r.status, 200) << r.body;
    const json b = body(r);
    EXPECT_LE(b["statements"].size(), 2u);
    for (const json& s : b["statements"]) seen.push_back(s["text"]);
    if (b["next"].is_null()) break;
    url = "/api/v1/statements/pending?limit=2&after=" + std::to_string(b["next"].get<std::uint64_t>());
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"一", "二", "三", "四"}));
  // The committee member never sees their own statement waiting.
  HttpResult r = server.call(committee, "GET", "/api/v1/statements/pending");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(body(r)["statements"].size(), 3u);
  for (const char* bad : {"limit=0", "limit=201", "limit=x", "after=0", "after=-1"}) {
    EXPECT_EQ(server.call(secretary, "GET", std::string("/api/v1/statements/pending?") + bad).status, 400) << bad;
  }
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST(Statements, AMemberWhoLeftKeepsReadingAndAnsweringTheirRecords) {
  DemoServer server("statements-left");
  ASSERT_TRUE(server.started()) << server.process().stderr_text();
  Session dwadmin = server.login("dwadmin");
  Session secretary = server.login("secretary");
  // The secretary (member 1, DY0001) leaves the party: 已出党.
  HttpResult mine = server.call(secretary, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200);
  const std::string name = body(mine)["member"]["name"];
  HttpResult out = server.call(dwadmin, "POST", "/api/v1/import/roster",
                               "姓名,党员编号,组织编码,人员类别,状态,状态日期\n" + name + ",DY0001,ZB001,正式党员,已出党,2025-06-01\n");
  ASSERT_EQ(out.status, 200) << out.body;
  // A fresh login works; the roles lapse and say so.
  Session former = server.login("secretary");
  ASSERT_EQ(former.status, 200) << former.body.dump();
  EXPECT_EQ(former.body["user"]["member"]["on_roll"], false);
  ASSERT_FALSE(former.body["user"]["roles"].empty());
  EXPECT_EQ(former.body["user"]["roles"][0]["lapsed"], true);
  EXPECT_EQ(server.call(former, "GET", "/api/v1/members/7").status, 403) << "the secretary role lapsed";
  EXPECT_TRUE(body(server.call(former, "GET", "/api/v1/statements/pending"))["statements"].empty());
  // What is theirs as the person concerned stays.
  mine = server.call(former, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(body(mine)["member"]["status"], "left");
  HttpResult st = server.call(former, "POST", "/api/v1/me/records/member/1/statements", json{{"text", "出党日期应为6月1日"}});
  ASSERT_EQ(st.status, 201) << st.body;
  HttpResult dl = server.call(former, "GET", "/api/v1/me/records/export?format=json");
  ASSERT_EQ(dl.status, 200) << dl.body;
  EXPECT_NE(dl.body.find("出党日期应为6月1日"), std::string::npos);
  // And the committee administrator sees it and answers it.
  HttpResult page = server.call(dwadmin, "GET", "/api/v1/members/1");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(body(page)["statements"][0]["text"], "出党日期应为6月1日");
  EXPECT_EQ(body(page)["statements"][0]["new"], true);
  EXPECT_EQ(body(page)["may"]["answer"], true);
  const std::string replies = "/api/v1/statements/" + std::to_string(body(st)["statement"]["id"].get<int>()) + "/replies";
  ASSERT_EQ(server.call(dwadmin, "POST", replies, json{{"text", "已更正"}}).status, 201);
  mine = server.call(former, "GET", "/api/v1/me/records");
  EXPECT_EQ(body(mine)["records"][0]["statements"][0]["replies"][0]["text"], "已更正");
  EXPECT_EQ(server.stop_and_report(), "");
}

// The registers' kinds: a record the demo member made, a statement they
// append to it, and every route that shows the record to a reader carries it;
// a reader who acts on the record replies, one who only reads may not.
TEST(Statements, EveryRegisterRouteShowingARecordCarriesItsStatements) {
  DemoServer server("statements-registers");
  ASSERT_TRUE(server.started()) << server.process().stderr_text();
  Session member = server.login("member");
  Session secretary = server.login("secretary");
  Session auditor = server.login("auditor");
  Session dwadmin = server.login("dwadmin");
  for (const ShownBy& row : shown_by_table()) {
    if (row.kind == "member") continue;
    HttpResult made = make_record(server, member, row.kind);
    ASSERT_EQ(made.status, 201) << row.kind << ": " << made.body;
    const std::string id = std::to_string(body(made)["record"]["id"].get<std::uint64_t>());
    const std::string text = "链接已更新，请以新链接为准" + id;
    HttpResult added =
        server.call(member, "POST", "/api/v1/me/records/" + row.kind + "/" + id + "/statements", json{{"text", text}});
    ASSERT_EQ(added.status, 201) << added.body;
    std::string url = row.url;
    if (auto at = url.find("{id}"); at != std::string::npos) url.replace(at, 4, id);
    HttpResult r = server.call(secretary, "GET", url);
    ASSERT_EQ(r.status, 200) << url << ": " << r.body.substr(0, 300);
    EXPECT_NE(row.statements_part(r).find(text), std::string::npos)
        << row.route << " (" << url << ") shows the record without its statement";
    const std::string sid = std::to_string(body(added)["statement"]["id"].get<std::uint64_t>());
    // The auditor reads but does not act: refused; a report's is not even told to them (not a reader).
    EXPECT_EQ(server.call(auditor, "POST", "/api/v1/statements/" + sid + "/replies", json{{"text", "收到"}}).status,
              row.kind == "report" || row.kind == "attendance" || row.kind == "talk" || row.kind == "review"
                  ? 404
                  : 403)  // attendance, talks and reviews: counted above, not read
        << row.kind;
    // Who acts on the record answers: the branch, or for an activity the 党委 that approves it;
    // a report stays the member's own (the branch reads it, nobody acts on it).
    const Session& replier = row.kind == "activity" ? dwadmin : secretary;
    EXPECT_EQ(server.call(replier, "POST", "/api/v1/statements/" + sid + "/replies", json{{"text", "已更正"}}).status,
              row.kind == "report" ? 403 : 201)
        << row.kind;
  }
  EXPECT_EQ(server.stop_and_report(), "");
}

}  // namespace
}  // namespace nc::integration
