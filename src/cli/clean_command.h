// netconduct check --clean OUT [--revisions accept|reject] FILE
//
// Writes a cleaned copy of FILE (check/extract/clean.h) to OUT ("-": standard
// output, the report then going to standard error) and prints what was
// removed and what the re-check of the copy still finds. Exit 0: written and
// nothing remains; 1: written, something remains (listed); 2: nothing written
// (a PDF or another format the cleaner does not rewrite, a damaged or hostile
// file, OUT naming FILE itself).
#pragma once

#include <string>

namespace nc::cli {

struct CleanRequest {
  std::string input;       // a path, or "-" for standard input
  std::string output;      // a path, or "-" for standard output
  std::string revisions;   // "accept" | "reject"
  std::string format;      // "text" | "json" (the report)
  std::string dictionary;  // organisation dictionary for the re-check; may be empty
};

int run_clean(const CleanRequest& request);

}  // namespace nc::cli
