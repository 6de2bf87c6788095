#include "rulebook/fold.h"

#include <gtest/gtest.h>

namespace nc::rulebook {
namespace {

TEST(Fold, TraditionalCharactersFoldToSimplified) {
  EXPECT_EQ(fold_to_utf8("網絡遊戲"), "网络游戏");
  EXPECT_EQ(fold_to_utf8("機密"), "机密");
  EXPECT_EQ(fold_to_utf8("黨員"), "党员");
}

TEST(Fold, FullWidthAndCaseFoldToPlainAscii) {
  EXPECT_EQ(fold_to_utf8("ＩＤ１２３"), "id123");
  EXPECT_EQ(fold_to_utf8("ABC"), "abc");
}

TEST(Fold, SpacesAndZeroWidthBetweenChineseCharactersFoldAway) {
  EXPECT_EQ(fold_to_utf8("机 密"), "机密");
  EXPECT_EQ(fold_to_utf8("机\u200b密"), "机密");
  EXPECT_EQ(fold_to_utf8("机\u3000密"), "机密");
  EXPECT_EQ(fold_to_utf8("机\n密"), "机密");
  EXPECT_EQ(fold_to_utf8("a  b"), "a b");
}

TEST(Fold, OffsetsPointBackToOriginalBytes) {
  const std::string input = "A 機 密B";
  const Folded f = fold(input);
  ASSERT_EQ(to_utf8(f.text), "a机密b");  // whitespace next to a CJK character folds away
  // "机" came from "機" at byte 2; "密" from byte 6; "b" from byte 9.
  EXPECT_EQ(f.origin[1], 2u);
  EXPECT_EQ(f.origin[2], 6u);
  EXPECT_EQ(f.origin[3], 9u);
  EXPECT_EQ(f.source_end(3, input), 9u);  // [机密] spans bytes 2..9 of the input
  EXPECT_EQ(input.substr(f.source_begin(1), f.source_end(3, input) - f.source_begin(1)), "機 密");
}

TEST(Fold, InvalidBytesBecomeReplacementCharacters) {
  const std::string bad = "a\xff" "b";
  const Folded f = fold(bad);
  ASSERT_EQ(f.text.size(), 3u);
  EXPECT_EQ(f.text[1], U'\uFFFD');
  EXPECT_EQ(f.origin[2], 2u);
}

}  // namespace
}  // namespace nc::rulebook
