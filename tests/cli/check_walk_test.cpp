#include "cli/check_walk.h"
#include "cli/input_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace nc::cli {
namespace {

namespace fs = std::filesystem;

class CheckWalk : public ::testing::Test {
 protected:
  void SetUp() override {
    root = fs::temp_directory_path() /
           ("nc-walk-" + std::to_string(getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root);
    fs::create_directories(root / "tree" / "sub");
    fs::create_directories(root / "outside");
  }
  void TearDown() override { fs::remove_all(root); }
  fs::path write(const fs::path& rel, const std::string& bytes) {
    std::ofstream(root / rel, std::ios::binary) << bytes;
    return root / rel;
  }
  std::vector<std::string> names(const WalkResult& r) {
    std::vector<std::string> out;
    for (const std::string& f : r.files) out.push_back(fs::path(f).lexically_relative(root / "tree").string());
    return out;
  }
  fs::path root;
};

TEST_F(CheckWalk, AFoldersTextAndDocumentsAreCheckedInNameOrderBinaryAndEmptyAreNot) {
  write("tree/b.txt", "机密★1年\n");
  write("tree/a.md", "电话13812345678\n");
  write("tree/sub/c.docx", std::string("PK\x03\x04", 4) + "rest of a zip");
  write("tree/sub/d.png", std::string("\x89PNG\r\n\x1A\n", 8) + std::string(8, '\0'));
  write("tree/sub/utf16.txt", std::string("\xFF\xFE", 2) + std::string("a\0b\0", 4));
  write("tree/gbk.txt", "\xBB\xFA\xC3\xDC\n");  // GB18030 text: no NUL, checked
  write("tree/prog.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10));
  write("tree/old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(8, '\0'));
  write("tree/empty.txt", "");
  auto r = walk_paths({(root / "tree").string()}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(names(*r), (std::vector<std::string>{"a.md", "b.txt", "gbk.txt", "sub/c.docx", "sub/d.png", "sub/utf16.txt"}));
  EXPECT_EQ(r->skipped, 3u);  // prog.bin, old.doc, empty.txt
}

TEST_F(CheckWalk, LinksOutOfTheFolderAndToFoldersAreNotFollowed) {
  write("tree/a.txt", "a\n");
  write("outside/secret.txt", "身份证号：11010519491231002X\n");
  fs::create_symlink("../outside/secret.txt", root / "tree" / "out.txt");
  fs::create_symlink("a.txt", root / "tree" / "in.txt");
  fs::create_symlink("../outside", root / "tree" / "dir");
  fs::create_symlink("..", root / "tree" / "sub" / "loop");
  fs::create_symlink("missing.txt", root / "tree" / "dangling.txt");
  auto r = walk_paths({(root / "tree").string()}, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(names(*r), (std::vector<std::string>{"a.txt", "in.txt"}));
  EXPECT_EQ(r->skipped, 4u);
}

TEST_F(CheckWalk, ExcludeMatchesNamesOrPathsBelowTheFolderAndSkipsWholeFolders) {
  write("tree/a.txt", "a\n");
  write("tree/a.log", "a\n");
  write("tree/sub/b.txt", "b\n");
  write("tree/sub/c.md", "c\n");
  fs::create_directories(root / "tree" / "node_modules" / "x");
  write("tree/node_modules/x/d.txt", "d\n");
  auto r = walk_paths({(root / "tree").string()}, {"*.log", "node_modules", "sub/*.md"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(names(*r), (std::vector<std::string>{"a.txt", "sub/b.txt"}));
  EXPECT_EQ(r->skipped, 0u);  // excluded is not skipped
}

TEST_F(CheckWalk, FilesByNameAreKeptAsGivenAndTooManyIsAnError) {
  write("tree/a.txt", "a\n");
  write("tree/b.txt", "b\n");
  write("tree/prog.bin", std::string("\0\0", 2));
  auto r = walk_paths({(root / "tree" / "prog.bin").string(), "-", (root / "nothing.txt").string()}, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->files.size(), 3u);  // a named file is checked (and reported) whatever it is
  EXPECT_FALSE(walk_paths({(root / "tree").string()}, {}, 1).ok());
  EXPECT_TRUE(walk_paths({(root / "tree").string()}, {}, 2).ok());
}

}  // namespace
}  // namespace nc::cli

namespace nc::cli {
namespace {

TEST(PieceReader, ReadsPiecesAndAShrunkFileGivesFewerBytesNotACrash) {
  const std::filesystem::path p =
      std::filesystem::temp_directory_path() / ("nc-pieces-" + std::to_string(getpid()) + ".txt");
  std::ofstream(p, std::ios::binary) << "0123456789机密★1年";
  auto r = PieceReader::open(p.string());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 23u);
  EXPECT_EQ(*r->read(2, 5), "234");
  EXPECT_EQ(*r->read(10, 16), "机密");
  std::filesystem::resize_file(p, 4);
  EXPECT_EQ(*r->read(2, 10), "23");
  EXPECT_EQ(r->read(8, 10)->size(), 0u);
  std::filesystem::remove(p);
  EXPECT_FALSE(PieceReader::open("-").ok());
  EXPECT_FALSE(PieceReader::open(p.string()).ok());  // gone
}

}  // namespace
}  // namespace nc::cli
