// A 党委's approvers over HTTP (issue 10): its committee administrator lists
// them, finds a member of the 党委's subtree who has an account, names them
// approver and takes the grant back — each change re-authenticated, written
// only on the grants read, audited — and the list is audited as a read of
// the approvers' records. Against `serve --demo`: DW001 (id 1) is the 党委,
// dwadmin its committee administrator.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "demo_server.h"
#include "record_fixtures.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

class ApproversTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new DemoServer("approvers"); }
  static void TearDownTestSuite() {
    if (server_->started()) {
      EXPECT_EQ(server_->stop_and_report(), "");
    }
    delete server_;
  }
  void SetUp() override { ASSERT_TRUE(server_->started()) << server_->process().stderr_text(); }
  static std::filesystem::path db() { return server_->data_dir() / "netconduct.db"; }
  static DemoServer* server_;
};
DemoServer* ApproversTest::server_ = nullptr;

TEST_F(ApproversTest, TheCommitteeAdministratorFindsNamesListsAndRemovesAnApprover) {
  const Session dwadmin = server_->login("dwadmin");
  const Session member = server_->login("member");
  const Session auditor = server_->login("auditor");
  ASSERT_EQ(dwadmin.status, 200);
  const std::string password = server_->password("dwadmin");
  const json me = body(server_->call(member, "GET", "/api/v1/session"))["user"];
  ASSERT_TRUE(me["member"].is_object()) << me;
  const int member_id = me["member"]["id"].get<int>();
  const int user_id = me["id"].get<int>();
  const std::string name = me["member"]["name"].get<std::string>();

  // The member search says who can sign in (the UI offers only those).
  HttpResult found = server_->call(dwadmin, "GET", "/api/v1/members/search?q=" + name + "&org=1");
  ASSERT_EQ(found.status, 200) << found.body;
  int branch = 0;
  bool seen = false;
  const json members = body(found)["members"];
  for (const json& m : members) {
    if (m["id"] != member_id) continue;
    seen = true;
    EXPECT_EQ(m["has_account"], true) << m;
    branch = m["org"]["id"].get<int>();
  }
  ASSERT_TRUE(seen) << found.body;

  const std::string list = "/api/v1/organisations/1/approvers";
  HttpResult empty = server_->call(dwadmin, "GET", list);
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(body(empty)["approvers"].empty());

  // The account's grants as stored ("role|org|" lines; 6 is the approver) and the role.grant entries.
  auto grants = [&] {
    return stored_rows(db(), {("SELECT role, org_id FROM role_grants WHERE user_id = " + std::to_string(user_id) +
                               " ORDER BY role, org_id")
                                  .c_str()});
  };
  auto entries = [&] { return stored_rows(db(), {"SELECT count(*) FROM audit_log WHERE action = 'role.grant'"}); };
  const std::string before = grants();
  ASSERT_EQ(before.find("6|1|"), std::string::npos) << before;
  std::string expected = before;
  auto refused = [&](const Session& who, const std::string& path, const json& request, int status) {
    const std::string logged = entries();
    HttpResult r = server_->call(who, "POST", path, request);
    EXPECT_EQ(r.status, status) << path << " " << request.dump() << " → " << r.body;
    EXPECT_EQ(grants(), expected) << "a refused change stores nothing";
    EXPECT_EQ(entries(), logged);
    return r;
  };
  // Refused, nothing stored: a wrong password, no password, not a 党委, someone who does not
  // administer it, the administrator's own account, a member without an account, hostile input.
  refused(dwadmin, list, json{{"member", member_id}, {"current_password", "wrong-password-x"}}, 403);
  refused(dwadmin, list, json{{"member", member_id}}, 403);
  HttpResult not_committee = refused(dwadmin, "/api/v1/organisations/" + std::to_string(branch) + "/approvers",
                                     json{{"member", member_id}, {"current_password", password}}, 400);
  EXPECT_NE(not_committee.body.find("党委"), std::string::npos) << not_committee.body;
  refused(auditor, list, json{{"member", member_id}, {"current_password", server_->password("auditor")}}, 403);
  refused(member, list, json{{"member", member_id}, {"current_password", server_->password("member")}}, 403);
  const json dw = body(server_->call(dwadmin, "GET", "/api/v1/session"))["user"];
  if (dw["member"].is_object()) {
    refused(dwadmin, list, json{{"member", dw["member"]["id"]}, {"current_password", password}}, 403);
  }
  refused(dwadmin, list, json{{"member", "7"}, {"current_password", password}}, 400);
  refused(dwadmin, list, json{{"member", 99999999}, {"current_password", password}}, 400);
  refused(dwadmin, "/api/v1/organisations/99999/approvers", json{{"member", member_id}, {"current_password", password}},
          404);
  EXPECT_EQ(server_->call(auditor, "GET", list).status, 403);
  EXPECT_EQ(server_->call(member, "GET", list).status, 403);

  // Named: every other grant of the account kept, audited as the administrator's role.grant.
  HttpResult named = server_->call(dwadmin, "POST", list, json{{"member", member_id}, {"current_password", password}});
  ASSERT_EQ(named.status, 200) << named.body;
  EXPECT_EQ(body(named)["approver"]["user"], user_id);
  const std::string after = grants();
  EXPECT_EQ(after, before + "6|1|\n") << "the approver grant added, every other grant kept";
  expected = after;
  // Named twice: 409, nothing changes.
  HttpResult again = server_->call(dwadmin, "POST", list, json{{"member", member_id}, {"current_password", password}});
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(grants(), after);

  // Listed with name, account and since; the read is audited, the approver its subject.
  HttpResult listed = server_->call(dwadmin, "GET", list);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const json approvers = body(listed)["approvers"];
  ASSERT_EQ(approvers.size(), 1u) << listed.body;
  EXPECT_EQ(approvers[0]["user"], user_id);
  EXPECT_EQ(approvers[0]["member"]["name"], name);
  EXPECT_TRUE(approvers[0]["since"].is_string()) << listed.body;
  EXPECT_TRUE(approvers[0]["username"].is_string());
  const std::string reads = stored_rows(
      db(), {"SELECT a.action, s.member_id FROM audit_log a JOIN audit_subjects s ON s.seq = a.seq"
             " WHERE a.action = 'approver.list'"});
  EXPECT_NE(reads.find("approver.list|" + std::to_string(member_id) + "|"), std::string::npos) << reads;
  // The approver sees the read in 我的记录.
  HttpResult mine = server_->call(member, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200);
  EXPECT_NE(mine.body.find("approver.list"), std::string::npos) << mine.body.substr(0, 800);

  // Removed: the other grants stay as they were; removing again is 404.
  const std::string remove = list + "/" + std::to_string(user_id) + "/remove";
  refused(dwadmin, remove, json{{"current_password", "wrong-password-x"}}, 403);
  refused(auditor, remove, json{{"current_password", server_->password("auditor")}}, 403);
  HttpResult removed = server_->call(dwadmin, "POST", remove, json{{"current_password", password}});
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(grants(), before) << "the other grants as they were";
  EXPECT_EQ(server_->call(dwadmin, "POST", remove, json{{"current_password", password}}).status, 404);
  EXPECT_TRUE(body(server_->call(dwadmin, "GET", list))["approvers"].empty());
}

}  // namespace
}  // namespace nc::integration
