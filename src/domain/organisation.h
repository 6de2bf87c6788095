// An organisation of the party hierarchy (党委 / 党工委 / 党总支 / 党支部) with
// the history of where it sat. Plain value; OrgTree owns and changes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "domain/ids.h"

namespace nc::domain {

enum class OrgType { kCommittee, kWorkingCommittee, kGeneralBranch, kBranch };

std::string_view org_type_name(OrgType type);  // "党委", "党工委", "党总支", "党支部"
// Accepts the four names and the short forms "总支", "支部".
std::optional<OrgType> parse_org_type(std::string_view text);
// A 党支部 is the bottom of the hierarchy: it has no organisations below it.
bool can_have_children(OrgType type);

// One stretch of time an organisation spent under one parent. `to` is empty
// for the current stretch; a root has no parent.
struct ParentSpell {
  std::optional<OrgId> parent;
  Date from;
  std::optional<Date> to;
  friend bool operator==(const ParentSpell&, const ParentSpell&) = default;
};

struct Organisation {
  OrgId id;
  std::string code;  // unique for ever, also after a merge
  std::string name;
  OrgType type = OrgType::kBranch;
  std::optional<OrgId> parent;
  bool active = true;                // false once merged into another or dissolved (撤销)
  std::optional<OrgId> merged_into;  // set when merged (active = false); empty when dissolved
  Date created;
  std::vector<ParentSpell> parents;  // oldest first; the last one is current
  friend bool operator==(const Organisation&, const Organisation&) = default;
};

// Stored as integers: new kinds go at the end.
enum class OrgEventKind { kCreated, kRenamed, kRetyped, kMoved, kMerged, kRecoded, kDeactivated };

// What happened to the hierarchy, in order. `from`/`to` are parents for a
// move, `to` the absorbing organisation for a merge; `before`/`after` the old
// and new name, type or code for a rename, retype or recode.
struct OrgEvent {
  OrgEventKind kind = OrgEventKind::kCreated;
  OrgId org;
  Date date;
  std::optional<OrgId> from;
  std::optional<OrgId> to;
  std::string before;
  std::string after;
};

}  // namespace nc::domain
