#include "store/sqlite_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <mutex>
#include <utility>

#include "store/migrations.h"
#include "store/sqlite_internal.h"

namespace nc::store {

namespace {

// The database holds password hashes and people's records: readable by the
// server's own user only. SQLite gives its -wal and -shm files the mode of
// the database file, so the database is made 0600 before SQLite opens it,
// and an older, wider one is narrowed.
Status owner_only(const std::string& file) {
  if (file.empty() || file == ":memory:") return Status::Ok();
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return Status::Error(Code::kStorage, "cannot open database " + file + ": " + std::strerror(errno));
  struct stat st {};
  Status out = Status::Ok();
  if (::fstat(fd, &st) != 0) {
    out = Status::Error(Code::kStorage, "cannot read the mode of " + file + ": " + std::strerror(errno));
  } else if ((st.st_mode & 077) != 0 && ::fchmod(fd, 0600) != 0) {
    out = Status::Error(Code::kStorage, "cannot make " + file + " readable by its owner only: " + std::strerror(errno));
  }
  ::close(fd);
  for (const char* suffix : {"-wal", "-shm"}) {
    const std::string side = file + suffix;
    if (::stat(side.c_str(), &st) == 0 && (st.st_mode & 077) != 0) ::chmod(side.c_str(), 0600);
  }
  return out;
}

// Pages each connection keeps in memory (KiB when negative): the default
// 2 MiB made a register page re-read its index pages from the file on every
// request (a third of the CPU in pread under load, docs/benchmarks.md).
constexpr const char* kCacheSize = "PRAGMA cache_size=-32768";
constexpr std::size_t kMaxReaders = 16;  // beyond that, reads share the writer's connection

}  // namespace

sqlite3* SqliteStore::Impl::take_reader() {
  if (file.empty() || file == ":memory:") return nullptr;
  {
    std::lock_guard lock(readers_mu);
    if (!idle_readers.empty()) {
      sqlite3* r = idle_readers.back();
      idle_readers.pop_back();
      return r;
    }
    if (open_readers >= kMaxReaders) return nullptr;
    ++open_readers;
  }
  sqlite3* r = nullptr;
  const bool opened = sqlite3_open_v2(file.c_str(), &r, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
                      sqlite3_exec(r, "PRAGMA query_only=1", nullptr, nullptr, nullptr) == SQLITE_OK &&
                      sqlite3_exec(r, kCacheSize, nullptr, nullptr, nullptr) == SQLITE_OK;
  if (!opened) {
    sqlite3_close_v2(r);
    std::lock_guard lock(readers_mu);
    --open_readers;
    return nullptr;
  }
  sqlite3_extended_result_codes(r, 1);
  sqlite3_busy_timeout(r, static_cast<int>(options.busy_timeout.count()));
  return r;
}

void SqliteStore::Impl::give_back(sqlite3* reader) {
  std::lock_guard lock(readers_mu);
  idle_readers.push_back(reader);
}

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& file, Options options) {
  auto impl = std::make_unique<Impl>();
  impl->file = file.string();
  impl->options = std::move(options);
  if (!impl->options.now) impl->options.now = utc_now_iso;
  if (Status mode = owner_only(impl->file); !mode.ok()) return mode;
  int rc = sqlite3_open_v2(impl->file.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = impl->db ? sqlite3_errmsg(impl->db) : sqlite3_errstr(rc);
    return Status::Error(Code::kStorage, "cannot open database " + impl->file + ": " + message);
  }
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, static_cast<int>(impl->options.busy_timeout.count()));
  {
    // journal_mode answers with the mode in force; anything but "wal" means
    // the file cannot be used as we intend (e.g. a read-only directory).
    Statement st(impl->db, "PRAGMA journal_mode=WAL");
    if (!st.prepared() || st.step() != SQLITE_ROW) {
      return db_error(impl->db, "cannot use database " + impl->file);
    }
    if (st.text(0) != "wal") {
      return Status::Error(Code::kStorage, "cannot switch " + impl->file + " to WAL mode (got " + st.text(0) + ")");
    }
  }
  Status s = impl->exec("PRAGMA foreign_keys=ON", "enabling foreign keys on " + impl->file);
  if (!s.ok()) return s;
  if (Status c = impl->exec(kCacheSize, "sizing the page cache of " + impl->file); !c.ok()) return c;
  // Called after every commit of a write transaction, the write lock
  // released (WAL mode, required above): counts commits for
  // write_generation. It replaces SQLite's default WAL hook, so it also
  // does what that one does: a passive checkpoint once the log holds
  // kAutoCheckpointPages pages (SQLite's default threshold).
  sqlite3_wal_hook(
      impl->db,
      [](void* counter, sqlite3* db, const char* name, int pages) -> int {
        static_cast<std::atomic<std::uint64_t>*>(counter)->fetch_add(1, std::memory_order_release);
        constexpr int kAutoCheckpointPages = 1000;
        if (pages >= kAutoCheckpointPages) sqlite3_wal_checkpoint(db, name);
        return SQLITE_OK;
      },
      &impl->commits);
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(impl)));
}

std::optional<std::uint64_t> SqliteStore::write_generation() const {
  return impl_->commits.load(std::memory_order_acquire);
}

Status SqliteStore::migrate() {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Status s = impl_->exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER NOT NULL PRIMARY KEY,"
      " applied_at TEXT NOT NULL)",
      "creating schema_version");
  if (!s.ok()) return s;

  const auto all = migrations();
  const int newest = all.empty() ? 0 : all.back().version;
  for (const Migration& m : all) {
    // BEGIN IMMEDIATE takes the write lock first, so two processes starting
    // at once cannot both apply the same migration.
    if (Status b = impl_->exec("BEGIN IMMEDIATE", "starting migration"); !b.ok()) return b;
    Result<int> current = impl_->current_version();
    if (!current.ok()) {
      impl_->rollback();
      return current.status();
    }
    if (*current > newest) {
      impl_->rollback();
      return Status::Error(Code::kSchemaTooNew, "database " + impl_->file + " has schema version " +
                                                 std::to_string(*current) + ", newer than this netconduct knows (" +
                                                 std::to_string(newest) + "); use a newer netconduct");
    }
    if (m.version <= *current) {
      impl_->rollback();
      continue;
    }
    if (Status e = impl_->exec(m.sql, "applying migration " + std::to_string(m.version)); !e.ok()) {
      impl_->rollback();
      return e;
    }
    Statement ins(db, "INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)");
    if (!ins.prepared()) {
      impl_->rollback();
      return db_error(db, "recording migration");
    }
    ins.bind(1, static_cast<long long>(m.version));
    ins.bind(2, impl_->options.now());
    if (ins.step() != SQLITE_DONE) {
      Status err = db_error(db, "recording migration " + std::to_string(m.version));
      impl_->rollback();
      return err;
    }
    if (Status c = impl_->exec("COMMIT", "committing migration " + std::to_string(m.version)); !c.ok()) {
      impl_->rollback();
      return c;
    }
  }
  return Status::Ok();
}

Result<int> SqliteStore::schema_version() {
  std::lock_guard lock(impl_->mu);
  Statement exists(impl_->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!exists.prepared()) return db_error(impl_->db, "reading schema");
  int rc = exists.step();
  if (rc == SQLITE_DONE) return 0;
  if (rc != SQLITE_ROW) return db_error(impl_->db, "reading schema");
  return impl_->current_version();
}

Result<PutOutcome> SqliteStore::put_rulebook_source(const rulebook::RulebookSource& source,
                                                    const rulebook::Rulebook& built) {
  if (source.id.empty()) return Status::Invalid("rulebook source has no id");
  if (built.id != source.id) {
    return Status::Invalid("rulebook built as '" + built.id + "' does not match its source '" + source.id + "'");
  }
  const std::string digest = source_digest(source);

  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  if (Status b = impl_->exec("BEGIN IMMEDIATE", "starting transaction"); !b.ok()) return b;

  // Everything below fails through here, so the transaction never stays open.
  auto fail = [&](Status s) -> Result<PutOutcome> {
    impl_->rollback();
    return s;
  };

  {
    Statement find(db,
                   "SELECT source_sha256, source_text FROM rulebook_versions"
                   " WHERE rulebook_id = $1 AND effective_date = $2");
    if (!find.prepared()) return fail(db_error(db, "looking up rulebook"));
    find.bind(1, source.id);
    find.bind(2, source.effective_date);
    int rc = find.step();
    if (rc == SQLITE_ROW) {
      if (find.text(0) == digest) {
        impl_->rollback();
        return PutOutcome::AlreadyPresent;
      }
      if (find.text(1) != source.text) {
        impl_->rollback();
        return Status::Error(Code::kConflict, "rulebook " + source.id + " effective " +
                                             (source.effective_date.empty() ? "(no date)" : source.effective_date) +
                                             " is already stored with a different text; give the new text its own "
                                             "effective date, or remove the stored version");
      }
      // Same text, reviewed annotations or version label changed: they are
      // metadata about the text, so the stored version takes them.
      Statement upd(db,
                    "UPDATE rulebook_versions SET title = $1, version = $2, annotations = $3, source_sha256 = $4"
                    " WHERE rulebook_id = $5 AND effective_date = $6");
      if (!upd.prepared()) return fail(db_error(db, "updating rulebook"));
      upd.bind(1, built.title);
      upd.bind(2, source.version);
      upd.bind(3, source.annotations);
      upd.bind(4, digest);
      upd.bind(5, source.id);
      upd.bind(6, source.effective_date);
      if (upd.step() != SQLITE_DONE) return fail(db_error(db, "updating rulebook " + source.id));
      if (Status c = impl_->exec("COMMIT", "committing"); !c.ok()) return fail(c);
      return PutOutcome::MetadataUpdated;
    }
    if (rc != SQLITE_DONE) return fail(db_error(db, "looking up rulebook"));
  }

  {
    Statement ins(db,
                  "INSERT INTO rulebook_versions (rulebook_id, effective_date, title, version, source_text,"
                  " annotations, source_sha256, loaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
    if (!ins.prepared()) return fail(db_error(db, "storing rulebook"));
    ins.bind(1, source.id);
    ins.bind(2, source.effective_date);
    ins.bind(3, built.title);
    ins.bind(4, source.version);
    ins.bind(5, source.text);
    ins.bind(6, source.annotations);
    ins.bind(7, digest);
    ins.bind(8, impl_->options.now());
    if (ins.step() != SQLITE_DONE) return fail(db_error(db, "storing rulebook " + source.id));
  }

  {
    Statement ins(db,
                  "INSERT INTO rulebook_articles (rulebook_id, effective_date, number, label, chapter_number, text)"
                  " VALUES ($1, $2, $3, $4, $5, $6)");
    if (!ins.prepared()) return fail(db_error(db, "storing articles"));
    for (const rulebook::Article* a : built.articles()) {
      const rulebook::Chapter* chapter = built.chapter_of(a->number);
      ins.bind(1, source.id);
      ins.bind(2, source.effective_date);
      ins.bind(3, static_cast<long long>(a->number));
      ins.bind(4, a->label);
      ins.bind(5, static_cast<long long>(chapter ? chapter->number : 0));
      ins.bind(6, a->text);
      if (ins.step() != SQLITE_DONE) {
        return fail(db_error(db, "storing article " + std::to_string(a->number) + " of " + source.id));
      }
      ins.reset();
    }
  }

  if (Status c = impl_->exec("COMMIT", "committing rulebook " + source.id); !c.ok()) return fail(c);
  return PutOutcome::Inserted;
}

Result<std::vector<StoredRulebookSource>> SqliteStore::list_rulebook_sources() {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Statement st(db,
               "SELECT rulebook_id, effective_date, title, version, source_text, annotations, source_sha256,"
               " loaded_at FROM rulebook_versions ORDER BY rulebook_id, effective_date");
  if (!st.prepared()) return db_error(db, "listing rulebooks");
  std::vector<StoredRulebookSource> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) {
    StoredRulebookSource s;
    s.source.id = st.text(0);
    s.source.effective_date = st.text(1);
    s.title = st.text(2);
    s.source.version = st.text(3);
    s.source.text = st.text(4);
    s.source.annotations = st.text(5);
    s.source_sha256 = st.text(6);
    s.loaded_at = st.text(7);
    out.push_back(std::move(s));
  }
  if (rc != SQLITE_DONE) return db_error(db, "listing rulebooks");
  return out;
}

std::string utc_now_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace nc::store
