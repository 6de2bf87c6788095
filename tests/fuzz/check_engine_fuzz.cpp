// libFuzzer target: the self-check normaliser and engine on arbitrary bytes.
// Checks the invariants callers rely on: normalised text is valid UTF-8, the
// offset map is monotonic and inside the input, findings lie inside the input
// with start <= end, and redaction never grows past a mask per byte.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "check/engine.h"
#include "check/normaliser.h"
#include "check/text_input.h"
#include "common/utf8.h"

namespace {

const nc::check::Engine& engine() {
  static const std::shared_ptr<const nc::check::Engine> e = [] {
    nc::check::EngineOptions o;
    o.dictionary = {"天网工程", "XK-9", "蓝盾计划"};
    o.max_birth_year = 2026;
    auto r = nc::check::Engine::create(o);
    if (!r.ok()) std::abort();
    return *r;
  }();
  return *e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  nc::check::Normalised n;
  nc::check::normalise(input, &n);
  if (!nc::utf8::valid(n.text())) std::abort();
  uint32_t prev_norm = 0, prev_orig = 0;
  for (const auto& s : n.segments) {
    if (s.norm_begin != prev_norm || s.orig_begin < prev_orig || s.orig_end > size || s.norm_end > n.text().size() ||
        s.norm_begin >= s.norm_end || s.orig_begin >= s.orig_end)
      std::abort();
    prev_norm = s.norm_end;
    prev_orig = s.orig_end;
  }
  if (prev_norm != n.text().size()) std::abort();
  for (size_t p = 0; p <= n.text().size(); ++p) {
    if (n.to_input_begin(p) > size || n.to_input_end(p) > size) std::abort();
  }

  auto findings = engine().check(input);
  if (!findings.ok()) std::abort();
  for (const auto& f : *findings) {
    if (f.start > f.end || f.end > size || f.detector.empty()) std::abort();
  }
  // A masked copy, when one may be made, is never longer than the input;
  // none is made exactly when a finding is a secret marking.
  const std::optional<std::string> masked = nc::check::redact(input, *findings);
  if (masked.has_value() != nc::check::maskable(*findings)) std::abort();
  if (masked && masked->size() > size) std::abort();
  for (const auto& f : *findings) {
    if (f.masked && f.masked->size() > f.end - f.start) std::abort();
    if (!f.masked && f.detector.substr(0, 7) != "secret.") std::abort();
  }
  return 0;
}
