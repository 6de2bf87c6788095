// Organisation dictionaries (保密词表) over HTTP:
//   GET /api/v1/me/dictionary                  the dictionaries that apply to the caller
//   GET /api/v1/organisations/{id}/dictionary  one organisation's (org.read, or it applies to the caller)
//   PUT /api/v1/organisations/{id}/dictionary  replace it (dictionary.update; audited)
// and the terms self-check uses for a caller: those of every dictionary that
// applies to the caller's own organisation and to the organisations of their
// grants.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "check/engine_cache.h"
#include "server/handlers/routes.h"
#include "server/org_dictionaries.h"

namespace nc::server::handlers {

// add_dictionary_routes (routes.h): the app's engines compile a new list
// before it is stored, so a list the engine cannot use is refused rather
// than breaking later checks.

using CallerTerms = std::function<std::vector<std::string>(const Request&)>;
CallerTerms dictionary_terms_of_caller(const Services& services);

}  // namespace nc::server::handlers
