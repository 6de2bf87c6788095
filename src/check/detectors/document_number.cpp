// secret.document_number: 发文字号 of official documents (GB/T 9704):
// issuer abbreviation + 发/字/函/办/电/令 + year in brackets + number + 号,
// as in 国办发〔2024〕12号, 京政发[2023]5号, ××委办字（2022）第3号.
// A document number on a forwarded notice identifies an internal document.
#include <algorithm>
#include <array>

#include "check/marking.h"
#include "check/number_context.h"
#include "check/detectors/detectors.h"
#include "check/normaliser.h"

namespace nc::check {
namespace {

// Words that precede a document number in a sentence and are not part of the
// issuer's abbreviation: 根据国办发〔2024〕12号 → 国办发〔2024〕12号.
constexpr auto kLeadWords = std::to_array<std::string_view>({
    "根据", "依据", "按照", "依照", "参照", "关于", "对于", "执行", "落实", "贯彻", "转发",
    "印发", "见", "按", "依", "据", "的", "和", "及", "与", "经", "即",
    // Verbs and places of a chat message: 群里看到财预〔2018〕119号.
    "看到", "看见", "收到", "接到", "看了", "读了", "学习", "传达", "下发", "发来", "转来", "传来", "群里", "网上",
    "这个", "那个", "一份", "这份", "那份", "刚", "有", "把", "给", "在", "说", "叫", "看", "发了", "附件", "截图",
    "最新", "新的"});

// Characters of the sentence around a document number that no issuer's
// abbreviation uses: pronouns and particles (他们收到了京政发…). Not 要 or
// 都: 会议纪要〔2024〕3号, 成都….
bool sentence_char(char32_t c) {
  switch (c) {
    case U'了': case U'的': case U'在': case U'是': case U'将': case U'把': case U'被': case U'从':
    case U'我': case U'们': case U'你': case U'他': case U'她': case U'它': case U'这': case U'那':
    case U'该': case U'此': case U'个': case U'份': case U'次': case U'请': case U'已': case U'过':
    case U'着': case U'或':
      return true;
    default:
      return false;
  }
}

bool issuer_char(char32_t c) { return is_han(c) || c == U'×' || c == U'x' || c == U'X' || c == U'*'; }

bool kind_char(char32_t c) {
  return c == U'发' || c == U'字' || c == U'函' || c == U'令' || c == U'电' || c == U'办' || c == U'复' || c == U'规';
}

// The start of a pinyin syllable of an issuer's code ending at pos, right
// after a Han character (粤fu, 豫zheng, 国ban); pos when there is none.
size_t pinyin_code(std::string_view text, size_t pos) {
  static constexpr std::string_view kSyllables[] = {"fa", "zi", "han", "ban", "dian", "ling", "fu", "zheng", "wei",
                                                    "jiao", "cai", "ren", "she", "gong", "shang", "zu", "xuan", "ji"};
  for (std::string_view s : kSyllables) {
    if (pos < s.size() || text.substr(pos - s.size(), s.size()) != s) continue;
    int len;
    if (is_han(cp_before(text, pos - s.size(), &len))) return pos - s.size();
  }
  return pos;
}

// The brackets dropped and spaces for them (根据鄂公治 2024 44号要求): a
// code of two to five Han characters set off by a space before the year,
// right after a word that cites a document (根据, 按照 …), as a date
// (周五 2024 12号) is not.
bool spaced_code_after_lead(std::string_view text, size_t year) {
  if (year == 0 || year + 4 >= text.size() || text[year - 1] != ' ' || text[year + 4] != ' ') return false;
  size_t p = year - 1;
  int chars = 0;
  int len;
  for (char32_t c = cp_before(text, p, &len); len > 0 && is_han(c) && chars <= 5; c = cp_before(text, p, &len)) {
    for (std::string_view w : {"根据", "依据", "按照", "依照", "参照", "贯彻", "落实", "执行", "转发", "印发"})
      if (chars >= 2 && ends_with_at(text, p, w)) return true;
    if (sentence_char(c)) return false;
    p -= static_cast<size_t>(len);
    ++chars;
  }
  return false;
}

class DocumentNumber final : public Detector {
 public:
  std::string_view id() const override { return "secret.document_number"; }
  Severity severity() const override { return Severity::Medium; }
  std::string_view topic() const override { return "secrets"; }
  std::string_view title() const override { return "发文字号"; }
  std::string_view suggestion() const override {
    return "文中有公文的发文字号，说明内容可能来自内部公文。未公开发布的公文不得转发到网上；请确认该文件已公开，或删除文号及相关内容。";
  }
  // The content a marking marks must not be published; masking the marking
  // would only hide the warning.
  std::optional<std::string> mask(std::string_view) const override { return std::nullopt; }
  enum : size_t { kBracketed, kYear, kOcr = kYear + 4, kNoNumberSign, kYearOrdinal, kHanYear };
  std::vector<Pattern> patterns() const override {
    // From the bracketed year: 发/办/电 … are among the commonest characters
    // of Chinese text and made this the costliest pattern to scan when it
    // started with them; validate() checks the character before the bracket.
    // The year and number may be in Chinese numerals (〔二〇二一〕四十三号),
    // the brackets odd ones (〖2019〗, {2012}), # for 号.
    // Also 「」 and <> as brackets, a dot before and after the number
    // (〕·33·号), and a line break after the bracket (〔2023〕\n12号).
    return {{"[〔\\[(（【〖{〘「『<《][ \\t]*(?:(?:19|20)[0-9]{2}|[一二][〇零九][〇零一二三四五六七八九]{2})[ \\t]*"
             "[〕\\])）】〗}〙」』>》](?:[ \\t.]|·|\\r?\\n)*第?[ \\t]*(?:[0-9]{1,5}|[〇零一二三四五六七八九十百]{1,7})"
             "(?:[ \\t.]|·)*(?:号|#|hao)"},
            // kYear…: no brackets, the year followed by 年 or a space
            // (沪委办发2020年116号, 沪府办发 2021 107号): only right after a
            // code's 发/字/函/… .
            // One fixed width per alternative, so that no start of match is
            // tracked (tracked, it cost a tenth of the main database's scan).
            {"(?:19|20)[0-9]{2}(?:年| |-)[0-9]号"},
            {"(?:19|20)[0-9]{2}(?:年| |-)[0-9]{2}号"},
            {"(?:19|20)[0-9]{2}(?:年| |-)[0-9]{3}号"},
            {"(?:19|20)[0-9]{2}(?:年| |-)[0-9]{4}号"},
            // kOcr: OCR of the digits and of 号 (〔2O2l〕10B弓, 〔2017〕l7号, Z for 2:
            // 〔2O25〕Z1号): at least one misread character.
            {"[〔\\[(（【〖{〘][ \\t]*[12lz][09o][0-9olisbz]{2}[ \\t]*[〕\\])）】〗}〙][ \\t]*第?[ \\t]*[0-9olisbz]{1,5}[ \\t]*[号弓]"},
            // kNoNumberSign: ordinary parentheses and no 号 (财办(2022)17),
            // only after a code's 发/字/函/…, the number ending the phrase.
            {"[(（](?:19|20)[0-9]{2}[)）][0-9]{1,4}"},
            // kYearOrdinal: 2024年第46号, after a code or 公告.
            {"(?:19|20)[0-9]{2}年第[0-9]{1,4}号"},
            // kHanYear: year and number in Chinese numerals, no brackets
            // (鲁政发二〇一九年三十二号), after a code's 发/字/函/… .
            {"[一二][〇零九][〇零一二三四五六七八九]{2}年第?[〇零一二三四五六七八九十百]{1,7}号"}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    const bool year_form = (pattern >= kYear && pattern < kOcr) || pattern == kNoNumberSign || pattern == kHanYear;
    // 号 in pinyin (〔2023〕56hao): not part of a longer word.
    if (pattern == kBracketed && ends_with_at(text, m.end, "hao") && m.end < text.size() && is_alnum(text[m.end]))
      return std::nullopt;
    if (pattern == kNoNumberSign) {
      // The number ends the phrase: not 财办(2022)17岁 nor a longer code.
      int len;
      const char32_t next = cp_at(text, m.end, &len);
      if (len > 0 && (is_han(next) || (next < 0x80 && (is_alnum(static_cast<char>(next)) || next == '.' || next == '-'))))
        return std::nullopt;
    }
    if (pattern == kYearOrdinal) {
      // 公告2024年第46号 (an announcement of a body) or a code's 发/字/函/….
      size_t p = m.start;
      int len;
      const char32_t c = cp_before(text, p, &len);
      if (ends_with_at(text, p, "公告") || ends_with_at(text, p, "通告")) {
        size_t start = p - std::string_view("公告").size();
        for (int chars = 0; chars < 10; ++chars) {
          const char32_t h = cp_before(text, start, &len);
          if (len == 0 || !is_han(h) || sentence_char(h)) break;
          start -= static_cast<size_t>(len);
        }
        return Span{start, m.end};
      }
      if (len == 0 || !kind_char(c)) return std::nullopt;
    }
    if (pattern == kOcr) {
      const std::string_view w = text.substr(m.start, m.end - m.start);
      if (w.find_first_of("olisbz") == std::string_view::npos && w.find("弓") == std::string_view::npos)
        return std::nullopt;  // pattern 0's
      if (m.end < text.size() && is_alnum(text[m.end])) return std::nullopt;
    }
    // The issuer's code ends right before the bracket. Most end in
    // 发/字/函/办/电/令/复 (国办发, 京政办字), but many do not (财预, 教基,
    // 鄂组通, 陕教): without such an ending the code needs two characters.
    bool kind = false;
    {
      const size_t year = m.start;
      size_t p = m.start;
      while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
      // The code on the line above (沪府发\n〔2024〕161号), as OCR and
      // wrapped headers put it: only after 发/字/函/… .
      if (!year_form && p > 0 && text[p - 1] == '\n') {
        size_t q = p - 1;
        if (q > 0 && text[q - 1] == '\r') --q;
        int l;
        if (kind_char(cp_before(text, q, &l))) p = q;
      }
      int len;
      char32_t c = cp_before(text, p, &len);
      // A dot after every character of the code (银.保.监.发.〔2025〕58号): the
      // normaliser drops those between two Han characters, not the last.
      if (len > 0 && (c == U'.' || c == U'·')) {
        int l2;
        if (kind_char(cp_before(text, p - static_cast<size_t>(len), &l2))) {
          p -= static_cast<size_t>(len);
          c = cp_before(text, p, &len);
        }
      }
      // A code's character in pinyin: 粤fu〔2024〕77号, 豫zheng〔2020〕98号.
      if (len > 0 && c < 0x80 && is_alnum(static_cast<char>(c))) {
        const size_t q = pinyin_code(text, p);
        if (q == p) return std::nullopt;
        m.start = q;
        kind = true;
      } else {
        if (len == 0 || !issuer_char(c)) return std::nullopt;
        kind = kind_char(c);
        m.start = p - len;
        if (!kind) m.start = p;  // the character is part of the issuer's code
      }
      if (year_form && !kind && !(pattern >= kYear && pattern < kOcr && spaced_code_after_lead(text, year)))
        return std::nullopt;  // 2024年3号: a date
    }
    // Walk back over the issuer's abbreviation (at most 10 characters).
    size_t start = m.start;
    int chars = 0;
    while (chars < 10) {
      int len;
      const char32_t c = cp_before(text, start, &len);
      if (len == 0 || !issuer_char(c)) break;
      start -= len;
      ++chars;
    }
    // Start after the last word of the surrounding sentence in that stretch
    // (all of it when no 发/字… ending marks the code: "根据（2024）3号"
    // names no issuer): 我们学习了国发〔2024〕1号 → 国发〔2024〕1号.
    for (size_t q = start; q < m.start;) {
      size_t cut = 0;
      for (std::string_view w : kLeadWords) {
        // One-character words (见, 按, 的 …) only where the stretch begins:
        // inside an issuer's code they may be part of it (京经信委).
        if (w.size() <= 3 && q != start) continue;
        if (text[q] == w[0] && q + w.size() <= m.start && text.substr(q, w.size()) == w) cut = std::max(cut, q + w.size());
      }
      int len;
      const char32_t c = cp_at(text, q, &len);
      if (len == 0) break;
      if (sentence_char(c)) cut = std::max(cut, q + len);
      if (cut != 0 && !(kind && cut == m.start)) start = cut;  // keep at least one issuer character
      q += len;
    }
    if (start == m.start) return std::nullopt;  // "发〔2024〕1号" alone names no issuer
    if (!kind) {
      int n = 0;
      for (size_t q = start; q < m.start && n < 2; ++n) {
        int len;
        cp_at(text, q, &len);
        q += len;
      }
      if (n < 2) return std::nullopt;  // "见（2024）3号" names no issuer
    }
    return Span{start, m.end};
  }
};

}  // namespace

std::unique_ptr<Detector> make_document_number() { return std::make_unique<DocumentNumber>(); }

}  // namespace nc::check
