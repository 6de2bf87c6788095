// A small layer over libpq for the PostgreSQL store (issue 12): one
// connection (RAII), parameterised statements only, a view of a result, and
// transactions. Values never enter SQL text: every statement goes through
// PQexecParams with its values as parameters ($1, $2 … — the numbering the
// SQLite store uses too, so one SQL text serves both where the dialects
// agree). Failures are Status values (common/status.h): a unique or primary
// key violation is "conflict", a lost serialisation or deadlock "busy", a
// text that PostgreSQL cannot store (a NUL character, bytes that are not
// UTF-8; SQLite stores both) "invalid_input", the rest "storage", each with
// what was being done and the server's message.
//
// This header does not include libpq-fe.h (nothing above store/ sees a
// database header): the handles are libpq's opaque structs, declared here.
// A Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

struct pg_conn;
struct pg_result;

namespace nc::store::pg {

// The values of one statement, in order ($1 first). Each value carries its
// type (bigint, text or bytea), so the server never has to guess one from
// the context, and a NULL has a type too.
class Params {
 public:
  Params() = default;
  Params& add(std::int64_t value);
  Params& add(std::string_view text);
  Params& add(const char* text) { return add(std::string_view(text)); }
  Params& add(const std::string& text) { return add(std::string_view(text)); }
  Params& add(std::optional<std::int64_t> value);
  Params& add(const std::optional<std::string>& text);
  Params& add_bytes(std::string_view bytes);  // bytea, sent in binary
  Params& add_null_int();
  Params& add_null_text();

  std::size_t size() const { return values_.size(); }

 private:
  friend class Connection;
  struct Value {
    unsigned int type;  // a type OID
    std::optional<std::string> data;
    bool binary = false;
  };
  std::vector<Value> values_;
};

// The rows of one statement (text format), owned; moves only.
class Rows {
 public:
  Rows() = default;
  explicit Rows(pg_result* result);
  Rows(Rows&&) noexcept;
  Rows& operator=(Rows&&) noexcept;
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;
  ~Rows();

  int size() const;
  int columns() const;
  bool empty() const { return size() == 0; }
  // Rows changed by an INSERT, UPDATE or DELETE.
  std::int64_t affected() const;

  bool is_null(int row, int column) const;
  std::string_view text(int row, int column) const;  // "" for NULL
  std::int64_t integer(int row, int column) const;   // 0 for NULL; booleans read as 0/1
  std::optional<std::int64_t> optional_integer(int row, int column) const;
  std::string bytes(int row, int column) const;  // a bytea column, decoded

 private:
  pg_result* result_ = nullptr;
};

class Connection {
 public:
  // Connects with a libpq connection string ("host=/tmp/x dbname=y user=z",
  // or a postgresql:// URI). "storage" with libpq's reason when it cannot.
  static nc::Result<std::unique_ptr<Connection>> open(const std::string& conninfo);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // One statement with its values; `what` names the operation in errors.
  nc::Result<Rows> query(std::string_view sql, const Params& params, const std::string& what);
  nc::Result<Rows> query(std::string_view sql, const std::string& what) { return query(sql, Params(), what); }
  // A statement whose rows (if any) are not needed.
  Status run(std::string_view sql, const Params& params, const std::string& what);
  Status run(std::string_view sql, const std::string& what) { return run(sql, Params(), what); }

  // Runs `body` in one transaction: committed when it returns ok, rolled
  // back otherwise (and when the commit fails).
  template <typename Body>
  Status transaction(const std::string& what, Body&& body) {
    if (Status b = run("BEGIN", "starting " + what); !b.ok()) return b;
    Status s = body();
    if (!s.ok()) {
      rollback();
      return s;
    }
    if (Status c = run("COMMIT", "committing " + what); !c.ok()) {
      rollback();
      return c;
    }
    return Status::Ok();
  }
  void rollback();

  // The server's version number (150018 for 15.18).
  int server_version() const;

 private:
  explicit Connection(pg_conn* conn) : conn_(conn) {}
  pg_conn* conn_;
};

// Splits a script of constant SQL (a migration) into its statements at the
// ';' that end them — not inside quotes, identifiers or comments — so that
// each runs through Connection::run. Empty statements are dropped.
std::vector<std::string> split_statements(std::string_view script);

}  // namespace nc::store::pg
