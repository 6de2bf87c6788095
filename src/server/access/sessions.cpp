#include "server/access/sessions.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "server/access/activation.h"
#include "server/access/audit_note.h"
#include "domain/log_text.h"
#include "server/access/credentials.h"

namespace nc::server::access {
namespace {

constexpr std::int64_t kHourUs = 3600LL * 1000000;
constexpr std::int64_t kTouchIntervalUs = 60LL * 1000000;
constexpr const char* kSecureName = "__Host-nc_session";
constexpr const char* kPlainName = "nc_session";

// Account names as the throttle counts them: what was typed, bounded.
std::string account_key(const std::string& username) { return username.substr(0, 64); }

}  // namespace

Sessions::Sessions(std::shared_ptr<store::Store> store, Clock clock, SessionPolicy policy)
    : store_(std::move(store)), clock_(std::move(clock)), policy_(policy) {}

// Seconds until the oldest failure that keeps a limit reached leaves the window.
std::int64_t Sessions::retry_after_s(const store::FailedLogins& f, std::int64_t now) const {
  // The limit reached last to clear decides: its oldest failure must leave the hour.
  std::int64_t oldest = 0;
  if (f.account >= policy_.max_failed_per_account && f.oldest_account_us) oldest = *f.oldest_account_us;
  if (f.address >= policy_.max_failed_per_address && f.oldest_address_us) {
    oldest = std::max(oldest, *f.oldest_address_us);
  }
  return std::max<std::int64_t>(1, (oldest + kHourUs - now) / 1000000 + 1);
}

Result<store::LoginAttempt> Sessions::begin_attempt(const std::string& account, const Request& request) {
  const std::int64_t now = clock_();
  return store_->begin_attempt(account, client_address(request), now, now - kHourUs,
                               {policy_.max_failed_per_account, policy_.max_failed_per_address});
}

Result<std::optional<LoginOutcome>> Sessions::refuse_if_throttled(const store::LoginAttempt& attempt,
                                                                   const std::string& account,
                                                                   const Request& request) {
  if (attempt.admitted) return std::optional<LoginOutcome>();
  LoginOutcome out;
  out.kind = LoginOutcome::Kind::kThrottled;
  out.retry_after_s = retry_after_s(attempt.failures, clock_());
  auto note = audit_note(request, clock_, "login.throttled", "account:" + domain::escape_log_field(account));
  if (Status s = store_->append_audit(note); !s.ok()) return s;
  spdlog::warn("login throttled for an account from {}", domain::escape_log_field(client_address(request)));
  return std::optional<LoginOutcome>(out);
}

Result<Sessions::CodeCheck> Sessions::check_code(domain::UserId user, const std::string& typed) {
  CodeCheck out;
  auto found = store_->find_activation(user);
  if (!found.ok()) return found.status();
  const auto normalised = normalise_activation_code(typed);
  // Hash whatever was typed, so a malformed code takes as long as a wrong one.
  const std::string hash = activation_code_hash(normalised ? *normalised : typed);
  if (!*found || !normalised) return out;
  out.matches = constant_time_equal(hash, (*found)->code_hash);
  out.expired = clock_() >= (*found)->expires_us;
  out.code_hash = hash;
  return out;
}

Result<LoginOutcome> Sessions::open(const store::StoredUser& user, const Request& request,
                                    std::optional<std::string> rehash, domain::AuditAction action) {
  const std::int64_t now = clock_();
  LoginOutcome out;
  store::SessionRecord session;
  out.token = random_token();
  session.token_hash = sha256_hex(out.token);
  session.user = user.user.id;
  session.csrf = random_token();
  session.created_us = now;
  session.last_seen_us = now;
  session.expires_us = now + policy_.absolute_us;
  session.origin = client_address(request);
  Request as_user = request;
  as_user.caller = Caller{user.user, session.token_hash, session.csrf, session.expires_us};
  auto note = audit_note(as_user, clock_, action, "user:" + std::to_string(user.user.id.value));
  if (Status s = store_->open_session(session, rehash, note); !s.ok()) return s;
  out.kind = LoginOutcome::Kind::kOk;
  out.caller = *as_user.caller;
  return out;
}

Result<LoginOutcome> Sessions::login(const std::string& username, const std::string& password,
                                     const Request& request) {
  const std::string account = account_key(username);
  LoginOutcome out;

  auto attempt = begin_attempt(account, request);
  if (!attempt.ok()) return attempt.status();
  auto throttled = refuse_if_throttled(*attempt, account, request);
  if (!throttled.ok()) return throttled.status();
  if (*throttled) return **throttled;

  auto found = store_->find_user_by_login(username);
  if (!found.ok()) return found.status();
  const std::optional<store::StoredUser>& user = *found;
  const bool pending = user && user->password_hash.empty();  // opened with an activation code
  // Hash even for unknown and pending accounts, so timing does not tell which exist.
  bool good = verify_password(user && !pending ? user->password_hash : dummy_hash(), password) && user && !pending;
  bool expired = false;
  if (pending) {
    auto code = check_code(user->user.id, password);
    if (!code.ok()) return code.status();
    good = code->matches;
    expired = code->matches && code->expired;
  }
  if (!good || expired || user->user.disabled) {
    // The attempt stays recorded as a failure.
    auto note = audit_note(request, clock_, "login.failed", "account:" + domain::escape_log_field(account));
    if (good && user->user.disabled) note.entry.detail = "account disabled";
    if (expired) note.entry.detail = "activation code expired";
    if (Status s = store_->append_audit(note); !s.ok()) return s;
    out.kind = !good ? LoginOutcome::Kind::kBadCredentials
               : user->user.disabled ? LoginOutcome::Kind::kDisabled
                                     : LoginOutcome::Kind::kActivationExpired;
    return out;
  }
  if (Status s = store_->forgive_attempt(attempt->id); !s.ok()) return s;
  if (pending) {
    out.kind = LoginOutcome::Kind::kActivationRequired;
    return out;
  }
  std::optional<std::string> rehash;
  if (needs_rehash(user->password_hash)) {
    auto h = hash_password(password);
    if (h.ok()) rehash = *h;
  }
  return open(*user, request, rehash, "login");
}

Result<LoginOutcome> Sessions::activate(const std::string& username, const std::string& code, const std::string& next,
                                        const Request& request) {
  if (Status p = check_password_policy(next); !p.ok()) return p;
  const std::string account = account_key(username);
  LoginOutcome out;
  auto attempt = begin_attempt(account, request);
  if (!attempt.ok()) return attempt.status();
  auto throttled = refuse_if_throttled(*attempt, account, request);
  if (!throttled.ok()) return throttled.status();
  if (*throttled) return **throttled;

  auto found = store_->find_user_by_login(username);
  if (!found.ok()) return found.status();
  const std::optional<store::StoredUser>& user = *found;
  CodeCheck checked;
  if (user && user->password_hash.empty()) {
    auto c = check_code(user->user.id, code);
    if (!c.ok()) return c.status();
    checked = *c;
  } else {
    (void)activation_code_hash(code);
  }
  if (!checked.matches || checked.expired || user->user.disabled) {
    auto note = audit_note(request, clock_, "activation.failed", "account:" + domain::escape_log_field(account));
    if (checked.matches && checked.expired) note.entry.detail = "activation code expired";
    if (checked.matches && user->user.disabled) note.entry.detail = "account disabled";
    if (Status s = store_->append_audit(note); !s.ok()) return s;
    out.kind = !checked.matches  ? LoginOutcome::Kind::kBadCredentials
               : checked.expired ? LoginOutcome::Kind::kActivationExpired
                                 : LoginOutcome::Kind::kDisabled;
    return out;
  }
  auto hash = hash_password(next);
  if (!hash.ok()) return hash.status();
  Request as_user = request;
  as_user.caller = Caller{user->user, "", "", 0};
  auto note = audit_note(as_user, clock_, "account.activate", "user:" + std::to_string(user->user.id.value),
                         std::nullopt, user->user.member);
  if (Status s = store_->activate_account(user->user.id, checked.code_hash, *hash, note); !s.ok()) {
    // Used a moment ago by a concurrent request: the code worked once.
    if (s.code() == Code::kNotFound) return out;
    return s;
  }
  if (Status s = store_->forgive_attempt(attempt->id); !s.ok()) return s;
  return open(*user, request, std::nullopt, "login");
}

std::optional<Caller> Sessions::cached(const std::string& hash, std::uint64_t generation, std::int64_t now) const {
  std::lock_guard lock(cache_mu_);
  auto it = cache_.find(hash);
  if (it == cache_.end()) return std::nullopt;
  const CachedSession& c = it->second;
  // Every limit the store look-up applies, applied again at `now`; the
  // minute's touch of last_seen goes through the store.
  if (c.generation != generation || now < c.cached_us || now - c.cached_us >= kSessionCacheUs) return std::nullopt;
  if (now >= c.caller.expires_us || now - c.last_seen_us >= policy_.idle_us || now - c.last_seen_us >= kTouchIntervalUs) {
    return std::nullopt;
  }
  return c.caller;
}

void Sessions::remember(const std::string& hash, const Caller& caller, std::int64_t last_seen_us,
                        std::uint64_t generation, std::int64_t now) {
  std::lock_guard lock(cache_mu_);
  if (cache_.size() >= kSessionCacheEntries && !cache_.count(hash)) cache_.clear();
  cache_[hash] = CachedSession{caller, last_seen_us, generation, now};
}

void Sessions::forget(const std::string& hash) {
  std::lock_guard lock(cache_mu_);
  cache_.erase(hash);
}

Result<std::optional<Caller>> Sessions::resolve(const std::string& token) {
  if (token.size() != 64) return std::optional<Caller>();
  const std::string hash = sha256_hex(token);
  const std::int64_t now = clock_();
  // Read before the look-up: a write committed after it makes the entry
  // stored below miss (Store::write_generation).
  const std::optional<std::uint64_t> generation = store_->write_generation();
  if (generation) {
    if (std::optional<Caller> hit = cached(hash, *generation, now)) return hit;
  }
  auto found = store_->find_session(hash);
  if (!found.ok()) return found.status();
  if (!*found) {
    forget(hash);
    return std::optional<Caller>();
  }
  const store::SessionRecord& s = **found;
  if (now >= s.expires_us || now - s.last_seen_us >= policy_.idle_us) {
    forget(hash);
    if (Status d = store_->drop_session(hash); !d.ok()) return d;
    return std::optional<Caller>();
  }
  auto user = store_->find_user(s.user);
  if (!user.ok()) return user.status();
  if (!*user || (*user)->user.disabled) {
    forget(hash);
    return std::optional<Caller>();
  }
  // last_seen is written at most once a minute: writing it on every request
  // made every API call a write transaction with a WAL sync (measured: p50
  // 1.7 ms server-side for POST /api/v1/check, docs/benchmarks.md). The idle
  // limit thus counts from at most a minute before the last request.
  std::int64_t last_seen = s.last_seen_us;
  if (now - s.last_seen_us >= kTouchIntervalUs) {
    if (Status t = store_->touch_session(hash, now); !t.ok()) return t;
    last_seen = now;
  }
  Caller caller{(*user)->user, hash, s.csrf, s.expires_us};
  if (generation) remember(hash, caller, last_seen, *generation, now);
  return std::optional<Caller>(std::move(caller));
}

Status Sessions::logout(const Request& request) {
  if (!request.caller) return Status::Ok();
  forget(request.caller->session);
  auto note = audit_note(request, clock_, "logout", "user:" + std::to_string(request.caller->user.id.value));
  auto ended = store_->end_sessions(request.caller->user.id, request.caller->session, note);
  return ended.ok() ? Status::Ok() : ended.status();
}

Result<int> Sessions::logout_everywhere(const Request& request) {
  if (!request.caller) return 0;
  auto note = audit_note(request, clock_, "logout.all", "user:" + std::to_string(request.caller->user.id.value));
  return store_->end_sessions(request.caller->user.id, "", note);
}

Result<bool> Sessions::reauthenticate(const Request& request, const std::string& password) {
  if (!request.caller) return false;
  // Counted with the logins of the same account: a stolen session must not
  // give unlimited guesses at its owner's password.
  const std::string account = account_key(request.caller->user.login);
  auto attempt = begin_attempt(account, request);
  if (!attempt.ok()) return attempt.status();
  const std::string target = "user:" + std::to_string(request.caller->user.id.value);
  if (!attempt->admitted) {
    auto note = audit_note(request, clock_, "reauth.throttled", target);
    if (Status s = store_->append_audit(note); !s.ok()) return s;
    const std::int64_t minutes = (retry_after_s(attempt->failures, clock_()) + 59) / 60;
    return Status::Error(Code::kThrottled, "密码验证失败次数过多，请 " + std::to_string(minutes) + " 分钟后再试");
  }
  auto user = store_->find_user(request.caller->user.id);
  if (!user.ok()) return user.status();
  if (!*user) return false;
  const bool ok = verify_password((*user)->password_hash, password);
  if (!ok) {
    auto note = audit_note(request, clock_, "reauth.failed", target);
    if (Status s = store_->append_audit(note); !s.ok()) return s;
    return false;
  }
  if (Status s = store_->forgive_attempt(attempt->id); !s.ok()) return s;
  return true;
}

Status Sessions::change_password(const Request& request, const std::string& current, const std::string& next) {
  auto ok = reauthenticate(request, current);
  if (!ok.ok()) return ok.status();
  if (!*ok) return Status::Error(Code::kReauthFailed, "当前密码不正确");
  if (Status p = check_password_policy(next); !p.ok()) return p;
  auto hash = hash_password(next);
  if (!hash.ok()) return hash.status();
  auto note = audit_note(request, clock_, "password.change", "user:" + std::to_string(request.caller->user.id.value));
  return store_->set_password(request.caller->user.id, *hash, request.caller->session, note);
}

Status Sessions::reset_password(const Request& request, domain::UserId user, const std::string& next) {
  if (Status p = check_password_policy(next); !p.ok()) return p;
  auto hash = hash_password(next);
  if (!hash.ok()) return hash.status();
  auto note = audit_note(request, clock_, "password.reset", "user:" + std::to_string(user.value));
  return store_->set_password(user, *hash, "", note);
}

std::string Sessions::cookie_name() const { return policy_.secure_cookies ? kSecureName : kPlainName; }

std::string Sessions::session_cookie(const std::string& token) const {
  // No Max-Age: a browser session cookie; the server enforces expiry.
  return cookie_name() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" +
         (policy_.secure_cookies ? "; Secure" : "");
}

std::string Sessions::clearing_cookie() const {
  return cookie_name() + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (policy_.secure_cookies ? "; Secure" : "");
}

std::string Sessions::token_from(const Request& request) const {
  const std::string cookies = request.header("cookie");
  std::size_t pos = 0;
  while (pos < cookies.size()) {
    std::size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    std::string_view pair(cookies.data() + pos, end - pos);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos) {
      const std::string_view name = pair.substr(0, eq);
      if (name == cookie_name()) return std::string(pair.substr(eq + 1));
    }
    pos = end + 1;
  }
  return "";
}

}  // namespace nc::server::access
