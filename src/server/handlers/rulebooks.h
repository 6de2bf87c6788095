// /api/v1/rulebooks…: the rulebook endpoints of docs/api-contract.md, read
// from an in-memory Catalogue. Only HTTP ⇄ rulebook translation lives here.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "server/catalogue.h"
#include "server/router.h"

namespace nc::server::handlers {

// today() gives the date ("YYYY-MM-DD") that decides which version is in force.
void add_rulebook_routes(Router& router, std::shared_ptr<const Catalogue> catalogue,
                         std::function<std::string()> today);

// The local calendar date, "YYYY-MM-DD".


}  // namespace nc::server::handlers
