// The overview's figures of one organisation (over its subtree) for one year,
// as a yearly report freezes them (records.cpp, Kind::figures_when_field):
// every indicator of domain/overview.h with its year's total (kByMonth) or
// what stands open on the day it was computed and how much of it is overdue
// (kOpenNow); an indicator whose records have not arrived says so
// ("available": false, "pending"), never a number. Counts from the store's
// counters only; nobody named. overview.cpp.
#pragma once

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "domain/ids.h"
#include "server/app.h"

namespace nc::server::handlers {

Result<nlohmann::json> year_figures(const App& s, domain::OrgId org, int year);

}  // namespace nc::server::handlers
