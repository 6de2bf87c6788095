// 组织发布审核 over HTTP (issue 10): the member drafts a post for the
// organisation's account; the self-check runs on the draft and its findings
// are kept with the review, read by the author, the reviewers and the
// approver and not by the auditor; the secretary returns it with a reason,
// the member fixes and resubmits it (checked again), the committee member
// passes it, the committee administrator finds it in 待办 and approves it,
// the member records the link (and only the link). A second draft is
// rejected. A statement the member adds is shown to those who read the
// review. Hostile input changes nothing.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "demo_server.h"
#include "record_fixtures.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

// A draft (the risky text below carries a secret marking).
json draft(const std::string& title, const std::string& text) {
  return {{"title", title},
          {"text", text},
          {"account", "某某党委微信公众号"},
          {"platform", "微信公众号"},
          {"planned_date", "2026-12-20"}};
}

const std::string kRisky = "本次活动联系人张三，身份证号110101199003077777。\n附件：机密★1年 会议纪要。";

// The findings of the field named `label` in the last kept check of a record.
json last_findings(const json& record, const std::string& label) {
  if (!record["checks"].is_array() || record["checks"].empty()) return nullptr;
  for (const json& f : record["checks"].back()["report"]["files"]) {
    if (f["path"] == label) return f["findings"];
  }
  return nullptr;
}

class PostReviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    member = server.login("member");
    secretary = server.login("secretary");
    committee = server.login("committee");
    auditor = server.login("auditor");
    dwadmin = server.login("dwadmin");
  }
  std::filesystem::path db() const { return server.data_dir() / "netconduct.db"; }
  std::string url(std::uint64_t id) const { return "/api/v1/records/post_review/" + std::to_string(id); }
  HttpResult act(const Session& who, std::uint64_t id, const json& request) {
    return server.call(who, "POST", url(id) + "/transitions", request);
  }
  std::uint64_t submit(const json& fields) { return make_record(server, member, "post_review", fields); }
  // The review's rows: records, steps and kept checks.
  std::string stored() const {
    return stored_rows(db(), {"SELECT * FROM workflow_records ORDER BY id", "SELECT * FROM workflow_steps ORDER BY rowid",
                              "SELECT * FROM workflow_checks ORDER BY record_id, step"});
  }
  bool in_todo(const Session& who, std::uint64_t id, json* item = nullptr) {
    HttpResult t = server.call(who, "GET", "/api/v1/todo");
    EXPECT_EQ(t.status, 200) << t.body;
    const json todo = body(t);
    for (const json& i : todo["items"]) {
      if (i["kind"] == "post_review" && i["id"] == id) {
        if (item) *item = i;
        return true;
      }
    }
    return false;
  }

  DemoServer server{"post-review"};
  Session member, secretary, committee, auditor, dwadmin;
};

TEST_F(PostReviewTest, DraftCheckedReturnedFixedPassedApprovedAndPublishedWithItsLink) {
  HttpResult kinds = server.call(member, "GET", "/api/v1/records/kinds");
  ASSERT_EQ(kinds.status, 200);
  json kind;
  const json all_kinds = body(kinds);
  for (const json& k : all_kinds["kinds"]) {
    if (k["id"] == "post_review") kind = k;
  }
  ASSERT_FALSE(kind.is_null()) << kinds.body;
  EXPECT_EQ(kind["title"], "组织发布审核");
  EXPECT_EQ(kind["articles"], json({14, 19}));

  const std::uint64_t id = submit(draft("社区志愿服务活动回顾", kRisky));
  ASSERT_NE(id, 0u);

  // The check ran on the draft and is kept with the review: the author reads it.
  HttpResult mine = server.call(member, "GET", url(id));
  ASSERT_EQ(mine.status, 200) << mine.body;
  const json rec = body(mine)["record"];
  EXPECT_EQ(rec["state"], "reviewing");
  ASSERT_TRUE(rec["checks"].is_array()) << mine.body;
  ASSERT_EQ(rec["checks"].size(), 1u);
  EXPECT_EQ(rec["checks"][0]["step"], 1);
  const json found = last_findings(rec, "正文");
  ASSERT_TRUE(found.is_array()) << rec["checks"].dump();
  std::set<std::string> detectors;
  for (const json& f : found) detectors.insert(f["detector"].get<std::string>());
  EXPECT_TRUE(std::any_of(detectors.begin(), detectors.end(),
                          [](const std::string& d) { return d.rfind("secret.", 0) == 0; }))
      << found.dump();
  EXPECT_TRUE(last_findings(rec, "标题").empty()) << rec["checks"].dump();

  // Reviewers and the approver read the findings; the auditor reads the review but not them.
  EXPECT_TRUE(body(server.call(secretary, "GET", url(id)))["record"]["checks"].is_array());
  EXPECT_TRUE(body(server.call(dwadmin, "GET", url(id)))["record"]["checks"].is_array());
  HttpResult audited = server.call(auditor, "GET", url(id));
  ASSERT_EQ(audited.status, 200) << audited.body;
  EXPECT_TRUE(body(audited)["record"]["checks"].is_null()) << audited.body;
  EXPECT_EQ(audited.body.find("secret.classification_mark"), std::string::npos) << "the auditor reads the text, not the findings";

  // 待办: the branch reviews it; the approver does not see it yet.
  EXPECT_TRUE(in_todo(secretary, id));
  EXPECT_TRUE(in_todo(committee, id));
  EXPECT_FALSE(in_todo(dwadmin, id));

  // The secretary returns it; the member fixes it and resubmits: checked again, now clean.
  EXPECT_EQ(act(secretary, id, json{{"verb", "return"}}).status, 400);
  ASSERT_EQ(act(secretary, id, json{{"verb", "return"}, {"reason", "请删去身份证号和密级内容"}}).status, 200);
  HttpResult fixed = act(member, id,
                         json{{"verb", "resubmit"},
                              {"fields", draft("社区志愿服务活动回顾", "本次活动由社区党支部组织，30 名党员参加。")}});
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  const json after_fix = body(fixed)["record"];
  EXPECT_EQ(after_fix["state"], "reviewing");
  ASSERT_EQ(after_fix["checks"].size(), 2u);
  EXPECT_EQ(after_fix["checks"][1]["step"], 3);
  EXPECT_TRUE(last_findings(after_fix, "正文").empty()) << after_fix["checks"].dump();

  // The committee member passes it; now it waits for the approver.
  ASSERT_EQ(act(committee, id, json{{"verb", "confirm"}}).status, 200);
  json item;
  ASSERT_TRUE(in_todo(dwadmin, id, &item));
  EXPECT_EQ(item["waiting_for"], "committee_admin");
  EXPECT_EQ(item["escalated"], false);
  EXPECT_FALSE(item["due"].is_null());
  EXPECT_FALSE(in_todo(secretary, id));
  // Only the approver approves.
  EXPECT_EQ(act(secretary, id, json{{"verb", "approve"}}).status, 403);
  EXPECT_EQ(act(auditor, id, json{{"verb", "approve"}}).status, 403);
  ASSERT_EQ(act(dwadmin, id, json{{"verb", "approve"}}).status, 200);
  EXPECT_TRUE(in_todo(member, id));

  // Publication: the link only; the approved text cannot change on the way.
  const std::string before = stored();
  HttpResult no_link = act(member, id, json{{"verb", "close"}, {"fields", json::object()}});
  EXPECT_EQ(no_link.status, 400) << no_link.body;
  EXPECT_EQ(body(no_link)["field_errors"][0]["field"], "link");
  HttpResult sneaky = act(member, id,
                          json{{"verb", "close"},
                               {"fields", {{"link", "https://mp.weixin.qq.com/s/ok"}, {"text", "批准后改过的正文"}}}});
  EXPECT_EQ(sneaky.status, 400) << sneaky.body;
  EXPECT_EQ(body(sneaky)["field_errors"][0]["field"], "text");
  HttpResult bad_link = act(member, id, json{{"verb", "close"}, {"fields", {{"link", "mp.weixin.qq.com"}}}});
  EXPECT_EQ(bad_link.status, 400) << bad_link.body;
  EXPECT_EQ(stored(), before);
  HttpResult published =
      act(member, id, json{{"verb", "close"}, {"fields", {{"link", "https://mp.weixin.qq.com/s/ok"}}}});
  ASSERT_EQ(published.status, 200) << published.body;
  const json done = body(published)["record"];
  EXPECT_EQ(done["state"], "published");
  EXPECT_EQ(done["fields"]["link"], "https://mp.weixin.qq.com/s/ok");
  EXPECT_EQ(done["fields"]["text"], "本次活动由社区党支部组织，30 名党员参加。");
  ASSERT_EQ(done["history"].size(), 6u);
  const std::vector<std::string> roles = {"member", "branch_secretary", "member", "committee_member",
                                          "committee_admin", "member"};
  for (std::size_t i = 0; i < roles.size(); ++i) {
    EXPECT_EQ(done["history"][i]["role"], roles[i]) << i;
    EXPECT_FALSE(done["history"][i]["time"].get<std::string>().empty());
    EXPECT_FALSE(done["history"][i]["actor"]["name"].get<std::string>().empty());
  }
  EXPECT_TRUE(done["may"]["verbs"].empty());
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST_F(PostReviewTest, TheApproverRejectsWithAReasonAndAStatementIsShownToReaders) {
  const std::uint64_t id = submit(draft("年终总结", "今年完成了各项工作。"));
  ASSERT_NE(id, 0u);
  ASSERT_EQ(act(secretary, id, json{{"verb", "confirm"}}).status, 200);
  const std::string before = stored();
  HttpResult no_reason = act(dwadmin, id, json{{"verb", "reject"}});
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_EQ(body(no_reason)["field_errors"][0]["field"], "reason");
  EXPECT_EQ(act(member, id, json{{"verb", "close"}, {"fields", {{"link", "https://x.cn/a"}}}}).status, 409);
  EXPECT_EQ(stored(), before);
  HttpResult rejected = act(dwadmin, id, json{{"verb", "reject"}, {"reason", "内容与本账号定位不符"}});
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(body(rejected)["record"]["state"], "rejected");
  EXPECT_EQ(body(rejected)["record"]["history"].back()["reason"], "内容与本账号定位不符");
  EXPECT_FALSE(in_todo(dwadmin, id));
  EXPECT_FALSE(in_todo(member, id));

  // The member answers on the record; whoever reads the review sees the statement.
  HttpResult said = server.call(member, "POST", "/api/v1/me/records/post_review/" + std::to_string(id) + "/statements",
                                json{{"text", "已按意见另行撰稿"}});
  ASSERT_EQ(said.status, 201) << said.body;
  for (const Session* who : {&secretary, &dwadmin, &auditor}) {
    HttpResult r = server.call(*who, "GET", url(id));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.body.find("已按意见另行撰稿"), std::string::npos) << who->username;
  }
  // Someone else may not add a statement about the member's record.
  EXPECT_EQ(server.call(secretary, "POST", "/api/v1/me/records/post_review/" + std::to_string(id) + "/statements",
                        json{{"text", "代写"}})
                .status,
            403);
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST_F(PostReviewTest, HostileDraftsAreRefusedNamingTheFieldAndNothingIsStored) {
  const std::string before = stored();
  const std::string long_text(20001, 'x');
  HttpResult too_long = server.call(member, "POST", "/api/v1/records/post_review",
                                    json{{"fields", draft("标题", long_text)}});
  EXPECT_EQ(too_long.status, 400) << too_long.body.substr(0, 300);
  EXPECT_EQ(body(too_long)["field_errors"][0]["field"], "text");
  EXPECT_NE(body(too_long)["field_errors"][0]["message"].get<std::string>().find("「正文」不能超过 20000 个字"),
            std::string::npos);
  json wrong = draft("标题", "正文");
  wrong["planned_date"] = 20261220;
  wrong["unknown"] = "x";
  HttpResult typed = server.call(member, "POST", "/api/v1/records/post_review", json{{"fields", wrong}});
  EXPECT_EQ(typed.status, 400) << typed.body;
  EXPECT_EQ(body(typed)["field_errors"].size(), 2u) << typed.body;
  // Nobody submits a draft through a role for someone else: the fields are theirs, the subject is the caller.
  HttpResult unlinked = server.call(server.login("admin"), "POST", "/api/v1/records/post_review",
                                    json{{"fields", draft("标题", "正文")}});
  EXPECT_EQ(unlinked.status, 403) << unlinked.body;
  EXPECT_EQ(stored(), before);
  EXPECT_EQ(server.stop_and_report(), "");
}

// Escalation over HTTP: an approval not given by its due date waits, flagged,
// in the 待办 of the committee above the managing one — not before. The
// server's clock is moved on through its test clock file. The demo's 机关党总支
// becomes a 党委 (so the branch's managing committee is it, with no
// administrator of its own), and the root 党委's administrator (dwadmin) is
// the committee above.
TEST(PostReviewEscalation, AnApprovalPastItsDueShowsInTheTodoOfTheCommitteeAboveNotBefore) {
  const std::filesystem::path clock =
      std::filesystem::temp_directory_path() / ("nc-it-escalation-clock-" + std::to_string(::getpid()));
  std::ofstream(clock) << 0;
  DemoServer server("post-review-escalation", {"--test-clock-file", clock.string()});
  ASSERT_TRUE(server.started()) << server.process().stderr_text();
  Session admin = server.login("admin");
  // The 党总支 above the member's branch (org 2 in the demo) becomes a 党委.
  HttpResult general = server.call(admin, "GET", "/api/v1/organisations/2");
  ASSERT_EQ(general.status, 200) << general.body;
  ASSERT_EQ(body(general)["organisation"]["name"], "机关党总支") << general.body;
  HttpResult retyped = server.call(server.login("dwadmin"), "PATCH", "/api/v1/organisations/2", json{{"type", "committee"}});
  ASSERT_EQ(retyped.status, 200) << retyped.body;

  HttpResult made = server.call(server.login("member"), "POST", "/api/v1/records/post_review",
                                json{{"fields", draft("支部活动通知", "本周五下午三点在会议室开展主题党日活动。")}});
  ASSERT_EQ(made.status, 201) << made.body;
  const std::uint64_t id = body(made)["record"]["id"].get<std::uint64_t>();
  const std::string transitions = "/api/v1/records/post_review/" + std::to_string(id) + "/transitions";
  HttpResult passed = server.call(server.login("committee"), "POST", transitions, json{{"verb", "confirm"}});
  ASSERT_EQ(passed.status, 200) << passed.body;
  ASSERT_EQ(body(passed)["record"]["state"], "approving");
  const std::string due = body(passed)["record"]["due"].get<std::string>();

  // The 待办 item of `who` for the record, or null.
  auto item = [&](const std::string& who) {
    HttpResult t = server.call(server.login(who), "GET", "/api/v1/todo");
    EXPECT_EQ(t.status, 200) << t.body;
    const json todo = body(t);
    for (const json& i : todo["items"]) {
      if (i["kind"] == "post_review" && i["id"] == id) return std::make_pair(i, todo["today"]);
    }
    return std::make_pair(json(nullptr), todo["today"]);
  };
  // Up to its due date (three days on, the due day itself included) it does
  // not wait for the committee above.
  for (int days : {0, 3}) {
    std::ofstream(clock) << days * 86400;
    auto [above, today] = item("dwadmin");
    EXPECT_TRUE(above.is_null()) << "day +" << days << " (today " << today << ", due " << due << "): " << above.dump();
    EXPECT_LE(today.get<std::string>(), due);
  }
  // The day after its due date it does, flagged as escalated.
  std::ofstream(clock) << 4 * 86400;
  auto [above, today] = item("dwadmin");
  EXPECT_GT(today.get<std::string>(), due);
  ASSERT_FALSE(above.is_null()) << "today " << today << ", due " << due;
  EXPECT_EQ(above["escalated"], true);
  EXPECT_EQ(above["overdue"], true);
  EXPECT_EQ(above["waiting_for"], "committee_admin");
  EXPECT_NE(above["waiting_for_name"].get<std::string>().find("逾期上报"), std::string::npos);
  // The branch's reviewers are done with it: it is not in their 待办.
  EXPECT_TRUE(item("committee").first.is_null());
  EXPECT_EQ(server.stop_and_report(), "");
  std::filesystem::remove(clock);
}

}  // namespace
}  // namespace nc::integration
