// What `netconduct check PATH…` checks when a PATH is a folder: the files
// under it that can be text or a document the checker reads, in name order.
//
// - A file given by name is always checked (an unreadable one is an error
//   then); the rules below are for what a folder holds.
// - Skipped by content, never by name: a file whose first 4 KiB hold a NUL
//   byte without being UTF-16 (with a BOM) or a known document or image
//   (check/extract/format.h), legacy Office files (.doc/.xls/.ppt, which
//   check cannot read), empty files, and what is not a regular file
//   (devices, pipes, sockets).
// - Symbolic links: a link to a file inside the folder is checked (under the
//   link's name); a link that leads out of the folder, or to a folder, is
//   not followed (the folder's own files are walked anyway; no loops).
// - --exclude GLOB (fnmatch): a GLOB without '/' is matched against the
//   name of each file and folder (a folder that matches is not entered); one
//   with '/' against the path below the walked folder.
// - At most kMaxWalkedFiles files in all; more is an error, not a silent cut.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/status.h"

namespace nc::cli {

inline constexpr size_t kMaxWalkedFiles = 1'000'000;

struct WalkResult {
  std::vector<std::string> files;  // to check, in the order of the PATHs, each folder in name order
  size_t skipped = 0;              // files under folders left out by the rules above
};

// Expands `paths` (files, folders, "-"): fails on a path that does not exist
// or on more than `max_files` files.
Result<WalkResult> walk_paths(const std::vector<std::string>& paths, const std::vector<std::string>& excludes,
                              size_t max_files = kMaxWalkedFiles);

}  // namespace nc::cli
