#include "rulebook/search.h"

#include <algorithm>
#include <cmath>

#include "rulebook/fold.h"
#include "rulebook/numerals.h"
#include "common/utf8.h"

namespace nc::rulebook {

struct SearchIndex::Entry {
  int article = 0;
  std::string text;     // the clean article text, as shown
  Folded folded;        // its fold, with offsets into `text`
  std::u32string chapter_title;
};

struct SearchIndex::Expansion {
  std::vector<std::u32string> words;  // folded
  std::vector<std::u32string> means;  // folded
  std::vector<std::string> shown;     // `means` as the table writes them
};

// What a query searches: groups of needles, one group per query term (the
// term and what it means); an article matching any needle of a group
// matches that term.
struct SearchIndex::Plan {
  std::vector<std::vector<std::u32string>> groups;
  std::vector<std::string> also_searched;
};

namespace {

constexpr size_t kMaxQueryBytes = 1024;

// Non-overlapping occurrences of needle in hay, as folded [begin, end).
std::vector<std::pair<size_t, size_t>> occurrences(const std::u32string& hay, const std::u32string& needle) {
  std::vector<std::pair<size_t, size_t>> out;
  if (needle.empty()) return out;
  for (size_t p = hay.find(needle); p != std::u32string::npos; p = hay.find(needle, p + needle.size()))
    out.emplace_back(p, p + needle.size());
  return out;
}

// "第十四条", "第14条", "十四", "14" → 14.
std::optional<long> article_reference(std::string_view query) {
  std::u32string q = to_utf32(query);
  std::u32string stripped;
  for (char32_t c : q)
    if (c != U' ' && c != U'\u3000') stripped += c;
  if (stripped.empty()) return std::nullopt;
  if (stripped.front() == U'第') stripped.erase(0, 1);
  if (!stripped.empty() && stripped.back() == U'条') stripped.pop_back();
  return parse_numeral(to_utf8(stripped));
}

std::vector<std::string> split_terms(std::string_view query) {
  std::vector<std::string> terms;
  const std::u32string q = to_utf32(query);
  std::u32string cur;
  auto flush = [&] {
    if (!cur.empty()) {
      std::string folded = fold_to_utf8(to_utf8(cur));
      if (!folded.empty() && std::find(terms.begin(), terms.end(), folded) == terms.end()) terms.push_back(folded);
    }
    cur.clear();
  };
  for (char32_t c : q) {
    if (c == U' ' || c == U'\t' || c == U'\u3000' || c == U',' || c == U'，' || c == U'、')
      flush();
    else
      cur += c;
  }
  flush();
  return terms;
}

}  // namespace

SearchIndex::SearchIndex(const Rulebook& rulebook) {
  for (const Article* a : rulebook.articles()) {
    Entry e;
    e.article = a->number;
    e.text = a->text;
    e.folded = fold(e.text);
    if (const Chapter* ch = rulebook.chapter_of(a->number)) e.chapter_title = fold(ch->title).text;
    entries_.push_back(std::move(e));
  }
  for (const Synonym& syn : rulebook.synonyms) {
    Expansion x;
    for (const std::string& w : syn.words)
      if (auto f = fold(w).text; !f.empty()) x.words.push_back(std::move(f));
    for (const std::string& m : syn.means)
      if (auto f = fold(m).text; !f.empty()) {
        x.means.push_back(std::move(f));
        x.shown.push_back(m);
      }
    if (!x.words.empty() && !x.means.empty()) expansions_.push_back(std::move(x));
  }
}

SearchIndex::Plan SearchIndex::plan(std::string_view query) const {
  Plan p;
  if (query.empty() || query.size() > kMaxQueryBytes) return p;
  // The whole query first: folding drops spaces between CJK, so "保 密" is "保密".
  const std::u32string phrase = fold(query).text;
  std::vector<std::u32string> terms;
  bool any_phrase = false;
  for (const Entry& e : entries_)
    if (!phrase.empty() && e.folded.text.find(phrase) != std::u32string::npos) any_phrase = true;
  if (any_phrase) {
    terms.push_back(phrase);
  } else {
    for (const std::string& t : split_terms(query)) terms.push_back(to_utf32(t));
  }
  for (const std::u32string& term : terms) {
    std::vector<std::u32string> group{term};
    for (const Expansion& x : expansions_) {
      const bool used = std::any_of(x.words.begin(), x.words.end(),
                                    [&](const std::u32string& w) { return term.find(w) != std::u32string::npos; });
      if (!used) continue;
      for (size_t i = 0; i < x.means.size(); ++i) {
        if (std::find(group.begin(), group.end(), x.means[i]) != group.end()) continue;
        group.push_back(x.means[i]);
        if (std::find(p.also_searched.begin(), p.also_searched.end(), x.shown[i]) == p.also_searched.end())
          p.also_searched.push_back(x.shown[i]);
      }
    }
    p.groups.push_back(std::move(group));
  }
  return p;
}

std::vector<std::string> SearchIndex::also_searched(std::string_view query) const { return plan(query).also_searched; }

SearchIndex::~SearchIndex() = default;

std::vector<SearchHit> SearchIndex::search(std::string_view query, size_t limit) const {
  std::vector<SearchHit> hits;
  if (query.empty() || query.size() > kMaxQueryBytes || limit == 0) return hits;

  const Plan p = plan(query);
  const auto reference = article_reference(query);

  for (const Entry& e : entries_) {
    std::vector<std::pair<size_t, size_t>> spans;
    size_t distinct = 0;
    double tf = 0;
    for (const auto& group : p.groups) {
      bool matched = false;
      for (const std::u32string& n : group) {
        auto occ = occurrences(e.folded.text, n);
        if (occ.empty()) continue;
        matched = true;
        // Diminishing returns for repeats; longer needles weigh more.
        tf += (1.0 + std::log(static_cast<double>(occ.size()))) * static_cast<double>(n.size());
        if (e.chapter_title.find(n) != std::u32string::npos) tf += 0.5 * static_cast<double>(n.size());
        spans.insert(spans.end(), occ.begin(), occ.end());
      }
      distinct += matched ? 1 : 0;
    }
    const bool referenced = reference && *reference == e.article;
    if (distinct == 0 && !referenced) continue;
    SearchHit hit;
    hit.article = e.article;
    // All terms before some terms; then term weight, normalised gently by length.
    const double length_norm = 1.0 / std::sqrt(1.0 + static_cast<double>(e.folded.text.size()) / 200.0);
    hit.score = 100.0 * static_cast<double>(distinct) + 10.0 * tf * length_norm + (referenced ? 10000.0 : 0.0);

    // Fragments over the original text: merge overlapping spans, map back to bytes.
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<uint32_t, uint32_t>> bytes;
    for (const auto& [b, en] : spans) {
      const uint32_t sb = e.folded.source_begin(b), se = e.folded.source_end(en, e.text);
      if (!bytes.empty() && sb <= bytes.back().second)
        bytes.back().second = std::max(bytes.back().second, se);
      else
        bytes.emplace_back(sb, se);
    }
    uint32_t at = 0;
    for (const auto& [b, en] : bytes) {
      if (b > at) hit.fragments.push_back({e.text.substr(at, b - at), false});
      hit.fragments.push_back({e.text.substr(b, en - b), true});
      at = en;
    }
    if (at < e.text.size()) hit.fragments.push_back({e.text.substr(at), false});
    hits.push_back(std::move(hit));
  }
  std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.article < b.article;
  });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace nc::rulebook
