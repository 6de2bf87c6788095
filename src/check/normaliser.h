// The normaliser turns a UTF-8 text into the form detectors match against,
// and keeps a map back to the input's bytes.
//
// Each code point goes through nc::rulebook::fold_code_point (NFKC,
// full-width → half-width, ASCII lower case, traditional → simplified,
// zero-width characters dropped), looked up in a table built once per
// process. On top of that, matching needs what a per-code-point fold cannot
// see: horizontal whitespace and up to three "filler" punctuation marks
// inserted between two Han characters (机 密, 机.密, 机-密, 机·密) are
// dropped. Line breaks are kept: detectors reason about lines. The common
// full-width sentence punctuation (，：；！？（）) and the ideographic space
// are kept as they are rather than folded to ASCII: they never decide a match
// (patterns accept both forms), and keeping them keeps ordinary Chinese text
// byte-identical, which is what makes the fast path fast. The one exception:
// an ideographic space right after a digit folds to ' ', since there it
// groups a number (１３８　００１３　８０００). And one more: a run of 11 to 19
// Chinese numerals (一三八〇〇一三八〇〇〇, 幺 for one, 两 for two, 〇 and 零,
// the financial 壹贰叁…), perhaps grouped by spaces or dashes, spells an
// identifier and becomes ASCII digits; shorter runs (二〇二四年) stay as
// written. The numerals leave the fast path for that, as the dropped
// characters do. HTML character references pasted from a web page (&#9733;
// &#x2605; &#64; &nbsp; &amp; …) are read as the code point they name (the
// '&' leaves the fast path), and the stars people type for the ★ of a
// marking (⭐ 🌟 ✩ … ✰ ⋆) fold to ★. A pictographic emoji (U+1F300–U+1FAFF), a heart, a card suit or a flower (❤ ♦ ✿) is one of the fillers
// between Han characters (天🌐网工程), and between two digits folds to ' '
// (139🍀2211🍀4567), a group separator (not 🐷 or 🐭, which people write for
// @). A run of numerals with a credit code's letters inside it
// (九一四二零六八三MA四K…) becomes digits only at a credit code's 18
// characters. Combining marks (U+0336 strikethrough over 秘̶密̶, U+0332 …) are
// dropped; Cyrillic and Greek letters that look like Latin ones (Е, К, Ο …)
// are read as those, З as 3. Digits inside a right-to-left override
// (U+202E … U+202C), stored reversed to display in order, are read as
// displayed: reversed, mapped whole to the override's span.
//
// The output is always valid UTF-8 (invalid input bytes become U+FFFD), so it
// can be scanned with HS_FLAG_UTF8. Offsets fit in 32 bits: inputs are
// limited to kMaxInput bytes.
//
// normalise() is pure and safe from any number of threads; a Normalised is a
// plain value that may be reused across calls to avoid allocation.
#pragma once

#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nc::check {

inline constexpr size_t kMaxInput = size_t{1} << 30;  // 1 GiB

// A stretch of output mapped to a stretch of input. Linear when both have the
// same length (byte i of the one is byte i of the other); otherwise atomic
// (one folded code point from one input code point of another length).
struct Segment {
  uint32_t norm_begin, norm_end;
  uint32_t orig_begin, orig_end;
};

// Output bytes that are written before they are read: growing it neither
// zeroes the new bytes (a std::string's resize would, only for the
// normaliser to overwrite them) nor copies more than the caller keeps.
class OutputBuffer {
 public:
  char* data() { return data_.get(); }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  // At least `n` bytes; the first `keep` keep their value, the rest are
  // indeterminate.
  void grow(size_t n, size_t keep) {
    if (n <= size_) return;
    std::unique_ptr<char[]> next(new char[n]);  // default-initialised: not zeroed
    if (keep) std::memcpy(next.get(), data_.get(), std::min(keep, size_));
    data_ = std::move(next);
    size_ = n;
  }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
};

struct Normalised {
  std::string_view text() const { return std::string_view(buffer.data(), length); }  // folded UTF-8
  std::vector<Segment> segments;  // sorted, covering text() without gaps

  // Input offset where the folded byte at `pos` came from (pos < text().size()),
  // or the input length when pos == text().size().
  uint32_t to_input_begin(size_t pos) const;
  // Input offset just past the code point that ends at folded offset `end`.
  uint32_t to_input_end(size_t end) const;

  uint32_t input_size = 0;
  OutputBuffer buffer;  // capacity kept between calls; only [0, length) is text
  size_t length = 0;
};

// Folds `input` (at most kMaxInput bytes; longer input is cut there) into `out`.
void normalise(std::string_view input, Normalised* out);

// Folds without offsets: dictionary terms, tests.
std::string normalise_text(std::string_view input);

// Character classes on folded code points, shared with the detectors.
bool is_han(char32_t cp);
// The digit a Chinese numeral stands for in a number read out or written
// against misreading: 〇 零 一 … 九, 幺 (1), 两 (2), 洞 (0) and 拐 (7) of
// radio speech, 勾 (9) of spoken numbers, 壹 贰 叁 肆 伍 陆 柒 捌 玖; -1 for any other code point.
int numeral_digit(char32_t cp);

}  // namespace nc::check
