#include "cli/compiled_cache_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace nc::cli {
namespace {

namespace fs = std::filesystem;

class CacheDir : public ::testing::Test {
 protected:
  void SetUp() override {
    root = fs::temp_directory_path() / ("nc-hscache-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root);
  }
  void TearDown() override { fs::remove_all(root); }
  std::vector<fs::path> files() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(root)) out.push_back(e.path());
    return out;
  }
  fs::path root;
};

TEST_F(CacheDir, WhatIsStoredUnderAKeyIsLoadedUnderThatKeyOnly) {
  CompiledCacheDir cache(root.string());
  EXPECT_FALSE(cache.load("key-a").has_value()) << "nothing before the first store";
  cache.store("key-a", std::string("bytes\0a", 7));
  auto a = cache.load("key-a");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(*a, std::string("bytes\0a", 7));
  EXPECT_FALSE(cache.load("key-b").has_value());
  EXPECT_EQ(fs::status(root).permissions() & fs::perms::all, fs::perms::owner_all);
}

TEST_F(CacheDir, AFileHoldingAnotherKeyIsNotUsed) {
  CompiledCacheDir cache(root.string());
  cache.store("key-a", "bytes-a");
  cache.store("key-b", "bytes-b");
  ASSERT_EQ(files().size(), 2u);
  // Swap the two files' contents: each name now holds the other key.
  std::vector<fs::path> f = files();
  std::stringstream one, two;
  one << std::ifstream(f[0], std::ios::binary).rdbuf();
  two << std::ifstream(f[1], std::ios::binary).rdbuf();
  std::ofstream(f[0], std::ios::binary | std::ios::trunc) << two.str();
  std::ofstream(f[1], std::ios::binary | std::ios::trunc) << one.str();
  EXPECT_FALSE(cache.load("key-a").has_value());
  EXPECT_FALSE(cache.load("key-b").has_value());
}

TEST_F(CacheDir, AByteChangedOnDiskMakesTheFileUnused) {
  CompiledCacheDir cache(root.string());
  const std::string bytes(4096, 'x');
  cache.store("key-a", bytes);
  const fs::path f = files().at(0);
  std::stringstream held;
  held << std::ifstream(f, std::ios::binary).rdbuf();
  std::string changed = held.str();
  changed[changed.size() - 100] = 'y';  // in the stored bytes, past the key and the digest
  std::ofstream(f, std::ios::binary | std::ios::trunc) << changed;
  EXPECT_FALSE(cache.load("key-a").has_value());
  std::ofstream(f, std::ios::binary | std::ios::trunc) << held.str();
  EXPECT_EQ(cache.load("key-a"), bytes);
}

TEST_F(CacheDir, ASymlinkIsNotFollowed) {
  CompiledCacheDir cache(root.string());
  cache.store("key-a", "bytes-a");
  const fs::path real = files().at(0);
  const fs::path moved = root / "elsewhere";
  fs::rename(real, moved);
  fs::create_symlink(moved, real);
  EXPECT_FALSE(cache.load("key-a").has_value());
}

TEST_F(CacheDir, OnlyTheNewestSetsAreKept) {
  CompiledCacheDir cache(root.string());
  for (size_t i = 0; i < CompiledCacheDir::kMaxFiles + 3; ++i) {
    cache.store("key-" + std::to_string(i), "bytes");
    // Distinct modification times, oldest first.
    const auto t = fs::file_time_type::clock::now() - std::chrono::hours(100 - static_cast<int>(i));
    for (const auto& p : files()) {
      if (fs::last_write_time(p) > t + std::chrono::hours(1)) fs::last_write_time(p, t);
    }
  }
  EXPECT_EQ(files().size(), CompiledCacheDir::kMaxFiles);
  EXPECT_FALSE(cache.load("key-0").has_value()) << "the oldest set went first";
  EXPECT_TRUE(cache.load("key-" + std::to_string(CompiledCacheDir::kMaxFiles + 2)).has_value());
}

TEST(CacheDirDefault, AnEmptyNcCacheDirTurnsItOff) {
  ::setenv("NC_CACHE_DIR", "", 1);
  EXPECT_FALSE(CompiledCacheDir::default_dir().has_value());
  ::setenv("NC_CACHE_DIR", "/tmp/x", 1);
  EXPECT_EQ(CompiledCacheDir::default_dir(), "/tmp/x");
  ::unsetenv("NC_CACHE_DIR");
}

}  // namespace
}  // namespace nc::cli
