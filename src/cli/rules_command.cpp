// netconduct rules list | show N | search QUERY | parse FILE   [--json]
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "common/utf8.h"
#include "rulebook/loader.h"
#include "rulebook/model_json.h"
#include "rulebook/parser.h"
#include "rulebook/quiz/question_json.h"
#include "rulebook/search.h"

namespace nc::cli {
namespace {

struct RulesOptions {
  std::string dir = NC_DEFAULT_DATA_DIR "/rulebooks";
  std::string id;  // empty: the first rulebook in the directory
  bool json = false;
  int article = 0;
  std::string query;
  size_t limit = 20;
  std::string file;
  std::uint64_t seed = 1;
  int count = 20;
};

int error(const std::string& message) {
  std::cerr << "netconduct: " << message << "\n";
  return 2;
}

Result<rulebook::Rulebook> load(const RulesOptions& o) {
  auto sources = rulebook::read_directory(o.dir);
  if (!sources) return sources.status();
  // Latest effective date wins among versions of the chosen id.
  const rulebook::RulebookSource* chosen = nullptr;
  for (const auto& s : *sources) {
    if (!o.id.empty() && s.id != o.id) continue;
    if (chosen && chosen->id != s.id) continue;
    if (!chosen || s.effective_date > chosen->effective_date) chosen = &s;
  }
  if (!chosen) return Status::NotFound(o.id.empty() ? "no rulebook in " + o.dir : "no rulebook \"" + o.id + "\" in " + o.dir);
  return rulebook::build(*chosen);
}

void print_text(const rulebook::Article& a) {
  std::cout << a.label << "\n";
  std::cout << a.text << "\n";
}

int list(const RulesOptions& o) {
  auto book = load(o);
  if (!book) return error(book.status().message());
  if (o.json) {
    nlohmann::json out = rulebook::summary_json(*book);
    out["articles"] = nlohmann::json::array();
    for (const auto* a : book->articles())
      out["articles"].push_back({{"number", a->number}, {"label", a->label}, {"chapter", book->chapter_of(a->number)->number}});
    std::cout << out.dump() << "\n";
    return 0;
  }
  std::cout << book->title << "（" << book->effective_date << "）\n";
  for (const auto& ch : book->chapters) {
    if (!ch.label.empty()) std::cout << ch.label << " " << ch.title << "\n";
    auto line = [](const rulebook::Article& a) {
      std::string first = a.text.substr(0, a.text.find('\n'));
      // First 30 characters of the text, by code point.
      size_t i = 0, n = 0;
      while (i < first.size() && n < 30) {
        ++n;
        ++i;
        while (i < first.size() && utf8::is_continuation(static_cast<unsigned char>(first[i]))) ++i;
      }
      std::cout << "  " << a.label << " " << first.substr(0, i) << (i < first.size() ? "…" : "") << "\n";
    };
    for (const auto& a : ch.articles) line(a);
    for (const auto& s : ch.sections) {
      std::cout << " " << s.label << " " << s.title << "\n";
      for (const auto& a : s.articles) line(a);
    }
  }
  return 0;
}

int show(const RulesOptions& o) {
  auto book = load(o);
  if (!book) return error(book.status().message());
  const auto* a = book->find_article(o.article);
  if (!a) return error("no article " + std::to_string(o.article) + " in " + book->title);
  if (o.json) {
    nlohmann::json out = rulebook::to_json(*a);
    out["chapter"] = rulebook::heading_json(*book->chapter_of(a->number));
    if (const auto* s = book->section_of(a->number)) out["section"] = rulebook::heading_json(*s);
    std::cout << out.dump() << "\n";
    return 0;
  }
  const auto* ch = book->chapter_of(a->number);
  std::cout << book->title << " · " << ch->label << " " << ch->title << "\n";
  print_text(*a);
  return 0;
}

int search(const RulesOptions& o) {
  auto book = load(o);
  if (!book) return error(book.status().message());
  rulebook::SearchIndex index(*book);
  const auto hits = index.search(o.query, o.limit);
  if (o.json) {
    nlohmann::json out = {
        {"query", o.query}, {"also_searched", index.also_searched(o.query)}, {"results", nlohmann::json::array()}};
    for (const auto& h : hits) {
      nlohmann::json frags = nlohmann::json::array();
      for (const auto& f : h.fragments) frags.push_back({{"text", f.text}, {"match", f.match}});
      out["results"].push_back({{"number", h.article},
                                {"label", book->find_article(h.article)->label},
                                {"score", h.score},
                                {"fragments", frags}});
    }
    std::cout << out.dump() << "\n";
    return 0;
  }
  if (hits.empty()) {
    std::cout << "未找到与“" << o.query << "”相关的条文\n";
    return 0;
  }
  if (const auto also = index.also_searched(o.query); !also.empty()) {
    std::cout << "也搜索了";
    for (const std::string& w : also) std::cout << "“" << w << "”";
    std::cout << "\n";
  }
  for (const auto& h : hits) {
    std::cout << book->find_article(h.article)->label << "  ";
    // Matches in 【】 so they stand out in a terminal without colours.
    for (const auto& f : h.fragments) std::cout << (f.match ? "【" + f.text + "】" : f.text);
    std::cout << "\n";
  }
  return 0;
}

int parse_file(const RulesOptions& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return error(o.file + ": cannot be opened");
  std::ostringstream ss;
  ss << in.rdbuf();
  rulebook::ParseError err;
  auto book = rulebook::parse(ss.str(), &err);
  if (!book) {
    std::cerr << o.file << ":" << err.line << ": error: " << err.message << "\n";
    return 2;
  }
  if (o.json) {
    std::cout << rulebook::to_json(*book).dump() << "\n";
    return 0;
  }
  std::cout << book->title << ": " << book->chapters.size() << " chapters, " << book->articles().size() << " articles\n";
  for (const auto* a : book->articles()) print_text(*a);
  return 0;
}

// Draft quiz questions from the rulebook (or from a NAME.toml given with
// --file), as JSON lines or one JSON array: what a person reviews before any
// is published.
int quiz(const RulesOptions& o) {
  Result<rulebook::Rulebook> book = Status::NotFound("");
  if (o.file.empty()) {
    book = load(o);
  } else {
    auto src = rulebook::read_source(o.file);
    if (!src) return error(src.status().message());
    book = rulebook::build(*src);
  }
  if (!book) return error(book.status().message());
  rulebook::quiz::Options options;
  options.seed = o.seed;
  options.count = o.count;
  const auto drawn = rulebook::quiz::draw(*book, options);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& q : drawn.questions) out.push_back(rulebook::quiz::to_json(q, *book));
  // What the text allowed, beside the questions (stderr: stdout stays the
  // questions alone).
  std::cerr << "判断题：与原文一致 " << drawn.true_items << " 道，与原文不符 " << drawn.false_items
            << " 道；本文可构成不符陈述的句子 " << drawn.false_possible << " 句";
  if (drawn.few_false) std::cerr << "，不符陈述不足，少出了一致题而不以一致题补足";
  std::cerr << "\n";
  if (o.json) {
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  for (const auto& q : out) std::cout << q.dump() << "\n";
  return 0;
}

}  // namespace

void add_rules_command(CLI::App& app, Runner* runner) {
  auto opts = std::make_shared<RulesOptions>();
  CLI::App* rules = app.add_subcommand("rules", "The regulation: list, show, search, parse");
  rules->require_subcommand(1);
  rules->add_option("--dir", opts->dir, "Directory of shipped rulebooks")->capture_default_str();
  rules->add_option("--rulebook", opts->id, "Rulebook id (default: the first)");

  CLI::App* l = rules->add_subcommand("list", "Chapters and articles");
  l->add_flag("--json", opts->json, "Print JSON");
  l->callback([=] { *runner = [=] { return list(*opts); }; });

  CLI::App* s = rules->add_subcommand("show", "One article");
  s->add_option("number", opts->article, "Article number")->required()->check(CLI::PositiveNumber);
  s->add_flag("--json", opts->json, "Print JSON");
  s->callback([=] { *runner = [=] { return show(*opts); }; });

  CLI::App* q = rules->add_subcommand("search", "Search articles");
  q->add_option("query", opts->query, "Words to find")->required();
  q->add_option("--limit", opts->limit, "At most this many results")->check(CLI::Range(1, 1000));
  q->add_flag("--json", opts->json, "Print JSON");
  q->callback([=] { *runner = [=] { return search(*opts); }; });

  CLI::App* p = rules->add_subcommand("parse", "Parse a regulation text file and print its model");
  p->add_option("file", opts->file, "UTF-8 text file")->required();
  p->add_flag("--json", opts->json, "Print the whole model as JSON");
  p->callback([=] { *runner = [=] { return parse_file(*opts); }; });

  CLI::App* z = rules->add_subcommand("quiz", "Draft quiz questions generated from the rulebook");
  z->add_option("--seed", opts->seed, "Seed: the same seed gives the same questions")->capture_default_str();
  z->add_option("--count", opts->count, "At most this many questions")->check(CLI::Range(1, 1000))->capture_default_str();
  z->add_option("--file", opts->file, "A rulebook's NAME.toml instead of the shipped one");
  z->add_flag("--json", opts->json, "Print one JSON array");
  z->callback([=] { *runner = [=] { return quiz(*opts); }; });
}

}  // namespace nc::cli
