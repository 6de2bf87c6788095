#include "domain/date.h"

#include <cstdio>

namespace nc::domain {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Reads 1..max_digits ASCII digits at text[pos]; advances pos.
std::optional<int> read_number(std::string_view text, std::size_t& pos, std::size_t max_digits) {
  std::size_t start = pos;
  int value = 0;
  while (pos < text.size() && pos - start < max_digits && text[pos] >= '0' && text[pos] <= '9') {
    value = value * 10 + (text[pos] - '0');
    ++pos;
  }
  if (pos == start) return std::nullopt;
  return value;
}

bool consume(std::string_view text, std::size_t& pos, std::string_view token) {
  if (text.substr(pos, token.size()) != token) return false;
  pos += token.size();
  return true;
}

}  // namespace

bool Date::valid() const {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= days_in(year, month);
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buf;
}

std::optional<Date> parse_date(std::string_view text) {
  Date d;
  if (text.size() == 8 && text.find_first_not_of("0123456789") == std::string_view::npos) {
    d = {(text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0'),
         (text[4] - '0') * 10 + (text[5] - '0'), (text[6] - '0') * 10 + (text[7] - '0')};
    return d.valid() ? std::optional<Date>(d) : std::nullopt;
  }
  std::size_t pos = 0;
  auto y = read_number(text, pos, 4);
  if (!y || pos != 4) return std::nullopt;
  bool chinese = false;
  if (consume(text, pos, "年")) {
    chinese = true;
  } else if (!(consume(text, pos, "-") || consume(text, pos, "/") || consume(text, pos, "."))) {
    return std::nullopt;
  }
  char separator = chinese ? 0 : text[pos - 1];
  auto m = read_number(text, pos, 2);
  if (!m) return std::nullopt;
  if (chinese) {
    if (!consume(text, pos, "月")) return std::nullopt;
  } else if (pos >= text.size() || text[pos++] != separator) {
    return std::nullopt;
  }
  auto day = read_number(text, pos, 2);
  if (!day) return std::nullopt;
  if (chinese) consume(text, pos, "日");
  if (pos != text.size()) return std::nullopt;
  d = {*y, *m, *day};
  return d.valid() ? std::optional<Date>(d) : std::nullopt;
}

std::int64_t days_since_epoch(const Date& date) {
  // Counted from 0000-03-01 in 400-year eras, so the leap day ends a year.
  const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t month_from_march = (date.month + 9) % 12;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date date_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

}  // namespace nc::domain
