// The CLI's cache of compiled pattern databases (check/compiled_cache.h): one
// file per pattern set in $NC_CACHE_DIR, else $XDG_CACHE_HOME/netconduct,
// else ~/.cache/netconduct (an empty NC_CACHE_DIR turns it off). A file holds
// the whole key it was stored under and a BLAKE2b digest of its bytes, and is
// used only when the key matches byte for byte and the digest agrees; it must
// be a regular file of ours. At most kMaxFiles are
// kept: storing a new set removes the least recently written. Writes go to a
// temporary file renamed into place, so concurrent runs never read half a file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "check/compiled_cache.h"

namespace nc::cli {

class CompiledCacheDir final : public check::CompiledCache {
 public:
  static constexpr std::size_t kMaxFiles = 8;
  static constexpr std::size_t kMaxFileBytes = 64u << 20;

  // The directory the environment names; nothing when caching is off.
  static std::optional<std::string> default_dir();

  explicit CompiledCacheDir(std::string dir) : dir_(std::move(dir)) {}
  std::optional<std::string> load(std::string_view key) override;
  void store(std::string_view key, std::string_view bytes) override;

 private:
  std::string path_of(std::string_view key) const;
  void trim() const;
  std::string dir_;
};

}  // namespace nc::cli
