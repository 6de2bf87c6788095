// One pass of one stage over a smaller corpus, for instruction counts that
// stay stable on a loaded machine (docs/benchmarks.md):
//   valgrind --tool=callgrind --toggle-collect='nc::check::bench::run*' \
//     check_profile engine|bare|normalise [MiB]
#include <hs/hs.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "check/engine.h"
#include "check/normaliser.h"
#include "corpus.h"

namespace nc::check::bench {

int count_match(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

// Findings count, and a hash of (detector, start, end, excerpt) to tell
// whether a change altered any finding.
uint64_t g_findings_hash = 0;

__attribute__((noinline)) size_t run_engine(const Engine& e, const std::string& text) {
  auto r = e.check(text);
  if (!r.ok()) return 0;
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  for (const Finding& f : *r) {
    mix(f.detector);
    mix(std::to_string(f.start) + "-" + std::to_string(f.end));
    mix(f.excerpt);
    mix(f.topic);
    mix(f.suggestion);
  }
  g_findings_hash = h;
  return r->size();
}

__attribute__((noinline)) size_t run_bare(const Engine& e, const std::string& text, hs_scratch_t* s) {
  size_t matches = 0;
  hs_scan(e.registry().database(), text.data(), static_cast<unsigned>(text.size()), 0, s, count_match, &matches);
  return matches;
}

__attribute__((noinline)) size_t run_normalise(const std::string& text, Normalised* n) {
  normalise(text, n);
  return n->segments.size();
}

}  // namespace nc::check::bench

int main(int argc, char** argv) {
  using namespace nc::check;
  using namespace nc::check::bench;
  if (argc < 2) {
    std::cerr << "usage: check_profile engine|bare|normalise [MiB]\n";
    return 2;
  }
  const std::string mode = argv[1];
  const size_t mib = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 8;
  const std::string text = make_corpus(mib << 20);
  EngineOptions o;
  o.dictionary = make_dictionary(1000);
  auto e = Engine::create(o);
  if (!e.ok()) return 2;
  (void)(*e)->check("warm up 110101199003077578");  // scratch and tables
  size_t n = 0;
  if (mode == "engine") {
    n = run_engine(**e, text);
  } else if (mode == "bare") {
    hs_scratch_t* s = nullptr;
    hs_alloc_scratch((*e)->registry().database(), &s);
    n = run_bare(**e, text, s);
    hs_free_scratch(s);
  } else if (mode == "normalise") {
    Normalised norm;
    n = run_normalise(text, &norm);
  } else {
    return 2;
  }
  std::printf("%s %zu MiB: %zu", mode.c_str(), mib, n);
  if (mode == "engine") std::printf(" findings, hash %016llx", static_cast<unsigned long long>(g_findings_hash));
  std::printf("\n");
  return 0;
}
