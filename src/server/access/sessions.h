// Sessions: login with throttling, session lookup with idle and absolute
// expiry, logout, logout everywhere, password change and reset. Tokens are
// 256 random bits handed to the browser once; the store keeps their SHA-256.
// Every outcome that matters is written to the audit log.
//
// Thread-safe. Its one state is a cache of resolved sessions (by token hash,
// for kSessionCacheUs at most), used only while the store's write generation
// is the one read before the look-up: any committed write (logout, password,
// disabling, a grant, ...) makes every entry miss. Within this process that is
// exact; a write by another process to the same database is seen within
// kSessionCacheUs.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <optional>
#include <string>

#include "common/status.h"
#include "domain/audit_actions.h"
#include "server/clock.h"
#include "server/request.h"
#include "store/store.h"

namespace nc::server::access {

struct SessionPolicy {
  std::int64_t idle_us = 30LL * 60 * 1000000;
  std::int64_t absolute_us = 12LL * 3600 * 1000000;
  int max_failed_per_account = 100;   // per hour
  int max_failed_per_address = 1000;  // per hour
  bool secure_cookies = false;        // behind TLS: __Host- name and Secure
};

struct LoginOutcome {
  // kActivationRequired: an account opened with an activation code, and the
  // code was right: the holder must set a password (Sessions::activate).
  // kActivationExpired: the right code, but too old.
  enum class Kind {
    kOk,
    kBadCredentials,
    kThrottled,
    kDisabled,
    kActivationRequired,
    kActivationExpired
  } kind = Kind::kBadCredentials;
  std::string token;  // kOk: the cookie value, never stored
  Caller caller;      // kOk
  std::int64_t retry_after_s = 0;
};

class Sessions {
 public:
  Sessions(std::shared_ptr<store::Store> store, Clock clock, SessionPolicy policy);

  // For an account opened with an activation code (no password yet),
  // `password` is taken as the code: the right one answers
  // kActivationRequired and opens no session.
  Result<LoginOutcome> login(const std::string& username, const std::string& password, const Request& request);
  // The first login of an account opened with an activation code: the code
  // (counted with the failed logins of the account when wrong) and the new
  // password; the code is then gone, and a session opens (kOk). A weak
  // password is Status "weak_password" and uses nothing.
  Result<LoginOutcome> activate(const std::string& username, const std::string& code, const std::string& next,
                                const Request& request);
  // The live session for a cookie token, touched; nothing when unknown,
  // expired (then removed) or the account is disabled.
  Result<std::optional<Caller>> resolve(const std::string& token);
  Status logout(const Request& request);
  Result<int> logout_everywhere(const Request& request);
  // Re-authenticates the caller with `current`, then sets `next`; ends the
  // caller's other sessions.
  Status change_password(const Request& request, const std::string& current, const std::string& next);
  // Whether `password` is the caller's own (re-authentication). Failures
  // count with the failed logins of the same account; over the limit the
  // answer is Status "throttled" and no password is checked.
  Result<bool> reauthenticate(const Request& request, const std::string& password);
  // An administrator sets another account's password; ends all its sessions.
  Status reset_password(const Request& request, domain::UserId user, const std::string& next);

  // The session token in the request's Cookie header, or "". Behind TLS
  // (secure_cookies) only the __Host- cookie counts: a plain-named cookie
  // can be planted by a sibling subdomain or over plain HTTP.
  std::string token_from(const Request& request) const;
  // Set-Cookie values.
  std::string cookie_name() const;
  std::string session_cookie(const std::string& token) const;
  std::string clearing_cookie() const;
  std::int64_t idle_timeout_s() const { return policy_.idle_us / 1000000; }
  const Clock& clock() const { return clock_; }

 private:
  Result<store::LoginAttempt> begin_attempt(const std::string& account, const Request& request);
  std::int64_t retry_after_s(const store::FailedLogins& failures, std::int64_t now) const;
  // Throttled outcome with its audit entry, or nothing when admitted.
  Result<std::optional<LoginOutcome>> refuse_if_throttled(const store::LoginAttempt& attempt, const std::string& account,
                                                          const Request& request);
  // Whether `typed` is the account's pending activation code (constant-time),
  // and whether it is still valid.
  struct CodeCheck {
    bool matches = false;
    bool expired = false;
    std::string code_hash;
  };
  Result<CodeCheck> check_code(domain::UserId user, const std::string& typed);
  Result<LoginOutcome> open(const store::StoredUser& user, const Request& request, std::optional<std::string> rehash,
                            domain::AuditAction action);

  std::shared_ptr<store::Store> store_;
  Clock clock_;
  SessionPolicy policy_;

  // What resolve() found for a token hash, at store write generation
  // `generation`, at `cached_us`.
  struct CachedSession {
    Caller caller;
    std::int64_t last_seen_us = 0;
    std::uint64_t generation = 0;
    std::int64_t cached_us = 0;
  };
  std::optional<Caller> cached(const std::string& hash, std::uint64_t generation, std::int64_t now) const;
  void remember(const std::string& hash, const Caller& caller, std::int64_t last_seen_us, std::uint64_t generation,
                std::int64_t now);
  void forget(const std::string& hash);
  mutable std::mutex cache_mu_;
  std::unordered_map<std::string, CachedSession> cache_;
};

// How long resolve() may answer from its cache without the store.
inline constexpr std::int64_t kSessionCacheUs = 2LL * 1000000;
// The most sessions cached; past it the cache starts again empty.
inline constexpr std::size_t kSessionCacheEntries = 4096;


}  // namespace nc::server::access
