#include "rulebook/annotations.h"

#include <algorithm>
#include <map>
#include <set>
#include <toml++/toml.h>

#include "rulebook/fold.h"

namespace nc::rulebook {
namespace {

// Bounds on the synonym table: it is reviewed by people, and every query
// looks at every entry.
constexpr size_t kMaxSynonyms = 500;
constexpr size_t kMaxWordsPerSynonym = 16;
constexpr size_t kMaxMeansPerSynonym = 8;
constexpr size_t kMaxSynonymChars = 32;

Status annotation_error(int line, const std::string& message) {
  return Status::Error(Code::kAnnotationError, "annotations: line " + std::to_string(line) + ": " + message);
}

// A non-empty list of distinct short strings that fold to something.
Status read_phrases(const toml::table& t, const char* key, size_t max, int line, std::vector<std::string>* out) {
  const toml::array* list = t[key].as_array();
  if (list == nullptr || list->empty() || list->size() > max)
    return annotation_error(line, std::string(key) + " must list 1 to " + std::to_string(max) + " strings");
  for (const toml::node& n : *list) {
    const auto v = n.value<std::string>();
    if (!v || fold_to_utf8(*v).empty() || to_utf32(*v).size() > kMaxSynonymChars)
      return annotation_error(line, std::string(key) + " must be strings of 1 to " + std::to_string(kMaxSynonymChars) +
                                        " characters");
    out->push_back(*v);
  }
  return Status::Ok();
}

// [[synonym]] entries: every word listed once in the file, every meaning
// present in the folded text of some article.
Status parse_synonyms(const toml::array& list, const Rulebook& rulebook, std::vector<Synonym>* out) {
  if (list.size() > kMaxSynonyms)
    return Status::Error(Code::kAnnotationError,
                         "annotations: at most " + std::to_string(kMaxSynonyms) + " [[synonym]] entries");
  std::vector<std::u32string> texts;
  for (const Article* a : rulebook.articles()) texts.push_back(fold(a->text).text);
  std::map<std::string, int> seen;  // folded word → line
  for (const toml::node& node : list) {
    const int line = static_cast<int>(node.source().begin.line);
    const toml::table* t = node.as_table();
    if (t == nullptr) return annotation_error(line, "[[synonym]] must be a table");
    for (const auto& [key, value] : *t) {
      (void)value;
      static const std::set<std::string> kKeys = {"words", "means", "note"};
      if (!kKeys.count(std::string(key.str())))
        return annotation_error(line, "unknown key \"" + std::string(key.str()) + "\"");
    }
    Synonym syn;
    if (Status s = read_phrases(*t, "words", kMaxWordsPerSynonym, line, &syn.words); !s.ok()) return s;
    if (Status s = read_phrases(*t, "means", kMaxMeansPerSynonym, line, &syn.means); !s.ok()) return s;
    for (const std::string& w : syn.words) {
      const auto [it, fresh] = seen.emplace(fold_to_utf8(w), line);
      if (!fresh)
        return annotation_error(line, "word \"" + w + "\" is listed already (line " + std::to_string(it->second) + ")");
    }
    for (const std::string& m : syn.means) {
      const std::u32string folded = fold(m).text;
      const bool present = std::any_of(texts.begin(), texts.end(),
                                       [&](const std::u32string& x) { return x.find(folded) != std::u32string::npos; });
      if (!present) return annotation_error(line, "\"" + m + "\" does not occur in the text of any article");
    }
    out->push_back(std::move(syn));
  }
  return Status::Ok();
}

}  // namespace

Status apply_annotations(std::string_view toml_text, Rulebook* rulebook) {
  toml::table doc;
  try {
    doc = toml::parse(toml_text);
  } catch (const toml::parse_error& e) {
    return Status::Error(Code::kAnnotationError, "annotations: line " + std::to_string(e.source().begin.line) + ": " +
                                                 std::string(e.description()));
  }
  for (const auto& [key, value] : doc) {
    if (key.str() != "article" && key.str() != "synonym")
      return annotation_error(static_cast<int>(value.source().begin.line),
                              "expected [[article]] and [[synonym]] entries, not \"" + std::string(key.str()) + "\"");
    if (!value.is_array_of_tables())
      return annotation_error(static_cast<int>(value.source().begin.line),
                              "\"" + std::string(key.str()) + "\" must be written [[" + std::string(key.str()) + "]]");
  }
  std::vector<Synonym> synonyms;
  if (const toml::array* list = doc["synonym"].as_array()) {
    if (Status s = parse_synonyms(*list, *rulebook, &synonyms); !s.ok()) return s;
  }
  std::map<int, Annotation> parsed;
  static const toml::array kNone;
  const toml::array* list = doc["article"].as_array();
  if (list == nullptr) list = &kNone;
  for (const toml::node& node : *list) {
    const toml::table* t = node.as_table();
    const int line = static_cast<int>(node.source().begin.line);
    auto where = [&] { return "annotations: line " + std::to_string(line) + ": "; };
    if (t == nullptr) return Status::Error(Code::kAnnotationError, where() + "[[article]] must be a table");
    for (const auto& [key, value] : *t) {
      (void)value;
      static const std::set<std::string> kKeys = {"number", "kind", "binds", "topics", "note"};
      if (!kKeys.count(std::string(key.str())))
        return Status::Error(Code::kAnnotationError, where() + "unknown key \"" + std::string(key.str()) + "\"");
    }
    const auto number = (*t)["number"].value<int64_t>();
    if (!number || *number <= 0) return Status::Error(Code::kAnnotationError, where() + "number must be a positive integer");
    const int n = static_cast<int>(*number);
    if (parsed.count(n)) return Status::Error(Code::kAnnotationError, where() + "article " + std::to_string(n) + " annotated twice");
    if (rulebook->find_article(n) == nullptr)
      return Status::Error(Code::kAnnotationError, where() + "article " + std::to_string(n) + " does not exist in the text");
    Annotation a;
    const auto kind = (*t)["kind"].value<std::string>();
    if (!kind || !parse_kind(*kind, &a.kind))
      return Status::Error(Code::kAnnotationError, where() + "kind must be one of principle, encouragement, obligation, "
                                                         "prohibition, organisational_duty, supplementary");
    const auto binds = (*t)["binds"].value<std::string>();
    if (!binds || !parse_binds(*binds, &a.binds))
      return Status::Error(Code::kAnnotationError, where() + "binds must be one of all_members, cadres, party_branch");
    if (const toml::array* topics = (*t)["topics"].as_array()) {
      for (const toml::node& tn : *topics) {
        const auto topic = tn.value<std::string>();
        if (!topic || topic->empty() || topic->size() > 64)
          return Status::Error(Code::kAnnotationError, where() + "topics must be short strings");
        a.topics.push_back(*topic);
      }
    }
    parsed.emplace(n, std::move(a));
  }
  // All checks passed: only now change the rulebook.
  rulebook->synonyms = std::move(synonyms);
  for (Chapter& ch : rulebook->chapters) {
    auto apply = [&](Article& art) {
      if (auto it = parsed.find(art.number); it != parsed.end()) art.annotation = it->second;
    };
    for (Article& art : ch.articles) apply(art);
    for (Section& s : ch.sections)
      for (Article& art : s.articles) apply(art);
  }
  return Status::Ok();
}

}  // namespace nc::rulebook
