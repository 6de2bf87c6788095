// Private to store/: the SQLite connection behind SqliteStore and a small
// prepared-statement wrapper, shared by the files that implement its methods.
// Callers hold Impl::mu while they use the connection.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/sqlite_store.h"

namespace nc::store {

// Prepared statements kept per connection, so that the statements every
// request runs (the session and account look-ups) are compiled once, not per
// call (measured: three prepares were a third of the CPU time of a
// POST /api/v1/check, docs/benchmarks.md). Keyed by SQL text; a statement in
// use is not handed out twice (a nested use of the same SQL prepares its
// own). Callers hold Impl::mu, as for every use of the connection; the
// cache's own lock only guards the map of connections.
class StatementCache {
 public:
  // A prepared statement for sql on db, from the cache or freshly prepared;
  // *cached tells which. nullptr when the SQL does not compile.
  static sqlite3_stmt* acquire(sqlite3* db, const char* sql, bool* cached) {
    std::lock_guard lock(mu());
    auto& entries = map()[db];
    for (Entry& e : entries) {
      if (!e.in_use && e.sql == sql) {
        e.in_use = true;
        *cached = true;
        return e.stmt;
      }
    }
    *cached = false;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
      sqlite3_finalize(st);
      return nullptr;
    }
    if (entries.size() < kMaxPerConnection && !has(entries, sql)) {
      entries.push_back({sql, st, true});
      *cached = true;
    }
    return st;
  }
  // Hands a cached statement back, reset and with its bindings cleared.
  static void release(sqlite3* db, sqlite3_stmt* st) {
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    std::lock_guard lock(mu());
    for (Entry& e : map()[db])
      if (e.stmt == st) e.in_use = false;
  }
  // Before the connection closes.
  static void drop(sqlite3* db) {
    std::lock_guard lock(mu());
    auto it = map().find(db);
    if (it == map().end()) return;
    for (Entry& e : it->second) sqlite3_finalize(e.stmt);
    map().erase(it);
  }

 private:
  static constexpr size_t kMaxPerConnection = 64;
  struct Entry {
    std::string sql;
    sqlite3_stmt* stmt;
    bool in_use;
  };
  static bool has(const std::vector<Entry>& entries, const char* sql) {
    for (const Entry& e : entries)
      if (e.sql == sql) return true;
    return false;
  }
  static std::mutex& mu() {
    static std::mutex m;
    return m;
  }
  static std::unordered_map<sqlite3*, std::vector<Entry>>& map() {
    static std::unordered_map<sqlite3*, std::vector<Entry>> m;
    return m;
  }
};

// A prepared statement (from the connection's StatementCache); handed back
// reset on destruction. Statements number their parameters $1, $2 … in order
// of appearance: SQLite binds those by position just as PostgreSQL does, so
// the same text serves both.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    stmt_ = StatementCache::acquire(db, sql, &cached_);
    rc_ = stmt_ ? SQLITE_OK : SQLITE_ERROR;
  }
  ~Statement() {
    if (!stmt_) return;
    if (cached_) {
      StatementCache::release(db_, stmt_);
    } else {
      sqlite3_finalize(stmt_);
    }
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool prepared() const { return rc_ == SQLITE_OK && stmt_ != nullptr; }
  // Binds are 1-based. Text is copied, so temporaries are fine.
  void bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void bind(int index, long long value) { sqlite3_bind_int64(stmt_, index, value); }
  // Bytes as a BLOB (copied).
  void bind_blob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  }
  void bind_null(int index) { sqlite3_bind_null(stmt_, index); }
  template <typename T>
  void bind_opt(int index, const std::optional<T>& value) {
    if (value) {
      bind(index, *value);
    } else {
      bind_null(index);
    }
  }
  bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  // Makes the statement ready to run again with new bindings.
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(stmt_); }
  std::string text(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
  }
  long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::string blob(int column) const {
    const void* p = sqlite3_column_blob(stmt_, column);
    int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool cached_ = false;
  int rc_ = SQLITE_ERROR;
};

inline Status db_error(sqlite3* db, const std::string& what) {
  return Status::Error(Code::kStorage, what + ": " + sqlite3_errmsg(db));
}

// Runs a statement that returns no rows and resets it for the next bindings.
inline Status step_done(sqlite3* db, Statement& st, const std::string& what) {
  if (!st.prepared()) return db_error(db, what);
  const int rc = st.step();
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Status::Error(Code::kConflict, what + ": " + sqlite3_errmsg(db));
  }
  if (rc != SQLITE_DONE) return db_error(db, what);
  st.reset();
  return Status::Ok();
}

struct SqliteStore::Impl {
  sqlite3* db = nullptr;
  std::string file;
  Options options;
  std::mutex mu;
  // Grows after each committed write transaction (sqlite3_wal_hook, called
  // once the commit is done): Store::write_generation.
  std::atomic<std::uint64_t> commits{0};

  // Reader connections (issue 10, the registers at 16 clients): in WAL mode
  // a read does not wait for the writer nor for another reader, so the hot
  // reads (a session, a register page, counts, 待办) each take a connection
  // of their own instead of `mu` and `db`. Opened on demand, kept idle here,
  // query_only. A read on one of them starts its snapshot at its first
  // statement, so it sees every write committed before the call. An
  // in-memory database has no second connection: its reads take `mu`.
  std::mutex readers_mu;
  std::vector<sqlite3*> idle_readers;
  std::size_t open_readers = 0;

  // Audit entries of reads waiting to be stored (group commit, as a
  // database's log does): the first caller to find no writer at work takes
  // every entry queued so far and stores them in one write transaction —
  // one WAL sync for all — in the order they came, each chained to the one
  // before; every caller returns only once its own entry is committed.
  struct QueuedAudit {
    const AuditRecord* record;
    Status result = Status::Ok();
    bool done = false;
  };
  std::mutex audit_mu;
  std::condition_variable audit_cv;
  std::vector<QueuedAudit*> audit_queue;
  bool audit_writing = false;

  ~Impl() {
    for (sqlite3* r : idle_readers) {
      StatementCache::drop(r);
      sqlite3_close_v2(r);
    }
    StatementCache::drop(db);
    sqlite3_close_v2(db);
  }

  // A connection for one read; handed back when it goes out of scope.
  class Reader {
   public:
    explicit Reader(Impl& impl) : impl_(impl) {
      db_ = impl.take_reader();
      if (!db_) {
        shared_ = std::unique_lock<std::mutex>(impl.mu);
        db_ = impl.db;
      }
    }
    ~Reader() {
      if (!shared_.owns_lock()) impl_.give_back(db_);
    }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;
    sqlite3* db() const { return db_; }

   private:
    Impl& impl_;
    sqlite3* db_ = nullptr;
    std::unique_lock<std::mutex> shared_;
  };

  // An idle reader or a new one; nullptr when the database has none (in memory) or one cannot open.
  sqlite3* take_reader();
  void give_back(sqlite3* reader);

  Status exec(const char* sql, const std::string& what) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : sqlite3_errmsg(db);
      sqlite3_free(message);
      return Status::Error(Code::kStorage, what + ": " + text);
    }
    return Status::Ok();
  }
  void rollback() { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); }

  // Runs `body` in one write transaction (BEGIN IMMEDIATE): committed when it
  // returns ok, rolled back otherwise. Callers hold `mu`.
  template <typename Body>
  Status write(const std::string& what, Body&& body) {
    if (Status b = exec("BEGIN IMMEDIATE", "starting " + what); !b.ok()) return b;
    Status s = body();
    if (!s.ok()) {
      rollback();
      return s;
    }
    if (Status c = exec("COMMIT", "committing " + what); !c.ok()) {
      rollback();
      return c;
    }
    return Status::Ok();
  }

  Result<int> current_version() {
    Statement st(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
    if (!st.prepared()) return db_error(db, "reading schema_version");
    if (st.step() != SQLITE_ROW) return db_error(db, "reading schema_version");
    return static_cast<int>(st.integer(0));
  }
};

// Appends `audit` chained to the current head; inside a write transaction.
// Defined in sqlite_audit.cpp.
Status insert_audit(sqlite3* db, const AuditRecord& audit);

// A date column (ISO text, or NULL). Defined in sqlite_directory.cpp.
std::optional<domain::Date> read_date(const Statement& st, int column);
// A member from a row whose first columns are, in order: id, name, number,
// org_id, category, cadre, cadre_level, status, status_since, joined,
// regularised (the full load and every page read them so). Defined in
// sqlite_directory.cpp.
domain::Member read_member(const Statement& st);
// A record_statements row read from column c on (id, kind, record_id,
// subject_member, author_user, text, time_us, reply_to, handled_us, handled_by).
RecordStatement read_statement(const Statement& st, int c = 0);

// A scope part as a half-open range of paths. Paths are ids followed by '/'
// and no id starts with '0', which sorts right after '/': "1/5/" with its
// subtree is ["1/5/", "1/50"), "1/5/" alone is ["1/5/", "1/5/0"). Defined in
// sqlite_pages.cpp, with:
struct PathRange {
  std::string lo, hi;
};
// An organisation's path (migration 9); nothing for an unknown one.
Result<std::optional<std::string>> org_path(sqlite3* db, domain::OrgId org);
PathRange range_of(const std::string& path, bool subtree);
// The scope's parts as ranges, sorted (parts of unknown organisations left out).
Result<std::vector<PathRange>> ranges_of(sqlite3* db, const std::vector<OrgScope>& scope);

// The transfer rule (issue 10, sqlite_workflow.cpp): the member's records
// kept by another organisation than `to` move to `to`, each with a
// "transfer" step, counters too; inside the caller's transaction.
Status transfer_records(sqlite3* db, domain::MemberId member, domain::OrgId to, const AuditRecord& audit);
// The subtrees' record counters recomputed from the organisations' own (after
// a change of the hierarchy), inside the caller's transaction.
Status recount_subtrees(sqlite3* db);
// Moves one organisation's counter of `kind` and `state` in `month` (YYYY-MM)
// by `delta`, its own and its subtrees' above it (migration 15's tables), inside
// the caller's transaction. The quizzes keep theirs here under the kind
// kQuizCounterKind (sqlite_quiz.cpp): no register kind has that id.
Status bump_month_count(sqlite3* db, domain::OrgId org, const std::string& kind, const std::string& state,
                        const std::string& month, long long delta);
inline constexpr const char* kQuizCounterKind = "quiz";
// The scope's parts to count, each once (a part inside another part's subtree
// is counted with it; parts of unknown organisations left out).
Result<std::vector<OrgScope>> counted_parts(sqlite3* db, const std::vector<OrgScope>& scope);

}  // namespace nc::store
