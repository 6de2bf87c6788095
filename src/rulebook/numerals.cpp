#include "rulebook/numerals.h"

#include <vector>

#include "common/utf8.h"

namespace nc::rulebook {
namespace {

int digit_value(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: break;
  }
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

long unit_value(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    case U'万': return 10000;
    default: return 0;
  }
}

std::vector<char32_t> decode(std::string_view s) {
  std::vector<char32_t> out;
  size_t i = 0;
  while (i < s.size()) out.push_back(utf8::next(s, i));
  return out;
}

bool all_arabic(const std::vector<char32_t>& cps) {
  for (char32_t c : cps)
    if (!((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'))) return false;
  return true;
}

// Parses a numeral below 10000 (no 万): digit-unit pairs with falling units,
// then an optional ones digit. 零 stands exactly where an order is skipped
// (一百零一, 一千零一十); a leading 十 means 一十 (十四).
std::optional<long> parse_below_wan(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  long total = 0;
  long last_unit = 0;  // 0: no unit yet
  int pending = -1;    // a digit waiting for its unit
  bool zero = false;
  for (size_t k = begin; k < end; ++k) {
    const char32_t c = cps[k];
    const int d = digit_value(c);
    if (d == 0) {
      if (pending >= 0 || last_unit == 0 || zero) return std::nullopt;
      zero = true;
      continue;
    }
    if (d > 0) {
      if (pending >= 0) return std::nullopt;
      pending = d;
      continue;
    }
    const long u = unit_value(c);
    if (u == 0 || u >= 10000) return std::nullopt;
    if (last_unit != 0 && u >= last_unit) return std::nullopt;
    if (pending < 0) {
      if (u != 10 || last_unit != 0) return std::nullopt;
      pending = 1;
    }
    if (last_unit != 0 && zero != (u < last_unit / 10)) return std::nullopt;
    total += pending * u;
    last_unit = u;
    pending = -1;
    zero = false;
  }
  if (pending >= 0) {
    if (last_unit != 0 && zero != (last_unit > 10)) return std::nullopt;
    return total + pending;
  }
  if (zero || last_unit == 0) return std::nullopt;
  return total;
}

}  // namespace

std::optional<long> parse_numeral(std::string_view text) {
  const auto cps = decode(text);
  if (cps.empty() || cps.size() > 16) return std::nullopt;
  if (all_arabic(cps)) {
    long v = 0;
    for (char32_t c : cps) v = v * 10 + digit_value(c);
    return v;
  }
  if (cps.size() == 1 && digit_value(cps[0]) == 0) return 0;
  size_t wan = cps.size();
  for (size_t k = 0; k < cps.size(); ++k)
    if (cps[k] == U'万') {
      if (wan != cps.size()) return std::nullopt;
      wan = k;
    }
  if (wan == cps.size()) return parse_below_wan(cps, 0, cps.size());
  const auto high = parse_below_wan(cps, 0, wan);
  if (!high) return std::nullopt;
  size_t low_begin = wan + 1;
  if (low_begin == cps.size()) return *high * 10000;
  bool zero = false;
  if (digit_value(cps[low_begin]) == 0) zero = true, ++low_begin;
  const auto low = parse_below_wan(cps, low_begin, cps.size());
  if (!low) return std::nullopt;
  if (!zero && *low < 1000) return std::nullopt;  // 一万五 / 一万零五十 forms
  return *high * 10000 + *low;
}

std::optional<long> parse_digit_sequence(std::string_view text) {
  const auto cps = decode(text);
  if (cps.empty() || cps.size() > 9) return std::nullopt;
  long v = 0;
  for (char32_t c : cps) {
    const int d = digit_value(c);
    if (d < 0 || c == U'两') return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

std::string to_chinese_numeral(long n) {
  static const char* kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 0 || n >= 100000000) return std::to_string(n);
  if (n == 0) return kDigits[0];
  // One group below 10000; `head` when it starts the number (十四, not 一十四).
  auto below_wan = [&](long v, bool head) {
    static const char* kUnits[] = {"千", "百", "十", ""};
    static const long kDiv[] = {1000, 100, 10, 1};
    std::string out;
    bool started = false;
    bool gap = false;
    for (int k = 0; k < 4; ++k) {
      const long d = (v / kDiv[k]) % 10;
      if (d == 0) {
        gap = started;
        continue;
      }
      if (gap) out += kDigits[0];
      gap = false;
      if (!(k == 2 && d == 1 && !started && head)) out += kDigits[d];
      out += kUnits[k];
      started = true;
    }
    return out;
  };
  if (n < 10000) return below_wan(n, true);
  std::string out = below_wan(n / 10000, true) + "万";
  const long low = n % 10000;
  if (low == 0) return out;
  return out + (low < 1000 ? kDigits[0] : "") + below_wan(low, false);
}

}  // namespace nc::rulebook
