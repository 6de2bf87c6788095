// Opening the data directory the way every subcommand does: DIR/netconduct.db,
// migrated to the newest schema.
#pragma once

#include <memory>
#include <string>

#include "common/status.h"
#include "store/sqlite_store.h"

namespace nc::cli {

Result<std::shared_ptr<store::SqliteStore>> open_data_dir(const std::string& dir, bool create);

// An exclusive lock on DIR/netconduct.lock (flock), held while it lives:
// `serve` holds it as long as it runs, because it keeps the directory in
// memory and would not see another process's changes; `import` takes it, so
// it never writes under a running server. The kernel drops it when the
// process ends, however it ends. "conflict" when another process holds it.
class DataDirLock {
 public:
  static Result<DataDirLock> acquire(const std::string& dir);
  DataDirLock(DataDirLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DataDirLock& operator=(DataDirLock&&) = delete;
  ~DataDirLock();

 private:
  explicit DataDirLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

// "cli:<os user>": who ran a command, for the audit log.
std::string cli_actor();

}  // namespace nc::cli
