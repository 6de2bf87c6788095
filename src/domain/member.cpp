#include "domain/member.h"

namespace nc::domain {

std::string_view category_name(Category c) { return c == Category::kFull ? "正式党员" : "预备党员"; }

std::string_view cadre_level_name(CadreLevel l) {
  switch (l) {
    case CadreLevel::kNone:
      return "";
    case CadreLevel::kProvincial:
      return "省部级";
    case CadreLevel::kBureau:
      return "厅局级";
    case CadreLevel::kCounty:
      return "县处级";
    case CadreLevel::kTownship:
      return "乡科级";
    case CadreLevel::kOther:
      return "其他";
  }
  return "";
}

std::string_view status_name(MemberStatus s) {
  switch (s) {
    case MemberStatus::kActive:
      return "正常";
    case MemberStatus::kTransferredOut:
      return "已转出";
    case MemberStatus::kLostContact:
      return "失联";
    case MemberStatus::kDeceased:
      return "已去世";
    case MemberStatus::kLeft:
      return "已出党";
  }
  return "";
}

std::optional<Category> parse_category(std::string_view t) {
  if (t == "正式党员" || t == "正式") return Category::kFull;
  if (t == "预备党员" || t == "预备") return Category::kProbationary;
  return std::nullopt;
}

std::optional<CadreLevel> parse_cadre_level(std::string_view t) {
  if (t.empty() || t == "无") return CadreLevel::kNone;
  if (t == "省部级") return CadreLevel::kProvincial;
  if (t == "厅局级" || t == "司局级") return CadreLevel::kBureau;
  if (t == "县处级") return CadreLevel::kCounty;
  if (t == "乡科级") return CadreLevel::kTownship;
  if (t == "其他") return CadreLevel::kOther;
  return std::nullopt;
}

std::optional<MemberStatus> parse_status(std::string_view t) {
  if (t == "正常" || t == "在册") return MemberStatus::kActive;
  if (t == "已转出" || t == "转出") return MemberStatus::kTransferredOut;
  if (t == "失联") return MemberStatus::kLostContact;
  if (t == "已去世" || t == "去世" || t == "已故") return MemberStatus::kDeceased;
  if (t == "已出党" || t == "出党") return MemberStatus::kLeft;
  return std::nullopt;
}

bool on_roll(MemberStatus s) { return s == MemberStatus::kActive || s == MemberStatus::kLostContact; }

}  // namespace nc::domain
