#include "check/engine.h"

#include <gtest/gtest.h>

#include <thread>

#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

std::shared_ptr<const Engine> make() {
  EngineOptions o;
  o.max_birth_year = 2026;
  auto r = Engine::create(o);
  EXPECT_TRUE(r.ok());
  return *r;
}

TEST(Engine, FindingsCarryOriginalOffsetsTopicSeverityAndSuggestion) {
  const std::string t = "张三，身份证号：11010519491231002X，电话 13812345678。";
  auto r = make()->check(t);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  const Finding& id = (*r)[0];
  EXPECT_EQ(id.detector, "pii.cn_resident_id");
  EXPECT_EQ(t.substr(id.start, id.end - id.start), "11010519491231002X");
  EXPECT_EQ(id.severity, Severity::High);
  EXPECT_EQ(id.topic, "personal_data");
  EXPECT_FALSE(id.suggestion.empty());
  EXPECT_EQ((*r)[1].detector, "pii.cn_mobile");
  EXPECT_EQ(t.substr((*r)[1].start, (*r)[1].end - (*r)[1].start), "13812345678");
}

TEST(Engine, EvasionSpansCoverTheWholeOriginalMarking) {
  const std::string t = "前言\n機 密★長期\n正文";
  auto r = make()->check(t);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].excerpt, "機 密★長期");
  EXPECT_EQ((*r)[0].topic, "secrets");
}

TEST(Engine, CleanTextHasNoFindings) {
  auto r = make()->check("各位党员同志：本周五下午三点召开支部大会，请准时参加。");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->empty());
  EXPECT_TRUE(make()->check("")->empty());
}

TEST(Engine, IsSafeFromManyThreads) {
  auto e = make();
  const std::string t = "秘密★1年\n电话13812345678，邮箱a@b.cn";
  std::vector<std::thread> threads;
  std::atomic<int> bad{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      for (int k = 0; k < 200; ++k) {
        auto r = e->check(t);
        if (!r.ok() || r->size() != 3) ++bad;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
}

TEST(Engine, TwoEnginesOnOneThreadShareScratchCorrectly) {
  auto a = make();
  EngineOptions o;
  o.dictionary = {"天网工程"};
  auto b = Engine::create(o);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ((*b)->check("天网工程")->size(), 1u);
  EXPECT_EQ(a->check("天网工程")->size(), 0u);
  EXPECT_EQ((*b)->check("天网工程")->size(), 1u);
}

TEST(Redact, MasksEachFindingAsItsAdviceSaysAndKeepsTheRest) {
  const std::string t = "电话13812345678，邮箱 zhangsan@example.com\n完";
  auto r = make()->check(t);
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(redact(t, *r), "电话138****5678，邮箱 z*******@example.com\n完");
}

TEST(Redact, NothingIsOfferedForATextWithASecretMarking) {
  const std::string t = "电话13812345678，机密★1年\n完";
  auto r = make()->check(t);
  ASSERT_EQ(r->size(), 2u);
  EXPECT_FALSE(maskable(*r));
  EXPECT_EQ(redact(t, *r), std::nullopt);
}

TEST(Redact, OverlappingAndOutOfRangeFindingsAreSafe) {
  std::vector<Finding> f(3);
  f[0].start = 0, f[0].end = 4, f[0].masked = "a**d";
  f[1].start = 2, f[1].end = 6, f[1].masked = "c**f";
  f[2].start = 5, f[2].end = 100, f[2].masked = "";  // ignored
  EXPECT_EQ(redact("abcdefgh", f), "******gh");
}

TEST(Registry, RejectsDuplicateDetectorIds) {
  std::vector<std::unique_ptr<Detector>> ds;
  ds.push_back(make_email());
  ds.push_back(make_email());
  EXPECT_FALSE(Registry::create(std::move(ds)).ok());
}

}  // namespace
}  // namespace nc::check
