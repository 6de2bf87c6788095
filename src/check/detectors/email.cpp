// pii.email: e-mail addresses (local@domain.tld), the whole address only.
// Also written to evade harvesters: zhang[at]example.com, zhang(at)…,
// "zhang at example dot com", zhang艾特qq.com, zhang圈aqq.com, zhang@163。com,
// zhang@qq点com, lina @ sina . com, zhang#qq.com with a note to put @ for #;
// and with a Chinese domain (张三@例子.中国). Not a file name at a resolution
// (icon@2x.png): a domain whose last label is a file extension is none.
#include <array>

#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/normaliser.h"

namespace nc::check {
namespace {

bool local_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool domain_char(char c) { return is_alnum(c) || c == '-' || c == '_'; }

// Extensions of files that are named name@2x.png and the like.
bool file_extension(std::string_view label) {
  static constexpr std::array<std::string_view, 24> kExt = {
      "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "heic", "mp3",
      "mp4", "mov", "avi", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "json"};
  for (std::string_view e : kExt)
    if (label == e) return true;
  return false;
}

// Top-level domains an address spelled out with " at … dot …" may end in.
bool common_tld(std::string_view label) {
  for (std::string_view t : {"com", "cn", "net", "org", "edu", "gov", "info", "io", "me", "cc", "top", "xyz"})
    if (label == t) return true;
  return false;
}

// Where a Han local part (张三@…) begins: up to 6 Han characters back, not
// over a word that introduces the address (发到, 例如, 邮箱是 …).
size_t han_local_start(std::string_view text, size_t at) {
  size_t start = at;
  for (int k = 0; k < 6; ++k) {
    int len;
    const char32_t c = cp_before(text, start, &len);
    if (len == 0) break;
    const bool ascii_local = c < 0x80 && local_char(static_cast<char>(c));
    if (!ascii_local && !is_han(c)) break;
    if (c == U'到' || c == U'至' || c == U'给' || c == U'箱' || c == U'为' || c == U'是' || c == U'如' || c == U'系' ||
        c == U'发' || c == U'址')
      break;
    start -= static_cast<size_t>(len);
  }
  return start;
}

// Words a template puts where each reader's own name or number goes
// (学号@stu.xx.edu.cn, 工号@corp.cn): a format, not an address.
bool placeholder_han_local(std::string_view local) {
  for (std::string_view w : {"学号", "工号", "姓名", "名字", "用户名", "账号", "帐号", "手机号", "编号", "拼音", "证件号",
                             "员工号", "职工号", "考号", "名字拼音", "姓名拼音", "全拼", "你的名字", "本人姓名"})
    if (local == w || (local.size() > w.size() && local.substr(local.size() - w.size()) == w)) return true;
  return false;
}

// Top-level domains reserved for documentation and tests (RFC 2606, RFC
// 6761): an address there reaches no one.
bool reserved_tld(std::string_view label) {
  return label == "test" || label == "example" || label == "invalid" || label == "localhost";
}

// A placeholder address, as documentation and templates write it: at a
// reserved top-level domain, or at example.com / .net / .org (RFC 2606)
// with a placeholder local part (user@example.com, your.name@example.org)
// or words of an example on the line (示例, 例如, 格式 …). A named person at
// example.org (zhangwei@example.org) is still taken: the case files use
// such addresses for real ones.
bool placeholder_address(std::string_view text, Span m) {
  const std::string_view a = text.substr(m.start, m.end - m.start);
  const size_t at = a.find('@');
  if (at == std::string_view::npos) return false;
  const std::string_view local = a.substr(0, at), domain = a.substr(at + 1);
  bool example = false;
  for (std::string_view d : {"example.com", "example.net", "example.org"})
    if (domain == d) example = true;
  if (!example) return false;
  for (std::string_view w : {"user", "username", "name", "your.name", "yourname", "you", "your", "someone", "somebody",
                             "foo", "bar", "test", "xxx", "abc", "email", "mail", "me", "john.doe", "jane.doe",
                             "admin", "info", "example", "demo", "sample"})
    if (local == w) return true;
  for (std::string_view w : {"示例", "例如", "比如", "格式", "样例", "举例", "例子", "占位", "模板", "e.g.", "for example",
                             "placeholder"})
    if (line_mentions(text, m.start, w, 160)) return true;
  return false;
}

// A git remote over SSH (git@gitlab.com:group/repo.git,
// ssh://git@github.com/…): a host, not a mailbox.
bool git_remote(std::string_view text, Span m) {
  const std::string_view a = text.substr(m.start, m.end - m.start);
  if (a.substr(0, 4) != "git@") return false;
  return m.end < text.size() && (text[m.end] == ':' || text[m.end] == '/');
}

// A QQ number (5 to 11 digits after QQ, 扣扣 or 企鹅 on the line) up to 24
// characters before a written-out qq.com that no '@' or local part joins:
// the mailbox is the number's (我扣扣号2115979254，邮箱后面加qq点com).
std::optional<Span> qq_mailbox(std::string_view text, Span m) {
  if (m.end < text.size() && domain_char(text[m.end])) return std::nullopt;
  if (m.start > 0 && (local_char(text[m.start - 1]) || text[m.start - 1] == '@')) return std::nullopt;
  if (!line_mentions(text, m.start, "扣扣", 160) && !line_mentions(text, m.start, "企鹅", 160) &&
      !line_mentions(text, m.start, "qq号", 160))
    return std::nullopt;
  // The digits nearest before, within 24 code points.
  size_t p = m.start;
  for (int steps = 0; steps < 24 && p > 0; ++steps) {
    if (is_digit(text[p - 1])) {
      const size_t end = p;
      while (p > 0 && is_digit(text[p - 1])) --p;
      const size_t n = end - p;
      if (n < 5 || n > 11 || text[p] == '0' || (p > 0 && is_alnum(text[p - 1]))) return std::nullopt;
      return Span{p, m.end};
    }
    int len;
    const char32_t c = cp_before(text, p, &len);
    if (len == 0 || c == U'\n' || c == U'。') return std::nullopt;
    p -= static_cast<size_t>(len);
  }
  return std::nullopt;
}

// A user name given before a domain on the same line, with a note to put an
// @ between them: 用户名是chenxy，后缀yeah.net，中间加个艾特. From the user name
// to the domain's end.
std::optional<Span> split_parts(std::string_view text, Span m) {
  if (m.end < text.size() && domain_char(text[m.end])) return std::nullopt;
  size_t tld = m.end;
  while (tld > m.start && is_alnum(text[tld - 1])) --tld;
  if (!common_tld(text.substr(tld, m.end - tld))) return std::nullopt;
  if (!line_mentions(text, m.start, "艾特", 160) && !line_mentions(text, m.start, "@", 160) &&
      !line_mentions(text, m.start, "圈a", 160))
    return std::nullopt;
  // The nearest 用户名 / 前缀 before, within 60 bytes of the line.
  const size_t from = m.start > 60 ? m.start - 60 : 0;
  const std::string_view before = text.substr(from, m.start - from);
  if (before.find('\n') != std::string_view::npos) return std::nullopt;
  size_t key = std::string_view::npos, key_len = 0;
  for (std::string_view w : {"用户名", "前缀"}) {
    const size_t k = before.rfind(w);
    if (k != std::string_view::npos && (key == std::string_view::npos || k > key)) key = k, key_len = w.size();
  }
  if (key == std::string_view::npos) return std::nullopt;
  size_t p = from + key + key_len;
  for (std::string_view w : {"是", "为", "：", ":", " "})
    if (starts_with_at(text, p, w)) p += w.size();
  const size_t start = p;
  while (p < m.start && local_char(text[p])) ++p;
  if (p - start < 2 || text[start] == '.') return std::nullopt;
  // Only a clause break between the user name and 后缀.
  const std::string_view gap = text.substr(p, m.start - p);
  if (gap.size() > 6 || gap.find_first_not_of(" ,\xEF\xBC\x8C\xE3\x80\x81") != std::string_view::npos) return std::nullopt;
  return Span{start, m.end};
}

class Email final : public Detector {
 public:
  std::string_view id() const override { return "pii.email"; }
  Severity severity() const override { return Severity::Low; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "电子邮箱"; }
  std::string_view suggestion() const override {
    return "文中有电子邮箱地址（包括把 @ 写成 [at]、“艾特”等的写法），属于个人信息，受《个人信息保护法》保护。公开他人邮箱须经本人同意，否则请删除，或只保留用户名的首字（如 z*******@example.com）；单位内部邮箱地址不宜公开发布。";
  }
  std::optional<std::string> mask(std::string_view original) const override { return mask_local_part(original); }
  enum : size_t { kPlain, kObfuscated, kObfuscatedDot, kHanDomain, kSpelledOut, kSpaced, kHashForAt, kQqNumber,
                  kDefangedDot, kSplitParts };
  std::vector<Pattern> patterns() const override {
    // From the '@', run only at each '@' (Anchor::kAtSign); the local part
    // is taken by walking back in validate(). The obfuscated forms start at
    // their "at" and are scanned everywhere; none of them matches a plain
    // address, which the first pattern alone finds.
    // 小老鼠 and 圈圈a for @, perhaps set apart by spaces (yang 小老鼠 126.com).
    const std::string at = "(?:\\[at\\]|\\(at\\)|\\{at\\}|<at>|【at】|（at）|〔at〕|艾特|圈a|(?:小老鼠|圈圈a) ?|🐷|🐭|🐁)";
    // … and the dot defanged ([.], {dot}) or 点 set apart (sina 点 com).
    const std::string dot = "(?:\\.|。|点|\\[dot\\]|\\(dot\\)|（dot）|【dot】|\\{dot\\}|\\[\\.\\]| 点 )";
    const std::string han = "[\\x{4e00}-\\x{9fff}]";
    // Each form its own plain expression (optional spaces and one
    // alternation of every form made the main database scan three times
    // slower).
    return {{"@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}", Anchor::kAtSign},
            {at + "[a-z0-9-]+(?:" + dot + "[a-z0-9-]+)*" + dot + "[a-z]{2,24}"},
            // zhang@163。com, zhang@qq点com: the last dot written otherwise,
            // run at each '@' as the plain form (scanned everywhere it cost
            // a tenth of the engine's time).
            {"@[a-z0-9-]+(?:(?:\\.|。|点)[a-z0-9-]+)*(?:。|点)[a-z]{2,24}", Anchor::kAtSign},
            // A Chinese domain: the normaliser drops a '.' between two Han
            // characters, so the top-level domain is known by name.
            {"@" + han + "{1,12}[.。]?(?:中国|公司|网络|在线|集团|政务|公益|中文网|网址)"},
            // zhang at example dot com, zhang at 163.com: spelled out.
            // With a real dot only at a mail provider: "meet at school.com" is English.
            {" at [a-z0-9-]+(?: dot [a-z0-9-]+)* dot [a-z]{2,24}|"
             " at (?:qq|163|126|139|gmail|outlook|hotmail|foxmail|sina|sohu|yahoo|aliyun|yeah|icloud)\\.[a-z]{2,24}"},
            // Spaces around the @ or the dots (lina @ sina.com, luo @ gmail . com),
            // an (at) set apart (zhang (at) qq.com): validate() wants a space.
            // A space is part of each alternative: the plain address, which
            // the main database sees often, wakes neither (that cost an eighth
            // of the engine's time).
            {"(?:@|\\(at\\)|\\[at\\]|（at）|【at】) [a-z0-9-]+(?: ?\\. ?[a-z0-9-]+)* ?\\. ?[a-z]{2,24}|"
             " @[a-z0-9-]+(?: ?\\. ?[a-z0-9-]+)* ?\\. ?[a-z]{2,24}"},
            // # for @ with a note to replace it: zhang#qq.com（#换成@）.
            {"#[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}"},
            // A QQ number and its mailbox described (扣扣号2115979254后面加qq点com):
            // the domain written out, the number before it on the line.
            {"qq(?:点|。| dot |\\.)com"},
            // The dot defanged after a plain @ (zhang@gmail[.]com, li@163{dot}com).
            {"@[a-z0-9-]+(?:(?:\\.|\\[\\.\\]|\\{dot\\}|\\[dot\\]|\\(\\.\\))[a-z0-9-]+)*"
             "(?:\\[\\.\\]|\\{dot\\}|\\[dot\\]|\\(\\.\\))[a-z]{2,24}"},
            // The user name and the domain given apart (用户名是x，后缀yeah.net，
            // 中间加个艾特): from the domain, the user name found in validate().
            {"后缀(?:是|为)?[：: ]?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == kQqNumber) return qq_mailbox(text, m);
    if (pattern == kSplitParts) return split_parts(text, m);
    if (m.end < text.size() && domain_char(text[m.end])) return std::nullopt;
    const std::string_view s = text.substr(m.start, m.end - m.start);
    // The last label of the domain: after the last '.', '。', 点 or dot token.
    size_t last = s.size();
    while (last > 0 && is_alnum(s[last - 1])) --last;
    const std::string_view tld = s.substr(last);
    if (file_extension(tld)) return std::nullopt;
    if (pattern == kHanDomain) {
      bool han = false;
      for (size_t i = 0; i < s.size();) {
        int len = 0;
        const bool this_han = is_han(cp_at(s, i, &len));  // always decoded: len moves i
        han = han || this_han;
        i += static_cast<size_t>(len > 0 ? len : 1);
      }
      const size_t start = han_local_start(text, m.start);
      if (start == m.start) return std::nullopt;
      int len = 0;
      han = han || is_han(cp_at(text, start, &len));
      if (!han) return std::nullopt;  // the plain pattern's
      return Span{start, m.end};
    }
    if (reserved_tld(tld)) return std::nullopt;  // user@mail.test
    if (pattern == kSpelledOut && !common_tld(tld)) return std::nullopt;  // "meet at noon dot matrix"
    if (pattern == kSpaced) {
      if (text[m.start] == ' ') ++m.start;  // " @…": the space is the local part's edge
      const bool spaced_at = m.start > 0 && text[m.start - 1] == ' ';
      if (!common_tld(tld)) return std::nullopt;
      if (spaced_at) --m.start;
    }
    if (pattern == kHashForAt) {
      // A note on the line after it says to put @ for # (（#换成@）, #改为@).
      const std::string_view rest = text.substr(m.end, 80);
      const size_t br = rest.find('\n');
      auto says_put_at = [](std::string_view note) {
        return note.find('@') != std::string_view::npos &&
               (note.find("换") != std::string_view::npos || note.find("改") != std::string_view::npos ||
                note.find("替") != std::string_view::npos);
      };
      // … or before it, on its line: 邮箱（#换成@）：name#163.com.
      size_t line_start = 0;
      const std::string_view line = line_around(text, m.start, 160, &line_start);
      const std::string_view before =
          line.empty() ? std::string_view() : text.substr(line_start, m.start - line_start);
      if (!says_put_at(rest.substr(0, br)) && !says_put_at(before)) return std::nullopt;
    }
    // An @ written as a word set apart by a space: yang 小老鼠 126.com.
    if (pattern == kObfuscated && m.start > 1 && text[m.start - 1] == ' ' && local_char(text[m.start - 2]) &&
        (starts_with_at(text, m.start, "小老鼠") || starts_with_at(text, m.start, "圈圈a")))
      --m.start;
    size_t start = m.start;
    while (start > 0 && m.start - start < 64 && local_char(text[start - 1])) --start;
    // A local part spelled out letter by letter: z h a n g @qq.com.
    if (start + 1 == m.start || (pattern == kSpaced && start + 2 == m.start && text[m.start] == ' ')) {
      while (start >= 2 && m.start - start < 64 && text[start - 1] == ' ' && local_char(text[start - 2]) &&
             (start == 2 || !local_char(text[start - 3])))
        start -= 2;
    }
    if (start == m.start && pattern == kPlain) {
      // A local part in Han characters: 张三@163.com.
      const size_t han_start = han_local_start(text, m.start);
      int len;
      if (han_start != m.start && is_han(cp_at(text, han_start, &len))) {
        if (placeholder_han_local(text.substr(han_start, m.start - han_start))) return std::nullopt;
        return Span{han_start, m.end};
      }
    }
    if (start == m.start || (start > 0 && local_char(text[start - 1]))) return std::nullopt;
    while (start < m.start && text[start] == '.') ++start;  // ".zhang@…" starts at z
    if (start == m.start || text[m.start - 1] == '.') return std::nullopt;
    if (pattern != kPlain) return Span{start, m.end};
    m.start = start;
    if (placeholder_address(text, m) || git_remote(text, m)) return std::nullopt;
    // The local part must not end with '.', nor the domain have an empty label.
    const std::string_view a = text.substr(m.start, m.end - m.start);
    const size_t at = a.find('@');
    if (at == 0 || a[at - 1] == '.' || a.find("..") != std::string_view::npos) return std::nullopt;
    const std::string_view domain = a.substr(at + 1);
    if (domain.find(".-") != std::string_view::npos || domain.find("-.") != std::string_view::npos ||
        domain.front() == '-')
      return std::nullopt;
    // name@2x.png, name@3x: a resolution, not a domain.
    if (domain.size() >= 2 && is_digit(domain[0]) && domain[1] == 'x' && (domain.size() == 2 || domain[2] == '.'))
      return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_email() { return std::make_unique<Email>(); }

}  // namespace nc::check
