#include "domain/org_tree.h"

#include <algorithm>
#include <utility>

namespace nc::domain {

Result<OrgId> OrgTree::create(std::string code, std::string name, OrgType type, std::optional<OrgId> parent, Date on) {
  if (code.empty() || name.empty()) return Status::Invalid("组织编码和名称不能为空");
  if (by_code_.count(code)) return Status::Error(Code::kConflict, "组织编码 " + code + " 已存在");
  if (retired_codes_.count(code)) return Status::Error(Code::kConflict, "组织编码 " + code + " 曾被使用过，不能再用");
  if (parent) {
    const Organisation* p = find(*parent);
    if (!p) return Status::NotFound("上级党组织不存在");
    if (!p->active) return Status::Error(Code::kConflict, "上级党组织 " + p->code + " 已合并，不能再设下级");
    if (!can_have_children(p->type)) return Status::Error(Code::kConflict, "党支部 " + p->code + " 下不能设下级党组织");
  }
  Organisation org;
  org.id = OrgId{static_cast<std::uint32_t>(orgs_.size() + 1)};
  org.code = std::move(code);
  org.name = std::move(name);
  org.type = type;
  org.created = on;
  org.parent = parent;
  org.parents.push_back({parent, on, std::nullopt});
  by_code_.emplace(org.code, org.id);
  children_.emplace_back();
  if (parent) children_[parent->value - 1].push_back(org.id);
  events_.push_back({OrgEventKind::kCreated, org.id, on, std::nullopt, parent, "", org.name});
  OrgId id = org.id;
  orgs_.push_back(std::move(org));
  changed();
  return id;
}

Status OrgTree::rename(OrgId id, std::string name, Date on) {
  Organisation* org = mutable_find(id);
  if (!org) return Status::NotFound("党组织不存在");
  if (!org->active) return Status::Error(Code::kConflict, "党组织 " + org->code + " 已合并或撤销，不能修改");
  if (name.empty()) return Status::Invalid("组织名称不能为空");
  if (org->name == name) return Status::Ok();
  events_.push_back({OrgEventKind::kRenamed, id, on, std::nullopt, std::nullopt, org->name, name});
  org->name = std::move(name);
  ++version_;
  return Status::Ok();
}

Status OrgTree::retype(OrgId id, OrgType type, Date on) {
  Organisation* org = mutable_find(id);
  if (!org) return Status::NotFound("党组织不存在");
  if (!org->active) return Status::Error(Code::kConflict, "党组织 " + org->code + " 已合并或撤销，不能修改");
  if (org->type == type) return Status::Ok();
  if (!can_have_children(type)) {
    for (OrgId child : children_[id.value - 1]) {
      if (find(child)->active)
        return Status::Error(Code::kConflict, "党组织 " + org->code + " 有下级党组织，不能改为党支部");
    }
  }
  events_.push_back({OrgEventKind::kRetyped, id, on, std::nullopt, std::nullopt, std::string(org_type_name(org->type)),
                     std::string(org_type_name(type))});
  org->type = type;
  ++version_;
  return Status::Ok();
}

Status OrgTree::recode(OrgId id, std::string code, Date on) {
  Organisation* org = mutable_find(id);
  if (!org) return Status::NotFound("党组织不存在");
  if (!org->active) return Status::Error(Code::kConflict, "党组织 " + org->code + " 已合并或撤销，不能修改");
  if (code.empty()) return Status::Invalid("组织编码不能为空");
  if (org->code == code) return Status::Ok();
  if (by_code_.count(code)) return Status::Error(Code::kConflict, "组织编码 " + code + " 已存在");
  if (retired_codes_.count(code)) return Status::Error(Code::kConflict, "组织编码 " + code + " 曾被使用过，不能再用");
  events_.push_back({OrgEventKind::kRecoded, id, on, std::nullopt, std::nullopt, org->code, code});
  by_code_.erase(org->code);
  retired_codes_.emplace(org->code, id);
  by_code_.emplace(code, id);
  org->code = std::move(code);
  ++version_;
  return Status::Ok();
}

Status OrgTree::deactivate(OrgId id, Date on) {
  Organisation* org = mutable_find(id);
  if (!org) return Status::NotFound("党组织不存在");
  if (!org->active) return Status::Error(Code::kConflict, "党组织 " + org->code + " 已合并或撤销");
  for (OrgId child : children_[id.value - 1]) {
    if (find(child)->active) {
      return Status::Error(Code::kConflict, "党组织 " + org->code + " 下还有党组织，请先移走、合并或撤销它们");
    }
  }
  events_.push_back({OrgEventKind::kDeactivated, id, on, org->parent, std::nullopt, "", ""});
  org->active = false;
  ++version_;
  return Status::Ok();
}

Status OrgTree::move(OrgId id, OrgId new_parent, Date on) {
  Organisation* org = mutable_find(id);
  const Organisation* target = find(new_parent);
  if (!org || !target) return Status::NotFound("党组织不存在");
  if (!org->active) return Status::Error(Code::kConflict, "党组织 " + org->code + " 已合并，不能移动");
  if (!target->active) return Status::Error(Code::kConflict, "目标党组织 " + target->code + " 已合并");
  if (!can_have_children(target->type))
    return Status::Error(Code::kConflict, "党支部 " + target->code + " 下不能设下级党组织");
  if (within(new_parent, id)) return Status::Error(Code::kConflict, "不能把党组织移到它自己或它的下级之下");
  if (org->parent == new_parent) return Status::Ok();
  events_.push_back({OrgEventKind::kMoved, id, on, org->parent, new_parent, "", ""});
  set_parent(*org, new_parent, on);
  changed();
  return Status::Ok();
}

Status OrgTree::merge(OrgId absorbed, OrgId into, Date on) {
  Organisation* org = mutable_find(absorbed);
  const Organisation* target = find(into);
  if (!org || !target) return Status::NotFound("党组织不存在");
  if (absorbed == into) return Status::Invalid("不能把党组织合并到它自己");
  if (!org->active || !target->active) return Status::Error(Code::kConflict, "已合并的党组织不能再参与合并");
  if (within(into, absorbed)) return Status::Error(Code::kConflict, "不能把党组织合并到它的下级");
  std::vector<OrgId> kids = children_[absorbed.value - 1];
  bool has_active_child = std::any_of(kids.begin(), kids.end(), [&](OrgId c) { return find(c)->active; });
  if (has_active_child && !can_have_children(target->type)) {
    return Status::Error(Code::kConflict, "党支部 " + target->code + " 下不能设下级党组织");
  }
  for (OrgId child : kids) {
    Organisation* c = mutable_find(child);
    events_.push_back({OrgEventKind::kMoved, child, on, absorbed, into, "", ""});
    set_parent(*c, into, on);
  }
  events_.push_back({OrgEventKind::kMerged, absorbed, on, org->parent, into, "", ""});
  set_parent(*org, into, on);
  org->active = false;
  org->merged_into = into;
  changed();
  return Status::Ok();
}

const Organisation* OrgTree::find(OrgId id) const {
  if (id.value == 0 || id.value > orgs_.size()) return nullptr;
  return &orgs_[id.value - 1];
}

Organisation* OrgTree::mutable_find(OrgId id) { return const_cast<Organisation*>(std::as_const(*this).find(id)); }

const Organisation* OrgTree::find_code(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : find(it->second);
}

bool OrgTree::code_in_use(std::string_view code) const {
  const std::string key(code);
  return by_code_.count(key) > 0 || retired_codes_.count(key) > 0;
}

std::vector<OrgId> OrgTree::roots() const {
  std::vector<OrgId> out;
  for (const auto& org : orgs_) {
    if (!org.parent) out.push_back(org.id);
  }
  return out;
}

const std::vector<OrgId>& OrgTree::children(OrgId id) const {
  static const std::vector<OrgId> kNone;
  return find(id) ? children_[id.value - 1] : kNone;
}

bool OrgTree::within(OrgId id, OrgId root) const {
  if (!find(id) || !find(root)) return false;
  if (!dirty_) {
    std::size_t i = id.value - 1, r = root.value - 1;
    return enter_[r] <= enter_[i] && leave_[i] <= leave_[r];
  }
  // During a Batch: walk up. The tree has no cycles, so this ends.
  for (std::optional<OrgId> at = id; at; at = find(*at)->parent) {
    if (*at == root) return true;
  }
  return false;
}

OrgPath OrgTree::ancestry(OrgId id) const {
  OrgPath path;
  for (std::optional<OrgId> at = id; at && find(*at); at = find(*at)->parent) path.push_back(*at);
  return path;
}

std::vector<OrgId> OrgTree::subtree(OrgId root) const {
  std::vector<OrgId> out;
  if (!find(root)) return out;
  std::vector<OrgId> stack{root};
  while (!stack.empty()) {
    OrgId at = stack.back();
    stack.pop_back();
    out.push_back(at);
    const auto& kids = children_[at.value - 1];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

std::optional<OrgId> OrgTree::parent_on(OrgId id, Date on) const {
  const Organisation* org = find(id);
  if (!org || on < org->created) return std::nullopt;
  // Spells are in order; the last one that started on or before `on` holds.
  std::optional<OrgId> parent;
  for (const auto& spell : org->parents) {
    if (spell.from <= on) parent = spell.parent;
  }
  return parent;
}

void OrgTree::set_parent(Organisation& org, std::optional<OrgId> parent, Date on) {
  if (org.parent) {
    auto& siblings = children_[org.parent->value - 1];
    siblings.erase(std::remove(siblings.begin(), siblings.end(), org.id), siblings.end());
  }
  if (!org.parents.empty()) org.parents.back().to = on;
  org.parents.push_back({parent, on, std::nullopt});
  org.parent = parent;
  if (parent) children_[parent->value - 1].push_back(org.id);
}

Result<OrgTree> OrgTree::restore(std::vector<Organisation> orgs, std::vector<OrgEvent> events) {
  OrgTree tree;
  tree.children_.resize(orgs.size());
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    const Organisation& o = orgs[i];
    if (o.id.value != i + 1) return Status::Error(Code::kCorrupt, "organisation ids are not 1..n");
    if (!tree.by_code_.emplace(o.code, o.id).second) return Status::Error(Code::kCorrupt, "duplicate organisation code");
    if (o.parent) {
      if (!o.parent->valid() || o.parent->value > orgs.size() || *o.parent == o.id) {
        return Status::Error(Code::kCorrupt, "organisation " + o.code + " has an unknown parent");
      }
      tree.children_[o.parent->value - 1].push_back(o.id);
    }
  }
  for (const Organisation& o : orgs) {
    std::size_t steps = 0;
    for (std::optional<OrgId> at = o.parent; at; at = orgs[at->value - 1].parent) {
      if (++steps > orgs.size()) return Status::Error(Code::kCorrupt, "organisation " + o.code + " is in a cycle");
    }
  }
  for (const OrgEvent& e : events) {
    if (e.kind == OrgEventKind::kRecoded && !tree.by_code_.count(e.before)) tree.retired_codes_.emplace(e.before, e.org);
  }
  tree.orgs_ = std::move(orgs);
  tree.events_ = std::move(events);
  tree.changed();
  return tree;
}

void OrgTree::changed() {
  ++version_;
  dirty_ = true;
  if (batch_depth_ == 0) reindex();
}

void OrgTree::reindex() {
  enter_.assign(orgs_.size(), 0);
  leave_.assign(orgs_.size(), 0);
  std::uint32_t clock = 0;
  // Iterative DFS: (org, next child index).
  std::vector<std::pair<OrgId, std::size_t>> stack;
  for (const auto& org : orgs_) {
    if (org.parent) continue;
    stack.push_back({org.id, 0});
    enter_[org.id.value - 1] = clock++;
    while (!stack.empty()) {
      auto& [at, next] = stack.back();
      const auto& kids = children_[at.value - 1];
      if (next < kids.size()) {
        OrgId child = kids[next++];
        enter_[child.value - 1] = clock++;
        stack.push_back({child, 0});
      } else {
        leave_[at.value - 1] = clock++;
        stack.pop_back();
      }
    }
  }
  dirty_ = false;
}

}  // namespace nc::domain
