// 学习教育 over HTTP (issue 11, art. 21): the branch's plan and sessions
// (records about the organisation), the attendance its secretary records from
// the roster in one request (a record per member, one transaction, one audit
// entry), the absent member's make-up in their own 我的记录 and 待办, and the
// coverage by month that committees and auditors count without names. Every
// role that takes part, and hostile attendance lists refused with nothing
// changed.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

// The registers' tables, their counters and the audit log's record entries, as stored.
std::string stored(const std::filesystem::path& db_file) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "cannot open";
  sqlite3_busy_timeout(db, 5000);
  for (const char* sql : {"SELECT * FROM workflow_records ORDER BY id", "SELECT * FROM workflow_steps ORDER BY rowid",
                          "SELECT * FROM workflow_month_counts ORDER BY 1, 2, 3, 4",
                          "SELECT count(*) FROM audit_log WHERE action LIKE 'record.%' AND action != 'record.read'"
                          " AND action != 'record.list'"}) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
      out += "no table";
      continue;
    }
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

class EducationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    member = server.login("member");        // member 7, 机关第一党支部
    secretary = server.login("secretary");  // member 1, its secretary
    committee = server.login("committee");  // member 4, its committee member
    auditor = server.login("auditor");
    dwadmin = server.login("dwadmin");
    HttpResult me = server.call(secretary, "GET", "/api/v1/members/7");
    ASSERT_EQ(me.status, 200) << me.body;
    branch = body(me)["member"]["org"]["id"].get<std::uint32_t>();
    HttpResult roll = server.call(secretary, "GET", "/api/v1/members?org=" + std::to_string(branch) + "&limit=200");
    ASSERT_EQ(roll.status, 200) << roll.body;
    const json members = body(roll)["members"];
    for (const json& m : members) roster.push_back(m["id"].get<std::uint32_t>());
    HttpResult tree = server.call(dwadmin, "GET", "/api/v1/organisations");
    ASSERT_EQ(tree.status, 200) << tree.body;
  }
  std::filesystem::path db() const { return server.data_dir() / "netconduct.db"; }
  std::uint64_t session(const Session& who, const json& fields) {
    HttpResult r = server.call(who, "POST", "/api/v1/records/education_session", json{{"org", branch}, {"fields", fields}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? body(r)["record"]["id"].get<std::uint64_t>() : 0;
  }
  HttpResult attend(const Session& who, std::uint64_t id, const json& list) {
    return server.call(who, "POST", "/api/v1/education/sessions/" + std::to_string(id) + "/attendance",
                       json{{"attendance", list}});
  }
  // Everyone present but `absent` (absent) and `excused` (excused, with a reason).
  json roll_call(std::uint32_t absent, std::uint32_t excused) const {
    json list = json::array();
    for (std::uint32_t id : roster) {
      if (id == absent) {
        list.push_back({{"member", id}, {"status", "absent"}});
      } else if (id == excused) {
        list.push_back({{"member", id}, {"status", "excused"}, {"reason", "出差"}});
      } else {
        list.push_back({{"member", id}, {"status", "present"}});
      }
    }
    return list;
  }

  DemoServer server{"education"};
  Session member, secretary, committee, auditor, dwadmin;
  std::uint32_t branch = 0;
  std::vector<std::uint32_t> roster;
};

TEST_F(EducationTest, PlanIsTheBranchsReadByItsMembersCountedAbove) {
  const json plan = {{"year_start", "2026-01-01"}, {"month", "3"}, {"topic", "学习规定第二章"}, {"articles", "4、5"}};
  HttpResult made = server.call(committee, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", plan}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_TRUE(body(made)["record"]["subject"].is_null());
  const std::string url = "/api/v1/records/education_plan/" + std::to_string(body(made)["record"]["id"].get<int>());

  // Articles are checked against the rulebook in force; their format by the field type.
  json bad = plan;
  bad["articles"] = "4、9999";
  HttpResult unknown = server.call(secretary, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", bad}});
  EXPECT_EQ(unknown.status, 400) << unknown.body;
  EXPECT_EQ(body(unknown)["field_errors"][0]["field"], "articles");
  EXPECT_NE(unknown.body.find("第9999条"), std::string::npos) << unknown.body;
  bad["articles"] = "4、4";
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", bad}}).status, 400);
  bad["articles"] = "第四条";
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", bad}}).status, 400);
  bad = plan;
  bad["year_start"] = "2026-03-01";
  HttpResult year = server.call(secretary, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", bad}});
  EXPECT_EQ(year.status, 400);
  EXPECT_EQ(body(year)["field_errors"][0]["field"], "year_start");

  // Only the branch's roles make it; its members read it, unaudited; the committee above counts it.
  EXPECT_EQ(server.call(member, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", plan}}).status, 403);
  EXPECT_EQ(server.call(dwadmin, "POST", "/api/v1/records/education_plan", json{{"org", branch}, {"fields", plan}}).status, 403);
  EXPECT_EQ(server.call(member, "GET", url).status, 200);
  EXPECT_EQ(server.call(secretary, "GET", url).status, 200);
  EXPECT_EQ(server.call(dwadmin, "GET", url).status, 404);
  EXPECT_EQ(server.call(auditor, "GET", url).status, 404);
  HttpResult counted = server.call(dwadmin, "GET", "/api/v1/records/counts");
  ASSERT_EQ(counted.status, 200) << counted.body;
  bool found = false;
  const json counts = body(counted)["counts"];
  for (const json& c : counts) {
    if (c.value("kind", "") == "education_plan" && c.value("state", "") == "planned") found = c.value("count", 0) == 1;
  }
  EXPECT_TRUE(found) << counted.body;
}

TEST_F(EducationTest, AttendanceFromTheRosterMakeUpAndCoverage) {
  ASSERT_GE(roster.size(), 3u);
  const std::uint64_t id = session(secretary, {{"date", "2026-11-20"}, {"form", "collective"}, {"topic", "学习第四条"},
                                               {"articles", "4"}});
  ASSERT_NE(id, 0u);
  // The session waits in the branch's 待办 for its attendance.
  bool waiting = false;
  const json sec_todo = body(server.call(secretary, "GET", "/api/v1/todo"))["items"];
  for (const json& i : sec_todo) waiting |= i.value("id", 0u) == id;
  EXPECT_TRUE(waiting);

  const std::string before = stored(db());
  // Hostile lists: nothing stored.
  json list = roll_call(7, 4);
  json unknown_status = list;
  unknown_status[0]["status"] = "late";
  HttpResult r = attend(secretary, id, unknown_status);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(body(r)["field_errors"][0]["field"], "attendance[0].status");
  json duplicate = list;
  duplicate.push_back(list[0]);
  r = attend(secretary, id, duplicate);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("出现过"), std::string::npos) << r.body;
  json outsider = list;
  outsider.push_back({{"member", 2}, {"status", "present"}});  // member 2: another branch
  r = attend(secretary, id, outsider);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("不在本支部的名册上"), std::string::npos) << r.body;
  json missing = list;
  missing.erase(missing.size() - 1);
  r = attend(secretary, id, missing);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("全部"), std::string::npos) << r.body;
  json no_reason = roll_call(7, 4);
  for (json& e : no_reason) e.erase("reason");
  r = attend(secretary, id, no_reason);
  EXPECT_EQ(r.status, 400) << r.body;
  json long_reason = roll_call(7, 4);
  for (json& e : long_reason) {
    if (e["status"] == "excused") e["reason"] = std::string(101 * 3, 'a').replace(0, 303, std::string(101, 'x'));
  }
  r = attend(secretary, id, long_reason);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("请假事由"), std::string::npos) << r.body;
  json wrong_type = list;
  wrong_type[1]["member"] = "4";
  EXPECT_EQ(attend(secretary, id, wrong_type).status, 400);
  json extra = list;
  extra[1]["online_minutes"] = "30";
  EXPECT_EQ(attend(secretary, id, extra).status, 400);
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/education/sessions/" + std::to_string(id) + "/attendance",
                        json{{"attendance", "all"}}).status, 400);
  // By a role that does not keep the branch's sessions: refused.
  EXPECT_EQ(attend(member, id, list).status, 403);
  EXPECT_EQ(attend(dwadmin, id, list).status, 404);  // the session's contents are the branch's
  EXPECT_EQ(attend(auditor, id, list).status, 404);
  // Not through the generic route.
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/attendance",
                        json{{"subject", 7}, {"fields", {{"session", "1"}, {"date", "2026-11-20"}, {"topic", "x"},
                                                         {"status", "present"}}}}).status, 400);
  EXPECT_EQ(stored(db()), before);

  // The roll call: the member absent, the committee member excused, the rest present.
  r = attend(secretary, id, list);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(body(r)["recorded"], roster.size());
  EXPECT_EQ(body(r)["absent"], 1);
  EXPECT_EQ(body(r)["excused"], 1);
  EXPECT_EQ(attend(secretary, id, list).status, 409);  // once per session
  HttpResult read = server.call(member, "GET", "/api/v1/records/education_session/" + std::to_string(id));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(body(read)["record"]["state"], "attendance_recorded");

  // The member's own: in 我的记录 and 待办, made up by them.
  HttpResult mine = server.call(member, "GET", "/api/v1/me/registers/attendance");
  ASSERT_EQ(mine.status, 200) << mine.body;
  ASSERT_EQ(body(mine)["records"].size(), 1u) << mine.body;
  const json rec = body(mine)["records"][0];
  EXPECT_EQ(rec["state"], "absent");
  const std::string url = "/api/v1/records/attendance/" + std::to_string(rec["id"].get<int>());
  bool todo = false;
  const json member_todo = body(server.call(member, "GET", "/api/v1/todo"))["items"];
  for (const json& i : member_todo) todo |= i.value("kind", "") == "attendance";
  EXPECT_TRUE(todo);
  // Nobody else makes it up for them; the member says when and how.
  const json make_up = {{"verb", "make_up"}, {"fields", {{"made_up_on", "2026-11-25"}, {"how", "自学材料并交流心得"}}}};
  EXPECT_EQ(server.call(secretary, "POST", url + "/transitions", make_up).status, 403);
  HttpResult early = server.call(member, "POST", url + "/transitions",
                                 json{{"verb", "make_up"}, {"fields", {{"made_up_on", "2099-01-01"}, {"how", "自学"}}}});
  EXPECT_EQ(early.status, 400) << early.body;
  HttpResult done = server.call(member, "POST", url + "/transitions", make_up);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(body(done)["record"]["state"], "made_up");
  EXPECT_EQ(server.call(member, "POST", url + "/transitions", make_up).status, 409);

  // Who reads it: the member, the branch's roles (audited); not the committee above, not the auditor.
  EXPECT_EQ(server.call(committee, "GET", url).status, 200);
  EXPECT_EQ(server.call(dwadmin, "GET", url).status, 404);
  EXPECT_EQ(server.call(auditor, "GET", url).status, 404);
  HttpResult all = server.call(member, "GET", "/api/v1/me/records");
  ASSERT_EQ(all.status, 200) << all.body;
  bool read_seen = false, recorded_seen = false, listed = false;
  const json all_body = body(all);
  for (const json& x : all_body["reads"]) {
    read_seen |= x.value("action", "") == "record.read";
    recorded_seen |= x.value("action", "") == "record.attendance";
  }
  for (const json& x : all_body["records"]) {
    listed |= x.value("kind", "") == "attendance" && x.dump().find("\"made_up\"") != std::string::npos;
  }
  EXPECT_TRUE(read_seen) << all.body;
  EXPECT_TRUE(recorded_seen) << all.body;
  EXPECT_TRUE(listed) << all.body;
  // The member answers it (a statement), the existing mechanism.
  HttpResult said = server.call(member, "POST", "/api/v1/me/records/attendance/" + rec["id"].dump() + "/statements",
                                json{{"text", "那天我其实到场了，签到表漏记"}});
  EXPECT_EQ(said.status, 201) << said.body;

  // Coverage by month: numbers for the committee and the auditor, nobody named.
  const std::uint64_t n = roster.size();
  for (const Session* who : {&dwadmin, &auditor}) {
    HttpResult cov = server.call(*who, "GET", "/api/v1/education/coverage?org=1&year=2026");
    ASSERT_EQ(cov.status, 200) << cov.body;
    const json nov = body(cov)["months"][10];
    EXPECT_EQ(nov["month"], "2026-11");
    EXPECT_EQ(nov["sessions"], 1);
    EXPECT_EQ(nov["expected"], n);
    EXPECT_EQ(nov["present"], n - 2);
    EXPECT_EQ(nov["made_up"], 1);
    EXPECT_EQ(nov["excused"], 1);
    EXPECT_EQ(nov["absent"], 0);
    EXPECT_DOUBLE_EQ(nov["coverage"].get<double>(), static_cast<double>(n - 1) / static_cast<double>(n));
    EXPECT_TRUE(body(cov)["months"][0]["coverage"].is_null());
    EXPECT_EQ(cov.body.find("name"), std::string::npos) << cov.body;
  }
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/education/coverage?org=" + std::to_string(branch) + "&year=2026").status,
            200);
  EXPECT_EQ(server.call(member, "GET", "/api/v1/education/coverage?org=" + std::to_string(branch) + "&year=2026").status,
            403);
  EXPECT_EQ(server.call(dwadmin, "GET", "/api/v1/education/coverage?org=1&year=20x6").status, 400);
  EXPECT_EQ(server.call(dwadmin, "GET", "/api/v1/education/coverage?org=999&year=2026").status, 404);
}

}  // namespace
}  // namespace nc::integration
