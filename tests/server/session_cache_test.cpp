// Sessions::resolve's cache (server/access/sessions.h): answers from memory
// only while the store's write generation is the one it read, for at most
// kSessionCacheUs, and never past the session's idle or absolute limit.
// Against a real store; the session row is changed behind the store's back
// (a second SQLite connection, as another process would) to show what the
// cache answers.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "server/access/activation.h"
#include "server/access/credentials.h"
#include "server/access/sessions.h"
#include "store/sqlite_store.h"

namespace nc::server::access {
namespace {

namespace fs = std::filesystem;

store::AuditRecord note(std::int64_t time_us, const std::string& action, const std::string& target = "") {
  store::AuditRecord a;
  a.entry.time_us = time_us;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.target = target;
  a.entry.origin = "local";
  return a;
}

class SessionCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-session-cache-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto opened = store::SqliteStore::open(dir / "t.db");
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db = std::shared_ptr<store::Store>(std::move(opened).value());
    ASSERT_TRUE(db->migrate().ok());
    SessionPolicy policy;
    policy.absolute_us = 3600LL * 1000000;
    sessions = std::make_unique<Sessions>(db, Clock([this] { return now.load(); }), policy);
    const std::string code = generate_activation_code();
    store::NewAccount a;
    a.user.user.login = "P0001";
    a.user.created_us = now;
    a.activation.code_hash = activation_code_hash(*normalise_activation_code(code));
    a.activation.created_us = now;
    a.activation.expires_us = now + kActivationValidityUs;
    a.audit = note(now, "account.create");
    auto ids = db->create_accounts({a}, note(now, "account.provision", "org:1"));
    ASSERT_TRUE(ids.ok()) << ids.status().message();
    user = ids->front();
    request.remote = "127.0.0.1:5000";
    auto opened_session = sessions->activate("P0001", code, "mein-eigenes-passwort", request);
    ASSERT_TRUE(opened_session.ok() && opened_session->kind == LoginOutcome::Kind::kOk);
    token = opened_session->token;
  }
  void TearDown() override {
    sessions.reset();
    db.reset();
    fs::remove_all(dir);
  }
  // Deletes every session row through a connection of its own: the store
  // (and its write generation) does not see it.
  void delete_sessions_behind_the_store() {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "t.db").c_str(), &raw), SQLITE_OK);
    sqlite3_busy_timeout(raw, 5000);
    ASSERT_EQ(sqlite3_exec(raw, "DELETE FROM sessions", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_changes(raw), 1);
    sqlite3_close(raw);
  }
  bool live() {
    auto r = sessions->resolve(token);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() && r->has_value();
  }

  fs::path dir;
  std::atomic<std::int64_t> now{1'800'000'000'000'000};
  std::shared_ptr<store::Store> db;
  std::unique_ptr<Sessions> sessions;
  domain::UserId user;
  Request request;
  std::string token;
};

TEST_F(SessionCache, TheGenerationGrowsWithEveryCommittedWriteAndNotWithReads) {
  const auto g0 = db->write_generation();
  ASSERT_TRUE(g0.has_value());
  ASSERT_TRUE(db->find_user(user).ok());
  ASSERT_TRUE(db->find_session(sha256_hex(token)).ok());
  EXPECT_EQ(db->write_generation(), g0);
  ASSERT_TRUE(db->append_audit(note(now, "test.write")).ok());
  EXPECT_GT(*db->write_generation(), *g0);
}

TEST_F(SessionCache, ASecondLookUpWithinTheCacheTimeIsAnsweredFromMemoryThenTheStoreDecides) {
  ASSERT_TRUE(live());
  delete_sessions_behind_the_store();
  now += kSessionCacheUs - 1;
  EXPECT_TRUE(live());  // the cache's answer: the row is gone
  now += 1;
  EXPECT_FALSE(live());  // past kSessionCacheUs the store answers
}

TEST_F(SessionCache, AnyWriteThroughTheStoreMakesTheCacheMiss) {
  ASSERT_TRUE(live());
  delete_sessions_behind_the_store();
  ASSERT_TRUE(db->append_audit(note(now, "test.write")).ok());
  EXPECT_FALSE(live());
}

TEST_F(SessionCache, LogoutEndsTheSessionAtOnce) {
  auto r = sessions->resolve(token);
  ASSERT_TRUE(r.ok() && r->has_value());
  Request signed_in = request;
  signed_in.caller = **r;
  ASSERT_TRUE(sessions->logout(signed_in).ok());
  EXPECT_FALSE(live());
}

TEST_F(SessionCache, DisablingTheAccountOrResettingItsPasswordEndsTheSessionAtOnce) {
  ASSERT_TRUE(live());
  ASSERT_TRUE(db->set_disabled(user, true, note(now, "account.disable", "user:1")).ok());
  EXPECT_FALSE(live());
  ASSERT_TRUE(db->set_disabled(user, false, note(now, "account.enable", "user:1")).ok());
  auto again = sessions->login("P0001", "mein-eigenes-passwort", request);
  ASSERT_TRUE(again.ok() && again->kind == LoginOutcome::Kind::kOk);
  token = again->token;
  ASSERT_TRUE(live());
  ASSERT_TRUE(sessions->reset_password(request, user, "ein-ganz-neues-passwort").ok());
  EXPECT_FALSE(live());
}

TEST_F(SessionCache, TheSessionsLimitsHoldOnACachedAnswer) {
  // The absolute limit (an hour here), reached within kSessionCacheUs of a
  // look-up that was cached. Requests every 50 s keep it from idling and
  // from being touched (once a minute), so nothing is written on the way.
  const std::int64_t opened = now;
  const std::int64_t end = opened + 3600LL * 1000000;
  while (now + 50'000'000 < end - kSessionCacheUs / 2) {
    now += 50'000'000;
    ASSERT_TRUE(live());
  }
  now = end - kSessionCacheUs / 2;
  ASSERT_TRUE(live());  // may touch last_seen (a write): the entry it leaves then misses
  const auto generation = db->write_generation();
  ASSERT_TRUE(live());  // cached at this generation
  now = end;
  ASSERT_EQ(db->write_generation(), generation);  // so only the limit can refuse it
  EXPECT_FALSE(live());
}

TEST_F(SessionCache, TheCallerAnsweredFromMemoryIsTheStoredOne) {
  auto first = sessions->resolve(token);
  auto second = sessions->resolve(token);
  ASSERT_TRUE(first.ok() && second.ok() && first->has_value() && second->has_value());
  EXPECT_EQ((*second)->user.id, user);
  EXPECT_EQ((*second)->user.login, "P0001");
  EXPECT_EQ((*second)->session, sha256_hex(token));
  EXPECT_EQ((*second)->csrf, (*first)->csrf);
  EXPECT_EQ((*second)->expires_us, (*first)->expires_us);
  // Another token is not answered by the cache.
  std::string other = token;
  other[0] = other[0] == 'a' ? 'b' : 'a';
  auto none = sessions->resolve(other);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

}  // namespace
}  // namespace nc::server::access
