#include "domain/org_tree.h"

#include <gtest/gtest.h>

#include <random>

namespace nc::domain {
namespace {

const Date kDay{2020, 1, 1};

TEST(OrgTreeTest, WithinAnswersForTheWholeSubtreeAndNothingElse) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支", OrgType::kGeneralBranch, r, kDay);
  OrgId a1 = *t.create("A1", "支部一", OrgType::kBranch, a, kDay);
  OrgId b = *t.create("B", "支部二", OrgType::kBranch, r, kDay);
  EXPECT_TRUE(t.within(a1, r));
  EXPECT_TRUE(t.within(a1, a));
  EXPECT_TRUE(t.within(a, a));
  EXPECT_FALSE(t.within(a, a1));
  EXPECT_FALSE(t.within(b, a));
  EXPECT_FALSE(t.within(OrgId{99}, r));
  EXPECT_EQ(t.ancestry(a1), (OrgPath{a1, a, r}));
  EXPECT_EQ(t.subtree(a), (std::vector<OrgId>{a, a1}));
  EXPECT_EQ(t.find_code("A1")->name, "支部一");
}

TEST(OrgTreeTest, RejectsDuplicateCodesUnknownParentsAndChildrenOfABranch) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId b = *t.create("B", "支部", OrgType::kBranch, r, kDay);
  EXPECT_EQ(t.create("R", "又一个", OrgType::kBranch, r, kDay).status().code(), Code::kConflict);
  EXPECT_EQ(t.create("X", "孤儿", OrgType::kBranch, OrgId{77}, kDay).status().code(), Code::kNotFound);
  EXPECT_EQ(t.create("C", "支部下", OrgType::kBranch, b, kDay).status().code(), Code::kConflict);
  EXPECT_FALSE(t.create("", "无编码", OrgType::kBranch, r, kDay).ok());
  EXPECT_EQ(t.size(), 2u);
}

TEST(OrgTreeTest, AMoveKeepsThePastParentWithDates) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支一", OrgType::kGeneralBranch, r, kDay);
  OrgId c = *t.create("C", "总支二", OrgType::kGeneralBranch, r, kDay);
  OrgId x = *t.create("X", "支部", OrgType::kBranch, a, kDay);
  ASSERT_TRUE(t.move(x, c, Date{2022, 3, 1}).ok());
  EXPECT_EQ(t.find(x)->parent, c);
  EXPECT_TRUE(t.within(x, c));
  EXPECT_FALSE(t.within(x, a));
  EXPECT_EQ(t.parent_on(x, Date{2021, 6, 1}), a);
  EXPECT_EQ(t.parent_on(x, Date{2022, 3, 1}), c);
  EXPECT_EQ(t.parent_on(x, Date{2019, 1, 1}), std::nullopt);
  ASSERT_EQ(t.find(x)->parents.size(), 2u);
  EXPECT_EQ(t.find(x)->parents[0].to, (Date{2022, 3, 1}));
  EXPECT_EQ(t.events().back().kind, OrgEventKind::kMoved);
  EXPECT_EQ(t.events().back().from, a);
  EXPECT_EQ(t.events().back().to, c);
}

TEST(OrgTreeTest, AnOrganisationCannotMoveUnderItselfOrItsDescendants) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支", OrgType::kGeneralBranch, r, kDay);
  OrgId a2 = *t.create("A2", "总支下总支", OrgType::kGeneralBranch, a, kDay);
  EXPECT_FALSE(t.move(a, a2, kDay).ok());
  EXPECT_FALSE(t.move(a, a, kDay).ok());
  EXPECT_FALSE(t.move(r, a2, kDay).ok());
  EXPECT_EQ(t.find(a)->parent, r);
}

TEST(OrgTreeTest, AMergeMovesChildrenAndKeepsTheAbsorbedOrganisationInsideItsSuccessor) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支一", OrgType::kGeneralBranch, r, kDay);
  OrgId c = *t.create("C", "总支二", OrgType::kGeneralBranch, r, kDay);
  OrgId a1 = *t.create("A1", "支部一", OrgType::kBranch, a, kDay);
  Date on{2023, 1, 1};
  ASSERT_TRUE(t.merge(a, c, on).ok());
  const Organisation* merged = t.find(a);
  EXPECT_FALSE(merged->active);
  EXPECT_EQ(merged->merged_into, c);
  EXPECT_TRUE(t.within(a, c)) << "what the absorbed organisation owned stays visible to its successor";
  EXPECT_EQ(t.find(a1)->parent, c);
  EXPECT_EQ(t.parent_on(a1, Date{2022, 12, 31}), a);
  EXPECT_EQ(t.events().back().kind, OrgEventKind::kMerged);
  EXPECT_FALSE(t.move(a, r, on).ok()) << "a merged organisation no longer moves";
  EXPECT_FALSE(t.create("N", "新支部", OrgType::kBranch, a, on).ok());
  EXPECT_EQ(t.find_code("A"), merged) << "codes stay reserved";
}

TEST(OrgTreeTest, RenamesAndRetypesAreEvents) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支", OrgType::kGeneralBranch, r, kDay);
  *t.create("A1", "支部", OrgType::kBranch, a, kDay);
  ASSERT_TRUE(t.rename(a, "第一党总支", kDay).ok());
  EXPECT_EQ(t.events().back().before, "总支");
  EXPECT_EQ(t.events().back().after, "第一党总支");
  EXPECT_FALSE(t.retype(a, OrgType::kBranch, kDay).ok()) << "it has a branch below";
  EXPECT_TRUE(t.retype(a, OrgType::kCommittee, kDay).ok());
}

TEST(OrgTreeTest, ARecodeKeepsTheOldCodeReservedAlsoAfterRestore) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支", OrgType::kGeneralBranch, r, kDay);
  *t.create("B", "支部", OrgType::kBranch, r, kDay);
  EXPECT_EQ(t.recode(a, "B", kDay).code(), Code::kConflict) << "taken by another";
  ASSERT_TRUE(t.recode(a, "A-NEW", Date{2021, 5, 1}).ok());
  EXPECT_EQ(t.find_code("A-NEW")->id, a);
  EXPECT_EQ(t.find_code("A"), nullptr);
  EXPECT_TRUE(t.code_in_use("A"));
  EXPECT_EQ(t.events().back().kind, OrgEventKind::kRecoded);
  EXPECT_EQ(t.events().back().before, "A");
  EXPECT_EQ(t.events().back().after, "A-NEW");
  EXPECT_EQ(t.create("A", "冒名", OrgType::kBranch, r, kDay).status().code(), Code::kConflict);
  EXPECT_EQ(t.recode(a, "A", kDay).code(), Code::kConflict) << "not even back to itself";

  auto restored = OrgTree::restore(t.all(), t.events());
  ASSERT_TRUE(restored.ok()) << restored.status().message();
  EXPECT_TRUE(restored->code_in_use("A"));
  EXPECT_EQ(restored->create("A", "冒名", OrgType::kBranch, r, kDay).status().code(), Code::kConflict);
  EXPECT_FALSE(t.code_in_use("Z"));
}

TEST(OrgTreeTest, ADissolvedOrganisationStaysAsHistoryAndChangesNoMore) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  OrgId a = *t.create("A", "总支", OrgType::kGeneralBranch, r, kDay);
  OrgId a1 = *t.create("A1", "支部", OrgType::kBranch, a, kDay);
  EXPECT_EQ(t.deactivate(a, kDay).code(), Code::kConflict) << "an active branch below";
  ASSERT_TRUE(t.deactivate(a1, Date{2022, 1, 1}).ok());
  EXPECT_FALSE(t.find(a1)->active);
  EXPECT_EQ(t.find(a1)->merged_into, std::nullopt);
  EXPECT_EQ(t.find(a1)->parent, a) << "it stays where it was";
  EXPECT_EQ(t.events().back().kind, OrgEventKind::kDeactivated);
  EXPECT_EQ(t.deactivate(a1, kDay).code(), Code::kConflict);
  EXPECT_EQ(t.rename(a1, "新名", kDay).code(), Code::kConflict);
  EXPECT_EQ(t.recode(a1, "A1X", kDay).code(), Code::kConflict);
  EXPECT_EQ(t.retype(a1, OrgType::kGeneralBranch, kDay).code(), Code::kConflict);
  EXPECT_FALSE(t.move(a1, r, kDay).ok());
  EXPECT_FALSE(t.create("N", "新", OrgType::kBranch, a1, kDay).ok());
  EXPECT_TRUE(t.deactivate(a, kDay).ok()) << "only inactive organisations below now";
  EXPECT_EQ(t.deactivate(OrgId{99}, kDay).code(), Code::kNotFound);
}

TEST(OrgTreeTest, QueriesStayCorrectDuringABatch) {
  OrgTree t;
  OrgId r = *t.create("R", "党委", OrgType::kCommittee, std::nullopt, kDay);
  {
    OrgTree::Batch batch(t);
    OrgId a = *t.create("A", "总支", OrgType::kGeneralBranch, r, kDay);
    OrgId a1 = *t.create("A1", "支部", OrgType::kBranch, a, kDay);
    EXPECT_TRUE(t.within(a1, r));
    EXPECT_FALSE(t.within(r, a1));
  }
  EXPECT_TRUE(t.within(t.find_code("A1")->id, r));
}

// 10,000 organisations, random shape; within() against the ancestry walk.
TEST(OrgTreeTest, WithinAgreesWithAncestryOnALargeRandomTree) {
  OrgTree t;
  std::mt19937 rng(7);
  std::vector<OrgId> parents;
  {
    OrgTree::Batch batch(t);
    parents.push_back(*t.create("O0", "根", OrgType::kCommittee, std::nullopt, kDay));
    for (int i = 1; i < 10000; ++i) {
      OrgId parent = parents[rng() % parents.size()];
      bool branch = i % 3 == 0;
      OrgId id =
          *t.create("O" + std::to_string(i), "组织", branch ? OrgType::kBranch : OrgType::kGeneralBranch, parent, kDay);
      if (!branch) parents.push_back(id);
    }
  }
  for (int q = 0; q < 20000; ++q) {
    OrgId x{static_cast<std::uint32_t>(rng() % 10000 + 1)}, y{static_cast<std::uint32_t>(rng() % 10000 + 1)};
    if (q % 4 == 0) {
      OrgPath path = t.ancestry(x);
      y = path[rng() % path.size()];
    }
    OrgPath path = t.ancestry(x);
    bool expected = std::find(path.begin(), path.end(), y) != path.end();
    ASSERT_EQ(t.within(x, y), expected) << x.value << " in " << y.value;
  }
}

TEST(OrgTreeTest, AVeryDeepChainNeedsNoRecursion) {
  OrgTree t;
  OrgId first, last;
  {
    OrgTree::Batch batch(t);
    std::optional<OrgId> parent;
    for (int i = 0; i < 20000; ++i) {
      auto id = t.create("D" + std::to_string(i), "层", OrgType::kGeneralBranch, parent, kDay);
      ASSERT_TRUE(id.ok()) << i;
      if (i == 0) first = *id;
      parent = last = *id;
    }
  }
  // What a deep chain must answer, without overflowing the stack: the
  // bottom lies within the top, its ancestry is the whole chain, bottom up.
  EXPECT_TRUE(t.within(last, first));
  EXPECT_FALSE(t.within(first, last));
  const OrgPath path = t.ancestry(last);
  ASSERT_EQ(path.size(), 20000u);
  EXPECT_EQ(path.front(), last);
  EXPECT_EQ(path.back(), first);
  EXPECT_EQ(t.children(first).size(), 1u);
  EXPECT_TRUE(t.children(last).empty());
  // A restore of the same chain (as the store loads it) answers the same.
  auto restored = OrgTree::restore(t.all(), t.events());
  ASSERT_TRUE(restored.ok()) << restored.status().message();
  EXPECT_TRUE(restored->within(last, first));
  EXPECT_EQ(restored->ancestry(last).size(), 20000u);
}

}  // namespace
}  // namespace nc::domain
