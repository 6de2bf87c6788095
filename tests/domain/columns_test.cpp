#include "domain/columns.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

TEST(Columns, NamesRefuseControlsSeparatorsAndBidiControls) {
  EXPECT_FALSE(has_control_char("张三"));
  EXPECT_FALSE(has_control_char("示范单位党委（第一）"));
  EXPECT_FALSE(has_control_char("O'Brien – 李"));  // U+2013 is text, not a control
  for (const char* bad : {"a\nb", "a\tb", "a\x7f", "a\xC2\x85", "a\xE2\x80\xA8", "a\xE2\x80\xA9",
                          // bidi: LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, ALM
                          "a\xE2\x80\x8E", "a\xE2\x80\x8F", "a\xE2\x80\xAA", "a\xE2\x80\xAB", "a\xE2\x80\xAC",
                          "a\xE2\x80\xAD", "\xE2\x80\xAE" "txt.exe", "a\xE2\x81\xA6", "a\xE2\x81\xA7",
                          "a\xE2\x81\xA8", "a\xE2\x81\xA9", "a\xD8\x9C"}) {
    EXPECT_TRUE(has_control_char(bad)) << bad;
  }
  // Neighbours of the refused ranges stay allowed: U+2027, U+202F, U+2065 (unassigned), U+206A.
  EXPECT_FALSE(has_control_char("a\xE2\x80\xA7"));
  EXPECT_FALSE(has_control_char("a\xE2\x80\xAF"));
  EXPECT_FALSE(has_control_char("a\xE2\x81\xAA"));
}

}  // namespace
}  // namespace nc::domain
