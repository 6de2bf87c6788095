#include "server/handlers/people_json.h"

namespace nc::server::handlers {

using nlohmann::json;

std::string_view org_type_id(domain::OrgType type) {
  switch (type) {
    case domain::OrgType::kCommittee: return "committee";
    case domain::OrgType::kWorkingCommittee: return "working_committee";
    case domain::OrgType::kGeneralBranch: return "general_branch";
    case domain::OrgType::kBranch: return "branch";
  }
  return "branch";
}

std::optional<domain::OrgType> parse_org_type_id(std::string_view id) {
  for (auto t : {domain::OrgType::kCommittee, domain::OrgType::kWorkingCommittee, domain::OrgType::kGeneralBranch,
                 domain::OrgType::kBranch}) {
    if (org_type_id(t) == id) return t;
  }
  return std::nullopt;
}

std::string_view org_event_id(domain::OrgEventKind kind) {
  switch (kind) {
    case domain::OrgEventKind::kCreated: return "created";
    case domain::OrgEventKind::kRenamed: return "renamed";
    case domain::OrgEventKind::kRetyped: return "retyped";
    case domain::OrgEventKind::kMoved: return "moved";
    case domain::OrgEventKind::kMerged: return "merged";
    case domain::OrgEventKind::kRecoded: return "recoded";
    case domain::OrgEventKind::kDeactivated: return "deactivated";
  }
  return "?";
}

std::string_view org_event_name(domain::OrgEventKind kind) {
  switch (kind) {
    case domain::OrgEventKind::kCreated: return "成立";
    case domain::OrgEventKind::kRenamed: return "更名";
    case domain::OrgEventKind::kRetyped: return "改变类型";
    case domain::OrgEventKind::kMoved: return "调整隶属关系";
    case domain::OrgEventKind::kMerged: return "合并";
    case domain::OrgEventKind::kRecoded: return "变更组织编码";
    case domain::OrgEventKind::kDeactivated: return "撤销";
  }
  return "?";
}

std::string_view category_id(domain::Category category) {
  return category == domain::Category::kFull ? "full" : "probationary";
}

std::string_view cadre_level_id(domain::CadreLevel level) {
  switch (level) {
    case domain::CadreLevel::kNone: return "none";
    case domain::CadreLevel::kProvincial: return "provincial";
    case domain::CadreLevel::kBureau: return "bureau";
    case domain::CadreLevel::kCounty: return "county";
    case domain::CadreLevel::kTownship: return "township";
    case domain::CadreLevel::kOther: return "other";
  }
  return "none";
}

std::string_view member_status_id(domain::MemberStatus status) {
  switch (status) {
    case domain::MemberStatus::kActive: return "active";
    case domain::MemberStatus::kTransferredOut: return "transferred_out";
    case domain::MemberStatus::kLostContact: return "lost_contact";
    case domain::MemberStatus::kDeceased: return "deceased";
    case domain::MemberStatus::kLeft: return "left";
  }
  return "active";
}

json date_json(const std::optional<domain::Date>& date) { return date ? json(date->iso()) : json(nullptr); }

json org_json(const domain::Organisation& org) {
  return {{"id", org.id.value},
          {"code", org.code},
          {"name", org.name},
          {"type", org_type_id(org.type)},
          {"type_name", domain::org_type_name(org.type)},
          {"parent", org.parent ? json(org.parent->value) : json(nullptr)},
          {"active", org.active},
          {"merged_into", org.merged_into ? json(org.merged_into->value) : json(nullptr)}};
}

namespace {
// `active` false: merged into another or dissolved (a grant on it covers
// nobody any more, a member's history names it).
json org_ref(domain::OrgId id, const domain::OrgTree& tree) {
  const domain::Organisation* o = tree.find(id);
  return {{"id", id.value}, {"name", o ? o->name : ""}, {"active", o != nullptr && o->active}};
}
}  // namespace

json member_json(const domain::Member& m, const domain::OrgTree& tree) {
  return {{"id", m.id.value},
          {"name", m.name},
          {"number", m.number},
          {"org", org_ref(m.org, tree)},
          {"category", category_id(m.category)},
          {"category_name", domain::category_name(m.category)},
          {"cadre", m.cadre},
          {"cadre_level", cadre_level_id(m.cadre_level)},
          {"cadre_level_name", domain::cadre_level_name(m.cadre_level)},
          {"status", member_status_id(m.status)},
          {"status_name", domain::status_name(m.status)},
          {"status_since", date_json(m.status_since)},
          {"joined", date_json(m.joined)},
          {"regularised", date_json(m.regularised)}};
}

json member_detail_json(const domain::Member& m, const domain::OrgTree& tree) {
  json out = member_json(m, tree);
  json orgs = json::array();
  for (const domain::OrgSpell& s : m.org_history) {
    orgs.push_back({{"org", org_ref(s.org, tree)}, {"from", s.from.iso()}, {"to", date_json(s.to)}});
  }
  json statuses = json::array();
  for (const domain::StatusSpell& s : m.status_history) {
    statuses.push_back({{"status", member_status_id(s.status)},
                        {"status_name", domain::status_name(s.status)},
                        {"from", s.from.iso()},
                        {"to", date_json(s.to)}});
  }
  out["org_history"] = std::move(orgs);
  out["status_history"] = std::move(statuses);
  return out;
}

json role_json(const domain::RoleGrant& grant, const domain::OrgTree& tree) {
  const bool global = grant.role == domain::Role::kSystemAdmin;
  return {{"role", domain::role_id(grant.role)},
          {"role_name", domain::role_name(grant.role)},
          {"org", global ? json(nullptr) : org_ref(grant.org, tree)}};
}

json user_json(const domain::User& user, const domain::OrgTree& tree, const domain::Roster& roster) {
  json member = nullptr;
  bool on_roll = true;
  if (user.member) {
    const domain::Member* m = roster.find(*user.member);
    on_roll = m != nullptr && domain::on_roll(m->status);
    member = {{"id", user.member->value}, {"name", m ? m->name : ""}, {"on_roll", on_roll}};
  }
  // A member off the roll keeps their grants on record, but their member and
  // branch roles count for nothing (domain::authorize): `lapsed`.
  json roles = json::array();
  for (const auto& g : user.grants) {
    json role = role_json(g, tree);
    role["lapsed"] = !on_roll && domain::needs_linked_member(g.role);
    roles.push_back(std::move(role));
  }
  return {{"id", user.id.value},
          {"username", user.login},
          {"member", member},
          {"roles", roles},
          {"disabled", user.disabled}};
}

}  // namespace nc::server::handlers
