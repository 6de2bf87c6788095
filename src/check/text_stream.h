// check_text_windows(): a UTF-8 text of any size (a mapped file, say) through
// the Engine in windows, so memory stays bounded by the window, not the text.
//
// The text (in memory, or read window by window from a file) is cut into
// consecutive cores of about `window` bytes (at code
// point boundaries). Each core is validated once (UTF-8, no NUL byte) and
// checked as part of a window that reaches `before` bytes back and `after`
// bytes on; a finding is kept from the window whose core holds its start, so
// a finding in an overlap is reported once, and its offsets are the text's.
//
// The result equals Engine::check() on the whole text whenever what decides
// a finding lies within `before` bytes before it and `after` bytes after its
// start: the detectors' context rules look at most 64 KiB + 8 KiB back (a
// table's header row, check/marking.cpp) and 4 KiB on (a line), and no
// pattern's match is longer than a few hundred bytes, so the defaults leave
// room. (Text the normaliser drops, such as long runs of spaces between Han
// characters, counts in those bytes.)
//
// Pure; safe from any thread as Engine::check() is. Nothing is logged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "check/engine.h"
#include "common/status.h"

namespace nc::check {

struct WindowOptions {
  size_t window = size_t{8} << 20;   // bytes of new text per window
  size_t before = size_t{128} << 10;  // bytes of context re-read before a core
  size_t after = size_t{64} << 10;    // bytes read past a core
};

// Finding offsets are 32-bit: a streamed text is at most this long.
inline constexpr uint64_t kMaxStreamedText = UINT32_MAX;

struct StreamedCheck {
  enum class Stop {
    kChecked,  // the whole text was checked
    kNotUtf8,  // invalid UTF-8 at `at`: decode it another way (text_input.h)
    kNulByte,  // a NUL byte at `at`: not text
  };
  Stop stop = Stop::kChecked;
  size_t at = 0;
  std::vector<Finding> findings;  // ordered by start, as Engine::check() orders them
};

// Fails on a text longer than kMaxStreamedText, on a window the Engine
// cannot check, or on options with window == 0.
Result<StreamedCheck> check_text_windows(const Engine& engine, std::string_view utf8,
                                         const WindowOptions& options = {});

// The same over a text read piece by piece (a file read with pread, which,
// unlike a mapping, cannot fault when the file shrinks meanwhile): `source`
// gives the bytes [begin, end) of the text, valid until its next call, each
// window's once; fewer bytes than asked fail the check.
using WindowSource = std::function<Result<std::string_view>(uint64_t begin, uint64_t end)>;
Result<StreamedCheck> check_text_windows(const Engine& engine, uint64_t size, const WindowSource& source,
                                         const WindowOptions& options = {});

}  // namespace nc::check
