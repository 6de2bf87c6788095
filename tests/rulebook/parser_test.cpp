#include "rulebook/parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rulebook/numerals.h"

namespace nc::rulebook {
namespace {

std::string shipped_text() {
  std::ifstream in(std::string(NC_DATA_DIR) + "/rulebooks/dangyuan-wangluo-xingwei-guiding.txt", std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class ShippedRegulation : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = parse(shipped_text());
    ASSERT_TRUE(r.ok()) << r.status().message();
    book = std::move(r).value();
  }
  Rulebook book;
};

TEST_F(ShippedRegulation, HasTitleFiveChaptersAndTwentySixArticlesInOrder) {
  EXPECT_EQ(book.title, "党员网络行为规定");
  ASSERT_EQ(book.chapters.size(), 5u);
  const char* titles[] = {"总则", "网络正能量传播", "网络行为管理", "保障和监督", "附则"};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(book.chapters[i].number, static_cast<int>(i + 1));
    EXPECT_EQ(book.chapters[i].title, titles[i]);
    EXPECT_EQ(book.chapters[i].label, "第" + to_chinese_numeral(static_cast<long>(i + 1)) + "章");
  }
  const auto articles = book.articles();
  ASSERT_EQ(articles.size(), 26u);
  for (size_t i = 0; i < articles.size(); ++i) EXPECT_EQ(articles[i]->number, static_cast<int>(i + 1));
  EXPECT_EQ(book.chapters[0].articles.size(), 3u);
  EXPECT_EQ(book.chapters[1].articles.size(), 4u);
  EXPECT_EQ(book.chapters[2].articles.size(), 13u);
  EXPECT_EQ(book.chapters[3].articles.size(), 5u);
  EXPECT_EQ(book.chapters[4].articles.size(), 1u);
}

TEST_F(ShippedRegulation, ArticleTextHasExtractionArtifactsRemovedAndNothingElse) {
  EXPECT_EQ(book.find_article(1)->text,
            "为了规范党员网络行为，发挥党员在网络空间作用，根据《中国共产党党员教育管理工作条例》等有关党内法规，制定本规定。");
  EXPECT_EQ(book.find_article(14)->text, "党员应当严格遵守党的保密纪律，不得通过网络泄露、扩散党和国家秘密、工作秘密。");
  EXPECT_EQ(book.find_article(14)->label, "第十四条");
  // Joined across a line break mid-sentence, keeping the half-width comma as printed.
  const std::string& a3 = book.find_article(3)->text;
  EXPECT_NE(a3.find("增强“四个意识”、坚定“四个自信”、做到“两个维护”,坚持正确政治方向"), std::string::npos) << a3;
  EXPECT_NE(a3.find("营造健康向上、风清气正的网络环境，推动形成良好网络生态"), std::string::npos);
  // "传播正能\n 量。" across a line break.
  EXPECT_TRUE(book.find_article(4)->text.ends_with("大力弘扬主旋律、传播正能量。"));
  EXPECT_TRUE(book.find_article(20)->text.ends_with("积极提供线索，协助有关方面处置。"));
  EXPECT_EQ(book.find_article(26)->text, "本规定自发布之日起施行。");
  for (const Article* a : book.articles()) {
    EXPECT_EQ(a->text.find(' '), std::string::npos) << a->label << ": " << a->text;
    EXPECT_EQ(a->text.find("- 2 -"), std::string::npos);
    EXPECT_EQ(a->paragraphs.size(), 1u) << a->label;
  }
}

TEST_F(ShippedRegulation, RecordsTheSourceLineOfEachHeading) {
  EXPECT_EQ(book.find_article(1)->line, 5);
  EXPECT_GT(book.find_article(12)->line, book.find_article(11)->line);
}

TEST(Parser, HandlesMoreThanOneHundredArticlesWithChineseNumerals) {
  std::string text = "测试规定\n第一章 总则\n";
  for (int n = 1; n <= 120; ++n) {
    if (n == 61) text += "第二章 附则\n";
    text += "第" + to_chinese_numeral(n) + "条 第" + std::to_string(n) + "项内容。\n";
  }
  auto r = parse(text);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->articles().size(), 120u);
  EXPECT_EQ(r->find_article(101)->label, "第一百零一条");
  EXPECT_EQ(r->find_article(110)->label, "第一百一十条");
  EXPECT_EQ(r->find_article(120)->text, "第120项内容。");
  EXPECT_EQ(r->chapters[1].articles.front().number, 61);
}

TEST(Parser, RejectsMalformedInputWithALineNumberAndNeverCrashes) {
  const std::pair<std::string, int> cases[] = {
      {"", 1},
      {"\n\n\n", 4},
      {"第一条 正文。\n第一条 重复。\n", 2},
      {"第一条 正文。\n第二章 跳章。\n", 2},
      {"第二条 没有第一条。\n", 1},
      {std::string("第一条 \xe6\x9c"), 1},
  };
  for (const auto& [text, line] : cases) {
    ParseError err;
    const auto r = parse(text, &err);
    EXPECT_FALSE(r.ok()) << text;
    EXPECT_EQ(err.line, line) << text << " → " << err.message;
    EXPECT_EQ(r.status().code(), Code::kParseError);
  }
}

TEST(Parser, RejectsInputOverSixteenMebibytes) {
  std::string big = "第一条 ";
  big.append((16u << 20) + 1, 'a');
  EXPECT_FALSE(parse(big).ok());
}

TEST(Parser, KeepsNumbersThatLookLikeItemMarkersInsideText) {
  auto r = parse("第一条 标准提高到\n1.5倍；\n第二条 完。\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->find_article(1)->text, "标准提高到1.5倍；");
  EXPECT_TRUE(r->find_article(1)->items.empty());
}

}  // namespace
}  // namespace nc::rulebook
