// Full-text search over one rulebook's articles. Built once from the model,
// read-only after: any number of threads may search one index at once.
//
// Matching is on folded text (fold.h), so inserted spaces, full-width forms
// and traditional characters find what the plain form finds. A query is tried
// whole first ("保 密" is "保密"); if that finds nothing its space-separated
// terms are matched, articles with all terms ranked before those with some.
// A query naming an article ("第十四条", "14") puts that article first.
//
// The rulebook's synonym table (model.h, Synonym) lets everyday words find
// the regulation's wording: a query or term containing a listed word (folded,
// so "公眾號" and "ＶＰＮ" count) also searches what the word means, and an
// article matching either counts as matching that term.
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
  // The regulation's wording search() adds to this query from the synonym
  // table, as the table writes it, each once, in table order
  // ("公众号" → {"公众账号"}). Empty when the query uses no listed word.
  std::vector<std::string> also_searched(std::string_view query) const;

 private:
  struct Entry;
  struct Expansion;
  struct Plan;
  Plan plan(std::string_view query) const;
  std::vector<Entry> entries_;
  std::vector<Expansion> expansions_;
};

}  // namespace nc::rulebook
