// Status and Result<T>: expected failures as values.
//
// A Status is either ok or carries a Code and a message a person can act on
// (Chinese, for whoever sees it). Result<T> holds a T or a failing Status.
// Both are plain values: copyable, and safe to read from several threads at
// once. The codes are the API's stable error codes (docs/api-contract.md):
// code_name() gives the spelling the API and the CLI print, and the server
// maps each code to one HTTP status in one place (server/response.cpp).
#pragma once

#include <cassert>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace nc {

enum class Code : std::uint8_t {
  kOk,
  // What the caller sent.
  kBadRequest,            // malformed: not JSON, a missing or mistyped parameter
  kInvalidInput,          // well-formed, but a field fails validation
  kWeakPassword,
  kParseError,            // a rulebook or settings file that does not parse
  kCsvError,
  kXlsxError,
  kImportInvalid,         // an import file with errors in its rows
  kAnnotationError,       // the regulation's annotations do not match its text
  kCorruptInput,          // a document that cannot be read
  kUnsupportedFormat,
  kUnsupportedMediaType,
  kPayloadTooLarge,
  kMethodNotAllowed,
  kLimitExceeded,         // a document or table beyond what is read
  // Who the caller is.
  kUnauthenticated,
  kBadCredentials,
  kForbidden,
  kReauthFailed,
  kCsrf,
  kOrigin,
  kThrottled,
  // The state of things.
  kNotFound,
  kConflict,
  kBusy,                  // a bound on concurrent work is reached: try again later
  kTimeout,
  kUnavailable,           // a capability this server was not configured with
  // The server's own failures.
  kStorage,
  kCorrupt,               // stored data that fails its own checks
  kSchemaTooNew,
  kListen,
  kExportFailed,
  kInternal,
};

// The stable English spelling of a code: "not_found", "limit_exceeded".
constexpr std::string_view code_name(Code code) {
  switch (code) {
    case Code::kOk: return "ok";
    case Code::kBadRequest: return "bad_request";
    case Code::kInvalidInput: return "invalid_input";
    case Code::kWeakPassword: return "weak_password";
    case Code::kParseError: return "parse_error";
    case Code::kCsvError: return "csv_error";
    case Code::kXlsxError: return "xlsx_error";
    case Code::kImportInvalid: return "import_invalid";
    case Code::kAnnotationError: return "annotation_error";
    case Code::kCorruptInput: return "corrupt_input";
    case Code::kUnsupportedFormat: return "unsupported_format";
    case Code::kUnsupportedMediaType: return "unsupported_media_type";
    case Code::kPayloadTooLarge: return "payload_too_large";
    case Code::kMethodNotAllowed: return "method_not_allowed";
    case Code::kLimitExceeded: return "limit_exceeded";
    case Code::kUnauthenticated: return "unauthenticated";
    case Code::kBadCredentials: return "bad_credentials";
    case Code::kForbidden: return "forbidden";
    case Code::kReauthFailed: return "reauth_failed";
    case Code::kCsrf: return "csrf";
    case Code::kOrigin: return "origin";
    case Code::kThrottled: return "throttled";
    case Code::kNotFound: return "not_found";
    case Code::kConflict: return "conflict";
    case Code::kBusy: return "busy";
    case Code::kTimeout: return "timeout";
    case Code::kUnavailable: return "unavailable";
    case Code::kStorage: return "storage";
    case Code::kCorrupt: return "corrupt";
    case Code::kSchemaTooNew: return "schema_too_new";
    case Code::kListen: return "listen";
    case Code::kExportFailed: return "export_failed";
    case Code::kInternal: return "internal";
  }
  return "internal";
}

inline std::ostream& operator<<(std::ostream& out, Code code) { return out << code_name(code); }

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(Code code, std::string message) {
    assert(code != Code::kOk);
    return Status(code, std::move(message));
  }
  static Status NotFound(std::string message) { return Error(Code::kNotFound, std::move(message)); }
  static Status Invalid(std::string message) { return Error(Code::kInvalidInput, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  std::string_view code_name() const { return nc::code_name(code_); }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status error) : v_(std::move(error)) { assert(!std::get<Status>(v_).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

}  // namespace nc
