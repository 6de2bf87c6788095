#include "check/text_stream.h"

#include <algorithm>

#include "check/text_input.h"

namespace nc::check {
namespace {

// The code point boundary at or before pos (at most three bytes back; an
// invalid run is cut where it is, and validation reports it).
size_t boundary_at_or_before(std::string_view s, size_t pos) {
  if (pos >= s.size()) return s.size();
  size_t p = pos;
  while (p > 0 && pos - p < 3 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80 ? pos : p;
}

}  // namespace

Result<StreamedCheck> check_text_windows(const Engine& engine, std::string_view utf8, const WindowOptions& options) {
  if (options.window == 0) return Status::Invalid("window size 0");
  if (utf8.size() > kMaxStreamedText) return Status::Invalid("text larger than 4 GiB");
  StreamedCheck out;
  const size_t n = utf8.size();
  size_t core_begin = 0;
  while (core_begin < n) {
    size_t core_end = n - core_begin > options.window ? boundary_at_or_before(utf8, core_begin + options.window) : n;
    if (core_end <= core_begin) {
      // A window shorter than the code point: the core takes the whole of it.
      core_end = core_begin + options.window;
      while (core_end < n && core_end - core_begin < 4 && (static_cast<unsigned char>(utf8[core_end]) & 0xC0) == 0x80)
        ++core_end;
    }
    const std::string_view core = utf8.substr(core_begin, core_end - core_begin);
    if (const size_t valid = utf8_valid_prefix(core, true); valid < core.size()) {
      out.stop = core[valid] == '\0' ? StreamedCheck::Stop::kNulByte : StreamedCheck::Stop::kNotUtf8;
      out.at = core_begin + valid;
      out.findings.clear();
      return out;
    }
    const size_t begin = core_begin > options.before ? boundary_at_or_before(utf8, core_begin - options.before) : 0;
    const size_t end = n - core_end > options.after ? boundary_at_or_before(utf8, core_end + options.after) : n;
    auto findings = engine.check(utf8.substr(begin, end - begin));
    if (!findings.ok()) return findings.status();
    for (Finding& f : *findings) {
      const size_t start = begin + f.start;
      if (start < core_begin || start >= core_end) continue;
      f.start = static_cast<uint32_t>(start);
      f.end = static_cast<uint32_t>(begin + f.end);
      out.findings.push_back(std::move(f));
    }
    core_begin = core_end;
  }
  return out;
}

}  // namespace nc::check
