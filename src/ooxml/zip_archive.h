// ZipArchive: read-only view of a zip held in memory (libzip), which reads
// entries under the Budget's limits: entry count on open; inflated bytes
// per entry and in total while reading, counted as they come out of the
// inflater, so a header that lies about sizes does not help a zip bomb.
// The bytes passed to open() must outlive the archive. Not thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "ooxml/budget.h"

struct zip;

namespace nc::ooxml {

class ZipArchive {
 public:
  static Result<ZipArchive> open(std::string_view bytes, const Budget& budget);

  bool contains(const std::string& name) const { return index_.count(name) != 0; }
  const std::vector<std::string>& names() const { return names_; }

  // The inflated entry; not_found when absent.
  Result<std::string> read(const std::string& name);
  // The same, a chunk at a time: `sink` gets each inflated chunk (at most
  // 64 KiB) as it comes, and a Status it returns that is not ok stops the
  // inflating there and is returned. Memory follows the chunk, not the entry.
  // `declared`, when given, gets the size the zip says the entry has (0 when
  // it says nothing; a hint for progress, never trusted as a bound).
  Status read_stream(const std::string& name, const std::function<Status(std::string_view chunk)>& sink,
                     std::size_t* declared = nullptr);

 private:
  struct Closer {
    void operator()(zip* z) const;
  };
  ZipArchive(std::unique_ptr<zip, Closer> z, const Budget& budget) : zip_(std::move(z)), budget_(&budget) {}

  std::unique_ptr<zip, Closer> zip_;
  const Budget* budget_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::uint64_t> index_;
  std::size_t inflated_ = 0;
};

}  // namespace nc::ooxml
