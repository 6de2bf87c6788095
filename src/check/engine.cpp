#include "check/engine.h"

#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "check/anchors.h"
#include "check/detectors/detectors.h"
#include "check/normaliser.h"

namespace nc::check {
namespace {

constexpr size_t kMaxExcerpt = 120;  // bytes

struct Accepted {
  uint32_t detector;
  uint32_t start, end;  // normalised offsets
  bool dropped;
};

// Per-thread scratch and buffers, reused by every check on the thread.
struct Workspace {
  Normalised norm;
  std::vector<Accepted> accepted;
  hs_scratch_t* scratch = nullptr;
  std::vector<uint64_t> sized_for;  // registry generations the scratch fits
  ~Workspace() {
    if (scratch) hs_free_scratch(scratch);
  }
};

Workspace& workspace() {
  thread_local Workspace w;
  return w;
}

struct ScanContext {
  const Registry* registry;
  std::string_view text;
  std::vector<Accepted>* accepted;
  size_t base = 0;  // where in text the scanned bytes begin
};

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
  auto* c = static_cast<ScanContext*>(ctx);
  const Registry::PatternRef& ref = c->registry->pattern(id);
  if (ref.anchored) {
    from = 0;  // anchored where the scan starts
  } else if (ref.width != 0) {
    from = to - ref.width;  // fixed-width pattern, compiled without SOM
  }
  from += c->base;
  to += c->base;
  const Detector& d = c->registry->detector(ref.detector);
  if (auto span = d.validate(c->text, Span{static_cast<size_t>(from), static_cast<size_t>(to)}, ref.pattern)) {
    c->accepted->push_back({ref.detector, static_cast<uint32_t>(span->start), static_cast<uint32_t>(span->end), false});
  }
  return 0;
}

// Same-detector overlaps keep the earliest, longest span; overlapping spans
// of two exclusive detectors keep the higher priority.
void resolve_overlaps(const Registry& registry, std::vector<Accepted>* acc) {
  std::sort(acc->begin(), acc->end(), [](const Accepted& a, const Accepted& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    return a.detector < b.detector;
  });
  std::vector<uint32_t> last_end(registry.size(), 0);
  std::vector<bool> any(registry.size(), false);
  for (Accepted& a : *acc) {
    if (any[a.detector] && a.start < last_end[a.detector]) {
      a.dropped = true;
      continue;
    }
    any[a.detector] = true;
    last_end[a.detector] = a.end;
  }
  // Exclusive detectors: compare each kept finding with the previous kept
  // exclusive ones that still overlap it.
  std::vector<Accepted*> open;
  for (Accepted& a : *acc) {
    if (a.dropped || !registry.exclusivity(a.detector).exclusive) continue;
    open.erase(std::remove_if(open.begin(), open.end(), [&](Accepted* o) { return o->dropped || o->end <= a.start; }),
               open.end());
    const int pa = registry.exclusivity(a.detector).priority;
    for (Accepted* o : open) {
      const int po = registry.exclusivity(o->detector).priority;
      if (po >= pa) {
        a.dropped = true;
        break;
      }
      o->dropped = true;
    }
    if (!a.dropped) open.push_back(&a);
  }
}

std::string excerpt(std::string_view input, uint32_t start, uint32_t end) {
  std::string_view s = input.substr(start, end - start);
  if (s.size() <= kMaxExcerpt) return std::string(s);
  size_t cut = kMaxExcerpt;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

int current_year() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

Result<std::shared_ptr<const Engine>> Engine::create(const EngineOptions& options) {
  const int year = options.max_birth_year > 0 ? options.max_birth_year : current_year();
  // Builds the normaliser's code-point table now (tens of milliseconds, once
  // per process) rather than in the first check.
  (void)normalise_text("");
  auto registry = Registry::create(text_detectors(options.dictionary, year), options.scan);
  if (!registry.ok()) return registry.status();
  return std::make_shared<const Engine>(std::move(registry).value());
}

Result<std::vector<Finding>> Engine::check(std::string_view utf8) const {
  if (utf8.size() > kMaxInput) return Status::Invalid("text larger than 1 GiB");
  Workspace& w = workspace();
  if (std::find(w.sized_for.begin(), w.sized_for.end(), registry_->generation()) == w.sized_for.end()) {
    for (Anchor a : {Anchor::kAnywhere, Anchor::kNumberStart, Anchor::kAtSign}) {
      const hs_database_t* db = registry_->database(a);
      if (db && hs_alloc_scratch(db, &w.scratch) != HS_SUCCESS)
        return Status::Error("internal", "cannot allocate Vectorscan scratch");
    }
    w.sized_for.push_back(registry_->generation());
  }
  normalise(utf8, &w.norm);
  w.accepted.clear();
  std::vector<Finding> findings;
  const std::string_view text = w.norm.text();
  if (text.empty()) return findings;
  ScanContext ctx{registry_.get(), text, &w.accepted};
  hs_error_t rc = HS_SUCCESS;
  // Scans the anchored database `db` from `start` over `length` bytes.
  auto scan_at = [&](const hs_database_t* db, size_t start, size_t length) {
    ctx.base = start;
    rc = hs_scan(db, text.data() + start, static_cast<unsigned>(length), 0, w.scratch, on_match, &ctx);
  };
  if (const hs_database_t* db = registry_->database(Anchor::kAnywhere)) {
    rc = hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, w.scratch, on_match, &ctx);
  }
  if (const hs_database_t* db = registry_->database(Anchor::kNumberStart); db && rc == HS_SUCCESS) {
    const Registry::Widths widths = registry_->anchored_widths(Anchor::kNumberStart);
    for_each_number_start(text, widths.min, [&](size_t start) {
      if (rc == HS_SUCCESS) scan_at(db, start, std::min<size_t>(widths.max, text.size() - start));
    });
  }
  if (const hs_database_t* db = registry_->database(Anchor::kAtSign); db && rc == HS_SUCCESS) {
    const Registry::Widths widths = registry_->anchored_widths(Anchor::kAtSign);
    for_each_at_sign(text, widths.min, [&](size_t start, size_t length) {
      if (rc == HS_SUCCESS) scan_at(db, start, std::min<size_t>(widths.max, length));
    });
  }
  if (rc != HS_SUCCESS) return Status::Error("internal", "Vectorscan scan failed (" + std::to_string(rc) + ")");
  if (w.accepted.empty()) return findings;
  resolve_overlaps(*registry_, &w.accepted);
  findings.reserve(static_cast<size_t>(
      std::count_if(w.accepted.begin(), w.accepted.end(), [](const Accepted& a) { return !a.dropped; })));
  for (const Accepted& a : w.accepted) {
    if (a.dropped) continue;
    const Detector& d = registry_->detector(a.detector);
    Finding f;
    f.detector = d.id();
    f.severity = d.severity();
    f.start = w.norm.to_input_begin(a.start);
    f.end = std::max(f.start, w.norm.to_input_end(a.end));
    f.topic = d.topic();
    f.excerpt = excerpt(utf8, f.start, f.end);
    f.suggestion = d.suggestion();
    findings.push_back(std::move(f));
  }
  return findings;
}

const char* to_string(Severity s) {
  switch (s) {
    case Severity::Low: return "low";
    case Severity::Medium: return "medium";
    case Severity::High: return "high";
  }
  return "medium";
}

std::string redact(std::string_view input, const std::vector<Finding>& findings) {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  for (const Finding& f : findings) {
    if (f.start < f.end && f.end <= input.size()) ranges.emplace_back(f.start, f.end);
  }
  std::sort(ranges.begin(), ranges.end());
  std::string out;
  out.reserve(input.size());
  size_t pos = 0;
  for (auto [s, e] : ranges) {
    if (e <= pos) continue;
    if (s > pos) out.append(input.substr(pos, s - pos));
    size_t i = std::max<size_t>(s, pos);
    while (i < e) {
      const auto b = static_cast<unsigned char>(input[i]);
      if (b == '\n' || b == '\r') {
        out += static_cast<char>(b);
      } else if ((b & 0xC0) != 0x80) {
        out += '*';  // one mask per code point
      }
      ++i;
    }
    pos = e;
  }
  if (pos < input.size()) out.append(input.substr(pos));
  return out;
}

}  // namespace nc::check
