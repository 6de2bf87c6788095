// A `netconduct serve` child process for integration tests, and a small
// synchronous Beast client to talk to it.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace nc::integration {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  bool keep_alive = false;
};

class ServerProcess {
 public:
  // Starts `netconduct serve --listen 127.0.0.1:0 --data DATA --web WEB
  // --rulebooks <shipped> ARGS...` and waits for its listening line.
  ServerProcess(const std::filesystem::path& data, const std::filesystem::path& web,
                std::vector<std::string> extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool started() const { return port_ != 0; }
  int port() const { return port_; }
  const std::string& stdout_text() const { return stdout_; }
  std::string stderr_text() const;

  // Sends SIGTERM and waits; returns the exit code, or -1 when killed by a
  // signal or still running after a generous bound (then it is killed).
  int terminate();
  // SIGKILL, as a crash or a power cut would end it; waits until it is gone.
  void kill_now();

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  std::string stdout_;
  std::filesystem::path stderr_file_;
};

// Runs `netconduct ARGS...` to completion; returns the exit code, fills stderr.
int run_netconduct(const std::vector<std::string>& args, std::string* stderr_text);
// The same, keeping what it printed on stdout too.
int run_netconduct(const std::vector<std::string>& args, std::string* stdout_text, std::string* stderr_text);

// One request on a fresh connection.
HttpResult http_request(int port, const std::string& method, const std::string& target, const std::string& body = "",
                        const std::map<std::string, std::string>& headers = {});
// Raw bytes in, response out (for requests a well-behaved client cannot make).
// nullopt when the server closed without an HTTP response.
std::optional<HttpResult> raw_request(int port, const std::string& bytes,
                                      std::chrono::seconds wait = std::chrono::seconds(120));

// Percent-encodes UTF-8 for a query value.
std::string url_encode(const std::string& s);

}  // namespace nc::integration
