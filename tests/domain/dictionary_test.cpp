#include "domain/dictionary.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

TEST(ValidateDictionary, TrimsTermsAndNotes) {
  auto v = validate_dictionary({{"  天枢工程 ", " 在研项目\t"}, {"青鸟系统", ""}});
  ASSERT_TRUE(v.ok()) << v.status().message();
  EXPECT_EQ((*v)[0].term, "天枢工程");
  EXPECT_EQ((*v)[0].note, "在研项目");
  EXPECT_EQ((*v)[1].term, "青鸟系统");
}

TEST(ValidateDictionary, NamesTheFirstBadEntry) {
  auto empty = validate_dictionary({{"天枢工程", ""}, {"   ", ""}});
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("第 2 个词条"), std::string::npos);
  auto twice = validate_dictionary({{"天枢工程", ""}, {"青鸟", ""}, {" 天枢工程", ""}});
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("第 3 个词条"), std::string::npos);
  EXPECT_NE(twice.status().message().find("重复"), std::string::npos);
}

TEST(ValidateDictionary, RefusesControlCharactersInvalidUtf8AndOverlongTerms) {
  EXPECT_FALSE(validate_dictionary({{"天枢\n工程", ""}}).ok());
  EXPECT_FALSE(validate_dictionary({{"天枢", "说\x01明"}}).ok());
  EXPECT_FALSE(validate_dictionary({{"\xe5\xa4", ""}}).ok());
  EXPECT_FALSE(validate_dictionary({{"。，、★", ""}}).ok());
  EXPECT_TRUE(validate_dictionary({{"X-9", ""}}).ok());
  std::string fifty, fifty_one;
  for (int i = 0; i < 50; ++i) fifty += "密";
  fifty_one = fifty + "密";
  EXPECT_TRUE(validate_dictionary({{fifty, ""}}).ok());
  EXPECT_FALSE(validate_dictionary({{fifty_one, ""}}).ok());
}

TEST(ValidateDictionary, AtMostAThousandTerms) {
  std::vector<DictionaryTerm> terms;
  for (size_t i = 0; i < kMaxOrgDictionaryTerms; ++i) terms.push_back({"词" + std::to_string(i), ""});
  EXPECT_TRUE(validate_dictionary(terms).ok());
  terms.push_back({"多一个", ""});
  EXPECT_FALSE(validate_dictionary(terms).ok());
}

TEST(ApplicableDictionaries, AreThoseOfTheOrganisationAndItsAncestorsRootFirst) {
  const Date day{2024, 1, 1};
  OrgTree tree;
  OrgId r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, day);
  OrgId a = *tree.create("A", "党总支", OrgType::kGeneralBranch, r, day);
  OrgId a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, a, day);
  OrgId b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  std::vector<OrgDictionary> dicts = {
      {a1, {{"支部词", ""}}}, {b, {{"别的支部", ""}}}, {r, {{"党委词", ""}}}, {a, {}}};
  auto at_a1 = applicable_dictionaries(tree, a1, dicts);
  ASSERT_EQ(at_a1.size(), 2u);  // a's dictionary is empty
  EXPECT_EQ(at_a1[0]->org, r);
  EXPECT_EQ(at_a1[1]->org, a1);
  auto at_a = applicable_dictionaries(tree, a, dicts);
  ASSERT_EQ(at_a.size(), 1u);
  EXPECT_EQ(at_a[0]->org, r);
  EXPECT_TRUE(applicable_dictionaries(tree, OrgId{99}, dicts).empty());
}

}  // namespace
}  // namespace nc::domain
