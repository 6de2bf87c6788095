#include "domain/export_table.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace nc::domain {
namespace {

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

void csv_cell(std::string& out, std::string_view text) {
  out += '"';
  if (looks_like_formula(text)) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

bool looks_like_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

namespace {

template <typename E>
std::vector<std::string> names(std::string_view (*name_of)(E), std::initializer_list<E> all) {
  std::vector<std::string> out;
  for (E v : all) out.emplace_back(name_of(v));
  return out;
}

}  // namespace

std::vector<ImportColumn> roster_columns() {
  using L = CadreLevel;
  using S = MemberStatus;
  return {
      {"姓名", true, "党员姓名", {}},
      {"党员编号", true, "每名党员唯一；已有的党员按编号更新，不会重复添加", {}},
      {"组织编码", true, "所在党组织的组织编码（与“所在党组织”填一项即可）", {}},
      {"所在党组织", false, "所在党组织的全称", {}},
      {"人员类别", true, "", names(category_name, {Category::kFull, Category::kProbationary})},
      {"是否党员干部", false, "", {"是", "否"}},
      {"干部层级", false, "党员干部填写",
       names(cadre_level_name, {L::kProvincial, L::kBureau, L::kCounty, L::kTownship, L::kOther})},
      {"状态", false, "不填为“正常”",
       names(status_name, {S::kActive, S::kTransferredOut, S::kLostContact, S::kDeceased, S::kLeft})},
      {"状态日期", false, "状态变化的日期，YYYY-MM-DD；不填为导入当天", {}},
      {"入党日期", false, "YYYY-MM-DD", {}},
      {"转正日期", false, "正式党员填写，YYYY-MM-DD", {}},
  };
}

namespace {

ExportTable roster_table() {
  ExportTable t;
  t.sheet_name = "党员名册";
  for (const ImportColumn& c : roster_columns()) {
    t.header.push_back(c.name);
    t.date_column.push_back(c.name.find("日期") != std::string::npos);
  }
  return t;
}

}  // namespace

ExportTable roster_template(Date today) {
  ExportTable t = roster_table();
  for (const ImportColumn& c : roster_columns()) t.choices.push_back(c.values);
  // One plausible row: a full member who joined five years ago and was admitted a year later.
  const std::int64_t days = days_since_epoch(today);
  const Date joined = date_from_days(days - 5 * 365);
  const Date admitted = date_from_days(days - 4 * 365);
  t.rows.push_back({"张三", "A0000001", "ZB001", "", "正式党员", "否", "", "正常", "", joined.iso(), admitted.iso()});
  return t;
}

ExportTable roster_export_shape(bool statements) {
  ExportTable t = roster_table();
  if (statements) {
    t.header.push_back("说明");
    t.date_column.push_back(false);
  }
  return t;
}

std::vector<std::string> roster_export_row(const OrgTree& tree, const Member& m) {
  const Organisation* o = tree.find(m.org);
  return {m.name,
          m.number,
          o ? o->code : "",
          o ? o->name : "",
          std::string(category_name(m.category)),
          m.cadre ? "是" : "否",
          std::string(cadre_level_name(m.cadre_level)),
          std::string(status_name(m.status)),
          date_text(m.status_since),
          date_text(m.joined),
          date_text(m.regularised)};
}

ExportTable roster_export(const OrgTree& tree, const Roster& roster, const std::unordered_set<OrgId>& orgs,
                          const std::function<std::string(MemberId)>& statements) {
  ExportTable t = roster_export_shape(static_cast<bool>(statements));
  std::vector<const Member*> found;
  for (const auto& m : roster.all()) {
    if (orgs.count(m.org)) found.push_back(&m);
  }
  std::sort(found.begin(), found.end(), [](auto* a, auto* b) { return a->number < b->number; });
  t.rows.reserve(found.size());
  for (const Member* m : found) {
    t.rows.push_back(roster_export_row(tree, *m));
    if (statements) t.rows.back().push_back(statements(m->id));
  }
  return t;
}

std::vector<MemberId> roster_export_members(const Roster& roster, const std::unordered_set<OrgId>& orgs) {
  std::vector<MemberId> out;
  for (const auto& m : roster.all()) {
    if (orgs.count(m.org)) out.push_back(m.id);
  }
  return out;
}

ExportTable hierarchy_export(const OrgTree& tree, const std::unordered_set<OrgId>& orgs) {
  ExportTable t;
  t.sheet_name = "组织架构";
  t.header = {"组织编码", "组织名称", "组织类型", "上级组织编码"};
  t.date_column = {false, false, false, false};
  struct Entry {
    std::size_t depth;
    const Organisation* org;
  };
  std::vector<Entry> found;
  for (const auto& o : tree.all()) {
    if (!o.active || !orgs.count(o.id)) continue;
    found.push_back({tree.ancestry(o.id).size(), &o});
  }
  std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
    return a.depth != b.depth ? a.depth < b.depth : a.org->code < b.org->code;
  });
  t.rows.reserve(found.size());
  for (const Entry& e : found) {
    // A parent outside what is exported stays blank: the exporter may not see
    // it, and the importer keeps an existing organisation where it is.
    const Organisation* parent = e.org->parent ? tree.find(*e.org->parent) : nullptr;
    const bool shown = parent && orgs.count(parent->id);
    t.rows.push_back({e.org->code, e.org->name, std::string(org_type_name(e.org->type)), shown ? parent->code : ""});
  }
  return t;
}

void append_csv_line(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    csv_cell(out, cells[i]);
  }
  out += "\r\n";
}

std::string to_csv(const ExportTable& table) {
  std::string out(kCsvPreamble);
  append_csv_line(out, table.header);
  for (const auto& row : table.rows) append_csv_line(out, row);
  return out;
}

}  // namespace nc::domain
