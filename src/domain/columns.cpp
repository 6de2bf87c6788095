#include "domain/columns.h"

#include <algorithm>

#include "common/utf8.h"
#include "domain/import_report.h"

namespace nc::domain {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

constexpr std::string_view kSpaces[] = {" ", "\t", "\r", "\n", "\xE3\x80\x80" /* U+3000 */, "\xC2\xA0" /* U+00A0 */};

}  // namespace

std::string trim_field(std::string_view s) {
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (std::string_view sp : kSpaces) {
      if (starts_with(s, sp)) {
        s.remove_prefix(sp.size());
        changed = true;
      }
      if (ends_with(s, sp)) {
        s.remove_suffix(sp.size());
        changed = true;
      }
    }
  }
  return std::string(s);
}

std::string normalise_header(std::string_view header) {
  std::string out;
  for (std::size_t i = 0; i < header.size();) {
    bool space = false;
    for (std::string_view sp : kSpaces) {
      if (header.substr(i, sp.size()) == sp) {
        i += sp.size();
        space = true;
        break;
      }
    }
    if (!space) out += header[i++];
  }
  // A trailing note in brackets, then required marks.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (ends_with(out, close)) {
      auto at = out.rfind(open);
      if (at != std::string::npos && at > 0) out.erase(at);
    }
  }
  while (starts_with(out, "*") || starts_with(out, "＊")) out.erase(0, out[0] == '*' ? 1 : 3);
  while (ends_with(out, "*")) out.pop_back();
  while (ends_with(out, "＊")) out.erase(out.size() - 3);
  return out;
}

Result<HeaderMapping> map_header(const CsvRow& header, std::span<const ColumnSpec> specs) {
  HeaderMapping mapping;
  mapping.column.assign(specs.size(), -1);
  for (std::size_t col = 0; col < header.fields.size(); ++col) {
    std::string name = normalise_header(header.fields[col]);
    if (name.empty()) continue;
    bool matched = false;
    for (std::size_t s = 0; s < specs.size() && !matched; ++s) {
      for (std::string_view alias : specs[s].aliases) {
        if (name != alias) continue;
        if (mapping.column[s] >= 0) {
          return Status::Invalid("表头中有两列都表示“" + std::string(specs[s].label) + "”：第 " +
                                 std::to_string(mapping.column[s] + 1) + " 列和第 " + std::to_string(col + 1) + " 列");
        }
        mapping.column[s] = static_cast<int>(col);
        matched = true;
        break;
      }
    }
    if (!matched) mapping.ignored.push_back(header.fields[col]);
  }
  std::string missing;
  for (std::size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].required && mapping.column[s] < 0) {
      if (!missing.empty()) missing += "、";
      missing += specs[s].label;
    }
  }
  if (!missing.empty()) return Status::Invalid("表头缺少必填列：" + missing);
  return mapping;
}

Result<FoundHeader> find_header(const CsvTable& table, std::span<const ColumnSpec> specs) {
  if (table.rows.empty()) return Status::Invalid("文件是空的：第一行应为表头");
  auto first = map_header(table.rows[0], specs);
  if (first) return FoundHeader{0, std::move(*first)};
  const std::size_t last = std::min(table.rows.size(), kMaxRowsBeforeHeader + 1);
  for (std::size_t i = 1; i < last; ++i) {
    if (auto m = map_header(table.rows[i], specs)) return FoundHeader{i, std::move(*m)};
  }
  return first.status();
}

std::string skipped_rows_warning(const CsvTable& table, std::size_t header_index) {
  const int first = table.rows.front().line;
  const int last = table.rows[header_index - 1].line;
  std::string where = first == last ? "第 " + std::to_string(first) + " 行"
                                    : "第 " + std::to_string(first) + "–" + std::to_string(last) + " 行";
  return "表头在第 " + std::to_string(table.rows[header_index].line) + " 行，跳过了它之前的" + where + "（标题或说明）";
}

bool blank_row(const CsvRow& row) {
  for (const auto& f : row.fields) {
    if (!trim_field(f).empty()) return false;
  }
  return true;
}

std::string cell(const CsvRow& row, const HeaderMapping& mapping, std::size_t spec) {
  int col = mapping.column[spec];
  if (col < 0 || static_cast<std::size_t>(col) >= row.fields.size()) return {};
  std::string text = trim_field(row.fields[static_cast<std::size_t>(col)]);
  if (text.size() >= 2 && text[0] == '\'' && std::string_view("=+-@").find(text[1]) != std::string_view::npos) {
    text.erase(0, 1);
  }
  return text;
}

bool has_control_char(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) return true;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      // U+2028/U+2029 separators; U+200E/U+200F marks and U+202A–U+202E
      // embeddings and overrides: a name could otherwise display reversed.
      const unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
      if (c2 == 0x8E || c2 == 0x8F || (c2 >= 0xA8 && c2 <= 0xAE)) return true;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81) {
      const unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
      if (c2 >= 0xA6 && c2 <= 0xA9) return true;  // U+2066–U+2069 isolates
    }
    if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C) return true;  // U+061C
  }
  return false;
}

bool is_code_text(std::string_view text, std::size_t max_length) {
  if (text.empty() || text.size() > max_length) return false;
  for (char c : text) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace nc::domain
