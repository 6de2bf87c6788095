#include "cli/signing_key.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace nc::cli {

namespace fs = std::filesystem;

fs::path signing_key_path(const std::string& data_dir, const std::string& key_file) {
  return key_file.empty() ? fs::path(data_dir) / "audit-signing.key" : fs::path(key_file);
}

Result<domain::SigningSeed> create_signing_key(const fs::path& path) {
  if (sodium_init() < 0) return Status::Error(Code::kInternal, "libsodium failed to initialise");
  std::error_code ec;
  if (path.has_parent_path()) {
    fs::create_directories(path.parent_path(), ec);
    if (ec) return Status::Error(Code::kStorage, "cannot create " + path.parent_path().string() + ": " + ec.message());
  }
  // O_EXCL: never replace a key; 0600 from the start, not chmod afterwards.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return Status::Error(Code::kConflict, path.string() + " exists already; it is not replaced");
    return Status::Error(Code::kStorage, "cannot create " + path.string() + ": " + std::strerror(errno));
  }
  domain::SigningSeed seed;
  randombytes_buf(seed.data(), seed.size());
  const std::string text = "# netconduct audit signing key (Ed25519 seed). Keep it private; back it up.\n" +
                           domain::seed_hex(seed) + "\n";
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!written || !synced) {
    fs::remove(path, ec);
    return Status::Error(Code::kStorage, "cannot write " + path.string());
  }
  return seed;
}

Result<domain::SigningSeed> load_signing_key(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::NotFound("no audit signing key at " + path.string());
  if (st.st_mode & (S_IRWXG | S_IRWXO)) {
    std::cerr << "netconduct: warning: " << path.string() << " is readable by others; chmod 600 it\n";
  }
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    if (auto seed = domain::parse_seed_hex(line)) return *seed;
    break;
  }
  return Status::Invalid(path.string() + " does not hold a signing key (64 hex digits)");
}

Result<domain::SigningSeed> load_or_create_signing_key(const fs::path& path) {
  auto loaded = load_signing_key(path);
  if (loaded.ok() || loaded.status().code() != Code::kNotFound) return loaded;
  return create_signing_key(path);
}

}  // namespace nc::cli
