// The audit log's export goes on on a new sheet when one is full
// (handlers/xlsx_file_source.h SheetedRows; there, Excel's 1,048,575 rows
// below a header; here 3, so the test writes a few rows, not a million).
#include "server/handlers/xlsx_file_source.h"

#include <gtest/gtest.h>

namespace nc::server::handlers {
namespace {

domain::ExportTable shape(std::size_t n) {
  domain::ExportTable t;
  t.sheet_name = "表" + std::to_string(n);
  t.header = {"序号", "内容"};
  t.date_column.assign(t.header.size(), false);
  return t;
}

// The finished workbook's bytes (its part names are stored uncompressed in the zip's directory).
std::string bytes_of(spreadsheet::XlsxWriter& w) {
  std::string out;
  while (true) {
    auto piece = w.read(out.size(), kXlsxPiece);
    EXPECT_TRUE(piece.ok());
    if (!piece.ok() || piece->empty()) break;
    out += *piece;
  }
  return out;
}

TEST(SheetedRows, RowsPastAFullSheetGoOnOnTheNextSheet) {
  auto writer = spreadsheet::XlsxWriter::open(shape(1));
  ASSERT_TRUE(writer.ok()) << writer.status().message();
  SheetedRows rows(**writer, shape, 3);
  for (int i = 0; i < 7; ++i) ASSERT_TRUE(rows.add({std::to_string(i), "行"}).ok());
  EXPECT_EQ(rows.rows(), 7u);
  EXPECT_EQ(rows.sheets(), 3u) << "3 + 3 + 1";
  ASSERT_TRUE((*writer)->finish().ok());
  const std::string file = bytes_of(**writer);
  EXPECT_EQ(file.substr(0, 2), "PK");
  EXPECT_NE(file.find("xl/worksheets/sheet3.xml"), std::string::npos);
  EXPECT_EQ(file.find("xl/worksheets/sheet4.xml"), std::string::npos);
}

TEST(SheetedRows, AFullSheetWithNothingAfterItStaysTheLast) {
  auto writer = spreadsheet::XlsxWriter::open(shape(1));
  ASSERT_TRUE(writer.ok());
  SheetedRows rows(**writer, shape, 3);
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(rows.add({std::to_string(i), "行"}).ok());
  EXPECT_EQ(rows.sheets(), 2u) << "no empty third sheet";
  ASSERT_TRUE((*writer)->finish().ok());
  EXPECT_EQ(bytes_of(**writer).find("xl/worksheets/sheet3.xml"), std::string::npos);
}

}  // namespace
}  // namespace nc::server::handlers
