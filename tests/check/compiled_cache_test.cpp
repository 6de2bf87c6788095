// A Registry given a CompiledCache stores what it compiled under a key of
// exactly its patterns, takes it back on the next create, and compiles
// afresh whenever what the cache holds is not a usable database.
#include "check/compiled_cache.h"

#include <gtest/gtest.h>

#include <map>

#include "check/engine.h"

namespace nc::check {
namespace {

class MemoryCache final : public CompiledCache {
 public:
  std::optional<std::string> load(std::string_view key) override {
    ++loads;
    auto it = entries.find(std::string(key));
    if (it == entries.end()) return std::nullopt;
    return it->second;
  }
  void store(std::string_view key, std::string_view bytes) override {
    ++stores;
    entries[std::string(key)] = std::string(bytes);
  }
  std::map<std::string, std::string> entries;
  int loads = 0, stores = 0;
};

constexpr std::string_view kText =
    "联系人张三，手机 13812345678，身份证 11010519491231002X，邮箱 zhang.san@example.com；"
    "本文件（机密★5年），不得外传。";

std::vector<std::string> findings_of(const Engine& e) {
  auto r = e.check(kText);
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (r.ok())
    for (const Finding& f : *r) out.push_back(std::string(f.detector) + "@" + std::to_string(f.start) + "-" + std::to_string(f.end));
  return out;
}

Result<std::shared_ptr<const Engine>> engine_with(CompiledCache* cache, std::vector<std::string> terms = {}) {
  EngineOptions o;
  o.cache = cache;
  o.dictionary = std::move(terms);
  return Engine::create(o);
}

TEST(CompiledCache, TheSecondEngineComesFromTheCacheAndFindsTheSame) {
  MemoryCache cache;
  auto plain = Engine::create();
  auto first = engine_with(&cache);
  ASSERT_TRUE(plain.ok() && first.ok());
  EXPECT_EQ(cache.stores, 1);
  ASSERT_EQ(cache.entries.size(), 1u);
  auto second = engine_with(&cache);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(cache.stores, 1) << "a hit stores nothing";
  const std::vector<std::string> expected = findings_of(**plain);
  ASSERT_GE(expected.size(), 4u);
  EXPECT_EQ(findings_of(**first), expected);
  EXPECT_EQ(findings_of(**second), expected);
}

TEST(CompiledCache, ADifferentDictionaryIsADifferentKey) {
  MemoryCache cache;
  ASSERT_TRUE(engine_with(&cache, {"天枢工程"}).ok());
  ASSERT_TRUE(engine_with(&cache, {"青鸟系统"}).ok());
  EXPECT_EQ(cache.entries.size(), 2u);
  auto e = engine_with(&cache, {"青鸟系统"});
  ASSERT_TRUE(e.ok());
  auto found = (*e)->check("青鸟系统上线");
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].detector, "org.dictionary");
}

TEST(CompiledCache, WhatIsNotAUsableDatabaseIsCompiledAfresh) {
  MemoryCache cache;
  ASSERT_TRUE(engine_with(&cache).ok());
  const std::string key = cache.entries.begin()->first;
  const std::string good = cache.entries.begin()->second;
  auto expected = findings_of(**Engine::create());
  std::vector<std::string> bad = {
      "",
      "garbage",
      good.substr(0, good.size() / 2),
      good + "x",
  };
  std::string flipped = good;
  flipped[flipped.size() - 100] = static_cast<char>(flipped[flipped.size() - 100] ^ 0x5a);
  bad.push_back(flipped);
  for (const std::string& b : bad) {
    cache.entries[key] = b;
    const int stores = cache.stores;
    auto e = engine_with(&cache);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(findings_of(**e), expected) << "cache bytes of size " << b.size();
    EXPECT_EQ(cache.stores, stores + 1) << "the fresh compile is stored again";
  }
}

}  // namespace
}  // namespace nc::check
