// Any query against the shipped regulation and its synonyms: hits' fragments
// always reassemble the article text exactly, whatever folding and expansion
// the query went through, and every expansion named is a synonym's meaning.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "rulebook/annotations.h"
#include "rulebook/parser.h"
#include "rulebook/search.h"

namespace {
struct Shipped {
  nc::rulebook::Rulebook book;
  std::unique_ptr<nc::rulebook::SearchIndex> index;
  static std::string read(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  Shipped() {
    auto r = nc::rulebook::parse(read(NC_SHIPPED_TEXT));
    if (!r.ok()) std::abort();
    book = std::move(r).value();
    if (!nc::rulebook::apply_annotations(read(NC_SHIPPED_ANNOTATIONS), &book).ok() || book.synonyms.empty()) std::abort();
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
  for (const std::string& also : shipped.index->also_searched(q)) {
    bool known = false;
    for (const auto& syn : shipped.book.synonyms)
      for (const auto& m : syn.means) known = known || m == also;
    if (!known) std::abort();
  }
  return 0;
}
