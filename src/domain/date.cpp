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

}  // namespace nc::domain
