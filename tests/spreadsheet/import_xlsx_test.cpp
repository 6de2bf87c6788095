// The same roster and hierarchy as CSV and as .xlsx plan the same: errors
// with the sheet's row numbers, the dry run, all or nothing, and the same
// file twice changing nothing. Exports (CSV and .xlsx) import back unchanged.
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "domain/export_table.h"
#include "domain/hierarchy_import.h"
#include "domain/roster_import.h"
#include "spreadsheet/table_reader.h"
#include "spreadsheet/xlsx_reader.h"
#include "spreadsheet/xlsx_writer.h"
#include "xlsx_files.h"

namespace nc::spreadsheet {
namespace {

using namespace nc::domain;

const Date kToday{2024, 6, 1};

using Grid = std::vector<std::vector<std::string>>;

// The grid as a CSV file and as a workbook (dates in `date_cols` written as
// real dates), from row `first_row` (0-based) on.
std::string as_csv(const Grid& g) {
  std::string out;
  for (const auto& row : g) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + row[i];
    out += "\r\n";
  }
  return out;
}

std::string as_xlsx(const Grid& g, std::vector<std::size_t> date_cols = {}) {
  return testing::write_workbook([&](lxw_workbook* wb, lxw_worksheet* ws) {
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy/m/d");
    for (std::size_t r = 0; r < g.size(); ++r) {
      for (std::size_t c = 0; c < g[r].size(); ++c) {
        const std::string& v = g[r][c];
        if (v.empty()) continue;
        auto d = parse_date(v);
        if (r > 0 && d && std::find(date_cols.begin(), date_cols.end(), c) != date_cols.end()) {
          lxw_datetime dt{d->year, d->month, d->day, 0, 0, 0};
          worksheet_write_datetime(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), &dt, date);
        } else {
          worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), v.c_str(), nullptr);
        }
      }
    }
  });
}

std::string errors(const std::vector<RowError>& errs) {
  std::string out;
  for (const auto& e : errs) out += std::to_string(e.line) + ":" + e.column + ":" + e.message + "\n";
  return out;
}

class ImportXlsx : public ::testing::Test {
 protected:
  void SetUp() override {
    Date d{2020, 1, 1};
    r = *tree.create("R", "计算机学院党委", OrgType::kCommittee, std::nullopt, d);
    a = *tree.create("A", "教工党总支", OrgType::kGeneralBranch, r, d);
    a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, a, d);
    options.today = kToday;
  }

  RosterImportPlan plan(const std::string& bytes) {
    auto table = read_table(bytes);
    EXPECT_TRUE(table.ok()) << table.status().message();
    return plan_roster_import(table.ok() ? *table : CsvTable{}, tree, roster, options);
  }

  OrgTree tree;
  Roster roster;
  RosterImportOptions options;
  OrgId r, a, a1;
};

const Grid kRoster = {
    {"某学院党员名册（2024年）"},
    {"姓名", "党员编号", "组织编码", "人员类别", "是否党员干部", "入党日期", "转正日期"},
    {"张三", "1001", "A1", "正式党员", "是", "2001-07-01", "2002-07-01"},
    {"李四", "D002", "A1", "预备党员", "否", "2023-12-01", ""},
    {"", "", "", "", "", "", ""},
    {"王五", "D003", "ZZ", "正式党员", "否", "1999-06-30", "2000-06-30"},
    {"赵六", "D004", "A1", "党员", "否", "2030-01-01", ""},
};

TEST_F(ImportXlsx, BadRowsAreReportedByTheSheetsRowNumbersAsInCsv) {
  RosterImportPlan csv = plan(as_csv(kRoster));
  RosterImportPlan xlsx = plan(as_xlsx(kRoster, {5, 6}));
  EXPECT_EQ(xlsx.format, TableFormat::kXlsx);
  EXPECT_FALSE(xlsx.ok());
  EXPECT_EQ(errors(xlsx.errors), errors(csv.errors));
  EXPECT_EQ(errors(xlsx.errors),
            "6:组织编码:找不到组织编码为“ZZ”的党组织\n"
            "7:人员类别:人员类别“党员”无法识别，应为“正式党员”或“预备党员”\n"
            "7:入党日期:入党日期不能晚于今天\n");
  ASSERT_FALSE(xlsx.warnings.empty());
  EXPECT_NE(xlsx.warnings[0].find("表头在第 2 行"), std::string::npos) << xlsx.warnings[0];
  EXPECT_FALSE(apply_roster_import(xlsx, tree, roster, kToday).ok());
  EXPECT_EQ(roster.size(), 0u) << "nothing imported";
}

TEST_F(ImportXlsx, AGoodWorkbookImportsOnceAndTheSecondTimeChangesNothing) {
  Grid good(kRoster.begin(), kRoster.begin() + 5);
  const std::string bytes = as_xlsx(good, {5, 6});
  RosterImportPlan first = plan(bytes);
  ASSERT_TRUE(first.ok()) << errors(first.errors);
  EXPECT_EQ(first.adds, 2u);
  ASSERT_TRUE(apply_roster_import(first, tree, roster, kToday).ok());
  const Member& z = *roster.find_number("1001");
  EXPECT_TRUE(z.cadre);
  EXPECT_EQ(z.joined, (Date{2001, 7, 1})) << "a date cell";
  RosterImportPlan again = plan(bytes);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.adds + again.updates, 0u);
  EXPECT_EQ(again.unchanged, 2u);
  // The same members as CSV: nothing to change either.
  RosterImportPlan csv = plan(as_csv(good));
  EXPECT_EQ(csv.unchanged, 2u);
}

TEST_F(ImportXlsx, BooleanCellsAnswerIsCadre) {
  const std::string bytes = testing::write_workbook([](lxw_workbook*, lxw_worksheet* ws) {
    const char* header[] = {"姓名", "党员编号", "组织编码", "人员类别", "是否党员干部"};
    for (int c = 0; c < 5; ++c) worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
    const char* row[] = {"张三", "D1", "A1", "正式党员"};
    for (int c = 0; c < 4; ++c) worksheet_write_string(ws, 1, static_cast<lxw_col_t>(c), row[c], nullptr);
    worksheet_write_boolean(ws, 1, 4, 1, nullptr);
  });
  RosterImportPlan p = plan(bytes);
  ASSERT_TRUE(p.ok()) << errors(p.errors);
  ASSERT_EQ(p.rows.size(), 1u);
  EXPECT_TRUE(p.rows[0].member.cadre);
}

TEST_F(ImportXlsx, ExportsImportBackUnchangedAsCsvAndAsXlsx) {
  const Grid members = {
      {"姓名", "党员编号", "组织编码", "人员类别", "是否党员干部", "干部层级", "状态", "状态日期", "入党日期", "转正日期"},
      {"张三", "D001", "A1", "正式党员", "是", "县处级", "正常", "", "2001-07-01", "2002-07-01"},
      {"=HYPERLINK(\"x\")", "D002", "A1", "预备党员", "否", "", "已转出", "2024-01-02", "2023-12-01", ""},
      {"-李四", "D003", "A1", "正式党员", "否", "", "正常", "", "", ""},
  };
  ASSERT_TRUE(apply_roster_import(plan(as_csv(members)), tree, roster, kToday).ok());
  ASSERT_EQ(roster.size(), 3u);
  std::unordered_set<OrgId> orgs;
  for (OrgId o : tree.subtree(r)) orgs.insert(o);
  const ExportTable t = roster_export(tree, roster, orgs);
  ASSERT_EQ(t.rows.size(), 3u);

  const std::string csv = to_csv(t);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos) << "neutralised in the CSV";
  EXPECT_NE(csv.find("\"'-李四\""), std::string::npos);
  auto xlsx = write_xlsx(t);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().message();
  EXPECT_EQ(sniff(*xlsx), Sniffed::kXlsx);
  auto sheet = read_xlsx(*xlsx);
  ASSERT_TRUE(sheet.ok());
  ASSERT_EQ(sheet->rows.size(), 4u);
  EXPECT_EQ(sheet->rows[2].fields[0], "'=HYPERLINK(\"x\")") << "neutralised in the workbook too";
  EXPECT_EQ(sheet->rows[1].fields[10], "2002-07-01") << "a date cell reads back as the date";

  for (const std::string* file : {&csv, static_cast<const std::string*>(&*xlsx)}) {
    RosterImportPlan back = plan(*file);
    ASSERT_TRUE(back.ok()) << errors(back.errors);
    EXPECT_EQ(back.adds + back.updates, 0u);
    EXPECT_EQ(back.unchanged, 3u);
  }
  EXPECT_EQ(roster.find_number("D002")->name, "=HYPERLINK(\"x\")");
}

TEST_F(ImportXlsx, HierarchyExportsImportBackUnchanged) {
  Date d{2021, 3, 1};
  OrgId a2 = *tree.create("A2", "第二党支部", OrgType::kBranch, a, d);
  *tree.create("B", "学生党总支", OrgType::kGeneralBranch, r, d);
  std::unordered_set<OrgId> orgs;
  for (OrgId o : tree.subtree(a)) orgs.insert(o);
  ExportTable t = hierarchy_export(tree, orgs);
  ASSERT_EQ(t.rows.size(), 3u);
  // R is not exported (the exporter may not see it), so A's parent stays blank.
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"A", "教工党总支", "党总支", ""})) << "parents first";
  EXPECT_EQ(t.rows[1][3], "A");
  (void)a2;
  auto xlsx = write_xlsx(t);
  ASSERT_TRUE(xlsx.ok());
  for (const std::string& file : {to_csv(t), *xlsx}) {
    auto table = read_table(file);
    ASSERT_TRUE(table.ok());
    HierarchyImportPlan p = plan_hierarchy_import(*table, tree, {});
    ASSERT_TRUE(p.ok()) << errors(p.errors);
    EXPECT_EQ(p.adds + p.updates, 0u);
    EXPECT_EQ(p.unchanged, 3u);
  }
}

TEST_F(ImportXlsx, ABlankParentKeepsAnExistingOrganisationWhereItIsButANewOneNeedsOne) {
  const Grid h = {{"组织编码", "组织名称", "组织类型", "上级组织编码"},
                  {"A", "教工党总支", "党总支", ""},
                  {"N1", "新党支部", "党支部", ""}};
  auto table = read_table(as_xlsx(h));
  ASSERT_TRUE(table.ok());
  HierarchyImportPlan p = plan_hierarchy_import(*table, tree, {});
  ASSERT_EQ(p.errors.size(), 1u) << errors(p.errors);
  EXPECT_EQ(p.errors[0].line, 3) << "only the new organisation without a parent is wrong";
  const Grid only_a = {h[0], h[1]};
  auto kept = read_table(as_xlsx(only_a));
  ASSERT_TRUE(kept.ok());
  HierarchyImportPlan q = plan_hierarchy_import(*kept, tree, {});
  ASSERT_TRUE(q.ok()) << errors(q.errors);
  EXPECT_EQ(q.unchanged, 1u);
  EXPECT_EQ(q.adds + q.updates, 0u);
}

TEST_F(ImportXlsx, AnEmptyDatabaseGetsItsFirstOrganisationsFromAWorkbook) {
  OrgTree empty;
  const Grid h = {{"组织编码", "组织名称", "组织类型", "上级组织编码"},
                  {"G1", "第一党总支", "党总支", "R"},
                  {"R", "某大学党委", "党委", ""},
                  {"B1", "第一党支部", "党支部", "G1"}};
  auto table = read_table(as_xlsx(h));
  ASSERT_TRUE(table.ok());
  HierarchyImportPlan p = plan_hierarchy_import(*table, empty, {});
  ASSERT_TRUE(p.ok()) << errors(p.errors);
  EXPECT_EQ(p.adds, 3u);
  ASSERT_TRUE(apply_hierarchy_import(p, empty, kToday).ok());
  EXPECT_EQ(empty.size(), 3u);
  EXPECT_EQ(empty.find(*empty.find_code("B1")->parent)->code, "G1");
}

}  // namespace
}  // namespace nc::spreadsheet
