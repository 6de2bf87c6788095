#include "domain/date.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

TEST(DateTest, ParsesTheFormatsSpreadsheetsUse) {
  for (const char* text : {"2021-07-01", "2021/7/1", "2021.07.01", "2021年7月1日", "2021年07月01", "20210701"}) {
    auto d = parse_date(text);
    ASSERT_TRUE(d) << text;
    EXPECT_EQ(d->iso(), "2021-07-01") << text;
  }
}

TEST(DateTest, RejectsImpossibleAndMalformedDates) {
  for (const char* text : {"2023-02-29", "2021-13-01", "2021-00-10", "2021-7", "21-07-01", "2021-07/01", "2021-07-01x",
                           "", "１９９９-01-01", "1899-12-31", "99999999"}) {
    EXPECT_FALSE(parse_date(text)) << text;
  }
  EXPECT_TRUE(parse_date("2024-02-29"));
}

TEST(DateTest, OrdersChronologically) {
  EXPECT_LT(*parse_date("2020-12-31"), *parse_date("2021-01-01"));
  EXPECT_LT(*parse_date("2021-01-31"), *parse_date("2021-02-01"));
}

}  // namespace
}  // namespace nc::domain
