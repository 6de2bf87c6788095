// StaticFiles: serves the built UI (web/dist) read-only.
//
// Only regular files whose real path (symlinks resolved) lies inside the
// root are served; ".." and "." segments, dot-files, backslashes and encoded
// slashes are refused, whatever their encoding. A GET for an unknown path
// outside /api/ whose last segment has no extension gets index.html, so the
// single-page app can route it. /assets/* (content-hashed by Vite) is cached
// for a year; everything else must be revalidated.
//
// Immutable after construction; serve() may run on any number of threads.
#pragma once

#include <filesystem>
#include <string_view>

#include "server/request.h"
#include "server/response.h"

namespace nc::server {

class StaticFiles {
 public:
  // A root that does not exist is allowed: every request is then 404.
  explicit StaticFiles(const std::filesystem::path& root);

  Response serve(const Request& request) const;

  // The file a decoded path would be served from, or empty when refused or
  // missing. Exposed for tests.
  std::filesystem::path resolve(const std::vector<std::string>& segments) const;

  bool has_root() const { return !root_.empty(); }

 private:
  Response file_response(const std::filesystem::path& file, bool immutable) const;
  std::filesystem::path root_;  // canonical, or empty when missing
};

// Content-Type for a file name, by extension; application/octet-stream otherwise.
std::string_view content_type_for(const std::filesystem::path& file);

}  // namespace nc::server
