#include "check/text_stream.h"

#include <gtest/gtest.h>

#include <random>

#include "check/text_input.h"
#include "common/utf8.h"

namespace nc::check {
namespace {

std::shared_ptr<const Engine> make() {
  EngineOptions o;
  o.max_birth_year = 2026;
  o.dictionary = {"天枢工程"};
  auto r = Engine::create(o);
  EXPECT_TRUE(r.ok());
  return *r;
}

const Engine& engine() {
  static const std::shared_ptr<const Engine> e = make();
  return *e;
}

void expect_same(const std::vector<Finding>& got, const std::vector<Finding>& want, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].detector, want[i].detector) << what << " #" << i;
    EXPECT_EQ(got[i].start, want[i].start) << what << " #" << i;
    EXPECT_EQ(got[i].end, want[i].end) << what << " #" << i;
    EXPECT_EQ(got[i].severity, want[i].severity) << what << " #" << i;
    EXPECT_EQ(got[i].excerpt, want[i].excerpt) << what << " #" << i;
  }
}

TEST(TextStream, FindingAcrossAWindowBoundaryIsFoundOnceAtItsOffsetInTheText) {
  const std::string mobile = "13812345678";
  const std::string id = "11010519491231002X";
  // Every cut through the numbers: the core boundary at 64 falls before,
  // inside and after them as the prefix grows.
  for (size_t shift = 30; shift < 70; ++shift) {
    const std::string text = std::string(shift, 'a') + "电话" + mobile + "，身份证号：" + id + "。\n";
    WindowOptions o;
    o.window = 64;
    o.before = 48;
    o.after = 48;
    auto r = check_text_windows(engine(), text, o);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->stop, StreamedCheck::Stop::kChecked);
    ASSERT_EQ(r->findings.size(), 2u) << shift;
    EXPECT_EQ(r->findings[0].detector, "pii.cn_mobile");
    EXPECT_EQ(r->findings[0].start, text.find(mobile)) << shift;
    EXPECT_EQ(r->findings[0].end, text.find(mobile) + mobile.size()) << shift;
    EXPECT_EQ(r->findings[1].detector, "pii.cn_resident_id");
    EXPECT_EQ(r->findings[1].start, text.find(id)) << shift;
    EXPECT_EQ(text.substr(r->findings[1].start, r->findings[1].end - r->findings[1].start), id);
    expect_same(r->findings, *engine().check(text), "shift " + std::to_string(shift));
  }
}

TEST(TextStream, WindowCutsAtCodePointsWhateverTheWindowSize) {
  const std::string text = "机密★1年\n会议纪要：内部资料，注意保存。联系电话13812345678\n天枢工程进展顺利";
  const auto whole = engine().check(text);
  ASSERT_TRUE(whole.ok());
  ASSERT_GE(whole->size(), 3u);
  for (size_t window = 1; window <= text.size() + 1; ++window) {
    WindowOptions o;
    o.window = window;
    auto r = check_text_windows(engine(), text, o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stop, StreamedCheck::Stop::kChecked);
    expect_same(r->findings, *whole, "window " + std::to_string(window));
  }
}

// Random texts of what the detectors look for, and what looks like it.
std::string random_text(std::mt19937_64& rng, size_t bytes, bool commas) {
  static const std::vector<std::string> kPieces = {
      "各位党员同志", "请准时参加", "会议纪要已上传", "秘密★1年", "机密★长期", "绝 密★启用前", "内部资料", "注意保存",
      "此件不予公开", "工作秘密", "京政发〔2024〕12号", "国办发〔2018〕119号", "13812345678", "138 1234 5678",
      "11010519491231002X", "6222021234567890128", "zhang@example.gov.cn", "E12345678", "天枢工程", "时间戳",
      "订单号", "电话", "身份证号：", "卡号", "护照", "密级", "★", "（", "）", "【", "】", "。", "；", " ", "  ",
      "\n", "\n", "\r\n", "a", "1", "22", "333", "一三八〇〇一三八〇〇〇", "&#9733;", "⭐", "幺", "〇", "&amp;",
      "\xE2\x80\x8B", "機密", "·", "-", "/", ".", "：", "＠", "@", "。com", "[at]"};
  std::string out;
  while (out.size() < bytes) {
    const std::string& p = kPieces[rng() % kPieces.size()];
    out += p;
    if (commas && rng() % 16 == 0) out += rng() % 2 ? "," : "\t";
  }
  return out;
}

TEST(TextStream, RandomTextsGiveTheFindingsOfTheWholeText) {
  std::mt19937_64 rng(20261207);
  for (int round = 0; round < 4; ++round) {
    // Tables (commas, tabs) make the context rules look far back: the
    // default overlap covers them.
    const std::string text = random_text(rng, 200 * 1024 + rng() % 4096, true);
    const auto whole = engine().check(text);
    ASSERT_TRUE(whole.ok());
    ASSERT_GT(whole->size(), 100u);
    WindowOptions o;
    o.window = 1024 + rng() % (96 * 1024);
    auto r = check_text_windows(engine(), text, o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->stop, StreamedCheck::Stop::kChecked);
    expect_same(r->findings, *whole, "round " + std::to_string(round) + " window " + std::to_string(o.window));
  }
  for (int round = 0; round < 20; ++round) {
    // Without tables the context stays within lines: small windows and
    // overlaps, many cuts.
    const std::string text = random_text(rng, 8 * 1024 + rng() % 8192, false);
    const auto whole = engine().check(text);
    ASSERT_TRUE(whole.ok());
    WindowOptions o;
    o.window = 16 + rng() % 2048;
    o.before = 8 * 1024;
    o.after = 4 * 1024 + 512;
    auto r = check_text_windows(engine(), text, o);
    ASSERT_TRUE(r.ok());
    expect_same(r->findings, *whole, "small round " + std::to_string(round) + " window " + std::to_string(o.window));
  }
}

TEST(TextStream, StopsAtInvalidUtf8OrANulByteAndReportsNoFindings) {
  const std::string before = "电话13812345678\n" + std::string(300, 'x');
  WindowOptions o;
  o.window = 64;
  auto bad = check_text_windows(engine(), before + "\xC3\x28" + "机密★1年", o);
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(bad->stop, StreamedCheck::Stop::kNotUtf8);
  EXPECT_EQ(bad->at, before.size());
  EXPECT_TRUE(bad->findings.empty());
  auto nul = check_text_windows(engine(), before + std::string(1, '\0') + "机密★1年", o);
  ASSERT_TRUE(nul.ok());
  EXPECT_EQ(nul->stop, StreamedCheck::Stop::kNulByte);
  EXPECT_EQ(nul->at, before.size());
  o.window = 0;
  EXPECT_FALSE(check_text_windows(engine(), before, o).ok());
}

// The byte-at-a-time definition the fast validator must agree with.
size_t reference_prefix(std::string_view s, bool stop_at_nul) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == 0 && stop_at_nul) return i;
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t c = 0;
    if (b >= 0xC2 && b <= 0xDF) len = 2, c = b & 0x1F;
    else if (b >= 0xE0 && b <= 0xEF) len = 3, c = b & 0x0F;
    else if (b >= 0xF0 && b <= 0xF4) len = 4, c = b & 0x07;
    else return i;
    if (i + len > s.size()) return i;
    for (size_t k = 1; k < len; ++k) {
      const auto cb = static_cast<unsigned char>(s[i + k]);
      if ((cb & 0xC0) != 0x80) return i;
      c = (c << 6) | (cb & 0x3F);
    }
    if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)))
      return i;
    i += len;
  }
  return s.size();
}

TEST(TextStream, FastValidatorAgreesWithTheDefinitionOfUtf8) {
  std::mt19937_64 rng(7);
  // Mostly valid text with a byte changed here and there, and edge cases
  // of three-byte sequences (E0 and ED second bytes, surrogates).
  const std::vector<std::string> pieces = {"机密", "abcdefgh", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xF0\x90\x80\x80",
                                           "\xF4\x8F\xBF\xBF", "\xC2\x80", "中文中文中文中文"};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t n = rng() % 64;
    for (size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    if (!s.empty() && rng() % 2) s[rng() % s.size()] = static_cast<char>(rng() % 256);
    if (!s.empty() && rng() % 4 == 0) s.resize(rng() % s.size());
    for (bool nul : {false, true}) {
      EXPECT_EQ(nc::utf8::valid_prefix(s, nul), reference_prefix(s, nul)) << round;
    }
    EXPECT_EQ(nc::utf8::valid(s), reference_prefix(s, false) == s.size());
  }
  for (const char* bad : {"\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xC0\x80", "\xFF"}) {
    const std::string s = std::string(20, 'a') + "中文中文中文中文" + bad + "中文";
    EXPECT_EQ(nc::utf8::valid_prefix(s), 20u + 24u);
  }
}

}  // namespace
}  // namespace nc::check
