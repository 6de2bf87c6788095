// A generated question as JSON: the one shape of `rules quiz --json`, the
// quiz bank's drafts over HTTP and the UI (docs/api-contract.md). Pure.
#pragma once

#include <nlohmann/json.hpp>

#include "rulebook/quiz/generator.h"

namespace nc::rulebook::quiz {

// {"kind","field","stem","options","answer","article","article_label","source"}
nlohmann::json to_json(const Question& question, const Rulebook& book);

}  // namespace nc::rulebook::quiz
