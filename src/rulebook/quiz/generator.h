// Draft quiz questions drawn from a parsed rulebook (issue 11, education).
// Pure: a rulebook and a seed in, questions out; the same seed gives the same
// questions. Every question is a *draft*: people review, edit and publish it
// (store and HTTP keep that state); nothing here decides what is published.
//
// Three kinds:
//   - fill_blank: one sentence of an article with the term that carries its
//     rule blanked — the act after 应当/必须 (an obligation), after
//     不得/严禁/禁止 (a prohibited act), or the duty holder before the modal
//     (a subject such as 党员干部 that opens two or more rules of the text).
//     Never a particle, never a term holding a number.
//   - which_article: a sentence, and the article that says it among others
//     of the same chapter first, then its neighbours.
//   - true_false: a sentence as written (true) or changed in one meaningful
//     term (false): in an obligation, its duty holder swapped for another of
//     the text's duty holders; otherwise its modal turned (应当 ↔ 不得).
// Wrong options come from other articles' terms of the same field (an
// obligation for an obligation, a holder for a holder), never invented text.
// No question's answer occurs in its own stem or in another of its options;
// a candidate that would show it is dropped, not repaired.
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

// The field of terms a fill-in blank was taken from.
enum class TermField { kNone, kObligation, kProhibition, kHolder };
std::string_view field_id(TermField field);  // "", "obligation", "prohibition", "holder"

struct Question {
  QuestionKind kind = QuestionKind::kFillBlank;
  TermField field = TermField::kNone;  // fill_blank only
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

// Questions in a mix of the enabled kinds, spread over the articles.
std::vector<Question> generate(const Rulebook& book, const Options& options);

// Whether the answer text occurs in the stem or inside another option (or
// another option inside it): the check every generated question passes.
bool shows_answer(const Question& question);

// The article as which_article options show it: its label, "第十四条" (a
// chapter's title would single out the one article of a short chapter).
std::string article_option(const Rulebook& book, int article);

}  // namespace nc::rulebook::quiz
