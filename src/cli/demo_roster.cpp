#include "cli/demo_roster.h"

#include <algorithm>
#include <cstdio>

namespace nc::cli {
namespace {

using domain::CadreLevel;
using domain::Category;
using domain::Date;

struct Row {
  const char* name;
  int age;             // this year, whether or not the birthday has passed
  int born_month, born_day;
  int member_years;    // 正式党员: joined this many years ago (at least 2)
  int joined_month, joined_day;
  int probation_months;  // 预备党员: joined this many months ago (1–11); 0 for 正式党员
  CadreLevel level;      // kNone: not a cadre
};

// Everyone joined at 22–25; cadres are 42 or older.
constexpr Row kRows[] = {
    {"王建国", 56, 3, 12, 32, 7, 1, 0, CadreLevel::kCounty},
    {"李秀英", 51, 9, 3, 27, 6, 15, 0, CadreLevel::kNone},
    {"张伟", 45, 1, 28, 22, 5, 20, 0, CadreLevel::kNone},
    {"刘洋", 40, 11, 5, 17, 7, 1, 0, CadreLevel::kNone},
    {"陈静", 35, 4, 17, 13, 11, 8, 0, CadreLevel::kNone},
    {"杨帆", 47, 8, 22, 24, 7, 1, 0, CadreLevel::kTownship},
    {"赵磊", 27, 10, 9, 0, 0, 0, 5, CadreLevel::kNone},
    {"黄丽", 38, 2, 14, 15, 6, 30, 0, CadreLevel::kNone},
    {"周强", 53, 6, 6, 29, 12, 10, 0, CadreLevel::kNone},
    {"吴敏", 32, 12, 1, 9, 5, 4, 0, CadreLevel::kNone},
    {"徐涛", 42, 7, 19, 19, 7, 1, 0, CadreLevel::kTownship},
    {"孙婷", 30, 3, 30, 7, 12, 20, 0, CadreLevel::kNone},
    {"马超", 36, 5, 25, 12, 7, 1, 0, CadreLevel::kNone},
    {"朱红", 25, 1, 6, 0, 0, 0, 10, CadreLevel::kNone},
    {"胡斌", 55, 10, 30, 31, 9, 15, 0, CadreLevel::kNone},
    {"郭芳", 44, 2, 2, 21, 4, 18, 0, CadreLevel::kTownship},
    {"何军", 59, 12, 24, 36, 7, 1, 0, CadreLevel::kNone},
    {"林霞", 33, 8, 8, 10, 10, 12, 0, CadreLevel::kNone},
    {"高峰", 39, 9, 17, 16, 7, 1, 0, CadreLevel::kNone},
    {"罗燕", 28, 4, 4, 5, 6, 28, 0, CadreLevel::kNone},
};

}  // namespace

Date add_months(Date date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  Date out{index / 12, index % 12 + 1, date.day};
  while (out.day > 28 && !out.valid()) --out.day;
  return out;
}

std::vector<DemoPerson> demo_people(Date today, Date set_up) {
  std::vector<DemoPerson> out;
  int i = 0;
  for (const Row& row : kRows) {
    DemoPerson p;
    p.branch = i % 3;
    p.born = {today.year - row.age, row.born_month, row.born_day};
    domain::Member& m = p.member;
    m.name = row.name;
    char number[16];
    std::snprintf(number, sizeof number, "DY%04d", i + 1);
    m.number = number;
    m.cadre = row.level != CadreLevel::kNone;
    m.cadre_level = row.level;
    if (row.probation_months > 0) {
      m.category = Category::kProbationary;
      m.joined = add_months(today, -row.probation_months);
    } else {
      m.category = Category::kFull;
      m.joined = Date{today.year - row.member_years, row.joined_month, row.joined_day};
      m.regularised = add_months(*m.joined, 12);
    }
    p.since = std::max(set_up, *m.joined);
    out.push_back(std::move(p));
    ++i;
  }
  return out;
}

}  // namespace nc::cli
