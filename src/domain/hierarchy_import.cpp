#include "domain/hierarchy_import.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

#include "common/utf8.h"
#include "domain/columns.h"

namespace nc::domain {
namespace {

enum Col : std::size_t { kCode, kName, kType, kParent };

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> kSpecs = {
      {"组织编码", {"组织编码", "党组织编码", "编码"}, true},
      {"组织名称", {"组织名称", "党组织名称", "名称", "党组织"}, true},
      {"组织类型", {"组织类型", "党组织类型", "类型"}, true},
      {"上级组织编码", {"上级组织编码", "上级党组织编码", "上级编码"}, true},
  };
  return kSpecs;
}

std::string label(Col c) { return std::string(specs()[c].label); }

class Planner {
 public:
  Planner(const OrgTree& tree, const HierarchyImportOptions& options, HierarchyImportPlan& plan)
      : tree_(tree), options_(options), plan_(plan) {}

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
    const std::size_t total = table.rows.size() - h - 1;
    const std::size_t header_width = table.rows[h].fields.size();
    for (std::size_t r = h + 1; r < table.rows.size(); ++r) {
      if (plan_.errors.size() >= kMaxReportedErrors) {
        plan_.errors.push_back({table.rows[r].line, "", "错误过多，其余行未检查"});
        return;
      }
      if (options_.progress && (r - h - 1) % kProgressEvery == 0) options_.progress(r - h - 1, total);
      if (!blank_row(table.rows[r])) read_row(table.rows[r], header_width);
    }
    if (options_.progress) options_.progress(total, total);
    if (!plan_.ok()) return;
    resolve();
  }

 private:
  void error(int line, Col col, std::string message) { plan_.errors.push_back({line, label(col), std::move(message)}); }

  bool may(OrgId org) { return !options_.may_change || options_.may_change(org); }
  bool scoped() const { return static_cast<bool>(options_.may_change); }

  // Whether an organisation placed under `code` lands in the scope: the
  // nearest organisation that exists, up through the file's rows, is one
  // the importer may change.
  bool lands_in_scope(std::string code) const {
    for (std::size_t steps = 0; steps <= rows_.size(); ++steps) {
      if (const Organisation* org = tree_.find_code(code)) return !options_.may_change || options_.may_change(org->id);
      auto it = by_code_.find(code);
      if (it == by_code_.end() || rows_[it->second].parent_code.empty()) return false;
      code = rows_[it->second].parent_code;
    }
    return false;  // a cycle through the file
  }

  // For a scoped importer, the one message a row gets when it names what is
  // not in the scope, told before anything else about that organisation:
  // the same whether the code exists elsewhere or nowhere.
  std::optional<std::pair<Col, std::string>> scope_error(const OrgPlan& p, const Organisation* existing) const {
    if (!scoped()) return std::nullopt;
    const std::string outside =
        "组织编码“" + p.code + "”不在您的管辖范围内；新建党组织须填写您管辖范围内的上级组织编码";
    if (existing && !options_.may_change(existing->id)) return std::pair{kCode, outside};
    if (!existing) {
      if (p.parent_code.empty() || !lands_in_scope(p.parent_code)) return std::pair{kCode, outside};
      return std::nullopt;
    }
    const std::string current = existing->parent ? tree_.find(*existing->parent)->code : "";
    if (!p.parent_code.empty() && p.parent_code != current && !lands_in_scope(p.parent_code)) {
      return std::pair{kParent, "上级组织编码“" + p.parent_code + "”不在您的管辖范围内"};
    }
    return std::nullopt;
  }

  void read_row(const CsvRow& row, std::size_t header_width) {
    const int line = row.line;
    bool bad = false;
    for (std::size_t i = header_width; i < row.fields.size(); ++i) {
      if (!trim_field(row.fields[i]).empty()) {
        plan_.errors.push_back({line, "", "这一行的列数多于表头（第 " + std::to_string(i + 1) + " 列有内容）"});
        bad = true;
        break;
      }
    }
    OrgPlan p;
    p.line = line;
    p.code = cell(row, map_, kCode);
    p.name = cell(row, map_, kName);
    p.parent_code = cell(row, map_, kParent);
    std::string type = cell(row, map_, kType);
    if (!is_code_text(p.code, 32)) {
      error(line, kCode,
            p.code.empty() ? "组织编码不能为空" : "组织编码只能包含字母、数字、连字符和下划线，最长 32 位");
      bad = true;
    } else if (auto [it, fresh] = by_code_.try_emplace(p.code, rows_.size()); !fresh) {
      error(line, kCode, "组织编码“" + p.code + "”与第 " + std::to_string(rows_[it->second].line) + " 行重复");
      bad = true;
    }
    if (p.name.empty()) {
      error(line, kName, "组织名称不能为空");
      bad = true;
    } else if (has_control_char(p.name) || utf8::count(p.name) > 100) {
      error(line, kName, "组织名称不能包含换行或控制字符，最长 100 个字");
      bad = true;
    }
    if (auto t = parse_org_type(type)) {
      p.type = *t;
    } else {
      error(line, kType, "组织类型“" + type + "”无法识别，应为党委、党工委、党总支或党支部");
      bad = true;
    }
    if (!p.parent_code.empty() && !is_code_text(p.parent_code, 32)) {
      error(line, kParent, "上级组织编码格式不正确");
      bad = true;
    } else if (!p.parent_code.empty() && p.parent_code == p.code) {
      error(line, kParent, "上级组织不能是它自己");
      bad = true;
    }
    if (bad) {
      // Keep the code reserved so a later duplicate is still reported once.
      if (auto it = by_code_.find(p.code); it != by_code_.end() && it->second == rows_.size()) {
        rows_.push_back(std::move(p));
      }
      return;
    }
    rows_.push_back(std::move(p));
  }

  // The parent code an organisation has after the import.
  std::optional<std::string> final_parent(const std::string& code) const {
    if (auto it = by_code_.find(code); it != by_code_.end()) {
      const auto& p = rows_[it->second].parent_code;
      return p.empty() ? std::nullopt : std::optional<std::string>(p);
    }
    const Organisation* org = tree_.find_code(code);
    if (!org || !org->parent) return std::nullopt;
    return tree_.find(*org->parent)->code;
  }

  std::optional<OrgType> final_type(const std::string& code) const {
    if (auto it = by_code_.find(code); it != by_code_.end()) return rows_[it->second].type;
    if (const Organisation* org = tree_.find_code(code)) return org->type;
    return std::nullopt;
  }

  void resolve() {
    const bool tree_empty = tree_.size() == 0;
    std::size_t new_roots = 0;
    for (auto& p : rows_) {
      const Organisation* existing = tree_.find_code(p.code);
      if (auto e = scope_error(p, existing)) {
        error(p.line, e->first, e->second);
        continue;
      }
      if (existing && !existing->active) {
        error(p.line, kCode, "党组织“" + existing->name + "”已合并，不能再修改");
        continue;
      }
      // A code an organisation had before it was recoded stays reserved.
      if (!existing && tree_.code_in_use(p.code)) {
        error(p.line, kCode, "组织编码“" + p.code + "”曾被其他党组织使用，不能再用");
        continue;
      }
      // A blank parent keeps an existing organisation where it is: exports
      // leave the parent blank when the exporter may not see it.
      if (p.parent_code.empty() && existing && existing->parent) p.parent_code = tree_.find(*existing->parent)->code;
      if (p.parent_code.empty()) {
        bool stays_root = existing && !existing->parent;
        if (!stays_root && !(tree_empty && ++new_roots == 1)) {
          error(p.line, kParent, "上级组织编码不能为空（只有最上级党组织可以没有上级）");
        }
        if (existing && !stays_root) continue;
      } else {
        const Organisation* parent = tree_.find_code(p.parent_code);
        bool in_file = by_code_.count(p.parent_code) > 0;
        if (!parent && !in_file) {
          error(p.line, kParent, "找不到上级组织编码“" + p.parent_code + "”");
          continue;
        }
        if (parent && !in_file && !parent->active) {
          error(p.line, kParent, "上级党组织“" + parent->name + "”已合并");
          continue;
        }
        auto parent_type = final_type(p.parent_code);
        if (parent_type && !can_have_children(*parent_type)) {
          error(p.line, kParent, "上级“" + p.parent_code + "”是党支部，党支部下不能设下级党组织");
          continue;
        }
      }
      // Depth, and cycles through the file and the tree.
      int depth = 0;
      std::optional<std::string> at = final_parent(p.code);
      std::optional<std::string> anchor;  // the nearest organisation above that already exists
      bool cycle = false;
      while (at) {
        if (*at == p.code || depth > static_cast<int>(rows_.size() + tree_.size())) {
          cycle = true;
          break;
        }
        if (!anchor && tree_.find_code(*at)) anchor = *at;
        ++depth;
        at = final_parent(*at);
      }
      if (cycle) {
        error(p.line, kParent, "上级关系形成了循环：“" + p.code + "”最终会在它自己之下");
        continue;
      }
      p.depth = depth;
      if (existing && !may(existing->id)) {
        error(p.line, kCode, "组织编码“" + p.code + "”不在您的管辖范围内");
        continue;
      }
      std::string current_parent = existing && existing->parent ? tree_.find(*existing->parent)->code : "";
      bool placed = !existing || current_parent != p.parent_code;  // created or moved
      if (placed && (anchor ? !may(tree_.find_code(*anchor)->id) : options_.may_change != nullptr)) {
        error(p.line, kParent, anchor ? "您无权在“" + *anchor + "”之下建立或移入党组织" : "您无权建立最上级党组织");
        continue;
      }
      if (existing && p.type == OrgType::kBranch && existing->type != OrgType::kBranch) {
        for (OrgId child : tree_.children(existing->id)) {
          const Organisation* c = tree_.find(child);
          if (c->active && final_parent(c->code) == p.code) {
            error(p.line, kType, "“" + p.code + "”下仍有党组织“" + c->name + "”，不能改为党支部");
            break;
          }
        }
      }
      classify(p, existing);
    }
    std::stable_sort(rows_.begin(), rows_.end(), [](const OrgPlan& a, const OrgPlan& b) { return a.depth < b.depth; });
    if (plan_.ok()) plan_.rows = std::move(rows_);
  }

  void classify(OrgPlan& p, const Organisation* existing) {
    if (!existing) {
      p.action = PlanAction::kAdd;
      ++plan_.adds;
      return;
    }
    auto add = [&](Col col, std::string before, std::string after) {
      if (before != after) p.changes.push_back({label(col), std::move(before), std::move(after)});
    };
    add(kName, existing->name, p.name);
    add(kType, std::string(org_type_name(existing->type)), std::string(org_type_name(p.type)));
    add(kParent, existing->parent ? tree_.find(*existing->parent)->code : "", p.parent_code);
    p.action = p.changes.empty() ? PlanAction::kUnchanged : PlanAction::kUpdate;
    ++(p.changes.empty() ? plan_.unchanged : plan_.updates);
  }

  const OrgTree& tree_;
  const HierarchyImportOptions& options_;
  HierarchyImportPlan& plan_;
  HeaderMapping map_;
  std::vector<OrgPlan> rows_;
  std::unordered_map<std::string, std::size_t> by_code_;
};

}  // namespace

HierarchyImportPlan plan_hierarchy_import(std::string_view csv_bytes, const OrgTree& tree,
                                          const HierarchyImportOptions& options) {
  CsvError csv_error;
  auto table = read_csv(csv_bytes, options.limits, &csv_error);
  if (!table) {
    HierarchyImportPlan plan;
    plan.tree_version = tree.version();
    plan.errors.push_back({csv_error.line, "", csv_error.message});
    return plan;
  }
  return plan_hierarchy_import(*table, tree, options);
}

HierarchyImportPlan plan_hierarchy_import(const CsvTable& table, const OrgTree& tree,
                                          const HierarchyImportOptions& options) {
  HierarchyImportPlan plan;
  plan.format = table.format;
  plan.encoding = table.encoding;
  plan.tree_version = tree.version();
  Planner(tree, options, plan).run(table);
  if (!plan.ok()) {
    plan.rows.clear();
    plan.adds = plan.updates = plan.unchanged = 0;
  }
  return plan;
}

Status apply_hierarchy_import(const HierarchyImportPlan& plan, OrgTree& tree, Date on) {
  if (!plan.ok())
    return Status::Invalid("导入文件有 " + std::to_string(plan.errors.size()) + " 处错误，没有导入任何数据");
  if (plan.tree_version != tree.version()) return Status::Error(Code::kConflict, "组织架构在预检之后已有变化，请重新预检");
  if (plan.adds == 0 && plan.updates == 0) return Status::Ok();
  OrgTree next = tree;
  auto fail = [](const OrgPlan& row, const Status& s) {
    return Status::Error(s.code(), "第 " + std::to_string(row.line) + " 行：" + s.message() + "；没有导入任何数据");
  };
  {
    OrgTree::Batch batch(next);
    // Types that allow children first, so creates and moves below them pass;
    // then creates and moves shallow to deep; then types that forbid children.
    for (const OrgPlan& row : plan.rows) {
      const Organisation* org = next.find_code(row.code);
      if (row.action == PlanAction::kUpdate && can_have_children(row.type)) {
        if (Status s = next.retype(org->id, row.type, on); !s.ok()) return fail(row, s);
      }
    }
    for (const OrgPlan& row : plan.rows) {
      const Organisation* parent = row.parent_code.empty() ? nullptr : next.find_code(row.parent_code);
      std::optional<OrgId> parent_id = parent ? std::optional<OrgId>(parent->id) : std::nullopt;
      if (row.action == PlanAction::kAdd) {
        auto created = next.create(row.code, row.name, row.type, parent_id, on);
        if (!created) return fail(row, created.status());
      } else if (row.action == PlanAction::kUpdate) {
        const Organisation* org = next.find_code(row.code);
        if (parent_id && org->parent != parent_id) {
          if (Status s = next.move(org->id, *parent_id, on); !s.ok()) return fail(row, s);
        }
        if (Status s = next.rename(org->id, row.name, on); !s.ok()) return fail(row, s);
      }
    }
    for (const OrgPlan& row : plan.rows) {
      const Organisation* org = next.find_code(row.code);
      if (row.action == PlanAction::kUpdate && !can_have_children(row.type)) {
        if (Status s = next.retype(org->id, row.type, on); !s.ok()) return fail(row, s);
      }
    }
  }
  tree = std::move(next);
  return Status::Ok();
}

}  // namespace nc::domain
