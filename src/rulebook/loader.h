// A rulebook as shipped under data/rulebooks/: NAME.txt (the raw text),
// NAME.toml (metadata: id, title override, version, effective date) and
// NAME.annotations.toml. This is the only place that reads files; everything
// else takes text.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/status.h"
#include "rulebook/model.h"

namespace nc::rulebook {

struct RulebookSource {
  std::string id;
  std::string version;
  std::string effective_date;
  std::string text;         // raw regulation text
  std::string annotations;  // TOML, may be empty
};

// Parses metadata, text and annotations into a complete rulebook.
Result<Rulebook> build(const RulebookSource& source);

// Reads NAME.toml and its companions. Errors name the file and line.
Result<RulebookSource> read_source(const std::filesystem::path& metadata_toml);
// Every *.toml (not *.annotations.toml) in a directory, sorted by name.
Result<std::vector<RulebookSource>> read_directory(const std::filesystem::path& dir);

}  // namespace nc::rulebook
