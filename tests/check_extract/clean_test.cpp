// The cleaner (check/extract/clean.h) on documents and photos built in the
// test: what goes, what stays, and that the copy reads back.
#include "check/extract/clean.h"

#include <gtest/gtest.h>

#include <exiv2/exiv2.hpp>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <string>

#include "check/engine.h"
#include "check/extract/extractor.h"
#include "ooxml/package.h"
#include "ooxml/zip_archive.h"
#include "samples.h"
#include "test_util.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // exiv2 0.27's std::auto_ptr

namespace nc::check::extract {
namespace {

using testing::contains;
using testing::Entries;
using testing::find_meta;
using testing::make_zip;
using testing::set_entry;

// The cleaned zip's entries, by name.
std::map<std::string, std::string> unzip(const std::string& bytes) {
  ooxml::Budget budget{ooxml::Limits{}};
  auto zip = ooxml::ZipArchive::open(bytes, budget);
  EXPECT_TRUE(zip.ok());
  std::map<std::string, std::string> out;
  if (!zip.ok()) return out;
  for (const std::string& n : zip->names()) out[n] = zip->read(n).value();
  return out;
}

// What Office checks first when it opens a package: every content type
// override names a part that is there, and every internal relationship of
// every part points to a part that is there. "" when so, else what is wrong.
std::string dangling(const std::map<std::string, std::string>& entries) {
  std::string wrong;
  pugi::xml_document types;
  types.load_string(entries.at("[Content_Types].xml").c_str());
  for (const pugi::xml_node& o : types.document_element().children("Override")) {
    const std::string part = std::string(o.attribute("PartName").value()).substr(1);
    if (!entries.count(part)) wrong += "override without part: " + part + "\n";
  }
  for (const auto& [name, data] : entries) {
    const auto rels_dir = name.find("_rels/");
    if (rels_dir == std::string::npos || name.size() < 5 || name.substr(name.size() - 5) != ".rels") continue;
    const std::string source = name.substr(0, rels_dir) + name.substr(rels_dir + 6, name.size() - rels_dir - 11);
    pugi::xml_document rels;
    rels.load_string(data.c_str());
    for (const pugi::xml_node& r : rels.document_element().children("Relationship")) {
      if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
      const std::string target = ooxml::resolve_part(source, r.attribute("Target").value());
      if (!entries.count(target)) wrong += name + " points to a missing " + target + "\n";
    }
  }
  return wrong;
}

bool anywhere(const std::map<std::string, std::string>& entries, std::string_view what) {
  for (const auto& [name, data] : entries)
    if (contains(data, what)) return true;
  return false;
}

bool has_line(const std::vector<std::string>& lines, std::string_view what) {
  for (const std::string& l : lines)
    if (l == what) return true;
  return false;
}

std::string report(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + " | ";
  return s;
}

// One page of text (Helvetica), its Info with Author, Creator, Producer and Title.
std::string make_pdf_sample() { return testing::make_pdf({{"BT /F1 12 Tf 72 700 Td (Quarterly plan) Tj ET"}}); }

Options without_ocr() {
  Options o;
  o.ocr = false;
  return o;
}

// Declares the content type of `part` as Office does ([Content_Types].xml is entry 0).
void add_override(Entries& e, const std::string& part, const std::string& type) {
  std::string types = e[0].second;
  types.insert(types.find("</Types>"), R"(<Override PartName="/)" + part + R"(" ContentType=")" + type + R"("/>)");
  set_entry(e, "[Content_Types].xml", types);
}

Entries docx_with_comment_type() {
  Entries e = testing::docx_entries();
  add_override(e, "word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml");
  return e;
}

TEST(CleanDocx, AcceptingRemovesCommentsRevisionsHiddenTextAndAuthors) {
  const std::string original = make_zip(docx_with_comment_type());
  Result<CleanedFile> r = clean(original);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Docx);
  EXPECT_TRUE(has_line(r->removed, "批注 1 条")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "修订 2 处（已接受）")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "隐藏文字 1 处")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "文档属性（作者、最后修改者、单位）")) << report(r->removed);
  EXPECT_EQ(r->revisions, 2);

  const auto entries = unzip(r->bytes);
  EXPECT_EQ(dangling(entries), dangling(unzip(original)));  // no reference broken by cleaning
  EXPECT_EQ(entries.count("word/comments.xml"), 0u);
  EXPECT_FALSE(contains(entries.at("word/_rels/document.xml.rels"), "comments"));
  EXPECT_FALSE(contains(entries.at("[Content_Types].xml"), "comments"));
  const std::string& doc = entries.at("word/document.xml");
  EXPECT_TRUE(contains(doc, "新增的话"));
  EXPECT_TRUE(contains(doc, "结尾"));
  EXPECT_TRUE(contains(doc, R"(<w:t xml:space="preserve">第二段</w:t>)"));
  EXPECT_FALSE(contains(doc, "旧的机密内容"));
  EXPECT_FALSE(contains(doc, "隐藏的秘密"));
  EXPECT_FALSE(contains(doc, "commentRange"));
  EXPECT_FALSE(contains(doc, "w:ins"));
  EXPECT_FALSE(anywhere(entries, "张三"));
  EXPECT_FALSE(anywhere(entries, "李四"));
  EXPECT_FALSE(anywhere(entries, "王五"));
  EXPECT_FALSE(anywhere(entries, "某某单位"));
  EXPECT_TRUE(contains(entries.at("docProps/core.xml"), "工作总结"));  // the title is the member's text

  // The copy reads back, and finds nothing hidden.
  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(find_meta(*again, kHiddenContent), nullptr);
  EXPECT_TRUE(r->remaining.empty()) << report(r->remaining);
  EXPECT_EQ(testing::part_text(*again, "word/header1.xml"), "内部资料\n");
}

TEST(CleanDocx, RejectingKeepsTheDeletedTextAndDropsTheInserted) {
  CleanOptions o;
  o.revisions = Revisions::kReject;
  Result<CleanedFile> r = clean(make_zip(testing::docx_entries()), o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(has_line(r->removed, "修订 2 处（已拒绝）")) << report(r->removed);
  const std::string doc = unzip(r->bytes).at("word/document.xml");
  EXPECT_TRUE(contains(doc, "<w:t>旧的机密内容</w:t>"));
  EXPECT_FALSE(contains(doc, "delText"));
  EXPECT_FALSE(contains(doc, "新增的话"));
  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(find_meta(*again, kHiddenContent), nullptr);
  EXPECT_TRUE(contains(testing::part_text(*again, "word/document.xml"), "第二段旧的机密内容结尾"));
}

Entries docx_with_body(const std::string& body) {
  Entries e = testing::docx_entries();
  set_entry(
      e, "word/document.xml",
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
          body + "</w:body></w:document>");
  return e;
}

TEST(CleanDocx, PropertyChangesAndTableRows) {
  const std::string body =
      R"(<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="甲"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>改了格式</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:ins w:id="7" w:author="甲"/><w:u/><w:rPrChange w:id="8" w:author="甲"><w:rPr/></w:rPrChange></w:rPr><w:pPrChange w:id="9" w:author="甲"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>段落</w:t></w:r></w:p>)"
      R"(<w:tbl><w:tr><w:trPr><w:del w:id="6" w:author="甲"/></w:trPr><w:tc><w:p><w:r><w:t>删掉的行</w:t></w:r></w:p></w:tc></w:tr>)"
      R"(<w:tr><w:tc><w:p><w:r><w:t>留下的行</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>)";
  Result<CleanedFile> accepted = clean(make_zip(docx_with_body(body)));
  ASSERT_TRUE(accepted.ok()) << accepted.status().message();
  EXPECT_EQ(accepted->revisions, 5);
  std::string doc = unzip(accepted->bytes).at("word/document.xml");
  EXPECT_TRUE(contains(doc, R"(<w:pPr><w:jc w:val="center"/><w:rPr><w:u/></w:rPr></w:pPr>)")) << doc;
  EXPECT_TRUE(contains(doc, "<w:rPr><w:b/></w:rPr><w:t>改了格式</w:t>")) << doc;
  EXPECT_FALSE(contains(doc, "删掉的行"));
  EXPECT_TRUE(contains(doc, "留下的行"));
  EXPECT_FALSE(contains(doc, "vanish"));  // a hidden paragraph mark is shown

  CleanOptions reject;
  reject.revisions = Revisions::kReject;
  Result<CleanedFile> rejected = clean(make_zip(docx_with_body(body)), reject);
  ASSERT_TRUE(rejected.ok()) << rejected.status().message();
  doc = unzip(rejected->bytes).at("word/document.xml");
  EXPECT_TRUE(contains(doc, "<w:rPr><w:i/></w:rPr><w:t>改了格式</w:t>")) << doc;
  // The paragraph's own properties as they were; its mark's, too (none).
  EXPECT_TRUE(contains(doc, R"(<w:pPr><w:jc w:val="left"/><w:rPr/></w:pPr>)")) << doc;
  EXPECT_TRUE(contains(doc, "删掉的行"));
  EXPECT_FALSE(contains(doc, "trPr><w:del"));
}

TEST(CleanXlsx, RemovesCommentsAndEmptiesHiddenSheetsAndTheirStrings) {
  Entries e = testing::xlsx_entries();
  add_override(e, "xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
  const char* ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  set_entry(
      e, "xl/sharedStrings.xml",
      std::string("<sst ") + ns +
          R"(><si><t>姓名</t></si><si><r><t>1101011990</t></r><r><t>03077777</t></r></si><si><t>备份秘密</t></si></sst>)");
  set_entry(
      e, "xl/worksheets/sheet2.xml",
      std::string("<worksheet ") + ns +
          R"(><dimension ref="A1:B1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>备份数据</t></is></c><c r="B1" t="s"><v>2</v></c></row></sheetData></worksheet>)");
  const std::string original = make_zip(e);
  Result<CleanedFile> r = clean(original);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Xlsx);
  EXPECT_TRUE(has_line(r->removed, "批注 1 条")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "隐藏的工作表 1 张（内容已清空，保留空白工作表）")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "文档属性（作者、最后修改者）")) << report(r->removed);
  const auto entries = unzip(r->bytes);
  EXPECT_EQ(dangling(entries), dangling(unzip(original)));  // no reference broken by cleaning
  EXPECT_FALSE(anywhere(entries, "备份数据"));
  EXPECT_FALSE(anywhere(entries, "备份秘密"));
  EXPECT_FALSE(anywhere(entries, "核对身份证号"));
  EXPECT_FALSE(anywhere(entries, "赵六"));
  EXPECT_TRUE(contains(entries.at("xl/sharedStrings.xml"), "姓名"));
  EXPECT_TRUE(contains(entries.at("xl/workbook.xml"), R"(name="备份")"));  // the sheet is still there, hidden
  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(testing::part_text(*again, "名单!B7"), "110101199003077777");
  EXPECT_EQ(find_meta(*again, kHiddenContent, "批注"), nullptr);
  // What the cleaner does not touch is said: the hidden row stays, and the
  // hidden (now empty) sheet is still reported by name.
  EXPECT_TRUE(has_line(r->remaining, "隐藏的行")) << report(r->remaining);
}

TEST(CleanPptx, RemovesNotesAndEmptiesHiddenSlides) {
  Entries e = testing::pptx_entries();
  add_override(e, "ppt/notesSlides/notesSlide1.xml",
               "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml");
  // A comment on the first slide, and the list of comment authors.
  const std::string p_ns = R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";
  set_entry(
      e, "ppt/slides/_rels/slide1.xml.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments/comment1.xml"/></Relationships>)");
  set_entry(e, "ppt/comments/comment1.xml",
            "<p:cmLst " + p_ns + R"(><p:cm authorId="0"><p:text>这页数据要核实</p:text></p:cm></p:cmLst>)");
  set_entry(e, "ppt/commentAuthors.xml",
            "<p:cmAuthorLst " + p_ns + R"(><p:cmAuthor id="0" name="赵六" initials="ZL"/></p:cmAuthorLst>)");
  std::string rels = e[3].second;
  ASSERT_EQ(e[3].first, "ppt/_rels/presentation.xml.rels");
  rels.insert(
      rels.find("</Relationships>"),
      R"(<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors" Target="commentAuthors.xml"/>)");
  set_entry(e, "ppt/_rels/presentation.xml.rels", rels);
  add_override(e, "ppt/comments/comment1.xml",
               "application/vnd.openxmlformats-officedocument.presentationml.comments+xml");
  add_override(e, "ppt/commentAuthors.xml",
               "application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml");
  const std::string original = make_zip(e);
  Result<CleanedFile> r = clean(original);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Pptx);
  EXPECT_TRUE(has_line(r->removed, "批注 1 条")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "演讲者备注 1 页")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "隐藏的幻灯片 1 张（内容已清空，保留空白幻灯片）")) << report(r->removed);
  const auto entries = unzip(r->bytes);
  EXPECT_EQ(dangling(entries), dangling(unzip(original)));  // no reference broken by cleaning
  EXPECT_EQ(entries.count("ppt/notesSlides/notesSlide1.xml"), 0u);
  EXPECT_FALSE(anywhere(entries, "讲稿"));
  EXPECT_FALSE(anywhere(entries, "这页数据要核实"));
  EXPECT_FALSE(anywhere(entries, "赵六"));
  EXPECT_FALSE(anywhere(entries, "隐藏页"));
  EXPECT_TRUE(contains(entries.at("ppt/slides/slide1.xml"), "第一张"));
  EXPECT_TRUE(contains(entries.at("ppt/slides/slide2.xml"), "<p:spTree"));
  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(find_meta(*again, kHiddenContent, "备注"), nullptr);
}

// The compressed image data: from the JPEG start-of-scan marker to the end.
std::string jpeg_scan(const std::string& jpeg) {
  const auto sos = jpeg.find("\xFF\xDA");
  return sos == std::string::npos ? std::string() : jpeg.substr(sos);
}

TEST(CleanImage, RemovesGpsDeviceAndTimeAndKeepsThePixels) {
  std::string photo = testing::make_gps_jpeg();
  {
    // A capture time and a caption, besides GPS, make and model.
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(photo.data()), static_cast<long>(photo.size()));
    image->readMetadata();
    image->exifData()["Exif.Photo.DateTimeOriginal"] = "2026:05:01 10:00:00";
    image->exifData()["Exif.Image.ImageDescription"] = "会议现场";
    image->exifData()["Exif.Image.Orientation"] = uint16_t{6};
    image->writeMetadata();
    Exiv2::BasicIo& io = image->io();
    io.open();
    Exiv2::DataBuf buf = io.read(static_cast<long>(io.size()));
    io.close();
    photo.assign(reinterpret_cast<const char*>(buf.pData_), static_cast<std::size_t>(buf.size_));
  }
  Result<CleanedFile> r = clean(photo);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Jpeg);
  EXPECT_TRUE(has_line(r->removed, "照片的拍摄位置")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "照片的拍摄设备和处理软件")) << report(r->removed);
  EXPECT_TRUE(has_line(r->removed, "照片的拍摄时间")) << report(r->removed);
  ASSERT_FALSE(jpeg_scan(photo).empty());
  EXPECT_EQ(jpeg_scan(r->bytes), jpeg_scan(photo));

  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(find_meta(*again, kGpsLocation), nullptr);
  EXPECT_EQ(find_meta(*again, kDeviceInfo), nullptr);
  Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(r->bytes.data()),
                                                          static_cast<long>(r->bytes.size()));
  image->readMetadata();
  const Exiv2::ExifData& exif = image->exifData();
  EXPECT_EQ(exif.findKey(Exiv2::ExifKey("Exif.Photo.DateTimeOriginal")), exif.end());
  // What is not about place, device, time or author stays: the photo still
  // turns the right way and keeps its caption (the detectors read it).
  ASSERT_NE(exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation")), exif.end());
  EXPECT_EQ(exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"))->toLong(), 6);
  EXPECT_EQ(testing::part_text(*again, "图片说明"), "会议现场\n");
}

// PNG image data: the IDAT chunks' payloads, in order.
std::string png_idat(const std::string& png) {
  std::string out;
  std::size_t at = 8;
  while (at + 12 <= png.size()) {
    const std::size_t len = (static_cast<unsigned char>(png[at]) << 24) |
                            (static_cast<unsigned char>(png[at + 1]) << 16) |
                            (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
    if (png.compare(at + 4, 4, "IDAT") == 0) out += png.substr(at + 8, len);
    at += 12 + len;
  }
  return out;
}

TEST(CleanImage, PngKeepsItsImageData) {
  std::string png = testing::read_fixture("classified_stamp.png");
  {
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(png.data()), static_cast<long>(png.size()));
    image->readMetadata();
    image->xmpData()["Xmp.exif.GPSLatitude"] = "39,54.252N";
    image->xmpData()["Xmp.exif.GPSLongitude"] = "116,24.444E";
    image->xmpData()["Xmp.tiff.Model"] = "P60";
    image->writeMetadata();
    Exiv2::BasicIo& io = image->io();
    io.open();
    Exiv2::DataBuf buf = io.read(static_cast<long>(io.size()));
    io.close();
    png.assign(reinterpret_cast<const char*>(buf.pData_), static_cast<std::size_t>(buf.size_));
  }
  Result<ExtractedDocument> before = extract(png, without_ocr());
  ASSERT_TRUE(before.ok());
  ASSERT_NE(find_meta(*before, kGpsLocation), nullptr);
  Result<CleanedFile> r = clean(png);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Png);
  EXPECT_TRUE(has_line(r->removed, "照片的拍摄位置")) << report(r->removed);
  ASSERT_FALSE(png_idat(png).empty());
  EXPECT_EQ(png_idat(r->bytes), png_idat(png));
  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(find_meta(*again, kGpsLocation), nullptr);
  EXPECT_EQ(find_meta(*again, kDeviceInfo), nullptr);
}

// ---- PDF ---------------------------------------------------------------------

// The sample PDF (its Info has Author, Creator, Producer and Title) with what
// a real one carries besides, added with qpdf: XMP on the catalog, the page
// and an image, a comment (Text with its Popup) beside a link, an embedded
// file, JavaScript in the names tree and an /OpenAction, an /AA on the page.
std::string rich_pdf(const std::string& plain) {
  QPDF pdf;
  pdf.processMemoryFile("sample.pdf", plain.data(), plain.size());
  auto stream = [&](const std::string& data, const std::string& dict) {
    QPDFObjectHandle s = QPDFObjectHandle::newStream(&pdf, data);
    QPDFObjectHandle d = QPDFObjectHandle::parse(dict);
    for (const std::string& k : d.getKeys()) s.getDict().replaceKey(k, d.getKey(k));
    return s;
  };
  const std::string xmp =
      "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
      "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>XMP-Zhang-San</dc:creator>"
      "</rdf:Description></rdf:RDF></x:xmpmeta>";
  QPDFObjectHandle root = pdf.getRoot();
  root.replaceKey("/Metadata", stream(xmp, "<< /Type /Metadata /Subtype /XML >>"));
  QPDFObjectHandle file = stream("Embedded-Secret-Payload", "<< /Type /EmbeddedFile >>");
  QPDFObjectHandle spec = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Filespec /F (plan.txt) >>"));
  spec.replaceKey("/EF", QPDFObjectHandle::parse("<< >>"));
  spec.getKey("/EF").replaceKey("/F", file);
  QPDFObjectHandle js = pdf.makeIndirectObject(
      QPDFObjectHandle::parse("<< /S /JavaScript /JS (app.alert 1 // Script-Marker) >>"));
  QPDFObjectHandle names = QPDFObjectHandle::parse("<< /EmbeddedFiles << /Names [] >> /JavaScript << /Names [] >> >>");
  names.getKey("/EmbeddedFiles").getKey("/Names").appendItem(QPDFObjectHandle::newString("plan.txt"));
  names.getKey("/EmbeddedFiles").getKey("/Names").appendItem(spec);
  names.getKey("/JavaScript").getKey("/Names").appendItem(QPDFObjectHandle::newString("hello"));
  names.getKey("/JavaScript").getKey("/Names").appendItem(js);
  root.replaceKey("/Names", names);
  root.replaceKey("/OpenAction", js);

  QPDFObjectHandle page = pdf.getAllPages().at(0);
  page.replaceKey("/Metadata", stream(xmp, "<< /Type /Metadata /Subtype /XML >>"));
  page.replaceKey("/AA", QPDFObjectHandle::parse("<< /O << /S /JavaScript /JS (1) >> >>"));
  QPDFObjectHandle image = stream("\xff\xff\xff", "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 "
                                  "/ColorSpace /DeviceRGB /BitsPerComponent 8 >>");
  image.getDict().replaceKey("/Metadata", stream(xmp, "<< /Type /Metadata /Subtype /XML >>"));
  page.getKey("/Resources").replaceKey("/XObject", QPDFObjectHandle::parse("<< >>"));
  page.getKey("/Resources").getKey("/XObject").replaceKey("/Im1", image);
  QPDFObjectHandle comment = pdf.makeIndirectObject(QPDFObjectHandle::parse(
      "<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /T (Comment-Author) /Contents (Comment-Text-Marker) >>"));
  QPDFObjectHandle popup = pdf.makeIndirectObject(
      QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Popup /Rect [30 30 200 100] >>"));
  popup.replaceKey("/Parent", comment);
  comment.replaceKey("/Popup", popup);
  QPDFObjectHandle link = pdf.makeIndirectObject(QPDFObjectHandle::parse(
      "<< /Type /Annot /Subtype /Link /Rect [50 50 90 60] /A << /S /URI /URI (https://example.org/) >> >>"));
  QPDFObjectHandle annots = QPDFObjectHandle::newArray();
  annots.appendItem(comment);
  annots.appendItem(popup);
  annots.appendItem(link);
  page.replaceKey("/Annots", annots);
  // A tagged PDF's structure tree refers to its annotations too.
  QPDFObjectHandle objr = QPDFObjectHandle::parse("<< /Type /OBJR >>");
  objr.replaceKey("/Obj", comment);
  root.replaceKey("/StructTreeRoot", QPDFObjectHandle::parse("<< /Type /StructTreeRoot >>"));
  root.getKey("/StructTreeRoot").replaceKey("/K", objr);
  // And the Info dictionary referred to from elsewhere than the trailer.
  root.replaceKey("/PieceInfo", QPDFObjectHandle::parse("<< >>"));
  root.getKey("/PieceInfo").replaceKey("/Private", pdf.getTrailer().getKey("/Info"));

  QPDFWriter w(pdf);
  w.setOutputMemory();
  w.setDecodeLevel(qpdf_dl_none);
  w.setCompressStreams(false);  // the markers stay readable in the bytes
  w.write();
  std::shared_ptr<Buffer> b = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

std::string page_content(const std::string& bytes) {
  QPDF pdf;
  pdf.processMemoryFile("x.pdf", bytes.data(), bytes.size());
  QPDFObjectHandle page = pdf.getAllPages().at(0);
  std::shared_ptr<Buffer> raw = page.getKey("/Contents").getRawStreamData();
  return std::string(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize());
}

std::string page_text(const std::string& bytes) {
  Result<ExtractedDocument> doc = extract(bytes, without_ocr());
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  std::string text;
  if (doc.ok())
    for (const Part& p : doc->parts)
      if (p.location != "PDF 文档属性") text += p.location + ": " + p.text + "\n";  // the pages
  return text;
}

bool removed_has(const CleanedFile& f, std::string_view line) {
  for (const std::string& l : f.removed)
    if (l == line) return true;
  return false;
}

TEST(CleanPdf, RemovesPropertiesXmpCommentsFilesAndScriptsAndKeepsThePages) {
  const std::string plain = make_pdf_sample();
  const std::string rich = rich_pdf(plain);
  // The markers are in the original, so their absence below means something.
  for (const char* marker : {"XMP-Zhang-San", "Embedded-Secret-Payload", "Script-Marker", "Comment-Text-Marker",
                             "Comment-Author", "WPS Writer", "TestPDF 1.0"})
    ASSERT_TRUE(contains(rich, marker)) << marker;

  Result<CleanedFile> r = clean(rich);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->format, Format::Pdf);
  EXPECT_TRUE(r->bytes.rfind("%PDF-", 0) == 0);
  EXPECT_TRUE(removed_has(*r, "文档属性（作者、创建程序、标题、生成程序）")) << ::testing::PrintToString(r->removed);
  EXPECT_TRUE(removed_has(*r, "XMP 元数据 3 处")) << ::testing::PrintToString(r->removed);
  EXPECT_TRUE(removed_has(*r, "批注 1 条")) << ::testing::PrintToString(r->removed);
  EXPECT_TRUE(removed_has(*r, "嵌入的文件 1 个")) << ::testing::PrintToString(r->removed);
  // The names tree's script, the /OpenAction and the page's /AA.
  EXPECT_TRUE(removed_has(*r, "脚本和自动执行的动作 3 处")) << ::testing::PrintToString(r->removed);
  for (const char* marker : {"XMP-Zhang-San", "Embedded-Secret-Payload", "Script-Marker", "Comment-Text-Marker",
                             "Comment-Author", "WPS Writer", "TestPDF 1.0", "/Author", "/Producer"})
    EXPECT_FALSE(contains(r->bytes, marker)) << marker;

  QPDF copy;
  copy.processMemoryFile("cleaned.pdf", r->bytes.data(), r->bytes.size());
  EXPECT_FALSE(copy.getTrailer().hasKey("/Info"));
  EXPECT_FALSE(copy.getRoot().hasKey("/Metadata"));
  EXPECT_FALSE(copy.getRoot().hasKey("/OpenAction"));
  EXPECT_FALSE(copy.getRoot().getKey("/Names").hasKey("/EmbeddedFiles"));
  EXPECT_FALSE(copy.getRoot().getKey("/Names").hasKey("/JavaScript"));
  QPDFObjectHandle page = copy.getAllPages().at(0);
  EXPECT_FALSE(page.hasKey("/Metadata"));
  EXPECT_FALSE(page.hasKey("/AA"));
  EXPECT_FALSE(page.getKey("/Resources").getKey("/XObject").getKey("/Im1").getDict().hasKey("/Metadata"));
  ASSERT_TRUE(page.getKey("/Annots").isArray());
  ASSERT_EQ(page.getKey("/Annots").getArrayNItems(), 1);  // the link stays
  EXPECT_EQ(page.getKey("/Annots").getArrayItem(0).getKey("/Subtype").getName(), "/Link");

  // The page's content stream is the original's, byte for byte, and poppler
  // reads the same text from both.
  EXPECT_EQ(page_content(r->bytes), page_content(rich));
  EXPECT_TRUE(contains(page_text(r->bytes), "Quarterly plan"));
  EXPECT_EQ(page_text(r->bytes), page_text(rich));
  // The original's author was a finding; the copy's reading has none.
  Result<ExtractedDocument> again = extract(r->bytes, without_ocr());
  ASSERT_TRUE(again.ok());
  EXPECT_NE(find_meta(*extract(rich, without_ocr()), kHiddenContent, "作者"), nullptr);
  EXPECT_EQ(find_meta(*again, kHiddenContent, "作者"), nullptr);
}

TEST(CleanPdf, APdfWithNothingToRemoveSaysNothingRemoved) {
  QPDF pdf;
  const std::string plain = make_pdf_sample();
  pdf.processMemoryFile("p.pdf", plain.data(), plain.size());
  pdf.getTrailer().removeKey("/Info");
  QPDFWriter w(pdf);
  w.setOutputMemory();
  w.write();
  std::shared_ptr<Buffer> b = w.getBufferSharedPointer();
  Result<CleanedFile> r = clean(std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize()));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->removed.empty()) << ::testing::PrintToString(r->removed);
  EXPECT_TRUE(contains(page_text(r->bytes), "Quarterly plan"));
}

TEST(CleanPdf, ReadsTheCopyBackThroughTheIsolateHook) {
  int calls = 0;
  CleanOptions options;
  options.isolate = [&](std::string_view bytes, const Options& o) {
    ++calls;
    return extract(bytes, o);
  };
  Result<CleanedFile> r = clean(rich_pdf(make_pdf_sample()), options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(calls, 1);
  options.isolate = [](std::string_view, const Options&) -> Result<ExtractedDocument> {
    return Status::Error(Code::kLimitExceeded, "child died / child died");
  };
  EXPECT_EQ(clean(rich_pdf(make_pdf_sample()), options).status().code(), Code::kCorruptInput);
}

TEST(CleanPdf, RefusesEncryptedAndDamagedPdfs) {
  QPDF pdf;
  const std::string plain = make_pdf_sample();
  pdf.processMemoryFile("p.pdf", plain.data(), plain.size());
  QPDFWriter w(pdf);
  w.setOutputMemory();
  w.setR6EncryptionParameters("", "owner-password", true, true, true, true, true, true, qpdf_r3p_full, true);
  w.write();
  std::shared_ptr<Buffer> b = w.getBufferSharedPointer();
  Result<CleanedFile> enc = clean(std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize()));
  ASSERT_FALSE(enc.ok());
  EXPECT_EQ(enc.status().code(), Code::kUnsupportedFormat);
  EXPECT_TRUE(contains(enc.status().message(), "已加密"));

  for (const std::string& bad : {std::string("%PDF-1.7\n"), std::string("%PDF-1.4\n1 0 obj << /Type /Catalog"),
                                 std::string("%PDF-1.4\ntrailer << /Root 9 0 R >>\n%%EOF\n")}) {
    Result<CleanedFile> r = clean(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), Code::kCorruptInput) << bad << ": " << r.status().message();
    EXPECT_FALSE(r.status().message().empty());
  }
}

TEST(CleanRefuses, TextAndDamagedAndOversizedFiles) {
  EXPECT_EQ(clean("只是一段文字").status().code(), Code::kUnsupportedFormat);
  std::string zip = make_zip(testing::docx_entries());
  EXPECT_EQ(clean(zip.substr(0, zip.size() / 2)).status().code(), Code::kCorruptInput);
  CleanOptions small;
  small.limits.max_entry_bytes = 100;  // document.xml inflates beyond it
  EXPECT_EQ(clean(zip, small).status().code(), Code::kLimitExceeded);
  small = {};
  small.limits.max_input_bytes = 10;
  EXPECT_EQ(clean(zip, small).status().code(), Code::kLimitExceeded);
  Entries broken = testing::docx_entries();
  set_entry(broken, "word/document.xml", "<w:document><w:body>");
  EXPECT_EQ(clean(make_zip(broken)).status().code(), Code::kCorruptInput);
}

TEST(CleanAndCheck, SaysWhatTheTextStillHolds) {
  auto engine = Engine::create();
  ASSERT_TRUE(engine.ok());
  Result<CleanedFile> r = clean_and_check(**engine, make_zip(testing::docx_entries()));
  ASSERT_TRUE(r.ok()) << r.status().message();
  // The header says 内部资料: cleaning does not edit the text.
  bool said = false;
  for (const std::string& l : r->remaining) said = said || contains(l, "清理不改动文字本身");
  EXPECT_TRUE(said) << report(r->remaining);
}

}  // namespace
}  // namespace nc::check::extract
