// Activation codes (server/access/activation.h) and the first login of an
// account opened with one (Sessions::login / activate), against a real store.
#include "server/access/activation.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "server/access/credentials.h"
#include "server/access/sessions.h"
#include "store/sqlite_store.h"

namespace nc::server::access {
namespace {

namespace fs = std::filesystem;

TEST(ActivationCode, HasAtLeast100BitsFromAnAlphabetWithoutLookAlikes) {
  EXPECT_GE(activation_code_bits(), 100.0);
  for (char c : std::string_view("01ILO")) EXPECT_EQ(kActivationAlphabet.find(c), std::string_view::npos) << c;
  std::set<char> distinct(kActivationAlphabet.begin(), kActivationAlphabet.end());
  EXPECT_EQ(distinct.size(), kActivationAlphabet.size());
}

TEST(ActivationCode, IsGroupedInFoursAndUsesOnlyTheAlphabet) {
  const std::string code = generate_activation_code();
  ASSERT_EQ(code.size(), kActivationCodeLength + kActivationCodeLength / kActivationGroup - 1);
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (i % (kActivationGroup + 1) == kActivationGroup) {
      EXPECT_EQ(code[i], '-') << code;
    } else {
      EXPECT_NE(kActivationAlphabet.find(code[i]), std::string_view::npos) << code;
    }
  }
}

TEST(ActivationCode, EverySymbolOccursAndNoCodeRepeats) {
  std::set<std::string> codes;
  std::set<char> seen;
  for (int i = 0; i < 2000; ++i) {
    const std::string c = generate_activation_code();
    codes.insert(c);
    for (char ch : c) {
      if (ch != '-') seen.insert(ch);
    }
  }
  EXPECT_EQ(codes.size(), 2000u);
  EXPECT_EQ(seen.size(), kActivationAlphabet.size());
}

TEST(ActivationCode, TypingIsForgivingButNothingElseIsACode) {
  const std::string code = generate_activation_code();
  std::string typed;
  for (char c : code) typed += c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto a = normalise_activation_code(code);
  const auto b = normalise_activation_code(typed);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(a->size(), kActivationCodeLength);
  EXPECT_FALSE(normalise_activation_code(code.substr(0, code.size() - 1)));
  EXPECT_FALSE(normalise_activation_code(code + "A"));
  std::string with_zero = code;
  with_zero[0] = '0';
  EXPECT_FALSE(normalise_activation_code(with_zero));
  EXPECT_FALSE(normalise_activation_code(""));
  EXPECT_EQ(activation_code_hash(*a), sha256_hex(*a));
  EXPECT_NE(activation_code_hash(*a), *a);
}

store::AuditRecord note(std::int64_t time_us, const std::string& action, const std::string& target = "") {
  store::AuditRecord a;
  a.entry.time_us = time_us;
  a.entry.actor = "test";
  a.entry.action = action;
  a.entry.target = target;
  a.entry.origin = "local";
  return a;
}

// A store with one account opened with a code, and a clock the test moves.
class FirstLogin : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-activation-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto opened = store::SqliteStore::open(dir / "t.db");
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    db = std::shared_ptr<store::Store>(std::move(opened).value());
    ASSERT_TRUE(db->migrate().ok());
    sessions = std::make_unique<Sessions>(db, Clock([this] { return now.load(); }), SessionPolicy{});
    code = generate_activation_code();
    store::NewAccount a;
    a.user.user.login = "P0001";
    a.user.created_us = now;
    a.activation.code_hash = activation_code_hash(*normalise_activation_code(code));
    a.activation.created_us = now;
    a.activation.expires_us = now + kActivationValidityUs;
    a.audit = note(now, "account.create");
    auto ids = db->create_accounts({a}, note(now, "account.provision", "org:1"));
    ASSERT_TRUE(ids.ok()) << ids.status().message();
    ASSERT_EQ(ids->size(), 1u);
    user = ids->front();
    request.remote = "127.0.0.1:5000";
  }
  void TearDown() override {
    sessions.reset();
    db.reset();
    fs::remove_all(dir);
  }
  std::string file_bytes() const {
    std::string all;
    for (const auto& e : fs::directory_iterator(dir)) {
      std::ifstream in(e.path(), std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), {});
    }
    return all;
  }
  fs::path dir;
  std::atomic<std::int64_t> now{1'800'000'000'000'000};
  std::shared_ptr<store::Store> db;
  std::unique_ptr<Sessions> sessions;
  std::string code;
  domain::UserId user;
  Request request;
  const std::string password = "mein-eigenes-passwort";
};

using Kind = LoginOutcome::Kind;

TEST_F(FirstLogin, TheStoreKeepsTheHashOfTheCodeNeverTheCode) {
  auto found = db->find_activation(user);
  ASSERT_TRUE(found.ok() && *found);
  const std::string bare = *normalise_activation_code(code);
  EXPECT_EQ((*found)->code_hash, sha256_hex(bare));
  const std::string bytes = file_bytes();
  EXPECT_EQ(bytes.find(bare), std::string::npos);
  EXPECT_EQ(bytes.find(code), std::string::npos);
  EXPECT_NE(bytes.find((*found)->code_hash), std::string::npos);  // the check can fail: the hash is there
}

TEST_F(FirstLogin, TheCodeAsksForAPasswordWhichThenReplacesIt) {
  auto first = sessions->login("P0001", code, request);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->kind, Kind::kActivationRequired);
  EXPECT_TRUE(first->token.empty());
  // A wrong code, or the right one with a weak password, sets nothing.
  EXPECT_EQ(sessions->activate("P0001", generate_activation_code(), password, request)->kind, Kind::kBadCredentials);
  EXPECT_EQ(sessions->activate("P0001", code, "short", request).status().code(), Code::kWeakPassword);
  auto set = sessions->activate("P0001", code, password, request);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->kind, Kind::kOk);
  EXPECT_EQ(set->token.size(), 64u);
  EXPECT_FALSE(*db->find_activation(user));
  // The code works once: not for login, not for another activation.
  EXPECT_EQ(sessions->login("P0001", code, request)->kind, Kind::kBadCredentials);
  EXPECT_EQ(sessions->activate("P0001", code, "ein-anderes-passwort", request)->kind, Kind::kBadCredentials);
  EXPECT_EQ(sessions->login("P0001", password, request)->kind, Kind::kOk);
}

TEST_F(FirstLogin, AnExpiredCodeSetsNothing) {
  now += kActivationValidityUs;
  EXPECT_EQ(sessions->login("P0001", code, request)->kind, Kind::kActivationExpired);
  EXPECT_EQ(sessions->activate("P0001", code, password, request)->kind, Kind::kActivationExpired);
  EXPECT_TRUE(*db->find_activation(user));
  now -= 1;
  EXPECT_EQ(sessions->login("P0001", code, request)->kind, Kind::kActivationRequired);
}

TEST_F(FirstLogin, WrongCodesCountWithTheLoginThrottle) {
  for (int i = 0; i < SessionPolicy{}.max_failed_per_account; ++i) {
    auto wrong = sessions->activate("P0001", generate_activation_code(), password, request);
    ASSERT_TRUE(wrong.ok());
    ASSERT_EQ(wrong->kind, Kind::kBadCredentials) << i;
  }
  EXPECT_EQ(sessions->activate("P0001", code, password, request)->kind, Kind::kThrottled);
  EXPECT_EQ(sessions->login("P0001", code, request)->kind, Kind::kThrottled);
  EXPECT_TRUE(*db->find_activation(user));
}

TEST_F(FirstLogin, AnAdministratorsResetRemovesThePendingCode) {
  auto hash = hash_password(password);
  ASSERT_TRUE(hash.ok());
  ASSERT_TRUE(db->set_password(user, *hash, "", note(now, "password.reset", "user:1")).ok());
  EXPECT_FALSE(*db->find_activation(user));
  EXPECT_EQ(sessions->login("P0001", code, request)->kind, Kind::kBadCredentials);
}

}  // namespace
}  // namespace nc::server::access
