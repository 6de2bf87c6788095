#include "rulebook/model.h"

namespace nc::rulebook {

std::vector<const Article*> Rulebook::articles() const {
  std::vector<const Article*> out;
  for (const Chapter& ch : chapters) {
    for (const Article& a : ch.articles) out.push_back(&a);
    for (const Section& s : ch.sections)
      for (const Article& a : s.articles) out.push_back(&a);
  }
  return out;
}

const Article* Rulebook::find_article(int number) const {
  for (const Article* a : articles())
    if (a->number == number) return a;
  return nullptr;
}

const Chapter* Rulebook::chapter_of(int number) const {
  for (const Chapter& ch : chapters) {
    for (const Article& a : ch.articles)
      if (a.number == number) return &ch;
    for (const Section& s : ch.sections)
      for (const Article& a : s.articles)
        if (a.number == number) return &ch;
  }
  return nullptr;
}

const Section* Rulebook::section_of(int number) const {
  for (const Chapter& ch : chapters)
    for (const Section& s : ch.sections)
      for (const Article& a : s.articles)
        if (a.number == number) return &s;
  return nullptr;
}

std::vector<int> Rulebook::articles_for_topic(const std::string& topic) const {
  std::vector<int> out;
  for (const Article* a : articles())
    for (const std::string& t : a->annotation.topics)
      if (t == topic) {
        out.push_back(a->number);
        break;
      }
  return out;
}

namespace {
struct KindName {
  ArticleKind kind;
  const char* id;
  const char* zh;
};
constexpr KindName kKinds[] = {
    {ArticleKind::Unknown, "unknown", "未标注"},
    {ArticleKind::Principle, "principle", "原则性规定"},
    {ArticleKind::Encouragement, "encouragement", "倡导性规定"},
    {ArticleKind::Obligation, "obligation", "义务性规定"},
    {ArticleKind::Prohibition, "prohibition", "禁止性规定"},
    {ArticleKind::OrganisationalDuty, "organisational_duty", "组织职责"},
    {ArticleKind::Supplementary, "supplementary", "附则"},
};
struct BindsName {
  Binds binds;
  const char* id;
  const char* zh;
};
constexpr BindsName kBinds[] = {
    {Binds::Unknown, "unknown", "未标注"},
    {Binds::AllMembers, "all_members", "全体党员"},
    {Binds::Cadres, "cadres", "党员干部"},
    {Binds::PartyBranch, "party_branch", "党支部"},
};
}  // namespace

const char* to_string(ArticleKind k) {
  for (const auto& n : kKinds)
    if (n.kind == k) return n.id;
  return "unknown";
}
const char* label_zh(ArticleKind k) {
  for (const auto& n : kKinds)
    if (n.kind == k) return n.zh;
  return "未标注";
}
const char* to_string(Binds b) {
  for (const auto& n : kBinds)
    if (n.binds == b) return n.id;
  return "unknown";
}
const char* label_zh(Binds b) {
  for (const auto& n : kBinds)
    if (n.binds == b) return n.zh;
  return "未标注";
}
bool parse_kind(const std::string& s, ArticleKind* out) {
  for (const auto& n : kKinds)
    if (s == n.id && n.kind != ArticleKind::Unknown) return *out = n.kind, true;
  return false;
}
bool parse_binds(const std::string& s, Binds* out) {
  for (const auto& n : kBinds)
    if (s == n.id && n.binds != Binds::Unknown) return *out = n.binds, true;
  return false;
}

}  // namespace nc::rulebook
