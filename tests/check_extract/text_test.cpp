#include <gtest/gtest.h>

#include <string>

#include "check/extract/extractor.h"
#include "test_util.h"

namespace nc::check::extract {
namespace {

using namespace std::string_literals;
using testing::part_text;

TEST(PlainText, KeepsUtf8AsItIs) {
  Result<ExtractedDocument> r = extract("机密★1年\n正文");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Text);
  EXPECT_EQ(part_text(*r, "正文"), "机密★1年\n正文");
}

TEST(PlainText, ConvertsGb18030ToUtf8) {
  // "机密文件" in GB18030 (GBK range).
  Result<ExtractedDocument> r = extract("\xBB\xFA\xC3\xDC\xCE\xC4\xBC\xFE"s);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(part_text(*r, "正文"), "机密文件");
}

TEST(PlainText, ConvertsUtf16WithByteOrderMark) {
  Result<ExtractedDocument> r = extract("\xFF\xFE\x3A\x67\xC6\x5B"s);  // 机密, UTF-16LE
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(part_text(*r, "正文"), "机密");
}

TEST(PlainText, RejectsBinaryThatIsNoKnownFormat) {
  Result<ExtractedDocument> r = extract("\x01\x02\x00\x00\x7F garbage"s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kUnsupportedFormat);
}

TEST(PlainText, RejectsLegacyOfficeFilesWithAnActionableMessage) {
  Result<ExtractedDocument> r = extract("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of a .doc"s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kUnsupportedFormat);
  EXPECT_NE(r.status().message().find(".docx"), std::string::npos);
}

TEST(InputLimits, RejectsInputLargerThanTheLimitBeforeReadingIt) {
  Options o;
  o.limits.max_input_bytes = 10;
  Result<ExtractedDocument> r = extract("01234567890", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
  EXPECT_NE(r.status().message().find("文件过大"), std::string::npos);
  EXPECT_NE(r.status().message().find("larger than the limit"), std::string::npos);
}

TEST(InputLimits, RejectsMoreTextThanTheLimit) {
  Options o;
  o.limits.max_text_bytes = 4;
  Result<ExtractedDocument> r = extract("机密文件", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
}

TEST(InputLimits, RejectsAnEmptyFile) {
  Result<ExtractedDocument> r = extract("");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalidInput);
}

}  // namespace
}  // namespace nc::check::extract
