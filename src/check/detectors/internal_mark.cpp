// secret.internal_mark: handling markings of internal documents (内部资料,
// 注意保存, 不得外传, 工作秘密, 内部明电, 此件不予公开 …) used as markings: with ★, inside
// marking brackets such as （内部资料，注意保存）, or on a stamp-like line.
// The same words inside a sentence ("机密文件不得外传的规定") are not markings.
#include <string>

#include "check/lexicon.h"
#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/normaliser.h"

namespace nc::check {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// A colon right before pos (spaces between allowed).
bool after_colon(std::string_view text, size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  int len;
  const char32_t c = cp_before(text, pos, &len);
  return len > 0 && (c == U':' || c == U'：');
}

// A colon right after pos: the phrase is a label (内部参考：3000元).
bool after_colon_label(std::string_view text, size_t pos) {
  int len;
  const char32_t c = cp_at(text, skip_spaces(text, pos), &len);
  return c == U':' || c == U'：';
}

// Whether the clause ends at pos: a clause break, a line break or the end,
// perhaps after a sentence-final particle (这个是内部资料哈，…) or an emoji.
// Closing dashes count for nothing: 文件——仅供内部参考——，由办公室保管 (the
// opening dashes, between two Han characters, the normaliser drops).
bool ends_clause(std::string_view text, size_t pos) {
  int len;
  pos = skip_spaces(text, pos);
  char32_t c = cp_at(text, pos, &len);
  while (len > 0 && (c == U'—' || c == U'－' || c == U'-' || c == U'–')) {
    pos = skip_spaces(text, pos + static_cast<size_t>(len));
    c = cp_at(text, pos, &len);
  }
  if (c == U'哈' || c == U'啊' || c == U'呀' || c == U'哦' || c == U'噢' || c == U'吧' || c == U'呢' || c == U'啦' ||
      c == U'嘛' || c == U'喔' || c == U'了') {
    pos = skip_spaces(text, pos + static_cast<size_t>(len));
    c = cp_at(text, pos, &len);
  }
  return len == 0 || c == U'\n' || c == U'\r' || is_clause_break(c) || c == U'。' || c >= 0x1F000;
}

// The phrases of pattern 0 most often wrapped: split by one line break
// between two of their characters (此件不予\n公开), every way, as literals.
std::string split_phrases() {
  std::string out;
  for (std::string_view phrase :
       {"此件不予公开", "此件不公开", "内部资料", "内部文件", "内部材料", "内部使用", "内部发行", "内部参考", "内部参阅",
        "内部传阅", "内部刊物", "注意保存", "不得外传", "请勿外传", "严禁外传", "限内部传阅", "限内部使用", "工作秘密"}) {
    for (size_t i = 3; i < phrase.size(); i += 3) {
      if (!out.empty()) out += '|';
      out += std::string(phrase.substr(0, i)) + "\\r?\\n" + std::string(phrase.substr(i));
    }
  }
  return out;
}

// The internal phrases with one character written in pinyin (nei部资料,
// 内部zi料), as people write them to get past a filter: pattern 3.
struct Syllable {
  std::string_view han, pinyin;
};
constexpr Syllable kSyllables[] = {{"内", "nei"},  {"部", "bu"},    {"资", "zi"},    {"料", "liao"},  {"文", "wen"},
                                   {"件", "jian"}, {"材", "cai"},   {"发", "fa"},    {"行", "xing"},  {"使", "shi"},
                                   {"用", "yong"}, {"参", "can"},   {"阅", "yue"},   {"考", "kao"},   {"传", "chuan"},
                                   {"刊", "kan"},  {"物", "wu"}};

std::string pinyin_phrases() {
  std::string out;
  for (std::string_view phrase : {"内部资料", "内部文件", "内部材料", "内部发行", "内部使用", "内部参阅", "内部参考",
                                  "内部刊物", "内部传阅"}) {
    for (size_t i = 0; i < phrase.size(); i += 3) {
      for (const Syllable& s : kSyllables) {
        if (phrase.substr(i, 3) != s.han) continue;
        if (!out.empty()) out += '|';
        out += std::string(phrase.substr(0, i)) + std::string(s.pinyin) + std::string(phrase.substr(i + 3));
      }
    }
  }
  return out;
}

// After 未经批准 / 未经同意 (OCR's 末 for 未 too): where the prohibition begins.
size_t skip_unless_approved(std::string_view text, size_t p) {
  if (!starts_with(text.substr(p), "未经") && !starts_with(text.substr(p), "末经")) return p;
  for (std::string_view w : {"批准", "同意", "允许", "许可"})
    if (starts_with(text.substr(p + 6), w)) return p + 6 + w.size();
  return p;
}

// Whether the internal phrase ending at pos is followed by a restriction on
// passing the material on (内部资料严禁外传, 内部参考 请勿转发, 内部文件，不得扩散);
// the end of the restriction in *end.
bool restriction_after(std::string_view text, size_t pos, size_t* end) {
  size_t p = skip_spaces(text, pos);
  int len;
  const char32_t c = cp_at(text, p, &len);
  if (c == U'，' || c == U',' || c == U'、' || c == U'；') p = skip_spaces(text, p + static_cast<size_t>(len));
  // Advice to keep it to oneself: 内部资料 自己看看就好, 看完就删.
  for (std::string_view keep : {"自己看看就好", "自己看看就行", "自己看就行", "自己看就好", "看完就删", "看完删掉",
                                "阅后即删", "阅后即焚"}) {
    if (starts_with(text.substr(p), keep)) {
      *end = p + keep.size();
      return true;
    }
  }
  if (starts_with(text.substr(p), "请")) p += 3;
  p = skip_unless_approved(text, p);
  for (std::string_view no : {"不得", "严禁", "请勿", "禁止", "不准", "切勿", "不要", "勿", "别", "不能"}) {
    if (!starts_with(text.substr(p), no)) continue;
    const size_t q = p + no.size();
    for (std::string_view verb : {"外传", "翻印", "转发", "复制", "扩散", "公开", "外发", "外泄", "转载", "乱传", "乱转",
                                  "乱发", "往外传", "往外发", "在群里传", "发群里", "拿出去"}) {
      if (starts_with(text.substr(q), verb)) {
        *end = q + verb.size();
        return true;
      }
    }
    return false;
  }
  return false;
}

// Denied right before: 这不是内部资料, 并非内部文件, 不属于内部资料.
bool denied_before(std::string_view text, size_t pos) {
  for (std::string_view w : {"是", "为", "属于", "算"}) {
    if (pos >= w.size() && text.substr(pos - w.size(), w.size()) == w) {
      pos -= w.size();
      break;
    }
  }
  for (std::string_view no : {"不", "非", "没"})
    if (pos >= no.size() && text.substr(pos - no.size(), no.size()) == no) return true;
  return false;
}

// A symbol or an emoji right before pos (⚠️, 🔒, ❗), perhaps with its variation selector.
bool after_emoji(std::string_view text, size_t pos) {
  int len;
  char32_t c = cp_before(text, pos, &len);
  if (c == 0xFE0F) c = cp_before(text, pos - static_cast<size_t>(len), &len);
  return len > 0 && ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF));
}

// Whether the phrase at m is an internal phrase (内部资料, 内部学习资料,
// 仅供内部参阅, 限内部使用 …), the words that name the material's handling by
// themselves, rather than a prohibition or 注意保存.
bool internal_phrase(std::string_view w) {
  return starts_with(w, "内") || starts_with(w, "仅") || starts_with(w, "限内部");
}

// Nothing of a word on the left: the start, a line break, punctuation, a
// symbol or an emoji (⚠️内部发行, *** 内部资料, 【内部资料】).
bool apart_on_the_left(std::string_view text, size_t pos) {
  int len;
  const char32_t c = cp_before(text, pos, &len);
  if (len == 0) return true;
  if (c < 0x80) return !is_alnum(static_cast<char>(c));
  return !is_han(c);
}

// After an internal phrase ending at pos: perhaps a restriction or 注意保密,
// then a colon and a title (关于…, 《…》). The end of the handling words, or
// 0 when no title follows.
size_t introduces_a_title(std::string_view text, size_t pos) {
  size_t end = pos;
  size_t r = 0;
  if (restriction_after(text, pos, &r)) end = r;
  size_t p = skip_spaces(text, end);
  int len;
  char32_t c = cp_at(text, p, &len);
  if (c == U'，' || c == U',') p = skip_spaces(text, p + static_cast<size_t>(len));
  for (std::string_view w : {"注意保密", "注意保存"})
    if (starts_with(text.substr(p), w)) end = p = p + w.size();
  p = skip_spaces(text, p);
  c = cp_at(text, p, &len);
  if (c != U'：' && c != U':') return 0;
  p = skip_spaces(text, p + static_cast<size_t>(len));
  return starts_with(text.substr(p), "关于") || starts_with(text.substr(p), "《") ? end : 0;
}

// At the start of a line, perhaps after a symbol or an emoji (📌内部文件).
bool opens_a_line(std::string_view text, size_t pos) {
  int len;
  char32_t c = cp_before(text, pos, &len);
  while (len > 0 && (c == 0xFE0F || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF) || c == U' ')) {
    pos -= static_cast<size_t>(len);
    c = cp_before(text, pos, &len);
  }
  return len == 0 || c == U'\n' || c == U'\r';
}

// A prohibition (不得外传, 请勿外传 …) said of a material named right before it:
// 考核细则，不得外传 / 附件名单不得外传 / 本名单未经批准不得外传.
bool restricts_a_material(std::string_view text, size_t pos) {
  for (std::string_view w : {"批准", "同意", "允许", "许可"}) {
    if (ends_with_at(text, pos, w) &&
        (ends_with_at(text, pos - w.size(), "未经") || ends_with_at(text, pos - w.size(), "末经"))) {
      pos -= w.size() + std::string_view("未经").size();
      break;
    }
  }
  int len;
  const char32_t c = cp_before(text, pos, &len);
  if (c == U'，' || c == U',') pos -= static_cast<size_t>(len);
  for (std::string_view noun : lexicon::kRestrictedMaterials)
    if (ends_with_at(text, pos, noun)) return true;
  return false;
}

// A sentence says the marking is on a material: a verb of marking earlier in
// the clause (封面写了内部资料的那本, 盖了内部文件的章, 凡是标了机密★或者内部资料的), and
// the name ends there (的, 字样, the clause's end), not 写了内部资料管理办法.
bool said_to_be_marked(std::string_view text, Span m) {
  const size_t after = skip_spaces(text, m.end);
  if (!starts_with(text.substr(after), "的") && !starts_with(text.substr(after), "字样") && !ends_clause(text, m.end))
    return false;
  size_t q = m.start;
  for (int i = 0; i < 12 && q > 0; ++i) {
    for (std::string_view v : lexicon::kMarkingVerbs)
      if (ends_with_at(text, q, v)) return true;
    int len;
    const char32_t c = cp_before(text, q, &len);
    if (len == 0 || c == U'\n' || c == U'\r' || is_clause_break(c) || c == U'。') return false;
    q -= static_cast<size_t>(len);
  }
  return false;
}

// A restriction in the clause after the one the phrase ends: 内部名单不能给看，不得外传.
bool restriction_in_next_clause(std::string_view text, size_t pos, size_t* end) {
  for (int i = 0; i < 10 && pos < text.size(); ++i) {
    int len;
    const char32_t c = cp_at(text, pos, &len);
    if (c == U'，' || c == U',') return restriction_after(text, pos, end) && ends_clause(text, *end);
    if (!is_han(c) && c != U' ') return false;
    pos += static_cast<size_t>(len);
  }
  return false;
}

class InternalMark final : public Detector {
 public:
  std::string_view id() const override { return "secret.internal_mark"; }
  Severity severity() const override { return Severity::Medium; }
  std::string_view topic() const override { return "secrets"; }
  std::string_view title() const override { return "内部资料标志"; }
  std::string_view suggestion() const override {
    return "文中有内部资料或工作秘密标志，这类内容按规定不得在网上公开。请删除相关内容，或经本单位同意后再发布。";
  }
  std::string_view mention_suggestion() const override {
    return "文中提到材料上有内部资料或不予公开的标志，说明所说的材料不宜公开。不要在网上发布、转述或描述该材料的内容；确需提及，请先经本单位同意。";
  }
  // The content a marking marks must not be published; masking the marking
  // would only hide the warning.
  std::optional<std::string> mask(std::string_view) const override { return std::nullopt; }
  std::vector<Pattern> patterns() const override {
    return {{"内[部都不布](?:学习|工作|培训|参考)?(?:资料|文件|材料|资枓|材枓)|内部名单|内部(?:刊物|发行|传阅|使用|明电|明传|参考|参阅)|"
             "注意保存|注意保密|(?:不得|严禁|请勿|禁止|不准)外传|(?:不得|严禁|请勿|禁止)转发|工作秘密|"
             "仅(?:供|限)内部(?:使用|参考|传阅|参阅|资料)?|仅(?:供|限)本(?:单位|部门|系统|机关)(?:内部)?(?:传达|传阅|使用|参考|阅读)|"
             // GB/T 9704's 附注 of a document not to be published: （此件不予公开）.
             "限内部(?:使用|参考|传阅|参阅)|此件(?:不予|不)公开|不予公开|(?:不给|不能|不许)外传|不给公开|阅后(?:收回|交回|退回|销毁)|用后(?:收回|交回)"},
            // Pattern 1: 内部 by itself, a stamp as in [内部] or 内部★; when a
            // Han character follows, pattern 0 or prose (内部控制) it is.
            {"内部"},
            // Pattern 2: a phrase wrapped across two lines.
            {split_phrases()},
            // Pattern 3: an internal phrase with a character in pinyin.
            {pinyin_phrases() + "|nei部"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == 3) {
      // Not part of a longer word of letters: neibu, zilia.
      if (m.start > 0 && is_alnum(text[m.start - 1])) return std::nullopt;
      if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
    }
    const std::string_view w = text.substr(m.start, m.end - m.start);
    // 内部 said of the material with its restriction: 这个是内部的，不得外传 (nei部的 too).
    if (pattern == 1 || w == "nei部") {
      size_t end = 0;
      if (starts_with(text.substr(m.end), "的") && after_copula(text, m.start) &&
          restriction_after(text, m.end + std::string_view("的").size(), &end) && ends_clause(text, end))
        return Span{m.start, end};
      if (pattern == 3) return std::nullopt;
    }
    // 内部明电 / 内部明传 heading a message after its issuer: 县委办内部明电：….
    if (pattern == 0 && starts_with(w, "内部明") && after_colon_label(text, m.end)) return m;
    // A prohibition said of a material named right before it: 考核细则，不得外传.
    if (pattern == 0 && !internal_phrase(w) && !starts_with(w, "注意") && !starts_with(w, "阅后") &&
        !starts_with(w, "用后") && !starts_with(w, "此件") && restricts_a_material(text, m.start) &&
        (ends_clause(text, m.end) || after_colon_label(text, m.end)))
      return m;
    // 注意保存 closing a request with 用后交回: 以上材料请注意保存，用后交回院办.
    if (pattern == 0 && starts_with(w, "注意保")) {
      size_t p = skip_spaces(text, m.end);
      int len;
      const char32_t c = cp_at(text, p, &len);
      if (c == U'，' || c == U',' || c == U'、') p = skip_spaces(text, p + static_cast<size_t>(len));
      for (std::string_view back : {"用后交回", "阅后交回", "用后收回", "阅后收回", "用后退回", "阅后退回"})
        if (starts_with(text.substr(p), back)) return Span{m.start, p + back.size()};
    }
    // A sentence says the marking is on a material: a mention of it.
    if (pattern == 0 && (internal_phrase(w) || starts_with(w, "此件")) && said_to_be_marked(text, m))
      return Span{m.start, m.end, true};
    // A homophone (内不资料, 内布资料, written to get past a filter) stands
    // apart or after a copula: not 室内布材料.
    if (pattern == 0 && (starts_with(w, "内不") || starts_with(w, "内布")) && !apart_on_the_left(text, m.start) &&
        !after_copula(text, m.start)) {
      // … or after a measure word: 一份内不资料, 这些内布文件.
      int len;
      const char32_t prev = cp_before(text, m.start, &len);
      if (prev != U'份' && prev != U'本' && prev != U'些' && prev != U'套' && prev != U'批') return std::nullopt;
    }
    // 封面写了内部资料, 印有“内部资料”字样: a mention of the marking.
    if (pattern == 0 && names_a_marking(text, m)) return Span{m.start, m.end, true};
    if ((pattern == 3 || ((pattern == 0 || pattern == 2) && internal_phrase(w))) && !denied_before(text, m.start)) {
      // An internal phrase and a restriction on passing it on: a finding
      // wherever it stands (这份内部资料严禁外传啊).
      size_t end = 0;
      // Closing its clause (…严禁外传啊), not the subject of a sentence
      // about the rule (内部文件不得外传是基本常识).
      if (restriction_after(text, m.end, &end) && (ends_clause(text, end) || after_colon_label(text, end)))
        return Span{m.start, end};
      if (restriction_in_next_clause(text, m.end, &end)) return Span{m.start, end};
      // A list is internal only so marked: opening a line (内部名单，…：).
      if (starts_with(w, "内部名单") && !opens_a_line(text, m.start)) return std::nullopt;
      // Opening a line before a colon (仅供内部参考：…) or a title whose
      // separator was dropped (📌内部文件｜关于…).
      if (opens_a_line(text, m.start) &&
          (after_colon_label(text, m.end) || starts_with(text.substr(skip_spaces(text, m.end)), "关于")))
        return m;
      // Heading a forwarded title after a colon: 内部资料请勿外传：关于…的通知,
      // 内部文件注意保密：《…》.
      if (const size_t e = introduces_a_title(text, m.end); e > 0) return Span{m.start, e};
      // Closing its clause (领到一本内部材料，…; 这是内部学习资料📖), or
      // standing apart (⚠️内部发行 请…): a finding. Before more words it is
      // prose (据内部资料显示, 内部资料管理).
      if (ends_clause(text, m.end) && !after_colon_label(text, m.end)) return m;
      // Said of the material, with its handling words after it, ending the
      // clause (是内部资料注意保存的，…).
      // 属 says it as 属于 does: 属内部资料·注意保存 (the dot dropped between Han).
      const bool said_of = after_copula(text, m.start) || after_colon(text, m.start) ||
                           (ends_with_at(text, m.start, "属") && !denied_before(text, m.start - 3));
      for (std::string_view w : {"注意保存", "注意保密"}) {
        if (!said_of) break;
        if (!starts_with(text.substr(skip_spaces(text, m.end)), w)) continue;
        size_t e = skip_spaces(text, m.end) + w.size();
        const size_t de = starts_with(text.substr(e), "的") ? e + std::string_view("的").size() : e;
        if (ends_clause(text, de)) return Span{m.start, e};
      }
      // A predicate 是…的 around the phrase, ending the clause: 文件是仅供内部参考的，….
      if (said_of && starts_with(text.substr(m.end), "的") && ends_clause(text, m.end + std::string_view("的").size()))
        return Span{m.start, m.end + std::string_view("的").size()};
      if (apart_on_the_left(text, m.start) && m.end < text.size() && (text[m.end] == ' ' || text[m.end] == '*'))
        return m;
      // After a warning sign or another emoji (⚠️内部发行 请…): a marking,
      // unless prose goes on (📚内部资料管理办法).
      if (after_emoji(text, m.start) && !next_to_prose(text, m)) return m;
      if (pattern == 3) return std::nullopt;
    }
    if (pattern == 3) return std::nullopt;
    // 阅后收回, 用后交回: a marking only in its brackets or on a marking line
    // (（阅后收回）), not a clause in a sentence (…，阅后收回。).
    if (starts_with(w, "阅后") || starts_with(w, "用后")) {
      if (in_marking_brackets(text, m)) return m;
      size_t ls = 0;
      const std::string_view line = line_around(text, m.start, 160, &ls);
      return !line.empty() && is_marking_line(line) ? std::optional<Span>(m) : std::nullopt;
    }
    if (pattern == 2) return split_lines_are_a_marking_line(text, m) ? std::optional<Span>(m) : std::nullopt;
    const size_t after = skip_spaces(text, m.end);
    int len;
    const char32_t next = cp_at(text, after, &len);
    if (pattern == 1 && len > 0 && is_han(next)) return std::nullopt;
    if (next == U'★' || next == U'☆') return Span{m.start, take_period(text, after + len)};
    // 封面写了内部资料, 印有“内部资料”字样: a mention of the marking.
    if (pattern == 0 && names_a_marking(text, m)) return Span{m.start, m.end, true};
    // A handling phrase that says only one thing (此件不予公开, 仅限内部传阅,
    // 仅供内部参考) ends a clause: a finding wherever the clause begins
    // (本通知仅限内部传阅，…), but not an attribute (对此件不予公开的答复).
    if (pattern == 0 && (starts_with(text.substr(m.start), "此件") || starts_with(text.substr(m.start), "限内部") ||
                         (starts_with(text.substr(m.start), "仅") && m.end - m.start > 9)) &&
        (ends_clause(text, m.end) || starts_with(text.substr(skip_spaces(text, m.end)), "（") ||
         starts_with(text.substr(skip_spaces(text, m.end)), "(")))
      return m;
    // Declared after a copula, a clause of its own: 这份是内部资料，…
    if (pattern == 0 && !starts_with(text.substr(m.start), "注意") && after_copula(text, m.start) &&
        ends_clause(text, m.end))
      return m;
    // The value of a handling key (公开属性：不予公开, | 公开属性 | 不予公开 |).
    if (pattern == 0) {
      const size_t k = skip_separators_back(text, m.start);
      for (std::string_view key : lexicon::kHandlingKeys)
        if (ends_with_at(text, k, key) && !next_to_prose(text, Span{m.end, m.end})) return m;
    }
    if (next_to_prose(text, m)) return std::nullopt;
    if (in_marking_brackets(text, m)) return m;
    if (in_marking_cell(text, m)) return m;
    // A clause of its own (内部资料，严禁复制), except the everyday advice
    // 注意保存 / 注意保密 (剩菜注意保存，…), a marking only beside others. A
    // prohibition (不得外传, 请勿转发) only on a line about the material itself
    // (群内文件，不得外传！), not closing a sentence about something else.
    // The value of a label, a clause of its own: 转发：内部资料，不得外传！
    if (pattern == 0 && !starts_with(text.substr(m.start), "注意") && after_colon(text, m.start) &&
        ends_clause(text, m.end))
      return m;
    if (pattern == 0 && !starts_with(text.substr(m.start), "注意") && in_marking_clause(text, m)) {
      const std::string_view w = text.substr(m.start);
      const bool prohibition = starts_with(w, "不得") || starts_with(w, "严禁") || starts_with(w, "请勿") ||
                               starts_with(w, "禁止") || starts_with(w, "不准") || starts_with(w, "不给") ||
                               starts_with(w, "不能") || starts_with(w, "不许");
      if (!prohibition || other_clauses_about_the_material(text, m)) return m;
    }
    size_t line_start = 0;
    const std::string_view line = line_around(text, m.start, 160, &line_start);
    if (!line.empty() && is_marking_line(line)) return m;
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<Detector> make_internal_mark() { return std::make_unique<InternalMark>(); }

}  // namespace nc::check
