// /api/v1/quiz/... and /api/v1/quizzes: quizzes drawn from the rulebook
// (issue 11, education). A branch (branch_secretary / committee_member of
// the organisation) generates draft questions from the rulebook in force,
// reviews, edits and publishes them, and composes quizzes of published
// questions with an opening and a closing day; a member takes an open quiz
// of their organisation or one above it, once, and sees their own result
// with the right answers and the articles. Scores belong to the member: no
// answer here carries anyone's score but the caller's own. The branch sees
// who completed (names only, audited as a read of others' records, so each
// member's 我的记录 shows it) and, per question, the share answered right —
// only after the quiz closes and with at least five takers. Committees and
// auditors above see counts over their subtree. Every decision is
// domain::quiz's; every write goes to the store with its audit entry.
#include <algorithm>
#include <set>

#include "common/utf8.h"
#include "domain/quiz.h"
#include "rulebook/quiz/generator.h"
#include "server/access/audit_note.h"
#include "server/handlers/routes.h"
#include "server/paging.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;
namespace q = domain::quiz;

constexpr std::size_t kResultsPageMax = 200;

// The rulebook in force today (the first by id), with its id.
struct BookInForce {
  std::string id;
  const rulebook::Rulebook* book = nullptr;
};
BookInForce book_in_force(const App& s) {
  for (const std::string& id : s.catalogue->ids()) {
    if (const Catalogue::Version* v = s.catalogue->in_force(id, s.clock.today().iso())) return {id, &v->rulebook};
  }
  return {};
}

std::string article_label(const App& s, int article) {
  const BookInForce b = book_in_force(s);
  if (!b.book) return "第" + std::to_string(article) + "条";
  return rulebook::quiz::article_option(*b.book, article);
}

// The organisation named by ?org= or a body's "org": its path (itself
// first), or the answer that refuses it.
struct OrgAt {
  domain::OrgId org;
  domain::OrgPath path;
  std::optional<Response> error;
};
OrgAt org_at(const App& s, std::uint32_t id) {
  if (id == 0) return {{}, {}, Response::bad_request("党组织（org）应为党组织编号")};
  const domain::OrgId org{id};
  domain::OrgPath path = s.directory->read(
      [&](const domain::OrgTree& tree, const domain::Roster&) { return tree.ancestry(org); });
  if (path.empty()) return {org, {}, Response::not_found("党组织不存在")};
  return {org, path, std::nullopt};
}
OrgAt org_query(const App& s, const Request& r) {
  const auto o = r.query_param("org");
  if (!o) return {{}, {}, Response::bad_request("请指定党组织（org）")};
  return org_at(s, parse_id(*o));
}

// The caller's own member's organisation path, when they are a member on the roll.
std::optional<domain::OrgPath> member_path(const App& s, const domain::Actor& actor) {
  if (!actor.member) return std::nullopt;
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(*actor.member);
    if (!m) return std::optional<domain::OrgPath>();
    return std::optional<domain::OrgPath>(tree.ancestry(m->org));
  });
}

json options_of(const std::string& text) {
  json o = json::parse(text, nullptr, false);
  return o.is_array() ? o : json::array();
}

// A question of the bank as its branch reviews it (answer included).
json question_json(const App& s, const store::QuizQuestion& qq) {
  return {{"id", qq.id},
          {"org", qq.org.value},
          {"rulebook", qq.rulebook},
          {"article", qq.article},
          {"article_label", article_label(s, qq.article)},
          {"kind", qq.kind},
          {"stem", qq.stem},
          {"options", options_of(qq.options)},
          {"answer", qq.answer},
          {"source", qq.source},
          {"state", qq.state},
          {"edited", qq.edited},
          {"version", qq.version}};
}

json quiz_summary(const App& s, const store::Quiz& z) {
  const domain::Date today = s.clock.today();
  return {{"id", z.id},
          {"org", z.org.value},
          {"title", z.title},
          {"opens", z.opens.iso()},
          {"closes", z.closes.iso()},
          {"state", q::quiz_state_id(q::quiz_state(z.opens, z.closes, today))},
          {"question_count", z.question_count},
          {"takers", z.takers}};
}

std::optional<std::uint64_t> after_id(const PageRequest& page, bool* bad) {
  *bad = false;
  if (page.after.empty()) return std::nullopt;
  auto c = decode_cursor(page.after, 1);
  if (!c) {
    *bad = true;
    return std::nullopt;
  }
  return (*c)[0];
}

// ---- the question bank ---------------------------------------------------------------

// POST /api/v1/quiz/questions/generate {"org","count"?,"seed"?}: drafts
// from the rulebook in force, stored in the organisation's bank.
Response generate(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  if (!body->contains("org") || !(*body)["org"].is_number_unsigned())
    return Response::bad_request("党组织（org）应为党组织编号");
  OrgAt at = org_at(s, static_cast<std::uint32_t>(std::min<std::uint64_t>((*body)["org"].get<std::uint64_t>(), 0xffffffffu)));
  if (at.error) return *at.error;
  if (!q::decide(actor, q::QuizAction::kBankWrite, at.path).allowed)
    return Response::error(Code::kForbidden, "只有本组织的支部书记或支委委员可以生成题目");
  int count = 10;
  if (body->contains("count")) {
    const json& c = (*body)["count"];
    if (!c.is_number_integer() || c.get<std::int64_t>() < 1 || c.get<std::int64_t>() > q::kMaxGenerate)
      return Response::error(Code::kInvalidInput,
                             "题目数量（count）应为 1 到 " + std::to_string(q::kMaxGenerate) + " 之间的整数");
    count = static_cast<int>(c.get<std::int64_t>());
  }
  std::uint64_t seed = static_cast<std::uint64_t>(s.clock());
  if (body->contains("seed")) {
    const json& sd = (*body)["seed"];
    if (!sd.is_number_unsigned()) return Response::error(Code::kInvalidInput, "随机种子（seed）应为非负整数");
    seed = sd.get<std::uint64_t>();
  }
  const BookInForce b = book_in_force(s);
  if (!b.book) return Response::error(Code::kConflict, "今天没有施行中的规定，无法生成题目");
  rulebook::quiz::Options options;
  options.seed = seed;
  options.count = count;
  const auto generated = rulebook::quiz::generate(*b.book, options);
  if (generated.empty()) return Response::error(Code::kConflict, "施行中的规定没有可生成题目的条文");
  const std::int64_t now = s.clock();
  std::vector<store::QuizQuestion> drafts;
  for (const auto& g : generated) {
    store::QuizQuestion d;
    d.org = at.org;
    d.rulebook = b.id;
    d.article = g.article;
    d.kind = std::string(rulebook::quiz::kind_id(g.kind));
    d.stem = g.stem;
    d.options = json(g.options).dump();
    d.answer = g.answer;
    d.source = g.source;
    d.state = "draft";
    d.created_by = actor.user;
    d.created_us = now;
    drafts.push_back(std::move(d));
  }
  auto note = access::audit_note(r, s.clock, "quiz.generate", "quiz-bank:org=" + std::to_string(at.org.value), at.org,
                                 std::nullopt, "questions=" + std::to_string(drafts.size()));
  auto saved = s.store->add_quiz_questions(drafts, note);
  if (!saved.ok()) return Response::from(saved.status());
  json out = json::array();
  for (const auto& qq : *saved) out.push_back(question_json(s, qq));
  return Response::json(201, {{"questions", out}});
}

// GET /api/v1/quiz/questions?org=&state=&limit=&after=: the bank by id.
Response bank(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  OrgAt at = org_query(s, r);
  if (at.error) return *at.error;
  std::optional<std::string> state = r.query_param("state");
  if (state && *state != "draft" && *state != "published" && *state != "discarded")
    return Response::bad_request("状态（state）只能是 draft、published 或 discarded");
  if (!q::decide(actor, q::QuizAction::kBankRead, at.path).allowed)
    return Response::error(Code::kForbidden, "只有本组织的支部书记或支委委员可以查看题库");
  bool bad = false;
  auto after = after_id(*page.page, &bad);
  if (bad) return Response::bad_request("after 应为上一页答复中的 next");
  auto found = s.store->quiz_question_page(at.org, state, after, page.page->limit);
  if (!found.ok()) return Response::from(found.status());
  json out = json::array();
  for (const auto& qq : found->questions) out.push_back(question_json(s, qq));
  json answer = {{"questions", out}};
  std::optional<std::string> next;
  if (found->next) next = encode_cursor({*found->next});
  put_page(answer, next, found->total);
  return Response::json(200, answer);
}

// A question of the path's {id} the caller may write, or the refusal.
struct Writable {
  std::optional<store::QuizQuestion> question;
  std::optional<Response> error;
};
Writable writable_question(const App& s, const Request& r, const domain::Actor& actor) {
  const std::uint32_t id = parse_id(r.param("id"));
  if (id == 0) return {std::nullopt, Response::not_found("题目不存在")};
  auto found = s.store->find_quiz_question(id);
  if (!found.ok()) return {std::nullopt, Response::from(found.status())};
  if (!*found) return {std::nullopt, Response::not_found("题目不存在")};
  OrgAt at = org_at(s, (*found)->org.value);
  if (at.error || !q::decide(actor, q::QuizAction::kBankWrite, at.path).allowed)
    return {std::nullopt, Response::error(Code::kForbidden, "只有本组织的支部书记或支委委员可以修改题目")};
  return {std::move(*found), std::nullopt};
}

std::optional<std::uint32_t> version_of(const json& body) {
  if (!body.contains("version") || !body["version"].is_number_unsigned()) return std::nullopt;
  const auto v = body["version"].get<std::uint64_t>();
  if (v == 0 || v > 0xffffffffu) return std::nullopt;
  return static_cast<std::uint32_t>(v);
}

// POST /api/v1/quiz/questions/{id} {"stem","options","answer","version"}: a draft edited.
Response edit(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  Writable w = writable_question(s, r, actor);
  if (w.error) return *w.error;
  const auto version = version_of(*body);
  if (!version) return Response::error(Code::kInvalidInput, "版本（version）应为读到的题目版本号");
  q::QuestionText text;
  if (!body->contains("stem") || !(*body)["stem"].is_string())
    return Response::error(Code::kInvalidInput, "题干（stem）应为文字");
  text.stem = (*body)["stem"].get<std::string>();
  if (!body->contains("options") || !(*body)["options"].is_array() || (*body)["options"].size() > 64)
    return Response::error(Code::kInvalidInput, "选项（options）应为文字的列表");
  for (const json& o : (*body)["options"]) {
    if (!o.is_string()) return Response::error(Code::kInvalidInput, "选项（options）应为文字的列表");
    text.options.push_back(o.get<std::string>());
  }
  if (!body->contains("answer") || !(*body)["answer"].is_number_integer() ||
      (*body)["answer"].get<std::int64_t>() < 0 || (*body)["answer"].get<std::int64_t>() > 64)
    return Response::error(Code::kInvalidInput, "正确答案（answer）应是某个选项的序号");
  text.answer = static_cast<int>((*body)["answer"].get<std::int64_t>());
  if (Status st = q::check_question(text); !st.ok()) return Response::from(st);
  if (w.question->state == "discarded") return Response::error(Code::kConflict, "题目已舍弃");
  if (w.question->state != "draft")
    return Response::error(Code::kConflict, "题目已发布，不能再修改；如需改动请生成新的草稿");
  store::QuizQuestion edited = *w.question;
  edited.stem = text.stem;
  edited.options = json(text.options).dump();
  edited.answer = text.answer;
  edited.version = *version;
  auto note = access::audit_note(r, s.clock, "quiz.question.edit", "quiz-question:" + std::to_string(edited.id),
                                 edited.org);
  auto saved = s.store->edit_quiz_question(edited, note);
  if (!saved.ok()) return Response::from(saved.status());
  return Response::json(200, {{"question", question_json(s, *saved)}});
}

// POST /api/v1/quiz/questions/{id}/publish {"version"}: a draft reviewed and published.
Response publish(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  Writable w = writable_question(s, r, actor);
  if (w.error) return *w.error;
  const auto version = version_of(*body);
  if (!version) return Response::error(Code::kInvalidInput, "版本（version）应为读到的题目版本号");
  if (w.question->state != "draft")
    return Response::error(Code::kConflict, w.question->state == "discarded" ? "题目已舍弃" : "题目已发布");
  auto note = access::audit_note(r, s.clock, "quiz.question.publish", "quiz-question:" + std::to_string(w.question->id),
                                 w.question->org);
  auto saved = s.store->publish_quiz_question(w.question->id, *version, actor.user, s.clock(), note);
  if (!saved.ok()) return Response::from(saved.status());
  return Response::json(200, {{"question", question_json(s, *saved)}});
}

// POST /api/v1/quiz/questions/{id}/discard {"version"}: a draft set aside
// (the same writers as publish); it stays in the bank as discarded.
Response discard(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  Writable w = writable_question(s, r, actor);
  if (w.error) return *w.error;
  const auto version = version_of(*body);
  if (!version) return Response::error(Code::kInvalidInput, "版本（version）应为读到的题目版本号");
  if (w.question->state != "draft")
    return Response::error(Code::kConflict,
                           w.question->state == "discarded" ? "题目已舍弃" : "题目已发布，不能舍弃（测验可能在用）");
  auto note = access::audit_note(r, s.clock, "quiz.question.discard", "quiz-question:" + std::to_string(w.question->id),
                                 w.question->org);
  auto saved = s.store->discard_quiz_question(w.question->id, *version, note);
  if (!saved.ok()) return Response::from(saved.status());
  return Response::json(200, {{"question", question_json(s, *saved)}});
}

// ---- quizzes -------------------------------------------------------------------------

// POST /api/v1/quizzes {"org","title","opens","closes","questions":[ids]}
Response compose(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  if (!body->contains("org") || !(*body)["org"].is_number_unsigned())
    return Response::bad_request("党组织（org）应为党组织编号");
  OrgAt at = org_at(s, static_cast<std::uint32_t>(std::min<std::uint64_t>((*body)["org"].get<std::uint64_t>(), 0xffffffffu)));
  if (at.error) return *at.error;
  if (!q::decide(actor, q::QuizAction::kQuizCompose, at.path).allowed)
    return Response::error(Code::kForbidden, "只有本组织的支部书记或支委委员可以组织测验");
  q::QuizDraft draft;
  for (const char* f : {"title", "opens", "closes"}) {
    if (!body->contains(f) || !(*body)[f].is_string()) {
      const std::string name = std::string_view(f) == "title" ? "测验名称（title）"
                               : std::string_view(f) == "opens" ? "开始日期（opens）" : "截止日期（closes）";
      return Response::error(Code::kInvalidInput, name + "应为文字");
    }
  }
  draft.title = (*body)["title"].get<std::string>();
  draft.opens = (*body)["opens"].get<std::string>();
  draft.closes = (*body)["closes"].get<std::string>();
  if (!body->contains("questions") || !(*body)["questions"].is_array() ||
      (*body)["questions"].size() > q::kMaxQuestionsPerQuiz + 1)
    return Response::error(Code::kInvalidInput, "题目（questions）应为题目编号的列表，不超过 " +
                                                    std::to_string(q::kMaxQuestionsPerQuiz) + " 道");
  for (const json& id : (*body)["questions"]) {
    if (!id.is_number_integer()) return Response::error(Code::kInvalidInput, "题目（questions）应为题目编号的列表");
    draft.questions.push_back(id.get<std::int64_t>());
  }
  domain::Date opens, closes;
  if (Status st = q::check_quiz(draft, &opens, &closes); !st.ok()) return Response::from(st);
  if (closes < s.clock.today()) return Response::error(Code::kInvalidInput, "截止日期（closes）不能早于今天");
  store::Quiz z;
  z.org = at.org;
  z.title = draft.title;
  z.opens = opens;
  z.closes = closes;
  for (auto id : draft.questions) z.questions.push_back(static_cast<std::uint64_t>(id));
  z.created_by = actor.user;
  z.created_us = s.clock();
  auto note = access::audit_note(r, s.clock, "quiz.create", "quiz-org:" + std::to_string(at.org.value), at.org,
                                 std::nullopt, "questions=" + std::to_string(z.questions.size()));
  auto saved = s.store->create_quiz(z, note);
  if (!saved.ok()) return Response::from(saved.status());
  return Response::json(201, {{"quiz", quiz_summary(s, *saved)}});
}

// GET /api/v1/quizzes?org=&limit=&after=: an organisation's quizzes with their
// taker counts, for its branch and for committees and auditors over it.
Response quizzes(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  OrgAt at = org_query(s, r);
  if (at.error) return *at.error;
  if (!q::decide(actor, q::QuizAction::kCountsRead, at.path).allowed)
    return Response::error(Code::kForbidden, "您不能查看这个党组织的测验");
  bool bad = false;
  auto after = after_id(*page.page, &bad);
  if (bad) return Response::bad_request("after 应为上一页答复中的 next");
  auto found = s.store->quiz_page({at.org}, after, page.page->limit);
  if (!found.ok()) return Response::from(found.status());
  json out = json::array();
  for (const auto& z : found->quizzes) out.push_back(quiz_summary(s, z));
  json answer = {{"quizzes", out}};
  std::optional<std::string> next;
  if (found->next) next = encode_cursor({*found->next});
  put_page(answer, next, found->total);
  return Response::json(200, answer);
}

// The quiz of the path's {id} and its organisation's path.
struct QuizAt {
  std::optional<store::Quiz> quiz;
  domain::OrgPath path;
  std::optional<Response> error;
};
QuizAt quiz_at(const App& s, const Request& r) {
  const std::uint32_t id = parse_id(r.param("id"));
  if (id == 0) return {std::nullopt, {}, Response::not_found("测验不存在")};
  auto found = s.store->find_quiz(id);
  if (!found.ok()) return {std::nullopt, {}, Response::from(found.status())};
  if (!*found) return {std::nullopt, {}, Response::not_found("测验不存在")};
  OrgAt at = org_at(s, (*found)->org.value);
  if (at.error) return {std::nullopt, {}, Response::not_found("测验不存在")};
  return {std::move(*found), at.path, std::nullopt};
}

// The quiz of the path's {id} when the caller may do `action` on it (404 for
// an unknown quiz, 403 with `refusal` otherwise): the preamble of every
// handler of one quiz but the read, which answers more than one audience.
QuizAt authorized_quiz(const App& s, const Request& r, const domain::Actor& actor, q::QuizAction action,
                       std::string_view refusal) {
  QuizAt at = quiz_at(s, r);
  if (at.error) return at;
  std::optional<domain::OrgPath> mine;
  if (action == q::QuizAction::kQuizTake) mine = member_path(s, actor);
  if (!q::decide(actor, action, at.path, mine).allowed)
    return {std::nullopt, {}, Response::error(Code::kForbidden, std::string(refusal))};
  return at;
}

// The quiz's questions, in order.
Result<std::vector<store::QuizQuestion>> questions_of(const App& s, const store::Quiz& z) {
  std::vector<store::QuizQuestion> out;
  for (std::uint64_t id : z.questions) {
    auto qq = s.store->find_quiz_question(id);
    if (!qq.ok()) return qq.status();
    if (!*qq) return Status::Error(Code::kInternal, "a quiz's question is missing");
    out.push_back(**qq);
  }
  return out;
}

// The member's result: their answers, the right ones and each article.
json result_json(const App& s, const store::Quiz& z, const std::vector<store::QuizQuestion>& qs,
                 const store::QuizAttempt& a) {
  json items = json::array();
  int right = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const bool ok = i < a.right.size() && a.right[i];
    right += ok ? 1 : 0;
    items.push_back({{"stem", qs[i].stem},
                     {"options", options_of(qs[i].options)},
                     {"your_answer", i < a.answers.size() ? a.answers[i] : -1},
                     {"answer", qs[i].answer},
                     {"right", ok},
                     {"article", qs[i].article},
                     {"article_label", article_label(s, qs[i].article)},
                     {"source", qs[i].source}});
  }
  return {{"quiz", z.id}, {"title", z.title}, {"time", iso_time(a.time_us)}, {"right", right},
          {"questions", qs.size()}, {"items", items}, {"counted", a.counted}};
}

// GET /api/v1/quizzes/{id}: a quiz to take (questions without answers) for a
// member it is open to, or its outline for its branch and those over it; the
// caller's own result when they took it.
Response quiz_read(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  QuizAt at = quiz_at(s, r);
  if (at.error) return *at.error;
  const auto mine = member_path(s, actor);
  const bool taker = q::decide(actor, q::QuizAction::kQuizTake, at.path, mine).allowed;
  const bool overseer = q::decide(actor, q::QuizAction::kCountsRead, at.path).allowed;
  const bool bank = q::decide(actor, q::QuizAction::kBankRead, at.path).allowed;
  if (!taker && !overseer) return Response::error(Code::kForbidden, "这个测验不面向您");
  auto qs = questions_of(s, *at.quiz);
  if (!qs.ok()) return Response::from(qs.status());
  json out = quiz_summary(s, *at.quiz);
  json questions = json::array();
  for (const auto& qq : *qs) {
    json one = {{"id", qq.id}, {"kind", qq.kind}, {"stem", qq.stem}, {"options", options_of(qq.options)}};
    if (bank) one["answer"] = qq.answer;  // the bank's readers know its answers already
    questions.push_back(std::move(one));
  }
  out["questions"] = questions;
  out["can_take"] = false;
  if (taker) {
    // Told before they start: a reader of the bank has seen the answers,
    // so their attempt is self-study that the shares do not count.
    out["counted"] = q::attempt_counted(actor, at.path);
    out["result"] = nullptr;
    auto a = s.store->find_quiz_attempt(at.quiz->id, *actor.member);
    if (!a.ok()) return Response::from(a.status());
    if (*a) {
      out["result"] = result_json(s, *at.quiz, *qs, **a);
    } else {
      out["can_take"] = q::quiz_state(at.quiz->opens, at.quiz->closes, s.clock.today()) == q::QuizState::kOpen;
    }
  }
  return Response::json(200, {{"quiz", out}});
}

// POST /api/v1/quizzes/{id}/attempt {"answers":[indexes]}: the one attempt;
// the answer is the member's own result.
Response attempt(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  QuizAt at = authorized_quiz(s, r, actor, q::QuizAction::kQuizTake, "这个测验不面向您");
  if (at.error) return *at.error;
  switch (q::quiz_state(at.quiz->opens, at.quiz->closes, s.clock.today())) {
    case q::QuizState::kScheduled:
      return Response::error(Code::kConflict, "测验尚未开始（" + at.quiz->opens.iso() + " 开始）");
    case q::QuizState::kClosed:
      return Response::error(Code::kConflict, "测验已截止（" + at.quiz->closes.iso() + " 截止）");
    case q::QuizState::kOpen: break;
  }
  if (!body->contains("answers") || !(*body)["answers"].is_array() || (*body)["answers"].size() > 64)
    return Response::error(Code::kInvalidInput, "答案（answers）应为每题所选选项序号的列表");
  std::vector<int> answers;
  for (const json& a : (*body)["answers"]) {
    if (!a.is_number_integer() || a.get<std::int64_t>() < -1 || a.get<std::int64_t>() > 64)
      return Response::error(Code::kInvalidInput, "答案（answers）应为每题所选选项序号的列表");
    answers.push_back(static_cast<int>(a.get<std::int64_t>()));
  }
  auto qs = questions_of(s, *at.quiz);
  if (!qs.ok()) return Response::from(qs.status());
  std::vector<int> counts;
  for (const auto& qq : *qs) counts.push_back(static_cast<int>(options_of(qq.options).size()));
  if (Status st = q::check_answers(answers, counts); !st.ok()) return Response::from(st);
  store::QuizAttempt a;
  a.quiz = at.quiz->id;
  a.member = *actor.member;
  a.answers = answers;
  for (std::size_t i = 0; i < qs->size(); ++i) a.right.push_back(answers[i] == (*qs)[i].answer);
  a.time_us = s.clock();
  a.counted = q::attempt_counted(actor, at.path);
  auto note = access::audit_note(r, s.clock, "quiz.attempt", "quiz:" + std::to_string(at.quiz->id), at.quiz->org,
                                 *actor.member);
  if (Status st = s.store->add_quiz_attempt(a, note); !st.ok()) {
    if (st.code() == Code::kConflict) return Response::error(Code::kConflict, "您已参加过这次测验，每人一次");
    return Response::from(st);
  }
  return Response::json(201, {{"result", result_json(s, *at.quiz, *qs, a)}});
}

// GET /api/v1/quizzes/{id}/completions?limit=&after=: who completed, names
// only, for the quiz's branch; a read of others' records, audited.
Response completions(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  QuizAt at = authorized_quiz(s, r, actor, q::QuizAction::kCompletionsRead,
                              "只有测验所属组织的支部书记或支委委员可以查看完成名单");
  if (at.error) return *at.error;
  bool bad = false;
  auto after = after_id(*page.page, &bad);
  if (bad) return Response::bad_request("after 应为上一页答复中的 next");
  std::optional<domain::MemberId> after_member;
  if (after) after_member = domain::MemberId{static_cast<std::uint32_t>(*after)};
  auto found = s.store->quiz_completions(at.quiz->id, after_member, page.page->limit);
  if (!found.ok()) return Response::from(found.status());
  if (!found->completions.empty()) {
    auto note = access::audit_note(r, s.clock, "quiz.completions", "quiz:" + std::to_string(at.quiz->id), at.quiz->org);
    for (const auto& c : found->completions) note.entry.subjects.push_back(c.member);
    note.entry.detail = "names=" + std::to_string(found->completions.size());
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  json out = json::array();
  for (const auto& c : found->completions)
    out.push_back({{"member", c.member.value}, {"name", c.name}, {"time", iso_time(c.time_us)}});
  json answer = {{"completions", out}};
  std::optional<std::string> next;
  if (found->next) next = encode_cursor({found->next->value});
  put_page(answer, next, found->total);
  return Response::json(200, answer);
}

// GET /api/v1/quizzes/{id}/shares: per question, the share answered right —
// only once closed and with at least five counted takers (a reader of the
// bank's attempt is not one); else why not, in Chinese.
Response shares(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  QuizAt at = authorized_quiz(s, r, actor, q::QuizAction::kSharesRead, "您不能查看这个测验的统计");
  if (at.error) return *at.error;
  auto tally = s.store->quiz_tally(at.quiz->id);
  if (!tally.ok()) return Response::from(tally.status());
  const q::ShareVisibility v = q::shares_visible(at.quiz->closes, s.clock.today(), tally->takers);
  if (!v.visible) {
    return Response::json(200, {{"quiz", at.quiz->id}, {"visible", false}, {"why_not", v.why_not}, {"shares", json::array()}});
  }
  auto qs = questions_of(s, *at.quiz);
  if (!qs.ok()) return Response::from(qs.status());
  json out = json::array();
  for (std::size_t i = 0; i < qs->size(); ++i) {
    const std::int64_t right = i < tally->right.size() ? tally->right[i] : 0;
    out.push_back({{"question", (*qs)[i].id},
                   {"stem", (*qs)[i].stem},
                   {"article", (*qs)[i].article},
                   {"article_label", article_label(s, (*qs)[i].article)},
                   {"share", static_cast<double>(right) / static_cast<double>(tally->takers)}});
  }
  return Response::json(200, {{"quiz", at.quiz->id}, {"visible", true}, {"takers", tally->takers}, {"shares", out}});
}

// GET /api/v1/quizzes/counts?org=: quizzes made and completions over the subtree.
Response counts(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  OrgAt at = org_query(s, r);
  if (at.error) return *at.error;
  if (!q::decide(actor, q::QuizAction::kCountsRead, at.path).allowed)
    return Response::error(Code::kForbidden, "您不能查看这个党组织的测验统计");
  auto c = s.store->quiz_counts({{at.org, true}}, std::nullopt);
  if (!c.ok()) return Response::from(c.status());
  return Response::json(200, {{"org", at.org.value}, {"quizzes", c->quizzes}, {"completions", c->completions}});
}

// ---- the member's own ----------------------------------------------------------------

// GET /api/v1/me/quizzes?limit=&after=: the quizzes of the member's
// organisation and those above it, newest first, each with whether they took it.
Response my_quizzes(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  bool bad = false;
  auto after = after_id(*page.page, &bad);
  if (bad) return Response::bad_request("after 应为上一页答复中的 next");
  const auto mine = member_path(s, actor);
  json out = json::array();
  json answer;
  if (!actor.member || !actor.member_on_roll || !mine || mine->empty()) {
    answer = {{"quizzes", out}};
    put_page(answer, std::nullopt, 0);
    return Response::json(200, answer);
  }
  auto found = s.store->quiz_page(*mine, after, page.page->limit);
  if (!found.ok()) return Response::from(found.status());
  for (const auto& z : found->quizzes) {
    json one = quiz_summary(s, z);
    auto a = s.store->find_quiz_attempt(z.id, *actor.member);
    if (!a.ok()) return Response::from(a.status());
    one["taken"] = a->has_value();
    out.push_back(std::move(one));
  }
  answer = {{"quizzes", out}};
  std::optional<std::string> next;
  if (found->next) next = encode_cursor({*found->next});
  put_page(answer, next, found->total);
  return Response::json(200, answer);
}

// GET /api/v1/me/quiz-results?limit=&after=: the caller's own results, newest quiz first.
Response my_results(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  PageParse page = parse_page(r);
  if (page.error) return *page.error;
  bool bad = false;
  auto after = after_id(*page.page, &bad);
  if (bad) return Response::bad_request("after 应为上一页答复中的 next");
  json out = json::array();
  json answer;
  if (!actor.member) return Response::json(200, {{"results", out}, {"next", nullptr}});
  const std::size_t limit = std::min(page.page->limit, kResultsPageMax);
  auto found = s.store->member_quiz_attempts(*actor.member, after, limit + 1);
  if (!found.ok()) return Response::from(found.status());
  const bool more = found->size() > limit;
  if (more) found->resize(limit);
  for (const auto& a : *found) {
    auto z = s.store->find_quiz(a.quiz);
    if (!z.ok()) return Response::from(z.status());
    if (!*z) continue;
    auto qs = questions_of(s, **z);
    if (!qs.ok()) return Response::from(qs.status());
    out.push_back(result_json(s, **z, *qs, a));
  }
  // No total: the store keeps no count of one member's attempts, and none is made up here.
  answer = {{"results", out},
            {"next", more && !found->empty() ? json(encode_cursor({found->back().quiz})) : json(nullptr)}};
  return Response::json(200, answer);
}

}  // namespace

void add_quiz_routes(Router& router, const Services& s) {
  router.add("POST", "/api/v1/quiz/questions/generate", [s](const Request& r) { return generate(*s, r); });
  router.get("/api/v1/quiz/questions", [s](const Request& r) { return bank(*s, r); });
  router.add("POST", "/api/v1/quiz/questions/{id}", [s](const Request& r) { return edit(*s, r); });
  router.add("POST", "/api/v1/quiz/questions/{id}/publish", [s](const Request& r) { return publish(*s, r); });
  router.add("POST", "/api/v1/quiz/questions/{id}/discard", [s](const Request& r) { return discard(*s, r); });
  router.add("POST", "/api/v1/quizzes", [s](const Request& r) { return compose(*s, r); });
  router.get("/api/v1/quizzes", [s](const Request& r) { return quizzes(*s, r); });
  router.get("/api/v1/quizzes/counts", [s](const Request& r) { return counts(*s, r); });
  router.get("/api/v1/quizzes/{id}", [s](const Request& r) { return quiz_read(*s, r); });
  router.add("POST", "/api/v1/quizzes/{id}/attempt", [s](const Request& r) { return attempt(*s, r); });
  router.get("/api/v1/quizzes/{id}/completions", [s](const Request& r) { return completions(*s, r); });
  router.get("/api/v1/quizzes/{id}/shares", [s](const Request& r) { return shares(*s, r); });
  router.get("/api/v1/me/quizzes", [s](const Request& r) { return my_quizzes(*s, r); });
  router.get("/api/v1/me/quiz-results", [s](const Request& r) { return my_results(*s, r); });
}

}  // namespace nc::server::handlers
