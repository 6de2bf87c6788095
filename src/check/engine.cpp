#include "check/engine.h"

#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "check/detectors/detectors.h"
#include "check/normaliser.h"
#include "common/utf8.h"

namespace nc::check {
namespace {

constexpr size_t kMaxExcerpt = 120;  // bytes

struct Accepted {
  uint32_t detector;
  uint32_t start, end;  // normalised offsets
  bool dropped;
  bool mention;  // Span::mention
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
};

void on_match(const Registry::PatternRef& ref, size_t from, size_t to, void* ctx) {
  auto* c = static_cast<ScanContext*>(ctx);
  const Detector& d = c->registry->detector(ref.detector);
  if (auto span = d.validate(c->text, Span{from, to}, ref.pattern)) {
    c->accepted->push_back(
        {ref.detector, static_cast<uint32_t>(span->start), static_cast<uint32_t>(span->end), false, span->mention});
  }
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
  const size_t cut = utf8::character_start(s, kMaxExcerpt);
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
  auto registry = Registry::create(text_detectors(options.dictionary, year), options.scan, options.cache);
  if (!registry.ok()) return registry.status();
  return std::make_shared<const Engine>(std::move(registry).value());
}

Result<std::vector<Finding>> Engine::check(std::string_view utf8) const {
  if (utf8.size() > kMaxInput) return Status::Invalid("text larger than 1 GiB");
  Workspace& w = workspace();
  if (std::find(w.sized_for.begin(), w.sized_for.end(), registry_->generation()) == w.sized_for.end()) {
    if (!registry_->alloc_scratch(&w.scratch)) return Status::Error(Code::kInternal, "cannot allocate Vectorscan scratch");
    w.sized_for.push_back(registry_->generation());
  }
  normalise(utf8, &w.norm);
  w.accepted.clear();
  std::vector<Finding> findings;
  const std::string_view text = w.norm.text();
  if (text.empty()) return findings;
  ScanContext ctx{registry_.get(), text, &w.accepted};
  const int rc = registry_->scan(text, w.scratch, on_match, &ctx);
  if (rc != HS_SUCCESS) return Status::Error(Code::kInternal, "Vectorscan scan failed (" + std::to_string(rc) + ")");
  if (w.accepted.empty()) return findings;
  resolve_overlaps(*registry_, &w.accepted);
  findings.reserve(static_cast<size_t>(
      std::count_if(w.accepted.begin(), w.accepted.end(), [](const Accepted& a) { return !a.dropped; })));
  for (const Accepted& a : w.accepted) {
    if (a.dropped) continue;
    const Detector& d = registry_->detector(a.detector);
    Finding f;
    f.detector = d.id();
    f.severity = a.mention ? d.mention_severity() : d.severity();
    f.start = w.norm.to_input_begin(a.start);
    f.end = std::max(f.start, w.norm.to_input_end(a.end));
    f.topic = d.topic();
    f.excerpt = excerpt(utf8, f.start, f.end);
    f.suggestion = a.mention ? d.mention_suggestion() : d.suggestion();
    f.masked = d.mask(utf8.substr(f.start, f.end - f.start));
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

bool maskable(const std::vector<Finding>& findings) {
  return std::all_of(findings.begin(), findings.end(), [](const Finding& f) { return f.masked.has_value(); });
}

std::optional<std::string> redact(std::string_view input, const std::vector<Finding>& findings) {
  if (!maskable(findings)) return std::nullopt;
  struct Range {
    uint32_t start, end;
    const std::string* masked;
  };
  std::vector<Range> ranges;
  for (const Finding& f : findings) {
    if (f.start < f.end && f.end <= input.size()) ranges.push_back({f.start, f.end, &*f.masked});
  }
  std::sort(ranges.begin(), ranges.end(),
            [](const Range& a, const Range& b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
  std::string out;
  out.reserve(input.size());
  size_t pos = 0;
  for (size_t i = 0; i < ranges.size();) {
    // A cluster of overlapping spans: one span shows its own masked form;
    // spans of several detectors over one another are masked whole.
    const uint32_t start = ranges[i].start;
    uint32_t end = ranges[i].end;
    bool single = true;
    size_t j = i + 1;
    for (; j < ranges.size() && ranges[j].start < end; ++j) {
      single &= ranges[j].start == start && ranges[j].end == ranges[i].end && *ranges[j].masked == *ranges[i].masked;
      end = std::max(end, ranges[j].end);
    }
    out.append(input.substr(pos, start - pos));
    out += single ? *ranges[i].masked : mask_all(input.substr(start, end - start));
    pos = end;
    i = j;
  }
  out.append(input.substr(pos));
  return out;
}

}  // namespace nc::check
