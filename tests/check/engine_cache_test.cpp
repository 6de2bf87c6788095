#include "check/engine_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace nc::check {
namespace {

std::shared_ptr<const Engine> base() {
  auto r = Engine::create();
  EXPECT_TRUE(r.ok());
  return *r;
}

bool finds_dictionary_term(const Engine& e, std::string_view text) {
  auto r = e.check(text);
  if (!r.ok()) return false;
  for (const Finding& f : *r) {
    if (f.detector == "org.dictionary") return true;
  }
  return false;
}

TEST(EngineCache, NoTermsIsTheBaseEngine) {
  auto b = base();
  EngineCache cache(b);
  auto e = cache.get({});
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->get(), b.get());
  EXPECT_EQ(cache.size(), 0u);
}

TEST(EngineCache, TheSameTermsInAnyOrderShareOneEngineThatFindsThem) {
  EngineCache cache(base());
  auto first = cache.get({"天枢工程", "青鸟系统"});
  auto again = cache.get({"青鸟系统", "天枢工程", "青鸟系统"});
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_EQ(first->get(), again->get());
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(finds_dictionary_term(**first, "明天讨论青鸟系统的上线"));
  EXPECT_FALSE(finds_dictionary_term(**first, "明天讨论新系统的上线"));
}

TEST(EngineCache, AChangedListIsAnotherEngine) {
  EngineCache cache(base());
  auto a = cache.get({"天枢工程"});
  auto b = cache.get({"天枢工程", "北斗计划"});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->get(), b->get());
  EXPECT_FALSE(finds_dictionary_term(**a, "北斗计划进展"));
  EXPECT_TRUE(finds_dictionary_term(**b, "北斗计划进展"));
}

TEST(EngineCache, KeepsOnlyTheMostRecentlyUsedSets) {
  EngineCache cache(base(), 2);
  auto a = cache.get({"甲项目"});
  auto b = cache.get({"乙项目"});
  ASSERT_TRUE(cache.get({"甲项目"}).ok());  // a is now the most recent
  auto c = cache.get({"丙项目"});           // evicts b
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.get({"甲项目"})->get(), a->get());
  EXPECT_NE(cache.get({"乙项目"})->get(), b->get());  // compiled anew
}

TEST(EngineCache, ManyThreadsAtOnceGetWorkingEngines) {
  EngineCache cache(base(), 4);
  std::vector<std::thread> threads;
  std::atomic<int> found{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      const std::string term = "代号" + std::to_string(i % 3);
      auto e = cache.get({term});
      if (e.ok() && finds_dictionary_term(**e, "关于" + term + "的通知")) ++found;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(found.load(), 8);
  EXPECT_LE(cache.size(), 4u);
}

}  // namespace
}  // namespace nc::check
