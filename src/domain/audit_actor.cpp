#include "domain/audit_actor.h"

#include <charconv>

namespace nc::domain {
namespace {

std::optional<std::uint32_t> parse_u32(std::string_view s) {
  std::uint32_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() || v == 0) return std::nullopt;
  return v;
}

}  // namespace

std::string audit_actor_prefix(UserId user) { return "user:" + std::to_string(user.value) + " ("; }

std::string audit_actor_text(UserId user, std::string_view login, std::span<const RoleGrant> grants) {
  std::string out = audit_actor_prefix(user);
  out += login;
  out += ')';
  for (std::size_t i = 0; i < grants.size(); ++i) {
    out += i == 0 ? " as " : ",";
    out += role_id(grants[i].role);
    out += '@';
    out += std::to_string(grants[i].org.value);
  }
  return out;
}

std::optional<AuditActor> parse_audit_actor(std::string_view text) {
  if (!text.starts_with("user:")) return std::nullopt;
  text.remove_prefix(5);
  const auto space = text.find(" (");
  if (space == std::string_view::npos) return std::nullopt;
  auto id = parse_u32(text.substr(0, space));
  if (!id) return std::nullopt;
  text.remove_prefix(space + 2);
  const auto close = text.find(')');
  if (close == std::string_view::npos) return std::nullopt;
  AuditActor out;
  out.user = UserId{*id};
  out.login = std::string(text.substr(0, close));
  text.remove_prefix(close + 1);
  if (text.empty()) return out;
  if (!text.starts_with(" as ")) return std::nullopt;
  text.remove_prefix(4);
  while (true) {
    const auto comma = text.find(',');
    std::string_view one = text.substr(0, comma);
    const auto at = one.find('@');
    if (at == std::string_view::npos) return std::nullopt;
    auto role = parse_role_id(one.substr(0, at));
    auto org = parse_u32(one.substr(at + 1));
    if (!role || !org) return std::nullopt;
    out.grants.push_back(RoleGrant{*role, OrgId{*org}});
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

std::string role_names(std::span<const RoleGrant> grants) {
  std::vector<Role> roles;
  for (Role r : kAllRoles) {
    for (const RoleGrant& g : grants) {
      if (g.role == r) {
        roles.push_back(r);
        break;
      }
    }
  }
  if (roles.size() > 1 && roles.front() == Role::kMember) roles.erase(roles.begin());
  std::string out;
  for (Role r : roles) {
    if (!out.empty()) out += "、";
    out += role_name(r);
  }
  return out;
}

}  // namespace nc::domain
