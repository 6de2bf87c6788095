// The member kinds over HTTP (issue 10): 社情民意反映 (relay) end to end —
// submitted by the member, returned and resubmitted, forwarded to a
// department and answered by the branch, each step carrying its own fields
// into the history, overdue items in the branch's 待办 — and
// 违法违规信息举报记录 (report), read by the member's branch only while the
// committee administrator and the auditor above get its counts and a 403 on
// its list, record and export. A statement the member writes on either is
// seen by whoever reads the record. Refused requests change nothing.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "demo_server.h"
#include "record_fixtures.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

json relay_fields() {
  return {{"summary", "多位居民在论坛上反映小区附近的公交线路晚上八点后停运，希望延长运营时间"},
          {"topic", "交通"},
          {"place", "市民论坛“城事”版"},
          {"seen_on", "2026-01-20"}};
}

json report_fields() {
  return {{"description", "某群组传播网络赌博广告"},
          {"link", "https://example.com/group/123"},
          {"reported_to", "12377 违法和不良信息举报中心"},
          {"reported_on", "2026-01-21"},
          {"reference", "JB20260121-0042"}};
}

// Moves a record's due date (the test's stand-in for time passing).
void set_due(const std::filesystem::path& db_file, std::uint64_t id, const std::string& day) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_file.c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  const std::string sql = "UPDATE workflow_records SET due_date = '" + day + "' WHERE id = " + std::to_string(id);
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

class MemberKindsHttpTest : public ::testing::Test {
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
  std::uint64_t submit(const std::string& kind, const json& fields) { return make_record(server, member, kind, fields); }
  HttpResult act(const Session& who, const std::string& kind, std::uint64_t id, const json& request) {
    return server.call(who, "POST", "/api/v1/records/" + kind + "/" + std::to_string(id) + "/transitions", request);
  }
  const json* find_kind(const json& kinds, const std::string& id) {
    for (const json& k : kinds) {
      if (k["id"] == id) return &k;
    }
    return nullptr;
  }
  // The items of the caller's 待办 about record `id` of `kind`.
  std::vector<json> todo_items(const Session& who, const std::string& kind, std::uint64_t id) {
    HttpResult r = server.call(who, "GET", "/api/v1/todo");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<json> out;
    const json items = body(r)["items"];  // a copy: the parsed answer is a temporary
    for (const json& i : items) {
      if (i["kind"] == kind && i["id"] == id) out.push_back(i);
    }
    return out;
  }
  std::uint64_t count_of(const json& counts, const std::string& kind, const std::string& state) {
    for (const json& c : counts) {
      if (c["kind"] == kind && c["state"] == state) return c["count"].get<std::uint64_t>();
    }
    return 999999;
  }

  DemoServer server{"member-kinds"};
  Session member, secretary, committee, auditor, dwadmin, admin;
};

TEST_F(MemberKindsHttpTest, TheKindsSayWhatTheFormsNeed) {
  HttpResult r = server.call(member, "GET", "/api/v1/records/kinds");
  ASSERT_EQ(r.status, 200) << r.body;
  const json kinds = body(r)["kinds"];
  const json* relay = find_kind(kinds, "relay");
  const json* report = find_kind(kinds, "report");
  const json* contribution = find_kind(kinds, "contribution");
  ASSERT_TRUE(relay && report && contribution) << r.body;
  for (const json* k : {relay, report, contribution}) {
    EXPECT_EQ((*k)["cadres_only"], false) << (*k)["id"];
    EXPECT_FALSE((*k)["next_steps"].get<std::string>().empty());
    EXPECT_FALSE((*k)["transitions"].empty());
  }
  // The articles through the annotations' topics: public_opinion and reporting.
  EXPECT_EQ((*relay)["articles"], json({5}));
  EXPECT_EQ((*report)["articles"], json({20}));
  EXPECT_EQ((*relay)["short_title"], "社情民意");
  EXPECT_EQ((*report)["short_title"], "举报记录");
  // The forward carries its own fields; the report is counted, not read, above the branch.
  bool forward_fields = false;
  for (const json& t : (*relay)["transitions"]) {
    if (t["verb"] == "forward") forward_fields = t["fields"].size() == 2 && t["fields"][0]["id"] == "department";
  }
  EXPECT_TRUE(forward_fields) << (*relay)["transitions"].dump();
  EXPECT_EQ((*report)["readers"], json({"branch_secretary", "committee_member"}));
  EXPECT_EQ((*report)["count_readers"], json({"committee_admin", "auditor"}));
}

TEST_F(MemberKindsHttpTest, ARelayIsReturnedResubmittedForwardedAnsweredAndClosed) {
  const std::uint64_t id = submit("relay", relay_fields());
  ASSERT_NE(id, 0u);
  const std::string url = "/api/v1/records/relay/" + std::to_string(id);

  // It waits for the branch, due in 14 days; the member's own list shows it with their counts.
  auto waiting = todo_items(secretary, "relay", id);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0]["state"], "submitted");
  EXPECT_FALSE(waiting[0]["due"].is_null());
  EXPECT_EQ(todo_items(committee, "relay", id).size(), 1u);
  EXPECT_TRUE(todo_items(auditor, "relay", id).empty());
  HttpResult own = server.call(member, "GET", "/api/v1/me/registers/relay");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(body(own)["records"].size(), 1u);

  // Returned with a reason, fixed and resubmitted by the member.
  HttpResult returned = act(secretary, "relay", id, json{{"verb", "return"}, {"reason", "请写明是哪条线路"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(body(returned)["record"]["state"], "returned");
  json fixed = relay_fields();
  fixed["summary"] = "多位居民反映 12 路公交晚上八点后停运，希望延长运营时间";
  HttpResult resubmitted = act(member, "relay", id, json{{"verb", "resubmit"}, {"fields", fixed}});
  ASSERT_EQ(resubmitted.status, 200) << resubmitted.body;
  EXPECT_EQ(body(resubmitted)["record"]["state"], "submitted");

  // The forward needs its department and day; a bad one is named and changes nothing.
  std::string before = stored_registers(db());
  HttpResult no_fields = act(secretary, "relay", id, json{{"verb", "forward"}});
  EXPECT_EQ(no_fields.status, 400) << no_fields.body;
  HttpResult bad = act(secretary, "relay", id,
                       json{{"verb", "forward"}, {"fields", {{"department", ""}, {"forwarded_on", "2999-01-01"}}}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  std::set<std::string> named;
  const json errors = body(bad)["field_errors"];
  for (const json& e : errors) named.insert(e["field"].get<std::string>());
  EXPECT_EQ(named, (std::set<std::string>{"department", "forwarded_on"}));
  HttpResult record_fields = act(secretary, "relay", id,
                                 json{{"verb", "forward"}, {"fields", {{"department", "区交通运输局"},
                                                                       {"forwarded_on", "2026-01-22"},
                                                                       {"summary", "改写"}}}});
  EXPECT_EQ(record_fields.status, 400) << "a forward does not rewrite the member's fields: " << record_fields.body;
  EXPECT_EQ(act(member, "relay", id, json{{"verb", "forward"}, {"fields", {{"department", "x"}, {"forwarded_on", "2026-01-22"}}}}).status, 403);
  EXPECT_EQ(act(dwadmin, "relay", id, json{{"verb", "forward"}, {"fields", {{"department", "x"}, {"forwarded_on", "2026-01-22"}}}}).status, 403);
  EXPECT_EQ(act(secretary, "relay", id, json{{"verb", "answer"}, {"fields", {{"answer", "x"}, {"answered_on", "2026-01-22"}}}}).status, 409);
  EXPECT_EQ(stored_registers(db()), before);

  HttpResult forwarded = act(committee, "relay", id,
                             json{{"verb", "forward"}, {"fields", {{"department", "区交通运输局"}, {"forwarded_on", "2026-01-22"}}}});
  ASSERT_EQ(forwarded.status, 200) << forwarded.body;
  json rec = body(forwarded)["record"];
  EXPECT_EQ(rec["state"], "forwarded");
  EXPECT_FALSE(rec["due"].is_null());
  EXPECT_EQ(rec["fields"]["summary"], fixed["summary"]) << "the member's fields stay as they were";
  EXPECT_EQ(rec["history"].back()["fields"]["department"], "区交通运输局");
  EXPECT_EQ(rec["history"].back()["role"], "committee_member");
  EXPECT_EQ(rec["may"]["verbs"].size(), 2u);  // answer, close

  // Overdue: the branch's 待办 marks it, and the member cannot withdraw it any more.
  set_due(db(), id, "2026-01-01");
  waiting = todo_items(secretary, "relay", id);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0]["state"], "forwarded");
  EXPECT_EQ(waiting[0]["overdue"], true);
  // ... and the counts say how many are overdue in each state (numbers only).
  HttpResult late = server.call(secretary, "GET", "/api/v1/records/counts");
  ASSERT_EQ(late.status, 200) << late.body;
  bool counted = false;
  const json late_counts = body(late)["counts"];
  for (const json& c : late_counts) {
    if (c["kind"] == "relay" && c["state"] == "forwarded") counted = c["count"] == 1 && c["overdue"] == 1;
    if (c["kind"] == "relay" && c["state"] == "submitted") {
      EXPECT_EQ(c["overdue"], 0);
    }
  }
  EXPECT_TRUE(counted) << late.body;
  EXPECT_EQ(act(member, "relay", id, json{{"verb", "withdraw"}}).status, 409);

  // The answer closes it.
  HttpResult answered = act(secretary, "relay", id,
                            json{{"verb", "answer"}, {"fields", {{"answer", "已将 12 路末班车延至 22:00"}, {"answered_on", "2026-01-30"}}}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  rec = body(answered)["record"];
  EXPECT_EQ(rec["state"], "closed");
  EXPECT_TRUE(rec["due"].is_null());
  ASSERT_EQ(rec["history"].size(), 5u);
  EXPECT_EQ(rec["history"][4]["verb"], "answer");
  EXPECT_EQ(rec["history"][4]["fields"]["answer"], "已将 12 路末班车延至 22:00");
  EXPECT_TRUE(todo_items(secretary, "relay", id).empty());
  EXPECT_EQ(act(secretary, "relay", id, json{{"verb", "close"}, {"reason", "x"}}).status, 409);

  // The committee administrator above reads it (audited) and counts it; the member sees the
  // record, the forward and who read it in 我的记录.
  ASSERT_EQ(server.call(dwadmin, "GET", url).status, 200);
  HttpResult counts = server.call(dwadmin, "GET", "/api/v1/records/counts");
  ASSERT_EQ(counts.status, 200) << counts.body;
  EXPECT_EQ(count_of(body(counts)["counts"], "relay", "closed"), 1u);
  HttpResult mine = server.call(member, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200);
  const json all = body(mine);
  bool shown = false, read_above = false, forward_seen = false;
  for (const json& x : all["records"]) {
    if (x["kind"] == "relay" && x["id"] == id) shown = x["data"]["state"] == "closed";
  }
  for (const json& x : all["reads"]) {
    read_above = read_above || (x["action"] == "record.read" && x["actor"].get<std::string>().find("dwadmin") != std::string::npos);
    forward_seen = forward_seen || x["action"] == "record.forward";
  }
  EXPECT_TRUE(shown) << mine.body;
  EXPECT_TRUE(read_above) << mine.body;
  EXPECT_TRUE(forward_seen) << mine.body;
}

TEST_F(MemberKindsHttpTest, TheMemberKeepsAReportsOutcomeUpToDateAndTheBranchAloneReadsIt) {
  const std::uint64_t id = submit("report", report_fields());
  ASSERT_NE(id, 0u);
  const std::string url = "/api/v1/records/report/" + std::to_string(id);
  // Nothing waits for anyone: a log, not a case.
  EXPECT_TRUE(todo_items(secretary, "report", id).empty());
  EXPECT_TRUE(todo_items(member, "report", id).empty());

  // The member updates the outcome (the whole form again), then closes it.
  json updated = report_fields();
  updated["outcome"] = "平台回复：已封禁该群组";
  HttpResult up = act(member, "report", id, json{{"verb", "update"}, {"fields", updated}});
  ASSERT_EQ(up.status, 200) << up.body;
  EXPECT_EQ(body(up)["record"]["state"], "recorded");
  EXPECT_EQ(body(up)["record"]["fields"]["outcome"], "平台回复：已封禁该群组");
  std::string before = stored_registers(db());
  json too_long = updated;
  too_long["outcome"] = std::string(501 * 3, 'x');
  HttpResult bad = act(member, "report", id, json{{"verb", "update"}, {"fields", too_long}});
  ASSERT_EQ(bad.status, 400);
  EXPECT_EQ(body(bad)["field_errors"][0]["field"], "outcome");
  EXPECT_EQ(act(secretary, "report", id, json{{"verb", "update"}, {"fields", updated}}).status, 403);
  EXPECT_EQ(act(secretary, "report", id, json{{"verb", "close"}}).status, 403);
  EXPECT_EQ(stored_registers(db()), before);

  // The branch reads it; the committee administrator and the auditor above do not — 403 on the
  // register and its export, 404 on the record (nothing told) — but count it.
  EXPECT_EQ(server.call(secretary, "GET", url).status, 200);
  EXPECT_EQ(server.call(committee, "GET", url).status, 200);
  EXPECT_EQ(body(server.call(secretary, "GET", "/api/v1/records/report"))["total"], 1);
  for (const Session* above : {&dwadmin, &auditor}) {
    EXPECT_EQ(server.call(*above, "GET", url).status, 404) << above->username;
    EXPECT_EQ(server.call(*above, "GET", "/api/v1/records/report").status, 403) << above->username;
    EXPECT_EQ(server.call(*above, "GET", "/api/v1/records/report/export").status, 403) << above->username;
    EXPECT_EQ(server.call(*above, "GET", "/api/v1/records/report/export?format=csv").status, 403) << above->username;
    HttpResult counts = server.call(*above, "GET", "/api/v1/records/counts");
    ASSERT_EQ(counts.status, 200) << counts.body;
    EXPECT_EQ(count_of(body(counts)["counts"], "report", "recorded"), 1u) << counts.body;
    EXPECT_EQ(counts.body.find("赌博"), std::string::npos) << "counts carry no contents";
  }
  EXPECT_EQ(server.call(admin, "GET", url).status, 404);

  HttpResult closed = act(member, "report", id, json{{"verb", "close"}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(body(closed)["record"]["state"], "closed");
  EXPECT_EQ(act(member, "report", id, json{{"verb", "update"}, {"fields", updated}}).status, 409);
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST_F(MemberKindsHttpTest, AStatementOnEitherKindIsSeenByWhoeverReadsTheRecord) {
  for (const std::string kind : {"relay", "report"}) {
    const std::uint64_t id = submit(kind, kind == "relay" ? relay_fields() : report_fields());
    ASSERT_NE(id, 0u);
    const std::string text = "补充说明：" + kind + " 的情况";
    HttpResult st = server.call(member, "POST", "/api/v1/me/records/" + kind + "/" + std::to_string(id) + "/statements",
                                json{{"text", text}});
    ASSERT_EQ(st.status, 201) << kind << ": " << st.body;
    // Nobody writes one for the member.
    EXPECT_EQ(server.call(secretary, "POST", "/api/v1/me/records/" + kind + "/" + std::to_string(id) + "/statements",
                          json{{"text", "代写"}}).status,
              403);
    HttpResult read = server.call(secretary, "GET", "/api/v1/records/" + kind + "/" + std::to_string(id));
    ASSERT_EQ(read.status, 200) << read.body;
    const json statements = body(read)["record"]["statements"];
    ASSERT_EQ(statements.size(), 1u) << kind << ": " << read.body;
    EXPECT_EQ(statements[0]["text"], text);
  }
}

TEST_F(MemberKindsHttpTest, HostileInputToTheNewKindsIsRefusedAndChangesNothing) {
  const std::uint64_t id = submit("relay", relay_fields());
  ASSERT_NE(id, 0u);
  const std::string before = stored_registers(db());
  auto with = [](json f, const char* name, const json& value) {
    f[name] = value;
    return f;
  };
  const std::vector<std::pair<std::string, std::pair<std::string, json>>> creates = {
      {"summary", {"relay", with(relay_fields(), "summary", std::string(1001 * 3, 'x'))}},
      {"topic", {"relay", with(relay_fields(), "topic", 7)}},
      {"seen_on", {"relay", with(relay_fields(), "seen_on", "2999-01-01")}},
      {"poster", {"relay", with(relay_fields(), "poster", "@某人")}},
      {"description", {"report", with(report_fields(), "description", "")}},
      {"link", {"report", with(report_fields(), "link", "ftp://example.com")}},
      {"reference", {"report", with(report_fields(), "reference", std::string(101 * 3, 'x'))}},
  };
  for (const auto& [field, call] : creates) {
    HttpResult r = server.call(member, "POST", "/api/v1/records/" + call.first, json{{"fields", call.second}});
    EXPECT_EQ(r.status, 400) << field << ": " << r.body;
    EXPECT_EQ(body(r)["field_errors"][0]["field"], field) << r.body;
  }
  EXPECT_EQ(act(secretary, "relay", id, json{{"verb", "update"}, {"fields", relay_fields()}}).status, 400);
  EXPECT_EQ(act(secretary, "relay", id, json{{"verb", "forward"}, {"fields", "区交通运输局"}}).status, 400);
  EXPECT_EQ(act(secretary, "relay", id, json{{"verb", "return"}}).status, 400);
  EXPECT_EQ(act(auditor, "relay", id, json{{"verb", "return"}, {"reason", "x"}}).status, 403);
  EXPECT_EQ(server.call(admin, "POST", "/api/v1/records/report", json{{"fields", report_fields()}}).status, 403);
  EXPECT_EQ(stored_registers(db()), before);
}

}  // namespace
}  // namespace nc::integration
