#include "rulebook/annotations.h"

#include <gtest/gtest.h>

#include "rulebook/parser.h"

namespace nc::rulebook {
namespace {

Rulebook three_articles() {
  auto r = parse("规定\n第一条 甲。\n第二条 乙。\n第三条 丙。\n");
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

TEST(Annotations, AppliesKindBindsAndTopics) {
  Rulebook b = three_articles();
  const Status s = apply_annotations(R"(
[[article]]
number = 2
kind = "prohibition"
binds = "cadres"
topics = ["secrets", "public_accounts"]
)",
                                     &b);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(b.find_article(2)->annotation.kind, ArticleKind::Prohibition);
  EXPECT_EQ(b.find_article(2)->annotation.binds, Binds::Cadres);
  EXPECT_EQ(b.articles_for_topic("secrets"), std::vector<int>{2});
  EXPECT_EQ(b.find_article(1)->annotation.kind, ArticleKind::Unknown);
}

TEST(Annotations, AnAnnotationForAMissingArticleIsAnErrorAndChangesNothing) {
  Rulebook b = three_articles();
  const Status s = apply_annotations(R"(
[[article]]
number = 1
kind = "principle"
binds = "all_members"
[[article]]
number = 4
kind = "principle"
binds = "all_members"
)",
                                     &b);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("article 4 does not exist"), std::string::npos) << s.message();
  EXPECT_EQ(b.find_article(1)->annotation.kind, ArticleKind::Unknown);
}

TEST(Annotations, RejectsUnknownKindsBindsKeysDuplicatesAndBadToml) {
  const char* bad[] = {
      "[[article]]\nnumber = 1\nkind = \"opinion\"\nbinds = \"all_members\"\n",
      "[[article]]\nnumber = 1\nkind = \"principle\"\nbinds = \"everyone\"\n",
      "[[article]]\nnumber = 1\nkind = \"principle\"\nbinds = \"all_members\"\nscore = 3\n",
      "[[article]]\nnumber = 1\nkind = \"principle\"\nbinds = \"all_members\"\n[[article]]\nnumber = 1\nkind = "
      "\"principle\"\nbinds = \"all_members\"\n",
      "[[article]\nnumber = 1\n",
      "[[article]]\nnumber = -1\nkind = \"principle\"\nbinds = \"all_members\"\n",
      "article = 3\n",
  };
  for (const char* text : bad) {
    Rulebook b = three_articles();
    EXPECT_FALSE(apply_annotations(text, &b).ok()) << text;
  }
}

Rulebook two_articles_with_wording() {
  auto r = parse("规定\n第一条 党员干部注册网络公众账号。\n第二条 党员不得泄露 秘密。\n");
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

TEST(Annotations, LoadsSynonymsWhoseMeaningOccursInTheText) {
  Rulebook b = two_articles_with_wording();
  const Status s = apply_annotations(R"(
[[synonym]]
words = ["公众号", "自媒体"]
means = ["公众账号"]
note = "reviewed"

[[synonym]]
words = ["泄密"]
means = ["泄露秘密"]   # the text has a space inside; folded it does not
)",
                                     &b);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(b.synonyms.size(), 2u);
  EXPECT_EQ(b.synonyms[0].words, (std::vector<std::string>{"公众号", "自媒体"}));
  EXPECT_EQ(b.synonyms[0].means, std::vector<std::string>{"公众账号"});
  EXPECT_EQ(b.synonyms[1].means, std::vector<std::string>{"泄露秘密"});
}

TEST(Annotations, ASynonymMeaningWordingNotInTheTextIsAnErrorAndChangesNothing) {
  Rulebook b = two_articles_with_wording();
  const Status s = apply_annotations(R"(
[[article]]
number = 1
kind = "obligation"
binds = "cadres"

[[synonym]]
words = ["红包"]
means = ["虚拟货币"]
)",
                                     &b);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("虚拟货币"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("line 7"), std::string::npos) << s.message();
  EXPECT_TRUE(b.synonyms.empty());
  EXPECT_EQ(b.find_article(1)->annotation.kind, ArticleKind::Unknown);
}

TEST(Annotations, RejectsMalformedSynonyms) {
  const char* bad[] = {
      "[[synonym]]\nmeans = [\"公众账号\"]\n",                                      // no words
      "[[synonym]]\nwords = [\"公众号\"]\n",                                        // no means
      "[[synonym]]\nwords = []\nmeans = [\"公众账号\"]\n",                         // empty
      "[[synonym]]\nwords = [\" \"]\nmeans = [\"公众账号\"]\n",                    // folds to nothing
      "[[synonym]]\nwords = [3]\nmeans = [\"公众账号\"]\n",                        // not a string
      "[[synonym]]\nwords = [\"公众号\"]\nmeans = [\"公众账号\"]\nweight = 2\n",  // unknown key
      "[[synonym]]\nwords = [\"公众号\"]\nmeans = [\"公众账号\"]\n"
      "[[synonym]]\nwords = [\"公眾號\"]\nmeans = [\"泄露\"]\n",                   // same word, folded
      "[synonym]\nwords = [\"公众号\"]\nmeans = [\"公众账号\"]\n",                 // not [[synonym]]
      "[[synonyms]]\nwords = [\"公众号\"]\nmeans = [\"公众账号\"]\n",              // misspelt table
  };
  for (const char* text : bad) {
    Rulebook b = two_articles_with_wording();
    EXPECT_FALSE(apply_annotations(text, &b).ok()) << text;
    EXPECT_TRUE(b.synonyms.empty()) << text;
  }
  // A word longer than 32 characters, and more than 16 words.
  std::string long_word, many;
  for (int i = 0; i < 33; ++i) long_word += "字";
  for (int i = 0; i < 17; ++i) many += (i ? ", \"" : "\"") + std::string("词") + std::to_string(i) + "\"";
  for (const std::string& text : {"[[synonym]]\nwords = [\"" + long_word + "\"]\nmeans = [\"公众账号\"]\n",
                                  "[[synonym]]\nwords = [" + many + "]\nmeans = [\"公众账号\"]\n"}) {
    Rulebook b = two_articles_with_wording();
    EXPECT_FALSE(apply_annotations(text, &b).ok()) << text;
  }
}

}  // namespace
}  // namespace nc::rulebook
