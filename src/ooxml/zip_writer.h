// write_zip(): a zip built in memory (libzip) from named entries, deflated,
// in the order given. Used by the self-check cleaner (check/extract/clean.h)
// to write a cleaned copy of an OOXML package; nothing touches the disk. The
// caller bounds the entries (they come from a ZipArchive read under a
// Budget), so the output is bounded by their total size.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/status.h"

namespace nc::ooxml {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;  // name, content

// corrupt_input (ooxml/budget.h) when libzip refuses an entry name or fails.
Result<std::string> write_zip(const ZipEntries& entries);

}  // namespace nc::ooxml
