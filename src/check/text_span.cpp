#include "check/text_span.h"

#include <algorithm>
#include <cstring>

#include "common/utf8.h"

namespace nc::check {

bool is_clause_break(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'；': case U'！': case U'？': case U',': case U';': case U'!': case U'?':
    case U'\t':
      return true;
    default:
      return false;
  }
}

char32_t cp_at(std::string_view text, size_t pos, int* len) {
  *len = 0;
  if (pos >= text.size()) return 0;
  return utf8::decode(reinterpret_cast<const unsigned char*>(text.data()), pos, text.size(), len);
}

char32_t cp_before(std::string_view text, size_t pos, int* len) {
  *len = 0;
  if (pos == 0 || pos > text.size()) return 0;
  const size_t p = utf8::character_start(text, pos - 1);
  int l;
  const char32_t c = cp_at(text, p, &l);
  if (p + l != pos) {  // not a well-formed sequence: the single byte before, as U+FFFD
    *len = 1;
    return utf8::kReplacement;
  }
  *len = l;
  return c;
}

bool bounded(std::string_view text, Span span, bool alnum) {
  auto bad = [alnum](char c) { return alnum ? is_alnum(c) : is_digit(c); };
  if (span.start > 0 && bad(text[span.start - 1])) return false;
  if (span.end < text.size() && bad(text[span.end])) return false;
  return true;
}

std::string_view line_around(std::string_view text, size_t pos, size_t max_bytes, size_t* line_start) {
  // memchr / memrchr rather than a loop per byte: callers look for lines of
  // up to 4 KiB around every marking candidate.
  const char* d = text.data();
  const size_t n = text.size();
  if (n == 0) {
    if (line_start) *line_start = 0;
    return text;
  }
  pos = std::min(pos, n);
  const size_t lo = pos > max_bytes + 1 ? pos - max_bytes - 1 : 0;
  const char* nl = static_cast<const char*>(memrchr(d + lo, '\n', pos - lo));
  const char* cr_from = nl ? nl + 1 : d + lo;
  const char* cr = static_cast<const char*>(memrchr(cr_from, '\r', static_cast<size_t>(d + pos - cr_from)));
  const char* before = cr ? cr : nl;
  size_t b = 0;
  if (before) {
    b = static_cast<size_t>(before - d) + 1;
  } else if (pos > max_bytes) {
    return {};
  }
  const size_t hi = std::min(n, pos + max_bytes + 1);
  const char* nl_after = static_cast<const char*>(memchr(d + pos, '\n', hi - pos));
  const char* cr_end = nl_after ? nl_after : d + hi;
  const char* cr_after = static_cast<const char*>(memchr(d + pos, '\r', static_cast<size_t>(cr_end - (d + pos))));
  const char* after = cr_after ? cr_after : nl_after;
  size_t e = n;
  if (after) {
    e = static_cast<size_t>(after - d);
  } else if (n - pos > max_bytes) {
    return {};
  }
  if (line_start) *line_start = b;
  return text.substr(b, e - b);
}

bool line_mentions(std::string_view text, size_t pos, std::string_view word, size_t max_bytes) {
  size_t b = pos;
  while (b > 0 && pos - b < max_bytes && text[b - 1] != '\n') --b;
  size_t e = pos;
  while (e < text.size() && e - pos < max_bytes && text[e] != '\n') ++e;
  return text.substr(b, e - b).find(word) != std::string_view::npos;
}

bool label_mentions(std::string_view text, size_t pos, std::string_view word, size_t max_bytes) {
  if (line_mentions(text, pos, word, max_bytes)) return true;
  size_t b = pos;
  // Up two lines, each of which holds only the number's characters before it.
  for (int lines = 0; lines < 2; ++lines) {
    while (b > 0 && text[b - 1] != '\n') {
      const char c = text[b - 1];
      if (!(is_alnum(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '_' || c == '\r')) return false;
      if (pos - b > 64) return false;
      --b;
    }
    if (b == 0) return false;
    --b;  // the \n
    if (b > 0 && text[b - 1] == '\r') --b;
    if (b > 0 && line_mentions(text, b - 1, word, max_bytes)) return true;
    if (b == 0) return false;
  }
  return false;
}

size_t skip_spaces(std::string_view text, size_t pos) {
  for (;;) {
    if (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
      ++pos;
    } else if (starts_with_at(text, pos, "\u3000")) {
      pos += 3;
    } else {
      return pos;
    }
  }
}

size_t skip_separators_back(std::string_view text, size_t pos) {
  for (;;) {
    if (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == ':' || text[pos - 1] == '=')) {
      --pos;
    } else if (pos >= 3 && (text.substr(pos - 3, 3) == "\u3000" || text.substr(pos - 3, 3) == "：")) {
      pos -= 3;
    } else {
      return pos;
    }
  }
}

}  // namespace nc::check
