#include "rulebook/annotations.h"

#include <map>
#include <set>
#include <toml++/toml.h>

namespace nc::rulebook {

Status apply_annotations(std::string_view toml_text, Rulebook* rulebook) {
  toml::table doc;
  try {
    doc = toml::parse(toml_text);
  } catch (const toml::parse_error& e) {
    return Status::Error(Code::kAnnotationError, "annotations: line " + std::to_string(e.source().begin.line) + ": " +
                                                 std::string(e.description()));
  }
  std::map<int, Annotation> parsed;
  const toml::array* list = doc["article"].as_array();
  if (list == nullptr) {
    if (doc.empty()) return Status::Ok();
    return Status::Error(Code::kAnnotationError, "annotations: expected [[article]] entries");
  }
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
