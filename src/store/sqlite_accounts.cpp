// SqliteStore: accounts and role grants, sessions, failed logins and the
// statements (说明) people append to records about them.
#include <algorithm>
#include <utility>

#include "store/sqlite_internal.h"

namespace nc::store {
namespace {

Status load_grants(sqlite3* db, StoredUser& u) {
  Statement st(db, "SELECT role, org_id FROM role_grants WHERE user_id = $1 ORDER BY role, org_id");
  if (!st.prepared()) return db_error(db, "reading role grants");
  st.bind(1, static_cast<long long>(u.user.id.value));
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    u.user.grants.push_back({static_cast<domain::Role>(st.integer(0)),
                             domain::OrgId{static_cast<std::uint32_t>(st.integer(1))}});
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading role grants");
  return Status::Ok();
}

constexpr const char* kUserColumns = "SELECT id, login, member_id, password_hash, disabled, created_us FROM users";

Result<std::vector<StoredUser>> query_users(sqlite3* db, const std::string& where,
                                            const std::optional<std::string>& text, std::optional<long long> number,
                                            std::size_t limit = 0) {
  std::string sql = std::string(kUserColumns) + where + " ORDER BY id";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading accounts");
  if (text) st.bind(1, *text);
  if (number) st.bind(1, *number);
  std::vector<StoredUser> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    StoredUser u;
    u.user.id = domain::UserId{static_cast<std::uint32_t>(st.integer(0))};
    u.user.login = st.text(1);
    if (!st.is_null(2)) u.user.member = domain::MemberId{static_cast<std::uint32_t>(st.integer(2))};
    u.password_hash = st.text(3);
    u.user.disabled = st.integer(4) != 0;
    u.created_us = st.integer(5);
    out.push_back(std::move(u));
  }
  if (rc != SQLITE_DONE) return db_error(db, "reading accounts");
  for (StoredUser& u : out) {
    if (Status s = load_grants(db, u); !s.ok()) return s;
  }
  return out;
}

Result<std::optional<StoredUser>> first(Result<std::vector<StoredUser>> all) {
  if (!all.ok()) return all.status();
  if (all->empty()) return std::optional<StoredUser>();
  return std::optional<StoredUser>(std::move(all->front()));
}

// Moves an account's grants from `current` (as stored) to `next`: the grants
// no longer held go, the new ones come with `granted_us`, the ones kept keep
// their time (the approvers' "since").
Status replace_grants(sqlite3* db, domain::UserId id, const std::vector<domain::RoleGrant>& current,
                      const std::vector<domain::RoleGrant>& next, std::int64_t granted_us) {
  const std::vector<domain::RoleGrant> from = domain::grant_set(current), to = domain::grant_set(next);
  Statement del(db, "DELETE FROM role_grants WHERE user_id = $1 AND role = $2 AND org_id = $3");
  for (const domain::RoleGrant& g : from) {
    if (std::find(to.begin(), to.end(), g) != to.end()) continue;
    del.bind(1, static_cast<long long>(id.value));
    del.bind(2, static_cast<long long>(g.role));
    del.bind(3, static_cast<long long>(g.org.value));
    if (Status s = step_done(db, del, "removing role grant"); !s.ok()) return s;
  }
  Statement ins(db, "INSERT INTO role_grants (user_id, role, org_id, granted_us) VALUES ($1, $2, $3, $4)");
  for (const domain::RoleGrant& g : to) {
    if (std::find(from.begin(), from.end(), g) != from.end()) continue;
    ins.bind(1, static_cast<long long>(id.value));
    ins.bind(2, static_cast<long long>(g.role));
    ins.bind(3, static_cast<long long>(g.org.value));
    ins.bind(4, static_cast<long long>(granted_us));
    if (Status s = step_done(db, ins, "storing role grant"); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<int> delete_sessions(sqlite3* db, domain::UserId user, const std::string& only, const std::string& keep) {
  Statement del(db,
                "DELETE FROM sessions WHERE user_id = $1 AND ($2 = '' OR token_hash = $2)"
                " AND ($3 = '' OR token_hash <> $3)");
  del.bind(1, static_cast<long long>(user.value));
  del.bind(2, only);
  del.bind(3, keep);
  if (Status s = step_done(db, del, "ending sessions"); !s.ok()) return s;
  return sqlite3_changes(db);
}

}  // namespace

Result<domain::UserId> SqliteStore::create_user(const StoredUser& u, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  domain::UserId id;
  Status s = impl_->write("creating account", [&]() -> Status {
    {
      Statement next(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM users");
      if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering accounts");
      id = domain::UserId{static_cast<std::uint32_t>(next.integer(0))};
    }
    Statement ins(db,
                  "INSERT INTO users (id, login, member_id, password_hash, disabled, created_us)"
                  " VALUES ($1, $2, $3, $4, $5, $6)");
    ins.bind(1, static_cast<long long>(id.value));
    ins.bind(2, u.user.login);
    ins.bind_opt(3, u.user.member ? std::optional<long long>(u.user.member->value) : std::nullopt);
    ins.bind(4, u.password_hash);
    ins.bind(5, static_cast<long long>(u.user.disabled ? 1 : 0));
    ins.bind(6, static_cast<long long>(u.created_us));
    if (Status st = step_done(db, ins, "creating account " + u.user.login); !st.ok()) return st;
    if (Status st = replace_grants(db, id, {}, u.user.grants, u.created_us); !st.ok()) return st;
    AuditRecord a = audit;
    if (a.entry.target.empty()) a.entry.target = "user:" + std::to_string(id.value);
    return insert_audit(db, a);
  });
  if (!s.ok()) return s;
  return id;
}

Result<std::vector<domain::UserId>> SqliteStore::create_accounts(const std::vector<NewAccount>& accounts,
                                                                 const AuditRecord& summary) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  std::vector<domain::UserId> ids;
  Status s = impl_->write("opening accounts", [&]() -> Status {
    ids.clear();
    std::uint32_t next_id = 0;
    {
      Statement next(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM users");
      if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering accounts");
      next_id = static_cast<std::uint32_t>(next.integer(0));
    }
    Statement ins(db,
                  "INSERT INTO users (id, login, member_id, password_hash, disabled, created_us)"
                  " VALUES ($1, $2, $3, $4, $5, $6)");
    Statement code(db, "INSERT INTO activation_codes (user_id, code_hash, created_us, expires_us) VALUES ($1, $2, $3, $4)");
    for (const NewAccount& a : accounts) {
      const domain::UserId id{next_id++};
      const StoredUser& u = a.user;
      ins.bind(1, static_cast<long long>(id.value));
      ins.bind(2, u.user.login);
      ins.bind_opt(3, u.user.member ? std::optional<long long>(u.user.member->value) : std::nullopt);
      ins.bind(4, u.password_hash);
      ins.bind(5, static_cast<long long>(u.user.disabled ? 1 : 0));
      ins.bind(6, static_cast<long long>(u.created_us));
      if (Status st = step_done(db, ins, "opening account " + u.user.login); !st.ok()) return st;
      code.bind(1, static_cast<long long>(id.value));
      code.bind(2, a.activation.code_hash);
      code.bind(3, static_cast<long long>(a.activation.created_us));
      code.bind(4, static_cast<long long>(a.activation.expires_us));
      if (Status st = step_done(db, code, "storing activation code"); !st.ok()) return st;
      if (Status st = replace_grants(db, id, {}, u.user.grants, u.created_us); !st.ok()) return st;
      AuditRecord note = a.audit;
      if (note.entry.target.empty()) note.entry.target = "user:" + std::to_string(id.value);
      if (Status st = insert_audit(db, note); !st.ok()) return st;
      ids.push_back(id);
    }
    return insert_audit(db, summary);
  });
  if (!s.ok()) return s;
  return ids;
}

Result<std::optional<ActivationRecord>> SqliteStore::find_activation(domain::UserId id) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db, "SELECT code_hash, created_us, expires_us FROM activation_codes WHERE user_id = $1");
  if (!st.prepared()) return db_error(db, "reading activation code");
  st.bind(1, static_cast<long long>(id.value));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<ActivationRecord>();
  if (rc != SQLITE_ROW) return db_error(db, "reading activation code");
  ActivationRecord out;
  out.user = id;
  out.code_hash = st.text(0);
  out.created_us = st.integer(1);
  out.expires_us = st.integer(2);
  return std::optional<ActivationRecord>(std::move(out));
}

Status SqliteStore::activate_account(domain::UserId id, const std::string& code_hash, const std::string& password_hash,
                                     const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("activating account", [&]() -> Status {
    Statement del(db, "DELETE FROM activation_codes WHERE user_id = $1 AND code_hash = $2");
    del.bind(1, static_cast<long long>(id.value));
    del.bind(2, code_hash);
    if (Status s = step_done(db, del, "using activation code"); !s.ok()) return s;
    if (sqlite3_changes(db) != 1) return Status::NotFound("激活码无效或已使用");
    Statement upd(db, "UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = ''");
    upd.bind(1, password_hash);
    upd.bind(2, static_cast<long long>(id.value));
    if (Status s = step_done(db, upd, "setting first password"); !s.ok()) return s;
    if (sqlite3_changes(db) != 1) return Status::NotFound("账号已设置密码");
    return insert_audit(db, audit);
  });
}

Result<std::optional<StoredUser>> SqliteStore::find_user(domain::UserId id) {
  Impl::Reader reader(*impl_);
  return first(query_users(reader.db(), " WHERE id = $1", std::nullopt, static_cast<long long>(id.value)));
}

Result<std::optional<StoredUser>> SqliteStore::find_user_by_member(domain::MemberId member) {
  Impl::Reader reader(*impl_);
  return first(query_users(reader.db(), " WHERE member_id = $1", std::nullopt, static_cast<long long>(member.value)));
}

Result<GrantHolderPage> SqliteStore::grant_holders(domain::OrgId org, domain::Role role,
                                                   std::optional<domain::UserId> after, std::size_t limit) {
  limit = std::clamp<std::size_t>(limit, 1, 1000);
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db,
               "SELECT user_id, granted_us FROM role_grants WHERE org_id = $1 AND role = $2 AND user_id > $3"
               " ORDER BY user_id LIMIT $4");
  if (!st.prepared()) return db_error(db, "reading grant holders");
  st.bind(1, static_cast<long long>(org.value));
  st.bind(2, static_cast<long long>(role));
  st.bind(3, static_cast<long long>(after ? after->value : 0));
  st.bind(4, static_cast<long long>(limit + 1));
  std::vector<std::pair<long long, std::int64_t>> rows;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) rows.emplace_back(st.integer(0), st.integer(1));
  if (rc != SQLITE_DONE) return db_error(db, "reading grant holders");
  GrantHolderPage page;
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = domain::UserId{static_cast<std::uint32_t>(rows.back().first)};
  }
  for (const auto& [id, granted_us] : rows) {
    auto account = first(query_users(db, " WHERE id = $1", std::nullopt, id));
    if (!account.ok()) return account.status();
    if (!*account) continue;  // a grant without its account: nothing to show
    page.holders.push_back({std::move(**account), granted_us});
  }
  return page;
}

Result<std::optional<StoredUser>> SqliteStore::find_user_by_login(const std::string& login) {
  std::lock_guard lock(impl_->mu);
  return first(query_users(impl_->db, " WHERE login = $1", login, std::nullopt));
}

Result<std::vector<StoredUser>> SqliteStore::list_users() {
  std::lock_guard lock(impl_->mu);
  return query_users(impl_->db, "", std::nullopt, std::nullopt);
}

Result<UserPage> SqliteStore::user_page(std::optional<domain::UserId> after, std::size_t limit) {
  std::lock_guard lock(impl_->mu);
  limit = std::clamp<std::size_t>(limit, 1, 1000);
  auto users = query_users(impl_->db, " WHERE id > $1", std::nullopt,
                           static_cast<long long>(after ? after->value : 0), limit + 1);
  if (!users.ok()) return users.status();
  UserPage page;
  if (users->size() > limit) {
    users->resize(limit);
    page.next = users->back().user.id;
  }
  page.users = std::move(*users);
  Statement n(impl_->db, "SELECT count(*) FROM users");
  if (!n.prepared() || n.step() != SQLITE_ROW) return db_error(impl_->db, "counting accounts");
  page.total = static_cast<std::uint64_t>(n.integer(0));
  return page;
}

Status SqliteStore::set_grants(domain::UserId id, const std::vector<domain::RoleGrant>& expected,
                               const std::vector<domain::RoleGrant>& grants, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("granting roles", [&]() -> Status {
    // Read and compared in the write transaction: nobody writes in between.
    auto stored = query_users(db, " WHERE id = $1", std::nullopt, static_cast<long long>(id.value));
    if (!stored.ok()) return stored.status();
    if (stored->empty()) return Status::NotFound("账号不存在");
    const std::vector<domain::RoleGrant>& current = stored->front().user.grants;
    if (domain::grant_set(current) != domain::grant_set(expected)) {
      return Status::Error(Code::kConflict, "账号的角色已被他人修改，请刷新后重试");
    }
    if (Status s = replace_grants(db, id, current, grants, audit.entry.time_us); !s.ok()) return s;
    return insert_audit(db, audit);
  });
}

Status SqliteStore::set_password(domain::UserId id, const std::string& password_hash, const std::string& keep,
                                 const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("setting password", [&]() -> Status {
    Statement upd(db, "UPDATE users SET password_hash = $1 WHERE id = $2");
    upd.bind(1, password_hash);
    upd.bind(2, static_cast<long long>(id.value));
    if (Status s = step_done(db, upd, "setting password"); !s.ok()) return s;
    if (sqlite3_changes(db) != 1) return Status::NotFound("账号不存在");
    Statement code(db, "DELETE FROM activation_codes WHERE user_id = $1");
    code.bind(1, static_cast<long long>(id.value));
    if (Status s = step_done(db, code, "removing activation code"); !s.ok()) return s;
    auto ended = delete_sessions(db, id, "", keep);
    if (!ended.ok()) return ended.status();
    return insert_audit(db, audit);
  });
}

Status SqliteStore::set_disabled(domain::UserId id, bool disabled, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write(disabled ? "disabling account" : "enabling account", [&]() -> Status {
    Statement upd(db, "UPDATE users SET disabled = $1 WHERE id = $2");
    upd.bind(1, static_cast<long long>(disabled ? 1 : 0));
    upd.bind(2, static_cast<long long>(id.value));
    if (Status s = step_done(db, upd, "changing account state"); !s.ok()) return s;
    if (sqlite3_changes(db) != 1) return Status::NotFound("账号不存在");
    if (disabled) {
      auto ended = delete_sessions(db, id, "", "");
      if (!ended.ok()) return ended.status();
    }
    return insert_audit(db, audit);
  });
}

Status SqliteStore::set_member(domain::UserId id, std::optional<domain::MemberId> member, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("linking account", [&]() -> Status {
    Statement upd(db, "UPDATE users SET member_id = $1 WHERE id = $2");
    upd.bind_opt(1, member ? std::optional<long long>(member->value) : std::nullopt);
    upd.bind(2, static_cast<long long>(id.value));
    if (Status s = step_done(db, upd, "linking account"); !s.ok()) return s;
    if (sqlite3_changes(db) != 1) return Status::NotFound("账号不存在");
    return insert_audit(db, audit);
  });
}

Status SqliteStore::open_session(const SessionRecord& r, const std::optional<std::string>& rehash,
                                 const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("opening session", [&]() -> Status {
    Statement ins(db,
                  "INSERT INTO sessions (token_hash, user_id, csrf, created_us, last_seen_us, expires_us, origin)"
                  " VALUES ($1, $2, $3, $4, $5, $6, $7)");
    ins.bind(1, r.token_hash);
    ins.bind(2, static_cast<long long>(r.user.value));
    ins.bind(3, r.csrf);
    ins.bind(4, static_cast<long long>(r.created_us));
    ins.bind(5, static_cast<long long>(r.last_seen_us));
    ins.bind(6, static_cast<long long>(r.expires_us));
    ins.bind(7, r.origin);
    if (Status s = step_done(db, ins, "opening session"); !s.ok()) return s;
    if (rehash) {
      Statement upd(db, "UPDATE users SET password_hash = $1 WHERE id = $2");
      upd.bind(1, *rehash);
      upd.bind(2, static_cast<long long>(r.user.value));
      if (Status s = step_done(db, upd, "rehashing password"); !s.ok()) return s;
    }
    return insert_audit(db, audit);
  });
}

Result<std::optional<SessionRecord>> SqliteStore::find_session(const std::string& token_hash) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db,
               "SELECT token_hash, user_id, csrf, created_us, last_seen_us, expires_us, origin FROM sessions"
               " WHERE token_hash = $1");
  if (!st.prepared()) return db_error(db, "reading session");
  st.bind(1, token_hash);
  int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<SessionRecord>();
  if (rc != SQLITE_ROW) return db_error(db, "reading session");
  SessionRecord r;
  r.token_hash = st.text(0);
  r.user = domain::UserId{static_cast<std::uint32_t>(st.integer(1))};
  r.csrf = st.text(2);
  r.created_us = st.integer(3);
  r.last_seen_us = st.integer(4);
  r.expires_us = st.integer(5);
  r.origin = st.text(6);
  return std::optional<SessionRecord>(std::move(r));
}

Status SqliteStore::touch_session(const std::string& token_hash, std::int64_t last_seen_us) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement upd(db, "UPDATE sessions SET last_seen_us = $1 WHERE token_hash = $2 AND last_seen_us < $1");
  upd.bind(1, static_cast<long long>(last_seen_us));
  upd.bind(2, token_hash);
  return step_done(db, upd, "touching session");
}

Status SqliteStore::drop_session(const std::string& token_hash) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement del(db, "DELETE FROM sessions WHERE token_hash = $1");
  del.bind(1, token_hash);
  return step_done(db, del, "dropping session");
}

Result<int> SqliteStore::end_sessions(domain::UserId user, const std::string& token_hash, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  int ended = 0;
  Status s = impl_->write("ending sessions", [&]() -> Status {
    auto n = delete_sessions(db, user, token_hash, "");
    if (!n.ok()) return n.status();
    ended = *n;
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return ended;
}

Result<LoginAttempt> SqliteStore::begin_attempt(const std::string& account, const std::string& address,
                                               std::int64_t time_us, std::int64_t since_us,
                                               const AttemptLimits& limits) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  LoginAttempt out;
  Status s = impl_->write("counting failed logins", [&]() -> Status {
    FailedLogins& f = out.failures;
    for (int which = 0; which < 2; ++which) {
      Statement st(db, which == 0
                           ? "SELECT COUNT(*), MIN(time_us) FROM failed_logins WHERE account = $1 AND time_us >= $2"
                           : "SELECT COUNT(*), MIN(time_us) FROM failed_logins WHERE address = $1 AND time_us >= $2");
      if (!st.prepared()) return db_error(db, "counting failed logins");
      st.bind(1, which == 0 ? account : address);
      st.bind(2, static_cast<long long>(since_us));
      if (st.step() != SQLITE_ROW) return db_error(db, "counting failed logins");
      const int n = static_cast<int>(st.integer(0));
      std::optional<std::int64_t> oldest;
      if (!st.is_null(1)) oldest = st.integer(1);
      (which == 0 ? f.account : f.address) = n;
      (which == 0 ? f.oldest_account_us : f.oldest_address_us) = oldest;
    }
    if (f.account >= limits.per_account || f.address >= limits.per_address) return Status::Ok();
    {
      Statement next(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM failed_logins");
      if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering failed logins");
      out.id = static_cast<std::uint64_t>(next.integer(0));
    }
    Statement ins(db, "INSERT INTO failed_logins (id, account, address, time_us) VALUES ($1, $2, $3, $4)");
    ins.bind(1, static_cast<long long>(out.id));
    ins.bind(2, account);
    ins.bind(3, address);
    ins.bind(4, static_cast<long long>(time_us));
    if (Status st = step_done(db, ins, "recording a login attempt"); !st.ok()) return st;
    // Old attempts no longer count for anything.
    Statement old(db, "DELETE FROM failed_logins WHERE time_us < $1");
    old.bind(1, static_cast<long long>(time_us - 24LL * 3600 * 1000000));
    if (Status st = step_done(db, old, "pruning failed logins"); !st.ok()) return st;
    out.admitted = true;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status SqliteStore::forgive_attempt(std::uint64_t attempt) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("forgiving a login attempt", [&]() -> Status {
    Statement del(db, "DELETE FROM failed_logins WHERE id = $1");
    del.bind(1, static_cast<long long>(attempt));
    return step_done(db, del, "forgiving a login attempt");
  });
}

namespace {

constexpr const char* kStatementColumns =
    "SELECT id, kind, record_id, subject_member, author_user, text, time_us, reply_to, handled_us, handled_by"
    " FROM record_statements";

}  // namespace

RecordStatement read_statement(const Statement& st, int c) {
  RecordStatement r;
  r.id = static_cast<std::uint64_t>(st.integer(c + 0));
  r.kind = st.text(c + 1);
  r.record_id = static_cast<std::uint64_t>(st.integer(c + 2));
  r.subject = domain::MemberId{static_cast<std::uint32_t>(st.integer(c + 3))};
  r.author = domain::UserId{static_cast<std::uint32_t>(st.integer(c + 4))};
  r.text = st.text(c + 5);
  r.time_us = st.integer(c + 6);
  if (!st.is_null(c + 7)) r.reply_to = static_cast<std::uint64_t>(st.integer(c + 7));
  if (!st.is_null(c + 8)) r.handled_us = st.integer(c + 8);
  if (!st.is_null(c + 9)) r.handled_by = domain::UserId{static_cast<std::uint32_t>(st.integer(c + 9))};
  return r;
}

namespace {

Result<std::vector<RecordStatement>> read_statements(sqlite3* db, Statement& st) {
  std::vector<RecordStatement> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_statement(st));
  if (rc != SQLITE_DONE) return db_error(db, "reading statements");
  return out;
}

}  // namespace

Result<RecordStatement> SqliteStore::add_statement(const RecordStatement& statement, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  RecordStatement out = statement;
  out.handled_us.reset();
  out.handled_by.reset();
  Status s = impl_->write("appending statement", [&]() -> Status {
    if (out.reply_to) {
      // A reply answers an original on the same record, never another reply.
      Statement orig(db,
                     "SELECT 1 FROM record_statements WHERE id = $1 AND reply_to IS NULL AND kind = $2"
                     " AND record_id = $3 AND subject_member = $4");
      orig.bind(1, static_cast<long long>(*out.reply_to));
      orig.bind(2, out.kind);
      orig.bind(3, static_cast<long long>(out.record_id));
      orig.bind(4, static_cast<long long>(out.subject.value));
      if (!orig.prepared()) return db_error(db, "finding the statement replied to");
      const int rc = orig.step();
      if (rc == SQLITE_DONE) return Status::NotFound("要回复的说明不存在");
      if (rc != SQLITE_ROW) return db_error(db, "finding the statement replied to");
    }
    {
      Statement next(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM record_statements");
      if (!next.prepared() || next.step() != SQLITE_ROW) return db_error(db, "numbering statements");
      out.id = static_cast<std::uint64_t>(next.integer(0));
    }
    Statement ins(db,
                  "INSERT INTO record_statements (id, kind, record_id, subject_member, author_user, text, time_us,"
                  " reply_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
    ins.bind(1, static_cast<long long>(out.id));
    ins.bind(2, out.kind);
    ins.bind(3, static_cast<long long>(out.record_id));
    ins.bind(4, static_cast<long long>(out.subject.value));
    ins.bind(5, static_cast<long long>(out.author.value));
    ins.bind(6, out.text);
    ins.bind(7, static_cast<long long>(out.time_us));
    if (out.reply_to) {
      ins.bind(8, static_cast<long long>(*out.reply_to));
    } else {
      ins.bind_null(8);
    }
    if (Status st = step_done(db, ins, "appending statement"); !st.ok()) return st;
    AuditRecord a = audit;
    a.entry.detail = "statement:" + std::to_string(out.id) +
                     (out.reply_to ? " reply_to:" + std::to_string(*out.reply_to) : std::string());
    return insert_audit(db, a);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<RecordStatement>> SqliteStore::list_statements(domain::MemberId subject) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db, (std::string(kStatementColumns) + " WHERE subject_member = $1 ORDER BY id").c_str());
  if (!st.prepared()) return db_error(db, "reading statements");
  st.bind(1, static_cast<long long>(subject.value));
  return read_statements(db, st);
}

Result<std::vector<RecordStatement>> SqliteStore::list_statements(std::span<const domain::MemberId> subjects) {
  if (subjects.size() > 500) return Status::Invalid("too many subjects in one statements query");
  if (subjects.empty()) return std::vector<RecordStatement>{};
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  std::string sql = std::string(kStatementColumns) + " WHERE subject_member IN (";
  for (std::size_t i = 0; i < subjects.size(); ++i) sql += (i ? ", $" : "$") + std::to_string(i + 1);
  sql += ") ORDER BY id";
  Statement st(db, sql.c_str());
  if (!st.prepared()) return db_error(db, "reading statements");
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    st.bind(static_cast<int>(i + 1), static_cast<long long>(subjects[i].value));
  }
  return read_statements(db, st);
}

Result<std::optional<RecordStatement>> SqliteStore::find_statement(std::uint64_t id) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db, (std::string(kStatementColumns) + " WHERE id = $1").c_str());
  if (!st.prepared()) return db_error(db, "reading a statement");
  st.bind(1, static_cast<long long>(id));
  auto found = read_statements(db, st);
  if (!found.ok()) return found.status();
  if (found->empty()) return std::optional<RecordStatement>();
  return std::optional<RecordStatement>(std::move(found->front()));
}

Status SqliteStore::mark_statement_handled(std::uint64_t id, domain::UserId by, std::int64_t time_us,
                                           const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("marking a statement handled", [&]() -> Status {
    Statement find(db, "SELECT handled_us FROM record_statements WHERE id = $1 AND reply_to IS NULL");
    if (!find.prepared()) return db_error(db, "marking a statement handled");
    find.bind(1, static_cast<long long>(id));
    const int rc = find.step();
    if (rc == SQLITE_DONE) return Status::NotFound("说明不存在");
    if (rc != SQLITE_ROW) return db_error(db, "marking a statement handled");
    if (!find.is_null(0)) return Status::Error(Code::kConflict, "这条说明已标记为已处理");
    Statement upd(db, "UPDATE record_statements SET handled_us = $1, handled_by = $2 WHERE id = $3");
    upd.bind(1, static_cast<long long>(time_us));
    upd.bind(2, static_cast<long long>(by.value));
    upd.bind(3, static_cast<long long>(id));
    if (Status st = step_done(db, upd, "marking a statement handled"); !st.ok()) return st;
    AuditRecord a = audit;
    a.entry.detail = "statement:" + std::to_string(id);
    return insert_audit(db, a);
  });
}

Result<std::uint64_t> SqliteStore::statements_seen(domain::UserId reader, domain::MemberId subject) {
  Impl::Reader connection(*impl_);
  sqlite3* db = connection.db();
  Statement st(db, "SELECT last_id FROM statements_seen WHERE user_id = $1 AND subject_member = $2");
  if (!st.prepared()) return db_error(db, "reading seen statements");
  st.bind(1, static_cast<long long>(reader.value));
  st.bind(2, static_cast<long long>(subject.value));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::uint64_t{0};
  if (rc != SQLITE_ROW) return db_error(db, "reading seen statements");
  return static_cast<std::uint64_t>(st.integer(0));
}

Status SqliteStore::mark_statements_seen(domain::UserId reader, domain::MemberId subject, std::uint64_t last_id) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("recording seen statements", [&]() -> Status {
    Statement st(db,
                 "INSERT INTO statements_seen (user_id, subject_member, last_id) VALUES ($1, $2, $3)"
                 " ON CONFLICT (user_id, subject_member) DO UPDATE SET last_id = excluded.last_id"
                 " WHERE statements_seen.last_id < excluded.last_id");
    st.bind(1, static_cast<long long>(reader.value));
    st.bind(2, static_cast<long long>(subject.value));
    st.bind(3, static_cast<long long>(last_id));
    return step_done(db, st, "recording seen statements");
  });
}

}  // namespace nc::store
