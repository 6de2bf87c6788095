// A subcommand's input: a file, or standard input for "-", read whole up to
// a limit that the subcommand sets (check, clean and import share it); or a
// regular file mapped, for check to stream a text of any size.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/status.h"

namespace nc::cli {

Result<std::string> read_input(const std::string& path, std::size_t max_bytes);

// A regular file mapped read-only: its bytes without reading them into
// memory of the process's own (mapped pages are the page cache's, and count
// in RssFile, not RssAnon). Move-only; unmapped when destroyed.
class MappedFile {
 public:
  // Fails for "-", a file that is not regular (a pipe, a device), an empty
  // file, or one that cannot be opened or mapped: read those with read_input().
  static Result<MappedFile> open(const std::string& path);
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view view() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace nc::cli
