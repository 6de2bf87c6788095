// /api/v1/rulebooks…: the rulebook endpoints of docs/api-contract.md, read
// from the in-memory Catalogue. Only HTTP ⇄ rulebook translation lives here.
#include "server/handlers/routes.h"

#include <charconv>
#include <ctime>
#include <limits>
#include <nlohmann/json.hpp>

#include "common/utf8.h"
#include "rulebook/model_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;
using rulebook::Article;
using rulebook::Chapter;
using rulebook::heading_json;
using rulebook::Rulebook;
using rulebook::Section;

constexpr size_t kMaxQueryChars = 200;
constexpr long kDefaultLimit = 20;
constexpr long kMaxLimit = 100;

// A positive decimal integer, nothing else ("14", not "+14", "1e1" or "14abc").
std::optional<long> parse_positive(const std::string& s) {
  long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() || v <= 0) return std::nullopt;
  return v;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class RulebookHandlers {
 public:
  RulebookHandlers(std::shared_ptr<const Catalogue> catalogue, std::function<std::string()> today)
      : catalogue_(std::move(catalogue)), today_(std::move(today)) {}

  Response list(const Request& req) const {
    const auto all = req.query_param("all");
    const bool every = all && (*all == "1" || *all == "true");
    if (all && !every && *all != "0" && *all != "false") return Response::bad_request("参数 all 只能是 1 或 0");
    json out = json::array();
    const std::string today = today_();
    for (const std::string& id : catalogue_->ids()) {
      if (every) {
        for (const auto& v : catalogue_->versions(id)) out.push_back(rulebook::summary_json(v->rulebook));
      } else if (const auto* v = catalogue_->in_force(id, today)) {
        out.push_back(rulebook::summary_json(v->rulebook));
      }
    }
    return Response::json(200, {{"rulebooks", std::move(out)}});
  }

  Response get(const Request& req) const {
    const auto* v = find(req);
    if (!v) return unknown_rulebook(req);
    return Response::json(200, rulebook::to_json(v->rulebook));
  }

  Response article(const Request& req) const {
    const auto* v = find(req);
    if (!v) return unknown_rulebook(req);
    const Rulebook& rb = v->rulebook;
    const auto n = parse_positive(req.param("n"));
    if (!n || *n > std::numeric_limits<int>::max()) return Response::bad_request("条号必须是正整数");
    const int number = static_cast<int>(*n);
    const auto articles = rb.articles();
    size_t i = 0;
    while (i < articles.size() && articles[i]->number != number) ++i;
    if (i == articles.size()) return Response::not_found("未找到第" + std::to_string(number) + "条");
    const Chapter* chapter = rb.chapter_of(number);
    const Section* section = rb.section_of(number);
    return Response::json(200, {
                                   {"rulebook", {{"id", rb.id}, {"title", rb.title}}},
                                   {"chapter", chapter ? heading_json(*chapter) : json(nullptr)},
                                   {"section", section ? heading_json(*section) : json(nullptr)},
                                   {"article", rulebook::to_json(*articles[i])},
                                   {"previous", i > 0 ? json(articles[i - 1]->number) : json(nullptr)},
                                   {"next", i + 1 < articles.size() ? json(articles[i + 1]->number) : json(nullptr)},
                               });
  }

  Response search(const Request& req) const {
    const auto* v = find(req);
    if (!v) return unknown_rulebook(req);
    const std::string q = req.query_param("q").value_or("");
    if (blank(q)) return Response::bad_request("请输入检索词");
    if (utf8::count(q) > kMaxQueryChars) return Response::bad_request("检索词不能超过200个字符");
    long limit = kDefaultLimit;
    if (auto l = req.query_param("limit")) {
      auto parsed = parse_positive(*l);
      if (!parsed || *parsed > kMaxLimit) return Response::bad_request("limit 必须是 1 到 100 之间的整数");
      limit = *parsed;
    }
    const Rulebook& rb = v->rulebook;
    const auto hits = v->index.search(q, std::numeric_limits<size_t>::max());
    json results = json::array();
    for (size_t i = 0; i < hits.size() && i < static_cast<size_t>(limit); ++i) {
      const auto& hit = hits[i];
      const Article* a = rb.find_article(hit.article);
      const Chapter* chapter = rb.chapter_of(hit.article);
      json fragments = json::array();
      for (const auto& f : hit.fragments) fragments.push_back({{"text", f.text}, {"match", f.match}});
      results.push_back({{"number", hit.article},
                         {"label", a ? a->label : std::string()},
                         {"score", hit.score},
                         {"chapter", chapter ? heading_json(*chapter) : json(nullptr)},
                         {"fragments", std::move(fragments)}});
    }
    return Response::json(200, {{"query", q},
                                {"also_searched", v->index.also_searched(q)},
                                {"total", hits.size()},
                                {"results", std::move(results)}});
  }

 private:
  const Catalogue::Version* find(const Request& req) const { return catalogue_->in_force(req.param("id"), today_()); }
  static Response unknown_rulebook(const Request& req) {
    return Response::not_found("未找到规章“" + req.param("id") + "”");
  }

  std::shared_ptr<const Catalogue> catalogue_;
  std::function<std::string()> today_;
};

}  // namespace

// The regulation is public text: its routes need no session.
constexpr RouteOptions kPublic{.access = Access::kPublic};

void add_rulebook_routes(Router& router, const Services& app) {
  auto h = std::make_shared<const RulebookHandlers>(app->catalogue, [clock = app->clock] { return clock.today().iso(); });
  router.get("/api/v1/rulebooks", [h](const Request& r) { return h->list(r); }, kPublic);
  router.get("/api/v1/rulebooks/{id}", [h](const Request& r) { return h->get(r); }, kPublic);
  router.get("/api/v1/rulebooks/{id}/articles/{n}", [h](const Request& r) { return h->article(r); }, kPublic);
  router.get("/api/v1/rulebooks/{id}/search", [h](const Request& r) { return h->search(r); }, kPublic);
}


}  // namespace nc::server::handlers
