// Demo data for `serve --demo`: on an empty database, a small hierarchy (一个
// 党委 with a 党总支 holding two 党支部, and a third 党支部), about twenty
// members and one account per role, with random passwords printed once.
#pragma once

#include <memory>
#include <ostream>

#include "common/status.h"
#include "domain/date.h"
#include "server/access/directory.h"
#include "store/store.h"

namespace nc::cli {

// Does nothing when any organisation or account exists already. The members'
// dates are relative to `today` (demo_roster.h).
Status load_demo(store::Store& store, server::access::Directory& directory, domain::Date today, std::ostream& out);

}  // namespace nc::cli
