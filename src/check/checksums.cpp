#include "check/checksums.h"

#include <array>

namespace nc::check {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int num(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int uscc_value(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  size_t p = kUsccAlphabet.find(c);
  return p == std::string_view::npos ? -1 : static_cast<int>(p);
}

}  // namespace

bool valid_province(int code) {
  return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
         (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71 ||
         code == 81 || code == 82 || code == 83;
}

bool valid_date(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

char resident_id_check_char(std::string_view first17) {
  static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::string_view kCheck = "10X98765432";
  if (first17.size() != 17 || !all_digits(first17)) return 0;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

bool valid_resident_id18(std::string_view id, int max_year) {
  if (id.size() != 18) return false;
  const char check = resident_id_check_char(id.substr(0, 17));
  if (check == 0) return false;
  const char last = id[17] == 'x' ? 'X' : id[17];
  if (last != check) return false;
  if (!valid_province(num(id.substr(0, 2)))) return false;
  const int year = num(id.substr(6, 4));
  return year >= 1900 && year <= max_year && valid_date(year, num(id.substr(10, 2)), num(id.substr(12, 2)));
}

bool valid_resident_id15(std::string_view id) {
  if (id.size() != 15 || !all_digits(id)) return false;
  if (!valid_province(num(id.substr(0, 2)))) return false;
  return valid_date(1900 + num(id.substr(6, 2)), num(id.substr(8, 2)), num(id.substr(10, 2)));
}

bool luhn_ok(std::string_view digits) {
  if (digits.size() < 2 || !all_digits(digits)) return false;
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

char luhn_check_digit(std::string_view digits) {
  if (!all_digits(digits)) return 0;
  int sum = 0;
  bool dbl = true;  // the rightmost payload digit is doubled
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

char uscc_check_char(std::string_view first17) {
  static constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (first17.size() != 17) return 0;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    const int v = uscc_value(first17[i]);
    if (v < 0) return 0;
    sum += v * kWeights[i];
  }
  const int c = 31 - sum % 31;
  return kUsccAlphabet[c == 31 ? 0 : c];
}

bool valid_uscc(std::string_view code) {
  if (code.size() != 18) return false;
  const char check = uscc_check_char(code.substr(0, 17));
  if (check == 0) return false;
  char last = code[17];
  if (last >= 'a' && last <= 'z') last = static_cast<char>(last - 'a' + 'A');
  if (last != check) return false;
  // Registration authority, organisation type, then a 6-digit administrative
  // division whose province part is valid.
  if (!all_digits(code.substr(2, 6))) return false;
  const int province = (code[2] - '0') * 10 + (code[3] - '0');
  return province == 10 || valid_province(province);  // 10: central organs
}

}  // namespace nc::check
