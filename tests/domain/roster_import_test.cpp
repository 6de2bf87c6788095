#include "domain/roster_import.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

namespace nc::domain {
namespace {

const Date kToday{2024, 6, 1};

class RosterImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Date d{2020, 1, 1};
    r = *tree.create("R", "计算机学院党委", OrgType::kCommittee, std::nullopt, d);
    a = *tree.create("A", "教工党总支", OrgType::kGeneralBranch, r, d);
    a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, a, d);
    a2 = *tree.create("A2", "第二党支部", OrgType::kBranch, a, d);
    b = *tree.create("B", "学生党支部", OrgType::kBranch, r, d);
    options.today = kToday;
  }

  RosterImportPlan plan(std::string_view csv) { return plan_roster_import(csv, tree, roster, options); }

  // The plan's errors as "line:column:message" for compact assertions.
  static std::string errors(const RosterImportPlan& p) {
    std::string out;
    for (const auto& e : p.errors) out += std::to_string(e.line) + ":" + e.column + ":" + e.message + "\n";
    return out;
  }

  OrgTree tree;
  Roster roster;
  RosterImportOptions options;
  OrgId r, a, a1, a2, b;
};

const char* kRoster =
    "姓名,党员编号,组织编码,人员类别,是否党员干部,干部层级,状态,入党日期,转正日期\n"
    "张三,D001,A1,正式党员,是,县处级,正常,2001-07-01,2002-07-01\n"
    "李四,D002,A1,预备党员,否,,正常,2023-12-01,\n"
    "王五,D003,A2,正式党员,否,,正常,1999/6/30,2000/6/30\n";

TEST_F(RosterImportTest, AValidFileAddsItsMembers) {
  RosterImportPlan p = plan(kRoster);
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.adds, 3u);
  EXPECT_EQ(p.updates + p.unchanged, 0u);
  ASSERT_TRUE(apply_roster_import(p, tree, roster, kToday).ok());
  ASSERT_EQ(roster.size(), 3u);
  const Member& z = *roster.find_number("D001");
  EXPECT_EQ(z.name, "张三");
  EXPECT_EQ(z.org, a1);
  EXPECT_EQ(z.category, Category::kFull);
  EXPECT_TRUE(z.cadre);
  EXPECT_EQ(z.cadre_level, CadreLevel::kCounty);
  EXPECT_EQ(z.joined, (Date{2001, 7, 1}));
  EXPECT_EQ(roster.find_number("D002")->category, Category::kProbationary);
  EXPECT_EQ(roster.find_number("D003")->regularised, (Date{2000, 6, 30}));
}

TEST_F(RosterImportTest, TheSameFileTwiceChangesNothing) {
  ASSERT_TRUE(apply_roster_import(plan(kRoster), tree, roster, kToday).ok());
  auto version = roster.version();
  RosterImportPlan again = plan(kRoster);
  ASSERT_TRUE(again.ok()) << errors(again);
  EXPECT_EQ(again.adds, 0u);
  EXPECT_EQ(again.updates, 0u);
  EXPECT_EQ(again.unchanged, 3u);
  ASSERT_TRUE(apply_roster_import(again, tree, roster, kToday).ok());
  EXPECT_EQ(roster.version(), version);
  EXPECT_EQ(roster.size(), 3u);
}

TEST_F(RosterImportTest, OneBadRowMeansNothingIsImported) {
  std::string csv = kRoster;
  csv += "赵六,D004,A1,党员,否,,正常,,\n";
  RosterImportPlan p = plan(csv);
  ASSERT_FALSE(p.ok());
  ASSERT_EQ(p.errors.size(), 1u) << errors(p);
  EXPECT_EQ(p.errors[0].line, 5);
  EXPECT_EQ(p.errors[0].column, "人员类别");
  EXPECT_NE(p.errors[0].message.find("无法识别"), std::string::npos);
  EXPECT_TRUE(p.rows.empty());
  EXPECT_FALSE(apply_roster_import(p, tree, roster, kToday).ok());
  EXPECT_EQ(roster.size(), 0u);
}

TEST_F(RosterImportTest, HeadersAreFoundInAnyOrderAndSpacing) {
  const char* csv =
      "\xEF\xBB\xBF 所在党组织 ,备注,*党员编号,姓　名,入党日期（YYYY-MM-DD）,人员类别(必填)\n"
      "第一党支部,随便,D001,张三,2001-07-01,正式党员\n";
  RosterImportPlan p = plan(csv);
  ASSERT_TRUE(p.ok()) << errors(p);
  ASSERT_EQ(p.rows.size(), 1u);
  EXPECT_EQ(p.rows[0].member.org, a1);
  EXPECT_EQ(p.rows[0].member.name, "张三");
  EXPECT_EQ(p.rows[0].member.joined, (Date{2001, 7, 1}));
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_NE(p.warnings[0].find("备注"), std::string::npos);
}

TEST_F(RosterImportTest, MissingRequiredColumnsAreNamed) {
  RosterImportPlan p = plan("姓名,组织编码\n张三,A1\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 1);
  EXPECT_NE(p.errors[0].message.find("党员编号"), std::string::npos);
  p = plan("姓名,党员编号,编号\n张三,1,2\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_NE(p.errors[0].message.find("两列"), std::string::npos);
}

TEST_F(RosterImportTest, DuplicateNumbersNameBothLines) {
  RosterImportPlan p =
      plan("姓名,党员编号,组织编码,人员类别\n张三,D001,A1,正式党员\n李四,D002,A1,正式党员\n王五,D001,A2,正式党员\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 4);
  EXPECT_NE(p.errors[0].message.find("第 2 行重复"), std::string::npos) << errors(p);
}

TEST_F(RosterImportTest, UnknownOrMergedOrganisationsAreRejected) {
  ASSERT_TRUE(tree.merge(a2, a1, Date{2023, 1, 1}).ok());
  RosterImportPlan p =
      plan("姓名,党员编号,组织编码,人员类别\n张三,D001,ZZ,正式党员\n李四,D002,A2,正式党员\n王五,D003,,正式党员\n");
  ASSERT_EQ(p.errors.size(), 3u) << errors(p);
  EXPECT_NE(p.errors[0].message.find("找不到组织编码为“ZZ”"), std::string::npos);
  EXPECT_NE(p.errors[1].message.find("已合并到“第一党支部”"), std::string::npos);
  EXPECT_NE(p.errors[2].message.find("必须填写所在党组织"), std::string::npos);
}

TEST_F(RosterImportTest, OrganisationByNameMustBeUniqueAndAgreeWithTheCode) {
  ASSERT_TRUE(tree.create("C", "第一党支部", OrgType::kBranch, r, Date{2020, 1, 1}).ok());
  RosterImportPlan p = plan("姓名,党员编号,所在党组织,人员类别\n张三,D001,第一党支部,正式党员\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_NE(p.errors[0].message.find("不止一个"), std::string::npos);
  p = plan("姓名,党员编号,组织编码,所在党组织,人员类别\n张三,D001,A1,学生党支部,正式党员\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_NE(p.errors[0].message.find("不一致"), std::string::npos);
  p = plan("姓名,党员编号,组织编码,所在党组织,人员类别\n张三,D001,A1,第一党支部,正式党员\n");
  EXPECT_TRUE(p.ok()) << errors(p);
}

TEST_F(RosterImportTest, RowValidationSpeaksChineseAndNamesTheColumn) {
  const char* csv =
      "姓名,党员编号,组织编码,人员类别,是否党员干部,干部层级,状态,入党日期,转正日期\n"
      ",D001,A1,正式党员,否,,正常,,\n"                          // 2 name empty
      "张三,1.23457E+17,A1,正式党员,否,,正常,,\n"               // 3 scientific
      "李四,D 3,A1,正式党员,否,,正常,,\n"                       // 4 bad number
      "王五,D004,A1,预备党员,否,,正常,2023-01-01,2024-01-01\n"  // 5 probationary with date
      "赵六,D005,A1,正式党员,否,,正常,2030-01-01,\n"            // 6 future
      "钱七,D006,A1,正式党员,否,,正常,2001-02-30,\n"            // 7 impossible date
      "孙八,D007,A1,正式党员,否,县处级,正常,,\n"                // 8 level without cadre
      "周九,D008,A1,正式党员,也许,,正常,,\n"                    // 9 cadre?
      "吴十,D009,A1,正式党员,否,,休眠,,\n"                      // 10 status
      "郑一,D010,A1,正式党员,否,,正常,2010-01-01,2009-01-01\n"  // 11 regularised before joined
      "\"冯\n二\",D011,A1,正式党员,否,,正常,,\n";               // 12 newline in name
  RosterImportPlan p = plan(csv);
  std::vector<std::pair<int, std::string>> expected = {
      {2, "姓名"},     {3, "党员编号"},     {4, "党员编号"}, {5, "转正日期"},  {6, "入党日期"}, {7, "入党日期"},
      {8, "干部层级"}, {9, "是否党员干部"}, {10, "状态"},    {11, "转正日期"}, {12, "姓名"}};
  ASSERT_EQ(p.errors.size(), expected.size()) << errors(p);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(p.errors[i].line, expected[i].first) << errors(p);
    EXPECT_EQ(p.errors[i].column, expected[i].second) << errors(p);
  }
  EXPECT_NE(p.errors[1].message.find("科学计数法"), std::string::npos);
}

TEST_F(RosterImportTest, UpdatesListWhatChangesAndKeepHistory) {
  ASSERT_TRUE(apply_roster_import(plan(kRoster), tree, roster, kToday).ok());
  RosterImportPlan p = plan(
      "姓名,党员编号,组织编码,人员类别,转正日期,状态,状态日期\n"
      "李四,D002,A2,正式党员,2024-12-01,正常,\n");
  ASSERT_FALSE(p.ok()) << "转正日期 in the future";
  p = plan(
      "姓名,党员编号,组织编码,人员类别,转正日期,状态,状态日期\n"
      "李四,D002,A2,正式党员,2024-05-01,正常,\n"
      "王五,D003,A2,,,已转出,2024-05-20\n");
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.updates, 2u);
  ASSERT_EQ(p.rows[0].changes.size(), 3u);
  EXPECT_EQ(p.rows[0].changes[0].column, "所在党组织");
  EXPECT_EQ(p.rows[0].changes[1].column, "人员类别");
  EXPECT_EQ(p.rows[0].changes[1].before, "预备党员");
  EXPECT_EQ(p.rows[0].changes[1].after, "正式党员");
  ASSERT_TRUE(apply_roster_import(p, tree, roster, kToday).ok());
  const Member& li = *roster.find_number("D002");
  EXPECT_EQ(li.org, a2);
  EXPECT_EQ(li.org_history.size(), 2u);
  const Member& wang = *roster.find_number("D003");
  EXPECT_EQ(wang.status, MemberStatus::kTransferredOut);
  EXPECT_EQ(wang.status_since, (Date{2024, 5, 20}));
  EXPECT_EQ(wang.status_history.size(), 2u);
  EXPECT_EQ(wang.category, Category::kFull) << "an empty cell leaves an existing member's field alone";
  EXPECT_EQ(wang.joined, (Date{1999, 6, 30})) << "a column absent from the file leaves the field alone";
}

TEST_F(RosterImportTest, EmptyCadreCellsKeepWhatIsKnown) {
  ASSERT_TRUE(apply_roster_import(plan(kRoster), tree, roster, kToday).ok());
  RosterImportPlan p = plan("姓名,党员编号,是否党员干部,干部层级\n张三,D001,,\n王五,D003,,乡科级\n李四,D002,否,\n");
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.rows[0].action, PlanAction::kUnchanged) << "张三 stays a 县处级 cadre";
  ASSERT_EQ(p.rows[1].action, PlanAction::kUpdate) << "a level alone makes 王五 a cadre";
  EXPECT_TRUE(p.rows[1].member.cadre);
  EXPECT_EQ(p.rows[1].member.cadre_level, CadreLevel::kTownship);
  EXPECT_EQ(p.rows[2].action, PlanAction::kUnchanged);
  p = plan("姓名,党员编号,是否党员干部\n张三,D001,否\n");
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_FALSE(p.rows[0].member.cadre);
  EXPECT_EQ(p.rows[0].member.cadre_level, CadreLevel::kNone) << "no level without being a cadre";
}

TEST_F(RosterImportTest, AnImporterStaysInsideTheirScope) {
  ASSERT_TRUE(apply_roster_import(plan(kRoster), tree, roster, kToday).ok());
  options.may_import_into = [&](OrgId org) { return org == a1; };
  RosterImportPlan p = plan(
      "姓名,党员编号,组织编码,人员类别\n"
      "新人,D100,A1,预备党员\n"
      "外人,D101,B,预备党员\n"
      "王五,D003,A1,正式党员\n");  // D003 is in A2: cannot be pulled in
  ASSERT_EQ(p.errors.size(), 2u) << errors(p);
  EXPECT_EQ(p.errors[0].line, 3);
  EXPECT_EQ(p.errors[0].message, "组织编码“B”不在您的管辖范围内");
  EXPECT_EQ(p.errors[1].line, 4);
  EXPECT_EQ(p.errors[1].message, "党员编号“D003”不在您的管辖范围内，不能在这里新增或修改");
}

// Issue 8, item 7: a scoped importer learns nothing about what lies outside
// the scope: a number, code or name there gets the words one that does not
// exist at all gets.
TEST_F(RosterImportTest, OutsideTheScopeSoundsLikeNowhere) {
  ASSERT_TRUE(apply_roster_import(plan(kRoster), tree, roster, kToday).ok());
  options.may_import_into = [&](OrgId org) { return org == a1; };
  // Every error of a plan, with `word` (the number, code or name typed) made neutral.
  auto said = [](const RosterImportPlan& p, const std::string& word) {
    std::string out = errors(p);
    for (auto at = out.find(word); at != std::string::npos; at = out.find(word)) out.replace(at, word.size(), "#");
    return out;
  };
  // D003 is 王五 of A2 (outside); D999 is nobody. Status-only rows, as a branch keeps them.
  RosterImportPlan outside = plan("姓名,党员编号,状态\n王五,D003,失联\n");
  RosterImportPlan nowhere = plan("姓名,党员编号,状态\n王五,D999,失联\n");
  EXPECT_FALSE(outside.ok());
  EXPECT_EQ(said(outside, "D003"), said(nowhere, "D999"));
  EXPECT_NE(outside.errors[0].message.find("不在您的管辖范围内"), std::string::npos) << errors(outside);

  // A code of an organisation outside, and one nobody has.
  outside = plan("姓名,党员编号,组织编码,人员类别\n新人,D100,A2,预备党员\n");
  nowhere = plan("姓名,党员编号,组织编码,人员类别\n新人,D100,ZZ9,预备党员\n");
  ASSERT_EQ(outside.errors.size(), 1u) << errors(outside);
  EXPECT_EQ(said(outside, "A2"), said(nowhere, "ZZ9"));
  EXPECT_EQ(outside.errors[0].message.find("第二党支部"), std::string::npos);

  // A name outside, and a name nobody has.
  outside = plan("姓名,党员编号,所在党组织,人员类别\n新人,D100,第二党支部,预备党员\n");
  nowhere = plan("姓名,党员编号,所在党组织,人员类别\n新人,D100,第九党支部,预备党员\n");
  ASSERT_EQ(outside.errors.size(), 1u) << errors(outside);
  EXPECT_EQ(said(outside, "第二党支部"), said(nowhere, "第九党支部"));
  // The operator (no scope) is still told plainly.
  options.may_import_into = nullptr;
  nowhere = plan("姓名,党员编号,组织编码,人员类别\n新人,D100,ZZ9,预备党员\n");
  ASSERT_EQ(nowhere.errors.size(), 1u);
  EXPECT_NE(nowhere.errors[0].message.find("找不到"), std::string::npos);
}

TEST_F(RosterImportTest, Gb18030FilesImportLikeUtf8) {
  std::string utf8 = kRoster;
  std::string gb(utf8.size() * 2, '\0');
  UErrorCode err = U_ZERO_ERROR;
  gb.resize(static_cast<std::size_t>(ucnv_convert("GB18030", "UTF-8", gb.data(), static_cast<int32_t>(gb.size()),
                                                  utf8.data(), static_cast<int32_t>(utf8.size()), &err)));
  ASSERT_TRUE(U_SUCCESS(err));
  RosterImportPlan p = plan(gb);
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.encoding, TextEncoding::kGb18030);
  ASSERT_TRUE(apply_roster_import(p, tree, roster, kToday).ok());
  EXPECT_EQ(roster.find_number("D001")->name, "张三");
  EXPECT_EQ(plan(kRoster).unchanged, 3u) << "the UTF-8 file is the same roster";
}

TEST_F(RosterImportTest, AStalePlanIsRefused) {
  RosterImportPlan p = plan(kRoster);
  Member m;
  m.name = "插队";
  m.number = "X1";
  m.org = a1;
  ASSERT_TRUE(roster.add(m, kToday).ok());
  Status s = apply_roster_import(p, tree, roster, kToday);
  EXPECT_EQ(s.code(), Code::kConflict);
  EXPECT_EQ(roster.size(), 1u);
}

TEST_F(RosterImportTest, ErrorsAreCappedAndExtraCellsAreErrors) {
  std::string csv = "姓名,党员编号,组织编码,人员类别\n";
  for (int i = 0; i < 3000; ++i) csv += "某,,A1,正式党员\n";
  RosterImportPlan p = plan(csv);
  EXPECT_EQ(p.errors.size(), kMaxReportedErrors + 1);
  p = plan("姓名,党员编号,组织编码,人员类别\n张三,D001,A1,正式党员,,\n李四,D002,A1,正式党员,多余\n");
  ASSERT_EQ(p.errors.size(), 1u) << errors(p);
  EXPECT_EQ(p.errors[0].line, 3);
}

TEST_F(RosterImportTest, BrokenCsvIsAnErrorWithItsLine) {
  RosterImportPlan p = plan("姓名,党员编号\n\"张三,D001\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].line, 2);
  EXPECT_FALSE(plan("").ok());
}

}  // namespace
}  // namespace nc::domain
