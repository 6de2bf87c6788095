#include "domain/organisation.h"

namespace nc::domain {

std::string_view org_type_name(OrgType type) {
  switch (type) {
    case OrgType::kCommittee:
      return "党委";
    case OrgType::kWorkingCommittee:
      return "党工委";
    case OrgType::kGeneralBranch:
      return "党总支";
    case OrgType::kBranch:
      return "党支部";
  }
  return "?";
}

std::optional<OrgType> parse_org_type(std::string_view text) {
  if (text == "党委") return OrgType::kCommittee;
  if (text == "党工委") return OrgType::kWorkingCommittee;
  if (text == "党总支" || text == "总支") return OrgType::kGeneralBranch;
  if (text == "党支部" || text == "支部") return OrgType::kBranch;
  return std::nullopt;
}

bool can_have_children(OrgType type) { return type != OrgType::kBranch; }

}  // namespace nc::domain
