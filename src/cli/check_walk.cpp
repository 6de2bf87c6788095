#include "cli/check_walk.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "check/extract/format.h"

namespace nc::cli {
namespace {

namespace fs = std::filesystem;

bool excluded(const std::vector<std::string>& excludes, const std::string& name, const std::string& relative) {
  for (const std::string& g : excludes) {
    if (g.find('/') == std::string::npos) {
      if (fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
    } else if (fnmatch(g.c_str(), relative.c_str(), FNM_PATHNAME) == 0) {
      return true;
    }
  }
  return false;
}

// Whether the first bytes of a regular file can be text or a document the
// checker reads.
bool checkable(const fs::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return true;  // unreadable: checked, and reported as an error
  char buf[4096];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  if (n <= 0) return n < 0;  // empty: nothing to check
  const std::string_view head(buf, static_cast<size_t>(n));
  using check::extract::Format;
  const Format f = check::extract::sniff(head);
  if (f == Format::OleCompound || f == Format::Unknown) return false;
  if (f != Format::Text) return true;
  const bool utf16 = head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'));
  return utf16 || head.find('\0') == std::string_view::npos;
}

bool inside(const fs::path& root, const fs::path& p) {
  auto r = root.begin(), q = p.begin();
  for (; r != root.end(); ++r, ++q) {
    if (q == p.end() || *r != *q) return false;
  }
  return true;
}

Status walk_folder(const fs::path& folder, const std::vector<std::string>& excludes, size_t max_files,
                   WalkResult* out) {
  std::error_code ec;
  const fs::path root = fs::canonical(folder, ec);
  if (ec) return Status::NotFound("cannot open " + folder.string());
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::NotFound("cannot open " + folder.string());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) return Status::Invalid("cannot read " + folder.string() + ": " + ec.message());
    const fs::directory_entry& e = *it;
    const fs::path& p = e.path();
    const std::string name = p.filename().string();
    const std::string relative = p.lexically_relative(folder).string();
    const bool is_link = e.is_symlink(ec);
    if (!is_link && e.is_directory(ec)) {
      if (excluded(excludes, name, relative)) it.disable_recursion_pending();
      continue;
    }
    if (excluded(excludes, name, relative)) continue;
    if (is_link) {
      const fs::path target = fs::canonical(p, ec);
      if (ec || !inside(root, target) || !fs::is_regular_file(target, ec)) {
        ++out->skipped;
        ec.clear();
        continue;
      }
    } else if (!e.is_regular_file(ec)) {
      ++out->skipped;
      continue;
    }
    if (!checkable(p)) {
      ++out->skipped;
      continue;
    }
    if (out->files.size() + found.size() >= max_files)
      return Status::Invalid("more than " + std::to_string(max_files) + " files to check");
    found.push_back(p.string());
  }
  std::sort(found.begin(), found.end());
  out->files.insert(out->files.end(), found.begin(), found.end());
  return Status::Ok();
}

}  // namespace

Result<WalkResult> walk_paths(const std::vector<std::string>& paths, const std::vector<std::string>& excludes,
                              size_t max_files) {
  WalkResult out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      if (Status s = walk_folder(path, excludes, max_files, &out); !s.ok()) return s;
      continue;
    }
    if (out.files.size() >= max_files) return Status::Invalid("more than " + std::to_string(max_files) + " files to check");
    out.files.push_back(path);  // a file by name: checked whatever it holds
  }
  return out;
}

}  // namespace nc::cli
