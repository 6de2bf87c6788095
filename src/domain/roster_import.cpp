#include "domain/roster_import.h"

#include <optional>
#include <unordered_map>
#include <utility>

#include "common/utf8.h"
#include "domain/columns.h"

namespace nc::domain {
namespace {

enum Col : std::size_t {
  kName,
  kNumber,
  kOrgCode,
  kOrgName,
  kCategory,
  kCadre,
  kCadreLevel,
  kStatus,
  kStatusSince,
  kJoined,
  kRegularised,
};

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> kSpecs = {
      {"姓名", {"姓名", "党员姓名"}, true},
      {"党员编号", {"党员编号", "编号", "人员编号"}, true},
      {"组织编码", {"组织编码", "党组织编码", "所在党组织编码", "所在党支部编码"}, false},
      {"所在党组织", {"所在党组织", "所在党支部", "党组织", "党组织名称", "所在党组织名称", "党支部"}, false},
      {"人员类别", {"人员类别", "党员类别", "类别"}, false},
      {"是否党员干部", {"是否党员干部", "是否干部", "党员干部"}, false},
      {"干部层级", {"干部层级", "干部级别"}, false},
      {"状态", {"状态", "党籍状态", "党员状态"}, false},
      {"状态日期", {"状态日期", "状态变更日期"}, false},
      {"入党日期", {"入党日期", "入党时间"}, false},
      {"转正日期", {"转正日期", "转正时间"}, false},
  };
  return kSpecs;
}

std::string label(Col c) { return std::string(specs()[c].label); }

std::optional<bool> parse_yes_no(std::string_view t) {
  // TRUE/FALSE: a spreadsheet's boolean cell, as the .xlsx reader gives it.
  if (t.empty() || t == "否" || t == "N" || t == "n" || t == "0" || t == "不是" || t == "FALSE" || t == "false")
    return false;
  if (t == "是" || t == "Y" || t == "y" || t == "1" || t == "TRUE" || t == "true") return true;
  return std::nullopt;
}

// "1.23E+17": what a spreadsheet does to a long number in a general cell.
bool looks_scientific(std::string_view t) {
  auto e = t.find_first_of("eE");
  if (e == std::string_view::npos || e == 0 || e + 1 >= t.size()) return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    bool ok = (c >= '0' && c <= '9') || c == '.' || i == e || (i == e + 1 && (c == '+' || c == '-'));
    if (!ok) return false;
  }
  return true;
}

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : ""; }

class Planner {
 public:
  Planner(const OrgTree& tree, const Roster& roster, const RosterImportOptions& options, RosterImportPlan& plan)
      : tree_(tree), roster_(roster), options_(options), plan_(plan) {}

  void run(const CsvTable& table) {
    plan_.warnings = table.warnings;
    auto found = find_header(table, specs());
    if (!found) {
      plan_.errors.push_back({table.rows.empty() ? 0 : table.rows[0].line, "", found.status().message()});
      return;
    }
    const std::size_t h = found->index;
    map_ = std::move(found->mapping);
    if (h > 0) plan_.warnings.push_back(skipped_rows_warning(table, h));
    for (const auto& ignored : map_.ignored) plan_.warnings.push_back("忽略了无法识别的列：" + ignored);
    if (map_.has(kOrgName)) index_org_names();
    const std::size_t total = table.rows.size() - h - 1;
    if (total == 0) plan_.warnings.push_back("文件只有表头，没有数据行");
    plan_.rows.reserve(total);
    const std::size_t header_width = table.rows[h].fields.size();
    for (std::size_t r = h + 1; r < table.rows.size(); ++r) {
      if (plan_.errors.size() >= kMaxReportedErrors) {
        plan_.errors.push_back({table.rows[r].line, "", "错误过多，其余行未检查"});
        break;
      }
      if (options_.progress && (r - h - 1) % kProgressEvery == 0) options_.progress(r - h - 1, total);
      if (!blank_row(table.rows[r])) plan_row(table.rows[r], header_width);
    }
    if (options_.progress) options_.progress(total, total);
  }

 private:
  void error(int line, Col col, std::string message) { plan_.errors.push_back({line, label(col), std::move(message)}); }

  bool may(OrgId org) {
    if (!options_.may_import_into) return true;
    auto [it, fresh] = allowed_.try_emplace(org, false);
    if (fresh) it->second = options_.may_import_into(org);
    return it->second;
  }

  // A scoped importer finds by name only the organisations in its scope:
  // of the others, not even that a name exists (or twice) is told.
  void index_org_names() {
    for (const auto& org : tree_.all()) {
      if (org.active && may(org.id)) by_name_[org.name].push_back(org.id);
    }
  }

  bool scoped() const { return static_cast<bool>(options_.may_import_into); }

  std::optional<Date> read_date(const CsvRow& row, Col col, bool& bad) {
    std::string text = cell(row, map_, col);
    if (text.empty()) return std::nullopt;
    auto d = parse_date(text);
    if (!d) {
      error(row.line, col, label(col) + "“" + text + "”格式不正确，应为 YYYY-MM-DD，例如 2020-07-01");
      bad = true;
    } else if (*d > options_.today) {
      error(row.line, col, label(col) + "不能晚于今天");
      bad = true;
    }
    return d;
  }

  // Resolves the organisation columns; nothing when both are empty or absent.
  std::optional<OrgId> read_org(const CsvRow& row, bool& bad) {
    std::string code = cell(row, map_, kOrgCode);
    std::string name = cell(row, map_, kOrgName);
    const Organisation* org = nullptr;
    if (!code.empty()) {
      org = tree_.find_code(code);
      // Outside the importer's scope nothing is said about a code, not even
      // whether it exists: the same words as for a code nobody has.
      if (!org || !may(org->id)) {
        error(row.line, kOrgCode,
              scoped() ? "组织编码“" + code + "”不在您的管辖范围内" : "找不到组织编码为“" + code + "”的党组织");
        bad = true;
        return std::nullopt;
      }
      if (!name.empty() && name != org->name) {
        error(row.line, kOrgName, "组织编码“" + code + "”对应“" + org->name + "”，与所填的“" + name + "”不一致");
        bad = true;
        return std::nullopt;
      }
    } else if (!name.empty()) {
      auto it = by_name_.find(name);
      if (it == by_name_.end()) {
        error(row.line, kOrgName,
              scoped() ? "名为“" + name + "”的党组织不在您的管辖范围内" : "找不到名为“" + name + "”的党组织");
        bad = true;
        return std::nullopt;
      }
      if (it->second.size() > 1) {
        error(row.line, kOrgName, "名为“" + name + "”的党组织不止一个，请改用组织编码");
        bad = true;
        return std::nullopt;
      }
      org = tree_.find(it->second.front());
    } else {
      return std::nullopt;
    }
    if (!may(org->id)) {  // found by the name the importer typed
      error(row.line, kOrgName, "您无权向党组织“" + name + "”导入党员");
      bad = true;
      return std::nullopt;
    }
    if (!org->active) {
      const Organisation* into = org->merged_into ? tree_.find(*org->merged_into) : nullptr;
      const bool name_into = into && may(into->id);
      error(row.line, code.empty() ? kOrgName : kOrgCode,
            "党组织“" + org->name + (org->merged_into ? "”已合并" : "”已撤销") +
                (name_into ? "到“" + into->name + "”" : std::string()) + "，请改用现在的党组织");
      bad = true;
      return std::nullopt;
    }
    return org->id;
  }

  void plan_row(const CsvRow& row, std::size_t header_width) {
    const int line = row.line;
    bool bad = false;
    for (std::size_t i = header_width; i < row.fields.size(); ++i) {
      if (!trim_field(row.fields[i]).empty()) {
        plan_.errors.push_back({line, "", "这一行的列数多于表头（第 " + std::to_string(i + 1) + " 列有内容）"});
        bad = true;
        break;
      }
    }

    std::string name = cell(row, map_, kName);
    if (name.empty()) {
      error(line, kName, "姓名不能为空");
      bad = true;
    } else if (has_control_char(name)) {
      error(line, kName, "姓名不能包含换行或控制字符");
      bad = true;
    } else if (utf8::count(name) > 64) {
      error(line, kName, "姓名超过 64 个字");
      bad = true;
    }

    std::string number = cell(row, map_, kNumber);
    bool number_ok = false;
    if (!number.empty() && number.front() == '\'') number.erase(0, 1);  // Excel's text marker
    if (number.empty()) {
      error(line, kNumber, "党员编号不能为空");
      bad = true;
    } else if (looks_scientific(number)) {
      error(line, kNumber, "党员编号“" + number + "”被表格软件改成了科学计数法，请把这一列设为文本格式后重新输入");
      bad = true;
    } else if (!is_code_text(number, 32)) {
      error(line, kNumber, "党员编号只能包含字母、数字、连字符和下划线，最长 32 位");
      bad = true;
    } else {
      auto [it, fresh] = seen_numbers_.try_emplace(number, line);
      if (!fresh) {
        error(line, kNumber, "党员编号“" + number + "”与第 " + std::to_string(it->second) + " 行重复");
        bad = true;
      } else {
        number_ok = true;
      }
    }

    const Member* existing = number_ok ? roster_.find_number(number) : nullptr;
    // A member outside a scoped importer's scope is planned as if the number
    // were new, so every message is the one an unknown number gets; only a
    // row that would add it is refused, at the end, as not in the scope.
    bool foreign = false;
    if (existing && !may(existing->org)) {
      existing = nullptr;
      foreign = true;
    }
    Member m = existing ? *existing : Member{};
    m.name = name;
    m.number = number;

    bool org_bad = false;
    if (auto org = read_org(row, org_bad)) {
      m.org = *org;
    } else if (org_bad) {
      bad = true;
    } else if (!existing && number_ok) {
      error(line, map_.has(kOrgCode) ? kOrgCode : kOrgName,
            scoped() ? "党员编号“" + number + "”不在您的管辖范围内；新增党员必须填写所在党组织（组织编码或名称）"
                     : "新增党员必须填写所在党组织（组织编码或名称）");
      bad = true;
    }

    std::string category = cell(row, map_, kCategory);
    if (!category.empty()) {
      if (auto c = parse_category(category))
        m.category = *c;
      else {
        error(line, kCategory, "人员类别“" + category + "”无法识别，应为“正式党员”或“预备党员”");
        bad = true;
      }
    } else if (!existing && number_ok) {
      error(line, kCategory, "新增党员必须填写人员类别（正式党员或预备党员）");
      bad = true;
    }

    std::string cadre = cell(row, map_, kCadre);
    std::string level = cell(row, map_, kCadreLevel);
    // An empty cell keeps an existing member's value (a new member: not a cadre).
    const bool cadre_given = !cadre.empty();
    const bool level_given = !level.empty();
    std::optional<bool> is_cadre = cadre_given ? parse_yes_no(cadre) : std::optional<bool>(m.cadre);
    std::optional<CadreLevel> cadre_level = level_given ? parse_cadre_level(level) : m.cadre_level;
    if (!is_cadre) {
      error(line, kCadre, "是否党员干部“" + cadre + "”无法识别，应为“是”或“否”");
      bad = true;
    } else if (!cadre_level) {
      error(line, kCadreLevel, "干部层级“" + level + "”无法识别，应为省部级、厅局级、县处级、乡科级或其他");
      bad = true;
    } else {
      if (!cadre_given && level_given && *cadre_level != CadreLevel::kNone) is_cadre = true;  // a level implies a cadre
      if (!*is_cadre && level_given && *cadre_level != CadreLevel::kNone) {
        error(line, kCadreLevel, "不是党员干部却填写了干部层级");
        bad = true;
      }
      m.cadre = *is_cadre;
      m.cadre_level = m.cadre ? *cadre_level : CadreLevel::kNone;
    }

    std::string status = cell(row, map_, kStatus);
    MemberStatus old_status = m.status;
    if (!status.empty()) {
      if (auto s = parse_status(status))
        m.status = *s;
      else {
        error(line, kStatus, "状态“" + status + "”无法识别，应为正常、已转出、失联、已去世或已出党");
        bad = true;
      }
    }
    auto status_since = read_date(row, kStatusSince, bad);
    if (status_since)
      m.status_since = status_since;
    else if (existing && m.status != old_status)
      m.status_since = options_.today;
    else if (!existing && m.status != MemberStatus::kActive)
      m.status_since = options_.today;

    if (auto joined = read_date(row, kJoined, bad)) m.joined = joined;
    if (auto reg = read_date(row, kRegularised, bad)) m.regularised = reg;
    if (!bad) {
      if (m.category == Category::kProbationary && m.regularised) {
        error(line, kRegularised, "预备党员不应有转正日期");
        bad = true;
      } else if (m.joined && m.regularised && *m.regularised < *m.joined) {
        error(line, kRegularised, "转正日期早于入党日期");
        bad = true;
      }
    }
    if (!bad && foreign) {
      error(line, kNumber, "党员编号“" + number + "”不在您的管辖范围内，不能在这里新增或修改");
      bad = true;
    }
    if (bad) return;

    MemberPlan row_plan;
    row_plan.line = line;
    if (!existing) {
      row_plan.action = PlanAction::kAdd;
      ++plan_.adds;
    } else {
      row_plan.changes = diff(*existing, m);
      row_plan.action = row_plan.changes.empty() ? PlanAction::kUnchanged : PlanAction::kUpdate;
      ++(row_plan.changes.empty() ? plan_.unchanged : plan_.updates);
    }
    row_plan.member = std::move(m);
    plan_.rows.push_back(std::move(row_plan));
  }

  std::string org_text(OrgId id) const {
    const Organisation* org = tree_.find(id);
    return org ? org->name + "（" + org->code + "）" : "";
  }

  std::vector<FieldChange> diff(const Member& a, const Member& b) const {
    std::vector<FieldChange> out;
    auto add = [&](Col col, std::string before, std::string after) {
      if (before != after) out.push_back({label(col), std::move(before), std::move(after)});
    };
    add(kName, a.name, b.name);
    if (a.org != b.org) out.push_back({"所在党组织", org_text(a.org), org_text(b.org)});
    add(kCategory, std::string(category_name(a.category)), std::string(category_name(b.category)));
    add(kCadre, a.cadre ? "是" : "否", b.cadre ? "是" : "否");
    add(kCadreLevel, std::string(cadre_level_name(a.cadre_level)), std::string(cadre_level_name(b.cadre_level)));
    add(kStatus, std::string(status_name(a.status)), std::string(status_name(b.status)));
    add(kStatusSince, date_text(a.status_since), date_text(b.status_since));
    add(kJoined, date_text(a.joined), date_text(b.joined));
    add(kRegularised, date_text(a.regularised), date_text(b.regularised));
    return out;
  }

  const OrgTree& tree_;
  const Roster& roster_;
  const RosterImportOptions& options_;
  RosterImportPlan& plan_;
  HeaderMapping map_;
  std::unordered_map<std::string, std::vector<OrgId>> by_name_;
  std::unordered_map<std::string, int> seen_numbers_;
  std::unordered_map<OrgId, bool> allowed_;
};

}  // namespace

RosterImportPlan plan_roster_import(std::string_view csv_bytes, const OrgTree& tree, const Roster& roster,
                                    const RosterImportOptions& options) {
  CsvError csv_error;
  auto table = read_csv(csv_bytes, options.limits, &csv_error);
  if (!table) {
    RosterImportPlan plan;
    plan.roster_version = roster.version();
    plan.tree_version = tree.version();
    plan.errors.push_back({csv_error.line, "", csv_error.message});
    return plan;
  }
  return plan_roster_import(*table, tree, roster, options);
}

RosterImportPlan plan_roster_import(const CsvTable& table, const OrgTree& tree, const Roster& roster,
                                    const RosterImportOptions& options) {
  RosterImportPlan plan;
  plan.format = table.format;
  plan.encoding = table.encoding;
  plan.roster_version = roster.version();
  plan.tree_version = tree.version();
  Planner(tree, roster, options, plan).run(table);
  if (!plan.ok()) {
    plan.rows.clear();
    plan.adds = plan.updates = plan.unchanged = 0;
  }
  return plan;
}

Status apply_roster_import(const RosterImportPlan& plan, const OrgTree& tree, Roster& roster, Date on) {
  if (!plan.ok())
    return Status::Invalid("导入文件有 " + std::to_string(plan.errors.size()) + " 处错误，没有导入任何数据");
  if (plan.roster_version != roster.version() || plan.tree_version != tree.version()) {
    return Status::Error(Code::kConflict, "名册或组织架构在预检之后已有变化，请重新预检");
  }
  if (plan.adds == 0 && plan.updates == 0) return Status::Ok();
  // All or nothing: work on a copy, keep it only if every row went in.
  Roster next = roster;
  next.reserve(roster.size() + plan.adds);
  for (const MemberPlan& row : plan.rows) {
    Status s;
    if (row.action == PlanAction::kAdd)
      s = next.add(row.member, on).status();
    else if (row.action == PlanAction::kUpdate)
      s = next.update(row.member, on);
    if (!s.ok())
      return Status::Error(s.code(), "第 " + std::to_string(row.line) + " 行：" + s.message() + "；没有导入任何数据");
  }
  roster = std::move(next);
  return Status::Ok();
}

}  // namespace nc::domain
