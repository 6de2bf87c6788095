// The committee overview over HTTP (issue 11, "What must show"): records made
// over HTTP by a member and acted on by the branch; the overview's numbers
// (by month, and open now) compared with counts this test makes itself from
// the registers' lists; a record whose date is fixed moves to its new month;
// children for drill-down, paged; the .xlsx export; nobody named in any
// answer; who may see which organisation; hostile input refused.
#include <gtest/gtest.h>
#include <zip.h>

#include <array>
#include <chrono>
#include <ctime>
#include <map>
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

json contribution(const std::string& date, int n) {
  return {{"category", "story"},
          {"platform", "微博"},
          {"link", "https://weibo.com/overview/" + std::to_string(n)},
          {"date", date},
          {"description", "概览测试登记 " + std::to_string(n)}};
}
json relay(const std::string& date) {
  return {{"summary", "居民反映公交线路夜间停运"}, {"topic", "交通"}, {"place", "市民论坛"}, {"seen_on", date}};
}
json report(const std::string& date) {
  return {{"description", "某群组传播网络赌博广告"}, {"reported_to", "12377 违法和不良信息举报中心"}, {"reported_on", date}};
}

class OverviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    member = server.login("member");
    secretary = server.login("secretary");
    committee = server.login("committee");
    auditor = server.login("auditor");
    dwadmin = server.login("dwadmin");
    admin = server.login("admin");
    HttpResult orgs = server.call(dwadmin, "GET", "/api/v1/organisations");
    ASSERT_EQ(orgs.status, 200) << orgs.body;
    const json list = body(orgs);  // bound first: a range-for over a member of a temporary dangles
    for (const json& o : list["organisations"]) ids[o["code"].get<std::string>()] = o["id"].get<std::uint64_t>();
    ASSERT_EQ(ids.size(), 5u) << orgs.body;
  }
  std::uint64_t submit(const std::string& kind, const json& fields) {
    HttpResult r = server.call(member, "POST", "/api/v1/records/" + kind, json{{"fields", fields}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? body(r)["record"]["id"].get<std::uint64_t>() : 0;
  }
  HttpResult act(const Session& who, const std::string& kind, std::uint64_t id, const json& request) {
    return server.call(who, "POST", "/api/v1/records/" + kind + "/" + std::to_string(id) + "/transitions", request);
  }
  std::string org(const std::string& code) const { return std::to_string(ids.at(code)); }
  json overview(const Session& who, const std::string& code, int year = 2026) {
    HttpResult r = server.call(who, "GET", "/api/v1/overview?org=" + org(code) + "&year=" + std::to_string(year));
    EXPECT_EQ(r.status, 200) << r.body;
    return body(r);
  }
  static const json& indicator(const json& answer, const std::string& id) {
    for (const json& i : answer["indicators"]) {
      if (i["id"] == id) return i;
    }
    static const json none;
    return none;
  }

  // Independently of the overview: every record of `kind` the caller's
  // register lists under `code`, counted by (state, month of its date), page by page.
  std::map<std::pair<std::string, std::string>, std::uint64_t> counted(const Session& who, const std::string& kind,
                                                                        const std::string& code) {
    std::map<std::pair<std::string, std::string>, std::uint64_t> out;
    std::string after;
    for (int pages = 0; pages < 100; ++pages) {
      HttpResult r = server.call(who, "GET", "/api/v1/records/" + kind + "?org=" + org(code) + "&limit=2" +
                                                 (after.empty() ? "" : "&after=" + after));
      EXPECT_EQ(r.status, 200) << r.body;
      const json page = body(r);
      for (const json& rec : page["records"]) {
        out[{rec["state"].get<std::string>(), rec["date"].get<std::string>().substr(0, 7)}] += 1;
      }
      if (page["next"].is_null()) break;
      after = page["next"].get<std::string>();
    }
    return out;
  }
  // The months of 2026 of `states` in what counted() gave.
  static std::array<std::uint64_t, 12> months(const std::map<std::pair<std::string, std::string>, std::uint64_t>& c,
                                              std::initializer_list<const char*> states) {
    std::array<std::uint64_t, 12> out{};
    for (const auto& [key, n] : c) {
      for (const char* s : states) {
        if (key.first == s && key.second.rfind("2026-", 0) == 0) out[std::stoul(key.second.substr(5)) - 1] += n;
      }
    }
    return out;
  }
  static std::uint64_t now(const std::map<std::pair<std::string, std::string>, std::uint64_t>& c,
                           std::initializer_list<const char*> states) {
    std::uint64_t out = 0;
    for (const auto& [key, n] : c) {
      for (const char* s : states) {
        if (key.first == s) out += n;
      }
    }
    return out;
  }

  DemoServer server{"overview"};
  Session member, secretary, committee, auditor, dwadmin, admin;
  std::map<std::string, std::uint64_t> ids;  // by code: DW001 (党委), ZZ001, ZB001 (the member's), ZB002, ZB003
};

TEST_F(OverviewTest, TheNumbersAreTheRegistersCountedByMonthAndMoveWithAFixedDate) {
  // Contributions in three months of 2026 and one of 2025; some confirmed, one returned and fixed.
  const std::uint64_t jan1 = submit("contribution", contribution("2026-01-10", 1));
  const std::uint64_t jan2 = submit("contribution", contribution("2026-01-25", 2));
  const std::uint64_t mar = submit("contribution", contribution("2026-03-03", 3));
  const std::uint64_t old = submit("contribution", contribution("2025-11-30", 4));
  const std::uint64_t jun = submit("contribution", contribution("2026-06-01", 5));
  ASSERT_TRUE(jan1 && jan2 && mar && old && jun);
  for (std::uint64_t id : {jan1, mar, old}) {
    ASSERT_EQ(act(secretary, "contribution", id, json{{"verb", "confirm"}}).status, 200);
  }
  // Relays: one forwarded, one waiting; a report logged.
  const std::uint64_t r1 = submit("relay", relay("2026-02-14"));
  const std::uint64_t r2 = submit("relay", relay("2026-02-20"));
  ASSERT_TRUE(r1 && r2);
  ASSERT_EQ(act(secretary, "relay", r1,
                json{{"verb", "forward"}, {"fields", {{"department", "区交通局"}, {"forwarded_on", "2026-02-21"}}}})
                .status,
            200);
  ASSERT_NE(submit("report", report("2026-04-02")), 0u);

  const auto compare = [&](const Session& who, const std::string& code) {
    SCOPED_TRACE(code);
    const json o = overview(who, code);
    const auto contributions = counted(who, "contribution", code);
    const auto relays = counted(who, "relay", code);
    EXPECT_EQ(indicator(o, "contributions_confirmed")["months"], json(months(contributions, {"confirmed"})));
    EXPECT_EQ(indicator(o, "contributions_recorded")["months"],
              json(months(contributions, {"submitted", "returned", "confirmed"})));
    EXPECT_EQ(indicator(o, "relays_received")["months"],
              json(months(relays, {"submitted", "returned", "forwarded", "closed"})));
    EXPECT_EQ(indicator(o, "relays_open")["count"], now(relays, {"submitted", "forwarded"}));
    EXPECT_EQ(indicator(o, "relays_open")["overdue"], 0u);
    return o;
  };
  const json root = compare(dwadmin, "DW001");
  compare(secretary, "ZB001");
  compare(auditor, "ZZ001");
  // The figures this test made, spelled out: what the comparison above rests on.
  EXPECT_EQ(indicator(root, "contributions_confirmed")["months"], json({1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(indicator(root, "contributions_confirmed")["total"], 2u) << "the 2025 one is not in 2026";
  EXPECT_EQ(indicator(root, "contributions_recorded")["total"], 4u);
  EXPECT_EQ(indicator(root, "relays_open")["count"], 2u);
  EXPECT_EQ(indicator(root, "relays_answered")["total"], 0u);
  // Reports: counted (the committee may count them), not listed above the branch.
  EXPECT_EQ(indicator(root, "reports_logged")["months"], json({0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(indicator(overview(dwadmin, "DW001", 2025), "contributions_confirmed")["months"][10], 1u);
  // A sibling branch has none of it.
  EXPECT_EQ(indicator(overview(dwadmin, "ZB002"), "contributions_recorded")["total"], 0u);
  EXPECT_EQ(indicator(overview(dwadmin, "ZB003"), "relays_open")["count"], 0u);

  // The quizzes are not records of the workflow core; their figure is a number all the same (none taken yet).
  const json& quizzes = indicator(root, "quizzes_completed");
  EXPECT_EQ(quizzes["available"], true);
  EXPECT_EQ(quizzes["total"], 0u);
  EXPECT_EQ(indicator(root, "sessions_held")["available"], true);
  // Articles cited through the topics.
  EXPECT_EQ(indicator(root, "relays_received")["articles"], json({5}));

  // Returned and fixed into another month: the June contribution moves to May.
  ASSERT_EQ(act(secretary, "contribution", jun, json{{"verb", "return"}, {"reason", "日期有误"}}).status, 200);
  ASSERT_EQ(act(member, "contribution", jun, json{{"verb", "resubmit"}, {"fields", contribution("2026-05-31", 5)}}).status,
            200);
  const json moved = compare(dwadmin, "DW001");
  EXPECT_EQ(indicator(moved, "contributions_recorded")["months"][4], 1u);
  EXPECT_EQ(indicator(moved, "contributions_recorded")["months"][5], 0u);
  // Withdrawn: counted by none of the indicators of recorded contributions.
  ASSERT_EQ(act(member, "contribution", jan2, json{{"verb", "withdraw"}}).status, 200);
  EXPECT_EQ(indicator(compare(dwadmin, "DW001"), "contributions_recorded")["months"][0], 1u);

  // The branch's own page: what is due.
  const json branch = overview(secretary, "ZB001");
  ASSERT_FALSE(branch["due"].empty()) << branch.dump();
  bool relays_due = false;
  for (const json& d : branch["due"]) relays_due = relays_due || (d["indicator"] == "relays_open" && d["count"] == 2);
  EXPECT_TRUE(relays_due) << branch["due"].dump();
  // Every indicator has its records now (the quizzes the last to arrive): nothing missing.
  EXPECT_TRUE(branch["missing"].empty()) << branch["missing"].dump();
}

// The quizzes' completions (issue 11: "quizzes completed (counts)") by the
// month each quiz closes: made over HTTP — a quiz the branch composes, taken
// by three of its members — and compared with the takers this test reads
// back from the branch's list of quizzes, for the branch, its 党总支 and the
// 党委; a sibling branch has none. Nobody's score is in any of it.
TEST_F(OverviewTest, QuizzesCompletedAreTheCompletionsMadeByTheMonthEachQuizCloses) {
  // Today in the server's zone (UTC+8), and a closing day two days on.
  const auto day = [](int offset) {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() +
                                                               std::chrono::hours(24 * offset + 8));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return std::string(buf);
  };
  const std::string closes = day(2);
  const int year = std::stoi(closes.substr(0, 4));
  const std::size_t month = std::stoul(closes.substr(5, 2)) - 1;

  HttpResult g = server.call(secretary, "POST", "/api/v1/quiz/questions/generate",
                             json{{"org", ids.at("ZB001")}, {"count", 2}, {"seed", 3}});
  ASSERT_EQ(g.status, 201) << g.body;
  std::vector<std::uint64_t> questions;
  for (const json& q : json(body(g)["questions"])) {
    ASSERT_EQ(server.call(secretary, "POST", "/api/v1/quiz/questions/" + std::to_string(q["id"].get<std::uint64_t>()) + "/publish",
                          json{{"version", q["version"]}})
                  .status,
              200);
    questions.push_back(q["id"].get<std::uint64_t>());
  }
  HttpResult z = server.call(secretary, "POST", "/api/v1/quizzes",
                             json{{"org", ids.at("ZB001")}, {"title", "概览测验"}, {"opens", day(-1)}, {"closes", closes},
                                  {"questions", questions}});
  ASSERT_EQ(z.status, 201) << z.body;
  const std::string url = "/api/v1/quizzes/" + std::to_string(body(z)["quiz"]["id"].get<std::uint64_t>());
  int taken = 0;
  for (Session* who : {&member, &secretary, &committee}) {
    HttpResult a = server.call(*who, "POST", url + "/attempt", json{{"answers", std::vector<int>(questions.size(), 0)}});
    ASSERT_EQ(a.status, 201) << a.body;
    ++taken;
  }

  // Independently of the overview: the takers of every quiz of the branch, by closing month.
  std::array<std::uint64_t, 12> listed{};
  HttpResult list = server.call(secretary, "GET", "/api/v1/quizzes?org=" + org("ZB001") + "&limit=200");
  ASSERT_EQ(list.status, 200) << list.body;
  for (const json& q : json(body(list)["quizzes"])) {
    const std::string c = q["closes"].get<std::string>();
    if (std::stoi(c.substr(0, 4)) == year) listed[std::stoul(c.substr(5, 2)) - 1] += q["takers"].get<std::uint64_t>();
  }
  ASSERT_EQ(listed[month], static_cast<std::uint64_t>(taken)) << list.body;

  for (auto [who, code] : {std::pair{&secretary, "ZB001"}, std::pair{&auditor, "ZZ001"}, std::pair{&dwadmin, "DW001"}}) {
    SCOPED_TRACE(code);
    const json o = overview(*who, code, year);
    const json& q = indicator(o, "quizzes_completed");
    EXPECT_EQ(q["available"], true);
    EXPECT_EQ(q["months"], json(listed));
    EXPECT_EQ(q["total"], 3u);
    EXPECT_EQ(o.dump().find("\"right\""), std::string::npos) << "no score in the overview";
  }
  EXPECT_EQ(indicator(overview(dwadmin, "ZB002", year), "quizzes_completed")["total"], 0u);
  EXPECT_EQ(indicator(overview(dwadmin, "DW001", year - 1), "quizzes_completed")["total"], 0u) << "another year";
  // The children carry it too, and the export writes it.
  HttpResult kids = server.call(dwadmin, "GET", "/api/v1/overview/children?org=" + org("DW001") + "&year=" + std::to_string(year));
  ASSERT_EQ(kids.status, 200) << kids.body;
  std::uint64_t over_children = 0;
  for (const json& c : json(body(kids)["organisations"])) {
    for (const json& i : c["indicators"]) {
      if (i["id"] == "quizzes_completed") over_children += i["total"].get<std::uint64_t>();
    }
  }
  EXPECT_EQ(over_children, 3u) << kids.body;
}

TEST_F(OverviewTest, ChildrenArePagedAndAddUpToTheParent) {
  ASSERT_NE(submit("contribution", contribution("2026-02-02", 1)), 0u);
  ASSERT_NE(submit("contribution", contribution("2026-02-03", 2)), 0u);
  const json root = overview(dwadmin, "DW001");
  EXPECT_EQ(root["children"], 2u);
  // One child a page: ZZ001 (with the member's branch) then ZB003.
  std::vector<json> seen;
  std::string after;
  for (int i = 0; i < 5; ++i) {
    HttpResult r = server.call(dwadmin, "GET", "/api/v1/overview/children?org=" + org("DW001") +
                                                   "&year=2026&limit=1" + (after.empty() ? "" : "&after=" + after));
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = body(r);
    EXPECT_EQ(page["total"], 2u);
    EXPECT_LE(page["organisations"].size(), 1u);
    for (const json& o : page["organisations"]) seen.push_back(o);
    if (page["next"].is_null()) break;
    after = page["next"].get<std::string>();
  }
  ASSERT_EQ(seen.size(), 2u);
  std::uint64_t sum = 0;
  for (const json& o : seen) sum += indicator(o, "contributions_recorded")["total"].get<std::uint64_t>();
  EXPECT_EQ(sum, indicator(root, "contributions_recorded")["total"].get<std::uint64_t>());
  EXPECT_EQ(sum, 2u);
  // Drill down: the 党总支's children, the member's branch among them.
  HttpResult down = server.call(dwadmin, "GET", "/api/v1/overview/children?org=" + org("ZZ001") + "&year=2026");
  ASSERT_EQ(down.status, 200) << down.body;
  bool found = false;
  const json below = body(down);
  for (const json& o : below["organisations"]) {
    if (o["id"] == ids["ZB001"]) {
      found = true;
      EXPECT_EQ(indicator(o, "contributions_recorded")["months"][1], 2u);
    }
  }
  EXPECT_TRUE(found) << down.body;
}

TEST_F(OverviewTest, TheExportHoldsEveryChartsNumbers) {
  ASSERT_NE(submit("contribution", contribution("2026-03-09", 1)), 0u);
  HttpResult r = server.call(dwadmin, "GET", "/api/v1/overview/export?org=" + org("DW001") + "&year=2026");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 200);
  EXPECT_NE(r.headers["content-type"].find("spreadsheetml"), std::string::npos);
  const std::string workbook = zip_entry(r.body, "xl/workbook.xml");
  for (const char* sheet : {"按月统计", "当前待办", "下级组织"}) {
    EXPECT_NE(workbook.find(sheet), std::string::npos) << sheet;
  }
  // The text cells (labels and numbers) of the workbook.
  // (Cells are text: shared strings, or inline in the sheets when written a row at a time.)
  const std::string strings = zip_entry(r.body, "xl/sharedStrings.xml") + zip_entry(r.body, "xl/worksheets/sheet1.xml") +
                              zip_entry(r.body, "xl/worksheets/sheet2.xml") + zip_entry(r.body, "xl/worksheets/sheet3.xml");
  EXPECT_NE(strings.find("登记的正能量贡献"), std::string::npos);
  EXPECT_NE(strings.find("自学测验完成人次"), std::string::npos) << "the quizzes' row";
  EXPECT_EQ(strings.find("尚无数据"), std::string::npos) << "every indicator has its numbers now (the quizzes the last)";
  EXPECT_NE(strings.find("机关党总支"), std::string::npos) << "a child's row (third sheet)";
  EXPECT_NE(strings.find("业务党支部"), std::string::npos) << "the other child";
  EXPECT_EQ(strings.find("机关第一党支部"), std::string::npos) << "a grandchild is no row: drill down for it";
  EXPECT_FALSE(zip_entry(r.body, "xl/worksheets/sheet3.xml").empty());
}

TEST_F(OverviewTest, NobodyIsNamedAndOnlyRolesCoveringTheOrganisationSeeIt) {
  ASSERT_NE(submit("contribution", contribution("2026-03-09", 1)), 0u);
  // The member's name, from their own session: it must appear in no answer.
  const json who = body(server.call(member, "GET", "/api/v1/session"));
  const std::string name = who["user"]["member"].value("name", "");
  ASSERT_FALSE(name.empty()) << who.dump();
  for (const std::string& target : {"/api/v1/overview?org=" + org("DW001"), "/api/v1/overview/children?org=" + org("DW001"),
                                    "/api/v1/overview/children?org=" + org("ZZ001")}) {
    HttpResult r = server.call(dwadmin, "GET", target);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.body.find("\"subject\""), std::string::npos) << target;
    EXPECT_EQ(r.body.find("\"member\""), std::string::npos) << target;
    EXPECT_EQ(r.body.find(name), std::string::npos) << target;
  }
  // Branch roles see their branch only; members and the system administrator nothing.
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/overview?org=" + org("ZB001")).status, 200);
  EXPECT_EQ(server.call(committee, "GET", "/api/v1/overview?org=" + org("ZB001")).status, 200);
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/overview?org=" + org("ZZ001")).status, 403);
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/overview?org=" + org("ZB002")).status, 403);
  EXPECT_EQ(server.call(member, "GET", "/api/v1/overview?org=" + org("ZB001")).status, 403);
  EXPECT_EQ(server.call(admin, "GET", "/api/v1/overview?org=" + org("DW001")).status, 403);
  EXPECT_EQ(server.call(auditor, "GET", "/api/v1/overview?org=" + org("ZB002")).status, 200);
}

TEST_F(OverviewTest, HostileInputIsRefusedNamingTheParameter) {
  const std::string root = org("DW001");
  const struct {
    std::string target;
    int status;
    const char* names;
  } cases[] = {
      {"/api/v1/overview", 400, "org"},
      {"/api/v1/overview?org=abc", 400, "org"},
      {"/api/v1/overview?org=-1", 400, "org"},
      {"/api/v1/overview?org=99999", 404, "党组织"},
      {"/api/v1/overview?org=" + root + "&year=abcd", 400, "year"},
      {"/api/v1/overview?org=" + root + "&year=1999", 400, "year"},
      {"/api/v1/overview?org=" + root + "&year=20260", 400, "year"},
      {"/api/v1/overview?org=" + root + "&year=%2B2026", 400, "year"},
      {"/api/v1/overview/children?org=" + root + "&limit=0", 400, "limit"},
      {"/api/v1/overview/children?org=" + root + "&limit=201", 400, "limit"},
      {"/api/v1/overview/children?org=" + root + "&after=x;y", 400, "after"},
      {"/api/v1/overview/children?org=" + root + "&after=1.2", 400, "after"},
      {"/api/v1/overview/export?org=" + root + "&year=0", 400, "year"},
  };
  for (const auto& c : cases) {
    HttpResult r = server.call(dwadmin, "GET", c.target);
    EXPECT_EQ(r.status, c.status) << c.target << " " << r.body;
    const json b = body(r);
    ASSERT_TRUE(b.is_object()) << c.target << " " << r.body;
    EXPECT_NE(b["error"].value("message", "").find(c.names), std::string::npos) << c.target << " " << r.body;
  }
}

}  // namespace
}  // namespace nc::integration
