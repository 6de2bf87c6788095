// HttpServer: HTTP/1.1 on Boost.Beast + Asio with a pool of threads, handing
// every request to a Router. Beast stays inside http_server.cpp.
//
// Each request is decided on its header first (Router::admit: the route, its
// gate, its body limit); a refused request's body is never read, and the
// connection closes after the answer.
// Limits: request header 8 KiB (→ 400), body 1 MiB (→ 413) unless the route
// sets its own (RouteOptions::body_limit; a Content-Length over it is
// answered 413 before the body is read), at most max_large_bodies bodies over
// 1 MiB at once (→ 503 busy), 30 s to read a request (idle keep-alive
// connections included), 30 s to write a response.
// One access-log line per request: method, path without query, status, body
// bytes, microseconds — never bodies, headers or query strings.
//
// Shutdown (SIGINT/SIGTERM while run() is running, or stop() from any
// thread): stop accepting, close idle connections, let requests in flight
// finish and be answered with "Connection: close", then run() returns. After
// drain_timeout whatever is left is cut off.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "common/status.h"
#include "server/router.h"

namespace spdlog {
class logger;
}

namespace nc::server {

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port; port() tells which after listen()
  int threads = 2;
  size_t header_limit = 8 * 1024;
  size_t body_limit = 1024 * 1024;
  int max_large_bodies = 4;  // bodies above body_limit read at once; more wait with 503
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds drain_timeout{30};
  bool handle_signals = true;  // SIGINT/SIGTERM start the shutdown
};

class HttpServer {
 public:
  // access_log may be null: the default spdlog logger is used.
  HttpServer(ServerOptions options, std::shared_ptr<const Router> router,
             std::shared_ptr<spdlog::logger> access_log = nullptr);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens; with handle_signals, SIGINT/SIGTERM are caught from
  // here on. Fails on a bad address or a port in use.
  Status listen();
  // The bound port (the real one when options.port was 0).
  uint16_t port() const;

  // Serves on options.threads threads (the caller's included) until shutdown
  // completes. Call once, after listen().
  void run();
  // Starts a graceful shutdown; safe from any thread, also before run().
  void stop();

  struct Impl;  // the Beast machinery, in http_server.cpp

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace nc::server
