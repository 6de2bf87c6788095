#include <gtest/gtest.h>

#include <string>

#include "check/extract/extractor.h"
#include "samples.h"
#include "test_util.h"

namespace nc::check::extract {
namespace {

using testing::contains;
using testing::find_meta;
using testing::make_zip;
using testing::part_text;

Result<ExtractedDocument> extract_entries(const testing::Entries& e, const Options& o = {}) {
  return extract(make_zip(e), o);
}

TEST(Docx, ReadsTheBodyInReadingOrder) {
  Result<ExtractedDocument> r = extract_entries(testing::docx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Docx);
  EXPECT_EQ(part_text(*r, "word/document.xml"), "正文第一段\n单元格甲\n单元格乙\n第二段新增的话结尾\n");
  EXPECT_EQ(part_text(*r, "word/header1.xml"), "内部资料\n");
}

TEST(Docx, ReportsCommentsAndKeepsTheirText) {
  Result<ExtractedDocument> r = extract_entries(testing::docx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(part_text(*r, "批注 1"), "请删除机密字样\n");
  const MetaFinding* m = find_meta(*r, kHiddenContent, "批注");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->location, "批注 1");
  EXPECT_TRUE(contains(m->description, "王五"));
  EXPECT_TRUE(contains(m->value, "请删除机密字样"));
}

TEST(Docx, ReportsTrackedInsertionsAndDeletionsWithTheirAuthor) {
  Result<ExtractedDocument> r = extract_entries(testing::docx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* ins = find_meta(*r, kHiddenContent, "插入");
  ASSERT_NE(ins, nullptr);
  EXPECT_EQ(ins->value, "新增的话");
  EXPECT_TRUE(contains(ins->description, "李四"));
  const MetaFinding* del = find_meta(*r, kHiddenContent, "删除");
  ASSERT_NE(del, nullptr);
  EXPECT_EQ(del->value, "旧的机密内容");
  // Deleted text is not in the body, but the detectors still read it.
  EXPECT_FALSE(contains(part_text(*r, "word/document.xml"), "旧的机密内容"));
  EXPECT_EQ(part_text(*r, "word/document.xml（修订中删除的文字）"), "旧的机密内容\n");
}

TEST(Docx, ReportsHiddenTextAndKeepsItOutOfTheBody) {
  Result<ExtractedDocument> r = extract_entries(testing::docx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* m = find_meta(*r, kHiddenContent, "隐藏文字");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->value, "隐藏的秘密");
  EXPECT_EQ(part_text(*r, "word/document.xml（隐藏文字）"), "隐藏的秘密\n");
  EXPECT_FALSE(contains(part_text(*r, "word/document.xml"), "隐藏的秘密"));
}

TEST(Docx, ReportsAuthorEditorAndCompany) {
  Result<ExtractedDocument> r = extract_entries(testing::docx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* author = find_meta(*r, kHiddenContent, "作者");
  ASSERT_NE(author, nullptr);
  EXPECT_EQ(author->value, "张三");
  EXPECT_EQ(author->location, "docProps/core.xml");
  ASSERT_NE(find_meta(*r, kHiddenContent, "最后修改者"), nullptr);
  EXPECT_EQ(find_meta(*r, kHiddenContent, "最后修改者")->value, "李四");
  ASSERT_NE(find_meta(*r, kHiddenContent, "单位"), nullptr);
  EXPECT_EQ(find_meta(*r, kHiddenContent, "单位")->value, "某某单位");
  EXPECT_TRUE(contains(part_text(*r, "文档属性"), "工作总结"));
}

// openpyxl, python-docx and Office's default accounts write a program's or
// an account's name where a person's goes: not reported.
TEST(Docx, AProgramOrDefaultAccountAsTheAuthorIsNotReported) {
  testing::Entries e = testing::docx_entries();
  testing::set_entry(e, "docProps/core.xml",
                     R"(<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties )"
                     R"(xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
                     R"(xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>openpyxl</dc:creator>)"
                     R"(<cp:lastModifiedBy>Microsoft Office User</cp:lastModifiedBy></cp:coreProperties>)");
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(find_meta(*r, kHiddenContent, "作者"), nullptr);
  EXPECT_EQ(find_meta(*r, kHiddenContent, "最后修改者"), nullptr);
  ASSERT_NE(find_meta(*r, kHiddenContent, "单位"), nullptr);  // the organisation still is
}

TEST(Docx, FindsTheMainPartThroughRelationshipsNotByName) {
  testing::Entries e = testing::docx_entries();
  for (auto& [name, content] : e) {
    if (name == "word/document.xml") name = "word/main2.xml";
    if (name == "word/_rels/document.xml.rels") name = "word/_rels/main2.xml.rels";
    if (name == "_rels/.rels") {
      const auto at = content.find("word/document.xml");
      content.replace(at, 17, "word/main2.xml");
    }
  }
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(contains(part_text(*r, "word/main2.xml"), "正文第一段"));
}

TEST(Docx, ReplacesInvalidUtf8SoTheDetectorsGetValidText) {
  testing::Entries e = testing::docx_entries();
  testing::set_entry(e, "word/document.xml",
                     "<w:document><w:body><w:p><w:r><w:t>a\xFF\xC0"
                     "b机密</w:t></w:r></w:p></w:body></w:document>");
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(part_text(*r, "word/document.xml"), "a\uFFFD\uFFFDb机密\n");
}

TEST(Xlsx, ReadsCellsWithSheetNameAndReference) {
  Result<ExtractedDocument> r = extract_entries(testing::xlsx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Xlsx);
  EXPECT_EQ(part_text(*r, "名单!A1"), "姓名");
  EXPECT_EQ(part_text(*r, "名单!B7"), "110101199003077777");
  EXPECT_EQ(part_text(*r, "名单!C7"), "13800138000");
  EXPECT_EQ(part_text(*r, "备份!A1"), "备份数据");
}

TEST(Xlsx, ReportsHiddenSheetsRowsAndComments) {
  Result<ExtractedDocument> r = extract_entries(testing::xlsx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const MetaFinding* sheet = find_meta(*r, kHiddenContent, "隐藏的工作表");
  ASSERT_NE(sheet, nullptr);
  EXPECT_EQ(sheet->location, "备份");
  const MetaFinding* row = find_meta(*r, kHiddenContent, "隐藏的行");
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->value, "3");
  const MetaFinding* comment = find_meta(*r, kHiddenContent, "批注");
  ASSERT_NE(comment, nullptr);
  EXPECT_EQ(comment->location, "名单!A1 批注");
  EXPECT_EQ(part_text(*r, "名单!A1 批注"), "核对身份证号");
}

TEST(Xlsx, IgnoresSharedStringIndexesOutOfRange) {
  testing::Entries e = testing::xlsx_entries();
  testing::set_entry(e, "xl/worksheets/sheet1.xml",
                     R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
                     R"(<row r="1"><c r="A1" t="s"><v>99999</v></c><c r="B1" t="s"><v>-1</v></c></row>)"
                     "</sheetData></worksheet>");
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(part_text(*r, "名单!A1"), "<none>");
}

TEST(Pptx, ReadsSlidesInOrderWithNotesAndHiddenSlides) {
  Result<ExtractedDocument> r = extract_entries(testing::pptx_entries());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Pptx);
  EXPECT_EQ(part_text(*r, "slide 1"), "第一张\n");
  EXPECT_EQ(part_text(*r, "slide 2"), "隐藏页\n");
  // The slide number field on the notes page is not a note.
  EXPECT_EQ(part_text(*r, "slide 2 备注"), "\n讲稿：机密数据\n");
  const MetaFinding* notes = find_meta(*r, kHiddenContent, "演讲者备注");
  ASSERT_NE(notes, nullptr);
  EXPECT_EQ(notes->location, "slide 2 备注");
  const MetaFinding* hidden = find_meta(*r, kHiddenContent, "隐藏的幻灯片");
  ASSERT_NE(hidden, nullptr);
  EXPECT_EQ(hidden->location, "slide 2");
  EXPECT_EQ(notes->value, "讲稿：机密数据");
}

TEST(Ooxml, RejectsAZipThatIsNoOfficeDocument) {
  Result<ExtractedDocument> r = extract_entries({{"readme.txt", "hello"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kUnsupportedFormat);
}

TEST(Ooxml, RejectsAPackageWhoseMainPartIsMissing) {
  testing::Entries e = testing::xlsx_entries();
  std::erase_if(e, [](const auto& entry) { return entry.first == "xl/workbook.xml"; });
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorruptInput);
}

TEST(Ooxml, RejectsATruncatedFile) {
  const std::string zip = make_zip(testing::docx_entries());
  for (const std::size_t keep : {zip.size() / 2, zip.size() - 10, std::size_t{30}}) {
    Result<ExtractedDocument> r = extract(zip.substr(0, keep));
    ASSERT_FALSE(r.ok()) << keep;
    EXPECT_EQ(r.status().code(), Code::kCorruptInput) << keep;
  }
}

TEST(Ooxml, RejectsMalformedXml) {
  testing::Entries e = testing::docx_entries();
  testing::set_entry(e, "word/document.xml", "<w:document><w:body><w:p>unclosed");
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorruptInput);
}

TEST(OoxmlLimits, StopsAZipBombAtThePerEntryLimit) {
  testing::Entries e = testing::docx_entries();
  testing::set_entry(e, "word/document.xml", std::string(4 * kMiB, ' '));
  const std::string zip = make_zip(e);
  ASSERT_LT(zip.size(), 64 * 1024u);  // it is a bomb: small outside, big inside
  Options o;
  o.limits.max_entry_bytes = 1 * kMiB;
  Result<ExtractedDocument> r = extract(zip, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
  EXPECT_TRUE(contains(r.status().message(), "压缩炸弹"));
  EXPECT_TRUE(contains(r.status().message(), "zip bomb"));
}

TEST(OoxmlLimits, StopsAZipBombWhoseHeadersUnderstateTheSize) {
  testing::Entries e = testing::docx_entries();
  testing::set_entry(e, "word/document.xml", std::string(4 * kMiB, ' '));
  std::string zip = make_zip(e);
  // Overwrite the declared uncompressed size (local header offset 22, central
  // directory offset 24) of that entry with 100 bytes.
  const std::string name = "word/document.xml";
  for (std::size_t at = zip.find(name); at != std::string::npos; at = zip.find(name, at + 1)) {
    const bool central = at >= 46 && zip.compare(at - 46, 4, "PK\x01\x02") == 0;
    const bool local = at >= 30 && zip.compare(at - 30, 4, "PK\x03\x04") == 0;
    const std::size_t size_field = central ? at - 46 + 24 : local ? at - 30 + 22 : 0;
    if (!size_field) continue;
    zip[size_field] = 100;
    zip[size_field + 1] = zip[size_field + 2] = zip[size_field + 3] = 0;
  }
  Options o;
  o.limits.max_entry_bytes = 1 * kMiB;
  Result<ExtractedDocument> r = extract(zip, o);
  ASSERT_FALSE(r.ok());
  // libzip may notice the lie itself (corrupt) or we stop it at the limit.
  EXPECT_TRUE(r.status().code() == Code::kLimitExceeded || r.status().code() == Code::kCorruptInput) << r.status().code();
}

TEST(OoxmlLimits, StopsAtTheTotalInflatedLimit) {
  testing::Entries e = testing::docx_entries();
  const std::string big = "<w:hdr>" + std::string(600 * 1024, ' ') + "</w:hdr>";
  testing::set_entry(e, "word/header1.xml", big);
  testing::set_entry(e, "word/document.xml", big);
  Options o;
  o.limits.max_entry_bytes = 1 * kMiB;
  o.limits.max_total_inflated_bytes = 1 * kMiB;
  Result<ExtractedDocument> r = extract_entries(e, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
  EXPECT_TRUE(contains(r.status().message(), "total limit"));
}

TEST(OoxmlLimits, RejectsTooManyEntries) {
  testing::Entries e = testing::docx_entries();
  for (int i = 0; i < 50; ++i) e.emplace_back("junk/" + std::to_string(i), "x");
  Options o;
  o.limits.max_zip_entries = 40;
  Result<ExtractedDocument> r = extract_entries(e, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
}

TEST(OoxmlLimits, RejectsDeeplyNestedXml) {
  testing::Entries e = testing::docx_entries();
  std::string deep;
  for (int i = 0; i < 100'000; ++i) deep += "<w:sdt>";
  for (int i = 0; i < 100'000; ++i) deep += "</w:sdt>";
  testing::set_entry(e, "word/document.xml", "<w:document><w:body>" + deep + "</w:body></w:document>");
  Result<ExtractedDocument> r = extract_entries(e);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
  EXPECT_TRUE(contains(r.status().message(), "nesting"));
}

TEST(OoxmlLimits, RejectsTooManyXmlNodes) {
  testing::Entries e = testing::docx_entries();
  std::string wide;
  for (int i = 0; i < 10'000; ++i) wide += "<w:p/>";
  testing::set_entry(e, "word/document.xml", "<w:document><w:body>" + wide + "</w:body></w:document>");
  Options o;
  o.limits.max_xml_nodes = 5'000;
  Result<ExtractedDocument> r = extract_entries(e, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kLimitExceeded);
}

TEST(OoxmlLimits, GivesUpWhenTheTimeBudgetIsSpent) {
  Options o;
  o.limits.total_time_budget = std::chrono::milliseconds(0);
  Result<ExtractedDocument> r = extract_entries(testing::docx_entries(), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kTimeout);
}

}  // namespace
}  // namespace nc::check::extract
