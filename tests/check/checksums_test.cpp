#include "check/checksums.h"

#include <gtest/gtest.h>

namespace nc::check {
namespace {

TEST(ResidentId, AcceptsTheStandardsWorkedExample) {
  // GB 11643-1999 appendix example.
  EXPECT_EQ(resident_id_check_char("11010519491231002"), 'X');
  EXPECT_TRUE(valid_resident_id18("11010519491231002X", 2026));
  EXPECT_TRUE(valid_resident_id18("11010519491231002x", 2026));
}

TEST(ResidentId, RejectsAWrongCheckCharacter) {
  EXPECT_FALSE(valid_resident_id18("110105194912310021", 2026));
  EXPECT_FALSE(valid_resident_id18("110105194912310020", 2026));
}

TEST(ResidentId, RejectsImpossibleBirthDatesEvenWithAMatchingCheckCharacter) {
  std::string s17 = "11010519490230002";  // 30 February
  std::string id = s17 + resident_id_check_char(s17);
  EXPECT_FALSE(valid_resident_id18(id, 2026));
  s17 = "11010519491301002";  // month 13
  EXPECT_FALSE(valid_resident_id18(s17 + resident_id_check_char(s17), 2026));
  s17 = "11010520000229002";  // 2000 is a leap year
  EXPECT_TRUE(valid_resident_id18(s17 + resident_id_check_char(s17), 2026));
  s17 = "11010519000229002";  // 1900 is not
  EXPECT_FALSE(valid_resident_id18(s17 + resident_id_check_char(s17), 2026));
}

TEST(ResidentId, RejectsFutureBirthYearsAndUnknownProvinces) {
  std::string s17 = "11010520400101002";
  EXPECT_FALSE(valid_resident_id18(s17 + resident_id_check_char(s17), 2026));
  EXPECT_TRUE(valid_resident_id18(s17 + resident_id_check_char(s17), 2040));
  s17 = "99010519491231002";
  EXPECT_FALSE(valid_resident_id18(s17 + resident_id_check_char(s17), 2026));
}

TEST(ResidentId, LegacyFifteenDigitFormNeedsProvinceAndDate) {
  EXPECT_TRUE(valid_resident_id15("110105491231002"));
  EXPECT_FALSE(valid_resident_id15("110105491331002"));
  EXPECT_FALSE(valid_resident_id15("990105491231002"));
  EXPECT_FALSE(valid_resident_id15("11010549123100"));
}

TEST(Luhn, AcceptsKnownTestNumbersAndRejectsOneDigitChanges) {
  EXPECT_TRUE(luhn_ok("4111111111111111"));
  EXPECT_TRUE(luhn_ok("6222021234567890123") == (luhn_check_digit("622202123456789012") == '3'));
  EXPECT_FALSE(luhn_ok("4111111111111112"));
  EXPECT_EQ(luhn_check_digit("411111111111111"), '1');
  EXPECT_EQ(luhn_check_digit("7992739871"), '3');  // the Wikipedia example
  EXPECT_FALSE(luhn_ok("41111a1111111111"));
}

TEST(Uscc, AcceptsARealCodeAndRejectsAWrongCheckCharacter) {
  // Check character computed by GB 32100's algorithm for a code of the form
  // used by enterprises registered in Beijing.
  const std::string s17 = "91110108MA01ABCD1";
  const char c = uscc_check_char(s17);
  ASSERT_NE(c, 0);
  EXPECT_TRUE(valid_uscc(s17 + c));
  const char other = c == '0' ? '1' : '0';
  EXPECT_FALSE(valid_uscc(s17 + other));
}

TEST(Uscc, KnownCodeValidates) {
  // 91350100M000100Y43: the sample printed in GB 32100-2015.
  EXPECT_TRUE(valid_uscc("91350100M000100Y43"));
  EXPECT_TRUE(valid_uscc("91350100m000100y43"));
  EXPECT_FALSE(valid_uscc("91350100M000100Y44"));
}

TEST(Uscc, RejectsLettersOutsideTheAlphabetAndBadDivisions) {
  EXPECT_EQ(uscc_check_char("91110108MA01ABCI1"), 0);  // I is not used
  EXPECT_EQ(uscc_check_char("91110108MA01ABCO1"), 0);  // nor O
  std::string s17 = "91990108MA01ABCD1";               // province 99
  EXPECT_FALSE(valid_uscc(s17 + uscc_check_char(s17)));
}

}  // namespace
}  // namespace nc::check
