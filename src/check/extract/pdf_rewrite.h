// The qpdf half of the PDF cleaner (clean_pdf.cpp says what is removed and
// why). Kept apart, with no project header and compiled as C++17: qpdf 11.3's
// JSON.hh does not compile under clang 14 in C++20 mode (a defaulted
// destructor of a vector of the class being defined), and the fuzz build uses
// clang. Internal to check/extract.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace nc::check::extract::pdf_rewrite {

struct Removed {
  std::vector<std::string> info;  // Chinese names of the document properties found
  int xmp = 0;
  int files = 0;
  int scripts = 0;
  int comments = 0;
};

enum class Outcome { kOk, kEncrypted, kNoCatalog, kDamaged, kTooLarge, kNoMemory, kTimeout };

struct Rewritten {
  Outcome outcome = Outcome::kDamaged;
  std::string bytes;  // the copy, when kOk
  Removed removed;
};

// The copy without what clean_pdf.cpp lists; `in_time` is asked between
// steps and false stops the work (kTimeout). Never throws.
Rewritten rewrite(std::string_view bytes, std::size_t max_output, const std::function<bool()>& in_time);

}  // namespace nc::check::extract::pdf_rewrite
