// JSON shapes of docs/api-contract.md "Access (issue 4)": ORG, MEMBER,
// ROLE, USER, with stable English ids next to Chinese names.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "domain/member.h"
#include "domain/org_tree.h"
#include "domain/roster.h"
#include "domain/user.h"

namespace nc::server::handlers {

std::string_view org_type_id(domain::OrgType type);
std::string_view category_id(domain::Category category);
std::string_view cadre_level_id(domain::CadreLevel level);
std::string_view member_status_id(domain::MemberStatus status);
std::optional<domain::OrgType> parse_org_type_id(std::string_view id);
std::string_view org_event_id(domain::OrgEventKind kind);    // "created", "renamed", ...
std::string_view org_event_name(domain::OrgEventKind kind);  // "成立", "更名", ...

nlohmann::json org_json(const domain::Organisation& org);
nlohmann::json member_json(const domain::Member& member, const domain::OrgTree& tree);
// member_json plus its organisation and status histories.
nlohmann::json member_detail_json(const domain::Member& member, const domain::OrgTree& tree);
nlohmann::json role_json(const domain::RoleGrant& grant, const domain::OrgTree& tree);
nlohmann::json user_json(const domain::User& user, const domain::OrgTree& tree, const domain::Roster& roster);
nlohmann::json date_json(const std::optional<domain::Date>& date);

}  // namespace nc::server::handlers
