#include "server/http_server.h"

#include <gtest/gtest.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <future>
#include <thread>

namespace nc::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

http::response<http::string_body> get(tcp::socket& socket, beast::flat_buffer& buffer, const std::string& target) {
  http::request<http::empty_body> req{http::verb::get, target, 11};
  req.set(http::field::host, "127.0.0.1");
  http::write(socket, req);
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  return res;
}

// A server on a free port whose /slow handler waits until the test releases it.
class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto router = std::make_shared<Router>();
    router->get("/slow", [this](const Request&) {
      entered.set_value();
      release_future.wait();
      return Response::json(200, {{"slow", true}});
    });
    router->get("/fast", [](const Request&) { return Response::json(200, {{"fast", true}}); });
    ServerOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.threads = 2;
    options.handle_signals = false;
    server = std::make_unique<HttpServer>(options, router);
    Status s = server->listen();
    ASSERT_TRUE(s.ok()) << s.message();
    ASSERT_NE(server->port(), 0);
    runner = std::thread([this] { server->run(); });
  }
  void TearDown() override {
    try {
      release.set_value();  // never leave a handler blocked, even when a test failed early
    } catch (const std::future_error&) {
    }
    server->stop();
    if (runner.joinable()) runner.join();
  }
  tcp::endpoint endpoint() const { return {net::ip::make_address("127.0.0.1"), server->port()}; }

  std::promise<void> entered;
  std::promise<void> release;
  std::shared_future<void> release_future = release.get_future().share();
  std::unique_ptr<HttpServer> server;
  std::thread runner;
};

TEST_F(HttpServerTest, ServesAndKeepsConnectionsAlive) {
  net::io_context ioc;
  tcp::socket socket(ioc);
  socket.connect(endpoint());
  beast::flat_buffer buffer;
  auto first = get(socket, buffer, "/fast");
  auto second = get(socket, buffer, "/fast");
  EXPECT_EQ(first.result_int(), 200u);
  EXPECT_EQ(second.body(), "{\"fast\":true}");
  EXPECT_TRUE(second.keep_alive());
  EXPECT_EQ(second[http::field::content_type], "application/json; charset=utf-8");
}

TEST_F(HttpServerTest, StopFinishesTheRequestInFlightThenRunReturns) {
  net::io_context ioc;
  tcp::socket busy(ioc);
  busy.connect(endpoint());
  tcp::socket idle(ioc);
  idle.connect(endpoint());
  beast::flat_buffer idle_buffer;
  ASSERT_EQ(get(idle, idle_buffer, "/fast").result_int(), 200u);

  auto in_flight = std::async(std::launch::async, [&] {
    beast::flat_buffer buffer;
    return get(busy, buffer, "/slow");
  });
  entered.get_future().wait();  // the handler is running
  server->stop();

  // The idle connection is closed without a response.
  beast::error_code ec;
  http::response<http::string_body> none;
  http::read(idle, idle_buffer, none, ec);
  EXPECT_TRUE(ec);

  release.set_value();
  auto res = in_flight.get();
  EXPECT_EQ(res.result_int(), 200u);
  EXPECT_EQ(res.body(), "{\"slow\":true}");
  EXPECT_FALSE(res.keep_alive());  // Connection: close during shutdown
  runner.join();                   // run() returned: nothing left open

  tcp::socket late(ioc);
  late.connect(endpoint(), ec);
  EXPECT_TRUE(ec);  // no longer accepting
}

TEST_F(HttpServerTest, StopBeforeAnyConnectionReturnsAtOnce) {
  server->stop();
  runner.join();  // run() returned without any request to drain
  // The listener is closed: nobody is accepted any more.
  net::io_context ioc;
  tcp::socket late(ioc);
  beast::error_code ec;
  late.connect(endpoint(), ec);
  EXPECT_TRUE(ec) << "accepting after stop";
}

TEST_F(HttpServerTest, ARefusedRequestIsAnsweredWithoutItsBodyAndCloses) {
  // A router whose gate refuses everything on the header.
  auto router = std::make_shared<Router>();
  bool ran = false;
  router->add("POST", "/upload", [&](const Request&) {
    ran = true;
    return Response::json(200, {{"ok", true}});
  }, {.body = BodyKind::kUpload, .body_limit = 64u << 20});
  router->set_gate([](Request&, const RouteOptions&) -> std::optional<Response> {
    return Response::error(Code::kUnauthenticated, "请先登录");
  });
  ServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  options.handle_signals = false;
  HttpServer gated(options, router);
  ASSERT_TRUE(gated.listen().ok());
  std::thread run([&] { gated.run(); });
  net::io_context ioc;
  tcp::socket s(ioc);
  s.connect({net::ip::make_address("127.0.0.1"), gated.port()});
  // Only the header of a 32 MiB body: the answer must come without the body.
  const std::string head = "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 33554432\r\n\r\n";
  net::write(s, net::buffer(head));
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(s, buffer, res);
  EXPECT_EQ(res.result_int(), 401u);
  EXPECT_FALSE(res.keep_alive());
  EXPECT_FALSE(ran);
  gated.stop();
  run.join();
}

TEST(HttpServerListen, BadAddressIsAnError) {
  ServerOptions options;
  options.address = "not-an-address";
  options.port = 0;
  HttpServer server(options, std::make_shared<Router>());
  Status s = server.listen();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not-an-address"), std::string::npos);
}

}  // namespace
}  // namespace nc::server
