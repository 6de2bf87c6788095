// One pass of one stage over a smaller corpus, for instruction counts that
// stay stable on a loaded machine (docs/benchmarks.md):
//   valgrind --tool=callgrind --toggle-collect='nc::check::bench::run*'
//     check_profile engine|bare|normalise|posts [MiB] [--without=DETECTOR,...] [--reference]
// Each stage runs once untimed first (buffers sized, tables built, pages
// touched, as in a server that has checked before) and the measured call is
// the second one. "bare" scans every pattern of the set, number patterns
// too, over the whole text; --without drops detectors from it: the scan
// instructions each detector's patterns cost. --reference runs the engine
// with its number patterns scanned everywhere (Registry::NumberScan): its
// findings hash must equal the engine's.
#include <hs/hs.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>

#include "check/detectors/detectors.h"
#include "check/engine.h"
#include "check/normaliser.h"
#include "corpus.h"

namespace nc::check::bench {

int count_match(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

// The findings of the measured call replace those of the warm-up in `out`
// (so freeing the previous findings is measured, as in a loop of checks).
size_t engine_pass(const Engine& e, const std::string& text, std::vector<Finding>* out) {
  auto r = e.check(text);
  if (!r.ok()) return 0;
  *out = std::move(r).value();
  return out->size();
}

size_t bare_pass(const hs_database_t* db, const std::string& text, hs_scratch_t* s) {
  size_t matches = 0;
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, s, count_match, &matches);
  return matches;
}

size_t normalise_pass(const std::string& text, Normalised* n) {
  normalise(text, n);
  return n->segments.size();
}

// The measured calls (callgrind collects inside run_*), and the warm-ups.
__attribute__((noinline)) size_t run_engine(const Engine& e, const std::string& t, std::vector<Finding>* o) {
  return engine_pass(e, t, o);
}
__attribute__((noinline)) size_t run_bare(const hs_database_t* db, const std::string& t, hs_scratch_t* s) {
  return bare_pass(db, t, s);
}
__attribute__((noinline)) size_t run_normalise(const std::string& t, Normalised* n) { return normalise_pass(t, n); }
// 2 KB posts, as the HTTP API sees them (the same slices as BM_Post2KB).
size_t posts_pass(const Engine& e, const std::vector<std::string_view>& posts) {
  size_t n = 0;
  for (std::string_view p : posts) {
    auto r = e.check(p);
    if (r.ok()) n += r->size();
  }
  return n;
}
__attribute__((noinline)) size_t run_posts(const Engine& e, const std::vector<std::string_view>& posts) {
  return posts_pass(e, posts);
}
__attribute__((noinline)) void warm_up(const Engine& e, const std::string& t, std::vector<Finding>* o) {
  engine_pass(e, t, o);
}

// A hash of (detector, start, end, excerpt, topic, suggestion) of every
// finding, to tell whether a change altered any.
uint64_t findings_hash(const std::vector<Finding>& findings) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  for (const Finding& f : findings) {
    mix(f.detector);
    mix(std::to_string(f.start) + "-" + std::to_string(f.end));
    mix(f.excerpt);
    mix(f.topic);
    mix(f.suggestion);
  }
  return h;
}

}  // namespace nc::check::bench

int main(int argc, char** argv) {
  using namespace nc::check;
  using namespace nc::check::bench;
  if (argc < 2) {
    std::cerr << "usage: check_profile engine|bare|normalise|posts [MiB] [--without=DETECTOR,...] [--reference]\n";
    return 2;
  }
  const std::string mode = argv[1];
  size_t mib = 8;
  std::vector<std::string> without;
  bool reference = false;  // engine: number patterns scanned everywhere
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--reference") {
      reference = true;
    } else if (a.rfind("--without=", 0) == 0) {
      std::stringstream ids(a.substr(10));
      for (std::string id; std::getline(ids, id, ',');) without.push_back(id);
    } else {
      mib = std::strtoul(a.c_str(), nullptr, 10);
    }
  }
  const std::string text = make_corpus(mib << 20);
  EngineOptions o;
  o.dictionary = make_dictionary(1000);
  if (reference) o.scan = Registry::Scan::kEverywhere;
  auto e = Engine::create(o);
  if (!e.ok()) return 2;
  size_t n = 0;
  if (mode == "engine") {
    std::vector<Finding> findings;
    warm_up(**e, text, &findings);
    n = run_engine(**e, text, &findings);
    std::printf("engine %zu MiB: %zu findings, hash %016llx\n", mib, n,
                static_cast<unsigned long long>(findings_hash(findings)));
  } else if (mode == "posts") {
    // 1,000 slices of ~2 KB, 24,571 bytes apart, at code point boundaries.
    std::vector<std::string_view> posts;
    for (size_t off = 0; posts.size() < 1000; off += 24571) {
      size_t b = off % (text.size() - 4096);
      while ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
      size_t end = b + 2048;
      while ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
      posts.push_back(std::string_view(text).substr(b, end - b));
    }
    posts_pass(**e, posts);  // warm-up, not collected
    n = run_posts(**e, posts);
    std::printf("posts: 1000 checks of ~2 KB, %zu findings\n", n);
  } else if (mode == "bare") {
    std::shared_ptr<const Registry> registry;
    {  // every pattern of the set, number patterns too, over the whole text
      std::vector<std::unique_ptr<Detector>> kept;
      for (auto& d : text_detectors(o.dictionary, 2026)) {
        if (std::find(without.begin(), without.end(), std::string(d->id())) == without.end()) kept.push_back(std::move(d));
      }
      auto r = Registry::create(std::move(kept), Registry::Scan::kEverywhere);
      if (!r.ok()) {
        std::cerr << r.status().message() << "\n";
        return 2;
      }
      registry = *r;
    }
    hs_scratch_t* s = nullptr;
    hs_alloc_scratch(registry->database(), &s);
    bare_pass(registry->database(), text, s);  // warm-up, not collected
    n = run_bare(registry->database(), text, s);
    hs_free_scratch(s);
    std::printf("bare %zu MiB: %zu matches\n", mib, n);
  } else if (mode == "normalise") {
    Normalised norm;
    normalise_pass(text, &norm);  // warm-up, not collected
    n = run_normalise(text, &norm);
    std::printf("normalise %zu MiB: %zu segments\n", mib, n);
  } else {
    return 2;
  }
  return 0;
}
