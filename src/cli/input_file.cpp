#include "cli/input_file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <iterator>

namespace nc::cli {
namespace {

Status too_large(const std::string& path, std::size_t max_bytes) {
  return Status::Invalid(path + " is larger than " + std::to_string(max_bytes >> 20) + " MiB");
}

}  // namespace

Result<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  std::string data;
  if (path == "-") {
    // Standard input has no size to ask for: read in pieces, stop past the limit.
    char buf[64 * 1024];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      data.append(buf, static_cast<std::size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) return too_large(path, max_bytes);
    }
    return data;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::Invalid("cannot read " + path);
  if (static_cast<std::size_t>(size) > max_bytes) return too_large(path, max_bytes);
  in.seekg(0);
  data.resize(static_cast<std::size_t>(size));
  if (!in.read(data.data(), size)) return Status::Invalid("cannot read " + path);
  return data;
}

Result<PieceReader> PieceReader::open(const std::string& path) {
  if (path == "-") return Status::Invalid("standard input is read whole");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound("cannot open " + path);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return Status::Invalid("not a regular file with content: " + path);
  }
  // Read once, front to back.
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  return PieceReader(fd, static_cast<std::uint64_t>(st.st_size));
}

PieceReader::PieceReader(PieceReader&& other) noexcept
    : fd_(other.fd_), size_(other.size_), buffer_(std::move(other.buffer_)), capacity_(other.capacity_) {
  other.fd_ = -1;
  other.capacity_ = 0;
}

PieceReader& PieceReader::operator=(PieceReader&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    size_ = other.size_;
    buffer_ = std::move(other.buffer_);
    capacity_ = other.capacity_;
    other.fd_ = -1;
    other.capacity_ = 0;
  }
  return *this;
}

PieceReader::~PieceReader() {
  if (fd_ >= 0) ::close(fd_);
}

Result<std::string_view> PieceReader::read(std::uint64_t begin, std::uint64_t end) {
  if (end < begin) return Status::Invalid("bad range");
  const auto n = static_cast<std::size_t>(end - begin);
  if (n > capacity_) {
    buffer_.reset(new char[n]);  // default-initialised: not zeroed, pread overwrites it
    capacity_ = n;
  }
  std::size_t got = 0;
  while (got < n) {
    const ssize_t r = ::pread(fd_, buffer_.get() + got, n - got, static_cast<off_t>(begin + got));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return Status::Invalid("cannot read the file");
    if (r == 0) break;  // shorter than when opened
    got += static_cast<std::size_t>(r);
  }
  return std::string_view(buffer_.get(), got);
}

}  // namespace nc::cli
