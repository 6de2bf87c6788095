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

TEST(DateTest, DaysSinceEpochRoundTripAndKnownDays) {
  EXPECT_EQ(days_since_epoch(Date{1970, 1, 1}), 0);
  EXPECT_EQ(days_since_epoch(Date{2000, 3, 1}), 11017);
  EXPECT_EQ(days_since_epoch(Date{2024, 2, 29}), 19782);
  EXPECT_EQ(days_since_epoch(Date{1969, 12, 31}), -1);
  EXPECT_EQ(date_from_days(19782), (Date{2024, 2, 29}));
  EXPECT_EQ(date_from_days(19783), (Date{2024, 3, 1}));
  // Every day from 1900 to 2200 comes back as itself, one day after the one before.
  Date previous = date_from_days(days_since_epoch(Date{1900, 1, 1}) - 1);
  EXPECT_EQ(previous, (Date{1899, 12, 31}));
  for (std::int64_t d = days_since_epoch(Date{1900, 1, 1}); d <= days_since_epoch(Date{2200, 12, 31}); ++d) {
    const Date date = date_from_days(d);
    ASSERT_TRUE(date.valid()) << d;
    ASSERT_EQ(days_since_epoch(date), d);
    ASSERT_LT(previous, date);
    previous = date;
  }
}

}  // namespace
}  // namespace nc::domain
