// Router: maps (method, path pattern) to a handler. Patterns are literal
// segments and {name} parameters ("/api/v1/rulebooks/{id}/articles/{n}"),
// matched against the request's decoded path segments; a parameter matches
// exactly one non-empty segment. Literal routes win over parameter routes.
//
// A path some route knows under other methods answers 405 with an Allow
// header; a path no route knows goes to the fallback (static files), or 404.
// HEAD is served by GET routes.
//
// Who may reach a route is declared with the route (RouteOptions::access)
// and decided once, on the route the router matched: the gate (set_gate)
// sees the request's header and the matched route's options, before any
// byte of the body is read, and either admits the request (filling
// request.caller) or answers it. No spelling of a path can reach a handler
// without passing the gate with that handler's own options.
//
// Configure on one thread, then call admit()/handle()/dispatch() from any
// number: they are const and only read. Exceptions from handlers and the
// gate become 500 `internal`.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/request.h"
#include "server/response.h"

namespace nc::server {

using Handler = std::function<Response(const Request&)>;

// Every route needs a live session unless declared public. The login is
// public but takes no CSRF token (it has no session yet).
enum class Access { kSession, kPublic, kLogin };

// What an unsafe request's body must be: JSON (Content-Type
// application/json), or an upload of any type.
enum class BodyKind { kJson, kUpload };

struct RouteOptions {
  Access access = Access::kSession;
  BodyKind body = BodyKind::kJson;
  std::optional<size_t> body_limit = std::nullopt;  // bytes, when more than the server's default (uploads)
};

// The options of whatever answers a request no route matches (404, 405,
// static files): public, and no body is read for it beyond the default limit.
inline constexpr RouteOptions kUnroutedOptions{Access::kPublic, BodyKind::kUpload, std::nullopt};

// Decides on the request's header alone. Fills request.caller (and nothing
// else); returns an answer to refuse the request, nothing to admit it.
using Gate = std::function<std::optional<Response>(Request& request, const RouteOptions& route)>;

class Router {
 public:
  void add(std::string method, std::string_view pattern, Handler handler, RouteOptions options = {});
  void get(std::string_view pattern, Handler handler, RouteOptions options = {}) {
    add("GET", pattern, std::move(handler), options);
  }
  void set_gate(Gate gate) { gate_ = std::move(gate); }
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }

  // Every route as (method, pattern, access), most literal first: what an
  // authorization matrix test checks its table against.
  struct RouteInfo {
    std::string method;
    std::string pattern;
    Access access = Access::kSession;
  };
  std::vector<RouteInfo> routes() const;

  struct Match {
    enum class Kind { Found, NotFound, MethodNotAllowed } kind = Kind::NotFound;
    int route = -1;  // index into routes_, when Found
    std::map<std::string, std::string> params;
    std::vector<std::string> allowed;  // for MethodNotAllowed
  };
  Match match(std::string_view method, const std::vector<std::string>& segments) const;

  // What the router decided for one request's header: the match, the
  // route's options, and the gate's refusal if it refused.
  struct Admission {
    Match match;
    RouteOptions options = kUnroutedOptions;
    std::optional<Response> refusal;
  };
  // Matches the request and runs the gate on it (filling request.caller).
  // Call with the header only; the body is not looked at.
  Admission admit(Request& request) const;
  // Runs what `admission` matched on the whole request (body included):
  // the refusal if there is one, else the handler, 405 or the fallback.
  Response handle(const Admission& admission, Request request) const;
  // admit() and handle() in one step, for callers that hold the whole
  // request already (tests, in-process use).
  Response dispatch(Request request) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> pattern;  // "{name}" marks a parameter
    int literals = 0;                  // for precedence
    Handler handler;
    RouteOptions options;
  };
  bool matches(const Route& route, const std::vector<std::string>& segments,
               std::map<std::string, std::string>* params) const;

  std::vector<Route> routes_;
  Gate gate_;
  Handler fallback_;
};

}  // namespace nc::server
