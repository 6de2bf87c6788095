// Changes to the hierarchy that reach into the roster: a merge moves the
// absorbed organisation's members along with its children, and an
// organisation is dissolved only once nobody on the roll still belongs to it.
// The tree-only changes (create, rename, retype, recode, move) are OrgTree's.
// Pure functions over values; the caller holds both exclusively.
#pragma once

#include "common/status.h"
#include "domain/org_tree.h"
#include "domain/roster.h"

namespace nc::domain {

// OrgTree::merge, then every member of `absorbed` moves to `into` on `on`
// (their organisation history keeps where they were). Changes nothing on failure.
Status merge_organisations(OrgTree& tree, Roster& roster, OrgId absorbed, OrgId into, Date on);

// OrgTree::deactivate, refused ("conflict") while members on the roll
// (domain::on_roll) belong to `org`: they are to be transferred first.
// Members off the roll stay with it, as history.
Status deactivate_organisation(OrgTree& tree, const Roster& roster, OrgId org, Date on);

}  // namespace nc::domain
