#include "rulebook/loader.h"

#include <gtest/gtest.h>

#include <fstream>

namespace nc::rulebook {
namespace {

namespace fs = std::filesystem;

TEST(Loader, ShippedDirectoryBuildsTheAnnotatedRegulation) {
  auto sources = read_directory(std::string(NC_DATA_DIR) + "/rulebooks");
  ASSERT_TRUE(sources.ok()) << sources.status().message();
  ASSERT_EQ(sources->size(), 1u);
  auto book = build(sources->front());
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book->id, "dangyuan-wangluo-xingwei-guiding");
  EXPECT_EQ(book->effective_date, "2024-01-14");
  // Every article is annotated; the self-check cites these topics.
  for (const Article* a : book->articles()) EXPECT_NE(a->annotation.kind, ArticleKind::Unknown) << a->label;
  EXPECT_EQ(book->articles_for_topic("secrets"), std::vector<int>{14});
  // Personal data: the duty to obey the law (《个人信息保护法》), not 19 on cadres' public accounts.
  EXPECT_EQ(book->articles_for_topic("personal_data"), std::vector<int>{8});
  EXPECT_EQ(book->find_article(17)->annotation.binds, Binds::Cadres);
  EXPECT_EQ(book->find_article(21)->annotation.binds, Binds::PartyBranch);
}

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-loader-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name) << text; }
  fs::path dir;
};

TEST_F(TempDir, CompanionFilesMustSitBesideTheMetadata) {
  write("r.toml", "id = \"r\"\ntext = \"../etc/passwd\"\n");
  auto src = read_source(dir / "r.toml");
  ASSERT_FALSE(src.ok());
  EXPECT_NE(src.status().message().find("same directory"), std::string::npos);
}

TEST_F(TempDir, BadIdOrDateIsRejected) {
  write("t.txt", "第一条 正文。\n");
  write("r.toml", "id = \"Bad Id\"\ntext = \"t.txt\"\n");
  auto src = read_source(dir / "r.toml");
  ASSERT_TRUE(src.ok());
  EXPECT_FALSE(build(*src).ok());
  write("r.toml", "id = \"r\"\ntext = \"t.txt\"\neffective_date = \"2024-13-01\"\n");
  src = read_source(dir / "r.toml");
  ASSERT_TRUE(src.ok());
  EXPECT_FALSE(build(*src).ok());
}

TEST_F(TempDir, MissingTextFileNamesTheFile) {
  write("r.toml", "id = \"r\"\ntext = \"missing.txt\"\n");
  auto src = read_source(dir / "r.toml");
  ASSERT_FALSE(src.ok());
  EXPECT_NE(src.status().message().find("missing.txt"), std::string::npos);
}

}  // namespace
}  // namespace nc::rulebook
