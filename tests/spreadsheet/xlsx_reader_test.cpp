// read_xlsx on real workbooks: what each kind of cell reads as, merged and
// blank cells, and hostile or damaged files (an error with the row, never a
// crash).
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "spreadsheet/table_reader.h"
#include "spreadsheet/xlsx_reader.h"
#include "xlsx_files.h"

namespace nc::spreadsheet {
namespace {

using testing::make_zip;
using testing::minimal_xlsx;
using testing::spoil_crc;
using testing::write_workbook;
using Fields = std::vector<std::string>;

domain::CsvTable read_ok(const std::string& bytes, const XlsxOptions& options = {}) {
  auto t = read_xlsx(bytes, options);
  EXPECT_TRUE(t.ok()) << t.status().message();
  return t.ok() ? *t : domain::CsvTable{};
}

std::string read_error(const std::string& bytes, int* line = nullptr, const XlsxOptions& options = {}) {
  domain::CsvError e;
  auto t = read_xlsx(bytes, options, &e);
  EXPECT_FALSE(t.ok());
  if (line) *line = e.line;
  return t.ok() ? std::string() : t.status().message();
}

// Every kind of cell libxlsxwriter writes, shared strings or inline strings.
void fill_kinds(lxw_workbook* wb, lxw_worksheet* ws) {
  lxw_format* iso = workbook_add_format(wb);
  format_set_num_format(iso, "yyyy-mm-dd");
  lxw_format* zh = workbook_add_format(wb);
  format_set_num_format(zh, "yyyy\"年\"m\"月\"d\"日\"");
  lxw_format* builtin = workbook_add_format(wb);
  format_set_num_format_index(builtin, 14);  // m/d/yyyy
  lxw_format* time = workbook_add_format(wb);
  format_set_num_format(time, "hh:mm");
  worksheet_write_string(ws, 0, 0, "姓名", nullptr);
  worksheet_write_string(ws, 0, 1, "党员编号", nullptr);
  worksheet_write_string(ws, 1, 0, "张三", nullptr);
  worksheet_write_number(ws, 1, 1, 1001, nullptr);
  worksheet_write_number(ws, 1, 2, 1.1, nullptr);
  worksheet_write_boolean(ws, 1, 3, 1, nullptr);
  lxw_datetime d{2015, 7, 1, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 4, &d, iso);
  lxw_datetime d2{2016, 11, 20, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 5, &d2, zh);
  lxw_datetime d3{2020, 2, 29, 15, 30, 0};
  worksheet_write_datetime(ws, 1, 6, &d3, builtin);
  lxw_datetime t{1900, 1, 0, 9, 30, 0};
  worksheet_write_datetime(ws, 1, 7, &t, time);
  worksheet_write_formula_num(ws, 1, 8, "=1+1", nullptr, 2);
  worksheet_write_number(ws, 1, 9, 123456789012345678.0, nullptr);
  worksheet_write_boolean(ws, 1, 10, 0, nullptr);
  // Row 3 (index 2) is left out; row 4 holds one string far right.
  worksheet_write_string(ws, 3, 5, "F4", nullptr);
}

TEST(XlsxReader, ReadsEveryKindOfCellWithSharedStrings) {
  domain::CsvTable t = read_ok(write_workbook(fill_kinds));
  EXPECT_EQ(t.format, domain::TableFormat::kXlsx);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].line, 1);
  EXPECT_EQ(t.rows[0].fields, (Fields{"姓名", "党员编号"}));
  EXPECT_EQ(t.rows[1].line, 2);
  EXPECT_EQ(t.rows[1].fields, (Fields{"张三", "1001", "1.1", "TRUE", "2015-07-01", "2016-11-20", "2020-02-29",
                                      "0.395833333333333", "2", "1.23456789012346E+17", "FALSE"}));
  EXPECT_EQ(t.rows[2].line, 4) << "the error lines of the importers are the sheet's row numbers";
  EXPECT_EQ(t.rows[2].fields, (Fields{"", "", "", "", "", "F4"}));
}

TEST(XlsxReader, InlineStringsReadAsSharedOnesDo) {
  domain::CsvTable shared = read_ok(write_workbook(fill_kinds));
  domain::CsvTable inl = read_ok(write_workbook(fill_kinds, /*constant_memory=*/true));
  ASSERT_EQ(inl.rows.size(), shared.rows.size());
  for (std::size_t i = 0; i < inl.rows.size(); ++i) {
    EXPECT_EQ(inl.rows[i].line, shared.rows[i].line);
    EXPECT_EQ(inl.rows[i].fields, shared.rows[i].fields);
  }
}

TEST(XlsxReader, AMergeDownFillsTheRowsBelowAndAMergeAcrossStaysInItsFirstCell) {
  std::string bytes = write_workbook([](lxw_workbook*, lxw_worksheet* ws) {
    worksheet_merge_range(ws, 0, 0, 0, 2, "某党支部党员名册", nullptr);  // A1:C1, a title
    worksheet_write_string(ws, 1, 0, "所在党组织", nullptr);
    worksheet_write_string(ws, 1, 1, "姓名", nullptr);
    worksheet_merge_range(ws, 2, 0, 4, 0, "第一党支部", nullptr);  // A3:A5
    worksheet_write_string(ws, 2, 1, "甲", nullptr);
    worksheet_write_string(ws, 3, 1, "乙", nullptr);
    worksheet_write_string(ws, 4, 1, "丙", nullptr);
    worksheet_write_string(ws, 5, 1, "丁", nullptr);
  });
  domain::CsvTable t = read_ok(bytes);
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[0].fields[0], "某党支部党员名册");
  EXPECT_TRUE(t.rows[0].fields.size() == 1 || t.rows[0].fields[1].empty());
  for (std::size_t i = 2; i <= 4; ++i) EXPECT_EQ(t.rows[i].fields[0], "第一党支部") << "row " << t.rows[i].line;
  EXPECT_EQ(t.rows[5].fields[0], "") << "row 6 is outside the merge";
}

TEST(XlsxReader, FormattedButEmptyCellsMakeNoRow) {
  std::string bytes = write_workbook([](lxw_workbook* wb, lxw_worksheet* ws) {
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    worksheet_write_string(ws, 0, 0, "姓名", nullptr);
    worksheet_write_blank(ws, 1, 0, bold);
    worksheet_write_blank(ws, 1, 1, bold);
    worksheet_write_string(ws, 2, 0, "   ", nullptr);
    worksheet_write_string(ws, 3, 0, "乙", nullptr);
  });
  domain::CsvTable t = read_ok(bytes);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].line, 4);
}

TEST(XlsxReader, ReadsTheFirstWorksheetAndSaysSo) {
  std::string bytes = write_workbook([](lxw_workbook* wb, lxw_worksheet* ws) {
    worksheet_write_string(ws, 0, 0, "第一张", nullptr);
    lxw_worksheet* other = workbook_add_worksheet(wb, "备份");
    worksheet_write_string(other, 0, 0, "第二张", nullptr);
  });
  domain::CsvTable t = read_ok(bytes);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields[0], "第一张");
  ASSERT_EQ(t.warnings.size(), 1u);
  EXPECT_NE(t.warnings[0].find("“名单”"), std::string::npos) << t.warnings[0];
}

TEST(XlsxReader, HandMadePartsThatLibxlsxwriterNeverWrites) {
  const std::string styles =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
      "<numFmt numFmtId=\"164\" formatCode=\"[$-804]yyyy/m/d;@\"/></numFmts><cellXfs count=\"3\">"
      "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"49\"/></cellXfs></styleSheet>";
  const std::string rows =
      // No r attributes: rows and cells follow each other.
      "<row><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><r><t>丙</t></r><r><t>丁</t></r>"
      "<rPh><t>ピン</t></rPh></is></c></row>"
      "<row><c s=\"1\"><v>0</v></c><c s=\"1\"><v>41455.75</v></c><c t=\"d\"><v>2020-07-01T00:00:00</v></c>"
      "<c t=\"e\"><v>#N/A</v></c><c t=\"str\"><f>A1</f><v>甲_x000D_乙</v></c><c s=\"2\"><v>007</v></c></row>"
      "<row r=\"9\"><c r=\"C9\" t=\"s\"><v>99</v></c><c r=\"D9\" t=\"s\"><v>0</v></c></row>";
  domain::CsvTable t = read_ok(make_zip(minimal_xlsx(rows, {"甲"}, styles, "date1904=\"1\"")));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].line, 1);
  EXPECT_EQ(t.rows[0].fields, (Fields{"甲", "丙丁"}));
  EXPECT_EQ(t.rows[1].line, 2);
  // 1904 system: 0 is 1904-01-01, 41455 is 2017-07-01 (42917 in the 1900 system).
  EXPECT_EQ(t.rows[1].fields, (Fields{"1904-01-01", "2017-07-01", "2020-07-01", "#N/A", "甲\r乙", "007"}));
  EXPECT_EQ(t.rows[2].line, 9);
  EXPECT_EQ(t.rows[2].fields, (Fields{"", "", "", "甲"})) << "an unknown shared string reads empty";
}

TEST(XlsxReader, AFileAboveTheSheetStillGivesRowsInOrder) {
  // Slices are cut every MiB of XML: a sheet several MiB long reads whole.
  std::string rows;
  for (int r = 1; r <= 40000; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\" t=\"inlineStr\"><is><t>行" +
            std::to_string(r) + "</t></is></c><c r=\"B" + std::to_string(r) + "\"><v>" + std::to_string(r * 7) +
            "</v></c></row>";
  }
  ASSERT_GT(rows.size(), 3u << 20);
  std::size_t calls = 0, last = 0;
  XlsxOptions o;
  o.progress = [&](std::size_t done, std::size_t total) {
    ++calls;
    EXPECT_LE(done, total);
    EXPECT_GE(done, last);
    last = done;
  };
  domain::CsvTable t = read_ok(make_zip(minimal_xlsx(rows)), o);
  ASSERT_EQ(t.rows.size(), 40000u);
  for (int r = 1; r <= 40000; r += 3999) {
    EXPECT_EQ(t.rows[static_cast<std::size_t>(r - 1)].line, r);
    EXPECT_EQ(t.rows[static_cast<std::size_t>(r - 1)].fields, (Fields{"行" + std::to_string(r), std::to_string(r * 7)}));
  }
  EXPECT_GE(calls, 3u) << "progress during the reading, not only at its end";
}

TEST(XlsxReader, DamagedAndHostileFilesAreErrorsWithTheirRow) {
  int line = -1;
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"5\"><c><v>1</v></c></row><row r=\"3\"><c><v>2</v></c></row>")),
                       &line)
                .find("顺序"),
            std::string::npos);
  EXPECT_EQ(line, 3);

  XlsxOptions small;
  small.table.max_field_bytes = 10;
  small.table.max_fields = 3;
  small.table.max_rows = 2;
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"2\"><c t=\"inlineStr\"><is><t>01234567890</t></is></c></row>")),
                       &line, small)
                .find("超过上限 10 字节"),
            std::string::npos);
  EXPECT_EQ(line, 2);
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"4\"><c r=\"D4\"><v>1</v></c></row>")), &line, small)
                .find("列数超过上限 3 列"),
            std::string::npos);
  EXPECT_EQ(line, 4);
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>"
                                             "<row r=\"3\"><c><v>1</v></c></row>")),
                       &line, small)
                .find("行数超过上限 2 行"),
            std::string::npos);
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"1\"><c t=\"inlineStr\"><is><t>\xFF\xFE</t></is></c></row>")),
                       &line)
                .size(),
            0u);
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"))).find("单元格位置无效"),
            std::string::npos);
  EXPECT_NE(read_error(make_zip(minimal_xlsx("<row r=\"1\"><c><v>1</v></c>"))).find("损坏"), std::string::npos)
      << "an unclosed row";

  // Not a workbook, not a zip at all, a zip cut short.
  testing::Entries docx = {{"_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                           "relationships\"/>"}};
  EXPECT_NE(read_error(make_zip(docx), &line).find("不是 Excel 工作簿"), std::string::npos);
  EXPECT_EQ(line, 0);
  const std::string whole = make_zip(minimal_xlsx("<row r=\"1\"><c><v>1</v></c></row>"));
  EXPECT_NE(read_error(whole.substr(0, whole.size() / 2)).find("损坏"), std::string::npos);

  // A sheet that inflates beyond the limit.
  XlsxOptions tight;
  tight.package.max_entry_bytes = 1 << 16;
  std::string big;
  for (int r = 1; r <= 5000; ++r) big += "<row r=\"" + std::to_string(r) + "\"><c><v>1</v></c></row>";
  EXPECT_NE(read_error(make_zip(minimal_xlsx(big)), nullptr, tight).find("过大"), std::string::npos);
}

// Issue 8: a 257 KB workbook held one 250 MiB cell, inflated whole and
// copied four times before its length was looked at. The cell limit now holds
// while the cell is read: the reading stops there, and the rest of the part
// is never inflated — its spoiled checksum, found only at the end of the
// entry, is never reached.
TEST(XlsxReader, AHugeCellStopsTheReadingBeforeTheRestIsInflated) {
  const std::string huge(16 << 20, 'A');
  int line = -1;
  const std::string inline_cell =
      read_error(spoil_crc(make_zip(minimal_xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\" "
                                                 "t=\"inlineStr\"><is><t>" +
                                                 huge + "</t></is></c></row>")),
                           "xl/worksheets/sheet1.xml"),
                 &line);
  EXPECT_NE(inline_cell.find("第 3 列的内容超过上限 4096 字节"), std::string::npos) << inline_cell;
  EXPECT_EQ(line, 2);

  const std::string shared =
      read_error(spoil_crc(make_zip(minimal_xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", {"短", huge})),
                           "xl/sharedStrings.xml"),
                 &line);
  EXPECT_NE(shared.find("超过上限 4096 字节"), std::string::npos) << shared;

  // A row of junk that is no cell is bounded too (by its columns' cells).
  XlsxOptions o;
  o.table.max_fields = 8;
  const std::string junk = read_error(
      spoil_crc(make_zip(minimal_xlsx("<row r=\"7\"><x>" + huge + "</x></row>")), "xl/worksheets/sheet1.xml"), &line,
      o);
  EXPECT_NE(junk.find("过长"), std::string::npos) << junk;
  EXPECT_EQ(line, 7);

  // The spoiled checksum is seen when a part is read to its end.
  EXPECT_NE(
      read_error(spoil_crc(make_zip(minimal_xlsx("<row r=\"1\"><c><v>1</v></c></row>")), "xl/worksheets/sheet1.xml"))
          .find("损坏"),
      std::string::npos);
}

TEST(XlsxReader, CellsJustWithinTheLimitStillRead) {
  const std::string full(4096, 'A');
  std::string escaped;
  for (int i = 0; i < 4096; ++i) escaped += "_x0041_";  // 7 bytes of markup for each byte of text
  domain::CsvTable t = read_ok(make_zip(minimal_xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + full +
                                                         "</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                                                         "<c r=\"C1\" t=\"inlineStr\"><is><t>" +
                                                         escaped + "</t></is></c></row>",
                                                     {full})));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].fields, (Fields{full, full, full}));
}

TEST(XlsxReader, SerialDatesFollowExcel) {
  EXPECT_EQ(excel_serial_date(1, false), "1900-01-01");
  EXPECT_EQ(excel_serial_date(59, false), "1900-02-28");
  EXPECT_EQ(excel_serial_date(60, false), "1900-02-29") << "the day Excel counts that never was";
  EXPECT_EQ(excel_serial_date(61, false), "1900-03-01");
  EXPECT_EQ(excel_serial_date(43831, false), "2020-01-01");
  EXPECT_EQ(excel_serial_date(43831.99, false), "2020-01-01");
  EXPECT_EQ(excel_serial_date(2958465, false), "9999-12-31");
  EXPECT_EQ(excel_serial_date(0, true), "1904-01-01");
  EXPECT_EQ(excel_serial_date(0, false), "");
  EXPECT_EQ(excel_serial_date(-5, true), "");
  EXPECT_EQ(excel_serial_date(3e6, false), "");
}

TEST(XlsxReader, DateFormatsAreToldFromNumberAndTimeFormats) {
  for (int id : {14, 15, 16, 17, 22, 31, 57, 58}) EXPECT_TRUE(is_date_format(id, "")) << id;
  for (int id : {0, 1, 2, 9, 18, 20, 21, 32, 45, 49}) EXPECT_FALSE(is_date_format(id, "")) << id;
  for (const char* code : {"yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy/m/d;@", "m/d/yy h:mm", "mmm-yy",
                           "dd/mm/yyyy", "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\""})
    EXPECT_TRUE(is_date_format(-1, code)) << code;
  for (const char* code : {"General", "0.00", "#,##0", "hh:mm", "[h]:mm:ss", "mm:ss", "0\"天\"", "@", "\"yyyy\"0"})
    EXPECT_FALSE(is_date_format(-1, code)) << code;
}

TEST(TableReader, TellsTheFormatByContentNotName) {
  EXPECT_EQ(sniff(make_zip(minimal_xlsx(""))), Sniffed::kXlsx);
  EXPECT_EQ(sniff(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 legacy", 15)), Sniffed::kLegacyExcel);
  EXPECT_EQ(sniff("姓名,党员编号\n"), Sniffed::kCsv);
  EXPECT_EQ(sniff("PK"), Sniffed::kCsv) << "too short to be a zip";

  auto csv = read_table("姓名,党员编号\r\n张三,D1\r\n");
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv->format, domain::TableFormat::kCsv);
  auto xlsx = read_table(make_zip(minimal_xlsx("<row r=\"1\"><c t=\"inlineStr\"><is><t>姓名</t></is></c></row>")));
  ASSERT_TRUE(xlsx.ok());
  EXPECT_EQ(xlsx->format, domain::TableFormat::kXlsx);
  domain::CsvError e;
  auto legacy = read_table(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 legacy", 15), {}, &e);
  ASSERT_FALSE(legacy.ok());
  EXPECT_NE(e.message.find(".xlsx"), std::string::npos);
}

}  // namespace
}  // namespace nc::spreadsheet
