// The Engine checks a text with a Registry's detectors: it normalises the
// text, scans it once with the registry's main Vectorscan database and runs
// its anchored databases where their matches can begin (anchors.h), lets each
// candidate's detector validate it, resolves overlaps and maps spans back to
// the input. It only orchestrates; what counts as a finding is the
// detectors' business.
//
// An Engine is immutable after construction; check() is const and safe from
// any number of threads at once. Each thread keeps its own Vectorscan
// scratch and work buffers (thread-local, reused across calls), so a check
// allocates only for the findings it returns.
//
// Self-check is private: the Engine never logs, stores or sends the text or
// the findings anywhere.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "check/registry.h"
#include "common/status.h"

namespace nc::check {

struct EngineOptions {
  std::vector<std::string> dictionary;  // org.dictionary terms (may be empty)
  int max_birth_year = 0;               // 0: the current year
  // kEverywhere: the reference the anchored scans are tested against.
  Registry::Scan scan = Registry::Scan::kAnchored;
  CompiledCache* cache = nullptr;  // compiled databases kept between runs (compiled_cache.h)
};

class Engine {
 public:
  // The standard text-detector set.
  static Result<std::shared_ptr<const Engine>> create(const EngineOptions& options = {});
  explicit Engine(std::shared_ptr<const Registry> registry) : registry_(std::move(registry)) {}

  // Findings in `utf8` (at most kMaxInput bytes), ordered by start offset.
  // Offsets are byte offsets into `utf8`. Invalid UTF-8 is tolerated (those
  // bytes match nothing). Fails only on oversized input or a scan error.
  Result<std::vector<Finding>> check(std::string_view utf8) const;

  const Registry& registry() const { return *registry_; }

 private:
  std::shared_ptr<const Registry> registry_;
};

// A copy of `input` with every finding's span replaced by its masked form
// (Finding::masked; a finding whose span another covers is masked with it,
// each character as '*'). Findings may overlap and come in any order.
// nullopt when a finding may not be masked into a publishable copy
// (maskable()).
std::optional<std::string> redact(std::string_view input, const std::vector<Finding>& findings);

}  // namespace nc::check
