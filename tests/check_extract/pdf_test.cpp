#include <gtest/gtest.h>

#include <string>

#include "check/extract/extractor.h"
#include "samples.h"
#include "test_util.h"

namespace nc::check::extract {
namespace {

using testing::contains;
using testing::find_meta;
using testing::make_pdf;
using testing::part_text;

// "机密★1年" in the ToUnicode-mapped Type0 font, then a Latin line.
const char* kStampedPage =
    "BT /F2 24 Tf 72 760 Td <00010002000300040005> Tj ET\n"
    "BT /F1 12 Tf 72 700 Td (Quarterly report) Tj ET";

TEST(Pdf, ReadsPageTextWithThePageAsLocation) {
  Result<ExtractedDocument> r = extract(make_pdf({{kStampedPage}, {"BT /F1 12 Tf 72 700 Td (Page two) Tj ET"}}));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Pdf);
  EXPECT_TRUE(contains(part_text(*r, "第1页"), "机密★1年")) << part_text(*r, "第1页");
  EXPECT_TRUE(contains(part_text(*r, "第1页"), "Quarterly report"));
  EXPECT_TRUE(contains(part_text(*r, "第2页"), "Page two"));
}

// The creator and producer name programs (WPS Writer, Skia/PDF): kept in
// the properties part, never reported as hidden content.
TEST(Pdf, ReportsTheAuthorNotTheProgramsThatMadeTheFile) {
  Result<ExtractedDocument> r = extract(make_pdf({{kStampedPage}}));
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* author = find_meta(*r, kHiddenContent, "作者");
  ASSERT_NE(author, nullptr);
  EXPECT_EQ(author->value, "张三");
  EXPECT_EQ(find_meta(*r, kHiddenContent, "创建程序"), nullptr);
  EXPECT_EQ(find_meta(*r, kHiddenContent, "生成程序"), nullptr);
  EXPECT_TRUE(contains(part_text(*r, "PDF 文档属性"), "Report"));
  EXPECT_TRUE(contains(part_text(*r, "PDF 文档属性"), "WPS Writer"));
}

TEST(Pdf, ReportsTextThatRunsOffThePage) {
  // Starts inside the right edge and runs far beyond it. Poppler's text
  // output keeps the glyphs that start inside the page and drops the rest, so
  // the box that straddles the edge is what reveals the hidden run.
  Result<ExtractedDocument> r =
      extract(make_pdf({{"BT /F1 12 Tf 560 400 Td (HIDDEN-BEYOND-THE-EDGE-OF-THE-PAGE) Tj ET"}}));
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* m = find_meta(*r, kHiddenContent, "页面可见区域之外");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->location, "第1页");
  EXPECT_EQ(m->value, "HIDDE");
}

TEST(Pdf, DoesNotReportTextInsideThePage) {
  Result<ExtractedDocument> r = extract(make_pdf({{kStampedPage}}));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(find_meta(*r, kHiddenContent, "页面可见区域之外"), nullptr);
}

TEST(PdfLimits, RejectsMorePagesThanTheLimit) {
  Options o;
  o.limits.max_pdf_pages = 2;
  Result<ExtractedDocument> r = extract(make_pdf({{"BT ET"}, {"BT ET"}, {"BT ET"}}), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
}

TEST(PdfLimits, RejectsAPdfHeaderFollowedByGarbage) {
  Result<ExtractedDocument> r = extract("%PDF-1.4\n\x01\x02 this is not a pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorruptInput);
}

TEST(PdfLimits, SurvivesTruncation) {
  const std::string pdf = make_pdf({{kStampedPage}, {kStampedPage}});
  for (std::size_t keep = 8; keep < pdf.size(); keep += pdf.size() / 23) {
    Result<ExtractedDocument> r = extract(pdf.substr(0, keep));
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Code::kCorruptInput) << keep;
    }
  }
}

}  // namespace
}  // namespace nc::check::extract
