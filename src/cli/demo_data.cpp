#include "cli/demo_data.h"

#include <utility>
#include <string>
#include <vector>

#include "cli/demo_roster.h"
#include "domain/audit_actions.h"
#include "domain/dictionary.h"
#include "server/access/credentials.h"
#include "server/clock.h"

namespace nc::cli {

using namespace nc::domain;

Status load_demo(store::Store& store, server::access::Directory& directory, Date today, std::ostream& out) {
  const bool empty = directory.read([](const OrgTree& tree, const Roster& roster) {
    return tree.size() == 0 && roster.size() == 0;
  });
  auto users = store.list_users();
  if (!users.ok()) return users.status();
  if (!empty || !users->empty()) return Status::Ok();

  const Date on{2024, 1, 1};
  OrgTree tree;
  auto root = tree.create("DW001", "示范单位党委", OrgType::kCommittee, std::nullopt, on);
  auto general = tree.create("ZZ001", "机关党总支", OrgType::kGeneralBranch, *root, on);
  auto b1 = tree.create("ZB001", "机关第一党支部", OrgType::kBranch, *general, on);
  auto b2 = tree.create("ZB002", "机关第二党支部", OrgType::kBranch, *general, on);
  auto b3 = tree.create("ZB003", "业务党支部", OrgType::kBranch, *root, on);
  if (!root.ok() || !general.ok() || !b1.ok() || !b2.ok() || !b3.ok()) return Status::Error(Code::kInternal, "demo tree");
  const OrgId branches[] = {*b1, *b2, *b3};

  Roster roster;
  for (DemoPerson& p : demo_people(today, on)) {
    p.member.org = branches[p.branch];
    if (!roster.add(std::move(p.member), p.since).ok()) return Status::Error(Code::kInternal, "demo roster");
  }
  store::AuditRecord note;
  note.entry.time_us = server::system_now_us();
  note.entry.actor = "demo";
  note.entry.action = domain::AuditAction("demo.load").id();
  note.entry.target = "directory";
  note.entry.origin = "local";
  if (Status s = directory.seed(std::move(tree), std::move(roster), note); !s.ok()) return s;

  // An organisation dictionary on the 党委 (applies to everyone) and one on
  // the first branch, so self-check shows org.dictionary at work.
  const std::pair<OrgId, std::vector<DictionaryTerm>> dictionaries[] = {
      {*root, {{"天枢工程", "在研项目代号，未公开"}, {"青鸟平台", "内部业务系统名称"}}},
      {*b1, {{"星河计划", "支部承担的内部课题代号"}}},
  };
  for (const auto& [org, terms] : dictionaries) {
    store::StoredDictionary d;
    d.dictionary = {org, terms};
    d.updated_us = note.entry.time_us;
    d.updated_by = "demo";
    store::AuditRecord set = note;
    set.entry.action = domain::AuditAction("dictionary.update").id();
    set.entry.target = "org:" + std::to_string(org.value);
    set.entry.detail = "terms=" + std::to_string(terms.size());
    set.entry.scope = org;
    if (Status s = store.replace_dictionary(d, set); !s.ok()) return s;
  }

  struct Account {
    const char* login;
    std::optional<MemberId> member;
    RoleGrant grant;
  };
  // Members 1, 4, 7 are in 机关第一党支部 (i % 3 == 0).
  const Account accounts[] = {
      {"admin", std::nullopt, {Role::kSystemAdmin, {}}},
      {"auditor", std::nullopt, {Role::kAuditor, *root}},
      {"dwadmin", std::nullopt, {Role::kCommitteeAdmin, *root}},
      {"secretary", MemberId{1}, {Role::kBranchSecretary, *b1}},
      {"committee", MemberId{4}, {Role::kCommitteeMember, *b1}},
      {"member", MemberId{7}, {Role::kMember, *b1}},
  };
  out << "netconduct demo logins (shown once; change them before real use):\n";
  for (const Account& a : accounts) {
    const std::string password = server::access::random_token().substr(0, 16);
    auto hash = server::access::hash_password(password);
    if (!hash.ok()) return hash.status();
    store::StoredUser u;
    u.user.login = a.login;
    u.user.member = a.member;
    u.user.grants = {a.grant};
    u.password_hash = *hash;
    u.created_us = server::system_now_us();
    store::AuditRecord created = note;
    created.entry.action = domain::AuditAction("user.create").id();
    created.entry.target = "";
    created.entry.detail = std::string("login=") + a.login;
    auto id = store.create_user(u, created);
    if (!id.ok()) return id.status();
    out << "  " << role_name(a.grant.role) << " (" << role_id(a.grant.role) << "): username " << a.login
        << "  password " << password << "\n";
  }
  out.flush();
  return Status::Ok();
}

}  // namespace nc::cli
