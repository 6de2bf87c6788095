// A subcommand's input: a file, or standard input for "-", read whole up to
// a limit that the subcommand sets (check, clean and import share it); or a
// regular file in pieces, for check to stream a text of any size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"

namespace nc::cli {

Result<std::string> read_input(const std::string& path, std::size_t max_bytes);

// A regular file read in pieces with pread, for check to stream a text of
// any size (check/text_stream.h) through one buffer of the largest piece
// asked for, grown without zeroing. Move-only; closed when destroyed.
class PieceReader {
 public:
  // Fails for "-", a file that is not regular (a pipe, a device), an empty
  // file, or one that cannot be opened: read those with read_input().
  static Result<PieceReader> open(const std::string& path);
  PieceReader(PieceReader&& other) noexcept;
  PieceReader& operator=(PieceReader&& other) noexcept;
  PieceReader(const PieceReader&) = delete;
  PieceReader& operator=(const PieceReader&) = delete;
  ~PieceReader();

  std::uint64_t size() const { return size_; }  // when opened
  // The bytes [begin, end), valid until the next call; fewer when the file
  // has shrunk since it was opened, an error when it cannot be read.
  Result<std::string_view> read(std::uint64_t begin, std::uint64_t end);

 private:
  PieceReader(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
};

}  // namespace nc::cli
