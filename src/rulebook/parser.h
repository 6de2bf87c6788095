// Parser for regulations in the official Chinese format, as text comes out of
// PDF extraction: spaces inside words, page markers ("- 2 -"), lines broken
// mid-sentence, full-width and half-width variants. Pure: text in, model out.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"
#include "rulebook/model.h"

namespace nc::rulebook {

struct ParseError {
  int line = 0;         // 1-based line in the input
  std::string message;  // English, for logs and the CLI
};

// Parses UTF-8 text. Fails (with the line) on invalid UTF-8, on a text with no
// article, on headings out of sequence (第三条 after 第一条), on text before
// the first article that is not a title or preamble, and on inputs over 16 MiB.
// The returned rulebook has no id, version or annotations: see loader.h.
Result<Rulebook> parse(std::string_view text, ParseError* error = nullptr);

}  // namespace nc::rulebook
