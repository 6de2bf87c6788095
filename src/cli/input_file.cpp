#include "cli/input_file.h"

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

}  // namespace nc::cli
