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

}  // namespace
}  // namespace nc::rulebook
