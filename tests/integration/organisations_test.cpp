// The organisation tree over HTTP against the real binary: create under an
// organisation one administers, rename / recode / retype, move, merge (members
// move along), dissolve, with history and audit entries; and the account
// controls: disable / enable, (un)link a member, and a member transferred out
// losing their member role while keeping their own records.
//
// Demo tree: DW001 示范单位党委 (1) > ZZ001 机关党总支 (2) > ZB001 (3), ZB002 (4);
// DW001 > ZB003 业务党支部 (5). dwadmin administers DW001; secretary ZB001.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "demo_server.h"

namespace nc::integration {
namespace {

using json = nlohmann::json;

class Organisations : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new DemoServer("orgs"); }
  static void TearDownTestSuite() {
    EXPECT_EQ(server_->stop_and_report(), "");
    delete server_;
  }
  void SetUp() override { ASSERT_TRUE(server_->started()) << server_->process().stderr_text(); }

  static DemoServer& srv() { return *server_; }
  static json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

  // Creates an organisation as `who`; returns its id (0 on failure).
  static int create(const Session& who, int parent, const std::string& code, const std::string& type = "branch") {
    HttpResult r = srv().call(who, "POST", "/api/v1/organisations",
                              json{{"parent", parent}, {"code", code}, {"name", "组织" + code}, {"type", type}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? body(r)["organisation"]["id"].get<int>() : 0;
  }
  static json detail(const Session& who, int id) {
    HttpResult r = srv().call(who, "GET", "/api/v1/organisations/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return body(r);
  }
  static std::vector<std::string> audit_actions(const std::string& action) {
    Session auditor = srv().login("auditor");
    HttpResult r = srv().call(auditor, "GET", "/api/v1/audit?limit=200&action=" + action);
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> targets;
    const json answer = body(r);
    for (const auto& e : answer["entries"]) targets.push_back(e["target"].get<std::string>() + " " + e["detail"].get<std::string>());
    return targets;
  }

  static DemoServer* server_;
};
DemoServer* Organisations::server_ = nullptr;

TEST_F(Organisations, AnAdministratorCreatesBelowTheirOrganisationAndTheAnswerIsAudited) {
  Session admin = srv().login("dwadmin");
  const int id = create(admin, 2, "T-NEW1");
  ASSERT_GT(id, 0);
  json d = detail(admin, id);
  EXPECT_EQ(d["organisation"]["code"], "T-NEW1");
  EXPECT_EQ(d["organisation"]["parent"], 2);
  EXPECT_EQ(d["organisation"]["type_name"], "党支部");
  ASSERT_EQ(d["events"].size(), 1u);
  EXPECT_EQ(d["events"][0]["kind"], "created");
  EXPECT_EQ(d["events"][0]["to"]["id"], 2);
  // The list finds it at once.
  HttpResult found = srv().call(admin, "GET", "/api/v1/organisations?q=T-NEW1");
  EXPECT_NE(found.body.find("T-NEW1"), std::string::npos) << found.body;
  const auto created = audit_actions("org.create");
  bool audited = false;
  for (const auto& t : created) audited |= t.find("org:" + std::to_string(id)) == 0 && t.find("code=T-NEW1") != std::string::npos;
  EXPECT_TRUE(audited) << "an org.create entry for the new organisation";
}

TEST_F(Organisations, CreatingIsRefusedOutsideTheScopeUnderABranchAndWithBadInput) {
  Session secretary = srv().login("secretary");
  HttpResult r = srv().call(secretary, "POST", "/api/v1/organisations",
                            json{{"parent", 3}, {"code", "T-X"}, {"name", "x"}, {"type", "branch"}});
  EXPECT_EQ(r.status, 403) << r.body;
  Session admin = srv().login("dwadmin");
  auto post = [&](const json& b) { return srv().call(admin, "POST", "/api/v1/organisations", b); };
  EXPECT_EQ(post({{"parent", 3}, {"code", "T-UNDER-BRANCH"}, {"name", "支部下"}, {"type", "branch"}}).status, 409);
  EXPECT_EQ(post({{"parent", 2}, {"code", "ZB001"}, {"name", "重复"}, {"type", "branch"}}).status, 409);
  EXPECT_EQ(post({{"parent", 2}, {"code", "bad code!"}, {"name", "坏"}, {"type", "branch"}}).status, 400);
  EXPECT_EQ(post({{"parent", 2}, {"code", "T-OK"}, {"name", ""}, {"type", "branch"}}).status, 400);
  EXPECT_EQ(post({{"parent", 2}, {"code", "T-OK"}, {"name", "换\n行"}, {"type", "branch"}}).status, 400);
  EXPECT_EQ(post({{"parent", 2}, {"code", "T-OK"}, {"name", "类型"}, {"type", "支部"}}).status, 400);
  EXPECT_EQ(post({{"parent", 999}, {"code", "T-OK"}, {"name", "无上级"}, {"type", "branch"}}).status, 404);
  EXPECT_EQ(post({{"code", "T-OK"}, {"name", "无上级"}, {"type", "branch"}}).status, 400);
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/organisations", "not json").status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?q=T-OK").body.find("T-OK"), std::string::npos)
      << "nothing was created by a refused request";
}

// The pickers' list (issue 9): what the caller may read, a keyset page at a
// time — the tree in order without q, the beginning of a name or code with
// it — never the whole tree.
TEST_F(Organisations, TheListIsABoundedPageOfWhatTheCallerMayReadAndFindsBeginnings) {
  Session admin = srv().login("dwadmin");
  auto walk = [&](const Session& who, const std::string& query, std::size_t limit, std::uint64_t* total) {
    std::vector<json> out;
    std::string after;
    for (int guard = 0; guard < 200; ++guard) {
      HttpResult r = srv().call(who, "GET", "/api/v1/organisations?limit=" + std::to_string(limit) + query +
                                                (after.empty() ? "" : "&after=" + after));
      EXPECT_EQ(r.status, 200) << r.body;
      const json a = body(r);
      if (r.status != 200) break;
      EXPECT_LE(a["organisations"].size(), limit);
      *total = a["total"].get<std::uint64_t>();
      for (const auto& o : a["organisations"]) out.push_back(o);
      if (a["next"].is_null()) break;
      after = a["next"].get<std::string>();
    }
    return out;
  };
  std::uint64_t total = 0;
  const auto all = walk(admin, "", 1, &total);
  EXPECT_GE(total, 5u);
  ASSERT_EQ(all.size(), total) << "each once, page by page";
  std::set<int> ids;
  for (const auto& o : all) ids.insert(o["id"].get<int>());
  EXPECT_EQ(ids.size(), all.size());
  EXPECT_EQ(all[0]["code"], "DW001") << "parents before their children";
  EXPECT_EQ(all[0]["parent_name"], nullptr);
  EXPECT_EQ(all[1]["code"], "ZZ001");
  EXPECT_EQ(all[1]["parent_name"], "示范单位党委");
  // A secretary reads their own branch only.
  Session secretary = srv().login("secretary");
  const auto mine = walk(secretary, "", 50, &total);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(total, 1u);
  EXPECT_EQ(mine[0]["code"], "ZB001");
  EXPECT_EQ(mine[0]["parent_name"], "机关党总支");
  EXPECT_TRUE(walk(secretary, "&q=" + url_encode("业务"), 50, &total).empty()) << "outside the scope";
  // The beginning of a name, then of a code; never the middle.
  const auto named = walk(admin, "&q=" + url_encode("机关第"), 1, &total);
  ASSERT_EQ(named.size(), 2u);
  EXPECT_EQ(total, 2u);
  EXPECT_EQ(named[0]["code"], "ZB001");
  EXPECT_EQ(named[1]["code"], "ZB002");
  const auto coded = walk(admin, "&q=ZB", 2, &total);
  EXPECT_GE(coded.size(), 3u);
  EXPECT_EQ(coded.size(), total);
  for (const auto& o : coded) EXPECT_EQ(o["code"].get<std::string>().rfind("ZB", 0), 0u) << o.dump();
  EXPECT_TRUE(walk(admin, "&q=" + url_encode("党支部"), 50, &total).empty());
  // Bad requests change nothing and say why.
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?limit=201").status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?after=x").status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?after=2.1").status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?after=0.99999").status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?q=" + std::string(33, 'A')).status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations?q=%FF").status, 400);
}

TEST_F(Organisations, RenameRecodeAndRetypeAreHistoryAndTheOldCodeStaysTaken) {
  Session admin = srv().login("dwadmin");
  const int id = create(admin, 1, "T-REN", "general_branch");
  ASSERT_GT(id, 0);
  HttpResult r = srv().call(admin, "PATCH", "/api/v1/organisations/" + std::to_string(id),
                            json{{"name", "新名称总支"}, {"code", "T-REN2"}, {"type", "committee"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body(r)["organisation"]["name"], "新名称总支");
  EXPECT_EQ(body(r)["organisation"]["code"], "T-REN2");
  EXPECT_EQ(body(r)["organisation"]["type"], "committee");
  json d = detail(admin, id);
  std::vector<std::string> kinds;
  for (const auto& e : d["events"]) kinds.push_back(e["kind"]);
  EXPECT_EQ(kinds, (std::vector<std::string>{"created", "renamed", "recoded", "retyped"}));
  EXPECT_EQ(d["events"][2]["before"], "T-REN");
  // The old code cannot be given to anyone else.
  HttpResult again = srv().call(admin, "POST", "/api/v1/organisations",
                                json{{"parent", 1}, {"code", "T-REN"}, {"name", "冒用旧编码"}, {"type", "branch"}});
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(srv().call(admin, "PATCH", "/api/v1/organisations/" + std::to_string(id), json::object()).status, 400);
  EXPECT_EQ(srv().call(srv().login("secretary"), "PATCH", "/api/v1/organisations/3", json{{"name", "改不了"}}).status,
            403);
}

TEST_F(Organisations, AMoveKeepsTheOldParentAndNeedsBothEndsInScope) {
  Session admin = srv().login("dwadmin");
  const int box = create(admin, 1, "T-BOX", "general_branch");
  const int x = create(admin, 2, "T-MOVED");
  ASSERT_GT(box, 0);
  ASSERT_GT(x, 0);
  HttpResult r = srv().call(admin, "POST", "/api/v1/organisations/" + std::to_string(x) + "/move", json{{"parent", box}});
  ASSERT_EQ(r.status, 200) << r.body;
  json d = detail(admin, x);
  EXPECT_EQ(d["organisation"]["parent"], box);
  ASSERT_EQ(d["history"].size(), 2u);
  EXPECT_EQ(d["history"][0]["parent"], 2);
  EXPECT_FALSE(d["history"][0]["to"].is_null());
  EXPECT_EQ(d["events"].back()["kind"], "moved");
  EXPECT_EQ(d["events"].back()["from"]["id"], 2);
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/organisations/" + std::to_string(box) + "/move", json{{"parent", x}}).status,
            409)
      << "no organisation under a 党支部";
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/organisations/1/move", json{{"parent", box}}).status, 409)
      << "not under its own descendant";
  Session secretary = srv().login("secretary");
  EXPECT_EQ(srv().call(secretary, "POST", "/api/v1/organisations/3/move", json{{"parent", 2}}).status, 403);
}

TEST_F(Organisations, AMergeMovesChildrenAndMembersAndLeavesTheAbsorbedInactiveWithHistory) {
  Session admin = srv().login("dwadmin");
  const int gone = create(admin, 1, "T-GONE", "general_branch");
  const int kid = create(admin, gone, "T-KID");
  const int into = create(admin, 1, "T-INTO", "general_branch");
  ASSERT_TRUE(gone && kid && into);
  const std::string csv = "姓名,党员编号,组织编码,人员类别\n合并甲,T-M1,T-GONE,正式党员\n";
  ASSERT_EQ(srv().call(admin, "POST", "/api/v1/import/roster", csv).status, 200);
  // A committee administrator of the organisation to be merged.
  Session sysadmin = srv().login("admin");
  HttpResult user = srv().call(sysadmin, "POST", "/api/v1/users",
                               json{{"username", "mergetest"}, {"password", "a-long-password-2"}, {"member_id", nullptr}});
  ASSERT_EQ(user.status, 201) << user.body;
  const int user_id = body(user)["user"]["id"];
  ASSERT_EQ(srv().call(sysadmin, "POST", "/api/v1/users/" + std::to_string(user_id) + "/roles",
                       json{{"current_password", srv().password("admin")},
                            {"roles", json::array({json{{"role", "committee_admin"}, {"org", gone}}})}})
                .status,
            200);
  const auto grant_org = [&]() {
    const json users = body(srv().call(sysadmin, "GET", "/api/v1/users"));
    for (const auto& u : users["users"])
      if (u["id"] == user_id) return u["roles"].at(0)["org"];
    return json();
  };
  ASSERT_TRUE(grant_org()["active"].get<bool>());

  HttpResult r = srv().call(admin, "POST", "/api/v1/organisations/" + std::to_string(gone) + "/merge", json{{"into", into}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(body(r)["organisation"]["active"].get<bool>());
  EXPECT_EQ(body(r)["organisation"]["merged_into"], into);
  json d = detail(admin, kid);
  EXPECT_EQ(d["organisation"]["parent"], into) << "children move to the absorbing organisation";
  json absorbing = detail(admin, into);
  bool merged_event = false;
  for (const auto& e : absorbing["events"]) merged_event |= e["kind"] == "merged" && e["org"]["id"] == gone;
  EXPECT_TRUE(merged_event) << absorbing.dump();
  HttpResult members = srv().call(admin, "GET", "/api/v1/members?org=" + std::to_string(into));
  ASSERT_EQ(members.status, 200);
  ASSERT_NE(members.body.find("T-M1"), std::string::npos) << "members move along";
  const int member_id = body(members)["members"][0]["id"];
  HttpResult m = srv().call(admin, "GET", "/api/v1/members/" + std::to_string(member_id));
  ASSERT_EQ(body(m)["member"]["org_history"].size(), 2u) << m.body;
  EXPECT_EQ(body(m)["member"]["org_history"][0]["org"]["id"], gone);
  EXPECT_FALSE(body(m)["member"]["org_history"][0]["org"]["active"].get<bool>());
  EXPECT_TRUE(body(m)["member"]["org"]["active"].get<bool>());
  // The grant stays as it was given, and says its organisation is gone.
  EXPECT_EQ(grant_org()["id"], gone);
  EXPECT_FALSE(grant_org()["active"].get<bool>());

  // The absorbed one changes no more.
  EXPECT_EQ(srv().call(admin, "PATCH", "/api/v1/organisations/" + std::to_string(gone), json{{"name", "复活"}}).status, 409);
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/organisations/" + std::to_string(gone) + "/merge", json{{"into", into}}).status,
            409);
  EXPECT_EQ(srv().call(srv().login("secretary"), "POST", "/api/v1/organisations/3/merge", json{{"into", 4}}).status, 403);
}

TEST_F(Organisations, DissolvingWaitsForItsMembersAndChildren) {
  Session admin = srv().login("dwadmin");
  const int parent = create(admin, 1, "T-DISS", "general_branch");
  const int branch = create(admin, parent, "T-DISS-1");
  ASSERT_TRUE(parent && branch);
  ASSERT_EQ(srv().call(admin, "POST", "/api/v1/import/roster", std::string("姓名,党员编号,组织编码,人员类别\n撤销乙,T-M2,T-DISS-1,正式党员\n")).status,
            200);
  const std::string url = "/api/v1/organisations/" + std::to_string(branch) + "/deactivate";
  HttpResult r = srv().call(admin, "POST", url);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_NE(body(r)["error"]["message"].get<std::string>().find("在册党员"), std::string::npos) << r.body;
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/organisations/" + std::to_string(parent) + "/deactivate").status, 409)
      << "an active branch below";
  // Transferred out, the member no longer holds it back.
  ASSERT_EQ(srv().call(admin, "POST", "/api/v1/import/roster",
                       std::string("姓名,党员编号,组织编码,人员类别,状态,状态日期\n撤销乙,T-M2,T-DISS-1,正式党员,已转出,2025-01-01\n"))
                .status,
            200);
  r = srv().call(admin, "POST", url);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(body(r)["organisation"]["active"].get<bool>());
  EXPECT_EQ(detail(admin, branch)["events"].back()["kind"], "deactivated");
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/organisations/" + std::to_string(parent) + "/deactivate").status, 200);
}

TEST_F(Organisations, AMemberSeesTheChainAboveTheirBranchNamedButCannotOpenIt) {
  Session member = srv().login("member");  // member of ZB001 (3)
  HttpResult r = srv().call(member, "GET", "/api/v1/organisations/3");
  ASSERT_EQ(r.status, 200) << r.body;
  json d = body(r);
  // Their 上级党组织 are named (history says whom the branch belongs to), not linked.
  ASSERT_EQ(d["path"].size(), 3u) << d["path"].dump();
  EXPECT_EQ(d["path"][0]["name"], "示范单位党委");
  EXPECT_EQ(d["path"][0]["readable"], false);
  EXPECT_EQ(d["path"][1]["name"], "机关党总支");
  EXPECT_EQ(d["path"][1]["readable"], false);
  EXPECT_EQ(d["path"][2]["id"], 3);
  EXPECT_EQ(d["path"][2]["readable"], true);
  ASSERT_FALSE(d["events"].empty());
  EXPECT_EQ(d["events"][0]["kind"], "created");
  EXPECT_EQ(d["events"][0]["to"]["name"], "机关党总支");
  // Nothing beside the chain: the sibling branch is neither named nor readable.
  EXPECT_EQ(r.body.find("机关第二党支部"), std::string::npos);
  EXPECT_EQ(srv().call(member, "GET", "/api/v1/organisations/2").status, 403);
  // A member may change nothing.
  for (const auto& [what, allowed] : d["may"].items()) EXPECT_FALSE(allowed.get<bool>()) << what;
}

TEST_F(Organisations, WhatTheCallerMayDoComesFromTheServer) {
  Session admin = srv().login("dwadmin");  // administers DW001 (1) and everything below
  json branch = detail(admin, 3)["may"];
  EXPECT_TRUE(branch["update"]);
  EXPECT_FALSE(branch["create_child"]) << "a 党支部 has no organisations below it";
  EXPECT_TRUE(branch["move"]);
  EXPECT_TRUE(branch["merge"]);
  EXPECT_TRUE(branch["export_roster"]);
  json root = detail(admin, 1)["may"];
  EXPECT_TRUE(root["create_child"]);
  EXPECT_FALSE(root["move"]) << "a root has no parent to leave";
  Session secretary = srv().login("secretary");  // secretary of ZB001 (3)
  json own = detail(secretary, 3)["may"];
  EXPECT_FALSE(own["update"]);
  EXPECT_FALSE(own["move"]);
  EXPECT_FALSE(own["deactivate"]);
  EXPECT_TRUE(own["import_roster"]);
  EXPECT_TRUE(own["export_roster"]);
}

TEST_F(Organisations, MoveTargetsAreWhatTheTreeAndTheCallerAllowAndAreBounded) {
  Session admin = srv().login("dwadmin");
  const int general = create(admin, 1, "T-TGT-GB", "general_branch");
  const int inner = create(admin, general, "T-TGT-IN", "general_branch");
  ASSERT_GT(inner, 0);
  auto ids = [&](const std::string& query) {
    HttpResult r = srv().call(admin, "GET", "/api/v1/organisations/" + std::to_string(general) + "/targets?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    std::set<int> out;
    const json answer = body(r);
    for (const auto& t : answer["targets"]) out.insert(t["id"].get<int>());
    return out;
  };
  const std::set<int> move = ids("for=move&limit=50");
  EXPECT_TRUE(move.count(2)) << "机关党总支 can hold it";
  EXPECT_FALSE(move.count(1)) << "its present parent is no move";
  EXPECT_FALSE(move.count(3)) << "no organisation under a 党支部";
  EXPECT_FALSE(move.count(inner)) << "not into its own subtree";
  EXPECT_FALSE(move.count(general));
  const std::set<int> merge = ids("for=merge&limit=50");
  EXPECT_TRUE(merge.count(1));
  EXPECT_FALSE(merge.count(3)) << "it has an active child: a 党支部 cannot take it";
  EXPECT_EQ(ids("for=move&q=" + std::string("%E6%9C%BA%E5%85%B3")), std::set<int>{2}) << "q=机关";
  HttpResult one = srv().call(admin, "GET", "/api/v1/organisations/" + std::to_string(general) + "/targets?for=merge&limit=1");
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(body(one)["targets"].size(), 1u);
  EXPECT_EQ(body(one)["more"], true);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations/" + std::to_string(general) + "/targets?for=x").status, 400);
  EXPECT_EQ(srv().call(admin, "GET", "/api/v1/organisations/" + std::to_string(general) + "/targets?for=move&limit=51").status, 400);
  // A secretary may move nothing: an empty list, not someone else's organisations.
  Session secretary = srv().login("secretary");
  HttpResult none = srv().call(secretary, "GET", "/api/v1/organisations/3/targets?for=move");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_TRUE(body(none)["targets"].empty());
}

TEST_F(Organisations, AMemberTransferredOutLosesTheirRoleButKeepsTheirRecords) {
  Session admin = srv().login("dwadmin");
  // "committee" is member 4 (DY0004, ZB001) with the 组织委员 role there.
  Session committee = srv().login("committee");
  ASSERT_EQ(srv().call(committee, "GET", "/api/v1/members?org=3").status, 200);
  HttpResult out = srv().call(admin, "POST", "/api/v1/import/roster",
                              std::string("姓名,党员编号,组织编码,人员类别,状态,状态日期\n刘洋,DY0004,ZB001,正式党员,已转出,2025-06-01\n"));
  ASSERT_EQ(out.status, 200) << out.body;
  EXPECT_EQ(srv().call(committee, "GET", "/api/v1/members?org=3").status, 403) << "the branch role ended with the transfer";
  EXPECT_EQ(srv().call(committee, "GET", "/api/v1/organisations/3").status, 403);
  HttpResult mine = srv().call(committee, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(body(mine)["member"]["status"], "transferred_out");
  EXPECT_EQ(srv().call(committee, "POST", "/api/v1/me/records/member/4/statements", json{{"text", "已转往他处"}}).status,
            201);
}

TEST_F(Organisations, ADisabledAccountCannotLogInAndItsSessionsEnd) {
  Session admin = srv().login("admin");
  Session victim = srv().login("auditor");
  ASSERT_EQ(victim.status, 200);
  const int id = victim.body["user"]["id"];
  const std::string base = "/api/v1/users/" + std::to_string(id);
  HttpResult r = srv().call(admin, "POST", base + "/disable");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(body(r)["user"]["disabled"].get<bool>());
  EXPECT_EQ(srv().call(victim, "GET", "/api/v1/session").status, 401) << "its sessions ended";
  EXPECT_EQ(srv().login("auditor").status, 401) << "and it cannot log in";
  EXPECT_EQ(srv().call(admin, "POST", base + "/enable", json{{"current_password", "wrong-password-123"}}).status, 403);
  r = srv().call(admin, "POST", base + "/enable", json{{"current_password", srv().password("admin")}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(srv().login("auditor").status, 200);
  // Nobody disables their own account, and nobody but the administrator disables anyone.
  const int admin_id = admin.body["user"]["id"];
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/users/" + std::to_string(admin_id) + "/disable").status, 400);
  EXPECT_EQ(srv().call(srv().login("dwadmin"), "POST", base + "/disable").status, 403);
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/users/999/disable").status, 404);
}

TEST_F(Organisations, LinkingAMemberIsReauthenticatedOneToOneAndKeepsGrantsConsistent) {
  Session admin = srv().login("admin");
  HttpResult created = srv().call(admin, "POST", "/api/v1/users",
                                  json{{"username", "linktest"}, {"password", "a-long-password-1"}, {"member_id", nullptr}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string base = "/api/v1/users/" + std::to_string(body(created)["user"]["id"].get<int>());
  const std::string pw = srv().password("admin");
  EXPECT_EQ(srv().call(admin, "POST", base + "/member", json{{"member_id", 10}}).status, 403) << "re-authentication";
  HttpResult r = srv().call(admin, "POST", base + "/member", json{{"current_password", pw}, {"member_id", 10}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body(r)["user"]["member"]["id"], 10);
  EXPECT_EQ(srv().call(admin, "POST", base + "/member", json{{"current_password", pw}, {"member_id", 7}}).status, 409)
      << "member 7 has the demo member's account";
  EXPECT_EQ(srv().call(admin, "POST", base + "/member", json{{"current_password", pw}, {"member_id", 999}}).status, 400);
  // The member role belongs on member 10's own branch (DY0010: i = 9, ZB001).
  ASSERT_EQ(srv().call(admin, "POST", base + "/roles",
                       json{{"current_password", pw}, {"roles", json::array({json{{"role", "member"}, {"org", 3}}})}})
                .status,
            200);
  HttpResult unlink = srv().call(admin, "POST", base + "/member", json{{"current_password", pw}, {"member_id", nullptr}});
  EXPECT_EQ(unlink.status, 400) << "a member role needs a linked member: " << unlink.body;
  Session linked = srv().login("linktest", "a-long-password-1");
  HttpResult mine = srv().call(linked, "GET", "/api/v1/me/records");
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(body(mine)["member"]["id"], 10);
  const int admin_id = admin.body["user"]["id"];
  EXPECT_EQ(srv().call(admin, "POST", "/api/v1/users/" + std::to_string(admin_id) + "/member",
                       json{{"current_password", pw}, {"member_id", 11}})
                .status,
            403)
      << "nobody links themselves";
}

}  // namespace
}  // namespace nc::integration
