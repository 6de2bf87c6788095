// PgAccountStore: SqliteStore's sqlite_accounts.cpp (accounts, grants,
// activation codes, sessions, failed logins) on PostgreSQL, statement for
// statement where the dialects agree. Where they differ: a duplicate grant is
// skipped by ON CONFLICT DO NOTHING (in PostgreSQL a failed statement aborts
// its transaction, so it cannot be tried and forgiven as SQLite's is).
#include "store/pg/pg_account_store.h"

#include <algorithm>
#include <utility>

#include "store/pg/audit_append.h"
#include "store/pg/migrate.h"
#include "store/sqlite_store.h"  // utc_now_iso (no database header)

namespace nc::store {
namespace {

using pg::Params;

constexpr std::size_t kMaxLoginsAsked = 1000;
constexpr const char* kUserColumns = "SELECT id, login, member_id, password_hash, disabled, created_us FROM users";

std::optional<std::int64_t> member_param(const std::optional<domain::MemberId>& m) {
  return m ? std::optional<std::int64_t>(m->value) : std::nullopt;
}

Status load_grants(pg::Connection& c, StoredUser& u) {
  auto rows = c.query("SELECT role, org_id FROM role_grants WHERE user_id = $1 ORDER BY role, org_id",
                      Params().add(std::int64_t{u.user.id.value}), "reading role grants");
  if (!rows.ok()) return rows.status();
  for (int r = 0; r < rows->size(); ++r) {
    u.user.grants.push_back({static_cast<domain::Role>(rows->integer(r, 0)),
                             domain::OrgId{static_cast<std::uint32_t>(rows->integer(r, 1))}});
  }
  return Status::Ok();
}

Result<std::vector<StoredUser>> query_users(pg::Connection& c, const std::string& where, const Params& params) {
  auto rows = c.query(std::string(kUserColumns) + where, params, "reading accounts");
  if (!rows.ok()) return rows.status();
  std::vector<StoredUser> out;
  out.reserve(static_cast<std::size_t>(rows->size()));
  for (int r = 0; r < rows->size(); ++r) {
    StoredUser u;
    u.user.id = domain::UserId{static_cast<std::uint32_t>(rows->integer(r, 0))};
    u.user.login = std::string(rows->text(r, 1));
    if (!rows->is_null(r, 2)) u.user.member = domain::MemberId{static_cast<std::uint32_t>(rows->integer(r, 2))};
    u.password_hash = std::string(rows->text(r, 3));
    u.user.disabled = rows->integer(r, 4) != 0;
    u.created_us = rows->integer(r, 5);
    out.push_back(std::move(u));
  }
  for (StoredUser& u : out) {
    if (Status s = load_grants(c, u); !s.ok()) return s;
  }
  return out;
}

Result<std::optional<StoredUser>> first(Result<std::vector<StoredUser>> all) {
  if (!all.ok()) return all.status();
  if (all->empty()) return std::optional<StoredUser>();
  return std::optional<StoredUser>(std::move(all->front()));
}

Result<std::uint32_t> next_user_id(pg::Connection& c) {
  auto next = c.query("SELECT COALESCE(MAX(id), 0) + 1 FROM users", "numbering accounts");
  if (!next.ok()) return next.status();
  return static_cast<std::uint32_t>(next->integer(0, 0));
}

Status insert_user(pg::Connection& c, domain::UserId id, const StoredUser& u, const std::string& what) {
  return c.run(
      "INSERT INTO users (id, login, member_id, password_hash, disabled, created_us) VALUES ($1, $2, $3, $4, $5, $6)",
      Params()
          .add(std::int64_t{id.value})
          .add(u.user.login)
          .add(member_param(u.user.member))
          .add(u.password_hash)
          .add(std::int64_t{u.user.disabled ? 1 : 0})
          .add(static_cast<std::int64_t>(u.created_us)),
      what + " " + u.user.login);
}

// Moves an account's grants from `current` (as stored) to `next`: the grants
// no longer held go, the new ones come with `granted_us`, the ones kept keep
// their time (the approvers' "since").
Status replace_grants(pg::Connection& c, domain::UserId id, const std::vector<domain::RoleGrant>& current,
                      const std::vector<domain::RoleGrant>& next, std::int64_t granted_us) {
  const std::vector<domain::RoleGrant> from = domain::grant_set(current), to = domain::grant_set(next);
  for (const domain::RoleGrant& g : from) {
    if (std::find(to.begin(), to.end(), g) != to.end()) continue;
    if (Status s = c.run("DELETE FROM role_grants WHERE user_id = $1 AND role = $2 AND org_id = $3",
                         Params().add(std::int64_t{id.value}).add(static_cast<std::int64_t>(g.role)).add(
                             std::int64_t{g.org.value}),
                         "removing role grant");
        !s.ok()) {
      return s;
    }
  }
  for (const domain::RoleGrant& g : to) {
    if (std::find(from.begin(), from.end(), g) != from.end()) continue;
    if (Status s = c.run("INSERT INTO role_grants (user_id, role, org_id, granted_us) VALUES ($1, $2, $3, $4)",
                         Params()
                             .add(std::int64_t{id.value})
                             .add(static_cast<std::int64_t>(g.role))
                             .add(std::int64_t{g.org.value})
                             .add(granted_us),
                         "storing role grant");
        !s.ok()) {
      return s;
    }
  }
  return Status::Ok();
}

Result<int> delete_sessions(pg::Connection& c, domain::UserId user, const std::string& only, const std::string& keep) {
  auto gone = c.query(
      "DELETE FROM sessions WHERE user_id = $1 AND ($2 = '' OR token_hash = $2) AND ($3 = '' OR token_hash <> $3)",
      Params().add(std::int64_t{user.value}).add(only).add(keep), "ending sessions");
  if (!gone.ok()) return gone.status();
  return static_cast<int>(gone->affected());
}

AuditRecord with_target(const AuditRecord& audit, domain::UserId id) {
  AuditRecord a = audit;
  if (a.entry.target.empty()) a.entry.target = "user:" + std::to_string(id.value);
  return a;
}

}  // namespace

PgAccountStore::PgAccountStore(std::unique_ptr<pg::Connection> connection) : conn_(std::move(connection)) {}
PgAccountStore::~PgAccountStore() = default;

Result<std::unique_ptr<PgAccountStore>> PgAccountStore::open(const std::string& conninfo) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  return std::unique_ptr<PgAccountStore>(new PgAccountStore(std::move(c).value()));
}

Status PgAccountStore::migrate() {
  std::lock_guard lock(mu_);
  return pg::migrate(*conn_, utc_now_iso);
}

Result<int> PgAccountStore::schema_version() {
  std::lock_guard lock(mu_);
  return pg::schema_version(*conn_);
}

Status PgAccountStore::write(const std::string& what, const std::function<Status()>& body) {
  return conn_->transaction(what, [&]() -> Status {
    if (Status s = pg::lock_writes(*conn_); !s.ok()) return s;
    return body();
  });
}

Result<domain::UserId> PgAccountStore::create_user(const StoredUser& u, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  domain::UserId id;
  Status s = write("creating account", [&]() -> Status {
    auto next = next_user_id(c);
    if (!next.ok()) return next.status();
    id = domain::UserId{*next};
    if (Status st = insert_user(c, id, u, "creating account"); !st.ok()) return st;
    if (Status st = replace_grants(c, id, {}, u.user.grants, u.created_us); !st.ok()) return st;
    return pg::insert_audit(c, with_target(audit, id));
  });
  if (!s.ok()) return s;
  return id;
}

Result<std::vector<domain::UserId>> PgAccountStore::create_accounts(const std::vector<NewAccount>& accounts,
                                                                    const AuditRecord& summary) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::vector<domain::UserId> ids;
  Status s = write("opening accounts", [&]() -> Status {
    ids.clear();
    auto next = next_user_id(c);
    if (!next.ok()) return next.status();
    std::uint32_t next_id = *next;
    for (const NewAccount& a : accounts) {
      const domain::UserId id{next_id++};
      if (Status st = insert_user(c, id, a.user, "opening account"); !st.ok()) return st;
      Status code =
          c.run("INSERT INTO activation_codes (user_id, code_hash, created_us, expires_us) VALUES ($1, $2, $3, $4)",
                Params()
                    .add(std::int64_t{id.value})
                    .add(a.activation.code_hash)
                    .add(static_cast<std::int64_t>(a.activation.created_us))
                    .add(static_cast<std::int64_t>(a.activation.expires_us)),
                "storing activation code");
      if (!code.ok()) return code;
      if (Status st = replace_grants(c, id, {}, a.user.user.grants, a.user.created_us); !st.ok()) return st;
      if (Status st = pg::insert_audit(c, with_target(a.audit, id)); !st.ok()) return st;
      ids.push_back(id);
    }
    return pg::insert_audit(c, summary);
  });
  if (!s.ok()) return s;
  return ids;
}

Result<std::optional<ActivationRecord>> PgAccountStore::find_activation(domain::UserId id) {
  std::lock_guard lock(mu_);
  auto rows = conn_->query("SELECT code_hash, created_us, expires_us FROM activation_codes WHERE user_id = $1",
                           Params().add(std::int64_t{id.value}), "reading activation code");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<ActivationRecord>();
  ActivationRecord out;
  out.user = id;
  out.code_hash = std::string(rows->text(0, 0));
  out.created_us = rows->integer(0, 1);
  out.expires_us = rows->integer(0, 2);
  return std::optional<ActivationRecord>(std::move(out));
}

Status PgAccountStore::activate_account(domain::UserId id, const std::string& code_hash,
                                        const std::string& password_hash, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("activating account", [&]() -> Status {
    auto used = c.query("DELETE FROM activation_codes WHERE user_id = $1 AND code_hash = $2",
                        Params().add(std::int64_t{id.value}).add(code_hash), "using activation code");
    if (!used.ok()) return used.status();
    if (used->affected() != 1) return Status::NotFound("激活码无效或已使用");
    auto set = c.query("UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = ''",
                       Params().add(password_hash).add(std::int64_t{id.value}), "setting first password");
    if (!set.ok()) return set.status();
    if (set->affected() != 1) return Status::NotFound("账号已设置密码");
    return pg::insert_audit(c, audit);
  });
}

Result<std::optional<StoredUser>> PgAccountStore::find_user(domain::UserId id) {
  std::lock_guard lock(mu_);
  return first(query_users(*conn_, " WHERE id = $1", Params().add(std::int64_t{id.value})));
}

Result<std::optional<StoredUser>> PgAccountStore::find_user_by_login(const std::string& login) {
  std::lock_guard lock(mu_);
  return first(query_users(*conn_, " WHERE login = $1", Params().add(login)));
}

Result<std::vector<StoredUser>> PgAccountStore::list_users() {
  std::lock_guard lock(mu_);
  return query_users(*conn_, " ORDER BY id", Params());
}

Result<std::optional<StoredUser>> PgAccountStore::find_user_by_member(domain::MemberId member) {
  std::lock_guard lock(mu_);
  return first(query_users(*conn_, " WHERE member_id = $1", Params().add(std::int64_t{member.value})));
}

Result<GrantHolderPage> PgAccountStore::grant_holders(domain::OrgId org, domain::Role role,
                                                      std::optional<domain::UserId> after, std::size_t limit) {
  limit = std::clamp<std::size_t>(limit, 1, 1000);
  std::lock_guard lock(mu_);
  auto rows = conn_->query(
      "SELECT user_id, granted_us FROM role_grants WHERE org_id = $1 AND role = $2 AND user_id > $3"
      " ORDER BY user_id LIMIT $4",
      Params()
          .add(std::int64_t{org.value})
          .add(static_cast<std::int64_t>(role))
          .add(std::int64_t{after ? after->value : 0})
          .add(static_cast<std::int64_t>(limit + 1)),
      "reading grant holders");
  if (!rows.ok()) return rows.status();
  GrantHolderPage page;
  const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(rows->size()), limit);
  if (static_cast<std::size_t>(rows->size()) > limit) {
    page.next = domain::UserId{static_cast<std::uint32_t>(rows->integer(static_cast<int>(limit) - 1, 0))};
  }
  for (std::size_t r = 0; r < n; ++r) {
    auto account = first(query_users(*conn_, " WHERE id = $1", Params().add(rows->integer(static_cast<int>(r), 0))));
    if (!account.ok()) return account.status();
    if (!*account) continue;  // a grant without its account: nothing to show
    page.holders.push_back({std::move(**account), rows->integer(static_cast<int>(r), 1)});
  }
  return page;
}

Result<UserPage> PgAccountStore::user_page(std::optional<domain::UserId> after, std::size_t limit) {
  std::lock_guard lock(mu_);
  limit = std::clamp<std::size_t>(limit, 1, 1000);
  auto users =
      query_users(*conn_, " WHERE id > $1 ORDER BY id LIMIT $2",
                  Params().add(std::int64_t{after ? after->value : 0}).add(static_cast<std::int64_t>(limit + 1)));
  if (!users.ok()) return users.status();
  UserPage page;
  if (users->size() > limit) {
    users->resize(limit);
    page.next = users->back().user.id;
  }
  page.users = std::move(*users);
  auto n = conn_->query("SELECT count(*) FROM users", "counting accounts");
  if (!n.ok()) return n.status();
  page.total = static_cast<std::uint64_t>(n->integer(0, 0));
  return page;
}

Result<std::vector<std::string>> PgAccountStore::taken_logins(const std::vector<std::string>& logins) {
  if (logins.size() > kMaxLoginsAsked) return Status::Error(Code::kInvalidInput, "too many logins at once");
  std::lock_guard lock(mu_);
  std::vector<std::string> out;
  for (const std::string& login : logins) {
    auto found = conn_->query("SELECT 1 FROM users WHERE login = $1", Params().add(login), "reading accounts");
    if (!found.ok()) return found.status();
    if (!found->empty()) out.push_back(login);
  }
  return out;
}

Status PgAccountStore::set_grants(domain::UserId id, const std::vector<domain::RoleGrant>& expected,
                                  const std::vector<domain::RoleGrant>& grants, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("granting roles", [&]() -> Status {
    // Read and compared under the write lock (pg::lock_writes): nobody writes in between.
    auto stored = query_users(c, " WHERE id = $1", Params().add(std::int64_t{id.value}));
    if (!stored.ok()) return stored.status();
    if (stored->empty()) return Status::NotFound("账号不存在");
    const std::vector<domain::RoleGrant>& current = stored->front().user.grants;
    if (domain::grant_set(current) != domain::grant_set(expected)) {
      return Status::Error(Code::kConflict, "账号的角色已被他人修改，请刷新后重试");
    }
    if (Status s = replace_grants(c, id, current, grants, audit.entry.time_us); !s.ok()) return s;
    return pg::insert_audit(c, audit);
  });
}

Status PgAccountStore::set_password(domain::UserId id, const std::string& password_hash, const std::string& keep,
                                    const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("setting password", [&]() -> Status {
    auto set = c.query("UPDATE users SET password_hash = $1 WHERE id = $2",
                       Params().add(password_hash).add(std::int64_t{id.value}), "setting password");
    if (!set.ok()) return set.status();
    if (set->affected() != 1) return Status::NotFound("账号不存在");
    if (Status s = c.run("DELETE FROM activation_codes WHERE user_id = $1", Params().add(std::int64_t{id.value}),
                         "removing activation code");
        !s.ok()) {
      return s;
    }
    auto ended = delete_sessions(c, id, "", keep);
    if (!ended.ok()) return ended.status();
    return pg::insert_audit(c, audit);
  });
}

Status PgAccountStore::set_disabled(domain::UserId id, bool disabled, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write(disabled ? "disabling account" : "enabling account", [&]() -> Status {
    auto set =
        c.query("UPDATE users SET disabled = $1 WHERE id = $2",
                Params().add(std::int64_t{disabled ? 1 : 0}).add(std::int64_t{id.value}), "changing account state");
    if (!set.ok()) return set.status();
    if (set->affected() != 1) return Status::NotFound("账号不存在");
    if (disabled) {
      auto ended = delete_sessions(c, id, "", "");
      if (!ended.ok()) return ended.status();
    }
    return pg::insert_audit(c, audit);
  });
}

Status PgAccountStore::set_member(domain::UserId id, std::optional<domain::MemberId> member, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("linking account", [&]() -> Status {
    auto set = c.query("UPDATE users SET member_id = $1 WHERE id = $2",
                       Params().add(member_param(member)).add(std::int64_t{id.value}), "linking account");
    if (!set.ok()) return set.status();
    if (set->affected() != 1) return Status::NotFound("账号不存在");
    return pg::insert_audit(c, audit);
  });
}

Status PgAccountStore::open_session(const SessionRecord& r, const std::optional<std::string>& rehash,
                                    const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("opening session", [&]() -> Status {
    Status ins = c.run(
        "INSERT INTO sessions (token_hash, user_id, csrf, created_us, last_seen_us, expires_us, origin)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7)",
        Params()
            .add(r.token_hash)
            .add(std::int64_t{r.user.value})
            .add(r.csrf)
            .add(static_cast<std::int64_t>(r.created_us))
            .add(static_cast<std::int64_t>(r.last_seen_us))
            .add(static_cast<std::int64_t>(r.expires_us))
            .add(r.origin),
        "opening session");
    if (!ins.ok()) return ins;
    if (rehash) {
      if (Status s = c.run("UPDATE users SET password_hash = $1 WHERE id = $2",
                           Params().add(*rehash).add(std::int64_t{r.user.value}), "rehashing password");
          !s.ok()) {
        return s;
      }
    }
    return pg::insert_audit(c, audit);
  });
}

Result<std::optional<SessionRecord>> PgAccountStore::find_session(const std::string& token_hash) {
  std::lock_guard lock(mu_);
  auto rows = conn_->query(
      "SELECT token_hash, user_id, csrf, created_us, last_seen_us, expires_us, origin FROM sessions"
      " WHERE token_hash = $1",
      Params().add(token_hash), "reading session");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<SessionRecord>();
  SessionRecord r;
  r.token_hash = std::string(rows->text(0, 0));
  r.user = domain::UserId{static_cast<std::uint32_t>(rows->integer(0, 1))};
  r.csrf = std::string(rows->text(0, 2));
  r.created_us = rows->integer(0, 3);
  r.last_seen_us = rows->integer(0, 4);
  r.expires_us = rows->integer(0, 5);
  r.origin = std::string(rows->text(0, 6));
  return std::optional<SessionRecord>(std::move(r));
}

Status PgAccountStore::touch_session(const std::string& token_hash, std::int64_t last_seen_us) {
  std::lock_guard lock(mu_);
  return conn_->run("UPDATE sessions SET last_seen_us = $1 WHERE token_hash = $2 AND last_seen_us < $1",
                    Params().add(static_cast<std::int64_t>(last_seen_us)).add(token_hash), "touching session");
}

Status PgAccountStore::drop_session(const std::string& token_hash) {
  std::lock_guard lock(mu_);
  return conn_->run("DELETE FROM sessions WHERE token_hash = $1", Params().add(token_hash), "dropping session");
}

Result<int> PgAccountStore::end_sessions(domain::UserId user, const std::string& token_hash, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  int ended = 0;
  Status s = write("ending sessions", [&]() -> Status {
    auto n = delete_sessions(*conn_, user, token_hash, "");
    if (!n.ok()) return n.status();
    ended = *n;
    return pg::insert_audit(*conn_, audit);
  });
  if (!s.ok()) return s;
  return ended;
}

Result<LoginAttempt> PgAccountStore::begin_attempt(const std::string& account, const std::string& address,
                                                   std::int64_t time_us, std::int64_t since_us,
                                                   const AttemptLimits& limits) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  LoginAttempt out;
  Status s = write("counting failed logins", [&]() -> Status {
    FailedLogins& f = out.failures;
    for (int which = 0; which < 2; ++which) {
      auto rows =
          c.query(which == 0 ? "SELECT COUNT(*), MIN(time_us) FROM failed_logins WHERE account = $1 AND time_us >= $2"
                             : "SELECT COUNT(*), MIN(time_us) FROM failed_logins WHERE address = $1 AND time_us >= $2",
                  Params().add(which == 0 ? account : address).add(static_cast<std::int64_t>(since_us)),
                  "counting failed logins");
      if (!rows.ok()) return rows.status();
      (which == 0 ? f.account : f.address) = static_cast<int>(rows->integer(0, 0));
      (which == 0 ? f.oldest_account_us : f.oldest_address_us) = rows->optional_integer(0, 1);
    }
    if (f.account >= limits.per_account || f.address >= limits.per_address) return Status::Ok();
    auto next = c.query("SELECT COALESCE(MAX(id), 0) + 1 FROM failed_logins", "numbering failed logins");
    if (!next.ok()) return next.status();
    out.id = static_cast<std::uint64_t>(next->integer(0, 0));
    if (Status st = c.run("INSERT INTO failed_logins (id, account, address, time_us) VALUES ($1, $2, $3, $4)",
                          Params()
                              .add(static_cast<std::int64_t>(out.id))
                              .add(account)
                              .add(address)
                              .add(static_cast<std::int64_t>(time_us)),
                          "recording a login attempt");
        !st.ok()) {
      return st;
    }
    // Old attempts no longer count for anything.
    if (Status st =
            c.run("DELETE FROM failed_logins WHERE time_us < $1",
                  Params().add(static_cast<std::int64_t>(time_us - 24LL * 3600 * 1000000)), "pruning failed logins");
        !st.ok()) {
      return st;
    }
    out.admitted = true;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status PgAccountStore::forgive_attempt(std::uint64_t attempt) {
  std::lock_guard lock(mu_);
  return write("forgiving a login attempt", [&]() -> Status {
    return conn_->run("DELETE FROM failed_logins WHERE id = $1", Params().add(static_cast<std::int64_t>(attempt)),
                      "forgiving a login attempt");
  });
}

}  // namespace nc::store
