// The rulebook model as JSON, the one shape shared by `rules parse --json`,
// the HTTP API and the UI (docs/api-contract.md). Pure.
#pragma once

#include <nlohmann/json.hpp>

#include "rulebook/model.h"

namespace nc::rulebook {

nlohmann::json to_json(const Article& article);
nlohmann::json to_json(const Rulebook& rulebook);  // the whole model
// {"number","label","title"} of a chapter or section.
nlohmann::json heading_json(const Chapter& chapter);
nlohmann::json heading_json(const Section& section);
// One line per rulebook: id, title, version, effective date, counts.
nlohmann::json summary_json(const Rulebook& rulebook);

}  // namespace nc::rulebook
