#include "rulebook/search.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

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

// Trims ASCII spaces (the file's separators) from both ends.
std::string trimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

TEST_F(SearchShipped, EverydayQueriesRankTheirArticleFirst) {
  std::ifstream in(NC_EVERYDAY_QUERIES);
  ASSERT_TRUE(in) << NC_EVERYDAY_QUERIES;
  std::string line;
  int line_no = 0, checked = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string query, article;
    ASSERT_TRUE(std::getline(fields, query, '|') && std::getline(fields, article, '|'))
        << "everyday_queries.txt:" << line_no << ": expected query | article | why";
    query = trimmed(query);
    const int want = std::stoi(trimmed(article));
    ASSERT_NE(book_->find_article(want), nullptr) << "everyday_queries.txt:" << line_no;
    const auto hits = numbers(query);
    ++checked;
    if (hits.empty()) {
      ADD_FAILURE() << "everyday_queries.txt:" << line_no << ": \"" << query << "\" finds nothing; want article " << want;
    } else {
      EXPECT_EQ(hits.front(), want) << "everyday_queries.txt:" << line_no << ": \"" << query << "\" ranks article "
                                    << hits.front() << " first";
    }
  }
  EXPECT_GE(checked, 30);
}

TEST_F(SearchShipped, EverydayWordsSayWhatElseWasSearched) {
  EXPECT_EQ(index_->also_searched("公众号"), std::vector<std::string>{"公众账号"});
  EXPECT_EQ(index_->also_searched("公眾號"), std::vector<std::string>{"公众账号"});  // traditional
  EXPECT_EQ(index_->also_searched("ＶＰＮ"), (std::vector<std::string>{"非法定信道", "境外的网站"}));  // full-width
  EXPECT_EQ(index_->also_searched("红包"), (std::vector<std::string>{"网络虚拟财物", "虚拟货币"}));
  EXPECT_TRUE(index_->also_searched("保密").empty());
  EXPECT_TRUE(index_->also_searched("").empty());
  EXPECT_TRUE(index_->also_searched(std::string(5000, 'a')).empty());
}

TEST_F(SearchShipped, AnExpansionMarksTheRegulationsWordingInFragments) {
  const auto hits = index_->search("公众号");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().article, 19);
  std::string marked;
  for (const auto& f : hits.front().fragments)
    if (f.match) marked += f.text;
  EXPECT_EQ(marked, "公众账号");
}

TEST_F(SearchShipped, AnExpansionCountsForItsTermInMultiWordQueries) {
  // 注册 is only in article 19; 公众号 means 公众账号 (19 and 23): 19 has both terms.
  const auto hits = numbers("公众号 注册");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(hits.front(), 19);
  EXPECT_NE(std::find(hits.begin(), hits.end(), 23), hits.end());
}

TEST_F(SearchShipped, LimitCapsTheResults) {
  EXPECT_EQ(index_->search("党员", 3).size(), 3u);
  EXPECT_GT(index_->search("党员").size(), 3u);
}

}  // namespace
}  // namespace nc::rulebook
