#include "check/normaliser.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>

#include "common/utf8.h"
#include "rulebook/fold.h"

namespace nc::check {
namespace {

// Table entry: folded code point in the low 21 bits (0: dropped) and flags.
constexpr uint32_t kCodeMask = 0x1FFFFF;
constexpr uint32_t kHan = 1u << 24;     // folded code point is a Han ideograph
constexpr uint32_t kSpace = 1u << 25;   // horizontal whitespace
constexpr uint32_t kFiller = 1u << 26;  // punctuation evaders insert between Han
constexpr uint32_t kIdentity = 1u << 27;  // folds to itself: copied as it is
constexpr uint32_t kNumeral = 1u << 28;   // a Chinese numeral (numeral_digit)
constexpr uint32_t kGap = kSpace | kFiller;
constexpr int kMaxFillers = 3;
constexpr int kMaxGap = 16;  // code points in one droppable gap
// Chinese numerals in a run this long spell an identifier (a mobile has 11
// digits, a card at most 19) and are read as digits.
constexpr int kMinNumeralRun = 11;
constexpr int kMaxNumeralRun = 19;

// A comma between the groups of a number read out: ， , 、.
bool is_group_comma(char32_t c) { return c == 0xFF0C || c == U',' || c == 0x3001; }

// Not the tab: between Han characters it separates the cells of a pasted
// spreadsheet (请示\t机密), which must not run together into one word.
bool is_space(char32_t c) {
  return c == U' ' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F;
}

// A pictographic emoji or symbol that people put between a number's digit
// groups (139🍀2211🍀4567, 6228⭐4876, 5176✨3623): between two digits it
// folds to a space. Not the stars of a marking (★ ☆).
bool groups_digits(char32_t c) {
  // Not a pig's or a mouse's face: people write them for @ (li_77🐷163.com).
  if (c == 0x1F437 || c == 0x1F42D || c == 0x1F401) return false;
  return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF && c != 0x2605 && c != 0x2606) ||
         c == 0x2B50 || c == 0x2B55;
}

bool is_filler(char32_t c) {
  switch (c) {
    case U'.': case U'-': case U'_': case U'*': case U'/': case U'\\': case U'|': case U'~': case U'\'':
    case U'"': case U'`': case U'+': case U'=': case U'^': case U'#':
    case 0x00B7:  // ·
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:  // dashes
    case 0x2022: case 0x2027: case 0x2219: case 0x22C5:  // bullets, dots
    case 0x30FB: case 0xFF65:  // katakana middle dots
    case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1: case 0x25C6: case 0x25C7:  // ● ○ ■ □ ◆ ◇
      return true;
    default:
      break;
  }
  // Pictographic emoji, as stickers between the characters of a term
  // (天🌐网工程, 机😶密★10年), and the hearts, suits and flowers used the same
  // way (内❤部❤文❤件); not a warning sign or sparkles that set a phrase off
  // (⚠️仅供内部参考⚠️ 明天…), nor the stars of a marking (★ ☆).
  return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2660 && c <= 0x2667) || c == 0x2763 || c == 0x2764 ||
         c == 0x273F || c == 0x2740;
}

// A code point whose fold is several code points (⑴ → "(1)", … → "...")
// keeps its own form: one code point in, at most one out.
bool folds_to_several(char32_t original) {
  std::u32string one(1, original);
  return nc::rulebook::to_utf32(nc::rulebook::fold_to_utf8(nc::rulebook::to_utf8(one))).size() > 1;
}

// Full-width sentence punctuation and the ideographic space stay as written.
bool kept_as_written(char32_t c) {
  switch (c) {
    case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0xFF01: case 0xFF1F: case 0xFF08: case 0xFF09: case 0x3000:
      return true;
    default:
      return false;
  }
}

// Stars written for the ★ of a marking: ⭐ 🌟 ✩ ✪ … and ⋆ fold to ★.
bool star_like(char32_t c) {
  return c == 0x2B50 || c == 0x1F31F || (c >= 0x2729 && c <= 0x2730) || c == 0x22C6 || c == 0x066D;
}

// Variant forms of the characters of a marking that the fold leaves alone:
// 宻 (a variant of 密) and 祕 (of 秘).
char32_t marking_variant(char32_t c) {
  switch (c) {
    case 0x5BBB: return U'密';
    case 0x7955: return U'秘';
    default: return 0;
  }
}

// Combining marks (U+0336 strikes through, U+0332 underlines …) drawn over
// the characters of a marking to get past a filter (秘̶密̶★): dropped.
bool combining_mark(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

// Cyrillic and Greek letters that look like Latin ones (Е24653751 for a
// passport's E, З for 3 among digits): read as the letter or digit they
// pass for, in the lower case the fold gives ASCII.
char32_t look_alike(char32_t c) {
  switch (c) {
    case 0x0410: case 0x0430: case 0x0391: return U'a';
    case 0x0412: case 0x0392: return U'b';
    case 0x0415: case 0x0435: case 0x0395: return U'e';
    case 0x041A: case 0x039A: return U'k';
    case 0x041C: case 0x039C: return U'm';
    case 0x041D: case 0x0397: return U'h';
    case 0x041E: case 0x043E: case 0x039F: case 0x03BF: return U'o';
    case 0x0420: case 0x0440: case 0x03A1: return U'p';
    case 0x0421: case 0x0441: return U'c';
    case 0x0422: case 0x03A4: return U't';
    case 0x0425: case 0x0445: case 0x03A7: return U'x';
    case 0x0423: case 0x0443: case 0x03A5: return U'y';
    case 0x0406: case 0x0456: case 0x0399: return U'i';
    case 0x0408: case 0x0458: return U'j';
    case 0x0405: case 0x0455: return U's';
    case 0x0396: return U'z';
    case 0x039D: return U'n';
    case 0x0417: return U'3';
    default: return 0;
  }
}

uint32_t classify(char32_t original) {
  char32_t f = kept_as_written(original) ? original : nc::rulebook::fold_code_point(original);
  if (star_like(original)) f = U'★';
  if (const char32_t v = marking_variant(original)) f = v;
  if (const char32_t v = look_alike(original)) f = v;
  if (combining_mark(original)) f = 0;
  // The keycap of an emoji digit (1️⃣: 1, U+FE0F, U+20E3) is dropped, so the digit stays.
  if (original == 0x20E3 || original == 0xFE0F) f = 0;
  if (f > 0x10FFFF || (f >= 0xD800 && f <= 0xDFFF)) f = original;
  if (f != original && f != 0 && folds_to_several(original)) f = original;
  uint32_t e = static_cast<uint32_t>(f);
  if (f == 0) return 0;
  if (is_han(f)) e |= kHan;
  if (is_space(f)) e |= kSpace;
  if (is_filler(f)) e |= kFiller;
  if (f == original) e |= kIdentity;
  if (numeral_digit(f) >= 0) e |= kNumeral;
  return e;
}

// Fast-path entry for a code point whose fold has the same UTF-8 length as
// the code point itself (the output then maps byte for byte to the input):
// the folded bytes in the low 24 bits, and flags in the top bits.
constexpr uint32_t kFastStop = 1u << 31;  // not same-length, dropped or special: slow path
constexpr uint32_t kFastGap = 1u << 30;   // droppable between Han: slow path after a Han
constexpr uint32_t kFastNumeral = 1u << 29;  // a Chinese numeral: slow path when another follows
constexpr uint32_t kFastFlags = kFastStop | kFastGap | kFastNumeral;

class Table {
 public:
  Table() : bmp_(new uint32_t[0x10000]), fast3_(new uint32_t[0x10000]), plain3_(new uint64_t[0x3F10]()) {
    for (char32_t c = 0; c < 0x10000; ++c) bmp_[c] = (c >= 0xD800 && c <= 0xDFFF) ? c : classify(c);
    // Keep line structure and the replacement character whatever the fold says.
    bmp_[U'\n'] = U'\n' | kIdentity;
    bmp_[U'\r'] = U'\r' | kIdentity;
    bmp_[0xFFFD] = 0xFFFD;  // not identity: the slow path tells it from invalid bytes
    for (char32_t c = 0; c < 0x80; ++c) {
      const uint32_t e = bmp_[c];
      const char32_t f = e & kCodeMask;
      fast1_[c] = (f == 0 || f >= 0x80) ? kFastStop : (f | ((e & kGap) ? kFastGap : 0));
    }
    fast1_[U'&'] = kFastStop;  // the slow path decodes an HTML entity there
    for (char32_t c = 0; c < 0x10000; ++c) {
      const uint32_t e = bmp_[c];
      const char32_t f = e & kCodeMask;
      // Three-byte sequences only: overlong forms (< U+0800), surrogates and
      // U+FFFD go the slow way, as do folds to another length.
      if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD || f < 0x800 || f > 0xFFFF ||
          (f >= 0xD800 && f <= 0xDFFF)) {
        fast3_[c] = kFastStop;
        continue;
      }
      char u[4];
      utf8::encode(f, u);  // three bytes: f is in U+0800..U+FFFF
      fast3_[c] = uint32_t(uint8_t(u[0])) | (uint32_t(uint8_t(u[1])) << 8) | (uint32_t(uint8_t(u[2])) << 16) |
                  ((e & kGap) ? kFastGap : 0);
      if (numeral_digit(f) >= 0) {
        fast3_[c] |= kFastNumeral;  // the slow path measures a run of numerals
        continue;
      }
      if (f == c && !(e & kGap) && !groups_digits(c)) plain3_[(uint8_t(u[0]) & 0x0Fu) | (uint8_t(u[1]) & 0x3Fu) << 8] |= uint64_t{1} << (uint8_t(u[2]) & 0x3F);
    }
    fast3_[0x3000] = kFastStop;  // the slow path looks at what precedes it
    // … and around a symbol that may group a number's digits (6228⭐4876).
    for (char32_t c = 0x2600; c <= 0x27BF; ++c)
      if (groups_digits(c)) fast3_[c] = kFastStop;
    fast3_[0x2B50] = fast3_[0x2B55] = kFastStop;
  }
  uint32_t operator()(char32_t c) const { return c < 0x10000 ? bmp_[c] : classify(c); }
  // Fast-path entries: ASCII, and three-byte code points (256 KiB; the CJK
  // block that ordinary text uses is a third of it).
  uint32_t fast1(unsigned char c) const { return fast1_[c]; }
  uint32_t fast3(char32_t c) const { return fast3_[c]; }
  // Whether the well-formed three-byte sequence whose first four bytes (the
  // fourth is ignored) are `v`, read little-endian, is a code point that
  // folds to itself and is no gap character: copied as it is (bit 0 of the
  // result). A bit per code point, indexed straight from the bytes with one
  // mask: the lead byte's low nibble and the second byte's low six bits pick
  // the word, the third byte's low six bits the bit. The table has holes
  // (129 KiB), but the words a text touches are 8 KiB at most: the sixteen
  // lead bytes of one second byte share two cache lines.
  uint64_t plain3(uint32_t v) const { return plain3_[v & 0x3F0Fu] >> ((v >> 16) & 0x3Fu); }

 private:
  std::unique_ptr<uint32_t[]> bmp_;
  std::unique_ptr<uint32_t[]> fast3_;
  uint32_t fast1_[0x80];
  std::unique_ptr<uint64_t[]> plain3_;
};

const Table& table() {
  static const Table t;
  return t;
}

// An HTML character reference at s[i] ('&'): &#9733; &#x2605; and the
// named ones pasted text carries (&nbsp; &amp; &lt; &gt; &quot; &middot;
// &ldquo; …). The code point and its length in *len; 0 when none is there.
// A numeric one may lack its ';' when no digit follows.
char32_t html_entity(const unsigned char* s, size_t i, size_t n, int* len) {
  constexpr size_t kMaxEntity = 10;
  size_t j = i + 1;
  if (j < n && s[j] == '#') {
    ++j;
    const bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    const size_t digits_from = j;
    char32_t v = 0;
    while (j < n && j - i < kMaxEntity) {
      const unsigned char c = s[j];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) break;
      v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
      ++j;
    }
    if (j == digits_from || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    if (j < n && s[j] == ';') ++j;
    else if (j < n && ((s[j] >= '0' && s[j] <= '9') || static_cast<unsigned>((s[j] | 0x20) - 'a') < 26u)) return 0;
    *len = static_cast<int>(j - i);
    return v;
  }
  struct Named {
    std::string_view name;
    char32_t cp;
  };
  static constexpr Named kNamed[] = {{"nbsp", 0xA0},   {"amp", U'&'},     {"lt", U'<'},      {"gt", U'>'},
                                     {"quot", U'"'},   {"apos", U'\''},  {"middot", 0xB7},  {"ldquo", 0x201C},
                                     {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"mdash", 0x2014},
                                     {"ndash", 0x2013}, {"hellip", 0x2026}, {"bull", 0x2022}, {"star", 0x2606},
                                     {"starf", 0x2605}, {"ensp", 0x2002},  {"emsp", 0x2003},  {"thinsp", 0x2009},
                                     {"zwsp", 0x200B},  {"zwj", 0x200D},   {"zwnj", 0x200C},  {"shy", 0xAD},
                                     {"commat", U'@'}, {"period", U'.'},  {"lowbar", U'_'},  {"times", 0xD7}};
  for (const Named& e : kNamed) {
    const size_t end = j + e.name.size();
    if (end < n && s[end] == ';' && std::memcmp(s + j, e.name.data(), e.name.size()) == 0) {
      *len = static_cast<int>(end + 1 - i);
      return e.cp;
    }
  }
  return 0;
}

// utf8::decode(), reading an HTML character reference as the code point it names.
inline char32_t decode_text(const unsigned char* s, size_t i, size_t n, int* len) {
  if (s[i] == '&') {
    if (const char32_t c = html_entity(s, i, n, len)) return c;
  }
  return utf8::decode(s, i, n, len);
}

}  // namespace

int numeral_digit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'洞': return 0;
    case U'一': case U'幺': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'拐': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'勾': case U'玖': return 9;
    default: return -1;
  }
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;  // 〇
}

// A right-to-left override (U+202E … U+202C) around digits stores them
// reversed so that they display in order (‮71104897051‬ shows 15079840117).
// The digits after the override at `rlo` are read as displayed: reversed in
// the output, and mapped whole to the span with its marks.
void read_as_displayed(std::string_view input, size_t rlo, Normalised* out) {
  const size_t from = rlo + 3;
  size_t to = from;
  while (to < input.size() && to - from <= 40 && ((input[to] >= '0' && input[to] <= '9') || input[to] == ' ' || input[to] == '-'))
    ++to;
  if (to - from < 2) return;
  // Closed by a pop (U+202C) or an isolate's end (U+2069).
  if (input.compare(to, 3, "\xE2\x80\xAC") != 0 && input.compare(to, 3, "\xE2\x81\xA9") != 0) return;
  const size_t close = to + 3;
  std::vector<Segment>& segs = out->segments;
  for (size_t k = 0; k < segs.size(); ++k) {
    const Segment s = segs[k];
    if (!(s.orig_begin <= from && to <= s.orig_end)) continue;
    if (s.norm_end - s.norm_begin != s.orig_end - s.orig_begin) return;  // not copied as it is
    const auto ob = static_cast<uint32_t>(s.norm_begin + (from - s.orig_begin));
    const auto oe = static_cast<uint32_t>(s.norm_begin + (to - s.orig_begin));
    std::reverse(out->buffer.data() + ob, out->buffer.data() + oe);
    Segment parts[3];
    size_t count = 0;
    if (ob > s.norm_begin) parts[count++] = {s.norm_begin, ob, s.orig_begin, static_cast<uint32_t>(from)};
    // Atomic, over the marks too where they folded away (else they are the neighbours').
    parts[count++] = {ob, oe, static_cast<uint32_t>(ob > s.norm_begin ? from : rlo),
                      static_cast<uint32_t>(oe < s.norm_end ? to : close)};
    if (oe < s.norm_end) parts[count++] = {oe, s.norm_end, static_cast<uint32_t>(to), s.orig_end};
    segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(k));
    segs.insert(segs.begin() + static_cast<std::ptrdiff_t>(k), parts, parts + count);
    return;
  }
}

void normalise(std::string_view input, Normalised* out) {
  const Table& fold = table();
  const size_t n = std::min(input.size(), kMaxInput);
  const auto* in = reinterpret_cast<const unsigned char*>(input.data());
  std::vector<Segment>& segs = out->segments;
  segs.clear();
  out->input_size = static_cast<uint32_t>(n);
  // Folding never lengthens valid UTF-8; only U+FFFD for a stray byte does.
  size_t cap = n + 16;
  out->buffer.grow(cap, 0);
  cap = out->buffer.size();
  char* o = out->buffer.data();
  size_t op = 0;
  size_t no_gap_until = 0;  // a gap already found not to sit between Han
  size_t numerals_until = 0;  // the end of the run of numerals last measured
  bool numerals_as_digits = false;  // whether that run spells an identifier
  size_t i = 0;
  size_t overrides[4];  // where right-to-left overrides start (the first few)
  size_t override_count = 0;

  // Whether the last code point written is a Han character: whether a gap
  // (spaces, fillers) that follows may be dropped. The output is valid UTF-8.
  auto last_is_han = [&]() -> bool {
    if (op == 0) return false;
    const auto* q = reinterpret_cast<const unsigned char*>(o);
    if (q[op - 1] < 0x80) return false;
    const size_t k = utf8::character_start(std::string_view(o, op), op - 1);
    int len;
    const char32_t c = utf8::decode(q, k, op, &len);
    return is_han(c);
  };

  auto append_linear = [&](size_t ib, size_t len) {
    const auto ob = static_cast<uint32_t>(op), ib32 = static_cast<uint32_t>(ib), l = static_cast<uint32_t>(len);
    if (!segs.empty() && segs.back().norm_end == ob && segs.back().orig_end == ib32 &&
        segs.back().norm_end - segs.back().norm_begin == segs.back().orig_end - segs.back().orig_begin) {
      segs.back().norm_end += l;
      segs.back().orig_end += l;
    } else {
      segs.push_back({ob, ob + l, ib32, ib32 + l});
    }
  };

  while (i < n) {
    // Fast path: a run of ASCII and three-byte code points whose folds have
    // their own length is folded in place; the run maps linearly to the
    // input. Gap characters stay in it unless they follow a Han character.
    if (op + (n - i) + 8 > cap) {  // only after U+FFFD for stray bytes grew the text
      cap = std::max(cap * 2, op + (n - i) + 16);
      out->buffer.grow(cap, op);
      o = out->buffer.data();
    }
    const size_t run = i;
    const size_t run_op = op;
    // Inside a run of numerals read as digits, its commas go the slow way.
    if (!(numerals_as_digits && i < numerals_until)) {
      const unsigned char* p = in + i;
      const unsigned char* const end4 = in + (n >= 4 ? n - 3 : 0);    // 4 bytes readable before it
      const unsigned char* const end16 = in + (n >= 16 ? n - 15 : 0);  // 16 bytes readable before it
      auto* w = reinterpret_cast<unsigned char*>(o + op);
      // One code point of the run; false where the run ends.
      auto step = [&]() -> bool {
        const unsigned char b = p[0];
        if (b < 0x80) {
          const uint32_t t = fold.fast1(b);
          if (t & kFastFlags) {
            if (t & kFastStop) return false;
            op = static_cast<size_t>(reinterpret_cast<char*>(w) - o);
            if (last_is_han()) return false;
          }
          *w++ = static_cast<unsigned char>(t);
          ++p;
          return true;
        }
        uint32_t v;
        std::memcpy(&v, p, 4);
        if ((v & 0xC0C0F0u) != 0x8080E0u) return false;  // not a three-byte sequence
        if (fold.plain3(v) & 1) {
          std::memcpy(w, p, 4);  // as above
          w += 3;
          p += 3;
          return true;
        }
        const char32_t c = ((v & 0x0Fu) << 12) | ((v & 0x3F00u) >> 2) | ((v >> 16) & 0x3Fu);
        const uint32_t t = fold.fast3(c);
        if (t & kFastFlags) {
          if (t & kFastStop) return false;
          if (t & kFastNumeral) {
            // A numeral alone is copied; one that another numeral or a digit
            // follows or precedes (6一0一1三…), or inside a run already
            // measured, goes the slow way.
            if (static_cast<size_t>(p - in) < numerals_until || p + 7 > in + n) return false;
            if ((p[3] >= '0' && p[3] <= '9') || (w > reinterpret_cast<unsigned char*>(o) && w[-1] >= '0' && w[-1] <= '9'))
              return false;
            uint32_t v2;
            std::memcpy(&v2, p + 3, 4);
            if ((v2 & 0xC0C0F0u) == 0x8080E0u &&
                (fold.fast3(((v2 & 0x0Fu) << 12) | ((v2 & 0x3F00u) >> 2) | ((v2 >> 16) & 0x3Fu)) & kFastNumeral))
              return false;
          } else {
            op = static_cast<size_t>(reinterpret_cast<char*>(w) - o);
            if (last_is_han()) return false;
          }
        }
        std::memcpy(w, &t, 4);  // the fourth byte is overwritten next, or lies past the text
        w += 3;
        p += 3;
        return true;
      };
      for (;;) {
        // Chinese text is mostly runs of three-byte code points that fold to
        // themselves: four at a time are checked with two loads for their
        // shape and four bitmap look-ups, and copied as they are.
        while (p < end16) {
          uint64_t a;
          uint32_t z;
          std::memcpy(&a, p, 8);
          std::memcpy(&z, p + 8, 4);
          if (((a & 0xC0F0C0C0F0C0C0F0ull) != 0x80E08080E08080E0ull) | ((z & 0xC0C0F0C0u) != 0x8080E080u)) break;
          uint32_t v0, v1, v2, v3;
          std::memcpy(&v0, p, 4);
          std::memcpy(&v1, p + 3, 4);
          std::memcpy(&v2, p + 6, 4);
          std::memcpy(&v3, p + 9, 4);
          const uint64_t q0 = fold.plain3(v0), q1 = fold.plain3(v1), q2 = fold.plain3(v2), q3 = fold.plain3(v3);
          if (!(q0 & q1 & q2 & q3 & 1)) {
            // Copy those before the first that is not, and step from there.
            const size_t k = (q0 & 1) ? ((q1 & 1) ? ((q2 & 1) ? 3 : 2) : 1) : 0;
            std::memcpy(w, p, 12);  // what lies past the k copied is overwritten next
            w += 3 * k;
            p += 3 * k;
            break;
          }
          std::memcpy(w, p, 12);
          w += 12;
          p += 12;
        }
        // Anything else one code point at a time, four of them before the
        // next try of the fast step.
        bool more = true;
        for (int k = 0; k < 4 && (more = p < end4); ++k) {
          if (!(more = step())) break;
        }
        if (!more) break;
      }
      i = static_cast<size_t>(p - in);
      op = static_cast<size_t>(reinterpret_cast<char*>(w) - o);
    }
    if (i > run) {
      const size_t keep = op;
      op = run_op;
      append_linear(run, i - run);
      op = keep;
      continue;
    }

    // Slow path: one code point.
    int len;
    const char32_t c = decode_text(in, i, n, &len);
    const uint32_t e = fold(c);
    char32_t f = e & kCodeMask;
    // A run of at least kMinNumeralRun Chinese numerals, perhaps grouped by
    // spaces or dashes, spells an identifier: its numerals become digits.
    if (e & kNumeral) {
      if (i >= numerals_until) {
        // The digits already written right before (6一0…: the 6), perhaps
        // grouped; and a letter before them (E叁玖零…: a passport).
        int digits = 0;
        size_t k = op;
        while (k > 0 && digits <= kMaxNumeralRun &&
               ((o[k - 1] >= '0' && o[k - 1] <= '9') || o[k - 1] == ' ' || o[k - 1] == '-')) {
          digits += o[k - 1] >= '0' && o[k - 1] <= '9';
          --k;
        }
        const bool after_letter = k > 0 && static_cast<unsigned>((o[k - 1] | 0x20) - 'a') < 26u;
        int count = 0, gap = 0, group = 0, letters = 0;
        // The run as it stood before its first letter, if a credit code's it is not.
        int plain_count = -1, plain_digits = 0;
        size_t plain_until = 0;
        size_t j = i;
        numerals_until = i + len;
        while (j < n && count + digits <= kMaxNumeralRun) {
          int l2;
          const char32_t c2 = decode_text(in, j, n, &l2);
          const uint32_t e2 = fold(c2);
          if (e2 & kNumeral) {
            ++count;
            ++group;
            gap = 0;
            numerals_until = j + l2;
          } else if (c2 >= U'0' && c2 <= U'9') {
            ++digits;
            ++group;
            gap = 0;
            numerals_until = j + l2;
          } else if (((c2 | 0x20) >= U'a' && (c2 | 0x20) <= U'z') && gap == 0 && count >= 3 && letters < 8) {
            // Letters inside: a credit code with its digits as numerals
            // (九一四二零六八三MAHK零四一E八四), taken only at 18 characters.
            if (letters++ == 0) plain_count = count, plain_digits = digits, plain_until = numerals_until;
            numerals_until = j + l2;
          } else if (is_group_comma(c2) && gap == 0 && group >= 3) {
            // A number read out in groups and transcribed with commas
            // (幺拐拐，六九八三，…): a comma after a group of three or more
            // goes on, when numerals follow it.
            int l3;
            if (j + l2 >= n || !(fold(decode_text(in, j + l2, n, &l3)) & kNumeral)) break;
            group = 0;
            ++gap;
          } else if (!(e2 & kGap) || ++gap > 2) {
            break;
          }
          j += l2;
        }
        // Not a counted number: 十一三八… after 十, 百, 第 ….
        bool counted = false;
        for (std::string_view unit : {"十", "百", "千", "万", "亿", "第", "拾", "佰", "仟"})
          if (op >= unit.size() && std::memcmp(o + op - unit.size(), unit.data(), unit.size()) == 0) counted = true;
        // Numerals alone, or mixed with digits (1五3五8…, at least three
        // numerals), as long as an identifier; or the 7 to 9 after a
        // passport's letters (E叁玖零…).
        if (letters > 0 && !(count >= 8 && count + digits + letters == 18)) {
          count = plain_count;
          digits = plain_digits;
          numerals_until = plain_until;
          letters = 0;
        }
        const int total = count + digits;
        numerals_as_digits =
            !counted && (letters > 0 || (digits == 0 && count >= kMinNumeralRun && count <= kMaxNumeralRun) ||
                         (count >= 3 && total >= kMinNumeralRun && total <= kMaxNumeralRun) ||
                         (after_letter && count >= 3 && total >= 7 && total <= 9));
      }
      if (numerals_as_digits) f = static_cast<char32_t>(U'0' + numeral_digit(f));
    }
    // A comma inside a run of numerals read as digits groups them as a space does.
    if (numerals_as_digits && i < numerals_until && is_group_comma(c)) f = U' ';
    // After a digit the ideographic space groups a number as a space does
    // (１６６　１７０１　６２９１): it folds to ' ' there.
    if (c == 0x3000 && op > 0 && o[op - 1] >= '0' && o[op - 1] <= '9') f = U' ';
    // × for the X that ends an identity number (…123×): after a digit, no digit following.
    if (c == 0xD7 && op > 0 && o[op - 1] >= '0' && o[op - 1] <= '9' && !(i + len < n && in[i + len] >= '0' && in[i + len] <= '9'))
      f = U'x';
    // A pictographic emoji between two digits (139🍀2211🍀4567) groups a
    // number as a space does: it folds to ' ' there (a variation selector
    // after it is dropped anyway).
    // Also the symbols used the same way (6228⭐4876, 5176✨3623), but not
    // the stars of a marking (★ ☆).
    if (groups_digits(c) && op > 0 && o[op - 1] >= '0' && o[op - 1] <= '9') {
      size_t j = i + len;
      if (j + 3 <= n && in[j] == 0xEF && in[j + 1] == 0xB8 && in[j + 2] == 0x8F) j += 3;  // U+FE0F
      if (j < n && in[j] >= '0' && in[j] <= '9') f = U' ';
    }
    // A middle dot between two digits or letters (9144·0300·MA5F…) groups a
    // code as a space does.
    if (c == 0xB7 && op > 0 && i + len < n) {
      const char before = o[op - 1], after = static_cast<char>(in[i + len]);
      auto alnum = [](char x) { return (x >= '0' && x <= '9') || (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z'); };
      if (alnum(before) && alnum(after) && ((before >= '0' && before <= '9') || (after >= '0' && after <= '9')))
        f = U' ';
    }
    if (c == 0x202E && override_count < 4) overrides[override_count++] = i;
    if (f == 0) {  // zero-width and other characters that fold away
      i += len;
      continue;
    }
    if ((e & kGap) && i >= no_gap_until && last_is_han()) {
      size_t j = i + len;
      int fillers = (e & kFiller) ? 1 : 0;
      int count = 1;
      bool between_han = false;
      while (j < n && count <= kMaxGap) {
        int l2;
        const uint32_t e2 = fold(decode_text(in, j, n, &l2));
        if ((e2 & kCodeMask) != 0) {
          if (e2 & kHan) {
            between_han = true;
            break;
          }
          if (!(e2 & kGap)) break;
          if ((e2 & kFiller) && ++fillers > kMaxFillers) break;
          ++count;
        }
        j += l2;
      }
      if (between_han) {
        i = j;
        continue;
      }
      no_gap_until = j;
    }
    if (op + 4 > cap) {
      cap = cap * 2;
      out->buffer.grow(cap, op);
      o = out->buffer.data();
    }
    const int olen = utf8::encode(f, o + op);
    if (olen == len && in[i] != '&') {
      append_linear(i, static_cast<size_t>(len));
    } else {
      const auto ob = static_cast<uint32_t>(op), ib = static_cast<uint32_t>(i);
      segs.push_back({ob, ob + static_cast<uint32_t>(olen), ib, ib + static_cast<uint32_t>(len)});
    }
    op += olen;
    i += len;
  }
  out->length = op;
  for (size_t k = 0; k < override_count; ++k) read_as_displayed(input.substr(0, n), overrides[k], out);
}

std::string normalise_text(std::string_view input) {
  Normalised n;
  normalise(input, &n);
  return std::string(n.text());
}

uint32_t Normalised::to_input_begin(size_t pos) const {
  if (pos >= length || segments.empty()) return input_size;
  auto it = std::upper_bound(segments.begin(), segments.end(), pos,
                             [](size_t p, const Segment& s) { return p < s.norm_begin; });
  const Segment& s = *(it - 1);
  const bool linear = s.norm_end - s.norm_begin == s.orig_end - s.orig_begin;
  return linear ? s.orig_begin + static_cast<uint32_t>(pos - s.norm_begin) : s.orig_begin;
}

uint32_t Normalised::to_input_end(size_t end) const {
  if (end == 0 || segments.empty()) return segments.empty() ? 0 : segments.front().orig_begin;
  if (end > length) end = length;
  const size_t pos = end - 1;
  auto it = std::upper_bound(segments.begin(), segments.end(), pos,
                             [](size_t p, const Segment& s) { return p < s.norm_begin; });
  const Segment& s = *(it - 1);
  const bool linear = s.norm_end - s.norm_begin == s.orig_end - s.orig_begin;
  return linear ? s.orig_begin + static_cast<uint32_t>(end - s.norm_begin) : s.orig_end;
}

}  // namespace nc::check
