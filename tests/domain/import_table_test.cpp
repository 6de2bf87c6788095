// What both importers share about the table they are given: the header row
// found below a title, blank rows skipped, the export's ' taken off again,
// progress reported; and the CSV the exports write.
#include <gtest/gtest.h>

#include "domain/columns.h"
#include "domain/export_table.h"
#include "domain/hierarchy_import.h"
#include "domain/roster_import.h"

namespace nc::domain {
namespace {

const Date kToday{2024, 6, 1};

class ImportTable : public ::testing::Test {
 protected:
  void SetUp() override {
    Date d{2020, 1, 1};
    r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, d);
    a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, r, d);
    options.today = kToday;
  }
  RosterImportPlan plan(std::string_view csv) { return plan_roster_import(csv, tree, roster, options); }

  OrgTree tree;
  Roster roster;
  RosterImportOptions options;
  OrgId r, a1;
};

TEST_F(ImportTable, TheHeaderMayFollowATitleAndANote) {
  RosterImportPlan p = plan(
      "第一党支部党员名册,,,\n"
      "填表说明：日期格式为 YYYY-MM-DD,,,\n"
      "姓名,党员编号,组织编码,人员类别\n"
      "张三,D001,A1,正式党员\n");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p.rows.size(), 1u);
  EXPECT_EQ(p.rows[0].line, 4);
  ASSERT_FALSE(p.warnings.empty());
  EXPECT_EQ(p.warnings[0], "表头在第 3 行，跳过了它之前的第 1–2 行（标题或说明）");
}

TEST_F(ImportTable, WithoutAHeaderTheFirstRowsReasonIsGiven) {
  RosterImportPlan p = plan("姓名,组织编码\n张三,A1\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 1);
  EXPECT_EQ(p.errors[0].message, "表头缺少必填列：党员编号");
  // A header further down than kMaxRowsBeforeHeader is not looked for.
  std::string far;
  for (std::size_t i = 0; i <= kMaxRowsBeforeHeader; ++i) far += "说明\n";
  far += "姓名,党员编号,组织编码,人员类别\n张三,D001,A1,正式党员\n";
  EXPECT_FALSE(plan(far).ok());
}

TEST_F(ImportTable, BlankRowsAreSkippedLikeBlankLines) {
  RosterImportPlan p = plan("姓名,党员编号,组织编码,人员类别\n,,,\n张三,D001,A1,正式党员\n \t, ,,\n");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.adds, 1u);
  HierarchyImportPlan h = plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\n,,,\n", tree, {});
  EXPECT_TRUE(h.ok());
}

TEST_F(ImportTable, TheExportsQuoteIsTakenOffAgainAndBooleansRead) {
  RosterImportPlan p = plan("姓名,党员编号,组织编码,人员类别,是否党员干部\n'=甲,'D001,A1,正式党员,TRUE\n'乙,D002,A1,正式党员,FALSE\n");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(p.rows[0].member.name, "=甲");
  EXPECT_EQ(p.rows[0].member.number, "D001");
  EXPECT_TRUE(p.rows[0].member.cadre);
  EXPECT_EQ(p.rows[1].member.name, "'乙") << "a quote before ordinary text is text";
  EXPECT_FALSE(p.rows[1].member.cadre);
}

TEST_F(ImportTable, ProgressCountsTheRowsAfterTheHeader) {
  std::string csv = "姓名,党员编号,组织编码,人员类别\n";
  for (int i = 0; i < 2500; ++i) csv += "某" + std::to_string(i) + ",D" + std::to_string(i) + ",A1,正式党员\n";
  std::vector<std::pair<std::size_t, std::size_t>> seen;
  options.progress = [&](std::size_t done, std::size_t total) { seen.emplace_back(done, total); };
  ASSERT_TRUE(plan(csv).ok());
  ASSERT_EQ(seen.size(), 4u);  // 0, 1000, 2000, then the end
  EXPECT_EQ(seen.front(), (std::pair<std::size_t, std::size_t>{0, 2500}));
  EXPECT_EQ(seen[1].first, 1000u);
  EXPECT_EQ(seen.back(), (std::pair<std::size_t, std::size_t>{2500, 2500}));
}

TEST_F(ImportTable, TheCsvExportIsQuotedWithABomAndNeutralisesFormulas) {
  ExportTable t;
  t.header = {"姓名", "党员编号"};
  t.rows = {{"=1+1", "D\"1"}, {"@x", "-2"}, {"张三", "+3"}};
  EXPECT_EQ(to_csv(t),
            "\xEF\xBB\xBF\"姓名\",\"党员编号\"\r\n\"'=1+1\",\"D\"\"1\"\r\n\"'@x\",\"'-2\"\r\n\"张三\",\"'+3\"\r\n");
  EXPECT_TRUE(looks_like_formula("\tx"));
  EXPECT_FALSE(looks_like_formula("x=1"));
  EXPECT_FALSE(looks_like_formula(""));
}

}  // namespace
}  // namespace nc::domain
