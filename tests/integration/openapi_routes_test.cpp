// docs/openapi.yaml against the routes the server really registers (serve
// --test-print-routes prints "route METHOD PATTERN" for each), both ways: a
// route the description leaves out and a described operation no route serves
// both fail, by name.
//
// No YAML library is available, so the `paths:` section is read by
// indentation: each path an unquoted key at two spaces, its methods at four
// (the file's header asks to keep it so). A line at those depths that is not
// of that shape throws, naming the line: a reshaped file fails loudly instead
// of passing with nothing read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "server_process.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;

using Route = std::pair<std::string, std::string>;  // ("GET", "/api/v1/members/{id}")

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// Every (METHOD, path) under `paths:`; throws std::runtime_error on a shape it does not know.
std::set<Route> read_operations(std::istream& in) {
  static const std::set<std::string> kMethods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
  // The other fields OpenAPI allows on a path item.
  static const std::set<std::string> kPathFields = {"summary", "description", "parameters", "servers", "$ref"};
  static const std::regex kKey(R"(([^\s:#'"]+):(\s+#.*|\s*))");  // `key:` with nothing after it but a comment
  static const std::regex kMethodKey(R"(([a-z$]+):(\s.*)?)");
  std::set<Route> out;
  std::set<std::string> paths;
  bool in_paths = false, seen_paths = false;
  std::string path, text;
  for (int n = 1; std::getline(in, text); ++n) {
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("openapi.yaml line " + std::to_string(n) + ": " + why + ": \"" + text + "\"");
    };
    if (!text.empty() && text.back() == '\r') text.pop_back();
    const size_t indent = text.find_first_not_of(' ');
    if (indent == std::string::npos || text[indent] == '#') continue;  // blank or comment
    if (text[indent] == '\t') fail("tab in the indentation");
    if (indent == 0) {
      if (text.rfind("paths:", 0) == 0) {
        if (text != "paths:") fail("`paths:` must stand alone on its line");
        if (seen_paths) fail("a second `paths:`");
        in_paths = seen_paths = true;
      } else {
        in_paths = false;  // the next top-level key ends the section
      }
      continue;
    }
    if (!in_paths || indent > 4) continue;  // deeper lines belong to an operation
    const std::string rest = text.substr(indent);
    std::smatch m;
    if (indent == 2) {
      if (rest[0] != '/' || !std::regex_match(rest, m, kKey)) {
        fail("expected a path key, unquoted, on its own line (`/api/v1/x/{id}:`)");
      }
      path = m[1];
      if (!paths.insert(path).second) fail("this path twice");
    } else if (indent == 4) {
      if (!std::regex_match(rest, m, kMethodKey)) fail("expected a method key under the path");
      const std::string key = m[1];
      if (kMethods.count(key)) {
        if (!out.insert({upper(key), path}).second) fail("this method twice");
      } else if (!kPathFields.count(key)) {
        fail("`" + key + "` is neither a method nor a path-item field");
      }
    } else {
      fail("indentation of " + std::to_string(indent) + " (paths sit at 2 spaces, methods at 4)");
    }
  }
  if (!seen_paths) throw std::runtime_error("openapi.yaml: no top-level `paths:` section");
  if (out.empty()) throw std::runtime_error("openapi.yaml: no operations under `paths:`");
  return out;
}

std::set<Route> read_operations(const std::string& text) {
  std::istringstream in(text);
  return read_operations(in);
}

// A router pattern in OpenAPI's template syntax. The router (server/router.h)
// already writes parameters as {name}; this checks every segment is a literal
// (unreserved characters) or one whole {name}, so a change of the router's
// syntax fails here.
std::string openapi_template(const std::string& pattern) {
  static const std::regex kSegment(R"(/([A-Za-z0-9._~-]+|\{[A-Za-z_][A-Za-z0-9_]*\}))");
  std::string rest = pattern;
  std::smatch m;
  while (!rest.empty()) {
    if (!std::regex_search(rest, m, kSegment, std::regex_constants::match_continuous)) {
      throw std::runtime_error("route pattern in an unknown syntax: " + pattern);
    }
    rest = m.suffix().str();
  }
  return pattern;
}

std::string list(const std::set<Route>& routes) {
  std::string out;
  for (const auto& [method, path] : routes) out += "  " + method + " " + path + "\n";
  return out;
}

TEST(OpenApiRoutes, ReaderReadsPathsAndMethods) {
  const std::set<Route> ops = read_operations(
      "openapi: 3.0.3\n"
      "paths:\n"
      "  # comment\n"
      "  /a/{id}:\n"
      "    parameters: []\n"
      "    get:\n"
      "      summary: x\n"
      "      responses:\n"
      "        \"200\": {description: ok}\n"
      "    post:  # comment\n"
      "      summary: y\n"
      "\n"
      "  /b:\n"
      "    delete: {summary: z}\n"
      "components:\n"
      "  schemas:\n"
      "    get: {type: string}\n");
  EXPECT_EQ(ops, (std::set<Route>{{"GET", "/a/{id}"}, {"POST", "/a/{id}"}, {"DELETE", "/b"}}));
}

TEST(OpenApiRoutes, ReaderRefusesShapesItDoesNotKnow) {
  const std::string head = "openapi: 3.0.3\npaths:\n";
  EXPECT_THROW(read_operations(head + "  \"/a\":\n    get: {}\n"), std::runtime_error);  // quoted
  EXPECT_THROW(read_operations(head + "  /a: {get: {}}\n"), std::runtime_error);         // flow style
  EXPECT_THROW(read_operations(head + "  /a:\n   get: {}\n"), std::runtime_error);       // 3 spaces
  EXPECT_THROW(read_operations(head + "  /a:\n    gett: {}\n"), std::runtime_error);     // unknown key
  EXPECT_THROW(read_operations(head + "  /a:\n    get: {}\n  /a:\n    put: {}\n"), std::runtime_error);
  EXPECT_THROW(read_operations(head + "  /a:\n    get: {}\n    get: {}\n"), std::runtime_error);
  EXPECT_THROW(read_operations(head + " /a:\n    get: {}\n"), std::runtime_error);
  EXPECT_THROW(read_operations(head + "  a:\n    get: {}\n"), std::runtime_error);
  EXPECT_THROW(read_operations(head + "  /a:\n\t  get: {}\n"), std::runtime_error);
  EXPECT_THROW(read_operations("openapi: 3.0.3\npaths: {}\n"), std::runtime_error);
  EXPECT_THROW(read_operations("openapi: 3.0.3\n"), std::runtime_error);
  EXPECT_THROW(read_operations(head + "components:\n"), std::runtime_error);  // no operations
  EXPECT_THROW(openapi_template("/a/:id"), std::runtime_error);
  EXPECT_THROW(openapi_template("/a/x{id}"), std::runtime_error);
  EXPECT_EQ(openapi_template("/a/{id}/b"), "/a/{id}/b");
}

TEST(OpenApiRoutes, EveryRegisteredRouteIsDocumentedAndEveryDocumentedOperationIsARoute) {
  std::ifstream file(NC_OPENAPI_YAML);
  ASSERT_TRUE(file) << "cannot open " << NC_OPENAPI_YAML;
  std::set<Route> documented;
  try {
    documented = read_operations(file);
  } catch (const std::exception& e) {
    FAIL() << e.what();
  }

  const fs::path base = fs::temp_directory_path() / ("nc-it-openapi-" + std::to_string(getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "web");
  std::set<Route> registered;
  {
    ServerProcess server(base / "data", base / "web", {"--test-print-routes", "--checkpoint-interval", "0"});
    ASSERT_TRUE(server.started()) << server.stderr_text();
    std::istringstream out(server.stdout_text());
    std::string line;
    while (std::getline(out, line)) {
      if (line.rfind("route ", 0) != 0) continue;
      std::istringstream fields(line.substr(6));
      std::string method, pattern;
      fields >> method >> pattern;
      try {
        registered.insert({method, openapi_template(pattern)});
      } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
      }
    }
    ASSERT_GT(registered.size(), 20u) << "the server printed no routes:\n" << server.stdout_text();
  }
  fs::remove_all(base);

  std::set<Route> undocumented, unserved;
  std::set_difference(registered.begin(), registered.end(), documented.begin(), documented.end(),
                      std::inserter(undocumented, undocumented.end()));
  std::set_difference(documented.begin(), documented.end(), registered.begin(), registered.end(),
                      std::inserter(unserved, unserved.end()));
  EXPECT_TRUE(undocumented.empty()) << "routes the server registers that docs/openapi.yaml does not describe:\n"
                                    << list(undocumented);
  EXPECT_TRUE(unserved.empty()) << "operations docs/openapi.yaml describes that the server does not register:\n"
                                << list(unserved);
}

}  // namespace
}  // namespace nc::integration
