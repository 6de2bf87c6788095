// secret.classification_mark: 绝密 / 机密 / 秘密 used as a classification
// marking (GB/T 9704 and the secrecy-marking rules): followed by ★ and a
// period (秘密★1年, 机密★长期, 绝密★启用前), after 密级, inside marking
// brackets, or alone on a stamp-like line such as the head of a document.
// The ordinary words (成功的秘密, 秘密花园, 商业秘密, a sentence about 机密文件)
// are not markings.
#include <algorithm>
#include <array>
#include <initializer_list>

#include "check/lexicon.h"
#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

// A line that is nothing but a marking, its period and one character between
// them: what OCR makes of a stamp whose ★ it misread ("机密广1年", "秘密*5年").
std::optional<Span> misread_star_line(std::string_view text, Span m) {
  size_t line_start = 0;
  const std::string_view line = line_around(text, m.start, 160, &line_start);
  if (line.empty()) return std::nullopt;
  const size_t line_end = line_start + line.size();
  for (size_t i = line_start; i < m.start; ++i) {
    if (text[i] != ' ' && text[i] != '\t') return std::nullopt;
  }
  int len = 0;
  const char32_t between = cp_at(text, m.end, &len);
  if (len == 0 || between == U'\n' || m.end + len >= line_end) return std::nullopt;
  const size_t period_start = m.end + len;
  const size_t end = take_period(text, period_start);
  if (end == period_start) return std::nullopt;
  if (skip_spaces(text, end) < line_end) return std::nullopt;
  return Span{m.start, end};
}

// The same inside marking brackets or a clause of its own: （机密火1年）.
std::optional<Span> misread_star_in_brackets(std::string_view text, Span m) {
  int len = 0;
  const char32_t before = cp_before(text, m.start, &len);
  if (len == 0 || !(before == U'（' || before == U'(' || before == U'【' || before == U'[' || before == U'〔'))
    return std::nullopt;
  const char32_t between = cp_at(text, m.end, &len);
  if (len == 0 || between == U'\n' || (between < 0x80 && is_alnum(static_cast<char>(between)))) return std::nullopt;
  const size_t period_start = m.end + static_cast<size_t>(len);
  const size_t end = take_period(text, period_start);
  if (end == period_start) return std::nullopt;
  const char32_t after = cp_at(text, skip_spaces(text, end), &len);
  if (!(after == U'）' || after == U')' || after == U'】' || after == U']' || after == U'〕')) return std::nullopt;
  return Span{m.start, end};
}

// Where a star after a level would be: past spaces, dashes and dots
// (绝密-★, 机密 · ★) and at most one line break (秘密\n★10年, which sets *broken).
size_t star_gap(std::string_view text, size_t pos, bool* broken, bool may_break = true) {
  *broken = false;
  size_t p = pos;
  for (int steps = 0; steps < 6; ++steps) {
    p = skip_spaces(text, p);
    if (p < text.size() && (text[p] == '-' || text[p] == '_' || text[p] == '.')) {
      ++p;
      continue;
    }
    int len;
    const char32_t c = cp_at(text, p, &len);
    if (c == U'—' || c == U'·') {
      p += static_cast<size_t>(len);
      continue;
    }
    if (may_break && !*broken && (c == U'\n' || c == U'\r')) {
      *broken = true;
      p += static_cast<size_t>(len);
      if (c == U'\r' && p < text.size() && text[p] == '\n') ++p;
      continue;
    }
    break;
  }
  return p;
}

// Past dashes and spaces after a star: ★-启用前.
size_t skip_dashes(std::string_view text, size_t pos) {
  bool broken = false;
  return star_gap(text, pos, &broken, false);
}

// The end of a star spelled out at pos: （星）, (星), 星号; 0 when none.
size_t spelled_star(std::string_view text, size_t pos) {
  // 星 alone (机密星十年) only counts where a period follows (the callers' take_period).
  for (std::string_view w : {"（星）", "(星)", "【星】", "[星]", "（五角星）", "(五角星)", "星号", "星"}) {
    if (text.substr(pos, w.size()) == w) return pos + w.size();
  }
  // Described: “秘密”加一颗黑五角星再加“一年”. Most candidates have none of
  // its first characters next: one look at the code point decides.
  int first_len;
  const char32_t first = cp_at(text, pos, &first_len);
  if (first != 0x201D && first != U'"' && first != U'」' && first != U'』' && first != U'加' && first != U'带' &&
      first != U'后')
    return 0;
  size_t p = pos;
  auto take = [&](std::initializer_list<std::string_view> ws) {
    for (std::string_view w : ws)
      if (text.substr(p, w.size()) == w) {
        p += w.size();
        return true;
      }
    return false;
  };
  take({"\u201D", "\"", "」", "』"});
  if (!take({"加上", "加", "带", "后面一颗", "后面一个", "后面是"})) return 0;
  take({"一颗", "一个", "颗", "个"});
  take({"黑色的", "黑色", "黑", "实心的", "实心"});
  if (!take({"五角星", "星星"})) return 0;
  take({"，", ","});
  take({"再加上", "再加", "加上", "加", "后面", "然后"});
  take({"\u201C", "\"", "「", "『"});
  return p;
}

// A period of OCR-misread digits after a star: "s年", "1o年" (s 5, o 0, l i 1, b 8);
// its end, or 0.
size_t ocr_period(std::string_view text, size_t pos) {
  size_t p = skip_spaces(text, pos);
  size_t q = p;
  bool misread = false;
  while (q < text.size() && q - p < 2) {
    const char c = text[q];
    if (is_digit(c)) {
      ++q;
    } else if (c == 's' || c == 'o' || c == 'l' || c == 'i' || c == 'b') {
      misread = true;
      ++q;
    } else {
      break;
    }
  }
  if (!misread || q == p || (q < text.size() && is_alnum(text[q]))) return 0;
  q = skip_spaces(text, q);
  for (std::string_view w : {"年", "个月"})
    if (text.substr(q, w.size()) == w) return q + w.size();
  return 0;
}

// OCR of the star as 大, 太 or 女 at pos, before a period of digits (机密大10年,
// 机宓女10年) or 长期 / 启用前: the period's end, or 0.
size_t misread_star_period(std::string_view text, size_t pos) {
  int len;
  const char32_t c = cp_at(text, pos, &len);
  if (len == 0 || (c != U'大' && c != U'太' && c != U'女')) return 0;
  const size_t from = skip_spaces(text, pos + static_cast<size_t>(len));
  const bool digits = from < text.size() && is_digit(text[from]);
  const size_t end = take_period(text, from);
  if (end == from) return 0;
  if (digits || (c != U'女' && (starts_with_at(text, from, "长期") || starts_with_at(text, from, "启用前")))) return end;
  return 0;
}

class ClassificationMark final : public Detector {
 public:
  std::string_view id() const override { return "secret.classification_mark"; }
  Severity severity() const override { return Severity::High; }
  std::string_view topic() const override { return "secrets"; }
  std::string_view title() const override { return "密级标志"; }
  std::string_view suggestion() const override {
    return "文中有密级标志，所在内容可能涉及国家秘密。涉密内容不得在互联网上发布、传播；请删除相关内容，或向本单位保密部门确认后再处理。";
  }
  std::string_view mention_suggestion() const override {
    return "文中提到材料上有密级标志，说明所说的材料可能涉及国家秘密。不要在网上发布、转述或描述该材料的内容；如已发布，请删除，并向本单位保密部门报告。";
  }
  // The content a marking marks must not be published; masking the marking
  // would only hide the warning.
  std::optional<std::string> mask(std::string_view) const override { return std::nullopt; }
  // Pattern 1: the word broken by a line break (OCR of a vertical stamp, a
  // wrapped line) or a tab, taken with ★ and a period after it, or when its
  // two lines joined are a marking line.
  // Pattern 2: a level written to get past a filter, a homophone (秘蜜, 绝蜜,
  // 鸡密) or a character in pinyin (jue密, ji密, 秘mi): a marking only with ★
  // and a period after it.
  std::vector<Pattern> patterns() const override {
    return {{"绝密|机密|秘密"},
            {"(?:绝|机|秘)(?:\\r?\\n|\\t)密"},
            // OCR's 杋 for 机 too (杋密★5年): a marking only with a star and a period.
            {"(?:绝|机|秘|鸡)(?:蜜|宓)|鸡密|杋密|(?:jue|ji|mi)密|(?:绝|机|秘)mi"},
            // Pattern 3: the level in pinyin or its initials before a star
            // (mimi★5年, jimi★, JM★10年): a marking only with a period
            // after it, or the whole pinyin ending its line.
            {"(?:juemi|jimi|mimi|jm|mm)[ \\t]*★"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    // 工作秘密, 商业秘密, 国家秘密 ... are other notions, not this marking.
    static constexpr std::array<std::string_view, 9> kNotMarks = {"工作", "商业", "国家", "个人", "技术",
                                                                  "军事", "家庭", "核心", "小"};
    // The words are compared only when the character before the match is
    // the last character of one of them (most candidates: none is).
    static const std::array<char32_t, kNotMarks.size()> kLast = [] {
      std::array<char32_t, kNotMarks.size()> out{};
      for (size_t k = 0; k < kNotMarks.size(); ++k) {
        int l;
        out[k] = cp_before(kNotMarks[k], kNotMarks[k].size(), &l);
      }
      return out;
    }();
    int prev_len;
    const char32_t prev = cp_before(text, m.start, &prev_len);
    if (prev_len > 0 && std::find(kLast.begin(), kLast.end(), prev) != kLast.end()) {
      for (std::string_view w : kNotMarks) {
        if (m.start >= w.size() && text.substr(m.start - w.size(), w.size()) == w) return std::nullopt;
      }
    }
    // 秘密★1年, 机密 ★ 长期, 绝密★启用前; also 机密*10年. The star may
    // follow a dash (绝-密-★-启用前) or start the next line (秘密\n★10年),
    // and be spelled out: 秘密（星）一年.
    bool broken = false;
    const size_t after = star_gap(text, m.end, &broken);
    int len;
    const char32_t next = cp_at(text, after, &len);
    const size_t spelled = spelled_star(text, after);
    if (pattern == 3) {
      if (m.start > 0 && is_alnum(text[m.start - 1])) return std::nullopt;  // 10mm★
      const size_t star_end = skip_dashes(text, m.end);
      const size_t end = take_period(text, star_end);
      if (end != star_end) return Span{m.start, end};
      const std::string_view level = text.substr(m.start, 2);
      if (level == "jm" || level == "mm") return std::nullopt;
      const char32_t c = cp_at(text, skip_spaces(text, m.end), &len);
      if (len == 0 || c == U'\n' || c == U'\r' || is_clause_break(c) || c == U'。') return m;
      return std::nullopt;
    }
    if (pattern == 2) {
      if (next == U'★' || next == U'☆' || spelled > 0) {
        const size_t star_end = spelled > 0 ? spelled : after + len;
        const size_t end = take_period(text, skip_dashes(text, star_end));
        if (end != skip_dashes(text, star_end) && !(m.start > 0 && is_alnum(text[m.start - 1])))
          return Span{m.start, end};
      }
      // OCR of the star too (机宓女10年): a misread star before digits and 年.
      if (const size_t end = misread_star_period(text, after); end > 0) return Span{m.start, end};
      return std::nullopt;
    }
    if (spelled > 0) {
      const size_t end = take_period(text, skip_dashes(text, spelled));
      if (end != skip_dashes(text, spelled)) return Span{m.start, end};
    }
    // The level and its period described: 机密那档，十年期的 (a mention).
    if (pattern == 0 && starts_with_at(text, m.end, "那")) {
      for (std::string_view w : {"那档", "那一档", "那一级", "那级"}) {
        if (!starts_with_at(text, m.end, w)) continue;
        size_t p = skip_spaces(text, m.end + w.size());
        const char32_t c = cp_at(text, p, &len);
        if (c == U'，' || c == U',' || c == U'、') p += static_cast<size_t>(len);
        const size_t end = take_period(text, p);
        if (end != p && starts_with_at(text, end, "期")) return Span{m.start, end, true};
      }
    }
    if ((next == U'★' || next == U'☆') && broken) {
      const size_t star_end = skip_dashes(text, after + len);
      size_t end = take_period(text, star_end);
      // A cover read line by line: 机密\n★\n5年.
      if (end == star_end) {
        size_t q = skip_spaces(text, star_end);
        if (q < text.size() && text[q] == '\r') ++q;
        if (q < text.size() && text[q] == '\n') {
          const size_t e = take_period(text, q + 1);
          if (e != q + 1) end = e;
        }
      }
      if (end != star_end) return Span{m.start, end};
    }
    if ((next == U'★' || next == U'☆') && !broken) {
      const size_t star_end = skip_dashes(text, after + len);
      size_t end = take_period(text, star_end);
      // Without a period, a star after prose is a chat's decoration (告诉你个
      // 秘密⭐, the ⭐ folded to ★), not a marking.
      if (end == star_end && next_to_prose(text, m)) return std::nullopt;
      return Span{m.start, end};
    }
    // OCR of the star as 大, 太 or 女 before a period of digits: 机密大10年.
    if (!broken)
      if (const size_t end = misread_star_period(text, after); end > 0) return Span{m.start, end};
    // A level and its period with the star dropped (an ASCII * between two
    // Han characters the normaliser drops), after a verb of printing: 印着
    // 绝密*长期 (a mention), not 这个秘密长期以来.
    if (pattern == 0 && !broken && (starts_with_at(text, after, "长期") || starts_with_at(text, after, "启用前"))) {
      bool written = false;
      for (std::string_view w : lexicon::kWritingVerbs)
        if (ends_with_at(text, m.start, w)) written = true;
      const size_t end = take_period(text, after);
      if (written && end != after) return Span{m.start, end, true};
    }
    // A level and 级 naming the material after a copula: 附件为机密级材料,
    // 这份是秘密级文件 (not 不是, not 机密级别).
    if (starts_with_at(text, m.end, "级") && after_copula(text, m.start)) {
      const size_t p = m.end + std::string_view("级").size();
      for (std::string_view w : {"材料", "文件", "资料", "文档", "文电", "载体"})
        if (starts_with_at(text, p, w)) return Span{m.start, p};
    }
    // A sentence that says material is of a level (属于绝密级, 按机密级管理, 那份绝密级的
    // 东西): a mention, of lower severity, whose advice is not to post the material.
    if (pattern == 0 && starts_with_at(text, m.end, "级") && !starts_with_at(text, m.end, "级别")) {
      const size_t p = m.end + std::string_view("级").size();
      bool says = after_copula(text, m.start);
      for (std::string_view w : {"属于", "按照", "按", "列为", "定为", "定密为", "作为", "当作", "视为"})
        if (ends_with_at(text, m.start, w)) says = true;
      if (says) {
        const char32_t c = cp_at(text, skip_spaces(text, p), &len);
        if (len == 0 || c == U'\n' || is_clause_break(c) || c == U'。' || c == U'的' ||
            starts_with_at(text, p, "管理") || starts_with_at(text, p, "保管") || starts_with_at(text, p, "处理"))
          return Span{m.start, p, true};
      }
      // A particular material (那份绝密级的东西), not the levels in general
      // (机密级的材料借阅要登记).
      bool particular = false;
      for (std::string_view w : {"那份", "这份", "那个", "这个", "那些", "这些", "一份", "那本", "这本"})
        if (ends_with_at(text, m.start, w)) particular = true;
      if (particular && starts_with_at(text, p, "的")) {
        const size_t q = p + std::string_view("的").size();
        for (std::string_view w : {"东西", "材料", "文件", "资料", "文档", "内容", "报告", "册子", "方案", "信息"})
          if (starts_with_at(text, q, w)) return Span{m.start, p, true};
      }
    }
    if (next == U'*' && !broken) {
      const size_t end = take_period(text, after + 1);
      if (end != after + 1) return Span{m.start, end};
      // OCR of the period too: 机密*S年 (s for 5, o for 0, l for 1).
      if (const size_t ocr = ocr_period(text, after + 1); ocr > 0) return Span{m.start, ocr};
    }
    // A vertical stamp read line by line (机\n密) when the lines joined are a marking line.
    if (pattern == 1) return split_lines_are_a_marking_line(text, m) ? std::optional<Span>(m) : std::nullopt;
    // 密级：机密, 本文件密级为机密, 涉密等级：秘密级
    if (after_classification_label(text, m.start)) return Span{m.start, take_period(text, m.end)};
    if (auto ocr = misread_star_line(text, m)) return ocr;
    if (auto ocr = misread_star_in_brackets(text, m)) return ocr;
    // A level trailing off in a story (“这份文件标着秘密……”), no star, no period: a word.
    if (starts_with_at(text, skip_spaces(text, m.end), "…") || starts_with_at(text, skip_spaces(text, m.end), "..."))
      return std::nullopt;
    // 封面上标着机密两个字: a mention of the marking.
    if (names_a_marking(text, m)) return Span{m.start, m.end, true};
    if (next_to_prose(text, m)) return std::nullopt;
    if (in_marking_brackets(text, m)) return m;
    // 机密 in a spreadsheet's 密级 column.
    if (in_marking_cell(text, m)) return m;
    size_t line_start = 0;
    const std::string_view line = line_around(text, m.start, 160, &line_start);
    if (!line.empty() && is_marking_line(line)) return Span{m.start, take_period(text, m.end)};
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<Detector> make_classification_mark() { return std::make_unique<ClassificationMark>(); }

}  // namespace nc::check
