#include "common/utf8.h"
#include "domain/log_text.h"

#include <gtest/gtest.h>

#include <random>

namespace nc::domain {
namespace {

TEST(LogTextTest, EscapesWhatCouldForgeALineOrHideText) {
  EXPECT_EQ(escape_log_field("a\nb"), "a\\nb");
  EXPECT_EQ(escape_log_field("a\r\tb\\"), "a\\r\\tb\\\\");
  EXPECT_EQ(escape_log_field(std::string("\0\x1b\x7f", 3)), "\\x00\\x1b\\x7f");
  EXPECT_EQ(escape_log_field("\xC2\x85"), "\\u0085");                         // NEL
  EXPECT_EQ(escape_log_field("\xE2\x80\xA8\xE2\x80\xAE"), "\\u2028\\u202e");  // LS, RLO
  EXPECT_EQ(escape_log_field("\xFF"), "\\xff");
  EXPECT_EQ(escape_log_field("\xE4\xB8"), "\\xe4\\xb8");  // truncated 中
  EXPECT_EQ(escape_log_field("张三 读取了 记录"), "张三 读取了 记录");
}

TEST(LogTextTest, RandomBytesRoundTripAndNeverLeaveAControlCharacter) {
  std::mt19937 rng(42);
  for (int n = 0; n < 3000; ++n) {
    std::string raw(rng() % 40, '\0');
    for (char& c : raw) c = static_cast<char>(rng() % 256);
    if (n % 3 == 0) raw += "中文\xE2\x80\xA9";
    std::string escaped = escape_log_field(raw);
    for (unsigned char c : escaped) ASSERT_FALSE(c < 0x20 || c == 0x7F);
    ASSERT_TRUE(nc::utf8::valid(escaped));
    auto back = unescape_log_field(escaped);
    ASSERT_TRUE(back);
    ASSERT_EQ(*back, raw);
  }
}

TEST(LogTextTest, UnescapeRejectsMalformedInput) {
  for (const char* bad : {"a\\", "\\q", "\\x4", "\\xZZ", "\\u12", "\\ud800", "a\nb", "\t"}) {
    EXPECT_FALSE(unescape_log_field(bad)) << bad;
  }
}

TEST(LogTextTest, Utf8ValidationRejectsOverlongsSurrogatesAndOutOfRange) {
  EXPECT_TRUE(nc::utf8::valid("ascii 中文 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(nc::utf8::valid("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(nc::utf8::valid("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(nc::utf8::valid("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(nc::utf8::valid("\xF4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(nc::utf8::valid("\xE4\xB8"));          // truncated
  EXPECT_FALSE(nc::utf8::valid("\x80"));
}

}  // namespace
}  // namespace nc::domain
