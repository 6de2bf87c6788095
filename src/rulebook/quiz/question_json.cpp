#include "rulebook/quiz/question_json.h"

namespace nc::rulebook::quiz {

nlohmann::json to_json(const Question& q, const Rulebook& book) {
  nlohmann::json j = {{"kind", kind_id(q.kind)},  {"stem", q.stem},       {"options", q.options},
                      {"answer", q.answer},       {"article", q.article}, {"article_label", article_option(book, q.article)},
                      {"source", q.source}};
  if (q.field != TermField::kNone) j["field"] = field_id(q.field);
  if (q.changed != TermField::kNone) j["changed"] = {{"field", field_id(q.changed)}, {"from", q.changed_from}, {"to", q.changed_to}};
  return j;
}

}  // namespace nc::rulebook::quiz
