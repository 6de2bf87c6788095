// The child process that reads PDF and images (server/extract_sandbox.h) and
// the answer it sends back (check/extract/worker_protocol.h): a round trip,
// and every way a child can go wrong — garbled or cut-short output, a
// non-zero exit, a signal, a hang — mapped to its Status. The children here
// are shell scripts standing in for `netconduct extract-worker`; the real
// worker is exercised by the check API and CLI tests.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "check/extract/worker_protocol.h"
#include "server/extract_sandbox.h"

namespace nc::server {
namespace {

namespace fs = std::filesystem;
using check::extract::decode_result;
using check::extract::encode_result;
using check::extract::ExtractedDocument;
using check::extract::Format;
using check::extract::Limits;

ExtractedDocument sample() {
  ExtractedDocument doc;
  doc.format = Format::Pdf;
  doc.parts = {{"第1页", "内部资料 注意保存"}, {"第2页", std::string(70'000, 'x')}};
  doc.metadata = {{check::extract::kHiddenContent, check::meta::kPdfProperty, "PDF 文档属性", "PDF 属性：作者", "张三"}};
  doc.warnings = {"此图片格式无法进行文字识别"};
  return doc;
}

void expect_same(const ExtractedDocument& a, const ExtractedDocument& b) {
  EXPECT_EQ(a.format, b.format);
  ASSERT_EQ(a.parts.size(), b.parts.size());
  for (size_t i = 0; i < a.parts.size(); ++i) {
    EXPECT_EQ(a.parts[i].location, b.parts[i].location);
    EXPECT_EQ(a.parts[i].text, b.parts[i].text);
  }
  ASSERT_EQ(a.metadata.size(), b.metadata.size());
  EXPECT_EQ(a.metadata[0].id, b.metadata[0].id);
  EXPECT_EQ(a.metadata[0].kind, b.metadata[0].kind);
  EXPECT_EQ(a.metadata[0].value, b.metadata[0].value);
  EXPECT_EQ(a.warnings, b.warnings);
}

TEST(WorkerProtocol, ADocumentAndAnErrorGoThereAndBack) {
  auto back = decode_result(encode_result(sample()), Limits{});
  ASSERT_TRUE(back.ok()) << back.status().message();
  expect_same(*back, sample());

  auto error =
      decode_result(encode_result(Status::Error(Code::kLimitExceeded, "图片像素过多 / too many pixels")), Limits{});
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.status().code(), Code::kLimitExceeded);
  EXPECT_EQ(error.status().message(), "图片像素过多 / too many pixels");
}

TEST(WorkerProtocol, EveryCutShortAnswerIsRefused) {
  const std::string whole = encode_result(sample());
  for (size_t n = 0; n < whole.size(); n += (n < 200 ? 1 : 997)) {
    auto r = decode_result(std::string_view(whole).substr(0, n), Limits{});
    ASSERT_FALSE(r.ok()) << "cut at " << n;
    EXPECT_EQ(r.status().code(), Code::kCorruptInput);
  }
  EXPECT_FALSE(decode_result(whole + "x", Limits{}).ok()) << "trailing bytes";
}

TEST(WorkerProtocol, WhatTheChildCannotHaveMeantIsRefused) {
  auto refused = [](const std::string& bytes, const Limits& limits = {}) {
    auto r = decode_result(bytes, limits);
    return !r.ok() && r.status().code() == Code::kCorruptInput;
  };
  const std::string good = encode_result(sample());
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_TRUE(refused(bad_magic));
  std::string bad_format = good;
  bad_format[5] = static_cast<char>(200);
  EXPECT_TRUE(refused(bad_format));
  // A count far beyond what follows.
  std::string huge_count = good;
  huge_count[6] = huge_count[7] = huge_count[8] = static_cast<char>(0xFF);
  EXPECT_TRUE(refused(huge_count));

  ExtractedDocument doc = sample();
  doc.parts[0].text = "\xFF\xFE not UTF-8";
  EXPECT_TRUE(refused(encode_result(doc)));
  doc = sample();
  doc.metadata[0].id = "secret.made_up";
  EXPECT_TRUE(refused(encode_result(doc)));
  doc = sample();
  doc.metadata[0].kind = "doc.made_up";
  EXPECT_TRUE(refused(encode_result(doc)));
  EXPECT_TRUE(refused(encode_result(Status::Error(Code::kInternal, "x")))) << "only the codes extract() gives";
  Limits small;
  small.max_text_bytes = 1000;
  EXPECT_TRUE(refused(encode_result(sample()), small)) << "more text than the limit";
}

class Sandbox : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("nc-sandbox-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string file(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  // A child that runs `script` (sh -c); the worker's options follow as $1…
  static SandboxOptions script(const std::string& script) {
    SandboxOptions o;
    o.command = {"/bin/sh", "-c", script, "worker"};
    o.wall_time = std::chrono::milliseconds(20'000);
    return o;
  }

  static Result<ExtractedDocument> run(const SandboxOptions& o, const std::string& input = "%PDF-1.4 …") {
    return ExtractSandbox(o).run(input, check::extract::Options{});
  }

  fs::path dir_;
};

TEST_F(Sandbox, AChildsAnswerComesBackWhole) {
  const std::string answer = file("answer", encode_result(sample()));
  // The child reads all of its input first, as the worker does.
  auto r = run(script("cat >/dev/null; cat " + answer), std::string(3 << 20, 'p'));
  ASSERT_TRUE(r.ok()) << r.status().message();
  expect_same(*r, sample());
}

TEST_F(Sandbox, AChildsErrorIsItsStatus) {
  const std::string answer =
      file("answer", encode_result(Status::Error(Code::kUnsupportedFormat, "PDF 已加密 / encrypted")));
  auto r = run(script("cat >/dev/null; cat " + answer));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kUnsupportedFormat);
}

TEST_F(Sandbox, GarbledOrCutShortOutputIsRefused) {
  const std::string answer = file("answer", encode_result(sample()));
  for (const std::string& s : {std::string("cat >/dev/null; printf 'NCX1garbage'"),
                               "cat >/dev/null; head -c 100 " + answer, std::string("cat >/dev/null")}) {
    auto r = run(script(s));
    ASSERT_FALSE(r.ok()) << s;
    EXPECT_EQ(r.status().code(), Code::kCorruptInput) << s;
  }
}

TEST_F(Sandbox, AChildThatDiesOrExitsNonZeroIsOverItsLimit) {
  const std::string answer = file("answer", encode_result(sample()));
  for (const std::string& s : {std::string("exit 3"), std::string("kill -SEGV $$"), std::string("kill -ABRT $$"),
                               "cat " + answer + "; exit 1", std::string("kill -KILL $$")}) {
    auto r = run(script(s));
    ASSERT_FALSE(r.ok()) << s;
    EXPECT_EQ(r.status().code(), Code::kLimitExceeded) << s;
  }
  auto cpu = run(script("kill -XCPU $$"));
  ASSERT_FALSE(cpu.ok());
  EXPECT_EQ(cpu.status().code(), Code::kTimeout) << "out of CPU time";
}

TEST_F(Sandbox, AHangingChildIsKilledByTheWallClock) {
  // One that never reads its input (the parent's writes would block), one
  // that read it and never answers, one that closed its output and lingers.
  for (const std::string& s : {std::string("exec sleep 600"), std::string("cat >/dev/null; exec sleep 600"),
                               std::string("cat >/dev/null; exec 1>&-; exec sleep 600")}) {
    SandboxOptions o = script(s);
    o.wall_time = std::chrono::milliseconds(300);
    auto r = run(o, std::string(4 << 20, 'p'));
    ASSERT_FALSE(r.ok()) << s;
    EXPECT_EQ(r.status().code(), Code::kTimeout) << s;
  }
}

TEST_F(Sandbox, AnswersLongerThanTheLimitAreNotRead) {
  SandboxOptions o = script("cat >/dev/null; head -c 100000000 /dev/zero");
  check::extract::Options options;
  options.limits.max_text_bytes = 1000;
  auto r = ExtractSandbox(o).run("x", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
}

TEST_F(Sandbox, BeyondItsChildrenTheSandboxIsBusy) {
  const fs::path started = dir_ / "started";
  SandboxOptions o = script(": > " + started.string() + "; cat >/dev/null; exec sleep 600");
  o.max_children = 1;
  o.wall_time = std::chrono::milliseconds(5'000);
  const ExtractSandbox sandbox(o);
  auto first = std::async(std::launch::async, [&] { return sandbox.run("x", check::extract::Options{}); });
  for (int i = 0; i < 3000 && !fs::exists(started); ++i) {  // hang guard: 30 s
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(fs::exists(started)) << "the first child never started";
  auto second = sandbox.run("x", check::extract::Options{});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Code::kBusy);
  EXPECT_EQ(first.get().status().code(), Code::kTimeout);
}

TEST_F(Sandbox, AChildThatCannotStartIsBusyNotACrash) {
  SandboxOptions o;
  o.command = {(dir_ / "no-such-program").string()};
  auto r = run(o);
  ASSERT_FALSE(r.ok());
  // posix_spawn reports a missing program either itself or as exit 127.
  EXPECT_TRUE(r.status().code() == Code::kBusy || r.status().code() == Code::kLimitExceeded) << r.status().code();
}

}  // namespace
}  // namespace nc::server
