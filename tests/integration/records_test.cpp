// The registers over HTTP (issue 10), first kind 网络正能量贡献: a member
// records a contribution; the secretary returns it with a reason; the member
// fixes and resubmits it; the committee member confirms it; 待办 shows each
// step to whom it waits for; the member's 我的记录 shows the record, its
// history and who else read it. Hostile input (fields over their limits,
// wrong types, unknown fields, states and verbs, transitions out of order, by
// the wrong role or out of scope) gets a clear 4xx and changes no stored row.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <zip.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "demo_server.h"
#include "record_fixtures.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

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

json good_fields() {
  return {{"category", "refute"},
          {"platform", "微博"},
          {"link", "https://weibo.com/1234/abcd"},
          {"date", "2026-01-15"},
          {"description", "针对一条歪曲党史的帖子发文澄清"}};
}

class RecordsTest : public ::testing::Test {
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
  std::uint64_t submit(const Session& who, const json& fields = good_fields()) {
    return make_record(server, who, "contribution", fields);
  }
  HttpResult act(const Session& who, std::uint64_t id, const json& request) {
    return server.call(who, "POST", "/api/v1/records/contribution/" + std::to_string(id) + "/transitions", request);
  }

  DemoServer server{"records"};
  Session member, secretary, committee, auditor, dwadmin, admin;
};

TEST_F(RecordsTest, SubmitReturnResubmitConfirmWithTodoAndMyRecords) {
  // The form's kinds: fields, states, and the articles cited through the annotations' topics.
  HttpResult kinds = server.call(member, "GET", "/api/v1/records/kinds");
  ASSERT_EQ(kinds.status, 200) << kinds.body;
  const json kind = body(kinds)["kinds"][0];
  EXPECT_EQ(kind["id"], "contribution");
  EXPECT_EQ(kind["articles"], json({4, 6, 7}));
  EXPECT_EQ(kind["fields"].size(), 5u);

  const std::uint64_t id = submit(member);
  ASSERT_NE(id, 0u);
  const std::string url = "/api/v1/records/contribution/" + std::to_string(id);

  // 待办: the secretary and the committee member have it to confirm; the member nothing; the auditor nothing.
  HttpResult todo = server.call(secretary, "GET", "/api/v1/todo");
  ASSERT_EQ(todo.status, 200) << todo.body;
  ASSERT_EQ(body(todo)["items"].size(), 1u) << todo.body;
  EXPECT_EQ(body(todo)["items"][0]["id"], id);
  EXPECT_EQ(body(todo)["items"][0]["waiting_for"], "branch_secretary");
  EXPECT_FALSE(body(todo)["items"][0]["due"].is_null());
  EXPECT_EQ(body(server.call(committee, "GET", "/api/v1/todo"))["items"].size(), 1u);
  EXPECT_TRUE(body(server.call(member, "GET", "/api/v1/todo"))["items"].empty());
  EXPECT_TRUE(body(server.call(auditor, "GET", "/api/v1/todo"))["items"].empty());

  // Return without a reason: refused, nothing changed.
  const std::string before = stored_registers(db());
  HttpResult no_reason = act(secretary, id, json{{"verb", "return"}});
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_EQ(body(no_reason)["field_errors"][0]["field"], "reason");
  EXPECT_EQ(stored_registers(db()), before);
  HttpResult returned = act(secretary, id, json{{"verb", "return"}, {"reason", "链接打不开，请核对"}, {"version", 1}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(body(returned)["record"]["state"], "returned");
  // The same transition again, with the old version: out of order (409).
  EXPECT_EQ(act(secretary, id, json{{"verb", "return"}, {"reason", "再退"}}).status, 409);

  // Now it waits for the member, not for the branch.
  todo = server.call(member, "GET", "/api/v1/todo");
  ASSERT_EQ(body(todo)["items"].size(), 1u) << todo.body;
  EXPECT_EQ(body(todo)["items"][0]["waiting_for"], "member");
  EXPECT_TRUE(body(server.call(secretary, "GET", "/api/v1/todo"))["items"].empty());

  // The member fixes it: a resubmission carries the whole form; a bad field is named.
  json fixed = good_fields();
  fixed["link"] = "weibo.com/1234";
  HttpResult bad = act(member, id, json{{"verb", "resubmit"}, {"fields", fixed}, {"version", 2}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(body(bad)["field_errors"][0]["field"], "link");
  EXPECT_NE(body(bad)["error"]["message"].get<std::string>().find("「链接」"), std::string::npos);
  fixed["link"] = "https://weibo.com/1234/efgh";
  HttpResult resubmitted = act(member, id, json{{"verb", "resubmit"}, {"fields", fixed}, {"version", 2}});
  ASSERT_EQ(resubmitted.status, 200) << resubmitted.body;
  EXPECT_EQ(body(resubmitted)["record"]["fields"]["link"], "https://weibo.com/1234/efgh");

  // The committee member confirms; a stale version is a conflict and changes nothing.
  EXPECT_EQ(act(committee, id, json{{"verb", "confirm"}, {"version", 2}}).status, 409);
  HttpResult confirmed = act(committee, id, json{{"verb", "confirm"}, {"version", 3}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  const json rec = body(confirmed)["record"];
  EXPECT_EQ(rec["state"], "confirmed");
  EXPECT_EQ(rec["due"], nullptr);
  ASSERT_EQ(rec["history"].size(), 4u);
  EXPECT_EQ(rec["history"][1]["verb"], "return");
  EXPECT_EQ(rec["history"][1]["reason"], "链接打不开，请核对");
  EXPECT_EQ(rec["history"][1]["role"], "branch_secretary");
  EXPECT_EQ(rec["history"][3]["role"], "committee_member");
  EXPECT_TRUE(rec["may"]["verbs"].empty());
  EXPECT_TRUE(body(server.call(committee, "GET", "/api/v1/todo"))["items"].empty());

  // The auditor reads it (audited); the member sees that read, and every step, in 我的记录.
  ASSERT_EQ(server.call(auditor, "GET", url).status, 200);
  HttpResult mine = server.call(member, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  const json* shown = nullptr;
  const json all = body(mine);
  for (const json& x : all["records"]) {
    if (x["kind"] == "contribution" && x["id"] == id) shown = &x;
  }
  ASSERT_NE(shown, nullptr) << mine.body;
  EXPECT_EQ((*shown)["data"]["state"], "confirmed");
  EXPECT_EQ((*shown)["data"]["history"].size(), 4u);
  bool read_by_auditor = false, returned_seen = false;
  for (const json& x : all["reads"]) {
    if (x["action"] == "record.read" && x["actor"].get<std::string>().find("auditor") != std::string::npos) {
      read_by_auditor = true;
    }
    if (x["action"] == "record.return") returned_seen = true;
  }
  EXPECT_TRUE(read_by_auditor) << mine.body;
  EXPECT_TRUE(returned_seen) << mine.body;

  // The whole of 我的记录 as a file carries the record with every step (sheet 登记记录).
  HttpResult copy = server.call(member, "GET", "/api/v1/me/records/export?format=xlsx");
  ASSERT_EQ(copy.status, 200);
  EXPECT_NE(zip_entry(copy.body, "xl/workbook.xml").find("登记记录"), std::string::npos);
  const std::string sheet = zip_entry(copy.body, "xl/worksheets/sheet4.xml");
  EXPECT_NE(sheet.find("链接打不开，请核对"), std::string::npos) << sheet.substr(0, 500);
  EXPECT_NE(sheet.find("https://weibo.com/1234/efgh"), std::string::npos);

  // The member's own list, with their counts (the only page with per-person counts).
  HttpResult own = server.call(member, "GET", "/api/v1/me/registers/contribution");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(body(own)["records"].size(), 1u);
  bool counted = false;
  const json own_counts = body(own)["counts"];
  for (const json& c : own_counts) counted = counted || (c["state"] == "confirmed" && c["count"] == 1);
  EXPECT_TRUE(counted) << own.body;
}

TEST_F(RecordsTest, TheRegisterPagesFiltersCountsAndExportsWithinTheReadersScope) {
  for (int i = 0; i < 5; ++i) {
    json f = good_fields();
    f["date"] = "2026-01-1" + std::to_string(i);
    submit(member, f);
  }
  const std::uint64_t other = submit(committee);  // the committee member's own, in the same branch
  ASSERT_NE(other, 0u);

  // Pages of 2, newest first, with a cursor and the total.
  std::set<std::uint64_t> seen;
  std::string after;
  int pages = 0;
  for (;;) {
    HttpResult r = server.call(secretary, "GET",
                               "/api/v1/records/contribution?org=3&limit=2" + (after.empty() ? "" : "&after=" + after));
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = body(r);
    EXPECT_EQ(page["total"], 6);
    for (const json& x : page["records"]) EXPECT_TRUE(seen.insert(x["id"].get<std::uint64_t>()).second);
    ++pages;
    if (page["next"].is_null()) break;
    after = page["next"];
    ASSERT_LT(pages, 10);
  }
  EXPECT_EQ(seen.size(), 6u);
  EXPECT_EQ(pages, 3);
  // Filters: the record's date, the state.
  HttpResult dated = server.call(secretary, "GET", "/api/v1/records/contribution?from=2026-01-11&to=2026-01-12");
  ASSERT_EQ(dated.status, 200) << dated.body;
  EXPECT_EQ(body(dated)["total"], 2);
  EXPECT_EQ(body(server.call(secretary, "GET", "/api/v1/records/contribution?state=confirmed"))["total"], 0);
  // The committee administrator at the root reads the whole subtree; a member reads no register.
  EXPECT_EQ(body(server.call(dwadmin, "GET", "/api/v1/records/contribution?org=1"))["total"], 6);
  EXPECT_EQ(server.call(member, "GET", "/api/v1/records/contribution").status, 403);
  EXPECT_EQ(server.call(admin, "GET", "/api/v1/records/contribution").status, 403);
  // Another branch's register is outside the secretary's reach.
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/records/contribution?org=4").status, 403);
  // Bad filters.
  for (const char* q : {"?state=deleted", "?from=2026-13-01", "?from=2026-02-01&to=2026-01-01", "?limit=201",
                        "?limit=0", "?after=x", "?subtree=2", "?org=abc", "?org=999999"}) {
    const int status = server.call(secretary, "GET", std::string("/api/v1/records/contribution") + q).status;
    EXPECT_TRUE(status == 400 || status == 404) << q << " → " << status;
  }

  // Counts by kind and state: numbers only.
  HttpResult counts = server.call(dwadmin, "GET", "/api/v1/records/counts?org=1");
  ASSERT_EQ(counts.status, 200) << counts.body;
  std::uint64_t submitted = 0;
  const json count_list = body(counts)["counts"];
  for (const json& c : count_list) {
    if (c["kind"] == "contribution" && c["state"] == "submitted") submitted = c["count"];
  }
  EXPECT_EQ(submitted, 6u);
  EXPECT_EQ(server.call(member, "GET", "/api/v1/records/counts").status, 403);

  // The export: an .xlsx, audited with every exported member as a subject.
  HttpResult xlsx = server.call(secretary, "GET", "/api/v1/records/contribution/export?org=3");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body.substr(0, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(server.call(member, "GET", "/api/v1/records/contribution/export").status, 403);
  // As CSV (streamed a page at a time), with the same filters: the header, then one line per record.
  HttpResult csv = server.call(secretary, "GET", "/api/v1/records/contribution/export?org=3&format=csv&to=2026-01-11");
  ASSERT_EQ(csv.status, 200) << csv.body.substr(0, 200);
  EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF\"编号\",\"姓名\",\"党组织\",\"状态\",\"贡献类别\",\"平台\",\"链接\",\"日期\",\"简要说明\"", 0), 0u)
      << csv.body.substr(0, 200);
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3) << csv.body;  // the header and 2 records
  EXPECT_NE(csv.body.find("批驳错误观点"), std::string::npos);
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/records/contribution/export?format=pdf").status, 400);
  HttpResult mine = server.call(member, "GET", "/api/v1/me/records");
  bool exported = false;
  const json reads = body(mine)["reads"];
  for (const json& x : reads) exported = exported || x["action"] == "record.export";
  EXPECT_TRUE(exported) << mine.body;
}

// The transfer rule: a member who moves to another branch keeps their
// records; the new branch reads them from the transfer on (audited, shown to
// the member), the old branch no longer does; each record's history shows
// the transfer; 待办 and the counts follow the record.
TEST_F(RecordsTest, RecordsFollowAMemberWhoMovesToAnotherBranch) {
  const std::uint64_t id = submit(member);
  ASSERT_NE(id, 0u);
  const std::string url = "/api/v1/records/contribution/" + std::to_string(id);
  ASSERT_EQ(server.call(secretary, "GET", url).status, 200);

  // A secretary of 业务党支部 (ZB003), made by the system administrator.
  HttpResult zb3 = server.call(dwadmin, "GET", "/api/v1/organisations?q=ZB003");
  ASSERT_EQ(zb3.status, 200) << zb3.body;
  std::uint32_t zb3_id = 0;
  const json orgs = body(zb3);
  for (const json& o : orgs["organisations"]) {
    if (o["code"] == "ZB003") zb3_id = o["id"].get<std::uint32_t>();
  }
  ASSERT_NE(zb3_id, 0u) << zb3.body;
  // A secretary is an account linked to a member: one of ZB003's.
  HttpResult zb3_members = server.call(dwadmin, "GET", "/api/v1/members?org=" + std::to_string(zb3_id) + "&limit=1");
  ASSERT_EQ(zb3_members.status, 200) << zb3_members.body;
  const json zb3_member = body(zb3_members)["members"][0]["id"];
  HttpResult made = server.call(admin, "POST", "/api/v1/users",
                                json{{"username", "zb3sec"}, {"password", "zb3-secretary-password"},
                                     {"member_id", zb3_member}});
  ASSERT_EQ(made.status, 201) << made.body;
  HttpResult granted = server.call(
      admin, "POST", "/api/v1/users/" + std::to_string(body(made)["user"]["id"].get<int>()) + "/roles",
      json{{"current_password", server.password("admin")},
           {"roles", json::array({{{"role", "branch_secretary"}, {"org", zb3_id}}})}});
  ASSERT_EQ(granted.status, 200) << granted.body;
  Session new_secretary = server.login("zb3sec", "zb3-secretary-password");
  EXPECT_EQ(server.call(new_secretary, "GET", url).status, 404) << "not theirs before the move";
  EXPECT_TRUE(body(server.call(new_secretary, "GET", "/api/v1/todo"))["items"].empty());

  // The move: the roster import puts the member (member 7) in ZB003.
  HttpResult who = server.call(dwadmin, "GET", "/api/v1/members/7");
  ASSERT_EQ(who.status, 200) << who.body;
  const json m = body(who)["member"];
  const std::string file = "姓名,党员编号,组织编码\n" + m["name"].get<std::string>() + "," +
                           m["number"].get<std::string>() + ",ZB003\n";
  HttpResult moved = server.call(dwadmin, "POST", "/api/v1/import/roster", file);
  ASSERT_EQ(moved.status, 200) << moved.body;
  ASSERT_EQ(body(server.call(dwadmin, "GET", "/api/v1/members/7"))["member"]["org"]["id"], zb3_id);

  // The old branch: the record is no longer theirs to read, list, count or do.
  EXPECT_EQ(server.call(secretary, "GET", url).status, 404);
  HttpResult old_list = server.call(secretary, "GET", "/api/v1/records/contribution");
  ASSERT_EQ(old_list.status, 200) << old_list.body;
  EXPECT_TRUE(body(old_list)["records"].empty()) << old_list.body;
  EXPECT_TRUE(body(server.call(secretary, "GET", "/api/v1/todo"))["items"].empty());
  EXPECT_EQ(act(secretary, id, json{{"verb", "confirm"}}).status, 404);

  // The new branch reads it (audited), with the transfer as the last step of its history.
  HttpResult read = server.call(new_secretary, "GET", url);
  ASSERT_EQ(read.status, 200) << read.body;
  const json rec = body(read)["record"];
  EXPECT_EQ(rec["org"]["id"], zb3_id);
  EXPECT_EQ(rec["state"], "submitted");
  ASSERT_EQ(rec["history"].size(), 2u) << read.body;
  EXPECT_EQ(rec["history"][1]["verb"], "transfer");
  EXPECT_EQ(rec["history"][1]["verb_name"], "组织关系转接");
  EXPECT_EQ(rec["history"][1]["from"], "submitted");
  EXPECT_NE(rec["history"][1]["reason"].get<std::string>().find("机关第一党支部"), std::string::npos) << read.body;
  EXPECT_NE(rec["history"][1]["reason"].get<std::string>().find("业务党支部"), std::string::npos) << read.body;
  HttpResult todo = server.call(new_secretary, "GET", "/api/v1/todo");
  ASSERT_EQ(body(todo)["items"].size(), 1u) << todo.body;
  EXPECT_EQ(body(todo)["items"][0]["id"], id);
  HttpResult counts = server.call(new_secretary, "GET", "/api/v1/records/counts");
  ASSERT_EQ(counts.status, 200) << counts.body;
  bool counted = false;
  const json count_list = body(counts);
  for (const json& c : count_list["counts"]) counted = counted || (c["state"] == "submitted" && c["count"] == 1);
  EXPECT_TRUE(counted) << counts.body;
  // The new secretary confirms it, from the version the transfer left.
  HttpResult confirmed = act(new_secretary, id, json{{"verb", "confirm"}, {"version", rec["version"]}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;

  // 我的记录: the member sees the transfer step and the new secretary's read.
  HttpResult mine = server.call(member, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  const json all = body(mine);
  bool transfer_shown = false, read_shown = false;
  for (const json& x : all["records"]) {
    if (x["kind"] != "contribution" || x["id"] != id) continue;
    for (const json& h : x["data"]["history"]) transfer_shown = transfer_shown || h["verb_name"] == "组织关系转接";
  }
  for (const json& x : all["reads"]) {
    read_shown = read_shown || (x["action"] == "record.read" &&
                                x["actor"].get<std::string>().find("zb3sec") != std::string::npos);
  }
  EXPECT_TRUE(transfer_shown) << mine.body;
  EXPECT_TRUE(read_shown) << mine.body;
}

TEST_F(RecordsTest, TheMemberWithdrawsAndAWithdrawnRecordTakesNoFurtherStep) {
  const std::uint64_t id = submit(member);
  ASSERT_NE(id, 0u);
  HttpResult detail = server.call(member, "GET", "/api/v1/records/contribution/" + std::to_string(id));
  ASSERT_EQ(detail.status, 200);
  const json verbs = body(detail)["record"]["may"]["verbs"];
  ASSERT_EQ(verbs.size(), 1u) << detail.body;
  EXPECT_EQ(verbs[0]["verb"], "withdraw");
  HttpResult withdrawn = act(member, id, json{{"verb", "withdraw"}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(body(withdrawn)["record"]["state"], "withdrawn");
  EXPECT_EQ(body(withdrawn)["record"]["due"], nullptr);
  EXPECT_EQ(act(secretary, id, json{{"verb", "confirm"}}).status, 409);
  EXPECT_EQ(act(member, id, json{{"verb", "withdraw"}}).status, 409);
  EXPECT_TRUE(body(server.call(secretary, "GET", "/api/v1/todo"))["items"].empty());
}

TEST_F(RecordsTest, HostileInputIsRefusedClearlyAndChangesNothing) {
  const std::uint64_t id = submit(member);
  ASSERT_NE(id, 0u);
  const std::string before = stored_registers(db());
  auto fields_with = [](const char* name, const json& value) {
    json f = good_fields();
    f[name] = value;
    return f;
  };
  std::string long_platform;
  for (int i = 0; i < 51; ++i) long_platform += "台";
  struct Bad {
    std::string what;
    std::string request;
    std::string field;  // the field the error names ("" when none)
  };
  const std::vector<Bad> creates = {
      {"platform over its limit", json{{"fields", fields_with("platform", long_platform)}}.dump(), "platform"},
      {"description over its limit", json{{"fields", fields_with("description", std::string(201, 'a'))}}.dump(),
       "description"},
      {"link over its limit", json{{"fields", fields_with("link", "https://a.cn/" + std::string(1000, 'a'))}}.dump(),
       "link"},
      {"a number for the platform", json{{"fields", fields_with("platform", 5)}}.dump(), "platform"},
      {"an object for the date", json{{"fields", fields_with("date", json::object())}}.dump(), "date"},
      {"an unknown category", json{{"fields", fields_with("category", "points")}}.dump(), "category"},
      {"a date in the future", json{{"fields", fields_with("date", "2999-01-01")}}.dump(), "date"},
      {"an unknown field", json{{"fields", fields_with("score", "100")}}.dump(), "score"},
      {"fields not an object", json{{"fields", json::array()}}.dump(), ""},
      {"no fields", json::object().dump(), ""},
  };
  for (const Bad& b : creates) {
    HttpResult r = server.call(member, "POST", "/api/v1/records/contribution", b.request);
    EXPECT_EQ(r.status, 400) << b.what << ": " << r.body;
    const json e = body(r);
    ASSERT_TRUE(e.contains("field_errors")) << b.what << ": " << r.body;
    EXPECT_EQ(e["field_errors"][0]["field"], b.field) << b.what;
    EXPECT_FALSE(e["error"]["message"].get<std::string>().empty());
  }
  EXPECT_EQ(server.call(member, "POST", "/api/v1/records/contribution", std::string("[1]")).status, 400);
  EXPECT_EQ(server.call(member, "POST", "/api/v1/records/contribution", std::string("{bad")).status, 400);
  EXPECT_EQ(server.call(member, "POST", "/api/v1/records/nothing", json{{"fields", good_fields()}}).status, 404);
  // Nobody records for someone else, nor without a member.
  EXPECT_EQ(server.call(admin, "POST", "/api/v1/records/contribution", json{{"fields", good_fields()}}).status, 403);
  EXPECT_EQ(server.call(dwadmin, "POST", "/api/v1/records/contribution", json{{"fields", good_fields()}}).status, 403);

  const std::vector<std::pair<std::string, std::pair<const Session*, json>>> transitions = {
      {"an unknown verb", {&secretary, json{{"verb", "delete"}}}},
      {"a verb not a string", {&secretary, json{{"verb", 3}}}},
      {"no verb", {&secretary, json::object()}},
      {"a verb the kind does not use", {&secretary, json{{"verb", "approve"}}}},
      {"out of order: resubmit what was not returned", {&member, json{{"verb", "resubmit"}, {"fields", good_fields()}}}},
      {"wrong role: the member confirms", {&member, json{{"verb", "confirm"}}}},
      {"wrong role: the secretary withdraws", {&secretary, json{{"verb", "withdraw"}}}},
      {"read-only role: the auditor confirms", {&auditor, json{{"verb", "confirm"}}}},
      {"read-only role: the committee administrator returns", {&dwadmin, json{{"verb", "return"}, {"reason", "x"}}}},
      {"out of scope: the system administrator", {&admin, json{{"verb", "confirm"}}}},
      {"a reason not a string", {&secretary, json{{"verb", "return"}, {"reason", json::array()}}}},
      {"a reason over its limit", {&secretary, json{{"verb", "return"}, {"reason", std::string(501 * 3, 'x')}}}},
      {"fields on a confirmation", {&secretary, json{{"verb", "confirm"}, {"fields", good_fields()}}}},
      {"a version not a number", {&secretary, json{{"verb", "confirm"}, {"version", "1"}}}},
  };
  for (const auto& [what, call] : transitions) {
    HttpResult r = act(*call.first, id, call.second);
    EXPECT_GE(r.status, 400) << what << ": " << r.body;
    EXPECT_LT(r.status, 500) << what << ": " << r.body;
    EXPECT_TRUE(body(r).contains("error")) << what;
  }
  // Out of scope reads tell nothing: the system administrator and an unknown id get 404.
  EXPECT_EQ(server.call(admin, "GET", "/api/v1/records/contribution/" + std::to_string(id)).status, 404);
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/records/contribution/99999").status, 404);
  EXPECT_EQ(server.call(secretary, "GET", "/api/v1/records/contribution/abc").status, 404);
  EXPECT_EQ(act(secretary, 99999, json{{"verb", "confirm"}}).status, 404);
  EXPECT_EQ(stored_registers(db()), before) << "a refused request changed the registers or wrote an entry";
  EXPECT_EQ(server.stop_and_report(), "");
}

}  // namespace
}  // namespace nc::integration
