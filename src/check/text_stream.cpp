#include "check/text_stream.h"

#include <algorithm>

#include "check/text_input.h"
#include "common/utf8.h"

namespace nc::check {
Result<StreamedCheck> check_text_windows(const Engine& engine, uint64_t size, const WindowSource& source,
                                         const WindowOptions& options) {
  if (options.window == 0) return Status::Invalid("window size 0");
  if (size > kMaxStreamedText) return Status::Invalid("text larger than 4 GiB");
  StreamedCheck out;
  const auto n = static_cast<size_t>(size);
  size_t core_begin = 0;
  while (core_begin < n) {
    const size_t raw_begin = core_begin > options.before ? core_begin - options.before : 0;
    const size_t raw_core_end = n - core_begin > options.window ? core_begin + options.window : n;
    // Four bytes more than the window needs: the code point at each cut.
    const size_t fetch_end = n - raw_core_end > options.after + 8 ? raw_core_end + options.after + 8 : n;
    auto fetched = source(raw_begin, fetch_end);
    if (!fetched.ok()) return fetched.status();
    const std::string_view v = *fetched;
    if (v.size() != fetch_end - raw_begin) return Status::Invalid("the text changed while it was read");
    auto cont = [&](size_t pos) { return utf8::is_continuation(static_cast<unsigned char>(v[pos - raw_begin])); };

    // The core ends where a code point starts (at most three bytes back);
    // a window inside one code point takes the rest of it. Invalid bytes
    // are cut where they are, and validation stops at them.
    size_t core_end = raw_core_end;
    if (core_end < n) {
      size_t p = core_end;
      while (p > core_begin && core_end - p < 3 && cont(p)) --p;
      if (p > core_begin && !cont(p)) {
        core_end = p;
      } else {
        while (core_end < fetch_end && core_end - raw_core_end < 3 && cont(core_end)) ++core_end;
      }
    }
    const std::string_view core = v.substr(core_begin - raw_begin, core_end - core_begin);
    if (const size_t valid = utf8::valid_prefix(core, true); valid < core.size()) {
      out.stop = core[valid] == '\0' ? StreamedCheck::Stop::kNulByte : StreamedCheck::Stop::kNotUtf8;
      out.at = core_begin + valid;
      out.findings.clear();
      return out;
    }
    // The window: whole code points from `before` bytes back to `after` on.
    size_t begin = raw_begin;
    while (begin < core_begin && begin - raw_begin < 3 && cont(begin)) ++begin;
    size_t end = n - core_end > options.after ? core_end + options.after : n;
    if (end < n) {
      const size_t e0 = end;
      while (end > core_end && e0 - end < 3 && cont(end)) --end;
    }
    auto findings = engine.check(v.substr(begin - raw_begin, end - begin));
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

Result<StreamedCheck> check_text_windows(const Engine& engine, std::string_view utf8, const WindowOptions& options) {
  return check_text_windows(
      engine, utf8.size(),
      [utf8](uint64_t begin, uint64_t end) -> Result<std::string_view> {
        return utf8.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
      },
      options);
}

}  // namespace nc::check
