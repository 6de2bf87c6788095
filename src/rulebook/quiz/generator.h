// Draft quiz questions drawn from a parsed rulebook (issue 11, education).
// Pure: a rulebook and a seed in, questions out; the same seed gives the same
// questions. Every question is a *draft*: people review, edit and publish it
// (store and HTTP keep that state); nothing here decides what is published.
//
// Three kinds:
//   - fill_blank: one sentence of an article, whole, with the term that
//     carries its rule blanked — a whole clause governed by 应当/必须 (an
//     obligation) or 不得/严禁/禁止 (a prohibited act), or the duty holder
//     before the modal (a subject such as 党员干部 that opens two or more
//     rules of the text). A blank ends where its clause does (at "，" or
//     "。", never inside a list or a set phrase, where only the answer fits
//     what follows); never a particle, a number, a preposition's phrase or a
//     catch-all (有关规定, 其他…).
//   - which_article: a sentence, and the article that says it among others
//     of the same chapter first, then its neighbours (not the closing
//     formulas: 自……起施行, 负责解释; not an article of purpose or
//     definition: see is_purpose_or_definition).
//   - true_false: a sentence as written (true) or with one meaningful term
//     changed for another of the same field of the text's terms (false):
//     the duty holder of an obligation (党员 → 党支部), a platform or
//     medium (居民群 → 政务平台), an organisation an act is addressed to
//     (有关部门 → 党支部) — a term the source article does not hold, so the
//     article does not say what the statement says. Which change, when a
//     sentence allows several, is drawn by the seed. The modal is never
//     turned (应当 ↔ 不得 makes nonsense, not a false rule); a sentence no
//     change fits is asked as true only, and the draw keeps true and false
//     items in balance.
// Wrong options of a blank are terms of its class from other articles: the
// same field, the same duty holder, a whole clause like the answer of a like
// length; never a near-synonym (the same leading verb) nor a term the
// sentence holds. No question's answer occurs in its own stem or in another
// of its options, and no blank is one the rest of its sentence hints at more
// than at its wrong options; a candidate that would be is dropped, not
// repaired: a kind that cannot be made well from a sentence makes none.
// A draw: see Draw.
//
// Works on any regulation parse() accepts: it reads sentences, the modal
// words of Chinese regulations and the duty holders the text itself repeats,
// nothing specific to one text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rulebook/model.h"

namespace nc::rulebook::quiz {

enum class QuestionKind { kFillBlank, kWhichArticle, kTrueFalse };

std::string_view kind_id(QuestionKind kind);  // "fill_blank", "which_article", "true_false"
bool parse_kind_id(std::string_view id, QuestionKind* kind);

// The field of terms a fill-in blank was taken from, or the one a false
// statement's changed term belongs to (kHolder, kMedium, kParty).
enum class TermField { kNone, kObligation, kProhibition, kHolder, kMedium, kParty };
// "", "obligation", "prohibition", "holder", "medium", "party"
std::string_view field_id(TermField field);

struct Question {
  QuestionKind kind = QuestionKind::kFillBlank;
  TermField field = TermField::kNone;  // fill_blank only
  // true_false keyed 与原文不符: the field of the term changed, the term as
  // the source has it and what the statement has instead.
  TermField changed = TermField::kNone;
  std::string changed_from, changed_to;
  std::string stem;                    // fill_blank: the blank is written kBlank
  std::vector<std::string> options;    // 2 (true_false) to 4
  int answer = 0;                      // index into options
  int article = 0;                     // the source article's number (the answer's citation)
  std::string source;                  // the article's sentence the question was made from, as written
};

inline constexpr std::string_view kBlank = "（    ）";
inline constexpr std::string_view kTrue = "与原文一致";
inline constexpr std::string_view kFalse = "与原文不符";

struct Options {
  std::uint64_t seed = 1;
  int count = 20;  // at most this many; fewer when the text offers fewer
  bool fill_blank = true;
  bool which_article = true;
  bool true_false = true;
  std::vector<int> articles;  // only questions from these articles; empty: all
};

// One draw: the questions returned together, and what the text allowed.
// Within a draw each question takes an article and a sentence no other has
// taken until every article that can make a question has one; then a
// second, never a sentence twice in one kind, and no which_article stem
// quotes a sentence another question is built on. The answer's position is
// drawn by the seed, each position in turn. true_false items are about as
// many false as true: when the text gives too few false statements, the
// draw takes fewer true ones and says so here rather than pad with them.
struct Draw {
  std::vector<Question> questions;
  int true_items = 0;       // true_false items keyed 与原文一致
  int false_items = 0;      // true_false items keyed 与原文不符
  int false_possible = 0;   // sentences in scope a false statement can be made of
  bool few_false = false;   // true items were left out for want of false ones
};
Draw draw(const Rulebook& book, const Options& options);

// Questions in a mix of the enabled kinds, spread over the articles:
// draw(book, options).questions.
std::vector<Question> generate(const Rulebook& book, const Options& options);

// Whether a sentence states the regulation's purpose (为了……，制定本规定) or
// defines its terms (本规定所称……是指……): by drafting convention the first
// articles, so asking which article holds one tests nothing. By wording.
bool is_purpose_or_definition(std::string_view sentence);

// Whether the answer text occurs in the stem or inside another option (or
// another option inside it): the check every generated question passes.
bool shows_answer(const Question& question);

// The article as which_article options show it: its label, "第十四条" (a
// chapter's title would single out the one article of a short chapter).
std::string article_option(const Rulebook& book, int article);

}  // namespace nc::rulebook::quiz
