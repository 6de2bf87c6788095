#include "check/text_input.h"

#include <gtest/gtest.h>

#include "check/dictionary.h"

namespace nc::check {
namespace {

TEST(DecodeText, KeepsUtf8ByteForByte) {
  auto r = decode_text("机密★1年");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->encoding, Encoding::Utf8);
  EXPECT_EQ(r->utf8, "机密★1年");
}

TEST(DecodeText, ConvertsGb18030) {
  // "机密" in GB18030/GBK: BB FA C3 DC
  auto r = decode_text("\xBB\xFA\xC3\xDC 2024");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->encoding, Encoding::Gb18030);
  EXPECT_EQ(r->utf8, "机密 2024");
}

TEST(DecodeText, ConvertsUtf16WithBom) {
  auto r = decode_text(std::string("\xFF\xFE\x3A\x67\xC6\x5B", 6));  // 机密 in UTF-16LE
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->encoding, Encoding::Utf16le);
  EXPECT_EQ(r->utf8, "机密");
}

TEST(DecodeText, RejectsBytesThatAreNeither) {
  EXPECT_FALSE(decode_text(std::string("\x80\xFF\x80", 3)).ok());
}

TEST(Dictionary, OneTermPerLineCommentsAndBlanksIgnored) {
  auto r = parse_dictionary("# 本单位\n天网工程\n\n  XK-9  \r\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, (std::vector<std::string>{"天网工程", "XK-9"}));
  EXPECT_FALSE(parse_dictionary(std::string(300, 'a')).ok());
  EXPECT_FALSE(parse_dictionary("\xff").ok());
}

}  // namespace
}  // namespace nc::check
