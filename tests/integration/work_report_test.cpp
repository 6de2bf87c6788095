// 年度工作计划和总结 over HTTP (issue 11, "Responsibility (art. 24)"): a
// branch's year-end report fills itself — the figures frozen into it on
// creation equal counts this test makes itself from the registers' lists, stay
// as they were when the registers move on, and are computed again when the
// report is resubmitted; a plan freezes nothing. The committee sees its
// branches rolled up (which have reported, which have not), paged; nobody is
// named. Hostile input, wrong roles and organisations out of scope are refused
// with nothing changed.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

json contribution(const std::string& date, int n) {
  return {{"category", "story"},
          {"platform", "微博"},
          {"link", "https://weibo.com/work-report/" + std::to_string(n)},
          {"date", date},
          {"description", "年度总结测试登记 " + std::to_string(n)}};
}
json relay(const std::string& date) {
  return {{"summary", "居民反映小区路灯损坏"}, {"topic", "市政"}, {"place", "市民论坛"}, {"seen_on", date}};
}
json work_report(const std::string& document, const std::string& year = "2026") {
  return {{"year", year},
          {"document", document},
          {"duty_education", "done"},
          {"duty_commendation", "partial"},
          {"duty_guidance", "done"},
          {"duty_responsibility", "done"},
          {"duty_review", "not_yet"},
          {"narrative", "全年组织集中学习，确认党员网络正能量贡献，按时转交社情民意。"}};
}

class WorkReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    member = server.login("member");
    secretary = server.login("secretary");
    committee = server.login("committee");
    auditor = server.login("auditor");
    dwadmin = server.login("dwadmin");
    HttpResult orgs = server.call(dwadmin, "GET", "/api/v1/organisations");
    ASSERT_EQ(orgs.status, 200) << orgs.body;
    const json list = body(orgs);
    for (const json& o : list["organisations"]) ids[o["code"].get<std::string>()] = o["id"].get<std::uint64_t>();
    ASSERT_EQ(ids.size(), 5u) << orgs.body;
  }
  std::uint64_t submit(const std::string& kind, const json& fields) {
    HttpResult r = server.call(member, "POST", "/api/v1/records/" + kind, json{{"fields", fields}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? body(r)["record"]["id"].get<std::uint64_t>() : 0;
  }
  HttpResult make(const Session& who, const std::string& code, const json& fields) {
    return server.call(who, "POST", "/api/v1/records/work_report", json{{"org", ids.at(code)}, {"fields", fields}});
  }
  HttpResult act(const Session& who, const std::string& kind, std::uint64_t id, const json& request) {
    return server.call(who, "POST", "/api/v1/records/" + kind + "/" + std::to_string(id) + "/transitions", request);
  }
  json read(const Session& who, std::uint64_t id) {
    HttpResult r = server.call(who, "GET", "/api/v1/records/work_report/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return body(r)["record"];
  }
  std::string org(const std::string& code) const { return std::to_string(ids.at(code)); }
  static const json& figure(const json& record, const std::string& id) {
    for (const json& i : record["figures"]["indicators"]) {
      if (i["id"] == id) return i;
    }
    static const json none;
    return none;
  }
  // Independently of the report: the records of `kind` the branch's register
  // lists, counted by state among those dated in 2026 (or all, `any_year`).
  std::map<std::string, std::uint64_t> counted(const std::string& kind, bool any_year = false) {
    std::map<std::string, std::uint64_t> out;
    std::string after;
    for (int pages = 0; pages < 100; ++pages) {
      HttpResult r = server.call(secretary, "GET", "/api/v1/records/" + kind + "?org=" + org("ZB001") + "&limit=2" +
                                                       (after.empty() ? "" : "&after=" + after));
      EXPECT_EQ(r.status, 200) << r.body;
      const json page = body(r);
      for (const json& rec : page["records"]) {
        if (any_year || rec["date"].get<std::string>().rfind("2026-", 0) == 0) out[rec["state"].get<std::string>()] += 1;
      }
      if (page["next"].is_null()) break;
      after = page["next"].get<std::string>();
    }
    return out;
  }
  json rollup(const Session& who, const std::string& query, int status = 200) {
    HttpResult r = server.call(who, "GET", "/api/v1/overview/reports?" + query);
    EXPECT_EQ(r.status, status) << query << " " << r.body;
    return body(r);
  }

  DemoServer server{"work-report"};
  Session member, secretary, committee, auditor, dwadmin;
  std::map<std::string, std::uint64_t> ids;  // DW001 (党委), ZZ001 (党总支), ZB001 (the secretary's), ZB002, ZB003
};

TEST_F(WorkReportTest, TheReportFreezesTheBranchsFiguresAndRecomputesThemWhenResubmitted) {
  const std::uint64_t c1 = submit("contribution", contribution("2026-01-10", 1));
  const std::uint64_t c2 = submit("contribution", contribution("2026-03-03", 2));
  const std::uint64_t c3 = submit("contribution", contribution("2026-05-20", 3));
  const std::uint64_t old = submit("contribution", contribution("2025-12-30", 4));
  ASSERT_TRUE(c1 && c2 && c3 && old);
  for (std::uint64_t id : {c1, c2, old}) {
    ASSERT_EQ(act(secretary, "contribution", id, json{{"verb", "confirm"}}).status, 200);
  }
  const std::uint64_t r1 = submit("relay", relay("2026-02-14"));
  const std::uint64_t r2 = submit("relay", relay("2026-06-20"));
  ASSERT_TRUE(r1 && r2);
  ASSERT_EQ(act(secretary, "relay", r1,
                json{{"verb", "forward"}, {"fields", {{"department", "区城管局"}, {"forwarded_on", "2026-06-21"}}}})
                .status,
            200);

  HttpResult made = make(secretary, "ZB001", work_report("report"));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"].get<std::uint64_t>();
  const json rec = read(secretary, id);
  EXPECT_EQ(rec["state"], "submitted");
  EXPECT_EQ(rec["date"], "2026-12-31") << "a yearly record is dated the year's last day";
  EXPECT_EQ(rec["subject"], nullptr);
  ASSERT_TRUE(rec["figures"].is_object()) << rec.dump();
  EXPECT_FALSE(rec["fields"].contains("figures")) << "the frozen figures are not among the typed fields";
  EXPECT_EQ(rec["figures"]["year"], 2026);

  const auto contributions = counted("contribution");
  const auto relays = counted("relay");
  const auto relays_now = counted("relay", true);
  const auto at = [](const std::map<std::string, std::uint64_t>& m, const char* s) {
    auto it = m.find(s);
    return it == m.end() ? std::uint64_t{0} : it->second;
  };
  EXPECT_EQ(figure(rec, "contributions_confirmed")["total"], at(contributions, "confirmed"));
  EXPECT_EQ(figure(rec, "contributions_recorded")["total"],
            at(contributions, "submitted") + at(contributions, "returned") + at(contributions, "confirmed"));
  EXPECT_EQ(figure(rec, "relays_received")["total"],
            at(relays, "submitted") + at(relays, "returned") + at(relays, "forwarded") + at(relays, "closed"));
  EXPECT_EQ(figure(rec, "relays_answered")["total"], at(relays, "closed"));
  EXPECT_EQ(figure(rec, "relays_open")["count"], at(relays_now, "submitted") + at(relays_now, "forwarded"));
  EXPECT_EQ(figure(rec, "relays_open")["overdue"], 0u);
  // The figures the counting above rests on, spelled out (the 2025 one is not in 2026).
  EXPECT_EQ(figure(rec, "contributions_confirmed")["total"], 2u);
  EXPECT_EQ(figure(rec, "contributions_recorded")["total"], 3u);
  EXPECT_EQ(figure(rec, "relays_open")["count"], 2u);
  // What stands open is the day of submission's, and the export says so beside the
  // number: "截至 YYYY-MM-DD（提交日）", not a year-end figure; year totals say 全年.
  ASSERT_TRUE(rec["figures"]["computed_on"].is_string()) << rec.dump();
  const std::string submitted_on = rec["figures"]["computed_on"];
  EXPECT_EQ(submitted_on.size(), 10u) << submitted_on;
  HttpResult csv = server.call(secretary, "GET", "/api/v1/records/work_report/export?format=csv&org=" + org("ZB001"));
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find("系统统计（提交时固定）"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("待转交或待答复的社情民意：截至 " + submitted_on + "（提交日）2"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("全年 2"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("待转交或待答复的社情民意：全年"), std::string::npos) << csv.body;
  // The quizzes (not records of the workflow core) are frozen too: none taken this year.
  const json& quizzes = figure(rec, "quizzes_completed");
  ASSERT_TRUE(quizzes.is_object());
  EXPECT_EQ(quizzes["available"], true);
  EXPECT_EQ(quizzes["total"], 0u);
  EXPECT_FALSE(quizzes.contains("pending"));
  // Chapter 4's kinds count from their records: none this year, a number all the same.
  EXPECT_EQ(figure(rec, "sessions_held")["total"], 0u);
  EXPECT_EQ(figure(rec, "review_completed")["total"], 0u);

  // Frozen: the registers move on, the submitted report does not.
  ASSERT_EQ(act(secretary, "contribution", c3, json{{"verb", "confirm"}}).status, 200);
  EXPECT_EQ(figure(read(secretary, id), "contributions_confirmed")["total"], 2u);
  // Returned by the managing committee with a reason, fixed and resubmitted: computed again.
  ASSERT_EQ(act(dwadmin, "work_report", id, json{{"verb", "return"}, {"reason", "请补充民主评议的安排"}}).status, 200);
  json fixed = work_report("report");
  fixed["duty_review"] = "planned";
  HttpResult again = act(committee, "work_report", id, json{{"verb", "resubmit"}, {"fields", fixed}});
  ASSERT_EQ(again.status, 200) << again.body;
  const json resubmitted = read(secretary, id);
  EXPECT_EQ(figure(resubmitted, "contributions_confirmed")["total"], 3u);
  EXPECT_EQ(figure(resubmitted, "contributions_confirmed")["total"], at(counted("contribution"), "confirmed"));
  EXPECT_EQ(resubmitted["fields"]["duty_review"], "planned");
  // The committee acknowledges it; the auditor above reads it; a plain member does not.
  ASSERT_EQ(act(dwadmin, "work_report", id, json{{"verb", "confirm"}}).status, 200);
  EXPECT_EQ(read(auditor, id)["state"], "acknowledged");
  EXPECT_EQ(server.call(member, "GET", "/api/v1/records/work_report/" + std::to_string(id)).status, 404);

  // A plan freezes nothing.
  HttpResult plan = make(secretary, "ZB001", work_report("plan", "2027"));
  ASSERT_EQ(plan.status, 201) << plan.body;
  EXPECT_TRUE(body(plan)["record"]["figures"].is_null()) << plan.body;
  EXPECT_EQ(body(plan)["record"]["date"], "2027-12-31");
}

TEST_F(WorkReportTest, TheCommitteeSeesWhichBranchesHaveReported) {
  // Before any report: every branch of the subtree listed as not reported.
  json all = rollup(dwadmin, "org=" + org("DW001") + "&year=2026");
  EXPECT_EQ(all["total"], 3u) << all.dump();
  ASSERT_EQ(all["organisations"].size(), 3u);
  for (const json& o : all["organisations"]) {
    EXPECT_EQ(o["reported"], false);
    EXPECT_EQ(o["type"], "党支部");
  }
  HttpResult made = make(secretary, "ZB001", work_report("report"));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"].get<std::uint64_t>();
  // A plan is not a report.
  HttpResult plan = make(secretary, "ZB001", work_report("plan"));
  ASSERT_EQ(plan.status, 201);

  // One branch a page, in id order, walked to the end.
  std::map<std::uint64_t, json> seen;
  std::string after;
  for (int i = 0; i < 10; ++i) {
    const json page = rollup(dwadmin, "org=" + org("DW001") + "&year=2026&limit=1" + (after.empty() ? "" : "&after=" + after));
    EXPECT_LE(page["organisations"].size(), 1u);
    for (const json& o : page["organisations"]) seen[o["id"].get<std::uint64_t>()] = o;
    if (page["next"].is_null()) break;
    after = page["next"].get<std::string>();
  }
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[ids["ZB001"]]["reported"], true);
  EXPECT_EQ(seen[ids["ZB001"]]["report"]["id"], id);
  EXPECT_EQ(seen[ids["ZB001"]]["report"]["state"], "submitted");
  EXPECT_EQ(seen[ids["ZB001"]]["plan"]["state"], "submitted");
  EXPECT_EQ(seen[ids["ZB002"]]["reported"], false);
  EXPECT_TRUE(seen[ids["ZB002"]]["report"].is_null());
  EXPECT_EQ(seen[ids["ZB003"]]["reported"], false);
  // Which have not reported.
  const json missing = rollup(dwadmin, "org=" + org("DW001") + "&year=2026&missing=1");
  std::vector<std::uint64_t> not_reported;
  for (const json& o : missing["organisations"]) not_reported.push_back(o["id"].get<std::uint64_t>());
  EXPECT_EQ(not_reported, (std::vector<std::uint64_t>{ids["ZB002"], ids["ZB003"]}));
  // Another year: nobody has reported.
  EXPECT_EQ(rollup(dwadmin, "org=" + org("DW001") + "&year=2025&missing=1")["organisations"].size(), 3u);
  // Withdrawn: not reported any more.
  ASSERT_EQ(act(secretary, "work_report", id, json{{"verb", "withdraw"}}).status, 200);
  EXPECT_EQ(rollup(dwadmin, "org=" + org("DW001") + "&year=2026&missing=1")["organisations"].size(), 3u);
  // Organisations, never people: no member's name in the answer.
  const std::string text = rollup(auditor, "org=" + org("ZZ001") + "&year=2026").dump();
  EXPECT_EQ(text.find("subject"), std::string::npos);
  // The branch's own roles see their branch only.
  const json own = rollup(secretary, "org=" + org("ZB001") + "&year=2026");
  ASSERT_EQ(own["organisations"].size(), 1u);
  EXPECT_EQ(own["organisations"][0]["id"], ids["ZB001"]);
}

TEST_F(WorkReportTest, HostileInputWrongRolesAndOutOfScopeAreRefusedWithNothingChanged) {
  const auto refused = [&](const json& fields, const std::string& field) {
    HttpResult r = make(secretary, "ZB001", fields);
    EXPECT_EQ(r.status, 400) << fields.dump() << " " << r.body;
    bool named = false;
    const json answer = body(r);  // bound first: a range-for over a member of a temporary dangles
    for (const json& e : answer["field_errors"]) named = named || e["field"] == field;
    EXPECT_TRUE(named) << field << ": " << r.body;
  };
  json f = work_report("report");
  f["year"] = "20x6";
  refused(f, "year");
  f["year"] = "1999";
  refused(f, "year");
  f["year"] = 2026;  // a number, not text
  refused(f, "year");
  f = work_report("report");
  f["document"] = "memo";
  refused(f, "document");
  f = work_report("report");
  f["narrative"] = std::string(5001, 'x');
  refused(f, "narrative");
  f = work_report("report");
  f["duty_review"] = "ranked";
  refused(f, "duty_review");
  f = work_report("report");
  f["figures"] = "{\"contributions_confirmed\":999}";  // the figures are the server's, never typed
  refused(f, "figures");
  f = work_report("report");
  f.erase("narrative");
  refused(f, "narrative");
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/work_report", json{{"fields", work_report("report")}}).status,
            400)
      << "the organisation must be named";
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/work_report",
                        json{{"org", "ZB001"}, {"fields", work_report("report")}})
                .status,
            400);
  // Wrong role, out of scope, no such organisation.
  EXPECT_EQ(make(member, "ZB001", work_report("report")).status, 403);
  EXPECT_EQ(make(secretary, "ZB002", work_report("report")).status, 403);
  EXPECT_EQ(make(auditor, "ZB001", work_report("report")).status, 403);
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/records/work_report",
                        json{{"org", 999999}, {"fields", work_report("report")}})
                .status,
            404);
  // Nothing was made.
  EXPECT_EQ(rollup(dwadmin, "org=" + org("DW001") + "&year=2026&missing=1")["organisations"].size(), 3u);
  HttpResult list = server.call(dwadmin, "GET", "/api/v1/records/work_report?org=" + org("DW001"));
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(body(list)["records"].empty());

  // Transitions by the wrong role or out of order.
  HttpResult made = make(secretary, "ZB001", work_report("report"));
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"].get<std::uint64_t>();
  EXPECT_EQ(act(secretary, "work_report", id, json{{"verb", "confirm"}}).status, 403);
  EXPECT_EQ(act(dwadmin, "work_report", id, json{{"verb", "return"}}).status, 400) << "a return says why";
  EXPECT_EQ(act(dwadmin, "work_report", id, json{{"verb", "resubmit"}, {"fields", work_report("report")}}).status, 409);
  EXPECT_EQ(act(dwadmin, "work_report", id, json{{"verb", "approve"}}).status, 400);
  EXPECT_EQ(read(secretary, id)["state"], "submitted");

  // The roll-up: out of scope, unknown, malformed.
  rollup(secretary, "org=" + org("DW001") + "&year=2026", 403);
  rollup(member, "org=" + org("ZB001") + "&year=2026", 403);
  rollup(dwadmin, "org=999999&year=2026", 404);
  rollup(dwadmin, "year=2026", 400);
  rollup(dwadmin, "org=" + org("DW001") + "&year=abcd", 400);
  rollup(dwadmin, "org=" + org("DW001") + "&year=1999", 400);
  rollup(dwadmin, "org=" + org("DW001") + "&missing=perhaps", 400);
  rollup(dwadmin, "org=" + org("DW001") + "&limit=201", 400);
  rollup(dwadmin, "org=" + org("DW001") + "&after=zz", 400);
}

}  // namespace
}  // namespace nc::integration
