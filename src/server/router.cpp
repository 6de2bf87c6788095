#include "server/router.h"

#include <spdlog/spdlog.h>
#include <algorithm>
#include <exception>

#include "server/log_text.h"

namespace nc::server {
namespace {

bool is_param(const std::string& s) { return s.size() >= 2 && s.front() == '{' && s.back() == '}'; }

std::vector<std::string> split_pattern(std::string_view pattern) {
  std::vector<std::string> out;
  if (pattern.empty() || pattern.front() != '/') return out;
  size_t start = 1;
  while (true) {
    size_t slash = pattern.find('/', start);
    out.emplace_back(pattern.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

}  // namespace

void Router::add(std::string method, std::string_view pattern, Handler handler) {
  Route r;
  r.method = std::move(method);
  r.pattern = split_pattern(pattern);
  r.literals = static_cast<int>(
      std::count_if(r.pattern.begin(), r.pattern.end(), [](const std::string& s) { return !is_param(s); }));
  r.handler = std::move(handler);
  routes_.push_back(std::move(r));
  // Most literal segments first, so "/x/new" beats "/x/{id}"; stable keeps
  // registration order among equals.
  std::stable_sort(routes_.begin(), routes_.end(),
                   [](const Route& a, const Route& b) { return a.literals > b.literals; });
}

void Router::add(std::string method, std::string_view pattern, Handler handler, size_t body_limit) {
  const std::string wanted_method = method;
  add(std::move(method), pattern, std::move(handler));
  const std::vector<std::string> wanted = split_pattern(pattern);
  for (Route& r : routes_) {
    if (r.method == wanted_method && r.pattern == wanted && !r.body_limit) r.body_limit = body_limit;
  }
}

std::optional<size_t> Router::body_limit(std::string_view method, const std::vector<std::string>& segments) const {
  Match m = match(method, segments);
  if (m.kind != Match::Kind::Found) return std::nullopt;
  for (const Route& r : routes_) {
    if (&r.handler == m.handler) return r.body_limit;
  }
  return std::nullopt;
}

std::vector<Router::RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  for (const Route& r : routes_) {
    std::string pattern;
    for (const std::string& segment : r.pattern) pattern += "/" + segment;
    out.push_back({r.method, pattern.empty() ? "/" : pattern});
  }
  return out;
}

bool Router::matches(const Route& route, const std::vector<std::string>& segments,
                     std::map<std::string, std::string>* params) const {
  if (route.pattern.size() != segments.size()) return false;
  for (size_t i = 0; i < segments.size(); ++i) {
    const std::string& p = route.pattern[i];
    if (is_param(p)) {
      if (segments[i].empty()) return false;
      (*params)[p.substr(1, p.size() - 2)] = segments[i];
    } else if (p != segments[i]) {
      return false;
    }
  }
  return true;
}

Router::Match Router::match(std::string_view method, const std::vector<std::string>& segments) const {
  Match m;
  const std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  for (const Route& r : routes_) {
    std::map<std::string, std::string> params;
    if (!matches(r, segments, &params)) continue;
    if (r.method == wanted) {
      if (m.kind != Match::Kind::Found) {
        m.kind = Match::Kind::Found;
        m.handler = &r.handler;
        m.params = std::move(params);
      }
    } else if (std::find(m.allowed.begin(), m.allowed.end(), r.method) == m.allowed.end()) {
      m.allowed.push_back(r.method);
    }
  }
  if (m.kind != Match::Kind::Found && !m.allowed.empty()) m.kind = Match::Kind::MethodNotAllowed;
  return m;
}

Response Router::dispatch(Request request) const {
  Match m = match(request.method, request.segments);
  Handler inner;
  switch (m.kind) {
    case Match::Kind::Found:
      request.params = std::move(m.params);
      inner = *m.handler;
      break;
    case Match::Kind::MethodNotAllowed: {
      std::string allow;
      for (const auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
      if (std::find(m.allowed.begin(), m.allowed.end(), "GET") != m.allowed.end()) allow += ", HEAD";
      inner = [allow](const Request&) {
        Response r = Response::method_not_allowed();
        r.headers.emplace_back("Allow", allow);
        return r;
      };
      break;
    }
    case Match::Kind::NotFound:
      inner = fallback_ ? fallback_ : Handler([](const Request&) { return Response::not_found(); });
      break;
  }
  // Wrap innermost-last so middleware_[0] runs first.
  Handler chain = std::move(inner);
  for (auto it = middleware_.rbegin(); it != middleware_.rend(); ++it) {
    chain = [mw = *it, next = std::move(chain)](const Request& r) { return mw(r, next); };
  }
  try {
    return chain(request);
  } catch (const std::exception& e) {
    spdlog::error("handler for {} {} failed: {}", log_safe(request.method), log_safe(request.path), e.what());
  } catch (...) {
    spdlog::error("handler for {} {} failed", log_safe(request.method), log_safe(request.path));
  }
  return Response::internal();
}

}  // namespace nc::server
