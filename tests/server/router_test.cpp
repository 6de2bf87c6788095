#include "server/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace nc::server {
namespace {

Request request(std::string method, std::string_view target) {
  Request r;
  r.method = std::move(method);
  r.target = std::string(target);
  auto t = parse_target(target);
  EXPECT_TRUE(t.ok()) << target;
  r.path = t->path;
  r.segments = t->segments;
  r.query = t->query;
  return r;
}

Response text(std::string body) {
  Response r;
  r.content_type = "text/plain";
  r.body = std::move(body);
  return r;
}

nlohmann::json body_json(const Response& r) { return nlohmann::json::parse(r.body); }

TEST(Router, PatternParametersAreExtracted) {
  Router router;
  router.get("/api/v1/rulebooks/{id}/articles/{n}",
             [](const Request& r) { return text(r.param("id") + "#" + r.param("n")); });
  Response res = router.dispatch(request("GET", "/api/v1/rulebooks/abc/articles/14"));
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "abc#14");
}

TEST(Router, ParametersAreDecodedAndMatchOneSegmentOnly) {
  Router router;
  router.get("/x/{id}", [](const Request& r) { return text(r.param("id")); });
  EXPECT_EQ(router.dispatch(request("GET", "/x/%E4%BF%9D")).body, "保");
  EXPECT_EQ(router.dispatch(request("GET", "/x/a/b")).status, 404);
  EXPECT_EQ(router.dispatch(request("GET", "/x/")).status, 404);
}

TEST(Router, LiteralSegmentsWinOverParameters) {
  Router router;
  router.get("/x/{id}", [](const Request&) { return text("param"); });
  router.get("/x/new", [](const Request&) { return text("literal"); });
  EXPECT_EQ(router.dispatch(request("GET", "/x/new")).body, "literal");
  EXPECT_EQ(router.dispatch(request("GET", "/x/old")).body, "param");
}

TEST(Router, KnownPathWithOtherMethodIs405WithAllow) {
  Router router;
  router.get("/x", [](const Request&) { return text("x"); });
  router.add("POST", "/x", [](const Request&) { return text("posted"); });
  Response res = router.dispatch(request("DELETE", "/x"));
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(body_json(res)["error"]["code"], "method_not_allowed");
  ASSERT_EQ(res.headers.size(), 2u);  // Cache-Control, Allow
  EXPECT_EQ(res.headers[1].first, "Allow");
  EXPECT_EQ(res.headers[1].second, "GET, POST, HEAD");
  EXPECT_EQ(router.dispatch(request("POST", "/x")).body, "posted");
}

TEST(Router, HeadIsServedByGet) {
  Router router;
  router.get("/x", [](const Request&) { return text("x"); });
  EXPECT_EQ(router.dispatch(request("HEAD", "/x")).status, 200);
}

TEST(Router, UnknownPathGoesToFallbackOrIsJson404) {
  Router router;
  router.get("/x", [](const Request&) { return text("x"); });
  Response none = router.dispatch(request("GET", "/nope"));
  EXPECT_EQ(none.status, 404);
  EXPECT_EQ(body_json(none)["error"]["code"], "not_found");
  EXPECT_FALSE(body_json(none)["error"]["message"].get<std::string>().empty());

  router.set_fallback([](const Request& r) { return text("fallback " + r.path); });
  EXPECT_EQ(router.dispatch(request("GET", "/nope")).body, "fallback /nope");
}

TEST(Router, GateSeesTheMatchedRoutesOptionsAndMayRefuse) {
  Router router;
  std::vector<std::string> seen;
  router.get("/open", [&](const Request&) {
    seen.push_back("open");
    return text("open");
  }, {.access = Access::kPublic});
  router.get("/closed", [&](const Request&) {
    seen.push_back("closed");
    return text("closed");
  });
  router.set_gate([&](Request& r, const RouteOptions& route) -> std::optional<Response> {
    seen.push_back(route.access == Access::kPublic ? "gate:public" : "gate:session");
    if (route.access == Access::kSession && !r.query_param("token")) return Response::error(Code::kUnauthenticated, "请先登录");
    return std::nullopt;
  });
  EXPECT_EQ(router.dispatch(request("GET", "/open")).body, "open");
  EXPECT_EQ(seen, (std::vector<std::string>{"gate:public", "open"}));
  seen.clear();
  EXPECT_EQ(router.dispatch(request("GET", "/closed")).status, 401);
  EXPECT_EQ(seen, (std::vector<std::string>{"gate:session"}));  // the handler never ran
  seen.clear();
  EXPECT_EQ(router.dispatch(request("GET", "/closed?token=1")).body, "closed");
  // Unrouted requests pass the gate as public: they reach no handler.
  seen.clear();
  EXPECT_EQ(router.dispatch(request("GET", "/nope")).status, 404);
  EXPECT_EQ(seen, (std::vector<std::string>{"gate:public"}));
}

TEST(Router, AdmitDecidesOnTheHeaderAndHandleRunsTheBody) {
  Router router;
  router.add("POST", "/upload", [](const Request& r) { return text("got " + r.body); },
             {.body = BodyKind::kUpload, .body_limit = 5u << 20});
  Request head = request("POST", "/upload");
  Router::Admission a = router.admit(head);
  EXPECT_FALSE(a.refusal);
  EXPECT_EQ(a.options.body_limit, std::optional<size_t>(5u << 20));
  EXPECT_EQ(a.options.body, BodyKind::kUpload);
  head.body = "abc";
  EXPECT_EQ(router.handle(a, head).body, "got abc");
}

TEST(Router, GateExceptionIsInternalErrorAndNoHandlerRuns) {
  Router router;
  bool ran = false;
  router.get("/x", [&](const Request&) {
    ran = true;
    return text("x");
  });
  router.set_gate([](Request&, const RouteOptions&) -> std::optional<Response> { throw std::runtime_error("db gone"); });
  EXPECT_EQ(router.dispatch(request("GET", "/x")).status, 500);
  EXPECT_FALSE(ran);
}

TEST(Router, HandlerExceptionBecomesInternalError) {
  Router router;
  router.get("/boom", [](const Request&) -> Response { throw std::runtime_error("boom"); });
  Response res = router.dispatch(request("GET", "/boom"));
  EXPECT_EQ(res.status, 500);
  EXPECT_EQ(body_json(res)["error"]["code"], "internal");
  EXPECT_EQ(res.body.find("boom"), std::string::npos);  // internals stay in the log
}

TEST(Response, JsonReplacesInvalidUtf8InsteadOfThrowing) {
  Response r = Response::json(200, {{"q", std::string("a\xff")}});
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("a\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace nc::server
