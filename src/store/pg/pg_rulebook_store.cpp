// PgRulebookStore: SqliteStore's put_rulebook_source and
// list_rulebook_sources (sqlite_store.cpp) on PostgreSQL, the same SQL text.
#include "store/pg/pg_rulebook_store.h"

#include <utility>

#include "store/pg/audit_append.h"
#include "store/sqlite_store.h"  // utc_now_iso (no database header)

namespace nc::store {

using pg::Params;

PgRulebookStore::PgRulebookStore(std::unique_ptr<pg::Connection> connection, std::function<std::string()> now)
    : conn_(std::move(connection)), now_(std::move(now)) {}
PgRulebookStore::~PgRulebookStore() = default;

Result<std::unique_ptr<PgRulebookStore>> PgRulebookStore::open(const std::string& conninfo,
                                                               std::function<std::string()> now) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  if (!now) now = utc_now_iso;
  return std::unique_ptr<PgRulebookStore>(new PgRulebookStore(std::move(c).value(), std::move(now)));
}

Result<PutOutcome> PgRulebookStore::put_rulebook_source(const rulebook::RulebookSource& source,
                                                        const rulebook::Rulebook& built) {
  if (source.id.empty()) return Status::Invalid("rulebook source has no id");
  if (built.id != source.id) {
    return Status::Invalid("rulebook built as '" + built.id + "' does not match its source '" + source.id + "'");
  }
  const std::string digest = source_digest(source);
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  PutOutcome outcome = PutOutcome::Inserted;
  Status s = c.transaction("storing rulebook " + source.id, [&]() -> Status {
    if (Status l = pg::lock_writes(c); !l.ok()) return l;
    auto found = c.query(
        "SELECT source_sha256, source_text FROM rulebook_versions WHERE rulebook_id = $1 AND effective_date = $2",
        Params().add(source.id).add(source.effective_date), "looking up rulebook");
    if (!found.ok()) return found.status();
    if (!found->empty()) {
      if (found->text(0, 0) == digest) {
        outcome = PutOutcome::AlreadyPresent;
        return Status::Ok();
      }
      if (found->text(0, 1) != source.text) {
        return Status::Error(Code::kConflict,
                             "rulebook " + source.id + " effective " +
                                 (source.effective_date.empty() ? "(no date)" : source.effective_date) +
                                 " is already stored with a different text; give the new text its own "
                                 "effective date, or remove the stored version");
      }
      // Same text, reviewed annotations or version label changed: they are
      // metadata about the text, so the stored version takes them.
      outcome = PutOutcome::MetadataUpdated;
      return c.run(
          "UPDATE rulebook_versions SET title = $1, version = $2, annotations = $3, source_sha256 = $4"
          " WHERE rulebook_id = $5 AND effective_date = $6",
          Params()
              .add(built.title)
              .add(source.version)
              .add(source.annotations)
              .add(digest)
              .add(source.id)
              .add(source.effective_date),
          "updating rulebook " + source.id);
    }
    outcome = PutOutcome::Inserted;
    if (Status st = c.run("INSERT INTO rulebook_versions (rulebook_id, effective_date, title, version, source_text,"
                          " annotations, source_sha256, loaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                          Params()
                              .add(source.id)
                              .add(source.effective_date)
                              .add(built.title)
                              .add(source.version)
                              .add(source.text)
                              .add(source.annotations)
                              .add(digest)
                              .add(now_()),
                          "storing rulebook " + source.id);
        !st.ok()) {
      return st;
    }
    for (const rulebook::Article* a : built.articles()) {
      const rulebook::Chapter* chapter = built.chapter_of(a->number);
      if (Status st =
              c.run("INSERT INTO rulebook_articles (rulebook_id, effective_date, number, label, chapter_number, text)"
                    " VALUES ($1, $2, $3, $4, $5, $6)",
                    Params()
                        .add(source.id)
                        .add(source.effective_date)
                        .add(static_cast<std::int64_t>(a->number))
                        .add(a->label)
                        .add(static_cast<std::int64_t>(chapter ? chapter->number : 0))
                        .add(a->text),
                    "storing article " + std::to_string(a->number) + " of " + source.id);
          !st.ok()) {
        return st;
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return outcome;
}

Result<std::vector<StoredRulebookSource>> PgRulebookStore::list_rulebook_sources() {
  std::lock_guard lock(mu_);
  auto rows = conn_->query(
      "SELECT rulebook_id, effective_date, title, version, source_text, annotations, source_sha256,"
      " loaded_at FROM rulebook_versions ORDER BY rulebook_id, effective_date",
      "listing rulebooks");
  if (!rows.ok()) return rows.status();
  std::vector<StoredRulebookSource> out;
  out.reserve(static_cast<std::size_t>(rows->size()));
  for (int r = 0; r < rows->size(); ++r) {
    StoredRulebookSource s;
    s.source.id = std::string(rows->text(r, 0));
    s.source.effective_date = std::string(rows->text(r, 1));
    s.title = std::string(rows->text(r, 2));
    s.source.version = std::string(rows->text(r, 3));
    s.source.text = std::string(rows->text(r, 4));
    s.source.annotations = std::string(rows->text(r, 5));
    s.source_sha256 = std::string(rows->text(r, 6));
    s.loaded_at = std::string(rows->text(r, 7));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace nc::store
