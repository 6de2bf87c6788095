#include "check/marking.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "check/lexicon.h"
#include "check/normaliser.h"

namespace nc::check {
namespace {

using lexicon::kMarkingTokens;


// First and last code point of each token, so a lookup compares one
// integer per token before comparing bytes (validators call these for most
// 秘密/机密 candidates in ordinary prose).
struct TokenEnds {
  std::array<char32_t, kMarkingTokens.size()> first{}, last{};
  // Bit (cp % 4096) of some token's first (last) code point: a filter that
  // lets almost every other character through without the token loop.
  std::array<uint64_t, 64> first_bits{}, last_bits{};
  // Token indices grouped by first code point (kMarkingTokens order within a
  // group), and an open-addressing table from a first code point to its group.
  struct Group {
    char32_t cp = 0;
    uint8_t begin = 0, end = 0;
  };
  std::array<uint8_t, kMarkingTokens.size()> by_first{};
  std::array<Group, 128> groups{};
  static size_t slot(char32_t c) { return (c * 2654435761u) >> 25; }

  TokenEnds() {
    for (size_t k = 0; k < kMarkingTokens.size(); ++k) {
      const std::string_view t = kMarkingTokens[k];
      int len;
      first[k] = cp_at(t, 0, &len);
      last[k] = cp_before(t, t.size(), &len);
      first_bits[(first[k] >> 6) & 63] |= uint64_t{1} << (first[k] & 63);
      last_bits[(last[k] >> 6) & 63] |= uint64_t{1} << (last[k] & 63);
    }
    size_t n = 0;
    for (size_t k = 0; k < kMarkingTokens.size(); ++k) {
      size_t g = slot(first[k]);
      while (groups[g].end != 0 && groups[g].cp != first[k]) g = (g + 1) % groups.size();
      if (groups[g].end != 0) continue;  // group already filled
      groups[g].cp = first[k];
      groups[g].begin = static_cast<uint8_t>(n);
      for (size_t j = k; j < kMarkingTokens.size(); ++j)
        if (first[j] == first[k]) by_first[n++] = static_cast<uint8_t>(j);
      groups[g].end = static_cast<uint8_t>(n);
    }
  }
  static bool maybe(const std::array<uint64_t, 64>& bits, char32_t c) { return (bits[(c >> 6) & 63] >> (c & 63)) & 1; }
  bool maybe_first(char32_t c) const { return maybe(first_bits, c); }
  bool maybe_last(char32_t c) const { return maybe(last_bits, c); }
  // The tokens whose first code point is c, as indices into by_first.
  const Group* group(char32_t c) const {
    for (size_t g = slot(c);; g = (g + 1) % groups.size()) {
      if (groups[g].end == 0) return nullptr;
      if (groups[g].cp == c) return &groups[g];
    }
  }
};

const TokenEnds& token_ends() {
  static const TokenEnds e;
  return e;
}

// The first token (in kMarkingTokens order) that starts at text[pos], whose first
// code point is `c`; empty when none.
std::string_view token_at(std::string_view text, size_t pos, char32_t c) {
  const TokenEnds& e = token_ends();
  if (!e.maybe_first(c)) return {};
  const TokenEnds::Group* g = e.group(c);
  if (!g) return {};
  for (size_t i = g->begin; i < g->end; ++i) {
    if (starts_with_at(text, pos, kMarkingTokens[e.by_first[i]])) return kMarkingTokens[e.by_first[i]];
  }
  return {};
}

bool allowed_han(char32_t c) {
  switch (c) {
    case U'年': case U'月': case U'期': case U'份': case U'第': case U'号': case U'总': case U'〇':
    case U'零': case U'一': case U'二': case U'两': case U'三': case U'四': case U'五': case U'六':
    case U'七': case U'八': case U'九': case U'十': case U'百':
      return true;
    default:
      return false;
  }
}

bool allowed_symbol(char32_t c) {
  if (c < 0x80) return !is_alnum(static_cast<char>(c)) || is_digit(static_cast<char>(c));
  switch (c) {
    case U'★': case U'☆': case U'【': case U'】': case U'〔': case U'〕': case U'「': case U'」':
    case U'『': case U'』': case U'《': case U'》': case U'〈': case U'〉': case U'。': case U'、':
    case U'“': case U'”': case U'‘': case U'’': case U'·': case U'—': case U'…': case 0x3000:
    case 0xFEFF: case 0xFFFD: case U'，': case U'：': case U'；': case U'！': case U'？': case U'（': case U'）':
    case U'〖': case U'〗':
      return true;
    default:
      // Box drawing, block elements and geometric shapes: the frame of a
      // stamp typed or recognised as text (┏━━┓ ┃ 机密 ┃, □ ■ ▲ ◆); and
      // emoji and pictographs, which a chat message puts after a marking
      // (此件不予公开 ✨, 【机密】🔒).
      return (c >= 0x2500 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF) ||
             c == 0xFE0F;
  }
}

// Column headers under which a cell holds a marking.
bool marking_column(std::string_view header_cell) {
  for (std::string_view w : lexicon::kMarkingColumnWords)
    if (header_cell.find(w) != std::string_view::npos) return true;
  return false;
}

bool is_open_bracket(char32_t c) { return c == U'【' || c == U'[' || c == U'(' || c == U'（' || c == U'〔'; }
bool is_close_bracket(char32_t c) { return c == U'】' || c == U']' || c == U')' || c == U'）' || c == U'〕'; }

}  // namespace

bool is_marking_line(std::string_view line) {
  size_t i = 0;
  int count = 0;
  bool token_seen = false;
  while (i < line.size()) {
    if (++count > 40) return false;
    int len;
    const char32_t c = cp_at(line, i, &len);
    if (const std::string_view t = token_at(line, i, c); !t.empty()) {
      i += t.size();
      token_seen = true;
      continue;
    }
    if (!(allowed_han(c) || allowed_symbol(c))) return false;
    i += len;
  }
  return token_seen;
}

bool split_lines_are_a_marking_line(std::string_view text, Span span) {
  const size_t br = text.find('\n', span.start);
  if (br == std::string_view::npos || br >= span.end) return false;
  size_t first_start = 0, second_start = 0;
  const std::string_view first = line_around(text, span.start, 160, &first_start);
  const std::string_view second = line_around(text, br + 1, 160, &second_start);
  if (first.empty() || second.empty() || second_start != br + 1) return false;
  char joined[512];
  if (first.size() + second.size() > sizeof joined) return false;
  std::memcpy(joined, first.data(), first.size());
  std::memcpy(joined + first.size(), second.data(), second.size());
  return is_marking_line(std::string_view(joined, first.size() + second.size()));
}

bool next_to_prose(std::string_view text, Span span) {
  int len;
  const char32_t next = cp_at(text, span.end, &len);
  if (len > 0 && is_han(next) && !allowed_han(next)) {
    if (token_at(text, span.end, next).empty()) return true;
  }
  const char32_t prev = cp_before(text, span.start, &len);
  if (len > 0 && is_han(prev) && !allowed_han(prev)) {
    const TokenEnds& e = token_ends();
    if (!e.maybe_last(prev)) return true;
    for (size_t k = 0; k < kMarkingTokens.size(); ++k) {
      const std::string_view t = kMarkingTokens[k];
      if (e.last[k] == prev && span.start >= t.size() && text.substr(span.start - t.size(), t.size()) == t)
        return false;
    }
    return true;
  }
  return false;
}

bool in_marking_brackets(std::string_view text, Span span) {
  // Walk out to the nearest brackets on the same line, at most 32 code points each way.
  size_t b = span.start;
  int steps = 0;
  for (;;) {
    int len;
    const char32_t c = cp_before(text, b, &len);
    if (len == 0 || c == U'\n' || c == U'\r' || ++steps > 32) return false;
    if (is_close_bracket(c)) return false;
    b -= len;
    if (is_open_bracket(c)) break;
  }
  size_t e = span.end;
  steps = 0;
  for (;;) {
    int len;
    const char32_t c = cp_at(text, e, &len);
    if (len == 0 || c == U'\n' || c == U'\r' || ++steps > 32) return false;
    if (is_open_bracket(c)) return false;
    e += len;
    if (is_close_bracket(c)) break;
  }
  return is_marking_line(text.substr(b, e - b));
}

bool in_marking_cell(std::string_view text, Span span) {
  size_t line_start = 0;
  const std::string_view line = line_around(text, span.start, 4096, &line_start);
  if (line.empty() || span.end - line_start > line.size()) return false;
  const char delim = line.find('\t') != std::string_view::npos ? '\t'
                     : line.find('|') != std::string_view::npos ? '|'
                     : line.find(',') != std::string_view::npos ? ',' : '\0';
  if (delim == '\0') return false;
  size_t b = span.start - line_start, e = span.end - line_start;
  while (b > 0 && line[b - 1] != delim) --b;
  while (e < line.size() && line[e] != delim) ++e;
  if (!is_marking_line(line.substr(b, e - b))) return false;
  // A row of key and value (| 公开属性 | 不予公开 |): the cell before names the column.
  if (b > 0) {
    size_t kb = b - 1;
    while (kb > 0 && line[kb - 1] != delim) --kb;
    if (marking_column(line.substr(kb, b - 1 - kb))) return true;
  }
  size_t column = 0;
  for (size_t i = 0; i < b; ++i) column += line[i] == delim;
  // The header: the first line of the block of lines with the delimiter
  // that holds this one (bounded, so work per candidate stays small).
  std::string_view header;
  size_t ls = line_start;
  for (int lines = 0; ls > 0 && lines < 200 && line_start - ls < 65536; ++lines) {
    size_t pe = ls - 1;  // the line break before the line at ls
    if (pe > 0 && text[pe] == '\n' && text[pe - 1] == '\r') --pe;
    size_t pb = pe;
    while (pb > 0 && text[pb - 1] != '\n' && text[pb - 1] != '\r' && pe - pb < 4096) --pb;
    if (pb > 0 && text[pb - 1] != '\n' && text[pb - 1] != '\r') break;  // too long for a table row
    const std::string_view prev = text.substr(pb, pe - pb);
    if (prev.find(delim) == std::string_view::npos) break;
    header = prev;
    ls = pb;
  }
  if (header.empty()) return false;
  size_t cb = 0;
  for (size_t k = 0; k < column && cb != std::string_view::npos; ++k) {
    cb = header.find(delim, cb);
    if (cb != std::string_view::npos) ++cb;
  }
  if (cb == std::string_view::npos) return false;
  const size_t ce = header.find(delim, cb);
  return marking_column(header.substr(cb, ce == std::string_view::npos ? std::string_view::npos : ce - cb));
}

bool in_marking_clause(std::string_view text, Span span) {
  size_t b = span.start;
  int steps = 0;
  for (;;) {
    int len;
    const char32_t c = cp_before(text, b, &len);
    if (len == 0 || c == U'\n' || c == U'\r' || is_clause_break(c)) break;
    if (++steps > 40) return false;
    b -= len;
  }
  size_t e = span.end;
  steps = 0;
  for (;;) {
    int len;
    const char32_t c = cp_at(text, e, &len);
    if (len == 0 || c == U'\n' || c == U'\r' || is_clause_break(c)) break;
    if (++steps > 40) return false;
    e += len;
  }
  return is_marking_line(text.substr(b, e - b));
}

bool other_clauses_about_the_material(std::string_view text, Span span) {
  size_t line_start = 0;
  const std::string_view line = line_around(text, span.start, 160, &line_start);
  if (line.empty() || span.end - line_start > line.size()) return false;
  const size_t s = span.start - line_start, e = span.end - line_start;
  size_t b = 0;
  while (b <= line.size()) {
    // The clause [b, c).
    size_t c = b;
    while (c < line.size()) {
      int len;
      const char32_t cp = cp_at(line, c, &len);
      if (is_clause_break(cp)) break;
      c += static_cast<size_t>(len);
    }
    const std::string_view clause = line.substr(b, c - b);
    const bool mine = b <= s && e <= c;
    if (!mine && clause.find_first_not_of(" \t") != std::string_view::npos && !is_marking_line(clause)) {
      bool names = false;
      // … or says the material is handed out: 现将《…》印发给你们，不得外传.
      for (std::string_view w : lexicon::kMaterialWords)
        if (clause.find(w) != std::string_view::npos) names = true;
      if (!names) return false;
    }
    if (c >= line.size()) break;
    int len;
    cp_at(line, c, &len);
    b = c + static_cast<size_t>(len);
  }
  return true;
}

bool after_classification_label(std::string_view text, size_t pos) {
  size_t p = skip_separators_back(text, pos);
  // A quoted level: 文件密级为“机密”.
  for (std::string_view q : {"\u201C", "\u300C", "\u300E", "\"", "'"}) {
    if (ends_with_at(text, p, q)) {
      p = skip_separators_back(text, p - q.size());
      break;
    }
  }
  bool copula = false;
  for (std::string_view w : lexicon::kClassifyingVerbs) {
    if (ends_with_at(text, p, w)) {
      // A verb of classifying says it by itself: 文件标注为机密.
      if (w.size() == 9 || w == "标为" || w == "定为" || w == "列为") return true;
      p = skip_separators_back(text, p - w.size());
      copula = true;
      break;
    }
  }
  for (std::string_view w : lexicon::kClassificationLabels)
    if (ends_with_at(text, p, w)) return true;
  // The document itself as the subject: 本文件属于机密级, 此件为秘密.
  if (copula)
    for (std::string_view w : lexicon::kTheDocument)
      if (ends_with_at(text, p, w)) return true;
  return false;
}

namespace {

bool is_quote_mark(char32_t c) {
  return c == U'“' || c == U'”' || c == U'"' || c == U'「' || c == U'」' || c == U'『' || c == U'』' || c == U'‘' ||
         c == U'’' || c == U'\'' || c == U'《' || c == U'》' || c == U'【' || c == U'】' || c == U'［' || c == U'］' ||
         c == U'[' || c == U']';
}

}  // namespace

bool names_a_marking(std::string_view text, Span span) {
  // Called for most 秘密 / 机密 candidates in prose: the character before (a
  // quote, or the last of a verb: 了 着 有 是 明) rejects most at once.
  size_t b = span.start;
  int len;
  bool quoted = false;
  char32_t c = cp_before(text, b, &len);
  if (len > 0 && is_quote_mark(c)) {
    b -= static_cast<size_t>(len);
    quoted = true;
    c = cp_before(text, b, &len);
  }
  bool verb = false;
  if (c == U'了' || c == U'着' || c == U'有' || c == U'是' || c == U'明') {
    for (std::string_view w : lexicon::kWritingVerbs)
      if (ends_with_at(text, b, w)) verb = true;
  }
  // A quoted marking after a verb that puts it on something (标注“…”的方案).
  bool marked_on = false;
  if (quoted)
    for (std::string_view w : lexicon::kMarkingVerbsBeforeQuote)
      if (ends_with_at(text, b, w)) marked_on = true;
  if (!verb && !quoted) return false;
  // After: the rest of the quoted marking and its closing quote.
  size_t e = span.end;
  if (quoted) {
    size_t q = e;
    for (int steps = 0;; ++steps) {
      c = cp_at(text, q, &len);
      if (len == 0 || c == U'\n' || steps > 24) return false;
      if (is_quote_mark(c)) break;
      q += static_cast<size_t>(len);
    }
    if (q > e && !is_marking_line(text.substr(span.start, q - span.start))) return false;
    e = q + static_cast<size_t>(len);
  }
  // The clause before names a place on a document: 封面, 页眉, 右上角, 文件上 …
  // (他在信里写了“机密”两个字 is a word in a letter).
  auto on_a_document = [&]() {
    size_t from = b;
    for (int steps = 0; steps < 40; ++steps) {
      const char32_t p = cp_before(text, from, &len);
      if (len == 0 || p == U'\n' || p == U'\r' || is_clause_break(p) || p == U'。') break;
      from -= static_cast<size_t>(len);
    }
    const std::string_view clause = text.substr(from, b - from);
    for (std::string_view w : lexicon::kDocumentPlaces)
      if (clause.find(w) != std::string_view::npos) return true;
    return false;
  };
  const size_t after = skip_spaces(text, e);
  // … or the clause after it does: “内部资料”字样都印在封底了.
  auto document_after = [&](size_t from) {
    size_t to = from;
    for (int steps = 0; steps < 40; ++steps) {
      const char32_t p = cp_at(text, to, &len);
      if (len == 0 || p == U'\n' || p == U'\r' || is_clause_break(p) || p == U'。') break;
      to += static_cast<size_t>(len);
    }
    const std::string_view clause = text.substr(from, to - from);
    for (std::string_view w : lexicon::kDocumentPlaces)
      if (clause.find(w) != std::string_view::npos) return true;
    return false;
  };
  for (std::string_view w : lexicon::kNamingSuffixes)
    if (starts_with_at(text, after, w)) return on_a_document() || document_after(after + w.size());
  // 标有“此件不予公开”的材料: the quoted marking names the material it is on.
  if (quoted)
    for (std::string_view w : lexicon::kMaterialAfterQuote)
      if (starts_with_at(text, after, w)) return true;
  if (marked_on && starts_with_at(text, after, "的")) return true;
  if (!verb) return false;
  c = cp_at(text, after, &len);
  const bool phrase_ends = len == 0 || c == U'\n' || c == U'\r' || is_clause_break(c) || c == U'。' || c == U'…' ||
                           c == U'~' || c == U'～' || c >= 0x1F000;
  return phrase_ends && on_a_document();
}

bool after_copula(std::string_view text, size_t pos) {
  for (std::string_view w : lexicon::kCopulas) {
    if (!ends_with_at(text, pos, w)) continue;
    // Not denied: 这不是内部资料, 并非内部资料.
    const size_t p = pos - w.size();
    for (std::string_view no : lexicon::kDenials)
      if (ends_with_at(text, p, no)) return false;
    return true;
  }
  return false;
}

size_t take_period(std::string_view text, size_t end) {
  size_t p = skip_spaces(text, end);
  for (std::string_view w : {std::string_view("长期"), std::string_view("启用前")}) {
    if (starts_with_at(text, p, w)) return p + w.size();
  }
  // A number of digits or Chinese numerals (spaces between digits allowed),
  // and where it ends; 0 digits when none is there.
  auto number = [&](size_t q, int* digits) {
    *digits = 0;
    for (;;) {
      if (q < text.size() && is_digit(text[q])) {
        ++q;
        ++*digits;
        if (q + 1 < text.size() && text[q] == ' ' && is_digit(text[q + 1])) ++q;
        continue;
      }
      int len;
      const char32_t c = cp_at(text, q, &len);
      if (len > 0 && (c == U'一' || c == U'二' || c == U'两' || c == U'三' || c == U'四' || c == U'五' ||
                      c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十' || c == U'〇' ||
                      c == U'零' || c == U'壹' || c == U'贰' || c == U'叁' || c == U'肆' || c == U'伍' ||
                      c == U'陆' || c == U'柒' || c == U'捌' || c == U'玖' || c == U'拾')) {
        q += len;
        ++*digits;
        continue;
      }
      return q;
    }
  };
  int digits = 0;
  size_t q = number(p, &digits);
  if (digits == 0 || digits > 4) return end;
  q = skip_spaces(text, q);
  if (starts_with_at(text, q, "个月")) return q + std::string_view("个月").size();
  if (starts_with_at(text, q, "月")) return q + std::string_view("月").size();
  if (!starts_with_at(text, q, "年")) return end;
  size_t out = q + std::string_view("年").size();
  // A date: 2026年8月28日, then perhaps 前 / 止 / 解密.
  if (digits == 4) {
    int d2 = 0;
    size_t r = number(skip_spaces(text, out), &d2);
    r = skip_spaces(text, r);
    if (d2 > 0 && d2 <= 2 && starts_with_at(text, r, "月")) {
      out = r + std::string_view("月").size();
      int d3 = 0;
      size_t t = number(skip_spaces(text, out), &d3);
      t = skip_spaces(text, t);
      for (std::string_view w : {"日", "号"}) {
        if (d3 > 0 && d3 <= 3 && starts_with_at(text, t, w)) {
          out = t + w.size();
          break;
        }
      }
    }
    for (std::string_view w : {"前解密", "后解密", "解密", "前", "止"}) {
      if (starts_with_at(text, out, w)) {
        out += w.size();
        break;
      }
    }
  }
  return out;
}

}  // namespace nc::check
