#include "rulebook/quiz/generator.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "common/utf8.h"

namespace nc::rulebook::quiz {
namespace {

using U = std::u32string;

U decode(std::string_view s) {
  U out;
  for (size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
  return out;
}

std::string encode(const U& s) {
  std::string out;
  char buf[4];
  for (char32_t c : s) out.append(buf, static_cast<size_t>(utf8::encode(c, buf)));
  return out;
}

// SplitMix64: the same sequence on every platform (std's distributions are not).
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }
};

bool is_sentence_end(char32_t c) { return c == U'。' || c == U'；' || c == U'！' || c == U'？' || c == U';'; }
bool is_clause_mark(char32_t c) {
  return is_sentence_end(c) || c == U'，' || c == U',' || c == U'、' || c == U'：' || c == U':' || c == U'“' ||
         c == U'”' || c == U'（' || c == U'）' || c == U'《' || c == U'》' || c == U'"';
}
bool is_numeral(char32_t c) {
  static const U kNumerals = U"0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿";
  return kNumerals.find(c) != U::npos;
}

struct Modal {
  U word;
  TermField field;
  U opposite;  // what true_false turns it into
};
const std::vector<Modal>& modals() {
  static const std::vector<Modal> kModals = {
      {U"应当", TermField::kObligation, U"不得"}, {U"必须", TermField::kObligation, U"不得"},
      {U"不得", TermField::kProhibition, U"应当"}, {U"严禁", TermField::kProhibition, U"应当"},
      {U"禁止", TermField::kProhibition, U"应当"},
  };
  return kModals;
}

// Words that open the segment after a modal without carrying its rule (the
// manner or the channel): they stay in the stem, before the blank.
const std::vector<U>& lead_words() {
  static const std::vector<U> kLead = {U"通过网络", U"利用网络", U"在网上", U"在网络上", U"积极", U"及时",
                                       U"严格", U"自觉", U"切实", U"认真", U"主动", U"依法", U"按照规定", U"通过"};
  return kLead;
}

// Function words that never make a blank on their own.
bool is_function_word(const U& t) {
  static const std::set<U> kWords = {U"的",   U"了",   U"和",   U"与",   U"及",   U"或",   U"或者", U"以及",
                                     U"等",   U"并",   U"对",   U"在",   U"其",   U"之",   U"为",   U"向",
                                     U"由",   U"将",   U"把",   U"被",   U"有关", U"相关", U"其他", U"进行"};
  return kWords.count(t) > 0;
}

bool good_term(const U& t) {
  if (t.size() < 2 || t.size() > 16) return false;
  if (is_function_word(t)) return false;
  for (char32_t c : t)
    if (is_numeral(c) || is_clause_mark(c) || c == U' ') return false;
  // A term that opens or closes on a particle is cut in the wrong place.
  static const U kParticles = U"的了和与及或等并之";
  if (kParticles.find(t.front()) != U::npos || kParticles.find(t.back()) != U::npos) return false;
  // 把/将 move the object before a verb that comes later: the blank would
  // hold half a phrase.
  if (t.front() == U'把' || t.front() == U'将') return false;
  return true;
}

struct Sentence {
  int article = 0;
  U text;        // with its end mark
  bool item = false;  // an enumerated item on its own ("居民诉求的分级处理流程"): no rule to ask of
};

// A term found in a sentence: [begin, end) in the sentence's text.
struct Term {
  size_t sentence = 0;
  TermField field = TermField::kNone;
  size_t begin = 0, end = 0;
  U text;
  bool after_adverb = false;  // the stem reads an adverb right before it (及时（    ）)
};

struct ModalAt {
  size_t pos;
  const Modal* modal;
};

std::vector<ModalAt> find_modals(const U& s) {
  std::vector<ModalAt> out;
  for (size_t i = 0; i + 1 < s.size(); ++i)
    for (const auto& m : modals())
      if (s.compare(i, m.word.size(), m.word) == 0) {
        out.push_back({i, &m});
        i += m.word.size() - 1;
        break;
      }
  return out;
}

// The subject that opens a sentence right before a modal, or empty.
U holder_candidate(const U& s, const std::vector<ModalAt>& at) {
  if (at.empty()) return {};
  const size_t pos = at.front().pos;
  if (pos < 2 || pos > 8) return {};
  U h = s.substr(0, pos);
  for (char32_t c : h)
    if (is_clause_mark(c) || is_numeral(c)) return {};
  return h;
}

std::vector<Sentence> sentences_of(const Rulebook& book) {
  std::vector<Sentence> out;
  for (const Article* a : book.articles()) {
    // A paragraph that introduces a list ("培训内容包括：") reads whole only
    // with its items: one sentence of both. Each item is a unit of its own too.
    std::vector<std::string> units = a->paragraphs;
    for (size_t i = 0; i < units.size(); ++i) {
      if (!units[i].ends_with("：")) continue;
      std::string joined;
      for (const auto& item : a->items) {
        if (item.paragraph != static_cast<int>(i)) continue;
        std::string t = item.text;
        for (const std::string end : {"；", "。", ";"})
          if (t.ends_with(end)) t.resize(t.size() - end.size());
        if (t.find("；") != std::string::npos || t.find("。") != std::string::npos) {
          joined.clear();
          break;
        }
        joined += (joined.empty() ? "" : "，") + t;
      }
      units[i] = joined.empty() ? std::string() : units[i] + joined + "。";
    }
    const size_t paragraphs = units.size();
    for (const auto& item : a->items) units.push_back(item.text);
    for (size_t ui = 0; ui < units.size(); ++ui) {
      const U u = decode(units[ui]);
      size_t start = 0;
      for (size_t i = 0; i <= u.size(); ++i) {
        if (i == u.size() || is_sentence_end(u[i])) {
          U s = u.substr(start, i - start);
          if (i < u.size()) s.push_back(u[i] == U'；' || u[i] == U';' ? U'。' : u[i]);
          while (!s.empty() && s.front() == U' ') s.erase(s.begin());
          if (s.size() >= 8) {
            if (!is_sentence_end(s.back())) s.push_back(U'。');
            out.push_back({a->number, std::move(s), ui >= paragraphs});
          }
          start = i + 1;
        }
      }
    }
  }
  return out;
}

// The longest sentence a question quotes: a longer one is not cut into a
// window (a cut stem reads as another rule: "党员……丑化党和国家形象"), it
// makes no fill_blank or true_false question.
constexpr size_t kMaxSentence = 90;

// Words that open a clause without being its verb (an object put first —
// "对……的党员", "把……" —, a basis, a conjunction): a clause opening with one
// is not a term of its own. A place or a channel (在……, 向……, 通过……)
// may open a whole act.
bool opens_with_preposition(const U& t) {
  static const std::vector<U> kWords = {U"对", U"按照", U"把", U"将", U"为", U"由", U"与", U"同", U"根据",
                                        U"依照", U"并", U"和", U"或", U"但", U"如", U"其", U"不", U"及",
                                        U"使", U"让", U"被"};
  for (const auto& w : kWords)
    if (t.compare(0, w.size(), w) == 0) return true;
  return false;
}

// A term that points elsewhere instead of stating the rule (遵守有关规定,
// 其他谣言): any member could defend it as right, it teaches nothing.
bool is_vague(const U& t) {
  static const std::vector<U> kWords = {U"有关", U"相关", U"其他", U"其它", U"规定"};
  for (const auto& w : kWords)
    if (t.find(w) != U::npos) return true;
  return false;
}

struct Pools {
  std::vector<Sentence> sentences;
  std::vector<U> sentence_holder;                // the duty holder each sentence opens with, or empty
  std::vector<Term> terms;                       // blanks, every field
  std::map<TermField, std::vector<size_t>> by_field;  // indices into terms
  std::vector<U> holders;                        // the text's duty holders
  std::set<char32_t> common;                     // characters in a third or more of the articles
  std::map<int, U> article_text;                 // article number → its text
  std::vector<U> media;                          // the text's platforms and media (居民群, 政务平台…)
  std::vector<U> parties;                        // the organisations it names (有关部门, 党支部…)
};

// Head words of the fields a false statement may change a term within,
// besides the duty holders: platforms and media, and organisations. The
// longer first where one ends another (公众账号 before 账号).
const std::vector<U>& medium_heads() {
  static const std::vector<U> kHeads = {U"应用程序", U"公众账号", U"公众号", U"客户端", U"小程序", U"直播间",
                                        U"朋友圈",   U"平台",     U"账号",   U"群组",   U"网站",   U"论坛",
                                        U"微博",     U"博客",     U"频道",   U"社群",   U"群"};
  return kHeads;
}
const std::vector<U>& party_heads() {
  static const std::vector<U> kHeads = {U"居委会", U"村委会", U"委员会", U"办事处", U"党支部", U"党组织",
                                        U"部门",   U"科室",   U"机关",   U"党委",   U"政府"};
  return kHeads;
}

// Characters that end a term on its left: a mark, a particle, a preposition
// or a conjunction ("境外的网站", "向有关部门", "和网络平台").
bool ends_term_left(char32_t c) {
  static const U kChars = U"的在向和与及或将把对为由交给从经同";
  return is_clause_mark(c) || kChars.find(c) != U::npos;
}

// A term of a head-word field found in a sentence: [begin, end), and the
// head's start (the term's field is its head).
struct HeadTerm {
  size_t begin = 0, end = 0, head = 0;
};

// The terms of `heads` in `s`. A medium is its head with the two
// characters before it when they are a modifier ("居民群", "网络平台",
// "网站" after 的); an organisation is its head with the shortest modifier
// (up to four characters) that a particle, a preposition or the sentence's
// start closes on the left ("向有关部门", "转交街道相关科室", "党支部").
// 群 of 群众 / 群体 is no medium.
std::vector<HeadTerm> head_terms(const U& s, const std::vector<U>& heads, bool party) {
  std::vector<HeadTerm> out;
  for (size_t i = 0; i < s.size(); ++i) {
    const U* head = nullptr;
    for (const auto& h : heads)
      if (s.compare(i, h.size(), h) == 0) {
        head = &h;
        break;
      }
    if (!head) continue;
    const size_t end = i + head->size();
    if (*head == U"群" && end < s.size() && (s[end] == U'众' || s[end] == U'体')) continue;
    size_t begin = i;
    if (party) {
      bool found = false;
      for (size_t m = 0; m <= 4 && m <= i && !found; ++m) {
        const size_t b = i - m;
        if (m > 0 && ends_term_left(s[b])) break;  // the modifier holds a particle: no term
        if (b == 0 || ends_term_left(s[b - 1])) {
          begin = b;
          found = true;
        }
      }
      if (!found) {
        i = end - 1;
        continue;
      }
    } else if (i >= 2 && !ends_term_left(s[i - 1]) && !ends_term_left(s[i - 2]) && !is_numeral(s[i - 1]) &&
               !is_numeral(s[i - 2])) {
      begin = i - 2;
    }
    if (end - begin >= 2) out.push_back({begin, end, i});
    i = end - 1;
  }
  return out;
}

// The duty holder a sentence opens with: the longest of the text's holders
// it starts with ("党员干部注册、使用……" → 党员干部).
U opening_holder(const U& s, const std::vector<U>& holders) {
  U best;
  for (const auto& h : holders)
    if (s.compare(0, h.size(), h) == 0 && h.size() > best.size()) best = h;
  return best;
}

// The lead words that are adverbs of manner: after one the slot takes a
// verb phrase that reads after an adverb ("及时总结经验"), and only a term
// the text itself puts after one fits it as a wrong option ("及时区分党员不同
// 主体" does not read as Chinese).
bool is_adverb(const U& w) {
  static const std::set<U> kAdverbs = {U"积极", U"及时", U"严格", U"自觉", U"切实", U"认真", U"主动", U"依法"};
  return kAdverbs.count(w) > 0;
}

size_t skip_lead_words(const U& s, size_t b, bool* after_adverb = nullptr) {
  // Lead words one after another ("积极通过网络"), each time the first of
  // the list that matches (the longer "通过网络" before "通过").
  if (after_adverb) *after_adverb = false;
  for (bool again = true; again;) {
    again = false;
    for (const auto& lead : lead_words())
      if (s.compare(b, lead.size(), lead) == 0) {
        b += lead.size();
        if (after_adverb) *after_adverb = is_adverb(lead);
        again = true;
        break;
      }
  }
  return b;
}

bool has_modal(const U& t) {
  for (const auto& m : modals())
    if (t.find(m.word) != U::npos) return true;
  return false;
}

// A clause [b, e) is a term when it is whole: it ends at a comma or the
// sentence's end (not at "、", where the rest of a list or a set phrase —
// "敢于斗争、善于斗争" — would fit only the answer), it is a verb phrase
// (not opened by a preposition), carries no modal of its own, holds no
// number and points nowhere else.
bool whole_clause_term(const U& s, size_t b, size_t e) {
  if (e >= s.size() || (s[e] != U'，' && s[e] != U'。' && s[e] != U',')) return false;
  const U t = s.substr(b, e - b);
  return good_term(t) && !opens_with_preposition(t) && !has_modal(t) && !is_vague(t);
}

Pools collect(const Rulebook& book) {
  Pools p;
  p.sentences = sentences_of(book);
  std::map<U, int> holder_count;
  for (const auto& s : p.sentences) {
    const U h = holder_candidate(s.text, find_modals(s.text));
    if (!h.empty()) ++holder_count[h];
  }
  for (const auto& [h, n] : holder_count)
    if (n >= 2 && good_term(h)) p.holders.push_back(h);
  {
    std::map<char32_t, int> articles_with;
    int articles = 0;
    for (const Article* a : book.articles()) {
      ++articles;
      const U t = decode(a->text);
      p.article_text[a->number] = t;
      for (char32_t c : std::set<char32_t>(t.begin(), t.end())) ++articles_with[c];
    }
    for (const auto& [c, n] : articles_with)
      if (3 * n >= articles) p.common.insert(c);
  }

  for (size_t si = 0; si < p.sentences.size(); ++si) {
    const U& s = p.sentences[si].text;
    p.sentence_holder.push_back(opening_holder(s, p.holders));
    const auto at = find_modals(s);
    const U h = holder_candidate(s, at);
    if (!h.empty() && std::find(p.holders.begin(), p.holders.end(), h) != p.holders.end())
      p.terms.push_back({si, TermField::kHolder, 0, h.size(), h});
    for (size_t mi = 0; mi < at.size(); ++mi) {
      const auto& m = at[mi];
      const size_t stop = mi + 1 < at.size() ? at[mi + 1].pos : s.size();
      // The clause right after the modal, then each whole clause the same
      // modal governs ("应当践行网上群众路线，密切联系群众，……") up to
      // the next modal.
      bool adverb = false;
      size_t b = skip_lead_words(s, m.pos + m.modal->word.size(), &adverb);
      while (b < stop) {
        size_t e = b;
        while (e < s.size() && !is_clause_mark(s[e])) ++e;
        if (e > stop) break;
        if (whole_clause_term(s, b, e)) p.terms.push_back({si, m.modal->field, b, e, s.substr(b, e - b), adverb});
        // A clause broken by "、" or a quotation runs on to the next comma.
        // A colon opens what the act holds ("培训内容包括：……"), not more acts.
        while (e < stop && e < s.size() && s[e] != U'，' && s[e] != U'：' && !is_sentence_end(s[e])) {
          ++e;
          while (e < s.size() && !is_clause_mark(s[e])) ++e;
        }
        if (e >= stop || e >= s.size() || s[e] != U'，') break;
        b = skip_lead_words(s, e + 1, &adverb);
      }
    }
  }
  for (size_t i = 0; i < p.terms.size(); ++i) p.by_field[p.terms[i].field].push_back(i);
  for (const auto& [field, heads] : {std::pair(&p.media, &medium_heads()), std::pair(&p.parties, &party_heads())}) {
    std::set<U> seen;
    for (const auto& s : p.sentences)
      for (const HeadTerm& t : head_terms(s.text, *heads, field == &p.parties)) {
        U term = s.text.substr(t.begin, t.end - t.begin);
        if (good_term(term) && seen.insert(term).second) field->push_back(std::move(term));
      }
  }
  return p;
}

bool overlaps(const U& a, const U& b) { return a.find(b) != U::npos || b.find(a) != U::npos; }

// Whether two terms share a run of three characters or more of which two
// are not common (践行网上群众路线 / 走好网上群众路线): the same thing in other
// words, a second right answer.
bool same_thing(const Pools& p, const U& a, const U& b) {
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j) {
      size_t n = 0, rare = 0;
      while (i + n < a.size() && j + n < b.size() && a[i + n] == b[j + n]) {
        if (!p.common.count(a[i + n])) ++rare;
        ++n;
      }
      if (n >= 3 && rare >= 2) return true;
    }
  return false;
}

// How much of `option` the rest of the stem hints at: its distinct
// characters, other than those of a third of the articles or more
// (党, 员, 网, 络…), that the stem also holds. An answer hinted at
// ("遵守党的保密纪律" beside "秘密", "践行网上群众路线" beside 群众 three
// times) is given away.
size_t cue(const Pools& p, const U& option, const U& stem) {
  size_t n = 0;
  for (char32_t c : std::set<char32_t>(option.begin(), option.end()))
    if (!p.common.count(c) && !is_clause_mark(c) && stem.find(c) != U::npos) ++n;
  return n;
}

// Up to `want` wrong options for `answer` from other articles' terms of its
// class: the same field (an obligation for an obligation, a holder for a
// holder), the same duty holder (a branch's duty for a branch's duty, not a
// member's), a whole clause like the answer, of a like length; nearest in
// length first (ties broken by the seed). None that is a near-synonym
// (the same leading verb: 遵守党规党纪 / 遵守党的保密纪律) or already in the
// sentence.
std::vector<U> distractors(const Pools& p, const Term& answer, const U& sentence, size_t want, Rng& rng) {
  const int article = p.sentences[answer.sentence].article;
  const U& holder = p.sentence_holder[answer.sentence];
  std::vector<const Term*> pool;
  for (size_t i : p.by_field.at(answer.field)) pool.push_back(&p.terms[i]);
  rng.shuffle(pool);
  auto distance = [&](const Term* t) {
    return t->text.size() > answer.text.size() ? t->text.size() - answer.text.size()
                                               : answer.text.size() - t->text.size();
  };
  std::stable_sort(pool.begin(), pool.end(), [&](const Term* x, const Term* y) { return distance(x) < distance(y); });
  std::vector<U> out;
  for (const Term* t : pool) {
    if (out.size() == want) break;
    if (p.sentences[t->sentence].article == article) continue;
    // The same slot: after an adverb only what the text puts after one.
    if (answer.after_adverb && !t->after_adverb) continue;
    if (answer.field != TermField::kHolder && p.sentence_holder[t->sentence] != holder) continue;
    if (2 * t->text.size() < answer.text.size() || t->text.size() > 2 * answer.text.size()) continue;
    if (overlaps(t->text, answer.text) || same_thing(p, t->text, answer.text)) continue;
    if (answer.field != TermField::kHolder && t->text.compare(0, 2, answer.text, 0, 2) == 0) continue;
    // A short act sharing a character with the answer is too often its
    // near-synonym (制作 / 制造): a second right answer, not a wrong one.
    if (answer.text.size() <= 3 && t->text.size() <= 3 &&
        std::any_of(t->text.begin(), t->text.end(), [&](char32_t c) { return answer.text.find(c) != U::npos; }))
      continue;
    if (sentence.find(t->text) != U::npos) continue;  // already in the sentence: no real choice
    // Its verb already acts in the sentence ("模范遵守法律法规，自觉（遵守党的
    // 保密纪律）"): a repeat, arguably right too.
    if (answer.field != TermField::kHolder && sentence.find(t->text.substr(0, 2)) != U::npos) continue;
    bool clash = false;
    for (const auto& o : out) clash = clash || overlaps(o, t->text) || same_thing(p, o, t->text) || (answer.field != TermField::kHolder &&
                                                                      o.compare(0, 2, t->text, 0, 2) == 0);
    if (!clash) out.push_back(t->text);
  }
  return out;
}

Question finish(Question q, std::vector<U> options, const U& answer, Rng& rng) {
  options.push_back(answer);
  rng.shuffle(options);
  for (size_t i = 0; i < options.size(); ++i) {
    if (options[i] == answer) q.answer = static_cast<int>(i);
    q.options.push_back(encode(options[i]));
  }
  return q;
}

std::vector<Question> fill_blanks(const Pools& p, Rng& rng) {
  std::vector<Question> out;
  for (const Term& t : p.terms) {
    const Sentence& s = p.sentences[t.sentence];
    if (s.item || s.text.size() > kMaxSentence) continue;  // a wrong option elsewhere, no stem
    const U rest = s.text.substr(0, t.begin) + s.text.substr(t.end);
    // No blank whose answer the rest of the sentence holds.
    if (rest.find(t.text) != U::npos) continue;
    const U stem = s.text.substr(0, t.begin) + decode(kBlank) + s.text.substr(t.end);
    const size_t want = t.field == TermField::kHolder ? std::min<size_t>(3, p.holders.size() - 1) : 3;
    if (want < 2) continue;
    // As many wrong options as the field offers (three, or every other
    // holder of a text with few): a blank with fewer makes none.
    auto wrong = distractors(p, t, rest, want, rng);
    if (wrong.size() < want) continue;
    // Given away when the rest of the sentence hints at the answer at all
    // (a hint at a wrong option is a coincidence of characters — 工作 /
    // 作用 —, one at the answer is the rule's own word: 秘密 / 保密): none.
    if (cue(p, t.text, rest) > 0) continue;
    Question q;
    q.kind = QuestionKind::kFillBlank;
    q.field = t.field;
    q.article = s.article;
    q.source = encode(s.text);
    q.stem = encode(stem);
    out.push_back(finish(std::move(q), std::move(wrong), t.text, rng));
  }
  return out;
}

// 为了……，制定本规定 / 为……，根据……，制定本规程: the purpose; 本规定所称……
// (是指……, 包括……) or ……是指……: a definition.
bool purpose_or_definition(const U& s) {
  const bool opens_purpose = s.compare(0, 2, U"为了") == 0 || s.compare(0, 1, U"为") == 0;
  if (opens_purpose && s.find(U"制定本") != U::npos) return true;
  const size_t called = s.find(U"所称");
  if (called != U::npos && s.compare(0, 1, U"本") == 0 && called <= 8) return true;
  return called != U::npos && s.find(U"是指") != U::npos;
}

std::vector<Question> which_articles(const Rulebook& book, const Pools& p, Rng& rng) {
  std::vector<Question> out;
  std::vector<int> all;
  for (const Article* a : book.articles()) all.push_back(a->number);
  if (all.size() < 3) return out;
  // An article that states the purpose or defines terms is one of the first
  // by convention: none of its sentences is asked which article holds it.
  std::set<int> preamble;
  for (const Sentence& s : p.sentences)
    if (purpose_or_definition(s.text)) preamble.insert(s.article);
  for (const Sentence& s : p.sentences) {
    if (s.item || s.text.size() < 12 || s.text.size() > kMaxSentence) continue;
    if (preamble.count(s.article)) continue;
    // The closing formulas (自……起施行, 由……负责解释) say nothing of conduct:
    // which article holds them is number memory only.
    if (s.text.find(U"施行") != U::npos || s.text.find(U"解释") != U::npos) continue;
    // A sentence another article also has says nothing of which one.
    bool shared = false;
    for (const Sentence& o : p.sentences) shared = shared || (o.article != s.article && o.text == s.text);
    if (shared) continue;
    const Chapter* ch = book.chapter_of(s.article);
    std::vector<int> same, near;
    for (int n : all) {
      if (n == s.article) continue;
      (book.chapter_of(n) == ch ? same : near).push_back(n);
    }
    rng.shuffle(same);
    std::stable_sort(near.begin(), near.end(), [&](int x, int y) { return std::abs(x - s.article) < std::abs(y - s.article); });
    same.insert(same.end(), near.begin(), near.end());
    std::vector<U> wrong;
    for (int n : same) {
      if (wrong.size() == 3) break;
      wrong.push_back(decode(article_option(book, n)));
    }
    Question q;
    q.kind = QuestionKind::kWhichArticle;
    q.article = s.article;
    q.source = encode(s.text);
    q.stem = "下列哪一条规定了：“" + encode(s.text) + "”";
    out.push_back(finish(std::move(q), std::move(wrong), decode(article_option(book, s.article)), rng));
  }
  return out;
}

// A false statement changes one meaningful term for another of its field,
// one the source article does not hold (so the article does not say it):
//   - the duty holder of an obligation, for another of the text's holders
//     (one neither containing nor contained in it — 党员 → 党员干部 would
//     stay true — and not named elsewhere in the sentence: "党员应当激励
//     党员" gives itself away);
//   - a platform or medium the sentence names, for another of the text's
//     of another kind (居民群 → 政务平台; 网络平台 → 政务平台 is a platform
//     still, 网络账号 → 网络公众账号 an account still);
//   - an organisation the sentence names after its opening, for another
//     the text names (向有关部门 → 向党支部).
// The modal is never turned: "应当……非法活动", "不得敢于斗争" are absurd,
// not false. Neither is a purpose or a definition changed (it states no
// rule). A sentence no change fits makes a true statement only; one that
// several fit makes one, of a field drawn by the seed.
struct Change {
  TermField field;
  size_t begin, end;
  U to;
};

std::vector<Change> head_changes(const Pools& p, const Sentence& s, TermField field) {
  const bool party = field == TermField::kParty;
  const std::vector<U>& pool = party ? p.parties : p.media;
  const std::vector<U>& heads = party ? party_heads() : medium_heads();
  // The kind of medium a term names: 群组 is a 群, a 公众号 an 账号.
  auto kind_of = [&](const U& t) -> U {
    static const std::vector<std::pair<U, U>> kKinds = {{U"群组", U"群"}, {U"社群", U"群"}, {U"公众账号", U"账号"},
                                                        {U"公众号", U"账号"}, {U"客户端", U"应用程序"},
                                                        {U"小程序", U"应用程序"}};
    for (const auto& h : heads)
      if (t.size() >= h.size() && t.compare(t.size() - h.size(), h.size(), h) == 0) {
        for (const auto& [head, kind] : kKinds)
          if (head == h) return kind;
        return h;
      }
    return U();
  };
  const U& article = p.article_text.at(s.article);
  std::vector<Change> out;
  for (const HeadTerm& t : head_terms(s.text, heads, party)) {
    const U from = s.text.substr(t.begin, t.end - t.begin);
    // Once in the sentence (a second one left as it was contradicts the
    // first), not its opening holder (the holder change's).
    if (t.begin == 0 || s.text.find(from) != t.begin || s.text.find(from, t.end) != U::npos) continue;
    for (const auto& to : pool) {
      if (overlaps(to, from) || s.text.find(to) != U::npos || article.find(to) != U::npos) continue;
      if (!party && kind_of(to) == kind_of(from)) continue;
      out.push_back({field, t.begin, t.end, to});
    }
  }
  return out;
}

std::vector<Question> true_falses(const Pools& p, Rng& rng) {
  std::vector<Question> out;
  for (const Sentence& s : p.sentences) {
    if (s.item || s.text.size() > kMaxSentence) continue;
    const auto at = find_modals(s.text);
    if (at.empty()) continue;
    const U holder = holder_candidate(s.text, at);
    const bool is_holder = !holder.empty() && std::find(p.holders.begin(), p.holders.end(), holder) != p.holders.end();
    std::map<TermField, std::vector<Change>> changes;
    if (is_holder && at.front().modal->field == TermField::kObligation) {
      const U rest = s.text.substr(holder.size());
      for (const auto& h : p.holders)
        if (!overlaps(h, holder) && rest.find(h) == U::npos) changes[TermField::kHolder].push_back({TermField::kHolder, 0, holder.size(), h});
    }
    if (!purpose_or_definition(s.text))
      for (TermField f : {TermField::kMedium, TermField::kParty}) {
        auto c = head_changes(p, s, f);
        if (!c.empty()) changes[f] = std::move(c);
      }
    // Both versions when there is a false one: the draw takes one of them,
    // the one that keeps true and false in balance.
    for (const bool truth : {true, false}) {
      if (!truth && changes.empty()) break;
      Question q;
      q.kind = QuestionKind::kTrueFalse;
      q.article = s.article;
      q.source = encode(s.text);
      U statement = s.text;
      if (!truth) {
        auto field = changes.begin();
        std::advance(field, static_cast<long>(rng.below(changes.size())));
        const Change& c = field->second[rng.below(field->second.size())];
        statement = s.text.substr(0, c.begin) + c.to + s.text.substr(c.end);
        q.changed = c.field;
        q.changed_from = encode(s.text.substr(c.begin, c.end - c.begin));
        q.changed_to = encode(c.to);
      }
      q.stem = "判断：根据规定，“" + encode(statement) + "”";
      q.options = {std::string(kTrue), std::string(kFalse)};
      q.answer = truth ? 0 : 1;
      out.push_back(std::move(q));
    }
  }
  return out;
}

}  // namespace

std::string_view kind_id(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::kFillBlank: return "fill_blank";
    case QuestionKind::kWhichArticle: return "which_article";
    case QuestionKind::kTrueFalse: return "true_false";
  }
  return "";
}

bool parse_kind_id(std::string_view id, QuestionKind* kind) {
  for (auto k : {QuestionKind::kFillBlank, QuestionKind::kWhichArticle, QuestionKind::kTrueFalse})
    if (kind_id(k) == id) {
      *kind = k;
      return true;
    }
  return false;
}

std::string_view field_id(TermField field) {
  switch (field) {
    case TermField::kNone: return "";
    case TermField::kObligation: return "obligation";
    case TermField::kProhibition: return "prohibition";
    case TermField::kHolder: return "holder";
    case TermField::kMedium: return "medium";
    case TermField::kParty: return "party";
  }
  return "";
}

std::string article_option(const Rulebook& book, int article) {
  const Article* a = book.find_article(article);
  return a ? a->label : std::string();
}

bool shows_answer(const Question& q) {
  if (q.answer < 0 || static_cast<size_t>(q.answer) >= q.options.size()) return true;
  const std::string& answer = q.options[static_cast<size_t>(q.answer)];
  if (answer.empty() || q.stem.find(answer) != std::string::npos) return true;
  for (size_t i = 0; i < q.options.size(); ++i) {
    if (static_cast<int>(i) == q.answer) continue;
    if (q.options[i].find(answer) != std::string::npos || answer.find(q.options[i]) != std::string::npos) return true;
  }
  return false;
}

bool is_purpose_or_definition(std::string_view sentence) { return purpose_or_definition(decode(sentence)); }

Draw draw(const Rulebook& book, const Options& options) {
  Rng rng{options.seed};
  const Pools pools = collect(book);
  std::vector<std::vector<Question>> kinds;
  // true_false chooses first in each round: the sentences a false statement
  // can be made of are few, and a blank or an article question on one of
  // them would leave the true_false items all true.
  if (options.true_false) kinds.push_back(true_falses(pools, rng));
  if (options.fill_blank) kinds.push_back(fill_blanks(pools, rng));
  if (options.which_article) kinds.push_back(which_articles(book, pools, rng));
  auto wanted = [&](const Question& q) {
    if (shows_answer(q)) return false;
    return options.articles.empty() ||
           std::find(options.articles.begin(), options.articles.end(), q.article) != options.articles.end();
  };
  for (auto& k : kinds) {
    std::erase_if(k, [&](const Question& q) { return !wanted(q); });
    rng.shuffle(k);
  }
  Draw result;
  // The sentences (and their articles) a false statement can be made of:
  // the other kinds leave them to true_false while they have others.
  std::set<std::string> falsifiable;
  std::set<int> falsifiable_articles;
  for (const auto& k : kinds)
    for (const auto& q : k)
      if (q.kind == QuestionKind::kTrueFalse && q.answer == 1) {
        falsifiable.insert(q.source);
        falsifiable_articles.insert(q.article);
      }
  result.false_possible = static_cast<int>(falsifiable.size());

  // Round robin over the kinds, in three passes: first an article and a
  // sentence no question has taken (until every article that can make a
  // question has one), then a sentence none has quoted, then a sentence its
  // own kind has not quoted. At every pass a which_article stem quotes a
  // sentence no other question is built on, and no other question is built
  // on one a which_article stem quotes (it settles them). A true_false item
  // keyed true is taken only while the true ones do not outnumber the false.
  std::vector<Question> out;
  std::set<std::string> stems;
  std::map<std::string, int> quoted;                        // source sentence → questions taken
  std::map<QuestionKind, std::set<std::string>> kind_quoted;  // sentences each kind took
  std::set<std::string> article_quoted;                     // sentences a which_article stem quotes
  std::map<int, int> used;                                  // article → questions taken
  std::map<std::string, std::vector<const Question*>> taken;  // source sentence → its questions
  int last_truth = -1;
  std::vector<size_t> next(kinds.size(), 0);
  const size_t count = options.count > 0 ? static_cast<size_t>(options.count) : 0;
  auto rank = [&](const Question& q) {
    const bool tf = q.kind == QuestionKind::kTrueFalse;
    const int balance = tf && q.answer == last_truth ? 1 : 0;
    // A true statement of a sentence a false one can be made of spends it.
    const int scarce = tf ? (q.answer == 0 && falsifiable.count(q.source) ? 1 : 0)
                          : (falsifiable.count(q.source) || falsifiable_articles.count(q.article) ? 1 : 0);
    return std::tuple(quoted[q.source], scarce, balance, used[q.article]);
  };
  auto allowed = [&](const Question& q, int pass) {
    if (stems.count(q.stem) || kind_quoted[q.kind].count(q.source)) return false;
    if (q.kind == QuestionKind::kWhichArticle ? quoted[q.source] > 0 : article_quoted.count(q.source) > 0) return false;
    if (pass >= 1 && quoted[q.source] > 0) return false;
    if (pass >= 2 && used[q.article] > 0) return false;
    // Two kinds on one sentence only when neither settles the other: a
    // true statement shows a blank's answer, a blank's stem shows the holder
    // a false statement changed, unless the blank is that holder.
    for (const Question* r : taken[q.source]) {
      const Question* tf = r->kind == QuestionKind::kTrueFalse ? r : &q;
      const Question* blank = r->kind == QuestionKind::kFillBlank ? r : &q;
      if (tf == blank || tf->kind != QuestionKind::kTrueFalse || blank->kind != QuestionKind::kFillBlank) return false;
      if (tf->answer != 1 || blank->field != TermField::kHolder) return false;
    }
    return true;
  };
  auto balanced = [&](const Question& q) {
    return q.kind != QuestionKind::kTrueFalse || q.answer == 1 || result.true_items <= result.false_items;
  };
  for (int pass = 2; pass >= 0 && out.size() < count; --pass) {
    for (bool progress = true; progress && out.size() < count;) {
      progress = false;
      for (size_t k = 0; k < kinds.size() && out.size() < count; ++k) {
        auto& list = kinds[k];
        size_t best = list.size();
        bool held = false;
        for (size_t i = next[k]; i < list.size(); ++i) {
          if (!allowed(list[i], pass)) continue;
          if (!balanced(list[i])) {
            held = true;
            continue;
          }
          if (best == list.size() || rank(list[i]) < rank(list[best])) best = i;
        }
        if (best == list.size()) {
          // Only true statements were left and no false one to balance
          // them: said in the result, not padded.
          result.few_false = result.few_false || held;
          continue;
        }
        std::swap(list[next[k]], list[best]);
        Question& q = list[next[k]++];
        stems.insert(q.stem);
        ++quoted[q.source];
        kind_quoted[q.kind].insert(q.source);
        if (q.kind == QuestionKind::kWhichArticle) article_quoted.insert(q.source);
        ++used[q.article];
        if (q.kind == QuestionKind::kTrueFalse) {
          last_truth = q.answer;
          ++(q.answer == 0 ? result.true_items : result.false_items);
        }
        out.push_back(q);
        progress = true;
        // Points into the kind's list: its taken items no longer move.
        taken[q.source].push_back(&q);
      }
    }
  }
  // The answer's position: for each number of options, the positions in a
  // seeded order, each used once before any is used again, so a draw keys
  // every position about as often. true_false keeps 一致 / 不符 in that order
  // (its answers are balanced above).
  std::map<size_t, std::vector<int>> bags;
  for (Question& q : out) {
    if (q.kind == QuestionKind::kTrueFalse || q.options.size() < 2) continue;
    auto& bag = bags[q.options.size()];
    if (bag.empty()) {
      for (int i = 0; i < static_cast<int>(q.options.size()); ++i) bag.push_back(i);
      rng.shuffle(bag);
    }
    const int at = bag.back();
    bag.pop_back();
    std::string answer = std::move(q.options[static_cast<size_t>(q.answer)]);
    q.options.erase(q.options.begin() + q.answer);
    rng.shuffle(q.options);
    q.options.insert(q.options.begin() + at, std::move(answer));
    q.answer = at;
  }
  result.questions = std::move(out);
  return result;
}

std::vector<Question> generate(const Rulebook& book, const Options& options) { return draw(book, options).questions; }

}  // namespace nc::rulebook::quiz
