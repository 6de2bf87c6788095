#include "rulebook/fold.h"

#include <opencc/opencc.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <mutex>
#include <stdexcept>

#include "rulebook/clean_text.h"
#include "common/utf8.h"

namespace nc::rulebook {
namespace {

constexpr char32_t kTableSize = 0x30000;  // BMP, SMP and SIP (CJK extension B–F)
constexpr uint32_t kDrop = 0x40000000u;   // folds away (zero-width, default ignorables)
constexpr uint32_t kMulti = 0x80000000u;  // several code points: pool offset << 8 | length

bool is_fold_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v'; }

// The fold table: built once, read-only afterwards.
class FoldTable {
 public:
  FoldTable() : table_(kTableSize) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold data is missing");
    for (char32_t cp = 0; cp < kTableSize; ++cp) {
      if ((cp >= 0xD800 && cp <= 0xDFFF) || nfkc->isInert(static_cast<UChar32>(cp))) {
        table_[cp] = cp;
        continue;
      }
      UErrorCode st = U_ZERO_ERROR;
      const icu::UnicodeString out = nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), st);
      std::u32string folded;
      for (int32_t k = 0; U_SUCCESS(st) && k < out.length();) {
        const UChar32 c = out.char32At(k);
        folded += static_cast<char32_t>(c);
        k += U16_LENGTH(c);
      }
      set(cp, U_SUCCESS(st) ? folded : std::u32string(1, cp));
    }
    apply_traditional_to_simplified();
  }

  // Appends the fold of cp to out; returns false when it folds away.
  template <typename Sink>
  void fold(char32_t cp, Sink&& sink) const {
    if (cp >= kTableSize) {
      sink(cp);
      return;
    }
    const uint32_t v = table_[cp];
    if (v == kDrop) return;
    if (v & kMulti) {
      const uint32_t off = (v & ~kMulti) >> 8, len = v & 0xFF;
      for (uint32_t k = 0; k < len; ++k) sink(pool_[off + k]);
      return;
    }
    sink(static_cast<char32_t>(v));
  }

 private:
  void set(char32_t cp, const std::u32string& folded) {
    if (folded.empty()) {
      table_[cp] = kDrop;
    } else if (folded.size() == 1) {
      table_[cp] = folded[0];
    } else {
      table_[cp] = kMulti | (static_cast<uint32_t>(pool_.size()) << 8) | static_cast<uint32_t>(folded.size());
      pool_ += folded;
    }
  }

  // OpenCC's character table applied once to every ideograph whose NFKC fold
  // is a single ideograph; phrases are not used, so a character maps the same
  // way wherever it stands.
  void apply_traditional_to_simplified() {
    opencc_t od = opencc_open("t2s.json");
    if (od == reinterpret_cast<opencc_t>(-1)) throw std::runtime_error("OpenCC t2s.json data is missing");
    std::string batch;
    std::vector<char32_t> order;
    auto want = [](char32_t c) { return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); };
    for (char32_t cp = 0x3400; cp < 0xFB00; ++cp) {
      if (!want(cp)) continue;
      const uint32_t v = table_[cp];
      if (v == kDrop || (v & kMulti) || !want(static_cast<char32_t>(v))) continue;
      utf8::append(batch, static_cast<char32_t>(v));
      batch += '\n';
      order.push_back(cp);
    }
    char* converted = opencc_convert_utf8(od, batch.data(), batch.size());
    if (converted == nullptr) {
      opencc_close(od);
      throw std::runtime_error("OpenCC conversion failed");
    }
    const std::string_view out(converted);
    size_t i = 0;
    for (char32_t cp : order) {
      const size_t nl = out.find('\n', i);
      if (nl == std::string_view::npos) break;
      const std::string_view seg = out.substr(i, nl - i);
      size_t j = 0;
      const char32_t simplified = seg.empty() ? 0 : utf8::next(seg, j);
      if (simplified != 0 && j == seg.size()) table_[cp] = simplified;
      i = nl + 1;
    }
    opencc_convert_utf8_free(converted);
    opencc_close(od);
  }

  std::vector<uint32_t> table_;
  std::u32string pool_;
};

const FoldTable& table() {
  static const FoldTable t;
  return t;
}

}  // namespace

char32_t fold_code_point(char32_t cp) {
  char32_t out = 0;
  bool first = true;
  table().fold(cp, [&](char32_t c) {
    if (first) out = c;
    first = false;
  });
  return out;
}

uint32_t Folded::source_end(size_t end, std::string_view input) const {
  if (end == 0) return 0;
  size_t i = origin[end - 1];
  utf8::next(input, i);
  return static_cast<uint32_t>(i);
}

Folded fold(std::string_view in) {
  const FoldTable& t = table();
  Folded f;
  f.text.reserve(in.size() / 2);
  f.origin.reserve(in.size() / 2);
  bool pending_space = false;
  uint32_t space_origin = 0;
  size_t i = 0;
  while (i < in.size()) {
    const auto at = static_cast<uint32_t>(i);
    const char32_t cp = utf8::next(in, i);
    t.fold(cp, [&](char32_t c) {
      if (is_fold_space(c)) {
        if (!pending_space) space_origin = at;
        pending_space = !f.text.empty();
        return;
      }
      // Whitespace survives only between two non-CJK characters, as one space.
      if (pending_space && !is_cjk(f.text.back()) && !is_cjk(c)) {
        f.text += U' ';
        f.origin.push_back(space_origin);
      }
      pending_space = false;
      f.text += c;
      f.origin.push_back(at);
    });
  }
  return f;
}

std::string fold_to_utf8(std::string_view in) { return to_utf8(fold(in).text); }

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) utf8::append(out, c);
  return out;
}

std::u32string to_utf32(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out += utf8::next(s, i);
  return out;
}

}  // namespace nc::rulebook
