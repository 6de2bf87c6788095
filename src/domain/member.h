// A party member as the workflows need them, and no more (PIPL
// minimisation): no ID number, address or phone. Plain value; Roster owns
// and changes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/ids.h"

namespace nc::domain {

enum class Category { kFull, kProbationary };  // 正式党员 / 预备党员
enum class CadreLevel { kNone, kProvincial, kBureau, kCounty, kTownship, kOther };
enum class MemberStatus { kActive, kTransferredOut, kLostContact, kDeceased, kLeft };

std::string_view category_name(Category c);       // "正式党员", "预备党员"
std::string_view cadre_level_name(CadreLevel l);  // "", "省部级", "厅局级", "县处级", "乡科级", "其他"
std::string_view status_name(MemberStatus s);     // "正常", "已转出", "失联", "已去世", "已出党"
// Parsers accept the names above and common short forms ("正式", "预备",
// "转出", "去世", "在册"); nothing for anything else.
std::optional<Category> parse_category(std::string_view text);
std::optional<CadreLevel> parse_cadre_level(std::string_view text);
std::optional<MemberStatus> parse_status(std::string_view text);
// Whether a member in this status is still on the organisation's roll (在册):
// active or lost contact (失联 members stay members until a decision says
// otherwise). Transferred out, deceased and left are not.
bool on_roll(MemberStatus s);

struct OrgSpell {
  OrgId org;
  Date from;
  std::optional<Date> to;  // empty: current
  friend bool operator==(const OrgSpell&, const OrgSpell&) = default;
};

struct StatusSpell {
  MemberStatus status = MemberStatus::kActive;
  Date from;
  std::optional<Date> to;
  friend bool operator==(const StatusSpell&, const StatusSpell&) = default;
};

struct Member {
  MemberId id;
  std::string name;
  std::string number;  // 党员编号, unique
  OrgId org;
  Category category = Category::kFull;
  bool cadre = false;                          // 党员干部
  CadreLevel cadre_level = CadreLevel::kNone;  // kNone when not a cadre or not known
  MemberStatus status = MemberStatus::kActive;
  std::optional<Date> status_since;
  std::optional<Date> joined;               // 入党日期
  std::optional<Date> regularised;          // 转正日期
  std::vector<OrgSpell> org_history;        // oldest first, kept by Roster
  std::vector<StatusSpell> status_history;  // oldest first, kept by Roster
  friend bool operator==(const Member&, const Member&) = default;
};

}  // namespace nc::domain
