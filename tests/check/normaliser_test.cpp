#include "check/normaliser.h"

#include <gtest/gtest.h>

namespace nc::check {
namespace {

TEST(Normaliser, FoldsEvasionsOfAMarkingToThePlainForm) {
  EXPECT_EQ(normalise_text("机 密★"), "机密★");
  EXPECT_EQ(normalise_text("機密★"), "机密★");
  EXPECT_EQ(normalise_text("机\u200b密★"), "机密★");
  EXPECT_EQ(normalise_text("机.密"), "机密");
  EXPECT_EQ(normalise_text("机-密"), "机密");
  EXPECT_EQ(normalise_text("机·密"), "机密");
  EXPECT_EQ(normalise_text("机　密"), "机密");
  EXPECT_EQ(normalise_text("ＩＤ１２３"), "id123");
}

TEST(Normaliser, KeepsSpacesAndPunctuationThatAreNotBetweenHan) {
  EXPECT_EQ(normalise_text("hello world"), "hello world");
  EXPECT_EQ(normalise_text("机密 2024"), "机密 2024");
  EXPECT_EQ(normalise_text("a.b"), "a.b");
  EXPECT_EQ(normalise_text("机密。秘密"), "机密。秘密");  // sentence punctuation is not filler
  EXPECT_EQ(normalise_text("机密，秘密（１）"), "机密，秘密（1）");
  EXPECT_EQ(normalise_text("机\n密"), "机\n密");        // lines are kept
  EXPECT_EQ(normalise_text("请示\t机密"), "请示\t机密");  // tabs separate pasted cells
}

TEST(Normaliser, DropsAtMostThreeFillersBetweenHan) {
  EXPECT_EQ(normalise_text("机...密"), "机密");
  EXPECT_EQ(normalise_text("机....密"), "机....密");
}

TEST(Normaliser, MapsFoldedOffsetsBackToTheInput) {
  const std::string in = "号码：１３８ab機密";
  Normalised n;
  normalise(in, &n);
  ASSERT_EQ(n.text(), "号码：138ab机密");  // sentence punctuation kept as written
  const size_t pos = n.text().find("138");
  EXPECT_EQ(n.to_input_begin(pos), in.find("１"));
  EXPECT_EQ(n.to_input_end(pos + 3), in.find("ab"));
  const size_t m = n.text().find("机密");
  EXPECT_EQ(n.to_input_begin(m), in.find("機密"));
  EXPECT_EQ(n.to_input_end(m + 6), in.size());
}

TEST(Normaliser, SpansOverDroppedCharactersCoverTheOriginal) {
  const std::string in = "xx机\u200b 密★yy";
  Normalised n;
  normalise(in, &n);
  ASSERT_EQ(n.text(), "xx机密★yy");
  EXPECT_EQ(n.to_input_begin(2), 2u);
  EXPECT_EQ(n.to_input_end(2 + 6), in.find("★"));
}

TEST(Normaliser, ReplacesInvalidUtf8AndStaysValid) {
  const std::string in = std::string("a\xff") + "b\xe6\x9c";
  Normalised n;
  normalise(in, &n);
  EXPECT_EQ(n.text(), "a\uFFFDb\uFFFD\uFFFD");
  EXPECT_EQ(n.to_input_begin(1), 1u);
  EXPECT_EQ(n.to_input_end(4), 2u);
}

TEST(Normaliser, AnIdeographicSpaceAfterADigitGroupsTheNumber) {
  const std::string in = "王五 １６６\u3000１７０１\u3000６２９１\u3000\u3000第二段";
  Normalised n;
  normalise(in, &n);
  EXPECT_EQ(n.text(), "王五 166 1701 6291 \u3000第二段");
  const size_t space = n.text().find(' ', 9);
  EXPECT_EQ(n.to_input_begin(space), in.find("\u3000"));
  EXPECT_EQ(n.to_input_end(space + 1), in.find("\u3000") + 3);
  EXPECT_EQ(normalise_text("\u3000\u3000第一段"), "\u3000\u3000第一段");  // indentation stays as written
  EXPECT_EQ(normalise_text("机\u3000密"), "机密");
}

TEST(Normaliser, DecodesHtmlCharacterReferences) {
  EXPECT_EQ(normalise_text("机密&#9733;1年"), "机密★1年");
  EXPECT_EQ(normalise_text("机密&#x2605;1年"), "机密★1年");
  EXPECT_EQ(normalise_text("zhang&#64;example.com"), "zhang@example.com");
  EXPECT_EQ(normalise_text("财预&#12308;2018&#12309;119号"), "财预〔2018〕119号");
  EXPECT_EQ(normalise_text("内部&nbsp;资料"), "内部资料");
  EXPECT_EQ(normalise_text("138&nbsp;1234&nbsp;5678"), "138 1234 5678");
  EXPECT_EQ(normalise_text("a &amp; b &lt;c&gt;"), "a & b <c>");
  EXPECT_EQ(normalise_text("AT&T &#; &#xZ; &nosuch; &#65x"), "at&t &#; &#xz; &nosuch; &#65x");
  const std::string in = "号&#9733;1";
  Normalised n;
  normalise(in, &n);
  ASSERT_EQ(n.text(), "号★1");
  EXPECT_EQ(n.to_input_begin(3), in.find('&'));
  EXPECT_EQ(n.to_input_end(6), in.find(';') + 1);
}

TEST(Normaliser, FoldsStarsWrittenForTheMarkingStar) {
  EXPECT_EQ(normalise_text("机密\u2B50\uFE0F1年"), "机密★1年");
  EXPECT_EQ(normalise_text("机密\u27291年"), "机密★1年");
  EXPECT_EQ(normalise_text("机密\U0001F31F1年"), "机密★1年");
}

TEST(Normaliser, ARunOfChineseNumeralsSpellingAnIdentifierBecomesDigits) {
  EXPECT_EQ(normalise_text("电话一三八〇〇一三八〇〇〇"), "电话13800138000");
  EXPECT_EQ(normalise_text("幺三八 零零幺三 八零零零"), "138 0013 8000");
  EXPECT_EQ(normalise_text("壹叁捌-贰叁肆伍-陆柒捌玖"), "138-2345-6789");
  EXPECT_EQ(normalise_text("二〇二四年十月一日"), "二〇二四年十月一日");  // a date stays as written
  EXPECT_EQ(normalise_text("一二三四五六七八九一二三四五六七八九一二"), "一二三四五六七八九一二三四五六七八九一二");  // 20: no identifier
  const std::string in = "号一三八〇〇一三八〇〇〇。";
  Normalised n;
  normalise(in, &n);
  ASSERT_EQ(n.text(), "号13800138000。");
  EXPECT_EQ(n.to_input_begin(3), 3u);
  EXPECT_EQ(n.to_input_end(14), in.find("。"));
}

TEST(Normaliser, NumeralsWithACreditCodesLettersBecomeDigitsOnlyAtEighteen) {
  EXPECT_EQ(normalise_text("九一四二零六八三MA四K零四一二ER"), "91420683ma4k0412er");
  // Numerals that spell an identifier before letters stay digits as before.
  EXPECT_EQ(normalise_text("幺三八零零一三八零零零ok"), "13800138000ok");
  EXPECT_EQ(normalise_text("一二三四五六七八九OK"), "一二三四五六七八九ok");
}

TEST(Normaliser, DropsCombiningMarksAndReadsLookAlikeLetters) {
  EXPECT_EQ(normalise_text("秘\u0336密\u0336★"), "秘密★");
  EXPECT_EQ(normalise_text("\u041524653751"), "e24653751");  // Cyrillic Е
  EXPECT_EQ(normalise_text("ea57\u0417z3"), "ea573z3");     // Cyrillic З among digits
}

TEST(Normaliser, ReadsDigitsInARightToLeftOverrideAsDisplayed) {
  const std::string in = "电话\u202E12345678951\u202C。";
  Normalised n;
  normalise(in, &n);
  ASSERT_EQ(n.text(), "电话15987654321。");
  // The digits map whole to the override's span, its marks included.
  EXPECT_EQ(n.to_input_begin(6), 6u);
  EXPECT_EQ(n.to_input_end(17), in.find("。"));
  EXPECT_EQ(normalise_text("\u202E你好\u202C"), "你好");  // no digits: as stored
}

TEST(Normaliser, EmptyInput) {
  Normalised n;
  normalise("", &n);
  EXPECT_TRUE(n.text().empty());
  EXPECT_EQ(n.to_input_begin(0), 0u);
}

}  // namespace
}  // namespace nc::check
