// Structure follows Boost.Beast 1.74's advanced server example: a listener
// accepting onto a fresh strand per connection, a session per connection
// reading with a request_parser (for the limits), and a Send continuation that
// keeps the response alive until async_write completes.
#include "server/http_server.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <csignal>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "server/log_text.h"
#include "server/security_headers.h"

namespace nc::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

class Session;

// After a response that closes the connection, unread input is drained for
// this long (bounded by kLingerBytes) so the peer reads the response instead
// of a reset.
constexpr std::chrono::seconds kLingerTimeout{2};
constexpr size_t kLingerBytes = 4u << 20;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

struct HttpServer::Impl {
  // Declared before ioc: sessions still alive when ioc is destroyed touch these.
  ServerOptions options;
  std::shared_ptr<const Router> router;
  std::shared_ptr<spdlog::logger> access_log;
  std::atomic<bool> stopping{false};
  std::atomic<int> large_bodies{0};  // request bodies above the default limit being read or handled
  std::atomic<bool> closing{false};  // ~Impl running: post nothing more
  std::mutex mu;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions;  // guarded by mu
  uint16_t bound_port = 0;

  net::io_context ioc;
  net::strand<net::io_context::executor_type> control;  // acceptor, signals, drain timer
  tcp::acceptor acceptor;
  net::signal_set signals;
  net::steady_timer drain_timer;
  bool shutdown_started = false;  // on control

  explicit Impl(ServerOptions opts)
      : options(std::move(opts)),
        ioc(std::max(1, options.threads)),
        control(net::make_strand(ioc)),
        acceptor(control),
        signals(control),
        drain_timer(control) {}
  ~Impl() { closing = true; }

  void do_accept();
  void begin_shutdown();
  void check_drained() {
    std::lock_guard lock(mu);
    if (sessions.empty()) drain_timer.cancel();
  }
  void session_ended(Session* s) {
    bool drained;
    {
      std::lock_guard lock(mu);
      sessions.erase(s);
      drained = sessions.empty() && stopping;
    }
    if (drained && !closing) net::post(control, [this] { check_drained(); });
  }
  spdlog::logger& log() { return access_log ? *access_log : *spdlog::default_logger_raw(); }
};

namespace {

// One of the few places for a request body above the default limit: eight
// anonymous 31 MiB uploads once held 254 MB before anyone looked at who sent
// them. Now the sender is known first, and only max_large_bodies such bodies
// are in memory at once.
class LargeBodySlot {
 public:
  static std::optional<LargeBodySlot> take(HttpServer::Impl& server) {
    int n = server.large_bodies.load();
    do {
      if (n >= server.options.max_large_bodies) return std::nullopt;
    } while (!server.large_bodies.compare_exchange_weak(n, n + 1));
    return LargeBodySlot(&server);
  }
  LargeBodySlot(LargeBodySlot&& other) noexcept : server_(std::exchange(other.server_, nullptr)) {}
  LargeBodySlot& operator=(LargeBodySlot&& other) noexcept {
    if (this != &other) {
      release();
      server_ = std::exchange(other.server_, nullptr);
    }
    return *this;
  }
  ~LargeBodySlot() { release(); }

 private:
  explicit LargeBodySlot(HttpServer::Impl* server) : server_(server) {}
  void release() {
    if (server_) server_->large_bodies.fetch_sub(1);
    server_ = nullptr;
  }
  HttpServer::Impl* server_;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, HttpServer::Impl& server) : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = ep.address().to_string() + ":" + std::to_string(ep.port());
  }
  ~Session() { server_.session_ended(this); }

  void start() {
    {
      std::lock_guard lock(server_.mu);
      server_.sessions.emplace(this, weak_from_this());
    }
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::do_read, shared_from_this()));
  }

  // On this session's strand, at shutdown: an idle connection closes now; a
  // busy one closes after its response.
  void on_shutdown() {
    if (!busy_) close_now();
  }

  auto executor() { return stream_.get_executor(); }

 private:
  void do_read() {
    busy_ = false;
    if (server_.stopping) return close_now();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    // The body limit depends on the route: set once the header is read.
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    body_limit_ = server_.options.body_limit;
    stream_.expires_after(server_.options.read_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  // The header is in: decide on it, before reading any of the body, whether
  // the request may go on (the route's gate: session, CSRF, origin), how
  // large its body may be, and whether a large body may be read now.
  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_read(ec, 0);
    auto& msg = parser_->get();
    method_ = std::string(msg.method_string());
    request_ = Request{};
    request_.method = method_;
    request_.target = std::string(msg.target());
    request_.remote = remote_;
    Result<Target> target = parse_target(request_.target);
    path_ = target.ok() ? target->path : request_.target.substr(0, request_.target.find('?'));
    if (!target.ok()) return fail_request(Response::bad_request());
    request_.path = std::move(target->path);
    request_.segments = std::move(target->segments);
    request_.query = std::move(target->query);
    for (const auto& field : msg) {
      const auto raw_name = field.name_string();
      std::string name = lower(std::string_view(raw_name.data(), raw_name.size()));
      auto [it, inserted] = request_.headers.emplace(name, std::string(field.value()));
      if (!inserted) it->second += ", " + std::string(field.value());
    }
    admission_ = server_.router->admit(request_);
    // A refused request's body is never read: answer, then close.
    if (admission_->refusal) return fail_request(std::move(*admission_->refusal));
    body_limit_ = admission_->options.body_limit.value_or(server_.options.body_limit);
    parser_->body_limit(body_limit_);
    const auto length = parser_->content_length();
    if (length && *length > body_limit_) return on_read(http::error::body_limit, 0);
    // Bodies above the default limit (uploads) are read a few at a time; a
    // chunked one counts as large, since its size is not known.
    if (!parser_->is_done() && (!length || *length > server_.options.body_limit)) {
      large_body_ = LargeBodySlot::take(server_);
      if (!large_body_) {
        Response busy = Response::error(Code::kBusy, "服务器正在处理其他大文件，请稍后重试");
        busy.headers.emplace_back("Retry-After", "5");
        return fail_request(std::move(busy));
      }
    }
    if (parser_->is_done()) return on_read({}, 0);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream) return do_close();
    if (ec == net::error::operation_aborted || ec == beast::error::timeout) return close_now();
    started_ = std::chrono::steady_clock::now();
    busy_ = true;
    if (ec == http::error::header_limit) {
      return fail_request(Response::bad_request("请求头超过 8 KiB 上限"));
    }
    if (ec == http::error::body_limit) {
      const std::string limit = body_limit_ >= (1u << 20) ? std::to_string(body_limit_ >> 20) + " MiB"
                                                          : std::to_string(body_limit_) + " 字节";
      return fail_request(Response::error(Code::kPayloadTooLarge, "请求体超过 " + limit + " 上限"));
    }
    if (ec.category() == http::make_error_code(http::error::bad_target).category()) {
      return fail_request(Response::bad_request());
    }
    if (ec) return close_now();  // reset by peer and the like: nobody to answer

    http::request<http::string_body>& msg = parser_->get();
    request_.body = std::move(msg.body());
    Response response = server_.router->handle(*admission_, std::move(request_));
    admission_.reset();
    large_body_.reset();  // the body is handled: the next upload may come in
    respond(std::move(response), msg.version(), msg.keep_alive(), msg.method() == http::verb::head);
  }

  // An answer to a request that could not be read whole: the rest of the
  // input cannot be trusted, so the connection closes after it.
  void fail_request(Response response) {
    started_ = std::chrono::steady_clock::now();
    busy_ = true;
    admission_.reset();
    large_body_.reset();
    unsigned version = 11;
    if (parser_ && parser_->is_header_done()) {
      method_ = std::string(parser_->get().method_string());
      std::string target(parser_->get().target());
      path_ = target.substr(0, target.find('?'));
      version = parser_->get().version();
    } else {
      method_ = "-";
      path_ = "-";
    }
    respond(std::move(response), version, false, false);
  }

  void respond(Response response, unsigned version, bool keep_alive, bool head) {
    http::response<http::string_body> res{static_cast<http::status>(response.status), version};
    res.set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : kSecurityHeaders) {
      res.set(beast::string_view(name.data(), name.size()), beast::string_view(value.data(), value.size()));
    }
    for (const auto& [name, value] : response.headers) res.insert(name, value);
    res.keep_alive(keep_alive && !server_.stopping);
    status_ = response.status;
    bytes_ = response.body.size();
    if (response.source && !head) return send_streamed(std::move(res), std::move(response.source));
    if (head) {
      res.content_length(response.body.size());
    } else {
      res.body() = std::move(response.body);
      res.prepare_payload();
    }
    send(std::move(res));
  }

  // The Send continuation: owns the message until the write completes.
  void send(http::response<http::string_body>&& msg) {
    auto sp = std::make_shared<http::response<http::string_body>>(std::move(msg));
    res_ = sp;
    stream_.expires_after(server_.options.write_timeout);
    http::async_write(stream_, *sp, beast::bind_front_handler(&Session::on_write, shared_from_this(), sp->need_eof()));
  }

  // A streamed body (Response::source): the header with chunked transfer
  // coding, then one chunk per piece the source gives, each written before
  // the next is asked for, so memory holds one piece (Beast 1.74's
  // buffer_body and serializer: http::error::need_buffer means "give me more").
  struct Streamed {
    http::response<http::buffer_body> msg;
    std::optional<http::response_serializer<http::buffer_body>> serializer;
    std::shared_ptr<BodySource> source;
    std::string piece;
    bool keep_alive = false;
  };

  void send_streamed(http::response<http::string_body>&& head, std::shared_ptr<BodySource> source) {
    auto st = std::make_shared<Streamed>();
    st->msg.result(head.result());
    st->msg.version(head.version());
    for (const auto& field : head) st->msg.insert(field.name_string(), field.value());
    st->keep_alive = head.keep_alive();
    st->msg.keep_alive(st->keep_alive);
    st->msg.chunked(true);
    st->msg.body().data = nullptr;
    st->msg.body().more = true;
    st->source = std::move(source);
    st->serializer.emplace(st->msg);
    res_ = st;
    stream_.expires_after(server_.options.write_timeout);
    http::async_write_header(stream_, *st->serializer,
                             [self = shared_from_this(), st](beast::error_code ec, std::size_t) {
                               if (ec) return self->on_write(true, ec, 0);
                               self->send_piece(st);
                             });
  }

  void send_piece(const std::shared_ptr<Streamed>& st) {
    Result<std::string> piece = st->source->next();
    if (!piece.ok()) {
      server_.log().error("streamed answer cut short: {}", log_safe(piece.status().message()));
      return on_write(true, beast::error_code(net::error::connection_aborted), 0);
    }
    st->piece = std::move(*piece);
    bytes_ += st->piece.size();
    const bool last = st->piece.empty();
    st->msg.body().data = last ? nullptr : st->piece.data();
    st->msg.body().size = st->piece.size();
    st->msg.body().more = !last;
    stream_.expires_after(server_.options.write_timeout);
    http::async_write(stream_, *st->serializer,
                      [self = shared_from_this(), st, last](beast::error_code ec, std::size_t) {
                        if (ec == http::error::need_buffer) ec = {};
                        if (ec || last) return self->on_write(!st->keep_alive, ec, 0);
                        self->send_piece(st);
                      });
  }

  void on_write(bool close, beast::error_code ec, std::size_t) {
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started_).count();
    server_.log().info("{} {} {} {}B {}us", log_safe(method_, 16), log_safe(path_), status_, bytes_, micros);
    res_.reset();
    if (ec) return close_now();
    if (close || server_.stopping) return do_close();
    do_read();
  }

  // Graceful close: send FIN, then drain what the peer still sends (bounded
  // in time and bytes) before closing, so it sees our last response.
  void do_close() {
    busy_ = false;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) return close_now();
    lingered_ = 0;
    stream_.expires_after(kLingerTimeout);
    linger();
  }
  void linger() {
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(64 * 1024),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->lingered_ += n;
                              if (ec || self->lingered_ > kLingerBytes) return self->close_now();
                              self->linger();
                            });
  }

  void close_now() {
    busy_ = false;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  Request request_;                             // the current request, header first
  std::optional<Router::Admission> admission_;  // what the router decided on its header
  std::optional<LargeBodySlot> large_body_;     // held while a large body is read and handled
  std::shared_ptr<void> res_;
  HttpServer::Impl& server_;
  std::string remote_;
  bool busy_ = false;
  size_t body_limit_ = 0;  // of the current request's route
  size_t lingered_ = 0;
  // For the access log of the current request.
  std::chrono::steady_clock::time_point started_;
  std::string method_;
  std::string path_;
  int status_ = 0;
  size_t bytes_ = 0;
};

}  // namespace

void HttpServer::Impl::do_accept() {
  acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
    if (ec) {
      spdlog::warn("accept failed: {}", ec.message());
    } else if (stopping) {
      beast::error_code ignored;
      socket.close(ignored);
    } else {
      std::make_shared<Session>(std::move(socket), *this)->start();
    }
    if (!stopping) do_accept();
  });
}

void HttpServer::Impl::begin_shutdown() {
  if (shutdown_started) return;
  shutdown_started = true;
  beast::error_code ec;
  acceptor.close(ec);
  signals.clear(ec);  // a second signal now has its default effect
  signals.cancel(ec);
  drain_timer.expires_after(options.drain_timeout);
  drain_timer.async_wait([this](beast::error_code wait_ec) {
    if (!wait_ec) {
      spdlog::warn("shutdown: connections still open after {}s, closing them", options.drain_timeout.count());
      ioc.stop();
    }
  });
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(mu);
    for (auto& [ptr, weak] : sessions) {
      if (auto s = weak.lock()) live.push_back(std::move(s));
    }
  }
  for (auto& s : live) {
    auto ex = s->executor();
    net::post(ex, [s = std::move(s)] { s->on_shutdown(); });
  }
  check_drained();
}

HttpServer::HttpServer(ServerOptions options, std::shared_ptr<const Router> router,
                       std::shared_ptr<spdlog::logger> access_log)
    : impl_(std::make_unique<Impl>(std::move(options))) {
  impl_->router = std::move(router);
  impl_->access_log = std::move(access_log);
}

HttpServer::~HttpServer() = default;

Status HttpServer::listen() {
  Impl& s = *impl_;
  beast::error_code ec;
  auto address = net::ip::make_address(s.options.address, ec);
  if (ec) return Status::Invalid("'" + s.options.address + "' is not an IP address");
  tcp::endpoint endpoint{address, s.options.port};
  const std::string where = s.options.address + ":" + std::to_string(s.options.port);
  s.acceptor.open(endpoint.protocol(), ec);
  if (ec) return Status::Error(Code::kListen, "cannot open a socket for " + where + ": " + ec.message());
  s.acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) return Status::Error(Code::kListen, "cannot configure the socket for " + where + ": " + ec.message());
  s.acceptor.bind(endpoint, ec);
  if (ec) return Status::Error(Code::kListen, "cannot listen on " + where + ": " + ec.message());
  s.acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return Status::Error(Code::kListen, "cannot listen on " + where + ": " + ec.message());
  s.bound_port = s.acceptor.local_endpoint(ec).port();
  if (ec) return Status::Error(Code::kListen, "cannot read the bound port: " + ec.message());
  if (s.options.handle_signals) {
    // Installed now, before anyone learns the port, so a SIGTERM sent right
    // after the listening line is a graceful stop, not the default kill.
    // Signals arriving before run() wait in the signal_set.
    s.signals.add(SIGINT, ec);
    if (!ec) s.signals.add(SIGTERM, ec);
    if (ec) return Status::Error(Code::kListen, "cannot handle SIGINT/SIGTERM: " + ec.message());
  }
  return Status::Ok();
}

uint16_t HttpServer::port() const { return impl_->bound_port; }

void HttpServer::run() {
  Impl& s = *impl_;
  if (s.options.handle_signals) {
    s.signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) stop();
    });
  }
  net::post(s.control, [&s] {
    if (s.stopping) {
      s.begin_shutdown();
    } else {
      s.do_accept();
    }
  });
  std::vector<std::thread> threads;
  for (int i = 1; i < s.options.threads; ++i) threads.emplace_back([&s] { s.ioc.run(); });
  s.ioc.run();
  for (auto& t : threads) t.join();
}

void HttpServer::stop() {
  Impl& s = *impl_;
  if (s.stopping.exchange(true)) return;
  net::post(s.control, [&s] { s.begin_shutdown(); });
}

}  // namespace nc::server
