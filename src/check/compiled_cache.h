// Where compiled pattern databases may be kept between runs.
//
// Compiling the standard detector set with Vectorscan is about half of what
// `netconduct check` spends on a short file (≈ 0.1 s of 0.2 s). A Registry
// given a CompiledCache looks its databases up by what they were compiled
// from (the Vectorscan version, the scan mode and every pattern with its
// anchor: `key`, compared whole, never by a hash alone) and stores them after
// compiling. The check library does no I/O: the caller supplies the cache
// (cli/compiled_cache_dir.h keeps it in a directory).
//
// What a cache returns is only trusted as far as Vectorscan's own checks of
// a serialised database go (version, platform, checksum) plus the Registry's
// check of its layout; anything that fails them is compiled afresh.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nc::check {

class CompiledCache {
 public:
  virtual ~CompiledCache() = default;
  // The bytes stored under exactly `key`; nothing when absent or unreadable.
  virtual std::optional<std::string> load(std::string_view key) = 0;
  // Keeps `bytes` under `key`; failures are silent (the next run compiles).
  virtual void store(std::string_view key, std::string_view bytes) = 0;
};

}  // namespace nc::check
