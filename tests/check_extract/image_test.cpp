#include <gtest/gtest.h>

#include <string>

#include "check/extract/extractor.h"
#include "samples.h"
#include "test_util.h"

namespace nc::check::extract {
namespace {

using namespace std::string_literals;
using testing::contains;
using testing::find_meta;
using testing::part_text;

Options without_ocr() {
  Options o;
  o.ocr = false;
  return o;
}

TEST(ImageMetadata, ReportsGpsCoordinatesInDecimalDegrees) {
  Result<ExtractedDocument> r = extract(testing::make_gps_jpeg(), without_ocr());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Jpeg);
  const MetaFinding* gps = find_meta(*r, kGpsLocation);
  ASSERT_NE(gps, nullptr);
  // 39°54'15.12" = 39.904200, 116°24'26.64" = 116.407400
  EXPECT_EQ(gps->value, "39.904200, 116.407400");
  EXPECT_TRUE(contains(gps->description, "GPS"));
}

TEST(ImageMetadata, ReportsTheDevice) {
  Result<ExtractedDocument> r = extract(testing::make_gps_jpeg(), without_ocr());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* make = find_meta(*r, kDeviceInfo, "品牌");
  ASSERT_NE(make, nullptr);
  EXPECT_EQ(make->value, "Huawei");
  ASSERT_NE(find_meta(*r, kDeviceInfo, "型号"), nullptr);
  EXPECT_EQ(find_meta(*r, kDeviceInfo, "型号")->value, "P60");
  ASSERT_NE(find_meta(*r, kDeviceInfo, "序列号"), nullptr);
  EXPECT_EQ(find_meta(*r, kDeviceInfo, "序列号")->value, "SN12345");
}

TEST(ImageMetadata, ReportsXmpLocationAndDevice) {
  Result<ExtractedDocument> r = extract(testing::make_xmp_jpeg(), without_ocr());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* gps = find_meta(*r, kGpsLocation, "GPS");
  ASSERT_NE(gps, nullptr);
  EXPECT_EQ(gps->location, "XMP GPS");
  EXPECT_EQ(gps->value, "39.904200, 116.407400");
  const MetaFinding* city = find_meta(*r, kGpsLocation, "城市");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->value, "北京");
  ASSERT_NE(find_meta(*r, kDeviceInfo, "型号"), nullptr);
}

TEST(ImageMetadata, ReportsNothingForAnImageWithoutMetadata) {
  Result<ExtractedDocument> r = extract(testing::read_fixture("classified_stamp.png"), without_ocr());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Png);
  EXPECT_TRUE(r->metadata.empty());
}

TEST(ImageMetadata, RejectsADamagedImage) {
  Result<ExtractedDocument> r = extract("\xFF\xD8\xFF\xE1\xFF\xFF garbage after a JPEG start"s, without_ocr());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorruptInput);
}

TEST(ImageMetadata, SurvivesTruncation) {
  const std::string jpeg = testing::make_gps_jpeg();
  for (std::size_t keep = 3; keep < jpeg.size(); keep += 7) {
    Result<ExtractedDocument> r = extract(jpeg.substr(0, keep));
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Code::kCorruptInput) << keep;
    }
  }
}

TEST(ImageMetadata, ReadsHeicAndWarnsThatItsTextWasNotChecked) {
  // exiv2 reads HEIC (BMFF); leptonica cannot decode it, so OCR is skipped
  // with a warning rather than silently.
  Result<ExtractedDocument> r = extract(testing::read_fixture("gray.heic"));
  ASSERT_TRUE(r.ok()) << r.status().code() << " " << r.status().message();
  EXPECT_EQ(r->format, Format::Heic);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_TRUE(contains(r->warnings[0], "文字未检查"));
}

TEST(ImageMetadata, RejectsAHeicContainerWithNothingInIt) {
  Result<ExtractedDocument> r = extract(
      "\0\0\0\x18"
      "ftypheic\0\0\0\0mif1heic"s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorruptInput);
}

// A PNG whose header claims 100 000 × 100 000 pixels, with no pixel data.
std::string huge_png() {
  std::string ihdr = "IHDR"s + "\x00\x01\x86\xA0"s + "\x00\x01\x86\xA0"s + "\x08\x00\x00\x00\x00"s;
  // CRC-32 of type and data.
  std::uint32_t crc = 0xFFFFFFFFu;
  for (const char ch : ihdr) {
    crc ^= static_cast<unsigned char>(ch);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  crc ^= 0xFFFFFFFFu;
  std::string out = "\x89PNG\r\n\x1A\n"s + "\x00\x00\x00\x0D"s + ihdr;
  for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((crc >> s) & 0xFF);
  return out + "\x00\x00\x00\x00IEND\xAE\x42\x60\x82"s;
}

TEST(ImageLimits, RejectsTooManyPixelsBeforeDecoding) {
  Result<ExtractedDocument> r = extract(huge_png());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
  EXPECT_TRUE(contains(r.status().message(), "像素"));
}

TEST(Ocr, ReadsAClassificationStampFromAnImage) {
  Result<ExtractedDocument> r = extract(testing::read_fixture("classified_stamp.png"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->warnings.empty()) << r->warnings.front();
  const std::string text = part_text(*r, "图片文字识别");
  // Tesseract separates CJK characters with spaces; the normaliser folds them.
  std::string folded;
  for (const char c : text)
    if (c != ' ') folded += c;
  EXPECT_TRUE(contains(folded, "机密")) << text;
  EXPECT_TRUE(contains(folded, "通知")) << text;
  RecordProperty("ocr_text", text);
}

TEST(Ocr, ReadsWebpAndTiffToo) {
  for (const char* name : {"classified_stamp.webp", "classified_stamp.tif"}) {
    Result<ExtractedDocument> r = extract(testing::read_fixture(name));
    ASSERT_TRUE(r.ok()) << name << ": " << r.status().message();
    EXPECT_TRUE(r->format == Format::Webp || r->format == Format::Tiff) << name;
    EXPECT_TRUE(contains(part_text(*r, "图片文字识别"), "机")) << name << ": " << part_text(*r, "图片文字识别");
  }
}

TEST(Ocr, GivesUpWhenTheOcrBudgetIsSpent) {
  Options o;
  o.limits.ocr_time_budget = std::chrono::milliseconds(1);
  Result<ExtractedDocument> r = extract(testing::read_fixture("classified_stamp.png"), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kTimeout);
}

TEST(Ocr, WarnsInsteadOfFailingWhenTheLanguageIsNotInstalled) {
  Options o;
  o.ocr_languages = "xyz_not_installed";
  Result<ExtractedDocument> r = extract(testing::read_fixture("classified_stamp.png"), o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_TRUE(contains(r->warnings[0], "未检查"));
}

}  // namespace
}  // namespace nc::check::extract
