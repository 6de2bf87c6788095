// Opening the data directory the way every subcommand does: DIR/netconduct.db,
// migrated to the newest schema.
#pragma once

#include <memory>
#include <string>

#include "common/status.h"
#include "store/sqlite_store.h"

namespace nc::cli {

Result<std::shared_ptr<store::SqliteStore>> open_data_dir(const std::string& dir, bool create);

}  // namespace nc::cli
