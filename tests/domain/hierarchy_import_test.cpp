#include "domain/hierarchy_import.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

const Date kDay{2024, 6, 1};

std::string errors(const HierarchyImportPlan& p) {
  std::string out;
  for (const auto& e : p.errors) out += std::to_string(e.line) + ":" + e.column + ":" + e.message + "\n";
  return out;
}

const char* kHierarchy =
    "组织编码,组织名称,组织类型,上级组织编码\n"
    "A1,第一党支部,党支部,A\n"  // child before its parent
    "R,计算机学院党委,党委,\n"
    "A,教工党总支,党总支,R\n"
    "B,学生党支部,党支部,R\n";

TEST(HierarchyImportTest, BuildsATreeFromRowsInAnyOrder) {
  OrgTree tree;
  HierarchyImportPlan p = plan_hierarchy_import(kHierarchy, tree, {});
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.adds, 4u);
  ASSERT_EQ(p.rows.size(), 4u);
  EXPECT_EQ(p.rows[0].code, "R") << "parents come first";
  ASSERT_TRUE(apply_hierarchy_import(p, tree, kDay).ok());
  EXPECT_EQ(tree.size(), 4u);
  const Organisation* a1 = tree.find_code("A1");
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->type, OrgType::kBranch);
  EXPECT_TRUE(tree.within(a1->id, tree.find_code("R")->id));
  EXPECT_TRUE(tree.within(a1->id, tree.find_code("A")->id));
}

TEST(HierarchyImportTest, TheSameFileTwiceChangesNothing) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  auto version = tree.version();
  HierarchyImportPlan p = plan_hierarchy_import(kHierarchy, tree, {});
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.unchanged, 4u);
  EXPECT_EQ(p.adds + p.updates, 0u);
  ASSERT_TRUE(apply_hierarchy_import(p, tree, kDay).ok());
  EXPECT_EQ(tree.version(), version);
}

TEST(HierarchyImportTest, ACodeGivenUpByARecodeIsNotAddedAgain) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  ASSERT_TRUE(tree.recode(tree.find_code("B")->id, "B9", kDay).ok());
  HierarchyImportPlan p = plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\nB,新支部,党支部,R\n", tree, {});
  ASSERT_EQ(p.errors.size(), 1u) << "a dry run says what the real import would refuse";
  EXPECT_EQ(p.errors[0].line, 2);
  EXPECT_NE(p.errors[0].message.find("曾被其他党组织使用"), std::string::npos) << p.errors[0].message;
  EXPECT_EQ(p.adds, 0u);
}

TEST(HierarchyImportTest, AChangedParentIsAMoveThatKeepsHistory) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, Date{2020, 1, 1}).ok());
  HierarchyImportPlan p = plan_hierarchy_import(
      "组织编码,组织名称,组织类型,上级组织编码\nB,学生第一党支部,党支部,A\nC,新总支,党总支,R\nA1,第一党支部,党支部,C\n",
      tree, {});
  ASSERT_TRUE(p.ok()) << errors(p);
  EXPECT_EQ(p.adds, 1u);
  EXPECT_EQ(p.updates, 2u);
  ASSERT_TRUE(apply_hierarchy_import(p, tree, kDay).ok());
  OrgId b = tree.find_code("B")->id;
  EXPECT_EQ(tree.find(b)->name, "学生第一党支部");
  EXPECT_EQ(tree.parent_on(b, Date{2021, 1, 1}), tree.find_code("R")->id);
  EXPECT_EQ(tree.parent_on(b, kDay), tree.find_code("A")->id);
  EXPECT_EQ(tree.find_code("A1")->parent, tree.find_code("C")->id);
}

TEST(HierarchyImportTest, RejectsBadRowsWithLineAndReason) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  const char* csv =
      "组织编码,组织名称,组织类型,上级组织编码\n"
      "X1,甲,党小组,R\n"     // 2 type
      "X2,乙,党支部,NOPE\n"  // 3 unknown parent
      "X3,丙,党支部,B\n"     // 4 under a branch
      "X4,丁,党支部,\n"      // 5 second root
      "X5,戊,党支部,X5\n"    // 6 own parent
      "X6,,党支部,R\n"       // 7 name
      "X 7,己,党支部,R\n"    // 8 code
      "X8,庚,党支部,R\n"
      "X8,辛,党支部,R\n";  // 10 duplicate
  HierarchyImportPlan p = plan_hierarchy_import(csv, tree, {});
  std::vector<std::pair<int, std::string>> expected = {
      {2, "组织类型"}, {6, "上级组织编码"}, {7, "组织名称"}, {8, "组织编码"}, {10, "组织编码"}};
  ASSERT_EQ(p.errors.size(), expected.size()) << errors(p);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(p.errors[i].line, expected[i].first) << errors(p);
    EXPECT_EQ(p.errors[i].column, expected[i].second) << errors(p);
  }
  // Row-level problems found, the resolution problems come next.
  p = plan_hierarchy_import(
      "组织编码,组织名称,组织类型,上级组织编码\nX2,乙,党支部,NOPE\nX3,丙,党支部,B\nX4,丁,党支部,\n", tree, {});
  ASSERT_EQ(p.errors.size(), 3u) << errors(p);
  EXPECT_NE(p.errors[0].message.find("找不到上级组织编码"), std::string::npos);
  EXPECT_NE(p.errors[1].message.find("党支部下不能设下级"), std::string::npos);
  EXPECT_NE(p.errors[2].message.find("不能为空"), std::string::npos);
  EXPECT_FALSE(apply_hierarchy_import(p, tree, kDay).ok());
}

TEST(HierarchyImportTest, CyclesAreRejected) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  HierarchyImportPlan p =
      plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\nP,甲,党总支,Q\nQ,乙,党总支,P\n", tree, {});
  ASSERT_EQ(p.errors.size(), 2u) << errors(p);
  EXPECT_NE(p.errors[0].message.find("循环"), std::string::npos);
  // Through the existing tree: A under a new child of itself.
  p = plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\nA,教工党总支,党总支,N\nN,新,党总支,A\n", tree,
                            {});
  EXPECT_FALSE(p.ok());
  EXPECT_NE(errors(p).find("循环"), std::string::npos) << errors(p);
}

TEST(HierarchyImportTest, ABranchWithOrganisationsBelowCannotBecomeABranch) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  HierarchyImportPlan p =
      plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\nA,教工党总支,党支部,R\n", tree, {});
  ASSERT_EQ(p.errors.size(), 1u) << errors(p);
  EXPECT_EQ(p.errors[0].column, "组织类型");
  // Moving the child out in the same file makes it fine.
  p = plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\nA,教工党总支,党支部,R\nA1,第一党支部,党支部,R\n",
                            tree, {});
  ASSERT_TRUE(p.ok()) << errors(p);
  ASSERT_TRUE(apply_hierarchy_import(p, tree, kDay).ok());
  EXPECT_EQ(tree.find_code("A")->type, OrgType::kBranch);
}

TEST(HierarchyImportTest, AnImporterStaysInsideTheirSubtree) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  OrgId a = tree.find_code("A")->id;
  HierarchyImportOptions options;
  options.may_change = [&](OrgId org) { return tree.within(org, a); };
  HierarchyImportPlan p = plan_hierarchy_import(
      "组织编码,组织名称,组织类型,上级组织编码\nA2,第二党支部,党支部,A\nB2,外面,党支部,R\nB,改名,党支部,R\nA1,"
      "第一党支部,党支部,R\n",
      tree, options);
  ASSERT_EQ(p.errors.size(), 3u) << errors(p);
  EXPECT_EQ(p.errors[0].line, 3);
  EXPECT_EQ(p.errors[1].line, 4);
  EXPECT_EQ(p.errors[2].line, 5) << "moving out of the subtree is refused";
}

// Issue 8, item 7: a scoped importer is told only that a code is not in the
// scope, in the same words whether it exists elsewhere or nowhere, and never
// the name of an organisation outside.
TEST(HierarchyImportTest, OutsideTheScopeSoundsLikeNowhere) {
  OrgTree tree;
  ASSERT_TRUE(apply_hierarchy_import(plan_hierarchy_import(kHierarchy, tree, {}), tree, kDay).ok());
  OrgId a = tree.find_code("A")->id;
  HierarchyImportOptions options;
  options.may_change = [&](OrgId org) { return tree.within(org, a); };
  auto one_error = [&](const std::string& row, const std::string& code) {
    HierarchyImportPlan p =
        plan_hierarchy_import("组织编码,组织名称,组织类型,上级组织编码\n" + row + "\n", tree, options);
    EXPECT_EQ(p.errors.size(), 1u) << row << ": " << errors(p);
    if (p.errors.empty()) return std::string();
    std::string m = p.errors[0].column + ":" + p.errors[0].message;
    EXPECT_EQ(m.find("计算机学院党委"), std::string::npos) << m;
    EXPECT_EQ(m.find("学生党支部"), std::string::npos) << m;
    EXPECT_NE(m.find("不在您的管辖范围内"), std::string::npos) << m;
    if (auto at = m.find(code); at != std::string::npos) m.replace(at, code.size(), "X");
    return m;
  };
  // The root (the 党委, as a 党总支 administrator might name it), with and without a parent.
  EXPECT_EQ(one_error("R,改个名,党委,", "R"), one_error("Q9,改个名,党委,", "Q9"));
  EXPECT_EQ(one_error("B,改个名,党支部,R", "B"), one_error("Q9,改个名,党支部,R", "Q9"));
  EXPECT_EQ(one_error("B,改个名,党支部,A", "B"), one_error("Q9,改个名,党支部,ZZ", "Q9"));
  // A parent outside, and a parent nobody has, for a new organisation below.
  EXPECT_EQ(one_error("A3,第三党支部,党支部,B", "A3"), one_error("A3,第三党支部,党支部,ZZ", "A3"));
  // Inside the scope, a move under a parent outside or nowhere: the same words.
  EXPECT_EQ(one_error("A1,第一党支部,党支部,B", "B"), one_error("A1,第一党支部,党支部,ZZ", "ZZ"));
}

}  // namespace
}  // namespace nc::domain
