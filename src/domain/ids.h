// Strongly typed identifiers for the domain: an OrgId cannot be passed where a
// MemberId is expected. Plain values; 0 is never a valid id.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace nc::domain {

template <typename Tag>
struct Id {
  std::uint32_t value = 0;
  constexpr bool valid() const { return value != 0; }
  friend constexpr auto operator<=>(Id, Id) = default;
};

using OrgId = Id<struct OrgTag>;
using MemberId = Id<struct MemberTag>;
using UserId = Id<struct UserTag>;

}  // namespace nc::domain

template <typename Tag>
struct std::hash<nc::domain::Id<Tag>> {
  std::size_t operator()(nc::domain::Id<Tag> id) const noexcept { return std::hash<std::uint32_t>{}(id.value); }
};
