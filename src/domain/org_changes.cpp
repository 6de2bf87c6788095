#include "domain/org_changes.h"

#include <string>

namespace nc::domain {

Status merge_organisations(OrgTree& tree, Roster& roster, OrgId absorbed, OrgId into, Date on) {
  if (Status s = tree.merge(absorbed, into, on); !s.ok()) return s;
  roster.reassign(absorbed, into, on);
  return Status::Ok();
}

Status deactivate_organisation(OrgTree& tree, const Roster& roster, OrgId org, Date on) {
  std::size_t on_the_roll = 0;
  for (const Member& m : roster.all()) {
    if (m.org == org && on_roll(m.status)) ++on_the_roll;
  }
  if (on_the_roll > 0) {
    const Organisation* o = tree.find(org);
    return Status::Error(Code::kConflict, "党组织 " + (o ? o->code : std::string("?")) + " 还有 " +
                                         std::to_string(on_the_roll) + " 名在册党员，请先转出或合并到其他党组织");
  }
  return tree.deactivate(org, on);
}

}  // namespace nc::domain
