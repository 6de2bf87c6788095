#include "rulebook/parser.h"

#include <optional>

#include "rulebook/clean_text.h"
#include "rulebook/numerals.h"
#include "common/utf8.h"

namespace nc::rulebook {
namespace {

constexpr size_t kMaxInput = 16u << 20;
constexpr size_t kMaxLines = 200000;

std::u32string decode(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out += utf8::next(s, i);
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) utf8::append(out, c);
  return out;
}

bool is_numeral_char(char32_t c) {
  static const std::u32string_view kChars = U"零〇一二两三四五六七八九十百千万0123456789０１２３４５６７８９";
  return kChars.find(c) != std::u32string_view::npos;
}

// "第十四条 …" → {14, '条', rest}. Works on a cleaned line.
struct Heading {
  long number = 0;
  char32_t kind = 0;  // 章 节 条
  std::u32string rest;
};

std::optional<Heading> match_heading(std::u32string_view line) {
  if (line.size() < 3 || line[0] != U'第') return std::nullopt;
  size_t k = 1;
  while (k < line.size() && is_numeral_char(line[k])) ++k;
  if (k == 1 || k >= line.size()) return std::nullopt;
  const char32_t kind = line[k];
  if (kind != U'章' && kind != U'节' && kind != U'条') return std::nullopt;
  const auto n = parse_numeral(encode(line.substr(1, k - 1)));
  if (!n || *n <= 0) return std::nullopt;
  Heading h{*n, kind, std::u32string(line.substr(k + 1))};
  // Half-width separators some converters leave: "第一条:" / "第一章、"
  while (!h.rest.empty() && (h.rest[0] == U' ' || h.rest[0] == U':' || h.rest[0] == U'：' || h.rest[0] == U'、'))
    h.rest.erase(0, 1);
  return h;
}

// "（一）…", "(一)…", "（1）…", "1. …", "1．…", "一、…" → {n, display marker, rest}.
struct ItemStart {
  long number = 0;
  std::string marker;
  std::u32string rest;
};

std::optional<ItemStart> match_item(std::u32string_view line) {
  if (line.empty()) return std::nullopt;
  auto digits_end = [&](size_t from) {
    size_t k = from;
    while (k < line.size() && is_numeral_char(line[k]) && line[k] != U'万') ++k;
    return k;
  };
  if (line[0] == U'（' || line[0] == U'(') {
    const size_t e = digits_end(1);
    if (e == 1 || e >= line.size() || (line[e] != U'）' && line[e] != U')')) return std::nullopt;
    const auto n = parse_numeral(encode(line.substr(1, e - 1)));
    if (!n || *n <= 0) return std::nullopt;
    return ItemStart{*n, "（" + encode(line.substr(1, e - 1)) + "）", std::u32string(line.substr(e + 1))};
  }
  const size_t e = digits_end(0);
  if (e == 0 || e >= line.size()) return std::nullopt;
  const char32_t sep = line[e];
  const bool arabic = (line[0] >= U'0' && line[0] <= U'9') || (line[0] >= U'０' && line[0] <= U'９');
  const auto n = parse_numeral(encode(line.substr(0, e)));
  if (!n || *n <= 0) return std::nullopt;
  if (arabic && (sep == U'.' || sep == U'．' || sep == U'、')) {
    // "1.5倍" is a number, not an item.
    if (e + 1 < line.size() && ((line[e + 1] >= U'0' && line[e + 1] <= U'9') || (line[e + 1] >= U'０' && line[e + 1] <= U'９')))
      return std::nullopt;
    std::string marker = std::to_string(*n) + ".";
    return ItemStart{*n, marker, std::u32string(line.substr(e + 1))};
  }
  if (!arabic && sep == U'、') return ItemStart{*n, encode(line.substr(0, e)) + "、", std::u32string(line.substr(e + 1))};
  return std::nullopt;
}

// Whether a line ends a sentence or clause, so the next line starts anew
// rather than continuing it (lines broken by PDF layout end mid-sentence).
bool ends_clause(std::u32string_view line) {
  size_t k = line.size();
  while (k > 0) {
    const char32_t c = line[k - 1];
    if (c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U')' || c == U'"' || c == U'》') {
      --k;
      continue;
    }
    return c == U'。' || c == U'；' || c == U'：' || c == U'！' || c == U'？' || c == U'.' || c == U';' ||
           c == U':' || c == U'!' || c == U'?' || c == U'…';
  }
  return false;
}

bool is_page_marker(std::u32string_view line) {
  std::u32string s;
  for (char32_t c : line)
    if (c != U' ') s += c;
  if (s.empty()) return true;
  auto is_digit = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); };
  auto is_dash = [](char32_t c) { return c == U'-' || c == U'－' || c == U'—' || c == U'–' || c == U'─'; };
  size_t k = 0;
  while (k < s.size() && is_dash(s[k])) ++k;
  const size_t d0 = k;
  while (k < s.size() && is_digit(s[k])) ++k;
  const size_t d1 = k;
  while (k < s.size() && is_dash(s[k])) ++k;
  if (k == s.size() && d1 > d0 && d1 - d0 <= 4 && (d0 > 0) == (k > d1)) return true;  // "- 2 -", "2"
  // "第 2 页" / "第2页 共5页"
  if (s.size() >= 3 && s[0] == U'第') {
    size_t j = 1;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j > 1 && j < s.size() && s[j] == U'页') {
      const std::u32string_view tail = std::u32string_view(s).substr(j + 1);
      if (tail.empty()) return true;
      if (tail.size() >= 3 && tail[0] == U'共' && tail.back() == U'页') return true;
    }
  }
  return false;
}

class Parser {
 public:
  Result<Rulebook> run(std::string_view text, ParseError* error) {
    if (text.size() > kMaxInput) return fail(error, 0, "input is larger than 16 MiB");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    size_t start = 0;
    int lineno = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view raw = text.substr(start, end - start);
      if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
      ++lineno;
      if (lineno > static_cast<int>(kMaxLines)) return fail(error, lineno, "more than 200000 lines");
      if (!utf8::valid(raw)) return fail(error, lineno, "invalid UTF-8 (convert the file to UTF-8 first)");
      if (!line(raw, lineno)) return fail(error, error_line_, error_);
      if (end == text.size()) break;
      start = end + 1;
    }
    finish_article();
    if (article_count_ == 0) return fail(error, lineno, "no article found (expected a line starting with 第一条)");
    return std::move(book_);
  }

 private:
  Result<Rulebook> fail(ParseError* error, int line, std::string message) {
    if (error) *error = ParseError{line, message};
    return Status::Error(Code::kParseError, "line " + std::to_string(line) + ": " + message);
  }

  bool error_at(int line, std::string message) {
    error_line_ = line;
    error_ = std::move(message);
    return false;
  }

  bool line(std::string_view raw, int lineno) {
    const std::string cleaned = clean_line(raw);
    const std::u32string l = decode(cleaned);
    if (l.empty() || is_page_marker(l)) return true;

    if (auto h = match_heading(l)) {
      if (h->kind == U'章' && h->number == chapter_number_ + 1 && prev_ended_) return open_chapter(*h, lineno);
      if (h->kind == U'节' && h->number == section_number_ + 1 && prev_ended_) return open_section(*h, lineno);
      if (h->kind == U'条') {
        const bool spaced = heading_followed_by_space(raw);
        if (h->number == article_count_ + 1 && (prev_ended_ || spaced)) return open_article(*h, lineno);
        if (prev_ended_ && spaced)
          return error_at(lineno, "第" + to_chinese_numeral(h->number) + "条 out of sequence: expected 第" +
                                      to_chinese_numeral(article_count_ + 1) + "条");
      }
      if (h->kind == U'章' && prev_ended_ && heading_followed_by_space(raw) && h->number != chapter_number_ + 1)
        return error_at(lineno, "第" + to_chinese_numeral(h->number) + "章 out of sequence: expected 第" +
                                    to_chinese_numeral(chapter_number_ + 1) + "章");
    }

    if (!in_article_) return outside_article(l, lineno);

    if (auto item = match_item(l); item && prev_ended_ && item->number == next_item_) {
      finish_paragraph();
      Item it;
      it.number = static_cast<int>(item->number);
      it.marker = item->marker;
      it.paragraph = static_cast<int>(article_.paragraphs.empty() ? 0 : article_.paragraphs.size() - 1);
      article_.items.push_back(std::move(it));
      current_ = &article_.items.back().text;
      ++next_item_;
      append(item->rest);
      return true;
    }
    if (prev_ended_ || current_ == nullptr) {
      // A new paragraph ends any item list.
      finish_paragraph();
      article_.paragraphs.emplace_back();
      current_ = &article_.paragraphs.back();
      next_item_ = 1;
    }
    append(l);
    return true;
  }

  // In the raw line, is "第…条" followed by whitespace (the official heading form)?
  static bool heading_followed_by_space(std::string_view raw) {
    const std::u32string r = decode(raw);
    size_t k = 0;
    while (k < r.size() && (r[k] == U' ' || r[k] == U'\t' || r[k] == U'\u3000')) ++k;
    for (; k < r.size(); ++k)
      if (r[k] == U'条' || r[k] == U'章' || r[k] == U'节') break;
    return k + 1 < r.size() && (r[k + 1] == U' ' || r[k + 1] == U'\t' || r[k + 1] == U'\u3000');
  }

  bool outside_article(const std::u32string& l, int lineno) {
    if (book_.chapters.empty()) {
      // Title and preamble before the first chapter or article.
      const bool preamble = l[0] == U'（' || l[0] == U'(' || !book_.preamble.empty();
      if (book_.title.empty()) {
        book_.title = encode(l);
      } else if (!preamble && !title_ended_) {
        book_.title += encode(l);
      } else {
        book_.preamble.push_back(encode(l));
      }
      title_ended_ = title_ended_ || ends_clause(l) || preamble;
      prev_ended_ = true;
      return true;
    }
    Chapter& ch = book_.chapters.back();
    if (!ch.sections.empty() && ch.sections.back().title.empty() && ch.sections.back().articles.empty()) {
      ch.sections.back().title = encode(l);
      return true;
    }
    if (ch.title.empty() && ch.articles.empty() && ch.sections.empty()) {
      ch.title = encode(l);
      return true;
    }
    return error_at(lineno, "text outside any article: \"" + encode(l.substr(0, 20)) + "\"");
  }

  bool open_chapter(const Heading& h, int lineno) {
    finish_article();
    (void)lineno;
    Chapter ch;
    ch.number = static_cast<int>(h.number);
    ch.label = "第" + to_chinese_numeral(h.number) + "章";
    ch.title = encode(h.rest);
    book_.chapters.push_back(std::move(ch));
    chapter_number_ = h.number;
    section_number_ = 0;
    prev_ended_ = true;
    return true;
  }

  bool open_section(const Heading& h, int lineno) {
    if (book_.chapters.empty()) return error_at(lineno, "第" + to_chinese_numeral(h.number) + "节 before any chapter");
    finish_article();
    Section s;
    s.number = static_cast<int>(h.number);
    s.label = "第" + to_chinese_numeral(h.number) + "节";
    s.title = encode(h.rest);
    book_.chapters.back().sections.push_back(std::move(s));
    section_number_ = h.number;
    prev_ended_ = true;
    return true;
  }

  bool open_article(const Heading& h, int lineno) {
    finish_article();
    if (book_.chapters.empty()) book_.chapters.emplace_back();  // a regulation without chapters
    article_ = Article{};
    article_.number = static_cast<int>(h.number);
    article_.label = "第" + to_chinese_numeral(h.number) + "条";
    article_.line = lineno;
    in_article_ = true;
    current_ = nullptr;
    next_item_ = 1;
    article_count_ = h.number;
    prev_ended_ = true;
    if (!h.rest.empty()) {
      article_.paragraphs.emplace_back();
      current_ = &article_.paragraphs.back();
      append(h.rest);
    }
    return true;
  }

  void append(std::u32string_view l) {
    if (current_ == nullptr) {
      article_.paragraphs.emplace_back();
      current_ = &article_.paragraphs.back();
    }
    // Joining two parts of a broken line: a space only between two non-CJK characters.
    if (!current_->empty() && !l.empty()) {
      std::u32string tail = decode(*current_);
      if (!is_cjk(tail.back()) && !is_cjk(l.front())) *current_ += ' ';
    }
    *current_ += encode(l);
    prev_ended_ = ends_clause(l);
  }

  void finish_paragraph() { current_ = nullptr; }

  void finish_article() {
    if (!in_article_) return;
    in_article_ = false;
    current_ = nullptr;
    // Drop empty paragraphs (a heading whose body began with an item list).
    std::vector<std::string> paragraphs;
    std::vector<int> remap(article_.paragraphs.size(), 0);
    for (size_t i = 0; i < article_.paragraphs.size(); ++i) {
      remap[i] = static_cast<int>(paragraphs.empty() ? 0 : paragraphs.size() - 1);
      if (!article_.paragraphs[i].empty()) {
        paragraphs.push_back(article_.paragraphs[i]);
        remap[i] = static_cast<int>(paragraphs.size() - 1);
      }
    }
    for (Item& it : article_.items)
      if (it.paragraph < static_cast<int>(remap.size())) it.paragraph = remap[it.paragraph];
    article_.paragraphs = std::move(paragraphs);
    std::string text;
    auto add_line = [&](const std::string& s) {
      if (!text.empty()) text += '\n';
      text += s;
    };
    size_t next = 0;
    for (size_t p = 0; p < article_.paragraphs.size(); ++p) {
      add_line(article_.paragraphs[p]);
      while (next < article_.items.size() && article_.items[next].paragraph == static_cast<int>(p)) {
        add_line(article_.items[next].marker + article_.items[next].text);
        ++next;
      }
    }
    for (; next < article_.items.size(); ++next) add_line(article_.items[next].marker + article_.items[next].text);
    article_.text = std::move(text);
    Chapter& ch = book_.chapters.back();
    if (!ch.sections.empty() && section_number_ > 0)
      ch.sections.back().articles.push_back(std::move(article_));
    else
      ch.articles.push_back(std::move(article_));
  }

  Rulebook book_;
  Article article_;
  bool in_article_ = false;
  std::string* current_ = nullptr;  // paragraph or item text being appended to
  long next_item_ = 1;
  long chapter_number_ = 0;
  long section_number_ = 0;
  long article_count_ = 0;
  bool prev_ended_ = true;
  bool title_ended_ = false;
  int error_line_ = 0;
  std::string error_;
};

}  // namespace

Result<Rulebook> parse(std::string_view text, ParseError* error) { return Parser().run(text, error); }

}  // namespace nc::rulebook
