// The quiz generator on the shipped regulation and on a second, fictional one
// written for these tests (tests/rulebook/regulations/).
#include "rulebook/quiz/generator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "rulebook/loader.h"

namespace nc::rulebook::quiz {
namespace {

Rulebook load(const std::string& toml) {
  auto src = read_source(toml);
  EXPECT_TRUE(src.ok()) << src.status().message();
  auto book = build(*src);
  EXPECT_TRUE(book.ok()) << book.status().message();
  return std::move(book).value();
}

Options opts(std::uint64_t seed, int count, bool fill_blank, bool which_article, bool true_false,
             std::vector<int> articles = {}) {
  Options o;
  o.seed = seed;
  o.count = count;
  o.fill_blank = fill_blank;
  o.which_article = which_article;
  o.true_false = true_false;
  o.articles = std::move(articles);
  return o;
}

Rulebook seed_book() { return load(NC_DATA_DIR "/rulebooks/dangyuan-wangluo-xingwei-guiding.toml"); }
Rulebook second_book() { return load(NC_REGULATIONS_DIR "/wangge-wangluo-gongzuo-guicheng.toml"); }

bool has_numeral(const std::string& s) {
  for (const char* n : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两", "三", "四", "五", "六", "七",
                        "八", "九", "十", "百", "千", "万"})
    if (s.find(n) != std::string::npos) return true;
  return false;
}

// Whether `term` occurs in the text of an article other than `article`.
bool in_other_article(const Rulebook& book, const std::string& term, int article) {
  for (const Article* a : book.articles())
    if (a->number != article && a->text.find(term) != std::string::npos) return true;
  return false;
}

std::string replace_blank(std::string stem, const std::string& with) {
  const auto at = stem.find(kBlank);
  if (at != std::string::npos) stem.replace(at, kBlank.size(), with);
  return stem;
}

// What every question of every kind must be, on any regulation.
void check_all(const Rulebook& book, const std::vector<Question>& qs) {
  for (const Question& q : qs) {
    SCOPED_TRACE(q.stem);
    ASSERT_GE(q.answer, 0);
    ASSERT_LT(static_cast<size_t>(q.answer), q.options.size());
    const std::string& answer = q.options[static_cast<size_t>(q.answer)];
    // The answer never shows: not in the stem, not inside another option.
    EXPECT_FALSE(shows_answer(q));
    EXPECT_EQ(q.stem.find(answer), std::string::npos);
    for (size_t i = 0; i < q.options.size(); ++i)
      if (static_cast<int>(i) != q.answer) {
        EXPECT_EQ(q.options[i].find(answer), std::string::npos);
      }
    EXPECT_EQ(std::set<std::string>(q.options.begin(), q.options.end()).size(), q.options.size());
    // The source is a sentence of the article cited.
    const Article* a = book.find_article(q.article);
    ASSERT_NE(a, nullptr);
    EXPECT_FALSE(q.source.empty());
    switch (q.kind) {
      case QuestionKind::kFillBlank: {
        EXPECT_GE(q.options.size(), 3u);
        EXPECT_NE(q.stem.find(kBlank), std::string::npos);
        EXPECT_NE(q.source.find(answer), std::string::npos);
        // The blank filled with the answer reads as the article does.
        // The blank filled with the answer reads as the article does: each
        // part of the stem around "……" is a piece of the source sentence.
        const std::string filled = replace_blank(q.stem, answer);
        const std::string cut = "……";
        for (size_t from = 0;;) {
          const size_t at = filled.find(cut, from);
          std::string piece = filled.substr(from, at == std::string::npos ? std::string::npos : at - from);
          if (piece.ends_with("。")) piece.resize(piece.size() - std::string("。").size());
          if (!piece.empty()) {
            EXPECT_NE(q.source.find(piece), std::string::npos) << piece;
          }
          if (at == std::string::npos) break;
          from = at + cut.size();
        }
        EXPECT_FALSE(has_numeral(answer)) << answer;
        EXPECT_GE(answer.size(), 6u) << "a blank of one character is a particle: " << answer;
        // Wrong options are terms of other articles, not invented text.
        for (size_t i = 0; i < q.options.size(); ++i)
          if (static_cast<int>(i) != q.answer) {
            EXPECT_TRUE(in_other_article(book, q.options[i], q.article)) << q.options[i];
          }
        break;
      }
      case QuestionKind::kWhichArticle:
        EXPECT_EQ(answer, article_option(book, q.article));
        EXPECT_EQ(q.options.size(), 4u);
        EXPECT_NE(q.stem.find(q.source), std::string::npos);
        for (const auto& o : q.options) EXPECT_FALSE(o.empty());
        break;
      case QuestionKind::kTrueFalse: {
        ASSERT_EQ(q.options.size(), 2u);
        EXPECT_EQ(q.options[0], kTrue);
        EXPECT_EQ(q.options[1], kFalse);
        const bool stem_is_source = q.stem.find("“" + q.source + "”") != std::string::npos;
        EXPECT_EQ(stem_is_source, q.answer == 0) << "a true statement is the article's sentence, a false one is not";
        break;
      }
    }
  }
}

std::map<QuestionKind, int> count_kinds(const std::vector<Question>& qs) {
  std::map<QuestionKind, int> n;
  for (const auto& q : qs) ++n[q.kind];
  return n;
}

TEST(QuizGenerator, SeedRegulationGivesEveryKindAndShowsNoAnswer) {
  const Rulebook book = seed_book();
  const auto qs = generate(book, opts(11, 500, true, true, true));
  auto n = count_kinds(qs);
  EXPECT_GE(n[QuestionKind::kFillBlank], 15);
  EXPECT_GE(n[QuestionKind::kWhichArticle], 20);
  EXPECT_GE(n[QuestionKind::kTrueFalse], 15);
  check_all(book, qs);
}

TEST(QuizGenerator, SecondRegulationGivesEveryKindAndShowsNoAnswer) {
  const Rulebook book = second_book();
  ASSERT_EQ(book.articles().size(), 17u);
  const auto qs = generate(book, opts(11, 500, true, true, true));
  auto n = count_kinds(qs);
  EXPECT_GE(n[QuestionKind::kFillBlank], 10);
  EXPECT_GE(n[QuestionKind::kWhichArticle], 10);
  EXPECT_GE(n[QuestionKind::kTrueFalse], 8);
  check_all(book, qs);
}

TEST(QuizGenerator, BlanksCarryTheRuleOfTheirField) {
  // The secrets article (found by its topic, not its number): the blank after
  // 不得 is the prohibited act, the one after 应当 the obligation.
  const Rulebook book = seed_book();
  const auto secrets = book.articles_for_topic("secrets");
  ASSERT_EQ(secrets.size(), 1u);
  const auto qs = generate(book, opts(3, 500, true, false, false, secrets));
  std::set<std::string> prohibited, obliged;
  for (const auto& q : qs) {
    const auto& answer = q.options[static_cast<size_t>(q.answer)];
    if (q.field == TermField::kProhibition) prohibited.insert(answer);
    if (q.field == TermField::kObligation) obliged.insert(answer);
  }
  EXPECT_EQ(prohibited, std::set<std::string>{"泄露"});
  EXPECT_EQ(obliged, std::set<std::string>{"遵守党的保密纪律"});
}

TEST(QuizGenerator, MannerAndChannelWordsStayInTheStem) {
  // "应当积极通过网络，广泛宣传……": after 积极 and 通过网络 nothing of the
  // rule is left before the comma, so no blank is cut there (not "网络").
  const Rulebook book = seed_book();
  for (const auto& q : generate(book, opts(2026, 500, true, false, false))) {
    const auto& answer = q.options[static_cast<size_t>(q.answer)];
    const std::string before = q.stem.substr(0, q.stem.find(kBlank));
    EXPECT_NE(answer, "网络") << q.stem;
    EXPECT_FALSE(before.ends_with("通过") && answer.starts_with("网络")) << q.stem;
    for (const std::string lead : {"积极", "及时", "严格", "自觉"}) EXPECT_FALSE(answer.starts_with(lead)) << answer;
  }
}

TEST(QuizGenerator, DutyHoldersAreTheSubjectsTheTextRepeats) {
  const Rulebook book = second_book();
  const auto qs = generate(book, opts(5, 500, true, false, false));
  std::set<std::string> holders;
  for (const auto& q : qs)
    if (q.field == TermField::kHolder) {
      holders.insert(q.options[static_cast<size_t>(q.answer)]);
      // Its wrong options are the other holders.
      for (const auto& o : q.options) EXPECT_TRUE(o == "网格员" || o == "社区居委会" || o == "街道办事处") << o;
    }
  EXPECT_EQ(holders, (std::set<std::string>{"网格员", "社区居委会", "街道办事处"}));
}

TEST(QuizGenerator, NoBlankHoldsANumberTheSentenceGivesAway) {
  // 第四条 of the second text: "应当在工作日二十四小时内回复……" has its
  // obligation tied to a number; no blank takes it.
  const Rulebook book = second_book();
  for (const auto& q : generate(book, opts(9, 500, true, false, false)))
    EXPECT_FALSE(has_numeral(q.options[static_cast<size_t>(q.answer)]));
}

TEST(QuizGenerator, FalseStatementsChangeOneTerm) {
  const Rulebook book = second_book();
  int falses = 0;
  for (const auto& q : generate(book, opts(21, 500, false, false, true))) {
    if (q.answer != 1) continue;
    ++falses;
    // The stem's statement differs from the source in one place: same start
    // or same end once the changed term is cut out.
    const std::string open = "判断：根据规定，“";
    ASSERT_EQ(q.stem.rfind(open, 0), 0u);
    const std::string stated = q.stem.substr(open.size(), q.stem.size() - open.size() - std::string("”").size());
    EXPECT_NE(stated, q.source);
    // Either its modal turned (every 应当/不得 of it, as one change of sense)…
    auto modal_blind = [](std::string t) {
      for (const std::string m : {"应当", "必须", "不得", "严禁", "禁止"})
        for (auto at = t.find(m); at != std::string::npos; at = t.find(m)) t.replace(at, m.size(), "#");
      return t;
    };
    if (modal_blind(stated) == modal_blind(q.source)) continue;
    // …or one term in one place.
    size_t head = 0;
    while (head < stated.size() && head < q.source.size() && stated[head] == q.source[head]) ++head;
    size_t tail = 0;
    while (tail < stated.size() - head && tail < q.source.size() - head &&
           stated[stated.size() - 1 - tail] == q.source[q.source.size() - 1 - tail])
      ++tail;
    const size_t changed = q.source.size() - head - tail;
    EXPECT_LE(changed, 15u) << "more than one term changed: " << stated << " / " << q.source;
  }
  EXPECT_GE(falses, 3);
}

TEST(QuizGenerator, SameSeedSameQuestionsOtherSeedOthers) {
  const Rulebook book = seed_book();
  const auto a = generate(book, opts(42, 30, true, true, true));
  const auto b = generate(book, opts(42, 30, true, true, true));
  const auto c = generate(book, opts(43, 30, true, true, true));
  ASSERT_EQ(a.size(), 30u);
  ASSERT_EQ(a.size(), b.size());
  bool differs = false;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].stem, b[i].stem);
    EXPECT_EQ(a[i].options, b[i].options);
    EXPECT_EQ(a[i].answer, b[i].answer);
    differs = differs || a[i].stem != c[i].stem || a[i].options != c[i].options;
  }
  EXPECT_TRUE(differs);
}

TEST(QuizGenerator, CountAndArticlesBoundTheOutput) {
  const Rulebook book = seed_book();
  EXPECT_EQ(generate(book, opts(1, 7, true, true, true)).size(), 7u);
  EXPECT_TRUE(generate(book, opts(1, 0, true, true, true)).empty());
  const auto only = generate(book, opts(1, 50, true, true, true, {17, 18}));
  ASSERT_FALSE(only.empty());
  for (const auto& q : only) EXPECT_TRUE(q.article == 17 || q.article == 18);
  // A mix: the first questions cycle through the kinds.
  const auto mix = generate(book, opts(1, 3, true, true, true));
  EXPECT_EQ(count_kinds(mix).size(), 3u);
}

TEST(QuizGenerator, ShowsAnswerCatchesAnswersInStemOrOptions) {
  Question q;
  q.stem = "党员不得（    ）党和国家秘密";
  q.options = {"泄露", "扩散", "传播"};
  q.answer = 0;
  EXPECT_FALSE(shows_answer(q));
  q.stem = "党员不得泄露、（    ）党和国家秘密";
  EXPECT_TRUE(shows_answer(q));
  q.stem = "党员不得（    ）";
  q.options = {"泄露", "泄露秘密", "传播"};
  EXPECT_TRUE(shows_answer(q));
  q.options = {"泄露", "扩散"};
  q.answer = 5;
  EXPECT_TRUE(shows_answer(q));
}

}  // namespace
}  // namespace nc::rulebook::quiz
