// The AccountStore area (store.h) as one typed test suite, run against every
// backend: SqliteStore (store_tests, account_store_sqlite_test.cpp) and
// PgAccountStore (store_pg_tests, label postgres, pg_account_store_test.cpp).
// A backend type gives:
//   std::string open();          // "" when ready (migrated, empty), else why not
//   AccountStore& store();
//   Result<std::vector<domain::AuditEntry>> audit();  // the chain as stored, in seq order
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/audit_chain.h"
#include "store/store.h"

namespace nc::store::testing {

inline AuditRecord account_note(const std::string& action) {
  AuditRecord a;
  a.entry.time_us = 1'700'000'000'000'000;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.origin = "local";
  return a;
}

template <typename Backend>
class AccountStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string error = backend.open();
    ASSERT_TRUE(error.empty()) << error;
  }
  AccountStore& db() { return backend.store(); }
  std::size_t audit_size() {
    auto chain = backend.audit();
    EXPECT_TRUE(chain.ok()) << chain.status().message();
    return chain.ok() ? chain->size() : 0;
  }
  Backend backend;
};

TYPED_TEST_SUITE_P(AccountStoreTest);

using domain::MemberId;
using domain::OrgId;
using domain::Role;
using domain::UserId;

TYPED_TEST_P(AccountStoreTest, AccountsGrantsAndDuplicateLogins) {
  AccountStore& db = this->db();
  StoredUser u;
  u.user.login = "alice";
  u.user.grants = {{Role::kAuditor, OrgId{1}}, {Role::kAuditor, OrgId{1}}};
  u.password_hash = "$argon2id$fake";
  u.created_us = 1'700'000'000'123'456;
  auto id = db.create_user(u, account_note("user.create"));
  ASSERT_TRUE(id.ok()) << id.status().message();
  const std::size_t after_first = this->audit_size();
  EXPECT_EQ(db.create_user(u, account_note("user.create")).status().code(), Code::kConflict);
  EXPECT_EQ(this->audit_size(), after_first) << "a refused account leaves no audit entry";
  auto found = db.find_user_by_login("alice");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->user.grants, (std::vector<domain::RoleGrant>{{Role::kAuditor, OrgId{1}}}))
      << "a duplicate grant is the same grant";
  EXPECT_EQ((*found)->created_us, 1'700'000'000'123'456) << "times keep their 64 bits";
  EXPECT_EQ((*found)->password_hash, "$argon2id$fake");
  ASSERT_TRUE(db.set_grants(*id, {{Role::kAuditor, OrgId{1}}}, {{Role::kSystemAdmin, {}}}, account_note("role.grant")).ok());
  EXPECT_EQ((*db.find_user(*id))->user.grants.front().role, Role::kSystemAdmin);
  EXPECT_FALSE(db.find_user(UserId{99})->has_value());
  EXPECT_FALSE(db.find_user_by_login("nobody")->has_value());
}

TYPED_TEST_P(AccountStoreTest, SessionsEndPerSessionOrAll) {
  AccountStore& db = this->db();
  StoredUser u;
  u.user.login = "bob";
  u.password_hash = "h";
  auto id = db.create_user(u, account_note("user.create"));
  ASSERT_TRUE(id.ok());
  for (const char* token : {"t1", "t2"}) {
    SessionRecord s{token, *id, "csrf", 1, 1, 100, "127.0.0.1"};
    ASSERT_TRUE(db.open_session(s, std::nullopt, account_note("login")).ok());
  }
  EXPECT_TRUE(db.find_session("t1")->has_value());
  EXPECT_EQ(*db.end_sessions(*id, "t1", account_note("logout")), 1);
  EXPECT_FALSE(db.find_session("t1")->has_value());
  ASSERT_TRUE(db.set_password(*id, "h2", "t2", account_note("password.change")).ok());
  EXPECT_TRUE(db.find_session("t2")->has_value()) << "the changing session is kept";
  EXPECT_EQ(*db.end_sessions(*id, "", account_note("logout.all")), 1);
  EXPECT_FALSE(db.find_session("t2")->has_value());
  EXPECT_EQ(db.set_password(UserId{99}, "h3", "", account_note("password.change")).code(), Code::kNotFound);
}

TYPED_TEST_P(AccountStoreTest, ASessionIsTouchedForwardOnlyAndDroppedWithoutAudit) {
  AccountStore& db = this->db();
  StoredUser u;
  u.user.login = "carl";
  u.password_hash = "old";
  auto id = db.create_user(u, account_note("user.create"));
  ASSERT_TRUE(id.ok());
  SessionRecord s{"tok", *id, "csrf-x", 10, 20, 1'800'000'000'000'000, "10.0.0.1"};
  ASSERT_TRUE(db.open_session(s, std::string("rehashed"), account_note("login")).ok());
  EXPECT_EQ((*db.find_user(*id))->password_hash, "rehashed") << "the login stored the recomputed hash";
  auto read = db.find_session("tok");
  ASSERT_TRUE(read.ok() && read->has_value());
  EXPECT_EQ((*read)->csrf, "csrf-x");
  EXPECT_EQ((*read)->expires_us, 1'800'000'000'000'000);
  EXPECT_EQ((*read)->origin, "10.0.0.1");
  EXPECT_EQ((*read)->user, *id);
  ASSERT_TRUE(db.touch_session("tok", 50).ok());
  ASSERT_TRUE(db.touch_session("tok", 30).ok());
  EXPECT_EQ((*db.find_session("tok"))->last_seen_us, 50) << "an older touch does not move it back";
  EXPECT_EQ(db.open_session(s, std::nullopt, account_note("login")).code(), Code::kConflict)
      << "a token is one session";
  const std::size_t before = this->audit_size();
  ASSERT_TRUE(db.drop_session("tok").ok());
  EXPECT_FALSE(db.find_session("tok")->has_value());
  EXPECT_EQ(this->audit_size(), before);
}

TYPED_TEST_P(AccountStoreTest, AttemptsCountPerAccountAndAddressAndStopAtTheLimit) {
  AccountStore& db = this->db();
  const AttemptLimits limits{3, 4};
  for (int i = 0; i < 3; ++i) {
    auto a = db.begin_attempt("x", "1.2.3.4", 1000 + i, 0, limits);
    ASSERT_TRUE(a.ok());
    EXPECT_TRUE(a->admitted) << i;
    EXPECT_EQ(a->failures.account, i);
  }
  auto over = db.begin_attempt("x", "5.6.7.8", 1100, 0, limits);
  ASSERT_TRUE(over.ok());
  EXPECT_FALSE(over->admitted) << "the account has used its three places";
  EXPECT_EQ(over->failures.account, 3);
  EXPECT_EQ(over->failures.oldest_account_us, std::optional<std::int64_t>(1000));
  EXPECT_EQ(over->failures.oldest_address_us, std::nullopt);
  auto other = db.begin_attempt("y", "1.2.3.4", 1200, 0, limits);
  ASSERT_TRUE(other.ok() && other->admitted);
  EXPECT_EQ(other->failures.address, 3);
  auto address_full = db.begin_attempt("z", "1.2.3.4", 1300, 0, limits);
  ASSERT_TRUE(address_full.ok());
  EXPECT_FALSE(address_full->admitted) << "the address has used its four places";
  // Only failures inside the window count.
  auto later = db.begin_attempt("x", "9.9.9.9", 5000, 1002, limits);
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->admitted);
  EXPECT_EQ(later->failures.account, 1);
}

TYPED_TEST_P(AccountStoreTest, AForgivenAttemptNoLongerCounts) {
  AccountStore& db = this->db();
  const AttemptLimits limits{2, 100};
  auto first = db.begin_attempt("x", "1.2.3.4", 1000, 0, limits);
  auto second = db.begin_attempt("x", "1.2.3.4", 1001, 0, limits);
  ASSERT_TRUE(first.ok() && second.ok() && first->admitted && second->admitted);
  EXPECT_NE(first->id, second->id);
  ASSERT_TRUE(db.forgive_attempt(second->id).ok());
  auto third = db.begin_attempt("x", "1.2.3.4", 1002, 0, limits);
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->admitted) << "a successful attempt gave its place back";
  EXPECT_EQ(third->failures.account, 1);
}

TYPED_TEST_P(AccountStoreTest, DisablingEndsSessionsAndLinkingIsOneAccountPerMember) {
  AccountStore& db = this->db();
  StoredUser u;
  u.user.login = "dora";
  u.password_hash = "h";
  auto id = db.create_user(u, account_note("user.create"));
  u.user.login = "erin";
  auto other = db.create_user(u, account_note("user.create"));
  ASSERT_TRUE(id.ok() && other.ok());
  SessionRecord s{"t1", *id, "csrf", 1, 1, 100, "127.0.0.1"};
  ASSERT_TRUE(db.open_session(s, std::nullopt, account_note("login")).ok());
  const auto before = this->audit_size();
  ASSERT_TRUE(db.set_disabled(*id, true, account_note("user.disable")).ok());
  EXPECT_TRUE((*db.find_user(*id))->user.disabled);
  EXPECT_FALSE(db.find_session("t1")->has_value()) << "a disabled account's sessions end with it";
  ASSERT_TRUE(db.set_disabled(*id, false, account_note("user.enable")).ok());
  EXPECT_FALSE((*db.find_user(*id))->user.disabled);
  EXPECT_EQ(db.set_disabled(UserId{99}, true, account_note("user.disable")).code(), Code::kNotFound);
  EXPECT_EQ(this->audit_size(), before + 2) << "each change with its audit entry, the failed one without";

  ASSERT_TRUE(db.set_member(*id, MemberId{7}, account_note("user.link")).ok());
  EXPECT_EQ((*db.find_user(*id))->user.member, MemberId{7});
  EXPECT_EQ(db.set_member(*other, MemberId{7}, account_note("user.link")).code(), Code::kConflict);
  EXPECT_EQ((*db.find_user(*other))->user.member, std::nullopt);
  ASSERT_TRUE(db.set_member(*id, std::nullopt, account_note("user.unlink")).ok());
  EXPECT_EQ((*db.find_user(*id))->user.member, std::nullopt);
  EXPECT_TRUE(db.set_member(*other, MemberId{7}, account_note("user.link")).ok()) << "free again once unlinked";
  EXPECT_EQ(db.set_member(UserId{99}, std::nullopt, account_note("user.unlink")).code(), Code::kNotFound);
}

TYPED_TEST_P(AccountStoreTest, AccountsComePagedByIdWithTheirTotal) {
  AccountStore& db = this->db();
  for (int i = 0; i < 5; ++i) {
    StoredUser u;
    u.user.login = "user" + std::to_string(i);
    u.password_hash = "x";
    ASSERT_TRUE(db.create_user(u, account_note("user.create")).ok());
  }
  auto page = db.user_page(std::nullopt, 2);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5u);
  ASSERT_EQ(page->users.size(), 2u);
  ASSERT_TRUE(page->next);
  EXPECT_EQ(page->users[0].user.login, "user0");
  auto last = db.user_page(UserId{4}, 2);
  ASSERT_TRUE(last.ok());
  ASSERT_EQ(last->users.size(), 1u);
  EXPECT_EQ(last->users[0].user.login, "user4");
  EXPECT_FALSE(last->next);
  auto all = db.list_users();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 5u);
  EXPECT_EQ(all->back().user.login, "user4");
  auto taken = db.taken_logins({"user3", "nobody", "user0"});
  ASSERT_TRUE(taken.ok());
  EXPECT_EQ(*taken, (std::vector<std::string>{"user3", "user0"}));
  EXPECT_EQ(db.taken_logins(std::vector<std::string>(1001, "x")).status().code(), Code::kInvalidInput);
}

TYPED_TEST_P(AccountStoreTest, OpenedAccountsAreAllOrNoneAndTheirCodeWorksOnce) {
  AccountStore& db = this->db();
  auto opening = [](const std::string& login, std::uint32_t member, const std::string& code) {
    NewAccount a;
    a.user.user.login = login;
    a.user.user.member = MemberId{member};
    a.user.user.grants = {{Role::kMember, OrgId{3}}};
    a.activation.code_hash = code;
    a.activation.created_us = 100;
    a.activation.expires_us = 200;
    a.audit = account_note("account.provision");
    return a;
  };
  auto ids = db.create_accounts({opening("m1", 1, "c1"), opening("m2", 2, "c2")}, account_note("account.provision"));
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  ASSERT_EQ(ids->size(), 2u);
  EXPECT_EQ(this->audit_size(), 3u) << "one entry per account and the summary";
  const std::size_t audited = this->audit_size();

  // A second batch with a login already taken stores none of its accounts.
  auto refused =
      db.create_accounts({opening("m3", 3, "c3"), opening("m1", 4, "c4")}, account_note("account.provision"));
  EXPECT_EQ(refused.status().code(), Code::kConflict);
  EXPECT_FALSE(db.find_user_by_login("m3")->has_value());
  EXPECT_EQ(this->audit_size(), audited);

  auto code = db.find_activation((*ids)[1]);
  ASSERT_TRUE(code.ok() && code->has_value());
  EXPECT_EQ((*code)->code_hash, "c2");
  EXPECT_EQ((*code)->expires_us, 200);
  EXPECT_EQ((*db.find_user((*ids)[1]))->user.grants.size(), 1u);
  EXPECT_EQ(db.activate_account((*ids)[1], "wrong", "pw", account_note("account.activate")).code(), Code::kNotFound);
  ASSERT_TRUE(db.activate_account((*ids)[1], "c2", "pw", account_note("account.activate")).ok());
  EXPECT_EQ((*db.find_user((*ids)[1]))->password_hash, "pw");
  EXPECT_FALSE(db.find_activation((*ids)[1])->has_value());
  EXPECT_EQ(db.activate_account((*ids)[1], "c2", "pw2", account_note("account.activate")).code(), Code::kNotFound)
      << "a code works once";
  ASSERT_TRUE(db.set_password((*ids)[0], "set", "", account_note("password.reset")).ok());
  EXPECT_FALSE(db.find_activation((*ids)[0])->has_value()) << "a password set otherwise removes the code";
}

TYPED_TEST_P(AccountStoreTest, EveryWriteExtendsOneIntactChain) {
  AccountStore& db = this->db();
  StoredUser u;
  u.user.login = "fay";
  u.password_hash = "h";
  auto id = db.create_user(u, account_note("user.create"));
  ASSERT_TRUE(id.ok());
  AuditRecord about = account_note("user.link");
  about.entry.subject = MemberId{12};
  about.entry.scope = OrgId{4};
  about.entry.subjects = {MemberId{12}, MemberId{13}};
  ASSERT_TRUE(db.set_member(*id, MemberId{12}, about).ok());
  ASSERT_TRUE(db.open_session({"s", *id, "c", 1, 1, 9, "o"}, std::nullopt, account_note("login")).ok());
  ASSERT_TRUE(db.end_sessions(*id, "", account_note("logout")).ok());
  auto chain = this->backend.audit();
  ASSERT_TRUE(chain.ok()) << chain.status().message();
  ASSERT_EQ(chain->size(), 4u);
  EXPECT_EQ((*chain)[0].target, "user:" + std::to_string(id->value)) << "an empty target names the new account";
  EXPECT_EQ((*chain)[1].subject, MemberId{12});
  EXPECT_EQ((*chain)[1].scope, OrgId{4});
  EXPECT_EQ((*chain)[1].subjects, (std::vector<MemberId>{MemberId{12}, MemberId{13}}));
  const domain::VerifyReport report = domain::verify_chain(*chain);
  EXPECT_TRUE(report.ok()) << (report.issues.empty() ? "" : report.issues.front().message);
  for (std::size_t i = 0; i < chain->size(); ++i) EXPECT_EQ((*chain)[i].seq, i + 1);
}

// A committee administrator reads an account's grants, decides, then writes:
// when the system administrator changed them in between, the stale write is
// refused ("conflict") and stores nothing — neither grants nor audit entry.
TYPED_TEST_P(AccountStoreTest, GrantsAreWrittenOnlyWhileTheyAreStillTheOnesRead) {
  AccountStore& db = this->db();
  StoredUser u;
  u.user.login = "dora";
  u.user.grants = {{Role::kMember, OrgId{3}}};
  u.password_hash = "h";
  auto id = db.create_user(u, account_note("user.create"));
  ASSERT_TRUE(id.ok()) << id.status().message();
  const std::vector<domain::RoleGrant> read = (*db.find_user(*id))->user.grants;  // the committee reads
  // The system administrator makes dora an auditor meanwhile.
  const std::vector<domain::RoleGrant> by_admin = {{Role::kMember, OrgId{3}}, {Role::kAuditor, OrgId{2}}};
  ASSERT_TRUE(db.set_grants(*id, read, by_admin, account_note("role.grant")).ok());
  const std::size_t before = this->audit_size();
  // The committee's write, decided on what it read, names dora approver.
  const std::vector<domain::RoleGrant> by_committee = {{Role::kMember, OrgId{3}}, {Role::kApprover, OrgId{1}}};
  EXPECT_EQ(db.set_grants(*id, read, by_committee, account_note("role.grant")).code(), Code::kConflict);
  EXPECT_EQ(domain::grant_set((*db.find_user(*id))->user.grants), domain::grant_set(by_admin))
      << "the administrator's change is not overwritten";
  EXPECT_EQ(this->audit_size(), before) << "a refused write leaves no audit entry";
  // Read again, the same change goes through; order and duplicates of the expected grants do not matter.
  const std::vector<domain::RoleGrant> again = {{Role::kAuditor, OrgId{2}}, {Role::kMember, OrgId{3}}, {Role::kAuditor, OrgId{2}}};
  const std::vector<domain::RoleGrant> next = {{Role::kMember, OrgId{3}}, {Role::kAuditor, OrgId{2}}, {Role::kApprover, OrgId{1}}};
  ASSERT_TRUE(db.set_grants(*id, again, next, account_note("role.grant")).ok());
  EXPECT_EQ(domain::grant_set((*db.find_user(*id))->user.grants), domain::grant_set(next));
  EXPECT_EQ(this->audit_size(), before + 1);
  EXPECT_EQ(db.set_grants(UserId{99}, {}, next, account_note("role.grant")).code(), Code::kNotFound);
}

// The approvers of a 党委: the holders of one role on one organisation, a
// keyset page by account id, each with when it was granted; a grant kept
// through a change keeps its time. And the account of a member.
TYPED_TEST_P(AccountStoreTest, HoldersOfARoleOnAnOrganisationComePagedWithTheirSince) {
  AccountStore& db = this->db();
  std::vector<UserId> ids;
  for (int i = 0; i < 4; ++i) {
    StoredUser u;
    u.user.login = "holder" + std::to_string(i);
    u.user.member = MemberId{static_cast<std::uint32_t>(100 + i)};
    u.user.grants = {{Role::kMember, OrgId{7}}};
    if (i != 2) u.user.grants.push_back({Role::kApprover, OrgId{5}});  // holder2: none
    u.password_hash = "h";
    u.created_us = 1'000 + i;
    auto id = db.create_user(u, account_note("user.create"));
    ASSERT_TRUE(id.ok()) << id.status().message();
    ids.push_back(*id);
  }
  StoredUser elsewhere;
  elsewhere.user.login = "elsewhere";
  elsewhere.user.grants = {{Role::kApprover, OrgId{6}}, {Role::kCommitteeAdmin, OrgId{5}}};
  elsewhere.password_hash = "h";
  ASSERT_TRUE(db.create_user(elsewhere, account_note("user.create")).ok());

  auto first = db.grant_holders(OrgId{5}, Role::kApprover, std::nullopt, 2);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_EQ(first->holders.size(), 2u);
  EXPECT_EQ(first->holders[0].account.user.id, ids[0]);
  EXPECT_EQ(first->holders[1].account.user.id, ids[1]);
  EXPECT_EQ(first->holders[1].granted_us, 1'001) << "given when the account was made";
  EXPECT_EQ(first->holders[0].account.user.member, MemberId{100});
  ASSERT_TRUE(first->next.has_value());
  auto rest = db.grant_holders(OrgId{5}, Role::kApprover, first->next, 2);
  ASSERT_TRUE(rest.ok());
  ASSERT_EQ(rest->holders.size(), 1u) << "neither holder2 (no grant) nor another organisation's or role's";
  EXPECT_EQ(rest->holders[0].account.user.id, ids[3]);
  EXPECT_FALSE(rest->next.has_value());

  // holder2 is named at time 5000: holder2's member grant keeps its time, the approver grant has the new one.
  AuditRecord named = account_note("role.grant");
  named.entry.time_us = 5'000;
  ASSERT_TRUE(db.set_grants(ids[2], {{Role::kMember, OrgId{7}}}, {{Role::kMember, OrgId{7}}, {Role::kApprover, OrgId{5}}},
                            named)
                  .ok());
  // holder0 keeps the approver grant through a change of another one.
  ASSERT_TRUE(db.set_grants(ids[0], {{Role::kMember, OrgId{7}}, {Role::kApprover, OrgId{5}}},
                            {{Role::kApprover, OrgId{5}}, {Role::kAuditor, OrgId{7}}}, named)
                  .ok());
  auto all = db.grant_holders(OrgId{5}, Role::kApprover, std::nullopt, 200);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->holders.size(), 4u);
  EXPECT_EQ(all->holders[0].granted_us, 1'000) << "a grant kept keeps its since";
  EXPECT_EQ(all->holders[2].granted_us, 5'000);
  EXPECT_EQ(db.grant_holders(OrgId{6}, Role::kApprover, std::nullopt, 200)->holders.size(), 1u);
  EXPECT_TRUE(db.grant_holders(OrgId{7}, Role::kApprover, std::nullopt, 200)->holders.empty());

  auto by_member = db.find_user_by_member(MemberId{101});
  ASSERT_TRUE(by_member.ok() && by_member->has_value());
  EXPECT_EQ((*by_member)->user.id, ids[1]);
  EXPECT_FALSE(db.find_user_by_member(MemberId{999})->has_value());
}

REGISTER_TYPED_TEST_SUITE_P(AccountStoreTest, HoldersOfARoleOnAnOrganisationComePagedWithTheirSince,
                            GrantsAreWrittenOnlyWhileTheyAreStillTheOnesRead,
                            AccountsGrantsAndDuplicateLogins, SessionsEndPerSessionOrAll,
                            ASessionIsTouchedForwardOnlyAndDroppedWithoutAudit,
                            AttemptsCountPerAccountAndAddressAndStopAtTheLimit, AForgivenAttemptNoLongerCounts,
                            DisablingEndsSessionsAndLinkingIsOneAccountPerMember, AccountsComePagedByIdWithTheirTotal,
                            OpenedAccountsAreAllOrNoneAndTheirCodeWorksOnce, EveryWriteExtendsOneIntactChain);

}  // namespace nc::store::testing
