// EngineCache: engines for organisation dictionaries, compiled once per
// distinct set of terms and shared by every check that uses that set.
//
// Compiling a detector set with a dictionary takes milliseconds to tens of
// milliseconds; a member's applicable dictionaries change rarely, so checks
// reuse the compiled engine instead of paying that on every request. An
// empty set is the base engine. A changed dictionary is a different set (the
// key is the sorted terms), so nothing needs invalidating; the least recently
// used sets fall out beyond `capacity`.
//
// Thread-safe. Compilation runs outside the lock, so a slow compile never
// holds up checks that hit the cache.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/engine.h"
#include "common/status.h"

namespace nc::check {

class EngineCache {
 public:
  EngineCache(std::shared_ptr<const Engine> base, size_t capacity = 32)
      : base_(std::move(base)), capacity_(capacity == 0 ? 1 : capacity) {}

  // The engine for the base detectors plus `terms` (any order, duplicates
  // allowed). Fails when the terms cannot be compiled.
  Result<std::shared_ptr<const Engine>> get(std::vector<std::string> terms);

  size_t size() const;  // sets held now

 private:
  struct Entry {
    std::shared_ptr<const Engine> engine;
    std::list<std::string>::iterator age;
  };
  std::shared_ptr<const Engine> base_;
  size_t capacity_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> ages_;  // most recently used first
};

}  // namespace nc::check
