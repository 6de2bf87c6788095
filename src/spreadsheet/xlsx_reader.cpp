#include "spreadsheet/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <functional>
#include <new>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/utf8.h"
#include "domain/log_text.h"
#include "ooxml/package.h"
#include "ooxml/xml.h"

namespace nc::spreadsheet {
namespace {

using ooxml::attr;
using ooxml::child;
using ooxml::local_name;

constexpr int kMaxSheetRows = 1'048'576;  // what Excel itself allows
constexpr int kMaxSheetColumns = 16'384;  // A..XFD
// Sheet XML parsed per slice: about this many bytes of rows at a time.
constexpr std::size_t kSliceBytes = 1u << 20;
// A row's markup besides its cells' values: styled empty cells up to XFD.
constexpr std::size_t kMaxRowExtraBytes = 1u << 20;
// A worksheet's or shared-string part's markup outside its rows or strings
// (columns, views, merged ranges: 16 MiB holds 500,000 merges).
constexpr std::size_t kMaxOutsideBytes = 16u << 20;
// Cells that merged ranges may fill, all ranges together.
constexpr std::size_t kMaxMergeFills = 20'000'000;
// pugixml: cell values as the element's own value (no text nodes), less memory.
constexpr unsigned kParse = pugi::parse_default | pugi::parse_embed_pcdata;

struct Failure {
  int line = 0;
  std::string message;
};

// ---- cell text ------------------------------------------------------------

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// ECMA-376 ST_Xstring: "_x000D_" stands for U+000D, "_x005F_" for "_".
std::string decode_xstring(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      char32_t c = 0;
      bool ok = true;
      for (std::size_t k = 2; k < 6; ++k) {
        const int h = hex_value(s[i + k]);
        if (h < 0) ok = false;
        c = c * 16 + static_cast<char32_t>(h < 0 ? 0 : h);
      }
      if (ok && !(c >= 0xD800 && c <= 0xDFFF)) {
        utf8::append(out, c);
        i += 7;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

// A shared or inline string (<si>, <is>): its runs in order, phonetic guides
// (<rPh>) left out.
std::string rich_text(const pugi::xml_node& si) {
  std::string out;
  ooxml::walk(
      si,
      [&](const pugi::xml_node& n) {
        if (n.type() == pugi::node_element && local_name(n) == "t") out += n.text().get();
        return local_name(n) != "rPh";
      },
      [](const pugi::xml_node&) {});
  return decode_xstring(out);
}

std::size_t significant_digits(std::string_view v) {
  std::size_t n = 0;
  bool leading = true;
  for (char c : v) {
    if (c == 'e' || c == 'E') break;
    if (c < '0' || c > '9') continue;
    if (c == '0' && leading) continue;
    leading = false;
    ++n;
  }
  return n;
}

// A number as a General cell shows it: at most 15 significant digits.
std::string general_number(std::string_view v) {
  if (significant_digits(v) <= 15 && v.find_first_of("eE") == std::string_view::npos) return std::string(v);
  double d = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(d)) return std::string(v);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15G", d);
  return buf;
}

std::optional<double> parse_number(std::string_view v) {
  double d = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(d)) return std::nullopt;
  return d;
}

// ---- cell references ------------------------------------------------------

// "B7" → column 1, row 7; false when malformed or outside the sheet.
bool parse_ref(std::string_view ref, int& col, int& row) {
  std::size_t i = 0;
  long c = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) c = c * 26 + (ref[i++] - 'A' + 1);
  if (i == 0 || c > kMaxSheetColumns) return false;
  long r = 0;
  const std::size_t digits = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits < 8) r = r * 10 + (ref[i++] - '0');
  if (i != ref.size() || i == digits || r < 1 || r > kMaxSheetRows) return false;
  col = static_cast<int>(c - 1);
  row = static_cast<int>(r);
  return true;
}

// Only the column of a cell reference ("B7" → 1); -1 when malformed.
int ref_column(std::string_view ref) {
  int col = 0, row = 0;
  return parse_ref(ref, col, row) ? col : -1;
}

int parse_int(std::string_view v, int fallback) {
  int out = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && end == v.data() + v.size() ? out : fallback;
}

// ---- slicing the sheet's XML at row ends -------------------------------------

// Finds markup in XML text without parsing it: enough to cut a worksheet into
// well-formed slices of whole rows, which pugixml then parses. '<' only ever
// starts markup in XML; comments, CDATA and processing instructions are
// skipped whole, and '>' inside quoted attribute values does not end a tag.
class TagScanner {
 public:
  struct Tag {
    std::size_t begin = 0, end = 0;  // [begin, end): "<...>"
    std::string_view local;          // name without prefix
    bool closing = false, empty = false;
  };

  explicit TagScanner(std::string_view text, std::size_t from = 0) : text_(text), pos_(from) {}

  // The next element tag; nothing at the end or on malformed markup.
  std::optional<Tag> next() {
    while (true) {
      const std::size_t lt = text_.find('<', pos_);
      if (lt == std::string_view::npos) return std::nullopt;
      const std::string_view rest = text_.substr(lt);
      if (skip(rest, "<!--", "-->", lt) || skip(rest, "<![CDATA[", "]]>", lt) || skip(rest, "<?", "?>", lt) ||
          skip(rest, "<!", ">", lt)) {
        if (pos_ == std::string_view::npos) return std::nullopt;
        continue;
      }
      Tag tag;
      tag.begin = lt;
      std::size_t i = lt + 1;
      if (i < text_.size() && text_[i] == '/') {
        tag.closing = true;
        ++i;
      }
      const std::size_t name_start = i;
      while (i < text_.size() && !is_space(text_[i]) && text_[i] != '>' && text_[i] != '/') ++i;
      std::string_view name = text_.substr(name_start, i - name_start);
      if (const auto colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
      tag.local = name;
      char quote = 0;
      for (; i < text_.size(); ++i) {
        const char c = text_[i];
        if (quote) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          break;
        }
      }
      if (i >= text_.size()) return std::nullopt;
      tag.empty = text_[i - 1] == '/';
      tag.end = i + 1;
      pos_ = tag.end;
      return tag;
    }
  }

  std::size_t position() const { return pos_; }

 private:
  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

  bool skip(std::string_view rest, std::string_view open, std::string_view close, std::size_t at) {
    if (rest.substr(0, open.size()) != open) return false;
    const std::size_t end = text_.find(close, at + open.size());
    pos_ = end == std::string_view::npos ? std::string_view::npos : end + close.size();
    return true;
  }

  std::string_view text_;
  std::size_t pos_;
};

// Reads a part's XML as it is inflated, a chunk at a time, and hands on the
// children of one container element (<sheetData>'s rows, <sst>'s strings)
// in slices of whole children, so memory follows the slice, not the part. A
// child, and a cell inside a row, is bounded *while* it is read: as soon as
// one has grown past its bound, reading stops there, before the rest of it is
// inflated (a 257 KB workbook can hold a 250 MiB cell). What lies outside the
// container is kept, bounded too, for the caller to parse afterwards.
class ElementStream {
 public:
  struct Bounds {
    std::size_t slice = kSliceBytes;  // hand on a slice once it is this long
    std::size_t element = 0;          // one child, markup included
    std::size_t inner = 0;            // one grandchild named `inner` (0: none)
    std::size_t outside = 0;          // all that is outside the container
  };
  // The slice of whole children, and the bytes read so far.
  using OnSlice = std::function<Status(std::string_view slice, std::size_t done)>;
  // Over a bound: the child's markup read so far (for its row number), and
  // that of the grandchild (empty when the child itself is too long).
  using OnTooLong = std::function<Status(std::string_view element, std::string_view inner)>;

  ElementStream(std::string_view container, std::string_view inner, Bounds bounds, OnSlice on_slice, OnTooLong too_long)
      : container_(container),
        inner_(inner),
        bounds_(bounds),
        on_slice_(std::move(on_slice)),
        too_long_(std::move(too_long)) {}

  Status feed(std::string_view chunk) {
    done_ += chunk.size();
    buf_.append(chunk);
    NC_OOXML_TRY(scan());
    return check_bounds();
  }

  // After the last chunk: the container must have been closed.
  Status finish() {
    if (state_ != State::kTail) return malformed();
    outside_.append(buf_);
    buf_.clear();
    if (outside_.size() > bounds_.outside) return outside_too_long();
    return Status::Ok();
  }

  // The part without the container: what it held besides its children.
  const std::string& outside() const { return outside_; }
  bool seen_container() const { return state_ != State::kHead; }
  std::size_t done() const { return done_; }

 private:
  enum class State { kHead, kInside, kTail };

  static Status malformed() {
    return ooxml::corrupt_error("工作表内容已损坏（XML 结构不完整）", "the worksheet's XML is not well-formed");
  }
  static Status outside_too_long() {
    return ooxml::limit_error("工作表中行以外的内容过多", "too much content outside the rows of the worksheet");
  }

  Status scan() {
    while (true) {
      const std::size_t lt = buf_.find('<', pos_);
      if (lt == std::string::npos) {
        pos_ = buf_.size();  // text, never part of a tag
        return Status::Ok();
      }
      TagScanner scanner(buf_, lt);
      const std::optional<TagScanner::Tag> tag = scanner.next();
      if (!tag) {
        pos_ = lt;  // a tag (or comment) not complete yet: wait for more
        return Status::Ok();
      }
      pos_ = tag->end;
      NC_OOXML_TRY(take(*tag));
    }
  }

  Status take(const TagScanner::Tag& tag) {
    switch (state_) {
      case State::kHead:
        if (!tag.closing && tag.local == container_) {
          outside_.append(buf_, 0, tag.begin);
          if (tag.empty) {
            state_ = State::kTail;
            compact(tag.end);
            return Status::Ok();
          }
          state_ = State::kInside;
          compact(tag.end);
        }
        return Status::Ok();
      case State::kTail:
        return Status::Ok();
      case State::kInside:
        break;
    }
    if (depth_ == 0) {
      if (tag.closing) {
        if (tag.local != container_) return malformed();
        if (tag.begin > 0) NC_OOXML_TRY(on_slice_(std::string_view(buf_).substr(0, tag.begin), done_));
        state_ = State::kTail;
        compact(tag.end);
        return Status::Ok();
      }
      if (tag.empty) return slice_if_long(tag.end);
      element_at_ = tag.begin;
      depth_ = 1;
      return Status::Ok();
    }
    if (tag.closing) {
      if (depth_ == 2 && inner_at_ != npos) inner_at_ = npos;
      if (--depth_ == 0) {
        element_at_ = npos;
        return slice_if_long(tag.end);
      }
      return Status::Ok();
    }
    if (tag.empty) return Status::Ok();
    if (depth_ == 1 && !inner_.empty() && tag.local == inner_) inner_at_ = tag.begin;
    ++depth_;
    return Status::Ok();
  }

  Status slice_if_long(std::size_t end) {
    if (end < bounds_.slice) return Status::Ok();
    NC_OOXML_TRY(on_slice_(std::string_view(buf_).substr(0, end), done_));
    compact(end);
    return Status::Ok();
  }

  // Drops what was handed on (or kept) before `end`.
  void compact(std::size_t end) {
    buf_.erase(0, end);
    pos_ -= std::min(pos_, end);
    if (element_at_ != npos) element_at_ -= end;
    if (inner_at_ != npos) inner_at_ -= end;
  }

  Status check_bounds() {
    const std::string_view b(buf_);
    if (state_ == State::kHead || state_ == State::kTail) {
      if (outside_.size() + buf_.size() > bounds_.outside) return outside_too_long();
      return Status::Ok();
    }
    if (inner_at_ != npos && b.size() - inner_at_ > bounds_.inner)
      return too_long_(b.substr(element_at_), b.substr(inner_at_, std::min<std::size_t>(256, b.size() - inner_at_)));
    if (element_at_ != npos && b.size() - element_at_ > bounds_.element)
      return too_long_(b.substr(element_at_, std::min<std::size_t>(256, b.size() - element_at_)), {});
    // Between children: whatever is not a child (text, comments) is bounded too.
    if (element_at_ == npos && b.size() > bounds_.slice + bounds_.element)
      return too_long_(std::string_view(), std::string_view());
    return Status::Ok();
  }

  static constexpr std::size_t npos = std::string::npos;
  std::string_view container_, inner_;
  Bounds bounds_;
  OnSlice on_slice_;
  OnTooLong too_long_;
  State state_ = State::kHead;
  std::string buf_;        // from the start of the slice being gathered
  std::size_t pos_ = 0;    // where scanning resumes in buf_
  std::size_t depth_ = 0;  // inside the container: 1 in a child, 2 in a grandchild, …
  std::size_t element_at_ = npos, inner_at_ = npos;
  std::string outside_;
  std::size_t done_ = 0;
};

// The value of attribute `name` in a start tag's text ("<row r=\"7\" …");
// empty when absent.
std::string_view tag_attr(std::string_view tag, std::string_view name) {
  const std::size_t end = std::min(tag.find('>'), tag.size());
  tag = tag.substr(0, end);
  for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
    if (at == 0 || (tag[at - 1] != ' ' && tag[at - 1] != '\t' && tag[at - 1] != '\n' && tag[at - 1] != '\r')) continue;
    std::size_t i = at + name.size();
    if (i >= tag.size() || tag[i] != '=' || i + 1 >= tag.size()) continue;
    const char quote = tag[i + 1];
    if (quote != '"' && quote != '\'') continue;
    const std::size_t close = tag.find(quote, i + 2);
    if (close == std::string_view::npos) return {};
    return tag.substr(i + 2, close - i - 2);
  }
  return {};
}

// The most markup a cell's value within `max_field_bytes` can need: escapes
// (&#x10FFFF; for 4 bytes, _x005F_ for 1) make text up to 7 times longer, and
// a cell has its tags and attributes besides. A cell longer than this is
// refused while it is read, before the rest of it is inflated.
std::size_t max_cell_markup(std::size_t max_field_bytes) { return 8 * max_field_bytes + 1024; }

// ---- the workbook's parts ---------------------------------------------------

struct Workbook {
  bool date1904 = false;
  std::vector<std::string> strings;
  std::vector<bool> date_style;  // per cellXfs index
  std::string sheet_part;
  std::string sheet_name;
  std::size_t sheets = 0;
};

// Shared strings as they are inflated, a slice of <si> at a time; a string
// longer than a cell may be is refused while it is read.
Status read_shared_strings(ooxml::ZipArchive& zip, const std::string& part, const XlsxOptions& options,
                           const ooxml::Budget& budget, Workbook& wb) {
  ElementStream::Bounds bounds;
  bounds.element = max_cell_markup(options.table.max_field_bytes);
  bounds.outside = kMaxOutsideBytes;
  ElementStream stream(
      "sst", "", bounds,
      [&](std::string_view slice, std::size_t) {
        NC_OOXML_TRY(budget.check_time());
        std::string wrapped = "<d>";
        wrapped.append(slice);
        wrapped += "</d>";
        pugi::xml_document doc;
        NC_OOXML_TRY(ooxml::parse_xml(wrapped, doc, budget, kParse));
        for (const pugi::xml_node& si : doc.document_element().children())
          if (si.type() == pugi::node_element && local_name(si) == "si") wb.strings.push_back(rich_text(si));
        return Status::Ok();
      },
      [&](std::string_view, std::string_view) {
        return Status::Error(Code::kXlsxError, "共享字符串中有内容超过上限 " +
                                               std::to_string(options.table.max_field_bytes) + " 字节的单元格");
      });
  Status s = zip.read_stream(part, [&stream](std::string_view chunk) { return stream.feed(chunk); });
  if (s.code() == Code::kNotFound) return Status::Ok();
  NC_OOXML_TRY(s);
  if (Status f = stream.finish(); !f.ok()) {
    return f.code() == Code::kCorruptInput ? ooxml::corrupt_error("共享字符串已损坏（XML 结构不完整）",
                                                              "the shared strings' XML is not well-formed")
                                       : f;
  }
  return Status::Ok();
}

Status read_styles(ooxml::Package& pkg, const std::string& part, Workbook& wb) {
  pugi::xml_document doc;
  if (Status s = pkg.load(part, doc, kParse); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
  const pugi::xml_node root = doc.document_element();
  std::unordered_map<int, std::string> codes;
  for (const pugi::xml_node& f : child(root, "numFmts").children())
    if (local_name(f) == "numFmt") codes[parse_int(attr(f, "numFmtId"), -1)] = std::string(attr(f, "formatCode"));
  for (const pugi::xml_node& xf : child(root, "cellXfs").children()) {
    if (local_name(xf) != "xf") continue;
    const int id = parse_int(attr(xf, "numFmtId"), 0);
    const auto code = codes.find(id);
    wb.date_style.push_back(is_date_format(code == codes.end() ? id : -1, code == codes.end() ? "" : code->second));
  }
  return Status::Ok();
}

Status read_workbook(ooxml::Package& pkg, ooxml::ZipArchive& zip, const XlsxOptions& options,
                     const ooxml::Budget& budget, Workbook& wb) {
  Result<std::string> main = pkg.main_part();
  if (!main.ok()) {
    if (main.status().code() == Code::kUnsupportedFormat)
      return ooxml::unsupported_error("这个压缩文件不是 Excel 工作簿（.xlsx）", "not an Excel workbook");
    return main.status();
  }
  Result<std::string> type = pkg.content_type(*main);
  if (!type.ok()) return type.status();
  const bool spreadsheet = type->find("spreadsheetml") != std::string::npos ||
                           type->find("ms-excel") != std::string::npos ||
                           (type->empty() && main->rfind("xl/", 0) == 0);
  if (!spreadsheet) return ooxml::unsupported_error("这个文件不是 Excel 工作簿（.xlsx）", "not an Excel workbook");
  pugi::xml_document doc;
  NC_OOXML_TRY(pkg.load(*main, doc));
  const pugi::xml_node root = doc.document_element();
  const std::string_view d1904 = attr(child(root, "workbookPr"), "date1904");
  wb.date1904 = d1904 == "1" || d1904 == "true";
  Result<std::vector<ooxml::Relationship>> rels = pkg.relationships(*main);
  if (!rels.ok()) return rels.status();
  for (const ooxml::Relationship& r : *rels) {
    if (r.target.empty()) continue;
    if (ooxml::type_is(r, "sharedStrings")) NC_OOXML_TRY(read_shared_strings(zip, r.target, options, budget, wb));
    if (ooxml::type_is(r, "styles")) NC_OOXML_TRY(read_styles(pkg, r.target, wb));
  }
  for (const pugi::xml_node& s : child(root, "sheets").children()) {
    if (local_name(s) != "sheet") continue;
    ++wb.sheets;
    const ooxml::Relationship* rel = ooxml::find_rel(*rels, ooxml::rel_id(s));
    if (!wb.sheet_part.empty() || !rel || rel->target.empty() || !ooxml::type_is(*rel, "worksheet")) continue;
    wb.sheet_part = rel->target;
    wb.sheet_name = attr(s, "name");
    if (wb.sheet_name.size() > 128 || !utf8::valid(wb.sheet_name)) wb.sheet_name.clear();
  }
  if (wb.sheet_part.empty()) return ooxml::corrupt_error("工作簿中没有工作表", "the workbook has no worksheet");
  return Status::Ok();
}

struct Merge {
  int r1, c1, r2, c2;
};

class SheetReader {
 public:
  SheetReader(const Workbook& wb, const XlsxOptions& options, const ooxml::Budget& budget, domain::CsvTable& table)
      : wb_(wb), options_(options), budget_(budget), table_(table) {}

  // Fills the table from the sheet's XML as it is inflated; on failure sets
  // failure_. not_found when the part is missing.
  Status run(ooxml::ZipArchive& zip, const std::string& part) {
    const std::size_t cell = max_cell_markup(options_.table.max_field_bytes);
    ElementStream::Bounds bounds;
    bounds.element = options_.table.max_fields * cell + kMaxRowExtraBytes;
    bounds.inner = cell;
    bounds.outside = kMaxOutsideBytes;
    std::size_t declared = 0;
    ElementStream stream(
        "sheetData", "c", bounds,
        [this, &declared](std::string_view slice, std::size_t done) {
          NC_OOXML_TRY(read_rows(slice));
          if (options_.progress) options_.progress(done, std::max(done, declared));
          return Status::Ok();
        },
        [this](std::string_view row, std::string_view cell_markup) { return too_long(row, cell_markup); });
    NC_OOXML_TRY(zip.read_stream(
        part, [&stream](std::string_view chunk) { return stream.feed(chunk); }, &declared));
    NC_OOXML_TRY(stream.finish());
    // The worksheet without its rows: merged ranges come after sheetData.
    pugi::xml_document doc;
    NC_OOXML_TRY(ooxml::parse_xml(stream.outside(), doc, budget_, kParse));
    NC_OOXML_TRY(fill_merges(doc.document_element()));
    if (options_.progress) options_.progress(stream.done(), stream.done());
    return Status::Ok();
  }

  const Failure& failure() const { return failure_; }

 private:
  Status fail(int line, std::string message) {
    failure_ = {line, message};
    if (line > 0) message = "第 " + std::to_string(line) + " 行：" + message;
    return Status::Error(Code::kXlsxError, std::move(message));
  }

  // A row, or a cell in it, longer than any within the limits could be.
  Status too_long(std::string_view row, std::string_view cell) {
    const int line = row.empty() ? last_row_ + 1 : parse_int(tag_attr(row, "r"), last_row_ + 1);
    if (row.empty() || cell.empty()) return fail(line, "这一行的内容过长，文件可能已损坏");
    const int col = ref_column(tag_attr(cell, "r"));
    return fail(line, (col >= 0 ? "第 " + std::to_string(col + 1) + " 列的内容" : std::string("单元格的内容")) +
                          "超过上限 " + std::to_string(options_.table.max_field_bytes) + " 字节");
  }

  Status read_rows(std::string_view slice) {
    NC_OOXML_TRY(budget_.check_time());
    std::string wrapped = "<d>";
    wrapped.append(slice);
    wrapped += "</d>";
    pugi::xml_document doc;
    NC_OOXML_TRY(ooxml::parse_xml(wrapped, doc, budget_, kParse));
    for (const pugi::xml_node& row : doc.document_element().children()) {
      if (row.type() != pugi::node_element || local_name(row) != "row") continue;
      NC_OOXML_TRY(read_row(row));
    }
    return Status::Ok();
  }

  Status read_row(const pugi::xml_node& row) {
    const std::string_view r = attr(row, "r");
    const int number = r.empty() ? last_row_ + 1 : parse_int(r, -1);
    if (number < 1 || number > kMaxSheetRows) return fail(last_row_ + 1, "行号无效，文件可能已损坏");
    if (number <= last_row_) return fail(number, "行的顺序有误（行号未按升序排列），文件可能已损坏");
    last_row_ = number;
    domain::CsvRow out;
    out.line = number;
    int col = -1;
    bool any = false;
    for (const pugi::xml_node& c : row.children()) {
      if (c.type() != pugi::node_element || local_name(c) != "c") continue;
      const std::string_view ref = attr(c, "r");
      const int at = ref.empty() ? col + 1 : ref_column(ref);
      if (at < 0 || at <= col) return fail(number, "单元格位置无效（" + std::string(ref.substr(0, 16)) + "），文件可能已损坏");
      col = at;
      std::string value = cell_value(c);
      if (value.empty()) continue;
      if (value.size() > options_.table.max_field_bytes) {
        return fail(number, "第 " + std::to_string(col + 1) + " 列的内容超过上限 " +
                                std::to_string(options_.table.max_field_bytes) + " 字节");
      }
      if (static_cast<std::size_t>(col) >= options_.table.max_fields) {
        return fail(number, "列数超过上限 " + std::to_string(options_.table.max_fields) + " 列");
      }
      if (!utf8::valid(value)) return fail(number, "单元格中有无效的字符");
      if (out.fields.size() <= static_cast<std::size_t>(col)) out.fields.resize(static_cast<std::size_t>(col) + 1);
      if (value.find_first_not_of(" \t\r\n") != std::string::npos) any = true;
      out.fields[static_cast<std::size_t>(col)] = std::move(value);
    }
    if (!any) return Status::Ok();  // a blank row, as a blank line in a CSV file
    if (table_.rows.size() >= options_.table.max_rows) {
      return fail(number, "文件行数超过上限 " + std::to_string(options_.table.max_rows) + " 行");
    }
    table_.rows.push_back(std::move(out));
    return Status::Ok();
  }

  std::string cell_value(const pugi::xml_node& c) const {
    const std::string_view type = attr(c, "t");
    if (type == "inlineStr") return rich_text(child(c, "is"));
    const std::string_view v = child(c, "v").text().get();
    if (type == "s") {
      const int idx = parse_int(v, -1);
      return idx >= 0 && static_cast<std::size_t>(idx) < wb_.strings.size() ? wb_.strings[static_cast<std::size_t>(idx)]
                                                                             : std::string();
    }
    if (type == "str") return decode_xstring(v);
    if (type == "e") return std::string(v);
    if (type == "b") return v == "1" || v == "true" ? "TRUE" : v.empty() ? "" : "FALSE";
    if (type == "d") {
      // ISO 8601 date cells (strict OOXML): the date part.
      if (v.size() >= 10 && v[4] == '-' && v[7] == '-') return std::string(v.substr(0, 10));
      return std::string(v);
    }
    if (v.empty()) return {};
    const int style = parse_int(attr(c, "s"), 0);
    if (style >= 0 && static_cast<std::size_t>(style) < wb_.date_style.size() &&
        wb_.date_style[static_cast<std::size_t>(style)]) {
      if (auto serial = parse_number(v)) {
        std::string date = excel_serial_date(*serial, wb_.date1904);
        if (!date.empty()) return date;
      }
    }
    return general_number(v);
  }

  Status fill_merges(const pugi::xml_node& worksheet) {
    std::vector<Merge> merges;
    for (const pugi::xml_node& m : child(worksheet, "mergeCells").children()) {
      if (local_name(m) != "mergeCell") continue;
      const std::string_view ref = attr(m, "ref");
      const auto colon = ref.find(':');
      if (colon == std::string_view::npos) continue;
      Merge g{};
      if (!parse_ref(ref.substr(0, colon), g.c1, g.r1) || !parse_ref(ref.substr(colon + 1), g.c2, g.r2)) continue;
      if (g.r2 > g.r1 && g.c2 >= g.c1) merges.push_back(g);
    }
    std::size_t fills = 0;
    auto row_at = [this](int line) {
      return std::lower_bound(table_.rows.begin(), table_.rows.end(), line,
                              [](const domain::CsvRow& r, int l) { return r.line < l; });
    };
    const auto col_of = [](const Merge& g) { return static_cast<std::size_t>(g.c1); };
    for (const Merge& g : merges) {
      auto top = row_at(g.r1);
      if (top == table_.rows.end() || top->line != g.r1 || top->fields.size() <= col_of(g)) continue;
      const std::string value = top->fields[col_of(g)];
      if (value.empty()) continue;
      for (auto it = std::next(top); it != table_.rows.end() && it->line <= g.r2; ++it) {
        if (++fills > kMaxMergeFills)
          return ooxml::limit_error("合并单元格过多", "too many merged cells in the worksheet");
        if (it->fields.size() <= col_of(g)) it->fields.resize(col_of(g) + 1);
        if (it->fields[col_of(g)].empty()) it->fields[col_of(g)] = value;
      }
    }
    return Status::Ok();
  }

  const Workbook& wb_;
  const XlsxOptions& options_;
  const ooxml::Budget& budget_;
  domain::CsvTable& table_;
  int last_row_ = 0;
  Failure failure_;
};

// Days since 1970-01-01 → civil date (proleptic Gregorian).
void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

}  // namespace

ooxml::Limits import_package_limits() {
  ooxml::Limits l;
  l.max_entry_bytes = 256 * ooxml::kMiB;
  l.max_total_inflated_bytes = 512 * ooxml::kMiB;
  l.max_zip_entries = 10'000;
  l.max_xml_depth = 64;
  l.max_xml_nodes = 8'000'000;  // per part, and per slice of a sheet
  l.time_budget = std::chrono::milliseconds(120'000);
  return l;
}

std::string excel_serial_date(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466) return {};
  const long s = static_cast<long>(std::floor(serial));
  if (!date1904 && s == 60) return "1900-02-29";  // Excel's (Lotus's) day that never was
  // Days from 1970-01-01: 1900-01-01 is -25567, 1904-01-01 is -24107.
  const long days = date1904 ? -24107 + s : -25567 + (s < 60 ? s - 1 : s - 2);
  int y = 0, m = 0, d = 0;
  civil_from_days(days, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool is_date_format(int builtin_id, std::string_view code) {
  if (builtin_id >= 0) {
    // Built-in formats that show a date (ECMA-376 18.8.30, with the zh-CN
    // ids 27-31, 36, 50-54, 57, 58); times alone are not dates.
    static constexpr int kDates[] = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58};
    return std::find(std::begin(kDates), std::end(kDates), builtin_id) != std::end(kDates);
  }
  // A format code: the first section, without quoted text, escapes and
  // [brackets] (colours, locales); a date when it has y or d, or m without
  // h or s (then m is a month, not minutes).
  std::string bare;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const auto end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const auto end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else {
      bare += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (bare == "general") return false;
  const bool y = bare.find('y') != std::string::npos, d = bare.find('d') != std::string::npos;
  const bool m = bare.find('m') != std::string::npos;
  const bool time = bare.find('h') != std::string::npos || bare.find('s') != std::string::npos;
  return y || d || (m && !time);
}

Result<domain::CsvTable> read_xlsx(std::string_view bytes, const XlsxOptions& options, domain::CsvError* error) {
  auto failed = [&](Failure f) -> Result<domain::CsvTable> {
    if (error) *error = {f.line, f.message};
    std::string message = f.line > 0 ? "第 " + std::to_string(f.line) + " 行：" + f.message : f.message;
    return Status::Error(Code::kXlsxError, std::move(message));
  };
  auto from_status = [&](const Status& s) { return failed({0, std::string(ooxml::chinese_part(s.message()))}); };
  if (bytes.size() > options.table.max_bytes) {
    return failed({0, "文件大小超过上限 " + std::to_string(options.table.max_bytes >> 20) + " MB"});
  }
  domain::CsvTable table;
  table.format = domain::TableFormat::kXlsx;
  try {
    ooxml::Budget budget(options.package);
    Result<ooxml::ZipArchive> zip = ooxml::ZipArchive::open(bytes, budget);
    if (!zip.ok()) return from_status(zip.status());
    ooxml::Package pkg(*zip, budget);
    Workbook wb;
    if (Status s = read_workbook(pkg, *zip, options, budget, wb); !s.ok()) {
      if (s.code() == Code::kXlsxError) return failed({0, s.message()});
      return from_status(s);
    }
    SheetReader reader(wb, options, budget, table);
    if (Status s = reader.run(*zip, wb.sheet_part); !s.ok()) {
      if (s.code() == Code::kNotFound) return failed({0, "工作簿不完整：缺少第一个工作表"});
      if (s.code() == Code::kXlsxError) return failed(reader.failure());
      return from_status(s);
    }
    if (wb.sheets > 1) {
      table.warnings.push_back("工作簿有 " + std::to_string(wb.sheets) + " 个工作表，只读取了第一个工作表" +
                               (wb.sheet_name.empty() ? "" : "“" + wb.sheet_name + "”"));
    }
  } catch (const std::bad_alloc&) {
    return failed({0, "处理此文件所需内存过多"});
  } catch (const std::exception&) {
    return failed({0, "文件已损坏，无法读取"});
  }
  return table;
}

}  // namespace nc::spreadsheet
