// Router: maps (method, path pattern) to a handler. Patterns are literal
// segments and {name} parameters ("/api/v1/rulebooks/{id}/articles/{n}"),
// matched against the request's decoded path segments; a parameter matches
// exactly one non-empty segment. Literal routes win over parameter routes.
//
// A path some route knows under other methods answers 405 with an Allow
// header; a path no route knows goes to the fallback (static files), or 404.
// HEAD is served by GET routes. Middleware wraps every dispatch, fallback
// included, outermost first — where authentication will sit.
//
// Configure on one thread, then dispatch from any number: dispatch() is
// const and only reads. Exceptions from handlers become 500 `internal`.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/request.h"
#include "server/response.h"

namespace nc::server {

using Handler = std::function<Response(const Request&)>;
using Middleware = std::function<Response(const Request&, const Handler& next)>;

class Router {
 public:
  void add(std::string method, std::string_view pattern, Handler handler);
  // A route whose requests may carry a body up to body_limit bytes instead of
  // the server's default (uploads); the server asks body_limit() once it has
  // read a request's header, before it reads the body.
  void add(std::string method, std::string_view pattern, Handler handler, size_t body_limit);
  void get(std::string_view pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
  void use(Middleware middleware) { middleware_.push_back(std::move(middleware)); }
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }

  // Every route as (method, pattern), most literal first: what an
  // authorization matrix test checks its table against.
  struct RouteInfo {
    std::string method;
    std::string pattern;
  };
  std::vector<RouteInfo> routes() const;

  // Routes the request (filling request.params) and runs the chain.
  Response dispatch(Request request) const;

  struct Match {
    enum class Kind { Found, NotFound, MethodNotAllowed } kind = Kind::NotFound;
    const Handler* handler = nullptr;
    std::map<std::string, std::string> params;
    std::vector<std::string> allowed;  // for MethodNotAllowed
  };
  Match match(std::string_view method, const std::vector<std::string>& segments) const;

  // The body limit of the route a request goes to, when it sets its own.
  std::optional<size_t> body_limit(std::string_view method, const std::vector<std::string>& segments) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> pattern;  // "{name}" marks a parameter
    int literals = 0;                  // for precedence
    Handler handler;
    std::optional<size_t> body_limit;
  };
  bool matches(const Route& route, const std::vector<std::string>& segments,
               std::map<std::string, std::string>* params) const;

  std::vector<Route> routes_;
  std::vector<Middleware> middleware_;
  Handler fallback_;
};

}  // namespace nc::server
