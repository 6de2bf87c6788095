#include "cli/input_file.h"

#include <fcntl.h>
#include <sys/mman.h>
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

Result<MappedFile> MappedFile::open(const std::string& path) {
  if (path == "-") return Status::Invalid("standard input is not mapped");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound("cannot open " + path);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return Status::Invalid("not a regular file with content: " + path);
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);  // the mapping keeps the file
  if (p == MAP_FAILED) return Status::Invalid("cannot map " + path);
  // Read once, front to back: read ahead, and drop pages behind.
  ::madvise(p, size, MADV_SEQUENTIAL);
  return MappedFile(static_cast<const char*>(p), size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept : data_(other.data_), size_(other.size_) {
  other.data_ = nullptr;
  other.size_ = 0;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    data_ = other.data_;
    size_ = other.size_;
    other.data_ = nullptr;
    other.size_ = 0;
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace nc::cli
