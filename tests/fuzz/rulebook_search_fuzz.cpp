// Any query against the shipped regulation: hits' fragments always reassemble
// the article text exactly, whatever folding the query went through.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "rulebook/parser.h"
#include "rulebook/search.h"

namespace {
struct Shipped {
  nc::rulebook::Rulebook book;
  std::unique_ptr<nc::rulebook::SearchIndex> index;
  Shipped() {
    std::ifstream in(NC_SHIPPED_TEXT, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    auto r = nc::rulebook::parse(ss.str());
    if (!r.ok()) std::abort();
    book = std::move(r).value();
    index = std::make_unique<nc::rulebook::SearchIndex>(book);
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Shipped shipped;
  const std::string_view q(reinterpret_cast<const char*>(data), size);
  for (const auto& hit : shipped.index->search(q)) {
    std::string whole;
    for (const auto& f : hit.fragments) whole += f.text;
    if (whole != shipped.book.find_article(hit.article)->text) std::abort();
  }
  return 0;
}
