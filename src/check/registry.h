// A Registry owns a set of detectors and the Vectorscan databases that hold
// their patterns: one for the patterns scanned over the whole text, and one
// per kind of anchored pattern (Pattern::anchor), compiled anchored, that
// the Engine runs only where such matches can begin. Unanchored patterns
// whose matches all have one length are compiled without start-of-match
// tracking (start = end - width), which Vectorscan scans markedly faster;
// the others with HS_FLAG_SOM_LEFTMOST. It is built once (compiling takes
// milliseconds for the standard set, longer for large dictionaries) and is
// then read-only: any number of threads may scan with it at once, each with
// its own scratch (see Engine).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "check/compiled_cache.h"
#include "check/detector.h"
#include "check/metadata.h"
#include "common/status.h"

struct hs_database;
struct hs_scratch;

namespace nc::check {

class Registry {
 public:
  struct PatternRef {
    uint32_t detector;  // index into detectors()
    uint32_t pattern;   // index into that detector's patterns()
    uint32_t width;     // bytes, when every match has this length; 0: compiled with SOM
    bool anchored;      // matches start where the scan starts
  };
  struct Widths {
    unsigned min = 0, max = 0;  // bytes; max UINT_MAX: unbounded
  };

  // kEverywhere compiles the anchored patterns with the others, for one
  // scan over the whole text: the findings are the same (tests compare
  // them), it is only slower. Tests and benchmarks use it as the reference
  // and the plain-scan ceiling.
  enum class Scan { kAnchored, kEverywhere };

  // Compiles every pattern of every detector. Fails (with the detector id
  // and the compiler's message) on a pattern Vectorscan rejects, an
  // unbounded number pattern, and duplicate detector ids. With a cache, the
  // databases (and the patterns' widths) come from it when it holds them
  // for exactly these patterns, and go into it when compiled.
  static Result<std::shared_ptr<const Registry>> create(std::vector<std::unique_ptr<Detector>> detectors,
                                                        Scan scan = Scan::kAnchored, CompiledCache* cache = nullptr);
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // One candidate: a match of pattern `ref`, both ends byte offsets into the
  // scanned text.
  using OnMatch = void (*)(const PatternRef& ref, size_t from, size_t to, void* ctx);
  // Grows `*scratch` (or allocates it) to fit every database of the set.
  bool alloc_scratch(hs_scratch** scratch) const;
  // Runs every database over `text` as the Engine does: the main one over
  // the whole text, each anchored one only where its matches can begin
  // (anchors.h). `scratch` must fit (alloc_scratch). Returns Vectorscan's
  // error code, 0 on success.
  int scan(std::string_view text, hs_scratch* scratch, OnMatch on_match, void* ctx) const;

  // Null when the set has no patterns of that kind.
  const hs_database* database(Anchor anchor = Anchor::kAnywhere) const { return dbs_[static_cast<size_t>(anchor)]; }
  // Bounds on the length of a match of the anchored patterns of a kind.
  const Widths& anchored_widths(Anchor anchor) const { return anchored_widths_[static_cast<size_t>(anchor)]; }
  uint64_t generation() const { return generation_; }  // unique per registry in the process
  size_t size() const { return detectors_.size(); }
  const Detector& detector(size_t i) const { return *detectors_[i]; }
  const Detector* find(std::string_view id) const;
  const PatternRef& pattern(unsigned id) const { return patterns_[id]; }
  // Per detector, from the one ranking table (kExclusivity in registry.cpp).
  const Exclusivity& exclusivity(size_t i) const { return exclusivity_[i]; }
  // The detectors of what a file carries besides its text (metadata.h): the
  // same in every registry, listed beside the text detectors so that every
  // surface (SARIF rules, the cited articles) enumerates both.
  std::span<const MetadataDetector> metadata_detectors() const { return check::metadata_detectors(); }

 private:
  static constexpr size_t kAnchors = 3;  // the values of Anchor
  Registry() = default;
  std::vector<std::unique_ptr<Detector>> detectors_;
  std::vector<PatternRef> patterns_;
  std::vector<Exclusivity> exclusivity_;
  std::array<hs_database*, kAnchors> dbs_{};
  std::array<Widths, kAnchors> anchored_widths_{};
  uint64_t generation_ = 0;
};

}  // namespace nc::check
