#include "cli/data_dir.h"

#include <filesystem>

namespace nc::cli {

Result<std::shared_ptr<store::SqliteStore>> open_data_dir(const std::string& dir, bool create) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (create) {
    fs::create_directories(dir, ec);
    if (ec) return Status::Error("storage", "cannot create the data directory " + dir + ": " + ec.message());
  } else if (!fs::exists(fs::path(dir) / "netconduct.db")) {
    return Status::NotFound("no netconduct.db in " + dir);
  }
  auto opened = store::SqliteStore::open(fs::path(dir) / "netconduct.db");
  if (!opened.ok()) return opened.status();
  std::shared_ptr<store::SqliteStore> db = std::move(opened).value();
  if (Status s = db->migrate(); !s.ok()) return s;
  return db;
}

}  // namespace nc::cli
