// A `netconduct serve --demo` for one test, with its printed logins and a
// small client that logs in and calls the API with cookie and CSRF token.
// Shared by the access tests that need several accounts.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "server_process.h"

namespace nc::integration {

struct Session {
  int status = 0;
  std::string cookie;  // "nc_session=…"
  std::string csrf;
  nlohmann::json body;
  std::string username, password;
};

class DemoServer {
 public:
  explicit DemoServer(const std::string& name, std::vector<std::string> extra_args = {}) {
    base_ = std::filesystem::temp_directory_path() / ("nc-it-" + name + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(base_);
    std::filesystem::create_directories(base_ / "web");
    std::ofstream(base_ / "web" / "index.html") << "<!doctype html>INDEX";
    extra_args.insert(extra_args.begin(), "--demo");
    server_ = std::make_unique<ServerProcess>(data_dir(), base_ / "web", extra_args);
    // "  支部书记 (branch_secretary): username secretary  password abcd…"
    static const std::regex line("username (\\S+)  password (\\S+)");
    const std::string& out = server_->stdout_text();
    for (auto it = std::sregex_iterator(out.begin(), out.end(), line); it != std::sregex_iterator(); ++it) {
      passwords_[(*it)[1]] = (*it)[2];
    }
  }
  ~DemoServer() {
    server_.reset();
    std::filesystem::remove_all(base_);
  }

  bool started() const { return server_->started() && passwords_.size() == 6; }
  int port() const { return server_->port(); }
  ServerProcess& process() { return *server_; }
  std::filesystem::path data_dir() const { return base_ / "data"; }
  std::filesystem::path base() const { return base_; }
  const std::string& password(const std::string& demo_user) const { return passwords_.at(demo_user); }

  Session login(const std::string& username, const std::string& password) const {
    nlohmann::json body = {{"username", username}, {"password", password}};
    HttpResult r = http_request(port(), "POST", "/api/v1/login", body.dump(), {{"Content-Type", "application/json"}});
    Session s;
    s.status = r.status;
    s.body = nlohmann::json::parse(r.body, nullptr, false);
    const std::string set = r.headers["set-cookie"];
    s.cookie = set.substr(0, set.find(';'));
    if (s.status == 200) s.csrf = s.body["csrf"].get<std::string>();
    s.username = username;
    s.password = password;
    return s;
  }
  Session login(const std::string& demo_user) const { return login(demo_user, password(demo_user)); }

  HttpResult call(const Session& who, const std::string& method, const std::string& target,
                  const std::string& body = "") const {
    std::map<std::string, std::string> headers = {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf}};
    if (!body.empty()) headers["Content-Type"] = "application/json";  // as the UI sends every body
    return http_request(port(), method, target, body, headers);
  }
  HttpResult call(const Session& who, const std::string& method, const std::string& target,
                  const nlohmann::json& body) const {
    return call(who, method, target, body.dump());
  }
  HttpResult call(const Session& who, const std::string& method, const std::string& target, const char* body) const {
    return call(who, method, target, std::string(body));
  }

  // Sanitizer reports and the exit code once the server is stopped.
  std::string stop_and_report() {
    const int code = server_->terminate();
    std::string problems;
    if (code != 0) problems += "exit code " + std::to_string(code) + "\n";
    const std::string err = server_->stderr_text();
    if (err.find("Sanitizer") != std::string::npos || err.find("runtime error") != std::string::npos) {
      problems += err;
    }
    return problems;
  }

 private:
  std::filesystem::path base_;
  std::unique_ptr<ServerProcess> server_;
  std::map<std::string, std::string> passwords_;
};

}  // namespace nc::integration
