// Check characters and plausibility rules of Chinese identifiers and payment
// cards. Pure functions over ASCII digits/letters (either case); safe from
// any thread. Separators are not accepted: callers pass the bare characters.
#pragma once

#include <string_view>

namespace nc::check {

// GB 11643-1999 resident identity number, 18 characters: 6-digit region,
// 8-digit birth date, 3-digit sequence, check character (0-9 or X).
// True when the check character, the province and the birth date (year
// 1900..max_year) are all valid.
bool valid_resident_id18(std::string_view id, int max_year);
// The GB 11643 check character for the first 17 digits ('0'..'9' or 'X'),
// or 0 when they are not 17 digits.
char resident_id_check_char(std::string_view first17);
// The legacy 15-digit form: region, YYMMDD (19YY), 3-digit sequence.
bool valid_resident_id15(std::string_view id);
// Province / region code (first two digits) of a resident ID.
bool valid_province(int code);
bool valid_date(int year, int month, int day);

// Luhn (ISO/IEC 7812-1) over a digit string.
bool luhn_ok(std::string_view digits);
// Luhn check digit to append to `digits`.
char luhn_check_digit(std::string_view digits);

// GB 32100-2015 unified social credit code, 18 characters from
// 0-9 A-H J-N P-R T U W-Y; the last is the check character.
bool valid_uscc(std::string_view code);
// The check character for the first 17 characters, or 0 when invalid.
char uscc_check_char(std::string_view first17);

}  // namespace nc::check
