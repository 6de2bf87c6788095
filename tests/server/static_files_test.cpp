#include "server/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace nc::server {
namespace {

namespace fs = std::filesystem;

Request request(std::string method, std::string_view target) {
  Request r;
  r.method = std::move(method);
  r.target = std::string(target);
  auto t = parse_target(target);
  EXPECT_TRUE(t.ok()) << target;
  if (t.ok()) {
    r.path = t->path;
    r.segments = t->segments;
  }
  return r;
}

std::string header(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

// base/web is the root; base/secret.txt and base/private/ lie outside it.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base = fs::temp_directory_path() / ("nc-static-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base);
    root = base / "web";
    fs::create_directories(root / "assets");
    fs::create_directories(base / "private");
    write(root / "index.html", "<!doctype html>INDEX");
    write(root / "assets" / "app-1234.js", "console.log(1)");
    write(root / "assets" / "app-1234.css", "body{}");
    write(root / "favicon.svg", "<svg/>");
    write(root / ".env", "HIDDEN");
    write(base / "secret.txt", "SECRET");
    write(base / "private" / "key.txt", "SECRET");
    fs::create_symlink(base / "secret.txt", root / "link.txt");
    fs::create_directory_symlink(base / "private", root / "linkdir");
  }
  void TearDown() override { fs::remove_all(base); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

  fs::path base;
  fs::path root;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirContentType) {
  StaticFiles files(root);
  Response js = files.serve(request("GET", "/assets/app-1234.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.body, "console.log(1)");
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(files.serve(request("GET", "/assets/app-1234.css")).content_type, "text/css; charset=utf-8");
  EXPECT_EQ(files.serve(request("GET", "/favicon.svg")).content_type, "image/svg+xml");
  Response index = files.serve(request("GET", "/"));
  EXPECT_EQ(index.body, "<!doctype html>INDEX");
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
}

TEST_F(StaticFilesTest, OnlyAssetsAreCachedLong) {
  StaticFiles files(root);
  EXPECT_EQ(header(files.serve(request("GET", "/assets/app-1234.js")), "Cache-Control"),
            "public, max-age=31536000, immutable");
  EXPECT_EQ(header(files.serve(request("GET", "/index.html")), "Cache-Control"), "no-cache");
  EXPECT_EQ(header(files.serve(request("GET", "/rulebooks/x")), "Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, ExtensionlessUnknownPathsGetIndexForTheSpa) {
  StaticFiles files(root);
  Response spa = files.serve(request("GET", "/rulebooks/dangyuan/articles/14"));
  EXPECT_EQ(spa.status, 200);
  EXPECT_EQ(spa.body, "<!doctype html>INDEX");
  EXPECT_EQ(files.serve(request("GET", "/missing.js")).status, 404);
  EXPECT_EQ(files.serve(request("GET", "/assets/missing")).status, 404);  // assets never fall back
}

TEST_F(StaticFilesTest, ApiPathsNeverFallBackToIndex) {
  StaticFiles files(root);
  Response res = files.serve(request("GET", "/api/v1/unknown"));
  EXPECT_EQ(res.status, 404);
  EXPECT_NE(res.body.find("\"not_found\""), std::string::npos);
}

TEST_F(StaticFilesTest, DotDotInAnyEncodingIsRefused) {
  StaticFiles files(root);
  for (const char* target :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/assets/../../secret.txt", "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt", "/.%2e/private/key.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt"}) {
    Response res = files.serve(request("GET", target));
    EXPECT_NE(res.body, "SECRET") << target;
    EXPECT_EQ(res.status, 404) << target;  // all name a file (with an extension)
  }
  auto t = parse_target("/%2e%2e/secret.txt");
  EXPECT_TRUE(files.resolve(t->segments).empty());
}

TEST_F(StaticFilesTest, SymlinksOutOfTheRootAreRefused) {
  StaticFiles files(root);
  EXPECT_EQ(files.serve(request("GET", "/link.txt")).status, 404);
  EXPECT_EQ(files.serve(request("GET", "/linkdir/key.txt")).status, 404);
  EXPECT_TRUE(files.resolve({"linkdir", "key.txt"}).empty());
}

TEST_F(StaticFilesTest, SymlinksInsideTheRootAreServed) {
  fs::create_symlink(root / "favicon.svg", root / "alias.svg");
  StaticFiles files(root);
  EXPECT_EQ(files.serve(request("GET", "/alias.svg")).body, "<svg/>");
}

TEST_F(StaticFilesTest, DotFilesAndDirectoriesAreNotServed) {
  StaticFiles files(root);
  EXPECT_EQ(files.serve(request("GET", "/.env")).status, 404);
  EXPECT_TRUE(files.resolve({"assets"}).empty());
}

TEST_F(StaticFilesTest, OnlyGetAndHead) {
  StaticFiles files(root);
  EXPECT_EQ(files.serve(request("HEAD", "/index.html")).status, 200);
  Response post = files.serve(request("POST", "/index.html"));
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(header(post, "Allow"), "GET, HEAD");
}

TEST_F(StaticFilesTest, MissingRootServesNothing) {
  StaticFiles files(base / "no-such-dir");
  EXPECT_FALSE(files.has_root());
  EXPECT_EQ(files.serve(request("GET", "/")).status, 404);
  EXPECT_EQ(files.serve(request("GET", "/rulebooks")).status, 404);
}

TEST(ContentType, UnknownExtensionIsOctetStream) {
  EXPECT_EQ(content_type_for("a.bin"), "application/octet-stream");
  EXPECT_EQ(content_type_for("a.woff2"), "font/woff2");
}

}  // namespace
}  // namespace nc::server
