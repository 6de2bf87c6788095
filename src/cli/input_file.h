// A subcommand's input: a file, or standard input for "-", read whole up to
// a limit that the subcommand sets (check, clean and import share it).
#pragma once

#include <cstddef>
#include <string>

#include "common/status.h"

namespace nc::cli {

Result<std::string> read_input(const std::string& path, std::size_t max_bytes);

}  // namespace nc::cli
