// The model of a regulation: rulebook → chapters → optional sections →
// articles → paragraphs and enumerated items. Plain values, built by the
// parser, never mutated after; any number of threads may read one at once.
#pragma once

#include <string>
#include <vector>

namespace nc::rulebook {

// An enumerated item inside an article: （一）…, (二)…, 1. …, 一、…
struct Item {
  int number = 0;          // 1-based position in its list
  std::string marker;      // as normalised for display: "（一）", "1."
  std::string text;        // clean text after the marker
  int paragraph = 0;       // index of the paragraph the item list follows
};

// What the text does not say explicitly about an article; reviewed data kept
// beside the regulation text (see annotations.h).
enum class ArticleKind { Unknown, Principle, Encouragement, Obligation, Prohibition, OrganisationalDuty, Supplementary };
enum class Binds { Unknown, AllMembers, Cadres, PartyBranch };

struct Annotation {
  ArticleKind kind = ArticleKind::Unknown;
  Binds binds = Binds::Unknown;
  std::vector<std::string> topics;  // stable ids, e.g. "secrets", "public_accounts"
};

struct Article {
  int number = 0;                       // 第十四条 → 14
  std::string label;                    // "第十四条"
  std::string text;                     // clean text: paragraphs then items, one per line
  std::vector<std::string> paragraphs;  // body paragraphs, without the heading
  std::vector<Item> items;
  Annotation annotation;
  int line = 0;                         // 1-based line of the heading in the source
};

struct Section {
  int number = 0;
  std::string label;  // "第一节"
  std::string title;
  std::vector<Article> articles;
};

struct Chapter {
  int number = 0;
  std::string label;  // "第一章"
  std::string title;  // "总则"
  std::vector<Article> articles;  // articles not inside a section
  std::vector<Section> sections;
};

// Everyday words members type and the regulation's own wording they mean
// ("公众号" → "公众账号"); reviewed data in the annotations (see annotations.h).
// Search adds `means` to a query containing any of `words`.
struct Synonym {
  std::vector<std::string> words;  // as members type them
  std::vector<std::string> means;  // wording that occurs in the rulebook's text
};

struct Rulebook {
  std::string id;              // stable slug: "dangyuan-wangluo-xingwei-guiding"
  std::string title;           // "党员网络行为规定"
  std::vector<std::string> preamble;  // lines between title and first chapter/article (issuer, date)
  std::string version;         // free text, e.g. "2024"
  std::string effective_date;  // ISO date "YYYY-MM-DD", or empty when unknown
  std::vector<Chapter> chapters;  // a regulation without chapters has one with number 0
  std::vector<Synonym> synonyms;  // from the annotations, in file order

  // All articles in order, whatever chapter or section holds them.
  std::vector<const Article*> articles() const;
  const Article* find_article(int number) const;
  // The chapter / section holding an article, or nullptr.
  const Chapter* chapter_of(int article_number) const;
  const Section* section_of(int article_number) const;
  // Articles whose annotation lists the topic, in order.
  std::vector<int> articles_for_topic(const std::string& topic) const;
};

const char* to_string(ArticleKind);
const char* to_string(Binds);
const char* label_zh(ArticleKind);  // "禁止性规定"
const char* label_zh(Binds);        // "全体党员"
bool parse_kind(const std::string&, ArticleKind*);
bool parse_binds(const std::string&, Binds*);

}  // namespace nc::rulebook
