// A Registry owns a set of detectors and the one Vectorscan database that
// holds all their patterns. Patterns whose matches all have one length are
// compiled without start-of-match tracking (start = end - width), which
// Vectorscan scans markedly faster; the others with HS_FLAG_SOM_LEFTMOST. It is built once (compiling takes milliseconds
// for the standard set, longer for large dictionaries) and is then read-only:
// any number of threads may scan with it at once, each with its own scratch
// (see Engine).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "check/detector.h"
#include "common/status.h"

struct hs_database;

namespace nc::check {

class Registry {
 public:
  struct PatternRef {
    uint32_t detector;  // index into detectors()
    uint32_t pattern;   // index into that detector's patterns()
    uint32_t width;     // bytes, when every match has this length; 0: compiled with SOM
  };

  // Compiles every pattern of every detector into one database. Fails (with
  // the detector id and the compiler's message) on a pattern Vectorscan
  // rejects, and on duplicate detector ids.
  static Result<std::shared_ptr<const Registry>> create(std::vector<std::unique_ptr<Detector>> detectors);
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  const hs_database* database() const { return db_; }
  uint64_t generation() const { return generation_; }  // unique per registry in the process
  size_t size() const { return detectors_.size(); }
  const Detector& detector(size_t i) const { return *detectors_[i]; }
  const Detector* find(std::string_view id) const;
  const PatternRef& pattern(unsigned id) const { return patterns_[id]; }
  // Per detector, cached: exclusivity().
  const Exclusivity& exclusivity(size_t i) const { return exclusivity_[i]; }

 private:
  Registry() = default;
  std::vector<std::unique_ptr<Detector>> detectors_;
  std::vector<PatternRef> patterns_;
  std::vector<Exclusivity> exclusivity_;
  hs_database* db_ = nullptr;
  uint64_t generation_ = 0;
};

}  // namespace nc::check
