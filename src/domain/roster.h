// Roster: the members, indexed by id and by member number. Keeps each
// member's organisation and status history when they change.
//
// The roster does not know the hierarchy: callers check that an OrgId exists
// (the importers do). Thread safety: const methods from many threads at once;
// changes need exclusive access.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "domain/member.h"

namespace nc::domain {

class Roster {
 public:
  // Adds a member (m.id is ignored and assigned); starts its histories on `on`.
  Result<MemberId> add(Member m, Date on);
  // Replaces the member with id m.id. An organisation or status change closes
  // the current spell and opens a new one on `on` (or on m.status_since for a
  // status change when given). History fields of `m` are ignored.
  Status update(Member m, Date on);
  // Moves every member of `from` to `to` (after OrgTree::merge).
  void reassign(OrgId from, OrgId to, Date on);

  // Rebuilds a roster from stored members (ids 1..n in order, histories included).
  static Result<Roster> restore(std::vector<Member> members);

  const Member* find(MemberId id) const;
  const Member* find_number(std::string_view number) const;
  const std::vector<Member>& all() const { return members_; }
  std::size_t size() const { return members_.size(); }
  std::uint64_t version() const { return version_; }
  void reserve(std::size_t n);

 private:
  void move_member(Member& m, OrgId to, Date on);
  std::vector<Member> members_;  // members_[id - 1]
  std::unordered_map<std::string, MemberId> by_number_;
  std::uint64_t version_ = 0;
};

}  // namespace nc::domain
