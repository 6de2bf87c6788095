// Every metadata item the extractors report is of a kind check/metadata.h
// lists, with its detector, advice and a place in a member's words — for the
// sample Word, Excel, PowerPoint, PDF and photo files, read directly and
// through the sandbox's wire format.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "check/extract/extractor.h"
#include "check/extract/worker_protocol.h"
#include "check/report_json.h"
#include "samples.h"

namespace nc::check::extract {
namespace {

std::vector<std::string> sample_files() {
  return {testing::make_zip(testing::docx_entries()),
          testing::make_zip(testing::xlsx_entries()),
          testing::make_zip(testing::pptx_entries()),
          testing::make_pdf({{"BT /F1 12 Tf 72 700 Td (Page) Tj ET"}}),
          testing::make_gps_jpeg(),
          testing::make_xmp_jpeg()};
}

bool internal_name(const std::string& s) {
  for (const char* n : {".xml", "docProps", "Exif.", "Xmp.", "Iptc.", "EXIF", "XMP", "slide ", "word/", "xl/", "ppt/"})
    if (s.find(n) != std::string::npos) return true;
  return false;
}

TEST(MetadataKinds, EveryItemTheExtractorsReportHasAKindAdviceAndAPlace) {
  Options o;
  o.ocr = false;
  std::set<std::string> seen;
  for (const std::string& file : sample_files()) {
    Result<ExtractedDocument> direct = extract(file, o);
    ASSERT_TRUE(direct.ok()) << direct.status().message();
    Result<ExtractedDocument> wired = decode_result(encode_result(direct), o.limits);
    ASSERT_TRUE(wired.ok()) << wired.status().message();
    ASSERT_EQ(wired->metadata.size(), direct->metadata.size());
    for (const MetaFinding& m : wired->metadata) {
      SCOPED_TRACE(m.kind + " " + m.location + " " + m.description);
      const MetadataKind* kind = find_metadata_kind(m.kind);
      ASSERT_NE(kind, nullptr);
      EXPECT_EQ(kind->detector, m.id);
      EXPECT_FALSE(kind->suggestion.empty());
      const MetadataFinding reported{m.id, m.kind, m.location, m.description, m.value};
      EXPECT_FALSE(internal_name(place_of(reported))) << place_of(reported);
      seen.insert(m.kind);
    }
  }
  // The samples hold each of these; a kind the extractors stop reporting (or
  // report under another key) fails here.
  for (const char* kind : {meta::kDocProperty, meta::kPdfProperty, meta::kComment, meta::kTrackedChange,
                           meta::kHiddenText, meta::kSpeakerNotes, meta::kHiddenSlide, meta::kHiddenSheet,
                           meta::kHiddenRowsColumns, meta::kGps, meta::kPlaceName, meta::kDevice})
    EXPECT_TRUE(seen.count(kind)) << kind;
}

TEST(MetadataKinds, TheWireRefusesAKindThatIsNotItsDetectors) {
  Options o;
  o.ocr = false;
  Result<ExtractedDocument> doc = extract(testing::make_gps_jpeg(), o);
  ASSERT_TRUE(doc.ok());
  ASSERT_FALSE(doc->metadata.empty());
  doc->metadata.front().kind = meta::kComment;  // a document's kind on a photo's GPS detector
  EXPECT_FALSE(decode_result(encode_result(doc), o.limits).ok());
}

}  // namespace
}  // namespace nc::check::extract
