#include "domain/csv_reader.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <random>

namespace nc::domain {
namespace {

using Fields = std::vector<std::string>;

// UTF-8 → GB18030 with ICU, to build the files Chinese Excel writes.
std::string to_gb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 8, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

CsvTable read_ok(std::string_view text, const CsvLimits& limits = {}) {
  auto t = read_csv(text, limits);
  EXPECT_TRUE(t.ok()) << t.status().message();
  return t.ok() ? *t : CsvTable{};
}

CsvError read_error(std::string_view text, const CsvLimits& limits = {}) {
  CsvError e;
  auto t = read_csv(text, limits, &e);
  EXPECT_FALSE(t.ok());
  if (!t.ok()) {
    EXPECT_EQ(t.status().code(), Code::kCsvError);
  }
  return e;
}

TEST(CsvReaderTest, ReadsPlainRowsWithAnyLineEnd) {
  for (const char* text : {"a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2", "a,b\n1,2"}) {
    CsvTable t = read_ok(text);
    ASSERT_EQ(t.rows.size(), 2u) << text;
    EXPECT_EQ(t.rows[0].fields, (Fields{"a", "b"}));
    EXPECT_EQ(t.rows[1].fields, (Fields{"1", "2"}));
    EXPECT_EQ(t.rows[1].line, 2);
  }
}

TEST(CsvReaderTest, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  CsvTable t = read_ok("姓名,备注\n\"张,三\",\"他说\"\"好\"\"\"\n\"李四\",\"第一行\r\n第二行\"\n王五,\"\"\n");
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[1].fields, (Fields{"张,三", "他说\"好\""}));
  EXPECT_EQ(t.rows[2].fields, (Fields{"李四", "第一行\n第二行"}));
  EXPECT_EQ(t.rows[3].fields, (Fields{"王五", ""}));
  EXPECT_EQ(t.rows[3].line, 5) << "line numbers count the break inside the quoted field";
}

TEST(CsvReaderTest, SkipsBlankLinesButKeepsLineNumbers) {
  CsvTable t = read_ok("a\n\n\nb\n\"\"\n");
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].line, 4);
  EXPECT_EQ(t.rows[2].fields, Fields{""}) << "a quoted empty field is a row, not a blank line";
}

TEST(CsvReaderTest, KeepsEmptyAndTrailingFields) {
  EXPECT_EQ(read_ok("a,,c,\n").rows[0].fields, (Fields{"a", "", "c", ""}));
  EXPECT_EQ(read_ok("a,b,").rows[0].fields, (Fields{"a", "b", ""}));
  EXPECT_EQ(read_ok(",").rows[0].fields, (Fields{"", ""}));
  EXPECT_TRUE(read_ok("").rows.empty());
}

TEST(CsvReaderTest, AQuoteInsideAnUnquotedFieldIsText) {
  EXPECT_EQ(read_ok("5\"3,x\n").rows[0].fields, (Fields{"5\"3", "x"}));
}

TEST(CsvReaderTest, StripsTheUtf8Bom) {
  CsvTable t = read_ok("\xEF\xBB\xBF姓名,党员编号\n张三,001\n");
  EXPECT_EQ(t.rows[0].fields[0], "姓名");
  EXPECT_EQ(t.encoding, TextEncoding::kUtf8);
}

TEST(CsvReaderTest, DetectsAndConvertsGb18030) {
  std::string utf8 = "姓名,所在党组织\n张三,第一党支部\n𠮷野,\"计算机学院\n党委\"\n";
  CsvTable t = read_ok(to_gb18030(utf8));
  EXPECT_EQ(t.encoding, TextEncoding::kGb18030);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1].fields, (Fields{"张三", "第一党支部"}));
  EXPECT_EQ(t.rows[2].fields, (Fields{"𠮷野", "计算机学院\n党委"}));
  // With the GB18030 BOM as well.
  EXPECT_EQ(read_ok("\x84\x31\x95\x33" + to_gb18030("甲,乙\n")).rows[0].fields, (Fields{"甲", "乙"}));
}

TEST(CsvReaderTest, RejectsWhatIsNotTextInAKnownEncoding) {
  EXPECT_NE(read_error(std::string("\xFF\xFE"
                                   "a\0,\0b\0",
                                   8),
                       {})
                .message.find("UTF-16"),
            std::string::npos);
  EXPECT_NE(read_error(std::string("a,b\n1,\0\n", 8)).message.find("空字符"), std::string::npos);
  EXPECT_NE(read_error("a,\x80\xFF\n").message.find("编码"), std::string::npos);
  EXPECT_FALSE(read_csv("\xEF\xBB\xBF\xC0\xAF").ok()) << "a UTF-8 BOM promises UTF-8";
}

TEST(CsvReaderTest, ReportsStructuralErrorsWithTheirLine) {
  CsvError e = read_error("a,b\n1,\"open\n2,3\n");
  EXPECT_EQ(e.line, 2);
  EXPECT_NE(e.message.find("引号"), std::string::npos);
  e = read_error("a,b\n\"x\"y,2\n");
  EXPECT_EQ(e.line, 2);
  auto t = read_csv("a\n\"x\"y\n");
  EXPECT_NE(t.status().message().find("第 2 行"), std::string::npos) << t.status().message();
}

TEST(CsvReaderTest, EnforcesItsLimits) {
  CsvLimits limits;
  limits.max_bytes = 100;
  EXPECT_EQ(read_error(std::string(101, 'a'), limits).line, 0);
  limits = {};
  limits.max_field_bytes = 8;
  EXPECT_EQ(read_error("ok\n123456789\n", limits).line, 2);
  EXPECT_EQ(read_error("ok\n\"123456789\"\n", limits).line, 2);
  EXPECT_TRUE(read_csv("12345678,\"12345678\"\n", limits).ok());
  limits = {};
  limits.max_fields = 3;
  EXPECT_FALSE(read_csv("a,b,c,d\n", limits).ok());
  EXPECT_FALSE(read_csv("a,b,c,", limits).ok()) << "a trailing comma at the end of the file counts too";
  EXPECT_TRUE(read_csv("a,b,c\n", limits).ok());
  limits = {};
  limits.max_rows = 2;
  EXPECT_EQ(read_error("h\n1\n2\n", limits).line, 3);
  EXPECT_TRUE(read_csv("h\n1\n\n\n", limits).ok());
}

TEST(CsvReaderTest, RandomBytesNeverCrash) {
  std::mt19937 rng(1);
  const char alphabet[] = {'a', ',', '"', '\n', '\r', '\xE4', '\xB8', '\xAD', '\x81', '\x30', '\0', ' '};
  for (int n = 0; n < 5000; ++n) {
    std::string s(rng() % 64, 'a');
    for (char& c : s) c = alphabet[rng() % sizeof alphabet];
    auto t = read_csv(s);
    if (t.ok()) {
      for (const auto& row : t->rows) EXPECT_GE(row.line, 1);
    }
  }
}

}  // namespace
}  // namespace nc::domain
