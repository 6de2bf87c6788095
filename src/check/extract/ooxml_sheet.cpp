// Spreadsheets (.xlsx): every non-empty cell becomes a part located
// "<sheet name>!<cell>", in sheet and row order; cell comments become parts
// too. Hidden and very hidden sheets, hidden rows and columns and comments are
// reported as doc.hidden_content.
#include <vector>

#include "check/extract/ooxml_package.h"

namespace nc::check::extract {
namespace {

// The text of a shared string or inline string (<si>, <is>): runs in order,
// phonetic guides (<rPh>) left out.
std::string rich_text(const pugi::xml_node& si) {
  std::string out;
  walk(
      si,
      [&](const pugi::xml_node& n) {
        if (local_name(n) == "t") out += n.text().get();
        return local_name(n) != "rPh";
      },
      [](const pugi::xml_node&) {});
  return out;
}

Result<std::vector<std::string>> shared_strings(Package& pkg, const std::vector<Relationship>& rels) {
  std::vector<std::string> out;
  for (const Relationship& r : rels) {
    if (!type_is(r, "sharedStrings") || r.target.empty()) continue;
    pugi::xml_document doc;
    if (Status s = pkg.load(r.target, doc); !s.ok()) {
      if (s.code() == Code::kNotFound) continue;
      return s;
    }
    for (const pugi::xml_node& si : doc.document_element().children())
      if (local_name(si) == "si") out.push_back(rich_text(si));
  }
  return out;
}

// "3, 5, 7 …" — the first few numbers of a hidden range list.
std::string list_head(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < 10; ++i) {
    if (i) out += ", ";
    out += items[i];
  }
  if (items.size() > 10) out += " …";
  return out;
}

Status read_comments(Package& pkg, const std::string& part, const std::string& sheet) {
  pugi::xml_document doc;
  if (Status s = pkg.load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
  for (const pugi::xml_node& c : child(doc.document_element(), "commentList").children()) {
    if (local_name(c) != "comment") continue;
    std::string text = rich_text(child(c, "text"));
    std::string location = sheet + "!" + std::string(attr(c, "ref")) + " 批注";
    pkg.ex().add_meta(meta::kComment, location, "单元格批注", text);
    NC_EXTRACT_TRY(pkg.ex().add_part(std::move(location), std::move(text)));
  }
  return Status::Ok();
}

Status read_sheet(Package& pkg, const std::string& part, const std::string& sheet,
                  const std::vector<std::string>& strings) {
  pugi::xml_document doc;
  if (Status s = pkg.load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
  const pugi::xml_node ws = doc.document_element();
  std::vector<std::string> hidden_rows, hidden_cols;
  for (const pugi::xml_node& col : child(ws, "cols").children())
    if (local_name(col) == "col" && (attr(col, "hidden") == "1" || attr(col, "hidden") == "true"))
      hidden_cols.push_back(std::string(attr(col, "min")) + "-" + std::string(attr(col, "max")));
  for (const pugi::xml_node& row : child(ws, "sheetData").children()) {
    if (local_name(row) != "row") continue;
    if (attr(row, "hidden") == "1" || attr(row, "hidden") == "true") hidden_rows.emplace_back(attr(row, "r"));
    for (const pugi::xml_node& c : row.children()) {
      if (local_name(c) != "c") continue;
      const std::string_view type = attr(c, "t");
      std::string value;
      if (type == "inlineStr") {
        value = rich_text(child(c, "is"));
      } else if (type == "s") {
        const std::string_view v = child(c, "v").text().get();
        std::size_t idx = 0;
        bool ok = !v.empty() && v.size() <= 9;
        for (const char ch : v) {
          if (ch < '0' || ch > '9') ok = false;
          idx = idx * 10 + static_cast<std::size_t>(ch - '0');
        }
        if (ok && idx < strings.size()) value = strings[idx];
      } else {
        value = child(c, "v").text().get();
      }
      NC_EXTRACT_TRY(pkg.ex().add_part(sheet + "!" + std::string(attr(c, "r")), std::move(value)));
    }
  }
  if (!hidden_rows.empty()) pkg.ex().add_meta(meta::kHiddenRowsColumns, sheet, "隐藏的行", list_head(hidden_rows));
  if (!hidden_cols.empty()) pkg.ex().add_meta(meta::kHiddenRowsColumns, sheet, "隐藏的列（列号范围）", list_head(hidden_cols));
  Result<std::vector<Relationship>> rels = pkg.relationships(part);
  if (!rels.ok()) return rels.status();
  for (const Relationship& r : *rels)
    if (type_is(r, "comments") && !r.target.empty()) NC_EXTRACT_TRY(read_comments(pkg, r.target, sheet));
  return Status::Ok();
}

}  // namespace

Status read_spreadsheet(Package& pkg, const std::string& main_part) {
  pugi::xml_document wb;
  NC_EXTRACT_TRY(pkg.load(main_part, wb));
  Result<std::vector<Relationship>> rels = pkg.relationships(main_part);
  if (!rels.ok()) return rels.status();
  Result<std::vector<std::string>> strings = shared_strings(pkg, *rels);
  if (!strings.ok()) return strings.status();
  for (const pugi::xml_node& s : child(wb.document_element(), "sheets").children()) {
    if (local_name(s) != "sheet") continue;
    const std::string name(attr(s, "name"));
    const std::string_view state = attr(s, "state");
    if (state == "hidden") pkg.ex().add_meta(meta::kHiddenSheet, name, "隐藏的工作表", name);
    if (state == "veryHidden") pkg.ex().add_meta(meta::kHiddenSheet, name, "深度隐藏的工作表（界面中无法取消隐藏）", name);
    const Relationship* rel = find_rel(*rels, rel_id(s));
    if (!rel || rel->target.empty()) continue;
    NC_EXTRACT_TRY(read_sheet(pkg, rel->target, name, *strings));
  }
  return Status::Ok();
}

}  // namespace nc::check::extract
