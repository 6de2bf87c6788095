#include "domain/export_table.h"

#include <algorithm>

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

ExportTable roster_export(const OrgTree& tree, const Roster& roster, const std::unordered_set<OrgId>& orgs) {
  ExportTable t;
  t.sheet_name = "党员名册";
  t.header = {"姓名", "党员编号", "组织编码", "所在党组织", "人员类别", "是否党员干部",
              "干部层级", "状态", "状态日期", "入党日期", "转正日期"};
  t.date_column = {false, false, false, false, false, false, false, false, true, true, true};
  std::vector<const Member*> found;
  for (const auto& m : roster.all()) {
    if (orgs.count(m.org)) found.push_back(&m);
  }
  std::sort(found.begin(), found.end(), [](auto* a, auto* b) { return a->number < b->number; });
  t.rows.reserve(found.size());
  for (const Member* m : found) {
    const Organisation* o = tree.find(m->org);
    t.rows.push_back({m->name, m->number, o ? o->code : "", o ? o->name : "", std::string(category_name(m->category)),
                      m->cadre ? "是" : "否", std::string(cadre_level_name(m->cadre_level)),
                      std::string(status_name(m->status)), date_text(m->status_since), date_text(m->joined),
                      date_text(m->regularised)});
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

std::string to_csv(const ExportTable& table) {
  std::string out = "\xEF\xBB\xBF";
  auto line = [&out](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out += ',';
      csv_cell(out, cells[i]);
    }
    out += "\r\n";
  };
  line(table.header);
  for (const auto& row : table.rows) line(row);
  return out;
}

}  // namespace nc::domain
