// A `netconduct serve --demo` process for integration tests, with the demo
// logins it printed and the calls a signed-in browser would make (session
// cookie, X-CSRF-Token).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server_process.h"

namespace nc::integration {

struct Login {
  int status = 0;
  std::string cookie;  // "nc_session=…"
  std::string csrf;
  nlohmann::json body;
};

class DemoSite {
 public:
  // Serves a fresh data directory under the system's temp directory, named
  // after `name` and this process; removed again by the destructor.
  explicit DemoSite(const std::string& name, std::vector<std::string> extra_args = {});
  ~DemoSite();
  DemoSite(const DemoSite&) = delete;
  DemoSite& operator=(const DemoSite&) = delete;

  // Whether the server runs and printed every demo login.
  bool ready() const;
  std::string diagnostics() const;  // the server's stdout and stderr
  int port() const { return server_->port(); }
  const std::filesystem::path& directory() const { return base_; }
  ServerProcess& server() { return *server_; }

  Login login(const std::string& user, const std::string& password) const;
  Login login(const std::string& user) const { return login(user, passwords_.at(user)); }
  const std::map<std::string, std::string>& passwords() const { return passwords_; }

  HttpResult call(const Login& who, const std::string& method, const std::string& target,
                  const std::string& body = "", bool with_csrf = true) const;

 private:
  std::filesystem::path base_;
  std::unique_ptr<ServerProcess> server_;
  std::map<std::string, std::string> passwords_;
};

}  // namespace nc::integration
