#include "check/extract/format.h"

#include <gtest/gtest.h>

#include <string>

namespace nc::check::extract {
namespace {

using namespace std::string_literals;

TEST(Sniff, RecognisesFormatsByTheirMagicBytes) {
  EXPECT_EQ(sniff("PK\x03\x04rest"s), Format::Zip);
  EXPECT_EQ(sniff("%PDF-1.7\n"), Format::Pdf);
  EXPECT_EQ(sniff("\xFF\xD8\xFF\xE0"s), Format::Jpeg);
  EXPECT_EQ(sniff("\x89PNG\r\n\x1A\n...."s), Format::Png);
  EXPECT_EQ(sniff("II*\0...."s), Format::Tiff);
  EXPECT_EQ(sniff("MM\0*...."s), Format::Tiff);
  EXPECT_EQ(sniff("RIFF\x10\0\0\0WEBPVP8 "s), Format::Webp);
  EXPECT_EQ(sniff("\0\0\0\x18"
                  "ftypheic\0\0\0\0"s),
            Format::Heic);
  EXPECT_EQ(sniff("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s), Format::OleCompound);
}

TEST(Sniff, FindsThePdfHeaderAfterLeadingJunk) { EXPECT_EQ(sniff(std::string(100, ' ') + "%PDF-1.4"), Format::Pdf); }

TEST(Sniff, TreatsAnythingElseAsTextToTry) {
  EXPECT_EQ(sniff("机密★1年"), Format::Text);
  EXPECT_EQ(sniff("PK but not a zip"), Format::Text);
  EXPECT_EQ(sniff("RIFF\x10\0\0\0WAVEfmt "s), Format::Text);
}

}  // namespace
}  // namespace nc::check::extract
