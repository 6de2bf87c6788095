// Sample files built in memory for the extractor tests: zips and OOXML
// packages (libzip), PDFs written object by object, JPEGs with EXIF (exiv2).
// Nothing touches the disk except read_fixture().
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nc::check::extract::testing {

using Entries = std::vector<std::pair<std::string, std::string>>;  // name, content

// A zip of `entries`, deflated (stored when `store`).
std::string make_zip(const Entries& entries, bool store = false);

// A .docx with: body "正文第一段" / a table / a tracked insertion by 李四, a
// tracked deletion "旧的机密内容", a hidden run "隐藏的秘密", a comment by
// 王五 "请删除机密字样", core creator 张三, lastModifiedBy 李四, company
// 某某单位, a header "内部资料".
Entries docx_entries();
// A .xlsx: sheet "名单" with B7 = shared string "110101199003077777", a hidden
// sheet "备份", a hidden row 3 and a comment on A1.
Entries xlsx_entries();
// A .pptx: slide 1 "第一张", slide 2 hidden "隐藏页" with speaker notes
// "讲稿：机密数据".
Entries pptx_entries();

// Replaces the entry `name` in `entries` (appends when absent).
void set_entry(Entries& entries, const std::string& name, std::string content);

struct PdfPage {
  std::string content;  // content stream operators
};
// A PDF with an Info dictionary (Author 张三 in UTF-16BE, Creator, Producer,
// Title) and a Type0 font F2 whose ToUnicode maps CIDs 1..5 to 机密★1年 and a
// Helvetica F1; pages are 595×842.
std::string make_pdf(const std::vector<PdfPage>& pages);

// A small JPEG (exiv2's blank image) with GPS 39°54'15.12"N 116°24'26.64"E,
// Make "Huawei", Model "P60", BodySerialNumber "SN12345".
std::string make_gps_jpeg();

// A small JPEG with XMP only: exif:GPSLatitude "39,54.252N",
// exif:GPSLongitude "116,24.444E", photoshop:City "北京", tiff:Model "P60".
std::string make_xmp_jpeg();

std::string read_fixture(const std::string& name);

}  // namespace nc::check::extract::testing
