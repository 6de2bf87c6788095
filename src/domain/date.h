// A calendar date without time zone (入党日期, 转正日期, the day a move took
// effect). Plain value, totally ordered.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nc::domain {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  friend constexpr auto operator<=>(const Date&, const Date&) = default;
  bool valid() const;
  std::string iso() const;  // "2024-07-01"
};

// Parses the ways dates appear in the spreadsheets branches keep:
// "2024-07-01", "2024/7/1", "2024.7.1", "2024年7月1日", "20240701".
// Returns nothing for anything else, including impossible dates (2023-02-29)
// and years outside 1900..2200.
std::optional<Date> parse_date(std::string_view text);

// Days since 1970-01-01 and back (the proleptic Gregorian calendar), for
// dates computed from instants and for due dates ("30 days after").
std::int64_t days_since_epoch(const Date& date);
Date date_from_days(std::int64_t days);

}  // namespace nc::domain
