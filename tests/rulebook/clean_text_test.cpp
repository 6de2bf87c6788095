#include "rulebook/clean_text.h"

#include <gtest/gtest.h>

namespace nc::rulebook {
namespace {

TEST(CleanText, RemovesSpacesInsertedBetweenChineseCharacters) {
  EXPECT_EQ(clean_line("第一条 为 了规范党员网络行为"), "第一条为了规范党员网络行为");
  EXPECT_EQ(clean_line("增强 “ 四个意识”、坚定 “ 四个自信”"), "增强“四个意识”、坚定“四个自信”");
  EXPECT_EQ(clean_line("安全， 自觉在思想上"), "安全，自觉在思想上");
  EXPECT_EQ(clean_line("党\u3000员"), "党员");  // ideographic space
}

TEST(CleanText, KeepsOneSpaceBetweenLatinWords) {
  EXPECT_EQ(clean_line("  Windows   10  "), "Windows 10");
  EXPECT_EQ(clean_line("使用 App 时"), "使用App时");
}

TEST(CleanText, RemovesZeroWidthCharactersAndTrims) {
  EXPECT_EQ(clean_line(" 党员网络行为规定"), "党员网络行为规定");
  EXPECT_EQ(clean_line("机\u200b密"), "机密");
  EXPECT_EQ(clean_line("\t"), "");
}

TEST(CleanText, ClassifiesCjkCodePoints) {
  EXPECT_TRUE(is_cjk(U'党'));
  EXPECT_TRUE(is_cjk(U'，'));
  EXPECT_TRUE(is_cjk(U'“'));
  EXPECT_FALSE(is_cjk(U'a'));
  EXPECT_FALSE(is_cjk(U'1'));
}

}  // namespace
}  // namespace nc::rulebook
