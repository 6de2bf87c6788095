#include "cli/compiled_cache_dir.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace nc::cli {
namespace {

constexpr std::string_view kPrefix = "hsdb-";

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::string length_prefix(uint64_t n) {
  std::string out;
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  return out;
}

// BLAKE2b of the stored bytes, kept before them: a file damaged on disk is
// not handed to hs_deserialize_database as if it were whole.
std::string digest(std::string_view bytes) {
  std::string out(32, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  return out;
}

}  // namespace

std::optional<std::string> CompiledCacheDir::default_dir() {
  if (const char* dir = std::getenv("NC_CACHE_DIR")) {
    if (*dir == '\0') return std::nullopt;
    return std::string(dir);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return std::string(xdg) + "/netconduct";
  if (const char* home = std::getenv("HOME"); home && *home == '/') return std::string(home) + "/.cache/netconduct";
  return std::nullopt;
}

std::string CompiledCacheDir::path_of(std::string_view key) const {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(key.data()), key.size(), nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return dir_ + "/" + std::string(kPrefix) + hex;
}

std::optional<std::string> CompiledCacheDir::load(std::string_view key) {
  const int fd = ::open(path_of(key).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> result;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() &&
      static_cast<uint64_t>(st.st_size) <= kMaxFileBytes) {
    std::string bytes(static_cast<size_t>(st.st_size), '\0');
    size_t got = 0;
    while (got < bytes.size()) {
      const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    const std::string prefix = length_prefix(key.size());
    const size_t head = prefix.size() + key.size() + 32;
    const std::string_view view(bytes);
    if (got == bytes.size() && bytes.size() >= head && view.substr(0, prefix.size()) == prefix &&
        view.substr(prefix.size(), key.size()) == key &&
        view.substr(prefix.size() + key.size(), 32) == digest(view.substr(head))) {
      result = bytes.substr(head);
    }
  }
  ::close(fd);
  return result;
}

void CompiledCacheDir::store(std::string_view key, std::string_view bytes) {
  if (8 + key.size() + 32 + bytes.size() > kMaxFileBytes) return;
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return;
  ::chmod(dir_.c_str(), 0700);
  std::string temp = dir_ + "/.tmp-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return;
  const bool ok = write_all(fd, length_prefix(key.size())) && write_all(fd, key) && write_all(fd, digest(bytes)) &&
                  write_all(fd, bytes);
  ::close(fd);
  if (!ok || ::rename(temp.c_str(), path_of(key).c_str()) != 0) {
    ::unlink(temp.c_str());
    return;
  }
  trim();
}

// Keeps the kMaxFiles newest sets: a changed dictionary is a new set, and
// the old ones would otherwise pile up.
void CompiledCacheDir::trim() const {
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    if (!entry.path().filename().string().starts_with(kPrefix)) continue;
    std::error_code te;
    const auto time = entry.last_write_time(te);
    if (!te) files.emplace_back(time, entry.path());
  }
  if (files.size() <= kMaxFiles) return;
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = kMaxFiles; i < files.size(); ++i) std::filesystem::remove(files[i].second, ec);
}

}  // namespace nc::cli
