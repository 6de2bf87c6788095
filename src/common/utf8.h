// The project's one UTF-8 decoder and encoder: every module that reads text
// byte by byte (the rulebook's parser, the self-check's normaliser and
// context rules, the extractors, the log's cleaner, the servers' limits in
// characters) decodes and counts here, so that "valid", "a character" and
// "where a character starts" mean the same everywhere.
//
// Well-formed means RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF. An invalid or truncated sequence decodes as U+FFFD of length 1,
// so that a caller always moves on by at least one byte. Header-only and
// pure: the normaliser calls decode() in its inner loop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace nc::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The code point at s[i] (i < n) and its length in bytes (1–4); U+FFFD of
// length 1 for a byte that does not start a well-formed sequence.
inline char32_t decode(const unsigned char* s, size_t i, size_t n, int* len) {
  const unsigned char b = s[i];
  *len = 1;
  if (b < 0x80) return b;
  if (b >= 0xC2 && b <= 0xDF) {
    if (i + 1 < n && is_continuation(s[i + 1])) {
      *len = 2;
      return (char32_t(b & 0x1F) << 6) | (s[i + 1] & 0x3F);
    }
  } else if (b >= 0xE0 && b <= 0xEF) {
    if (i + 2 < n && is_continuation(s[i + 1]) && is_continuation(s[i + 2])) {
      const char32_t c = (char32_t(b & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        *len = 3;
        return c;
      }
    }
  } else if (b >= 0xF0 && b <= 0xF4) {
    if (i + 3 < n && is_continuation(s[i + 1]) && is_continuation(s[i + 2]) && is_continuation(s[i + 3])) {
      const char32_t c = (char32_t(b & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) |
                         (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
      if (c >= 0x10000 && c <= 0x10FFFF) {
        *len = 4;
        return c;
      }
    }
  }
  return kReplacement;
}

// The code point at s[i], advancing i past it (one byte for an invalid one).
inline char32_t next(std::string_view s, size_t& i) {
  int len = 1;
  const char32_t c = decode(reinterpret_cast<const unsigned char*>(s.data()), i, s.size(), &len);
  i += static_cast<size_t>(len);
  return c;
}

// The length of the well-formed sequence at s[i] (1–4), or 0 when none starts there.
inline size_t sequence_length(std::string_view s, size_t i) {
  int len = 1;
  const char32_t c = decode(reinterpret_cast<const unsigned char*>(s.data()), i, s.size(), &len);
  if (c == kReplacement && len == 1) return 0;
  return static_cast<size_t>(len);
}

// How many leading bytes of `s` are well-formed UTF-8 (and hold no NUL, when
// `stop_at_nul`). Chinese text is mostly three-byte sequences: eight ASCII
// bytes or four three-byte sequences are checked at a time.
inline size_t valid_prefix(std::string_view s, bool stop_at_nul = false) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & kHigh) break;
      if (stop_at_nul && ((w - kOnes) & ~w & kHigh)) break;
      i += 8;
    }
    // Four three-byte sequences: their shape in two loads, and none led by
    // E0 or ED (whose second byte has a narrower range).
    while (i + 16 <= n) {
      uint64_t a;
      uint32_t z;
      std::memcpy(&a, p + i, 8);
      std::memcpy(&z, p + i + 8, 4);
      if (((a & 0xC0F0C0C0F0C0C0F0ull) != 0x80E08080E08080E0ull) | ((z & 0xC0C0F0C0u) != 0x8080E080u)) break;
      const unsigned l0 = p[i], l1 = p[i + 3], l2 = p[i + 6], l3 = p[i + 9];
      if ((l0 == 0xE0) | (l0 == 0xED) | (l1 == 0xE0) | (l1 == 0xED) | (l2 == 0xE0) | (l2 == 0xED) | (l3 == 0xE0) |
          (l3 == 0xED))
        break;
      i += 12;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      if (p[i] == 0 && stop_at_nul) return i;
      ++i;
      continue;
    }
    const size_t len = sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

inline bool valid(std::string_view s) { return valid_prefix(s) == s.size(); }

// Writes `c` (a scalar value) at `out` (room for 4 bytes); returns its length.
inline int encode(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

inline void append(std::string& out, char32_t c) {
  char bytes[4];
  out.append(bytes, static_cast<size_t>(encode(c, bytes)));
}

// Characters (code points) of well-formed text: the bytes that start one.
inline size_t count(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

// The start of the character that holds byte `pos` (pos itself when it
// starts one; at most three bytes back), for cutting text at a boundary.
inline size_t character_start(std::string_view s, size_t pos) {
  size_t back = 0;
  while (pos > 0 && pos < s.size() && back < 3 && is_continuation(static_cast<unsigned char>(s[pos]))) {
    --pos;
    ++back;
  }
  return pos;
}

}  // namespace nc::utf8
