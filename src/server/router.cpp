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

// Runs `f`, turning an exception into 500 `internal` (the details go to the
// log, never to the client).
template <typename F>
Response guarded(const Request& request, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    spdlog::error("handler for {} {} failed: {}", log_safe(request.method), log_safe(request.path), e.what());
  } catch (...) {
    spdlog::error("handler for {} {} failed", log_safe(request.method), log_safe(request.path));
  }
  return Response::internal();
}

}  // namespace

void Router::add(std::string method, std::string_view pattern, Handler handler, RouteOptions options) {
  Route r;
  r.method = std::move(method);
  r.pattern = split_pattern(pattern);
  r.literals = static_cast<int>(
      std::count_if(r.pattern.begin(), r.pattern.end(), [](const std::string& s) { return !is_param(s); }));
  r.handler = std::move(handler);
  r.options = options;
  routes_.push_back(std::move(r));
  // Most literal segments first, so "/x/new" beats "/x/{id}"; stable keeps
  // registration order among equals.
  std::stable_sort(routes_.begin(), routes_.end(),
                   [](const Route& a, const Route& b) { return a.literals > b.literals; });
}

std::vector<Router::RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  for (const Route& r : routes_) {
    std::string pattern;
    for (const std::string& segment : r.pattern) pattern += "/" + segment;
    out.push_back({r.method, pattern.empty() ? "/" : pattern, r.options.access});
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
  for (size_t i = 0; i < routes_.size(); ++i) {
    const Route& r = routes_[i];
    std::map<std::string, std::string> params;
    if (!matches(r, segments, &params)) continue;
    if (r.method == wanted) {
      if (m.kind != Match::Kind::Found) {
        m.kind = Match::Kind::Found;
        m.route = static_cast<int>(i);
        m.params = std::move(params);
      }
    } else if (std::find(m.allowed.begin(), m.allowed.end(), r.method) == m.allowed.end()) {
      m.allowed.push_back(r.method);
    }
  }
  if (m.kind != Match::Kind::Found && !m.allowed.empty()) m.kind = Match::Kind::MethodNotAllowed;
  return m;
}

Router::Admission Router::admit(Request& request) const {
  Admission a;
  a.match = match(request.method, request.segments);
  if (a.match.kind == Match::Kind::Found) a.options = routes_[static_cast<size_t>(a.match.route)].options;
  request.caller.reset();  // only the gate sets it
  if (gate_) {
    try {
      a.refusal = gate_(request, a.options);
    } catch (const std::exception& e) {
      spdlog::error("gate for {} {} failed: {}", log_safe(request.method), log_safe(request.path), e.what());
      a.refusal = Response::internal();
    } catch (...) {
      spdlog::error("gate for {} {} failed", log_safe(request.method), log_safe(request.path));
      a.refusal = Response::internal();
    }
  }
  return a;
}

Response Router::handle(const Admission& admission, Request request) const {
  if (admission.refusal) return *admission.refusal;
  const Match& m = admission.match;
  switch (m.kind) {
    case Match::Kind::Found: {
      request.params = m.params;
      const Handler& handler = routes_[static_cast<size_t>(m.route)].handler;
      return guarded(request, [&] { return handler(request); });
    }
    case Match::Kind::MethodNotAllowed: {
      std::string allow;
      for (const auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
      if (std::find(m.allowed.begin(), m.allowed.end(), "GET") != m.allowed.end()) allow += ", HEAD";
      Response r = Response::error(Code::kMethodNotAllowed);
      r.headers.emplace_back("Allow", allow);
      return r;
    }
    case Match::Kind::NotFound:
      if (!fallback_) return Response::not_found();
      return guarded(request, [&] { return fallback_(request); });
  }
  return Response::internal();
}

Response Router::dispatch(Request request) const {
  Admission a = admit(request);
  return handle(a, std::move(request));
}

}  // namespace nc::server
