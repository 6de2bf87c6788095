#include "check/pieces.h"

#include "check/normaliser.h"
#include "check/lexicon.h"
#include "check/text_span.h"

namespace nc::check {

const char* const kPiecesTrigger =
    "然后|再加|加上|后面是|后面|接着|再接|接下来|中间是|中间|最后是|最后|末尾是|末尾|尾号|拼起来|连起来|"
    "(?:前|后|末|最后)(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})位|"
    // Numbered groups (第1组6236、第2组6806) and a confirming 对 between
    // pieces read out (1937747，对，4129).
    "第(?:[一二三四五六七八九十]|[0-9])组|[，,]对[，,]|"
    // Halves sent by two people (卡号前半截621799 / 后半截我来发 1916…).
    "(?:前|后)半(?:截|段|部分)|"
    // The label of a number its speaker sends in two messages (卡号是62258824 / 72282067).
    "卡号|代码|证件号|身份证号";

namespace {

bool numeral(char32_t c) {
  return c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五' || c == U'六' || c == U'七' ||
         c == U'八' || c == U'九' || c == U'十';
}

bool separator(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'，' || c == U',' || c == U'、' ||
         c == U'：' || c == U':' || c == U'；' || c == U';' || c == U'…' || c == U'.' || c == U'-';
}

bool piece_char(char c, bool letters) { return is_digit(c) || (letters && c >= 'a' && c <= 'z'); }

// A Chinese numeral of a piece read out (六二一七, 五零一二) at pos: its digit
// and length in *len, or -1. The normaliser reads runs of 11 or more as
// digits; a piece is shorter.
int numeral_at(std::string_view text, size_t pos, int* len) {
  const char32_t c = cp_at(text, pos, len);
  return *len == 3 ? numeral_digit(c) : -1;
}

// Where the piece ending at pos begins (pos when none ends there): digits
// (letters too with `letters`) or Chinese numerals.
size_t piece_start(std::string_view text, size_t pos, bool letters) {
  size_t b = pos;
  for (;;) {
    if (b > 0 && piece_char(text[b - 1], letters)) {
      --b;
      continue;
    }
    int len;
    const char32_t c = cp_before(text, b, &len);
    if (len == 3 && numeral_digit(c) >= 0) {
      b -= 3;
      continue;
    }
    return b;
  }
}

// Whether a piece starts at pos.
bool piece_starts(std::string_view text, size_t pos, bool letters) {
  if (pos >= text.size()) return false;
  int len;
  return piece_char(text[pos], letters) || numeral_at(text, pos, &len) >= 0;
}

// A position label at pos (前三位, 后10位, 最后4位, 末两位): its end, or pos.
size_t position_label(std::string_view text, size_t pos) {
  size_t p = pos;
  bool head = false;
  // 第N组: a numbered group, ended by 组 rather than 位.
  const bool group = starts_with_at(text, p, "第");
  if (group) {
    p += std::string_view("第").size();
    head = true;
  }
  for (std::string_view w : {"最后", "前", "后", "末", "中间"}) {
    if (group) break;
    if (starts_with_at(text, p, w)) {
      p += w.size();
      head = true;
      break;
    }
  }
  if (!head) return pos;
  const size_t digits_from = p;
  int len;
  while (p < text.size()) {
    const char32_t c = cp_at(text, p, &len);
    if (!(numeral(c) || c == U'两' || (c < 0x80 && is_digit(static_cast<char>(c))))) break;
    p += static_cast<size_t>(len);
  }
  const std::string_view tail = group ? "组" : "位";
  if (p == digits_from || !starts_with_at(text, p, tail)) return pos;
  return p + tail.size();
}

// A chat line's head at pos, the start of a line: a time ([09:01] or 09:01:30)
// and a speaker with a colon (老李：). Its end, or pos when none is there.
// Or the speaker alone, a name of two to four Han characters (赵永红：).
size_t chat_head(std::string_view text, size_t pos) {
  size_t p = pos;
  {
    size_t q = pos;
    int n = 0;
    int len;
    for (; n < 5 && q < text.size() && is_han(cp_at(text, q, &len)); ++n) q += static_cast<size_t>(len);
    const char32_t c = cp_at(text, q, &len);
    // Not a position label or a joining word before a colon (后九位：, 后面是：).
    bool joint = position_label(text, pos) != pos;
    for (std::string_view w : lexicon::kPieceJoiningWords) joint = joint || starts_with_at(text, pos, w);
    if (n >= 2 && n <= 4 && (c == U'：' || c == U':') && !joint) return q + static_cast<size_t>(len);
  }
  if (p < text.size() && text[p] == '[') ++p;
  const size_t t = p;
  while (p < text.size() && p - t < 2 && is_digit(text[p])) ++p;
  if (p == t || p >= text.size() || text[p] != ':') return pos;
  for (int k = 0; k < 2 && p + 2 < text.size() && text[p] == ':' && is_digit(text[p + 1]) && is_digit(text[p + 2]); ++k)
    p += 3;
  if (p - t < 4) return pos;
  if (p < text.size() && text[p] == ']') ++p;
  p = skip_spaces(text, p);
  int n = 0;
  for (; n < 8 && p < text.size(); ++n) {
    int len;
    const char32_t c = cp_at(text, p, &len);
    if (c == U'：' || c == U':') return n > 0 ? p + static_cast<size_t>(len) : pos;
    if (!is_han(c) && !(c < 0x80 && is_alnum(static_cast<char>(c)))) return pos;
    p += static_cast<size_t>(len);
  }
  return pos;
}

// Skips forward over separators, joining words and position labels; at
// most 24 code points. Sets *worded when a word or label was among them.
size_t skip_joint(std::string_view text, size_t pos, bool* worded) {
  size_t p = pos;
  for (int steps = 0; steps < 24 && p < text.size(); ++steps) {
    int len;
    const char32_t c = cp_at(text, p, &len);
    if (len == 0) break;
    if (separator(c)) {
      p += static_cast<size_t>(len);
      // The next message of a chat: its time and speaker (\n[09:01] 老李：).
      if (c == U'\n') p = chat_head(text, p);
      continue;
    }
    if (const size_t e = position_label(text, p); e != p) {
      p = e;
      *worded = true;
      continue;
    }
    bool word = false;
    for (std::string_view w : lexicon::kPieceJoiningWords) {
      if (starts_with_at(text, p, w)) {
        p += w.size();
        word = true;
        *worded = true;
        break;
      }
    }
    if (!word) break;
  }
  return p;
}

// The same backwards: where the joint before `pos` begins.
size_t skip_joint_back(std::string_view text, size_t pos, bool* worded) {
  size_t p = pos;
  for (int steps = 0; steps < 24 && p > 0; ++steps) {
    int len;
    const char32_t c = cp_before(text, p, &len);
    if (len == 0) break;
    if (separator(c)) {
      p -= static_cast<size_t>(len);
      continue;
    }
    // A chat message's time and speaker ([09:01] 老李：) after a line break.
    {
      size_t ls = p;
      for (int k = 0; k < 16 && ls > 0 && text[ls - 1] != '\n'; ++k) {
        int l2;
        cp_before(text, ls, &l2);
        ls -= static_cast<size_t>(l2 > 0 ? l2 : 1);
      }
      if (ls > 0 && text[ls - 1] == '\n' && ls < p && chat_head(text, ls) >= p) {
        p = ls;
        continue;
      }
    }
    // A position label ends in 位 (a group in 组): walk back to its head and check it whole.
    if (c == U'位' || c == U'组') {
      size_t b = p - static_cast<size_t>(len);
      for (int k = 0; k < 4 && b > 0; ++k) {
        int l2;
        const char32_t d = cp_before(text, b, &l2);
        if (!(numeral(d) || d == U'两' || (d < 0x80 && is_digit(static_cast<char>(d))))) break;
        b -= static_cast<size_t>(l2);
      }
      bool found = false;
      for (std::string_view w : {"最后", "前", "后", "末", "中间", "第"}) {
        if (ends_with_at(text, b, w) && position_label(text, b - w.size()) == p) {
          p = b - w.size();
          found = *worded = true;
          break;
        }
      }
      if (found) continue;
      break;
    }
    bool word = false;
    for (std::string_view w : lexicon::kPieceJoiningWords) {
      if (ends_with_at(text, p, w)) {
        p -= w.size();
        word = *worded = true;
        break;
      }
    }
    if (!word) break;
  }
  return p;
}

// The speaker's name and colon of a chat head [ls, end): after its time, if any.
std::string_view speaker(std::string_view text, size_t ls, size_t end) {
  size_t b = end;
  while (b > ls && text[b - 1] != ' ' && text[b - 1] != ']') --b;
  return text.substr(b, end - b);
}

// A number its speaker sends in two messages, the first right after its
// label (客户：卡号是62258824 / 客户：72282067; 代码是914228010 / 87554080U), each
// message holding nothing but its piece. `m` is the label.
std::optional<Pieces> continued_message(std::string_view text, Span m, bool letters, size_t max_chars) {
  size_t p = m.end;
  for (std::string_view w : {"是", "为", "：", ":"}) {
    if (starts_with_at(text, p, w)) {
      p += w.size();
      break;
    }
  }
  p = skip_spaces(text, p);
  const size_t first = p;
  while (p < text.size() && piece_char(text[p], letters)) ++p;
  if (p - first < 4) return std::nullopt;
  size_t q = skip_spaces(text, p);
  if (q < text.size() && text[q] == '\r') ++q;
  if (q >= text.size() || text[q] != '\n') return std::nullopt;
  ++q;
  size_t ls = m.start;
  while (ls > 0 && text[ls - 1] != '\n') --ls;
  const size_t head1 = chat_head(text, ls), head2 = chat_head(text, q);
  // Both messages the same speaker's (or neither line has a head).
  if ((head1 == ls) != (head2 == q) || speaker(text, ls, head1) != speaker(text, q, head2)) return std::nullopt;
  const size_t second = skip_spaces(text, head2);
  size_t r = second;
  while (r < text.size() && piece_char(text[r], letters)) ++r;
  if (r - second < 4) return std::nullopt;
  const size_t e = skip_spaces(text, r);
  if (e < text.size() && text[e] != '\n' && text[e] != '\r') return std::nullopt;
  Pieces out;
  out.joined = std::string(text.substr(first, p - first)) + std::string(text.substr(second, r - second));
  if (out.joined.size() > max_chars) return std::nullopt;
  out.count = 2;
  out.span = Span{first, r};
  return out;
}

}  // namespace

std::optional<Pieces> pieces(std::string_view text, Span m, bool letters, size_t max_chars) {
  // A label: the number continued in the speaker's next message. Not for a
  // mobile's eleven digits (no check digit decides).
  for (std::string_view label : {"卡号", "代码", "证件号", "身份证号"}) {
    if (m.end - m.start == label.size() && starts_with_at(text, m.start, label))
      return max_chars >= 18 ? continued_message(text, m, letters, max_chars) : std::nullopt;
  }
  // Back from the joining words to the first piece.
  bool worded = false;
  size_t p = skip_joint_back(text, m.start, &worded);
  if (p == 0 || piece_start(text, p, letters) == p) return std::nullopt;
  size_t first = p;
  for (int k = 0; k < 6; ++k) {  // earlier pieces, each behind its joint
    const size_t b = piece_start(text, first, letters);
    if (b > 0 && is_alnum(text[b - 1])) return std::nullopt;  // inside a longer word
    first = b;
    bool w2 = false;
    const size_t q = skip_joint_back(text, b, &w2);
    if (q == b || q == 0 || !w2 || piece_start(text, q, letters) == q) break;
    first = q;
  }
  // Forward from the first piece, joint by joint.
  Pieces out;
  size_t q = first;
  size_t last_end = first;
  for (int k = 0; k < 8; ++k) {
    const size_t b = q;
    const size_t before = out.joined.size();
    bool numerals = false;
    for (;;) {
      if (q < text.size() && piece_char(text[q], letters)) {
        out.joined += text[q++];
        continue;
      }
      int len;
      const int d = numeral_at(text, q, &len);
      if (d < 0) break;
      out.joined += static_cast<char>('0' + d);
      q += static_cast<size_t>(len);
      numerals = true;
    }
    if (q == b) break;
    const size_t n = out.joined.size() - before;
    if (n < 2 && !(letters && n == 1)) return std::nullopt;  // a lone digit is no piece
    if (numerals && n < 3) return std::nullopt;  // 两三个, 一二: words, not a piece
    ++out.count;
    last_end = q;
    if (out.joined.size() > max_chars) return std::nullopt;
    bool w = false;
    const size_t next = skip_joint(text, q, &w);
    if (next == q || !piece_starts(text, next, letters)) break;
    worded = worded || w;
    q = next;
  }
  if (out.count < 2 || !worded || last_end <= m.start) return std::nullopt;
  if (last_end < text.size() && is_alnum(text[last_end])) return std::nullopt;
  out.span = Span{first, last_end};
  return out;
}

}  // namespace nc::check
