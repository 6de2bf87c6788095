// Full-text search over one rulebook's articles. Built once from the model,
// read-only after: any number of threads may search one index at once.
//
// Matching is on folded text (fold.h), so inserted spaces, full-width forms
// and traditional characters find what the plain form finds. A query is tried
// whole first ("保 密" is "保密"); if that finds nothing its space-separated
// terms are matched, articles with all terms ranked before those with some.
// A query naming an article ("第十四条", "14") puts that article first.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rulebook/model.h"

namespace nc::rulebook {

struct Fragment {
  std::string text;
  bool match = false;
};

struct SearchHit {
  int article = 0;
  double score = 0;
  std::vector<Fragment> fragments;  // the article's clean text, matches marked
};

class SearchIndex {
 public:
  explicit SearchIndex(const Rulebook& rulebook);
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  // Best first; ties by article number. At most `limit` hits.
  std::vector<SearchHit> search(std::string_view query, size_t limit = 50) const;

 private:
  struct Entry;
  std::vector<Entry> entries_;
};

}  // namespace nc::rulebook
