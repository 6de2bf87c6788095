#include "check/registry.h"

#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <climits>
#include <cstdlib>
#include <optional>
#include <utility>
#include <set>
#include <string>

#include "check/anchors.h"

namespace nc::check {
namespace {

static_assert(static_cast<size_t>(Anchor::kAtSign) == 2, "Registry::kAnchors counts the values of Anchor");

// The exclusive detectors, and which one keeps a stretch of digits several
// of them read (detector.h, Exclusivity): the ID's date and checksum are the
// strongest evidence, a card's Luhn digit and a code's check character the
// next, a mobile's or passport's shape the weakest. Equal ranks keep the
// finding that starts first (Engine). Detectors not listed are not exclusive.
struct Rank {
  std::string_view detector;
  int priority;
};
constexpr Rank kExclusivity[] = {
    {"pii.cn_resident_id", 3},
    {"pii.bank_card", 2},
    {"pii.cn_uscc", 2},
    {"pii.cn_mobile", 1},
    {"pii.cn_passport", 1},
};

Exclusivity exclusivity_of(std::string_view id) {
  for (const Rank& r : kExclusivity)
    if (r.detector == id) return {true, r.priority};
  return {};
}

Registry::Widths widths_of(const std::string& expression) {
  Registry::Widths w{0, UINT_MAX};
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_expression_info(expression.c_str(), HS_FLAG_UTF8, &info, &err) == HS_SUCCESS && info != nullptr) {
    w = {info->min_width, info->max_width};
  }
  free(info);  // allocated by Vectorscan's default allocator (malloc)
  if (err) hs_free_compile_error(err);
  return w;
}

// The patterns `ids` (indices into refs) as one block-mode database.
Result<hs_database_t*> compile(const std::vector<std::string>& expressions, const std::vector<unsigned>& ids,
                               const std::vector<unsigned>& flags, const std::vector<Registry::PatternRef>& refs,
                               const std::vector<std::unique_ptr<Detector>>& detectors) {
  std::vector<const char*> exprs;
  for (unsigned id : ids) exprs.push_back(expressions[id].c_str());
  std::vector<unsigned> fl;
  for (unsigned id : ids) fl.push_back(flags[id]);
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), fl.data(), ids.data(), static_cast<unsigned>(ids.size()), HS_MODE_BLOCK,
                       nullptr, &db, &err) == HS_SUCCESS) {
    return db;
  }
  std::string msg = "cannot compile patterns";
  if (err) {
    if (err->expression >= 0 && static_cast<size_t>(err->expression) < ids.size()) {
      const Registry::PatternRef& ref = refs[ids[static_cast<size_t>(err->expression)]];
      msg += " of " + std::string(detectors[ref.detector]->id()) + " (pattern " + std::to_string(ref.pattern) + ")";
    }
    msg += ": " + std::string(err->message);
    hs_free_compile_error(err);
  }
  return Status::Error(Code::kInternal, msg);
}

// What the cache keeps for a set of patterns: each pattern's widths and the
// serialised database of each anchor ("" when that anchor has none).
struct Compiled {
  std::vector<Registry::Widths> widths;
  std::array<std::string, 3> databases;
};

constexpr std::string_view kCacheMagic = "nc-hsdb-1\n";

void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

bool get_u64(std::string_view& in, uint64_t* v) {
  if (in.size() < 8) return false;
  *v = 0;
  for (int i = 0; i < 8; ++i) *v |= static_cast<uint64_t>(static_cast<unsigned char>(in[static_cast<size_t>(i)])) << (8 * i);
  in.remove_prefix(8);
  return true;
}

// Everything the widths and databases are a function of: the compiler's
// version, the scan mode, and each pattern with its anchor, length-prefixed.
std::string cache_key(const std::vector<Pattern>& patterns, Registry::Scan scan) {
  std::string key(kCacheMagic);
  const std::string_view version = hs_version();
  put_u64(key, version.size());
  key += version;
  key.push_back(scan == Registry::Scan::kEverywhere ? 'e' : 'a');
  put_u64(key, patterns.size());
  for (const Pattern& p : patterns) {
    key.push_back(static_cast<char>('0' + static_cast<int>(p.anchor)));
    put_u64(key, p.expression.size());
    key += p.expression;
  }
  return key;
}

std::string encode(const Compiled& c) {
  std::string out(kCacheMagic);
  put_u64(out, c.widths.size());
  for (const Registry::Widths& w : c.widths) {
    put_u64(out, w.min);
    put_u64(out, w.max);
  }
  for (const std::string& db : c.databases) {
    put_u64(out, db.size());
    out += db;
  }
  return out;
}

// Nothing unless `bytes` is exactly a layout encode() writes for `patterns` patterns.
std::optional<Compiled> decode(std::string_view bytes, size_t patterns) {
  if (!bytes.starts_with(kCacheMagic)) return std::nullopt;
  bytes.remove_prefix(kCacheMagic.size());
  Compiled c;
  uint64_t n = 0;
  if (!get_u64(bytes, &n) || n != patterns) return std::nullopt;
  c.widths.resize(patterns);
  for (Registry::Widths& w : c.widths) {
    uint64_t min = 0, max = 0;
    if (!get_u64(bytes, &min) || !get_u64(bytes, &max) || min > UINT_MAX || max > UINT_MAX) return std::nullopt;
    w = {static_cast<unsigned>(min), static_cast<unsigned>(max)};
  }
  for (std::string& db : c.databases) {
    uint64_t size = 0;
    if (!get_u64(bytes, &size) || size > bytes.size()) return std::nullopt;
    db.assign(bytes.substr(0, static_cast<size_t>(size)));
    bytes.remove_prefix(static_cast<size_t>(size));
  }
  if (!bytes.empty()) return std::nullopt;
  return c;
}

std::string serialise(const hs_database_t* db) {
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return {};
  std::string out(bytes, length);
  free(bytes);  // allocated by Vectorscan's default allocator (malloc)
  return out;
}

}  // namespace

Result<std::shared_ptr<const Registry>> Registry::create(std::vector<std::unique_ptr<Detector>> detectors, Scan scan,
                                                         CompiledCache* cache) {
  static std::atomic<uint64_t> next_generation{1};
  std::shared_ptr<Registry> r(new Registry());
  std::set<std::string_view> names;
  std::vector<Pattern> all;  // every detector's patterns, in order
  std::vector<std::pair<uint32_t, uint32_t>> owner;  // (detector, pattern) of each
  for (size_t d = 0; d < detectors.size(); ++d) {
    if (!names.insert(detectors[d]->id()).second)
      return Status::Invalid("duplicate detector id " + std::string(detectors[d]->id()));
    std::vector<Pattern> ps = detectors[d]->patterns();
    for (size_t p = 0; p < ps.size(); ++p) {
      owner.emplace_back(static_cast<uint32_t>(d), static_cast<uint32_t>(p));
      all.push_back(std::move(ps[p]));
    }
  }
  if (all.empty()) return Status::Invalid("no patterns to compile");

  const std::string key = cache ? cache_key(all, scan) : std::string();
  std::optional<Compiled> cached;
  if (cache) {
    if (std::optional<std::string> bytes = cache->load(key)) cached = decode(*bytes, all.size());
  }
  Compiled fresh;
  if (cached) {
    fresh.widths = cached->widths;
  } else {
    for (const Pattern& p : all) fresh.widths.push_back(widths_of(p.expression));
  }

  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
  std::array<std::vector<unsigned>, kAnchors> ids;  // per Anchor
  for (size_t i = 0; i < all.size(); ++i) {
    const auto [d, p] = owner[i];
    const unsigned id = static_cast<unsigned>(expressions.size());
    const Widths w = fresh.widths[i];
    const Anchor anchor = scan == Scan::kEverywhere ? Anchor::kAnywhere : all[i].anchor;
    PatternRef ref{d, p, 0, anchor != Anchor::kAnywhere};
    unsigned f = HS_FLAG_UTF8;
    if (anchor != Anchor::kAnywhere) {
      // Anchored where the Engine starts the scan: the start is known, so
      // no start-of-match tracking.
      if (anchor == Anchor::kNumberStart && (w.max == UINT_MAX || w.max == 0))
        return Status::Invalid(std::string(detectors[d]->id()) + ": a number pattern must have a bounded length");
      expressions.push_back("^(?:" + all[i].expression + ")");
      Widths& widest = r->anchored_widths_[static_cast<size_t>(anchor)];
      widest.min = ids[static_cast<size_t>(anchor)].empty() ? w.min : std::min(widest.min, w.min);
      widest.max = std::max(widest.max, w.max);
    } else {
      expressions.push_back(all[i].expression);
      if (w.min == w.max && w.min > 0 && w.min != UINT_MAX) {
        ref.width = w.min;
      } else {
        f |= HS_FLAG_SOM_LEFTMOST;
      }
    }
    ids[static_cast<size_t>(anchor)].push_back(id);
    flags.push_back(f);
    r->patterns_.push_back(ref);
  }
  for (const auto& d : detectors) r->exclusivity_.push_back(exclusivity_of(d->id()));

  bool compiled_any = false;
  for (size_t a = 0; a < kAnchors; ++a) {
    if (ids[a].empty()) continue;
    if (cached && !cached->databases[a].empty()) {
      hs_database_t* db = nullptr;
      const std::string& bytes = cached->databases[a];
      if (hs_deserialize_database(bytes.data(), bytes.size(), &db) == HS_SUCCESS) {
        r->dbs_[a] = db;
        fresh.databases[a] = bytes;
        continue;
      }
    }
    auto db = compile(expressions, ids[a], flags, r->patterns_, detectors);
    if (!db.ok()) return db.status();
    r->dbs_[a] = *db;
    compiled_any = true;
    if (cache) fresh.databases[a] = serialise(*db);
  }
  if (cache && (compiled_any || !cached)) cache->store(key, encode(fresh));
  r->detectors_ = std::move(detectors);
  r->generation_ = next_generation++;
  return std::shared_ptr<const Registry>(std::move(r));
}

namespace {

// Between Vectorscan and the caller: both ends of each match, in the text.
struct Forward {
  const Registry* registry;
  Registry::OnMatch on_match;
  void* ctx;
  size_t base;  // where in the text the scanned bytes begin
};

int forward(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* p) {
  auto* f = static_cast<Forward*>(p);
  const Registry::PatternRef& ref = f->registry->pattern(id);
  if (ref.anchored) {
    from = 0;  // anchored where the scan starts
  } else if (ref.width != 0) {
    from = to - ref.width;  // fixed-width pattern, compiled without SOM
  }
  f->on_match(ref, f->base + static_cast<size_t>(from), f->base + static_cast<size_t>(to), f->ctx);
  return 0;
}

}  // namespace

bool Registry::alloc_scratch(hs_scratch** scratch) const {
  for (const hs_database* db : dbs_) {
    if (db && hs_alloc_scratch(db, scratch) != HS_SUCCESS) return false;
  }
  return true;
}

int Registry::scan(std::string_view text, hs_scratch* scratch, OnMatch on_match, void* ctx) const {
  Forward f{this, on_match, ctx, 0};
  hs_error_t rc = HS_SUCCESS;
  auto scan_at = [&](const hs_database* db, size_t start, size_t length) {
    f.base = start;
    rc = hs_scan(db, text.data() + start, static_cast<unsigned>(length), 0, scratch, forward, &f);
  };
  if (const hs_database* db = database(Anchor::kAnywhere)) scan_at(db, 0, text.size());
  if (const hs_database* db = database(Anchor::kNumberStart); db && rc == HS_SUCCESS) {
    const Widths w = anchored_widths(Anchor::kNumberStart);
    for_each_number_start(text, w.min, [&](size_t start) {
      if (rc == HS_SUCCESS) scan_at(db, start, std::min<size_t>(w.max, text.size() - start));
    });
  }
  if (const hs_database* db = database(Anchor::kAtSign); db && rc == HS_SUCCESS) {
    const Widths w = anchored_widths(Anchor::kAtSign);
    for_each_at_sign(text, w.min, [&](size_t start, size_t length) {
      if (rc == HS_SUCCESS) scan_at(db, start, std::min<size_t>(w.max, length));
    });
  }
  return rc;
}

Registry::~Registry() {
  for (hs_database* db : dbs_) {
    if (db) hs_free_database(db);
  }
}

const Detector* Registry::find(std::string_view id) const {
  for (const auto& d : detectors_)
    if (d->id() == id) return d.get();
  return nullptr;
}

}  // namespace nc::check
