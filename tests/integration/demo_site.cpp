#include "demo_site.h"

#include <unistd.h>

#include <fstream>
#include <regex>

namespace nc::integration {

namespace fs = std::filesystem;
using json = nlohmann::json;

DemoSite::DemoSite(const std::string& name, std::vector<std::string> extra_args) {
  base_ = fs::temp_directory_path() / ("nc-it-" + name + "-" + std::to_string(getpid()));
  fs::remove_all(base_);
  fs::create_directories(base_ / "web");
  std::ofstream(base_ / "web" / "index.html") << "<!doctype html>INDEX";
  extra_args.insert(extra_args.begin(), "--demo");
  server_ = std::make_unique<ServerProcess>(base_ / "data", base_ / "web", std::move(extra_args));
  // "  支部书记 (branch_secretary): username secretary  password abcd…"
  static const std::regex line("username (\\S+)  password (\\S+)");
  const std::string& out = server_->stdout_text();
  for (auto it = std::sregex_iterator(out.begin(), out.end(), line); it != std::sregex_iterator(); ++it) {
    passwords_[(*it)[1]] = (*it)[2];
  }
}

DemoSite::~DemoSite() {
  server_.reset();
  std::error_code ignored;
  fs::remove_all(base_, ignored);
}

bool DemoSite::ready() const { return server_->started() && passwords_.size() == 6; }

std::string DemoSite::diagnostics() const { return server_->stdout_text() + "\n" + server_->stderr_text(); }

Login DemoSite::login(const std::string& user, const std::string& password) const {
  json body = {{"username", user}, {"password", password}};
  HttpResult r = http_request(port(), "POST", "/api/v1/login", body.dump(), {{"Content-Type", "application/json"}});
  Login out;
  out.status = r.status;
  out.body = json::parse(r.body, nullptr, false);
  const std::string set = r.headers["set-cookie"];
  out.cookie = set.substr(0, set.find(';'));
  if (out.status == 200) out.csrf = out.body["csrf"].get<std::string>();
  return out;
}

HttpResult DemoSite::call(const Login& who, const std::string& method, const std::string& target,
                          const std::string& body, bool with_csrf) const {
  std::map<std::string, std::string> headers = {{"Cookie", who.cookie}};
  if (with_csrf) headers["X-CSRF-Token"] = who.csrf;
  if (!body.empty()) headers["Content-Type"] = "application/json";
  return http_request(port(), method, target, body, headers);
}

}  // namespace nc::integration
