// "Public or not" is decided once, on the route the router matched: no
// spelling of a path may reach a session route's handler without the gate
// seeing that route's options. Generated spellings of real-looking routes:
// percent-encoding of any byte (either hex case), and the near-misses that
// must match nothing (trailing and doubled slashes, dot segments, an encoded
// slash).
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "server/router.h"

namespace nc::server {
namespace {

struct Spelled {
  std::string target;
  bool same_segments;  // decodes to the canonical path's segments
};

std::string percent(unsigned char c, bool upper) {
  static const char* lo = "0123456789abcdef";
  static const char* up = "0123456789ABCDEF";
  const char* digits = upper ? up : lo;
  return std::string{'%', digits[c >> 4], digits[c & 15]};
}

// Spellings of `path` ("/api/v1/x/7") that decode to the same segments.
std::vector<std::string> encodings(const std::string& path, std::mt19937& rng, int count) {
  std::vector<std::string> out;
  std::bernoulli_distribution coin(0.3);
  for (int i = 0; i < count; ++i) {
    std::string t;
    for (char ch : path) {
      const auto c = static_cast<unsigned char>(ch);
      if (c != '/' && coin(rng)) {
        t += percent(c, coin(rng));
      } else {
        t += ch;
      }
    }
    out.push_back(t);
  }
  // Every byte encoded, both cases.
  for (bool upper : {false, true}) {
    std::string t;
    for (char ch : path) t += ch == '/' ? std::string("/") : percent(static_cast<unsigned char>(ch), upper);
    out.push_back(t);
  }
  return out;
}

std::vector<std::string> near_misses(const std::string& path) {
  std::vector<std::string> out = {path + "/", "/" + path, path + "/.", path + "/..", "/./" + path.substr(1)};
  const size_t slash = path.rfind('/');
  out.push_back(path.substr(0, slash) + "//" + path.substr(slash + 1));
  out.push_back(path.substr(0, slash) + "%2F" + path.substr(slash + 1));
  out.push_back(path.substr(0, slash) + "%2f" + path.substr(slash + 1));
  return out;
}

struct Fixture {
  Router router;
  std::vector<std::string> gate_saw;  // access of each gate call
  std::vector<std::string> ran;       // handlers that ran
};

TEST(RouteAccess, NoSpellingOfASessionRouteReachesItsHandlerWithoutTheSessionGate) {
  struct RouteDef {
    const char* method;
    const char* pattern;
    const char* concrete;
    Access access;
  };
  const RouteDef defs[] = {
      {"POST", "/api/v1/check", "/api/v1/check", Access::kSession},
      {"GET", "/api/v1/members/{id}", "/api/v1/members/7", Access::kSession},
      {"GET", "/api/v1/audit", "/api/v1/audit", Access::kSession},
      {"POST", "/api/v1/users/{id}/roles", "/api/v1/users/3/roles", Access::kSession},
      {"GET", "/api/v1/rulebooks/{id}", "/api/v1/rulebooks/seed", Access::kPublic},
      {"POST", "/api/v1/login", "/api/v1/login", Access::kLogin},
  };
  Fixture f;
  for (const RouteDef& d : defs) {
    const std::string name = d.pattern;
    f.router.add(d.method, d.pattern, [&f, name](const Request&) {
      f.ran.push_back(name);
      Response r;
      r.body = name;
      return r;
    }, {.access = d.access});
  }
  // The gate lets nobody into a session route (no one has a session here).
  f.router.set_gate([&f](Request&, const RouteOptions& route) -> std::optional<Response> {
    f.gate_saw.push_back(route.access == Access::kSession ? "session" : "open");
    if (route.access == Access::kSession) return Response::error(Code::kUnauthenticated, "请先登录");
    return std::nullopt;
  });

  std::mt19937 rng(20261206);
  int spellings = 0;
  for (const RouteDef& d : defs) {
    std::vector<Spelled> all;
    for (auto& t : encodings(d.concrete, rng, 200)) all.push_back({t, true});
    for (auto& t : near_misses(d.concrete)) all.push_back({t, false});
    for (const Spelled& s : all) {
      ++spellings;
      auto target = parse_target(s.target);
      ASSERT_TRUE(target.ok()) << s.target;
      Request r;
      r.method = d.method;
      r.target = s.target;
      r.path = target->path;
      r.segments = target->segments;
      r.query = target->query;
      f.ran.clear();
      f.gate_saw.clear();
      const Response res = f.router.dispatch(r);
      ASSERT_EQ(f.gate_saw.size(), 1u) << s.target;  // exactly one decision per request
      if (d.access == Access::kSession) {
        EXPECT_TRUE(f.ran.empty()) << s.target << " reached " << (f.ran.empty() ? "" : f.ran.front());
        if (s.same_segments) {
          EXPECT_EQ(res.status, 401) << s.target;
          EXPECT_EQ(f.gate_saw.front(), "session") << s.target;
        } else {
          EXPECT_EQ(res.status, 404) << s.target;
        }
      } else if (s.same_segments) {
        ASSERT_EQ(f.ran.size(), 1u) << s.target;
        EXPECT_EQ(f.ran.front(), d.pattern) << s.target;
      } else {
        EXPECT_TRUE(f.ran.empty()) << s.target;
      }
    }
  }
  EXPECT_GT(spellings, 1000);
}

}  // namespace
}  // namespace nc::server
