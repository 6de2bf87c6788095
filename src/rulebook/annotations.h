// Annotations: per-article facts the regulation text does not state outright
// (kind, who it binds, topics), kept in a reviewed TOML file beside the text
// and checked against the parsed articles when loaded.
//
//   [[article]]
//   number = 14
//   kind = "prohibition"      # principle | encouragement | obligation | prohibition
//                             # | organisational_duty | supplementary
//   binds = "all_members"     # all_members | cadres | party_branch
//   topics = ["secrets"]
//
//   [[synonym]]                # everyday words → the regulation's own wording
//   words = ["公众号"]          # what members type (each word once in the file)
//   means = ["公众账号"]        # must occur in the text (folded) of some article
#pragma once

#include <string_view>

#include "common/status.h"
#include "rulebook/model.h"

namespace nc::rulebook {

// Applies annotations to the rulebook. Fails, changing nothing, on TOML
// errors, unknown kinds or binds, duplicates, on an annotation for an
// article the rulebook does not have, and on a synonym whose meaning does
// not occur in the rulebook's text.
Status apply_annotations(std::string_view toml_text, Rulebook* rulebook);

}  // namespace nc::rulebook
