// Any bytes in: the parser either returns a model whose invariants hold or an
// error with a line inside the input — never a crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rulebook/model_json.h"
#include "rulebook/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  nc::rulebook::ParseError err;
  const auto r = nc::rulebook::parse(text, &err);
  if (!r.ok()) {
    if (err.line < 0 || err.message.empty()) std::abort();
    return 0;
  }
  int expected = 1;
  for (const auto* a : r->articles()) {
    if (a->number != expected++) std::abort();  // articles are numbered in sequence
    if (a->label.empty()) std::abort();
  }
  (void)nc::rulebook::to_json(*r).dump();  // every string in the model is valid UTF-8
  return 0;
}
