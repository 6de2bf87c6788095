#include "server_process.h"

#include <sys/socket.h>
#include <sys/time.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <cstdlib>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace nc::integration {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
namespace fs = std::filesystem;

namespace {

// Hang guards only: the tests never assert on how long anything takes.
constexpr int kStartGuardMs = 120000;
constexpr int kExitGuardMs = 60000;

pid_t spawn(const std::vector<std::string>& args, int stdout_fd, const fs::path& stderr_file) {
  std::vector<char*> argv;
  std::string bin = NC_NETCONDUCT_BIN;
  argv.push_back(bin.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (stdout_fd >= 0) posix_spawn_file_actions_adddup2(&actions, stdout_fd, STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  if (posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// waitpid with a bound; -1 when not exited normally (killed after the bound).
int wait_exit(pid_t pid, int guard_ms) {
  int status = 0;
  for (int waited = 0; waited < guard_ms; waited += 20) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return -1;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

HttpResult to_result(http::response<http::string_body>& res) {
  HttpResult out;
  out.status = static_cast<int>(res.result_int());
  for (const auto& f : res) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers[name] = std::string(f.value());
  }
  out.body = res.body();
  out.keep_alive = res.keep_alive();
  return out;
}

}  // namespace

ServerProcess::ServerProcess(const fs::path& data, const fs::path& web, std::vector<std::string> extra_args) {
  stderr_file_ = data.parent_path() / (data.filename().string() + ".stderr.log");
  int fds[2];
  if (pipe(fds) != 0) return;
  std::vector<std::string> args = {"serve",
                                   "--listen",
                                   "127.0.0.1:0",
                                   "--data",
                                   data.string(),
                                   "--web",
                                   web.string(),
                                   "--rulebooks",
                                   std::string(NC_DATA_DIR) + "/rulebooks",
                                   "--threads",
                                   "2"};
  for (auto& a : extra_args) args.push_back(std::move(a));
  pid_ = spawn(args, fds[1], stderr_file_);
  close(fds[1]);
  out_fd_ = fds[0];
  if (pid_ < 0) return;

  const std::string marker = "netconduct listening on http://127.0.0.1:";
  for (int waited = 0; waited < kStartGuardMs;) {
    pollfd p{out_fd_, POLLIN, 0};
    int r = poll(&p, 1, 200);
    waited += 200;
    if (r <= 0) continue;
    char buf[1024];
    ssize_t n = read(out_fd_, buf, sizeof buf);
    if (n <= 0) break;  // the process ended or closed stdout
    stdout_.append(buf, static_cast<size_t>(n));
    size_t at = stdout_.find(marker);
    if (at != std::string::npos) {
      size_t end = stdout_.find("/\n", at);
      if (end != std::string::npos) {
        port_ = std::stoi(stdout_.substr(at + marker.size(), end - at - marker.size()));
        // Collect what else is already printed (the demo line) without blocking.
        pollfd more{out_fd_, POLLIN, 0};
        while (poll(&more, 1, 100) > 0 && (n = read(out_fd_, buf, sizeof buf)) > 0) {
          stdout_.append(buf, static_cast<size_t>(n));
        }
        return;
      }
    }
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    int status;
    waitpid(pid_, &status, 0);
  }
  if (out_fd_ >= 0) close(out_fd_);
}

std::string ServerProcess::stderr_text() const { return read_file(stderr_file_); }

int ServerProcess::terminate() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int code = wait_exit(pid_, kExitGuardMs);
  pid_ = -1;
  return code;
}

void ServerProcess::kill_now() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

int run_netconduct(const std::vector<std::string>& args, std::string* stderr_text) {
  fs::path err = fs::temp_directory_path() / ("nc-run-" + std::to_string(getpid()) + ".stderr.log");
  int devnull = open("/dev/null", O_WRONLY);
  pid_t pid = spawn(args, devnull, err);
  close(devnull);
  if (pid < 0) return -1;
  int code = wait_exit(pid, kExitGuardMs);
  if (stderr_text) *stderr_text = read_file(err);
  fs::remove(err);
  return code;
}

int run_netconduct(const std::vector<std::string>& args, std::string* stdout_text, std::string* stderr_text) {
  const std::string stem = "nc-run-" + std::to_string(getpid()) + "-" + std::to_string(std::rand());
  fs::path out = fs::temp_directory_path() / (stem + ".stdout.log");
  fs::path err = fs::temp_directory_path() / (stem + ".stderr.log");
  int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = spawn(args, fd, err);
  close(fd);
  if (pid < 0) return -1;
  int code = wait_exit(pid, kExitGuardMs);
  if (stdout_text) *stdout_text = read_file(out);
  if (stderr_text) *stderr_text = read_file(err);
  fs::remove(out);
  fs::remove(err);
  return code;
}

HttpResult http_request(int port, const std::string& method, const std::string& target, const std::string& body,
                        const std::map<std::string, std::string>& headers) {
  net::io_context ioc;
  tcp::socket socket(ioc);
  socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
  http::request<http::string_body> req{http::string_to_verb(method), target, 11};
  req.set(http::field::host, "127.0.0.1");
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  req.keep_alive(false);
  http::write(socket, req);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64u << 20);
  if (method == "HEAD") parser.skip(true);
  http::read(socket, buffer, parser);
  beast::error_code ec;
  socket.shutdown(tcp::socket::shutdown_both, ec);
  return to_result(parser.get());
}

std::optional<HttpResult> raw_request(int port, const std::string& bytes, std::chrono::seconds wait) {
  net::io_context ioc;
  tcp::socket socket(ioc);
  socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
  // No answer within `wait`: nothing (a server that waits for a body never sent would hold the test).
  // The same bound on sending: a server that stops reading a body it refused must not hold the test
  // in a blocked write either (Hardening.OnlyAFewLargeBodiesAreReadAtOnce once hung 300 s under load).
  const timeval tv{static_cast<time_t>(wait.count()), 0};
  ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  beast::error_code ec;
  net::write(socket, net::buffer(bytes), ec);  // the server may answer before reading everything
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  http::read(socket, buffer, parser, ec);
  if (ec) return std::nullopt;
  return to_result(parser.get());
}

std::string url_encode(const std::string& s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    }
  }
  return out;
}

}  // namespace nc::integration
