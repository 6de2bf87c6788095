#include "samples.h"

#include <zip.h>

#include <exiv2/exiv2.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // exiv2 0.27's std::auto_ptr

namespace nc::check::extract::testing {

std::string make_zip(const Entries& entries, bool store) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!za) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(src);
  for (const auto& [name, content] : entries) {
    zip_source_t* s = zip_source_buffer(za, content.data(), content.size(), 0);
    const zip_int64_t idx = zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (idx < 0) throw std::runtime_error("zip_file_add");
    if (store) zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close");
  zip_source_open(src);
  zip_source_seek(src, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&err);
  return out;
}

void set_entry(Entries& entries, const std::string& name, std::string content) {
  for (auto& e : entries) {
    if (e.first == name) {
      e.second = std::move(content);
      return;
    }
  }
  entries.emplace_back(name, std::move(content));
}

namespace {

constexpr const char* kXmlDecl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
constexpr const char* kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
constexpr const char* kR = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string root_rels(const std::string& main) {
  return std::string(kXmlDecl) +
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type=")" +
         kRelNs + R"(/officeDocument" Target=")" + main +
         R"("/>)"
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
         R"(<Relationship Id="rId3" Type=")" +
         kRelNs +
         R"(/extended-properties" Target="docProps/app.xml"/>)"
         R"(</Relationships>)";
}

std::string rels(const std::vector<std::tuple<std::string, std::string, std::string>>& list) {
  std::string s =
      std::string(kXmlDecl) + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (const auto& [id, type, target] : list)
    s += R"(<Relationship Id=")" + id + R"(" Type=")" + kRelNs + "/" + type + R"(" Target=")" + target + R"("/>)";
  return s + "</Relationships>";
}

std::string content_types(const std::string& main_part, const std::string& main_type) {
  return std::string(kXmlDecl) +
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/)" +
         main_part + R"(" ContentType=")" + main_type + R"("/></Types>)";
}

std::string core_xml() {
  return std::string(kXmlDecl) +
         R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
         R"(xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>工作总结</dc:title><dc:creator>张三</dc:creator>)"
         R"(<cp:lastModifiedBy>李四</cp:lastModifiedBy></cp:coreProperties>)";
}

std::string app_xml() {
  return std::string(kXmlDecl) +
         R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
         R"(<Company>某某单位</Company></Properties>)";
}

}  // namespace

Entries docx_entries() {
  const std::string doc = std::string(kXmlDecl) + "<w:document " + kW + " " + kR + "><w:body>" +
                          R"(<w:p><w:r><w:t>正文第一段</w:t></w:r></w:p>)"
                          R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格甲</w:t></w:r></w:p></w:tc>)"
                          R"(<w:tc><w:p><w:r><w:t>单元格乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
                          R"(<w:p><w:r><w:t xml:space="preserve">第二段</w:t></w:r>)"
                          R"(<w:ins w:id="1" w:author="李四"><w:r><w:t>新增的话</w:t></w:r></w:ins>)"
                          R"(<w:del w:id="2" w:author="李四"><w:r><w:delText>旧的机密内容</w:delText></w:r></w:del>)"
                          R"(<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的秘密</w:t></w:r>)"
                          R"(<w:commentRangeStart w:id="0"/><w:r><w:t>结尾</w:t></w:r><w:commentRangeEnd w:id="0"/>)"
                          R"(</w:p><w:sectPr/></w:body></w:document>)";
  const std::string comments =
      std::string(kXmlDecl) + "<w:comments " + kW + ">" +
      R"(<w:comment w:id="0" w:author="王五"><w:p><w:r><w:t>请删除机密字样</w:t></w:r></w:p></w:comment>)"
      "</w:comments>";
  const std::string header =
      std::string(kXmlDecl) + "<w:hdr " + kW + "><w:p><w:r><w:t>内部资料</w:t></w:r></w:p></w:hdr>";
  return {
      {"[Content_Types].xml",
       content_types("word/document.xml",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
      {"_rels/.rels", root_rels("word/document.xml")},
      {"word/document.xml", doc},
      {"word/_rels/document.xml.rels", rels({{"rId1", "comments", "comments.xml"}, {"rId2", "header", "header1.xml"}})},
      {"word/comments.xml", comments},
      {"word/header1.xml", header},
      {"docProps/core.xml", core_xml()},
      {"docProps/app.xml", app_xml()},
  };
}

Entries xlsx_entries() {
  const char* ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  const std::string wb = std::string(kXmlDecl) + "<workbook " + ns + " " + kR + "><sheets>" +
                         R"(<sheet name="名单" sheetId="1" r:id="rId1"/>)"
                         R"(<sheet name="备份" sheetId="2" state="hidden" r:id="rId2"/>)"
                         "</sheets></workbook>";
  const std::string sst = std::string(kXmlDecl) + "<sst " + ns + R"( count="2" uniqueCount="2">)" +
                          R"(<si><t>姓名</t></si><si><r><t>1101011990</t></r><r><t>03077777</t></r></si></sst>)";
  const std::string sheet1 = std::string(kXmlDecl) + "<worksheet " + ns + "><sheetData>" +
                             R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
                             R"(<row r="3" hidden="1"><c r="A3" t="inlineStr"><is><t>藏起来的行</t></is></c></row>)"
                             R"(<row r="7"><c r="B7" t="s"><v>1</v></c><c r="C7"><v>13800138000</v></c></row>)"
                             "</sheetData></worksheet>";
  const std::string sheet2 = std::string(kXmlDecl) + "<worksheet " + ns + "><sheetData>" +
                             R"(<row r="1"><c r="A1" t="inlineStr"><is><t>备份数据</t></is></c></row>)"
                             "</sheetData></worksheet>";
  const std::string comments =
      std::string(kXmlDecl) + "<comments " + ns + "><authors><author>赵六</author></authors>" +
      R"(<commentList><comment ref="A1" authorId="0"><text><r><t>核对身份证号</t></r></text></comment></commentList></comments>)";
  return {
      {"[Content_Types].xml",
       content_types("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")},
      {"_rels/.rels", root_rels("xl/workbook.xml")},
      {"xl/workbook.xml", wb},
      {"xl/_rels/workbook.xml.rels", rels({{"rId1", "worksheet", "worksheets/sheet1.xml"},
                                           {"rId2", "worksheet", "worksheets/sheet2.xml"},
                                           {"rId3", "sharedStrings", "sharedStrings.xml"}})},
      {"xl/sharedStrings.xml", sst},
      {"xl/worksheets/sheet1.xml", sheet1},
      {"xl/worksheets/sheet2.xml", sheet2},
      {"xl/worksheets/_rels/sheet1.xml.rels", rels({{"rId1", "comments", "../comments1.xml"}})},
      {"xl/comments1.xml", comments},
      {"docProps/core.xml", core_xml()},
  };
}

Entries pptx_entries() {
  const char* ns = R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" )"
                   R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")";
  auto slide = [&](const std::string& text, bool hidden) {
    return std::string(kXmlDecl) + "<p:sld " + ns + " " + kR + (hidden ? R"( show="0")" : "") +
           "><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>" + text +
           "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
  };
  const std::string pres = std::string(kXmlDecl) + "<p:presentation " + ns + " " + kR + "><p:sldIdLst>" +
                           R"(<p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId3"/>)" +
                           "</p:sldIdLst></p:presentation>";
  const std::string notes =
      std::string(kXmlDecl) + "<p:notes " + ns + "><p:cSld><p:spTree>" +
      R"(<p:sp><p:txBody><a:p><a:fld type="slidenum"><a:t>2</a:t></a:fld></a:p></p:txBody></p:sp>)"
      R"(<p:sp><p:txBody><a:p><a:r><a:t>讲稿：机密数据</a:t></a:r></a:p></p:txBody></p:sp>)"
      "</p:spTree></p:cSld></p:notes>";
  return {
      {"[Content_Types].xml",
       content_types("ppt/presentation.xml",
                     "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")},
      {"_rels/.rels", root_rels("ppt/presentation.xml")},
      {"ppt/presentation.xml", pres},
      {"ppt/_rels/presentation.xml.rels",
       rels({{"rId2", "slide", "slides/slide1.xml"}, {"rId3", "slide", "slides/slide2.xml"}})},
      {"ppt/slides/slide1.xml", slide("第一张", false)},
      {"ppt/slides/slide2.xml", slide("隐藏页", true)},
      {"ppt/slides/_rels/slide2.xml.rels", rels({{"rId1", "notesSlide", "../notesSlides/notesSlide1.xml"}})},
      {"ppt/notesSlides/notesSlide1.xml", notes},
  };
}

std::string make_pdf(const std::vector<PdfPage>& pages) {
  std::vector<std::string> objs;  // objs[i] is object i+1
  const int n = static_cast<int>(pages.size());
  // 1 catalog, 2 pages, 3 info, 4 F1, 5 F2, 6 descendant, 7 ToUnicode, then page/content pairs.
  std::string kids;
  for (int i = 0; i < n; ++i) kids += std::to_string(8 + 2 * i) + " 0 R ";
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
  objs.push_back("<< /Author <FEFF5F204E09> /Creator (WPS Writer) /Producer (TestPDF 1.0) /Title (Report) >>");
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objs.push_back(
      "<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJKsc-Regular /Encoding /Identity-H "
      "/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>");
  objs.push_back(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NotoSansCJKsc-Regular "
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
      "/FontDescriptor << /Type /FontDescriptor /FontName /NotoSansCJKsc-Regular /Flags 4 "
      "/FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> "
      "/DW 1000 >>");
  const std::string cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
      "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
      "5 beginbfchar <0001> <673A> <0002> <5BC6> <0003> <2605> <0004> <0031> <0005> <5E74> endbfchar\n"
      "endcmap CMapName currentdict /CMap defineresource pop end end\n";
  objs.push_back("<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap + "endstream");
  for (int i = 0; i < n; ++i) {
    objs.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R "
        ">> >> /Contents " +
        std::to_string(9 + 2 * i) + " 0 R >>");
    const std::string& c = pages[static_cast<std::size_t>(i)].content;
    objs.push_back("<< /Length " + std::to_string(c.size()) + " >>\nstream\n" + c + "\nendstream");
  }
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

namespace {

std::string write_out(Exiv2::Image& image) {
  image.writeMetadata();
  Exiv2::BasicIo& out = image.io();
  out.open();
  out.seek(0, Exiv2::BasicIo::beg);
  Exiv2::DataBuf buf = out.read(static_cast<long>(out.size()));
  out.close();
  return std::string(reinterpret_cast<const char*>(buf.pData_), static_cast<std::size_t>(buf.size_));
}

}  // namespace

std::string make_gps_jpeg() {
  Exiv2::BasicIo::AutoPtr io(new Exiv2::MemIo());
  Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::create(Exiv2::ImageType::jpeg, io);
  Exiv2::ExifData exif;
  exif["Exif.Image.Make"] = "Huawei";
  exif["Exif.Image.Model"] = "P60";
  exif["Exif.Photo.BodySerialNumber"] = "SN12345";
  exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
  Exiv2::URationalValue lat;
  lat.read("39/1 54/1 1512/100");
  exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &lat);
  exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
  Exiv2::URationalValue lon;
  lon.read("116/1 24/1 2664/100");
  exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), &lon);
  image->setExifData(exif);
  return write_out(*image);
}

std::string make_xmp_jpeg() {
  Exiv2::BasicIo::AutoPtr io(new Exiv2::MemIo());
  Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::create(Exiv2::ImageType::jpeg, io);
  Exiv2::XmpData xmp;
  xmp["Xmp.exif.GPSLatitude"] = "39,54.252N";
  xmp["Xmp.exif.GPSLongitude"] = "116,24.444E";
  xmp["Xmp.photoshop.City"] = "北京";
  xmp["Xmp.tiff.Model"] = "P60";
  image->setXmpData(xmp);
  return write_out(*image);
}

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(NC_EXTRACT_FIXTURES) + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + name);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace nc::check::extract::testing
