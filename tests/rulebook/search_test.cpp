#include "rulebook/search.h"

#include <gtest/gtest.h>

#include "rulebook/loader.h"

namespace nc::rulebook {
namespace {

class SearchShipped : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto src = read_source(std::string(NC_DATA_DIR) + "/rulebooks/dangyuan-wangluo-xingwei-guiding.toml");
    ASSERT_TRUE(src.ok()) << src.status().message();
    auto b = build(*src);
    ASSERT_TRUE(b.ok()) << b.status().message();
    book_ = new Rulebook(std::move(b).value());
    index_ = new SearchIndex(*book_);
  }
  static void TearDownTestSuite() {
    delete index_;
    delete book_;
  }
  static std::vector<int> numbers(std::string_view q) {
    std::vector<int> out;
    for (const auto& h : index_->search(q)) out.push_back(h.article);
    return out;
  }
  static Rulebook* book_;
  static SearchIndex* index_;
};
Rulebook* SearchShipped::book_ = nullptr;
SearchIndex* SearchShipped::index_ = nullptr;

TEST_F(SearchShipped, SecretsFindArticleFourteenFirst) {
  const auto hits = numbers("保密");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front(), 14);
}

TEST_F(SearchShipped, LiveStreamingFindsArticlesNineSixteenEighteen) {
  auto hits = numbers("直播");
  std::sort(hits.begin(), hits.end());
  EXPECT_EQ(hits, (std::vector<int>{9, 16, 18}));
}

TEST_F(SearchShipped, TraditionalQueryFindsSimplifiedText) {
  auto hits = numbers("網絡遊戲");
  std::sort(hits.begin(), hits.end());
  EXPECT_EQ(hits, (std::vector<int>{16, 17}));
}

TEST_F(SearchShipped, InsertedSpacesFindWhatThePlainQueryFinds) {
  EXPECT_EQ(numbers("保 密"), numbers("保密"));
  EXPECT_EQ(numbers("直　播"), numbers("直播"));
  EXPECT_EQ(numbers("網 絡 遊 戲"), numbers("网络游戏"));
}

TEST_F(SearchShipped, MultiWordQueriesRankArticlesWithAllWordsFirst) {
  const auto hits = numbers("直播 游戏");
  ASSERT_GE(hits.size(), 4u);
  EXPECT_EQ(hits.front(), 16);  // the only article with both words
  EXPECT_NE(std::find(hits.begin(), hits.end(), 17), hits.end());
  EXPECT_NE(std::find(hits.begin(), hits.end(), 9), hits.end());
}

TEST_F(SearchShipped, ArticleReferencesPutThatArticleFirst) {
  EXPECT_EQ(numbers("第十四条").front(), 14);
  EXPECT_EQ(numbers("14").front(), 14);
  EXPECT_EQ(numbers("第14条").front(), 14);
}

TEST_F(SearchShipped, FragmentsReassembleTheTextAndMarkOnlyMatches) {
  const auto hits = index_->search("保 密");
  ASSERT_FALSE(hits.empty());
  std::string whole, marked;
  for (const auto& f : hits.front().fragments) {
    whole += f.text;
    if (f.match) marked += f.text;
  }
  EXPECT_EQ(whole, book_->find_article(14)->text);
  EXPECT_EQ(marked, "保密");
}

TEST_F(SearchShipped, TraditionalMatchesHighlightTheSimplifiedOriginal) {
  const auto hits = index_->search("網絡遊戲");
  ASSERT_FALSE(hits.empty());
  for (const auto& h : hits) {
    bool found = false;
    for (const auto& f : h.fragments)
      if (f.match) found = found || f.text == "网络游戏";
    EXPECT_TRUE(found) << h.article;
  }
}

TEST_F(SearchShipped, NothingFoundAndHostileQueriesReturnNoHits) {
  EXPECT_TRUE(numbers("量子计算机").empty());
  EXPECT_TRUE(numbers("").empty());
  EXPECT_TRUE(numbers("   ").empty());
  EXPECT_TRUE(numbers(std::string(5000, 'a')).empty());
  EXPECT_TRUE(numbers("\xff\xfe").empty());
}

TEST_F(SearchShipped, LimitCapsTheResults) {
  EXPECT_EQ(index_->search("党员", 3).size(), 3u);
  EXPECT_GT(index_->search("党员").size(), 3u);
}

}  // namespace
}  // namespace nc::rulebook
