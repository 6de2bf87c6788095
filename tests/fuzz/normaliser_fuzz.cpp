// libFuzzer target: the self-check normaliser alone, on arbitrary bytes.
// Asserts what the detectors and the offset mapping rely on: the folded text
// is valid UTF-8 and equals normalise_text(); segments tile the folded text
// without gaps and map to increasing, in-bounds stretches of the input; input
// left out between segments holds no letter, digit or Han character (content
// never silently vanishes); to_input_begin/to_input_end stay within the input,
// never decrease, and map a folded code point start to an input code point
// start; reusing a Normalised gives the same answer as a fresh one.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check/normaliser.h"
#include "check/text_input.h"
#include "common/utf8.h"

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "normaliser invariant broken: %s\n", what);
  std::abort();
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the valid UTF-8 `s` code point by code point.
template <class F>
void for_each_code_point(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    f(c);
    i += static_cast<size_t>(len);
  }
}

// The gap without its HTML character references (&ensp;, &#8194;): one that
// stands for a space between Han characters is dropped as the space is, and
// its letters were never content.
std::string without_references(std::string_view gap) {
  std::string out;
  for (size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '&') {
      size_t j = i + 1;
      while (j < gap.size() && j - i <= 12 &&
             ((gap[j] >= 'a' && gap[j] <= 'z') || (gap[j] >= 'A' && gap[j] <= 'Z') || (gap[j] >= '0' && gap[j] <= '9') ||
              gap[j] == '#'))
        ++j;
      if (j < gap.size() && gap[j] == ';' && j > i + 1) {
        i = j;
        continue;
      }
    }
    out += gap[i];
  }
  return out;
}

// What the normaliser may drop: anything but letters, digits and Han.
void check_dropped(std::string_view raw_gap) {
  if (!nc::utf8::valid(raw_gap)) return;  // invalid bytes become U+FFFD, never dropped silently
  const std::string gap = without_references(raw_gap);
  for_each_code_point(gap, [](char32_t c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) fail("dropped an ASCII letter or digit");
    if (nc::check::is_han(c)) fail("dropped a Han character");
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const bool valid_input = nc::utf8::valid(input);

  nc::check::Normalised n;
  nc::check::normalise(input, &n);
  const std::string_view text = n.text();
  if (!nc::utf8::valid(text)) fail("output is not valid UTF-8");
  if (n.input_size != size) fail("input_size differs from the input");
  if (nc::check::normalise_text(input) != text) fail("normalise_text differs from normalise");

  uint32_t prev_norm = 0, prev_orig = 0;
  for (const auto& s : n.segments) {
    if (s.norm_begin != prev_norm) fail("segments leave a gap in the folded text");
    if (s.norm_begin >= s.norm_end || s.orig_begin >= s.orig_end) fail("empty segment");
    if (s.orig_begin < prev_orig || s.orig_end > size) fail("segment outside or before the previous one");
    if (s.norm_end > text.size()) fail("segment past the folded text");
    if (valid_input) check_dropped(input.substr(prev_orig, s.orig_begin - prev_orig));
    prev_norm = s.norm_end;
    prev_orig = s.orig_end;
  }
  if (prev_norm != text.size()) fail("segments do not reach the end of the folded text");
  if (valid_input) check_dropped(input.substr(prev_orig));
  if (text.empty() != n.segments.empty()) fail("segments without text or text without segments");

  uint32_t last_begin = 0, last_end = 0;
  for (size_t p = 0; p <= text.size(); ++p) {
    const uint32_t b = n.to_input_begin(p), e = n.to_input_end(p);
    if (b > size || e > size) fail("mapped offset past the input");
    if (b < last_begin || e < last_end) fail("offset map decreases");
    last_begin = b;
    last_end = e;
    if (p < text.size()) {
      if (n.to_input_end(p + 1) < b) fail("a folded byte maps to an empty or reversed stretch");
      if (valid_input && !is_continuation(static_cast<unsigned char>(text[p])) && b < size &&
          is_continuation(static_cast<unsigned char>(input[b])))
        fail("a folded code point starts inside an input code point");
    }
  }
  if (n.to_input_begin(text.size()) != size) fail("end of the folded text does not map to the end of the input");

  // A reused value (as the engine keeps one per thread) answers the same.
  static nc::check::Normalised reused;
  nc::check::normalise(input, &reused);
  if (reused.text() != text || reused.segments.size() != n.segments.size()) fail("reused Normalised differs");
  return 0;
}
