#include "store/pg/connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <utility>

namespace nc::store::pg {
namespace {

// Type OIDs (PostgreSQL's catalog, stable across versions).
constexpr unsigned int kInt8 = 20;
constexpr unsigned int kText = 25;
constexpr unsigned int kBytea = 17;

Status error_of(const PGresult* result, pg_conn* conn, const std::string& what) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string message = primary ? primary : PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  const std::string sqlstate = state ? state : "";
  Code code = Code::kStorage;
  if (sqlstate == "23505") code = Code::kConflict;                     // unique_violation
  if (sqlstate == "40001" || sqlstate == "40P01") code = Code::kBusy;  // serialisation failure, deadlock
  if (sqlstate == "22021") code = Code::kInvalidInput;                 // bytes that are not UTF-8
  if (PQstatus(conn) == CONNECTION_BAD) message = "connection lost: " + message;
  return Status::Error(code, what + ": " + message + (sqlstate.empty() ? "" : " (SQLSTATE " + sqlstate + ")"));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Params& Params::add(std::int64_t value) {
  values_.push_back({kInt8, std::to_string(value), false});
  return *this;
}
Params& Params::add(std::string_view text) {
  values_.push_back({kText, std::string(text), false});
  return *this;
}
Params& Params::add(std::optional<std::int64_t> value) { return value ? add(*value) : add_null_int(); }
Params& Params::add(const std::optional<std::string>& text) {
  return text ? add(std::string_view(*text)) : add_null_text();
}
Params& Params::add_bytes(std::string_view bytes) {
  values_.push_back({kBytea, std::string(bytes), true});
  return *this;
}
Params& Params::add_null_int() {
  values_.push_back({kInt8, std::nullopt, false});
  return *this;
}
Params& Params::add_null_text() {
  values_.push_back({kText, std::nullopt, false});
  return *this;
}

Rows::Rows(pg_result* result) : result_(result) {}
Rows::Rows(Rows&& other) noexcept : result_(std::exchange(other.result_, nullptr)) {}
Rows& Rows::operator=(Rows&& other) noexcept {
  if (this != &other) {
    if (result_) PQclear(result_);
    result_ = std::exchange(other.result_, nullptr);
  }
  return *this;
}
Rows::~Rows() {
  if (result_) PQclear(result_);
}
int Rows::size() const { return result_ ? PQntuples(result_) : 0; }
int Rows::columns() const { return result_ ? PQnfields(result_) : 0; }
std::int64_t Rows::affected() const {
  if (!result_) return 0;
  const char* n = PQcmdTuples(result_);
  std::int64_t out = 0;
  if (n && *n) std::from_chars(n, n + std::char_traits<char>::length(n), out);
  return out;
}
bool Rows::is_null(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }
std::string_view Rows::text(int row, int column) const {
  if (is_null(row, column)) return {};
  return {PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column))};
}
std::int64_t Rows::integer(int row, int column) const {
  const std::string_view t = text(row, column);
  if (t == "t") return 1;  // a boolean
  if (t == "f") return 0;
  std::int64_t out = 0;
  std::from_chars(t.data(), t.data() + t.size(), out);
  return out;
}
std::optional<std::int64_t> Rows::optional_integer(int row, int column) const {
  if (is_null(row, column)) return std::nullopt;
  return integer(row, column);
}
std::string Rows::bytes(int row, int column) const {
  // bytea in text format is "\x" and two hex digits a byte (bytea_output = hex, the default).
  const std::string_view t = text(row, column);
  std::string out;
  if (t.size() < 2 || t[0] != '\\' || t[1] != 'x') return out;
  out.reserve((t.size() - 2) / 2);
  for (std::size_t i = 2; i + 1 < t.size(); i += 2) {
    const int hi = hex_digit(t[i]);
    const int lo = hex_digit(t[i + 1]);
    if (hi < 0 || lo < 0) return {};
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return out;
}

nc::Result<std::unique_ptr<Connection>> Connection::open(const std::string& conninfo) {
  pg_conn* conn = PQconnectdb(conninfo.c_str());
  if (!conn) return Status::Error(Code::kStorage, "cannot connect to PostgreSQL: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    PQfinish(conn);
    return Status::Error(Code::kStorage, "cannot connect to PostgreSQL: " + message);
  }
  auto out = std::unique_ptr<Connection>(new Connection(conn));
  // Notices (e.g. "relation already exists, skipping") are not errors; keep them off stderr.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  // The store's SQL assumes these, whatever the server's defaults are.
  if (Status s = out->run("SET client_encoding = 'UTF8'", "configuring the connection"); !s.ok()) return s;
  if (Status s = out->run("SET standard_conforming_strings = on", "configuring the connection"); !s.ok()) return s;
  return out;
}

Connection::~Connection() { PQfinish(conn_); }

nc::Result<Rows> Connection::query(std::string_view sql, const Params& params, const std::string& what) {
  // libpq sends a text value up to its first NUL: a text with a NUL would be
  // stored cut short, silently (an audit entry would then no longer match its
  // hash). PostgreSQL's text cannot hold one; refuse it instead.
  for (std::size_t i = 0; i < params.values_.size(); ++i) {
    const Params::Value& v = params.values_[i];
    if (!v.binary && v.data && v.data->find('\0') != std::string::npos) {
      return Status::Error(Code::kInvalidInput, what + ": value $" + std::to_string(i + 1) +
                                                    " contains a NUL character, which PostgreSQL text cannot hold");
    }
  }
  const int n = static_cast<int>(params.values_.size());
  std::vector<unsigned int> types(params.values_.size());
  std::vector<const char*> values(params.values_.size());
  std::vector<int> lengths(params.values_.size());
  std::vector<int> formats(params.values_.size());
  for (std::size_t i = 0; i < params.values_.size(); ++i) {
    const Params::Value& v = params.values_[i];
    types[i] = v.type;
    values[i] = v.data ? v.data->c_str() : nullptr;
    lengths[i] = v.data ? static_cast<int>(v.data->size()) : 0;
    formats[i] = v.binary ? 1 : 0;
  }
  const std::string text(sql);  // libpq wants a terminated string
  PGresult* r = PQexecParams(conn_, text.c_str(), n, types.data(), values.data(), lengths.data(), formats.data(), 0);
  const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    Status e = error_of(r, conn_, what);
    if (r) PQclear(r);
    return e;
  }
  return Rows(r);
}

Status Connection::run(std::string_view sql, const Params& params, const std::string& what) {
  auto r = query(sql, params, what);
  return r.ok() ? Status::Ok() : r.status();
}

void Connection::rollback() {
  PGresult* r = PQexec(conn_, "ROLLBACK");
  if (r) PQclear(r);
}

int Connection::server_version() const { return PQserverVersion(conn_); }

std::vector<std::string> split_statements(std::string_view script) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    const auto first = current.find_first_not_of(" \t\r\n");
    if (first != std::string::npos) {
      const auto last = current.find_last_not_of(" \t\r\n");
      out.push_back(current.substr(first, last - first + 1));
    }
    current.clear();
  };
  for (std::size_t i = 0; i < script.size(); ++i) {
    const char c = script[i];
    if (c == '\'' || c == '"') {  // a string or a quoted identifier, doubled quotes inside
      current.push_back(c);
      for (++i; i < script.size(); ++i) {
        current.push_back(script[i]);
        if (script[i] == c) {
          if (i + 1 < script.size() && script[i + 1] == c) {
            current.push_back(script[++i]);
            continue;
          }
          break;
        }
      }
    } else if (c == '-' && i + 1 < script.size() && script[i + 1] == '-') {  // a comment to the end of the line
      while (i < script.size() && script[i] != '\n') ++i;
      current.push_back('\n');
    } else if (c == ';') {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  return out;
}

}  // namespace nc::store::pg
