#include "rulebook/numerals.h"

#include <gtest/gtest.h>

namespace nc::rulebook {
namespace {

TEST(Numerals, ParsesCountingNumeralsUsedInArticleHeadings) {
  const std::pair<const char*, long> cases[] = {
      {"一", 1},      {"九", 9},         {"十", 10},        {"十一", 11},      {"十四", 14},     {"二十", 20},
      {"二十六", 26}, {"九十九", 99},    {"一百", 100},     {"一百零一", 101}, {"一百一十", 110}, {"一百一十一", 111},
      {"两百", 200},  {"二百三十", 230}, {"一千零一", 1001}, {"一千零一十", 1010}, {"两千", 2000},
      {"一万", 10000}, {"一万零一", 10001}, {"十万", 100000}, {"〇", 0},          {"零", 0},
      {"14", 14},     {"１４", 14},      {"壹佰零壹", 101},
  };
  for (const auto& [text, value] : cases) {
    const auto got = parse_numeral(text);
    ASSERT_TRUE(got.has_value()) << text;
    EXPECT_EQ(*got, value) << text;
  }
}

TEST(Numerals, RejectsMalformedNumerals) {
  for (const char* bad : {"", "十十", "百一", "一百五", "一零", "零一", "一百零", "一百零十", "二十零", "第", "x", "十a",
                          "一一", "千百", "一百零零一"}) {
    EXPECT_FALSE(parse_numeral(bad).has_value()) << bad;
  }
}

TEST(Numerals, ParsesDigitSequencesAsInYears) {
  EXPECT_EQ(parse_digit_sequence("二〇二四"), 2024);
  EXPECT_EQ(parse_digit_sequence("二零二四"), 2024);
  EXPECT_EQ(parse_digit_sequence("一九四九"), 1949);
  EXPECT_FALSE(parse_digit_sequence("二十").has_value());
  EXPECT_FALSE(parse_digit_sequence("").has_value());
}

TEST(Numerals, WritesCountingNumerals) {
  EXPECT_EQ(to_chinese_numeral(1), "一");
  EXPECT_EQ(to_chinese_numeral(10), "十");
  EXPECT_EQ(to_chinese_numeral(14), "十四");
  EXPECT_EQ(to_chinese_numeral(20), "二十");
  EXPECT_EQ(to_chinese_numeral(26), "二十六");
  EXPECT_EQ(to_chinese_numeral(101), "一百零一");
  EXPECT_EQ(to_chinese_numeral(110), "一百一十");
  EXPECT_EQ(to_chinese_numeral(1010), "一千零一十");
  EXPECT_EQ(to_chinese_numeral(10001), "一万零一");
  EXPECT_EQ(to_chinese_numeral(0), "零");
}

TEST(Numerals, WriteThenParseRoundTripsEveryNumberBelowTwentyThousand) {
  for (long n = 0; n < 20000; ++n) {
    const auto back = parse_numeral(to_chinese_numeral(n));
    ASSERT_TRUE(back.has_value()) << n << " " << to_chinese_numeral(n);
    ASSERT_EQ(*back, n) << to_chinese_numeral(n);
  }
}

}  // namespace
}  // namespace nc::rulebook
