// Self-check throughput and latency (docs/benchmarks.md has the figures and
// the commands). In one run, on the same generated 100 MB corpus:
//   BM_Engine      the full text-detector set: normalise, scan, validate, map
//   BM_BareScan    every pattern of the same detectors in one Vectorscan
//                  database over the raw bytes, with a callback that only
//                  counts: the ceiling
//   BM_BareScanAnchored  the engine's own databases run as the engine runs
//                  them (anchored ones only where matches can begin),
//                  callback only counts: the ceiling of the engine's design
//   BM_Normalise   the normaliser alone
//   BM_Post2KB     latency of one 2 KB post through the engine (p50 / p99)
//
//   check_bench --corpus=FILE [--dictionary-terms=N] [--benchmark_filter=BM_Engine]
// runs them on FILE's bytes instead (bench/check-e2e/run: the engine on the
// bytes `netconduct check FILE` reads; BM_Engine checks a file larger than
// the engine's kMaxInput in 256 MiB pieces).
//
//   check_bench --write-corpus=FILE --write-dictionary=FILE --write-posts=FILE
// writes the corpus and dictionary for bench/check/mint-filter.mjs, and the
// 2 KB posts of BM_Post2KB as JSON bodies of POST /api/v1/check (one per
// line, for bench/check/http-load), and exits.
#include <benchmark/benchmark.h>
#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string_view>
#include <vector>

#include "check/engine.h"
#include "check/normaliser.h"
#include "corpus.h"

namespace nc::check::bench {
namespace {

constexpr size_t kCorpusBytes = 100u << 20;
size_t kDictionaryTerms = 1000;  // --dictionary-terms=N (0: the detectors `netconduct check FILE` runs)

std::string g_corpus_file;  // --corpus=FILE: those bytes instead of the generated corpus

const std::string& corpus() {
  static const std::string c = [] {
    if (g_corpus_file.empty()) return make_corpus(kCorpusBytes);
    std::ifstream in(g_corpus_file, std::ios::binary | std::ios::ate);
    const std::streamoff size = in.tellg();
    std::string bytes(size > 0 ? static_cast<size_t>(size) : 0, '\0');
    in.seekg(0);
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
      std::cerr << "cannot read " << g_corpus_file << "\n";
      std::abort();
    }
    return bytes;
  }();
  return c;
}

// The corpus in pieces the engine takes (kMaxInput), cut at code points: a
// file of --corpus may be larger.
const std::vector<std::string_view>& corpus_pieces() {
  static const std::vector<std::string_view> pieces = [] {
    constexpr size_t kPiece = size_t{256} << 20;
    const std::string_view all = corpus();
    std::vector<std::string_view> out;
    size_t b = 0;
    while (b < all.size()) {
      size_t e = std::min(all.size(), b + kPiece);
      while (e < all.size() && e > b && (static_cast<unsigned char>(all[e]) & 0xC0) == 0x80) --e;
      out.push_back(all.substr(b, e - b));
      b = e;
    }
    return out;
  }();
  return pieces;
}

const Engine& engine() {
  static const std::shared_ptr<const Engine> e = [] {
    EngineOptions o;
    o.dictionary = make_dictionary(kDictionaryTerms);
    auto r = Engine::create(o);
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      std::abort();
    }
    return *r;
  }();
  return *e;
}

void BM_Engine(benchmark::State& state) {
  const std::string& text = corpus();
  const std::vector<std::string_view>& pieces = corpus_pieces();
  const Engine& e = engine();
  size_t findings = 0;
  for (auto _ : state) {
    findings = 0;
    for (std::string_view piece : pieces) {
      auto r = e.check(piece);
      if (!r.ok()) {
        state.SkipWithError(r.status().message().c_str());
        return;
      }
      findings += r->size();
    }
    benchmark::DoNotOptimize(findings);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["findings"] = static_cast<double>(findings);
}

int count_match(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

// Every pattern of the engine's detectors, number patterns too, in one
// database for one scan over the whole text (the engine runs its number
// patterns only where numbers begin).
const hs_database_t* bare_database() {
  static const std::shared_ptr<const Engine> e = [] {
    EngineOptions o;
    o.dictionary = make_dictionary(kDictionaryTerms);
    o.scan = Registry::Scan::kEverywhere;
    auto r = Engine::create(o);
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      std::abort();
    }
    return *r;
  }();
  return e->registry().database();
}

void BM_BareScan(benchmark::State& state) {
  const std::string& text = corpus();
  const hs_database_t* db = bare_database();
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, count_match, &matches);
    benchmark::DoNotOptimize(matches);
  }
  hs_free_scratch(scratch);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["matches"] = static_cast<double>(matches);
}

// The engine's own databases, run as the engine runs them (the main one over
// the whole text, the anchored ones where their matches can begin), with a
// callback that only counts: the ceiling of the engine's design.
void count_candidate(const Registry::PatternRef&, size_t, size_t, void* ctx) { ++*static_cast<size_t*>(ctx); }

void BM_BareScanAnchored(benchmark::State& state) {
  const std::string& text = corpus();
  const Registry& r = engine().registry();
  hs_scratch_t* scratch = nullptr;
  r.alloc_scratch(&scratch);
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    r.scan(text, scratch, count_candidate, &matches);
    benchmark::DoNotOptimize(matches);
  }
  hs_free_scratch(scratch);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["matches"] = static_cast<double>(matches);
}

void BM_Normalise(benchmark::State& state) {
  const std::string& text = corpus();
  Normalised n;
  for (auto _ : state) {
    normalise(text, &n);
    benchmark::DoNotOptimize(n.text().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["segments"] = static_cast<double>(n.segments.size());
}

// 4,096 posts of about 2 KB cut from the corpus at varying offsets (at code
// point boundaries).
std::vector<std::string_view> posts_2kb() {
  const std::string& text = corpus();
  std::vector<std::string_view> posts;
  for (size_t off = 0; posts.size() < 4096; off += 24571) {
    size_t b = off % (text.size() - 4096);
    while ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    size_t end = b + 2048;
    while ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    posts.push_back(std::string_view(text).substr(b, end - b));
  }
  return posts;
}

// {"text":"…"} with the JSON escapes the corpus needs.
std::string json_body(std::string_view text) {
  std::string out = "{\"text\":\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out + "\"}";
}

// Latency of single 2 KB posts.
void BM_Post2KB(benchmark::State& state) {
  const Engine& e = engine();
  const std::vector<std::string_view> posts = posts_2kb();
  std::vector<double> us;
  us.reserve(1 << 20);
  size_t i = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    auto r = e.check(posts[i++ % posts.size()]);
    benchmark::DoNotOptimize(r);
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  state.counters["p50_us"] = us[us.size() / 2];
  state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * 2048));
}

BENCHMARK(BM_Engine)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_BareScan)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_BareScanAnchored)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_Normalise)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_Post2KB)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();

bool write(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
  return static_cast<bool>(out);
}

}  // namespace
}  // namespace nc::check::bench

int main(int argc, char** argv) {
  using namespace nc::check::bench;
  bool wrote = false;
  int kept = 1;  // arguments left for Google Benchmark
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--corpus=", 0) == 0) {
      g_corpus_file = a.substr(9);
      continue;
    }
    if (a.rfind("--dictionary-terms=", 0) == 0) {
      kDictionaryTerms = std::stoul(a.substr(19));
      continue;
    }
    argv[kept++] = argv[i];
    if (a.rfind("--write-corpus=", 0) == 0) {
      if (!write(a.substr(15), corpus())) return 2;
      wrote = true;
    } else if (a.rfind("--write-posts=", 0) == 0) {
      std::string lines;
      for (std::string_view p : posts_2kb()) lines += json_body(p) + "\n";
      if (!write(a.substr(14), lines)) return 2;
      wrote = true;
    } else if (a.rfind("--write-dictionary=", 0) == 0) {
      std::string d;
      for (const std::string& t : make_dictionary(kDictionaryTerms)) d += t + "\n";
      if (!write(a.substr(19), d)) return 2;
      wrote = true;
    }
  }
  if (wrote) return 0;
  argc = kept;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
