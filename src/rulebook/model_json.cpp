#include "rulebook/model_json.h"

namespace nc::rulebook {

using nlohmann::json;

json to_json(const Article& a) {
  json items = json::array();
  for (const Item& it : a.items)
    items.push_back({{"number", it.number}, {"marker", it.marker}, {"text", it.text}, {"paragraph", it.paragraph}});
  return {{"number", a.number},
          {"label", a.label},
          {"text", a.text},
          {"paragraphs", a.paragraphs},
          {"items", std::move(items)},
          {"annotation",
           {{"kind", to_string(a.annotation.kind)},
            {"kind_label", label_zh(a.annotation.kind)},
            {"binds", to_string(a.annotation.binds)},
            {"binds_label", label_zh(a.annotation.binds)},
            {"topics", a.annotation.topics}}}};
}

json heading_json(const Chapter& c) { return {{"number", c.number}, {"label", c.label}, {"title", c.title}}; }
json heading_json(const Section& s) { return {{"number", s.number}, {"label", s.label}, {"title", s.title}}; }

json to_json(const Rulebook& book) {
  json chapters = json::array();
  for (const Chapter& c : book.chapters) {
    json ch = heading_json(c);
    ch["articles"] = json::array();
    for (const Article& a : c.articles) ch["articles"].push_back(to_json(a));
    ch["sections"] = json::array();
    for (const Section& s : c.sections) {
      json sj = heading_json(s);
      sj["articles"] = json::array();
      for (const Article& a : s.articles) sj["articles"].push_back(to_json(a));
      ch["sections"].push_back(std::move(sj));
    }
    chapters.push_back(std::move(ch));
  }
  return {{"id", book.id},
          {"title", book.title},
          {"version", book.version},
          {"effective_date", book.effective_date},
          {"preamble", book.preamble},
          {"chapters", std::move(chapters)}};
}

json summary_json(const Rulebook& book) {
  return {{"id", book.id},
          {"title", book.title},
          {"version", book.version},
          {"effective_date", book.effective_date},
          {"chapter_count", book.chapters.size()},
          {"article_count", book.articles().size()}};
}

}  // namespace nc::rulebook
