// The project's one UTF-8 decoder (common/utf8.h), against the definition:
// every scalar value round-trips, and every ill-formed sequence of RFC 3629
// is one U+FFFD of length 1.
#include "common/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace nc::utf8 {
namespace {

TEST(Utf8, EveryScalarValueEncodesAndDecodesToItself) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    append(s, c);
    const size_t expected_len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    ASSERT_EQ(s.size(), expected_len) << std::hex << static_cast<uint32_t>(c);
    size_t i = 0;
    ASSERT_EQ(static_cast<uint32_t>(next(s, i)), static_cast<uint32_t>(c)) << std::hex << static_cast<uint32_t>(c);
    ASSERT_EQ(i, s.size());
    ASSERT_TRUE(valid(s)) << std::hex << static_cast<uint32_t>(c);
    ASSERT_EQ(count(s), 1u);
    ASSERT_EQ(sequence_length(s, 0), s.size());
  }
}

TEST(Utf8, IllFormedSequencesAreOneReplacementOfOneByte) {
  const char* bad[] = {
      "\xC0\xAF",          // overlong '/'
      "\xC1\xBF",          // overlong
      "\xE0\x80\xAF",      // overlong
      "\xE0\x9F\xBF",      // overlong (below U+0800)
      "\xED\xA0\x80",      // surrogate U+D800
      "\xED\xBF\xBF",      // surrogate U+DFFF
      "\xF0\x8F\xBF\xBF",  // overlong (below U+10000)
      "\xF4\x90\x80\x80",  // past U+10FFFF
      "\xF5\x80\x80\x80",  // no such lead byte
      "\xFF",
      "\x80",              // a continuation byte alone
      "\xE4\xB8",          // truncated
      "\xF0\x9F\x98",      // truncated
      "\xE4\x41\x42",      // lead without continuations
  };
  for (const char* b : bad) {
    const std::string s(b);
    size_t i = 0;
    EXPECT_EQ(static_cast<uint32_t>(next(s, i)), static_cast<uint32_t>(kReplacement)) << s;
    EXPECT_EQ(i, 1u) << s;
    EXPECT_EQ(sequence_length(s, 0), 0u) << s;
    EXPECT_FALSE(valid(s)) << s;
    EXPECT_EQ(valid_prefix("ab" + s), 2u) << s;
  }
  // A literal U+FFFD is well-formed.
  EXPECT_TRUE(valid("\xEF\xBF\xBD"));
}

// valid_prefix's fast paths (eight ASCII bytes, four three-byte sequences at
// a time) agree with decoding one sequence at a time, on random mixtures.
TEST(Utf8, ValidPrefixAgreesWithDecodingOneAtATime) {
  std::mt19937 rng(20261207);
  const std::string pieces[] = {"a", "12345678", "中", "文字测试", "\xE0\xA0\x80", "\xED\x9F\xBF", "é", "😀",
                                "\xE0\x80\x80", "\xED\xA0\x80", "\x80", "\xF4\x90\x80\x80", std::string(1, '\0')};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    for (bool nul : {false, true}) {
      size_t i = 0;
      while (i < s.size()) {
        if (nul && s[i] == '\0') break;
        const size_t len = sequence_length(s, i);
        if (len == 0) break;
        i += len;
      }
      ASSERT_EQ(valid_prefix(s, nul), i) << round;
    }
  }
}

TEST(Utf8, CharacterStartStepsBackToTheLeadByte) {
  const std::string s = "a中😀";  // 1 + 3 + 4 bytes
  EXPECT_EQ(character_start(s, 0), 0u);
  EXPECT_EQ(character_start(s, 1), 1u);
  EXPECT_EQ(character_start(s, 2), 1u);
  EXPECT_EQ(character_start(s, 3), 1u);
  EXPECT_EQ(character_start(s, 4), 4u);
  EXPECT_EQ(character_start(s, 7), 4u);
  EXPECT_EQ(count(s), 3u);
  // Never more than three bytes back, whatever the bytes.
  EXPECT_EQ(character_start(std::string(8, '\x80'), 7), 4u);
}

}  // namespace
}  // namespace nc::utf8
