#include "server/static_files.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace nc::server {
namespace fs = std::filesystem;
namespace {

constexpr uintmax_t kMaxFileBytes = 64u << 20;

bool segment_allowed(const std::string& s) {
  if (s.empty() || s.front() == '.') return false;  // "", ".", "..", dot-files
  for (char c : s) {
    if (c == '/' || c == '\\' || c == '\0') return false;
  }
  return true;
}

// True when `path` (canonical) is `root` or lies below it.
bool within(const fs::path& root, const fs::path& path) {
  auto r = root.begin();
  auto p = path.begin();
  for (; r != root.end(); ++r, ++p) {
    if (p == path.end() || *r != *p) return false;
  }
  return true;
}

bool is_api(const Request& request) { return !request.segments.empty() && request.segments[0] == "api"; }

}  // namespace

std::string_view content_type_for(const fs::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".gif") return "image/gif";
  if (ext == ".webp") return "image/webp";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".ttf") return "font/ttf";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".wasm") return "application/wasm";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (!ec && fs::is_directory(canonical, ec)) root_ = canonical;
}

fs::path StaticFiles::resolve(const std::vector<std::string>& segments) const {
  if (root_.empty()) return {};
  fs::path candidate = root_;
  for (const std::string& s : segments) {
    if (!segment_allowed(s)) return {};
    candidate /= s;
  }
  std::error_code ec;
  fs::path real = fs::canonical(candidate, ec);  // resolves symlinks
  if (ec || !within(root_, real)) return {};
  if (!fs::is_regular_file(real, ec) || ec) return {};
  return real;
}

Response StaticFiles::file_response(const fs::path& file, bool immutable) const {
  std::error_code ec;
  const uintmax_t size = fs::file_size(file, ec);
  if (ec || size > kMaxFileBytes) return Response::not_found();
  Response r;
  r.content_type = std::string(content_type_for(file));
  r.headers.emplace_back("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  // For HEAD too: the server sends the length and drops the body.
  std::ifstream in(file, std::ios::binary);
  if (!in) return Response::not_found();
  r.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return r;
}

Response StaticFiles::serve(const Request& request) const {
  if (is_api(request)) return Response::not_found();
  if (request.method != "GET" && request.method != "HEAD") {
    Response r = Response::error(Code::kMethodNotAllowed);
    r.headers.emplace_back("Allow", "GET, HEAD");
    return r;
  }
  std::vector<std::string> segments = request.segments;
  if (!segments.empty() && segments.back().empty()) segments.back() = "index.html";  // "/" and "/dir/"
  const bool assets = segments.size() > 1 && segments[0] == "assets";

  if (fs::path file = resolve(segments); !file.empty()) return file_response(file, assets);

  // SPA fallback: client-side routes have no extension ("/rulebooks/x/14").
  const std::string& last = request.segments.empty() ? std::string() : request.segments.back();
  if (!assets && last.find('.') == std::string::npos) {
    if (fs::path index = resolve({"index.html"}); !index.empty()) return file_response(index, false);
  }
  return Response::not_found();
}

}  // namespace nc::server
