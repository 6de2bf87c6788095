#include "cli/data_dir.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace nc::cli {

Result<std::shared_ptr<store::SqliteStore>> open_data_dir(const std::string& dir, bool create) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (create) {
    fs::create_directories(dir, ec);
    if (ec) return Status::Error(Code::kStorage, "cannot create the data directory " + dir + ": " + ec.message());
  } else if (!fs::exists(fs::path(dir) / "netconduct.db")) {
    return Status::NotFound("no netconduct.db in " + dir);
  }
  auto opened = store::SqliteStore::open(fs::path(dir) / "netconduct.db");
  if (!opened.ok()) return opened.status();
  std::shared_ptr<store::SqliteStore> db = std::move(opened).value();
  if (Status s = db->migrate(); !s.ok()) return s;
  return db;
}

Result<DataDirLock> DataDirLock::acquire(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::Error(Code::kStorage, "cannot create the data directory " + dir + ": " + ec.message());
  const std::string path = (fs::path(dir) / "netconduct.lock").string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Error(Code::kStorage, "cannot open " + path + ": " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) {
      return Status::Error(Code::kConflict, "another netconduct process (a running server?) is using " + dir +
                                           "; stop it first");
    }
    return Status::Error(Code::kStorage, "cannot lock " + path + ": " + std::strerror(err));
  }
  return DataDirLock(fd);
}

DataDirLock::~DataDirLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the lock
}

std::string cli_actor() {
  const struct passwd* pw = ::getpwuid(::geteuid());
  return std::string("cli:") + (pw && pw->pw_name ? pw->pw_name : std::to_string(::geteuid()));
}

}  // namespace nc::cli
