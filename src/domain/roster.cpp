#include "domain/roster.h"

#include <utility>

namespace nc::domain {

Result<MemberId> Roster::add(Member m, Date on) {
  if (m.name.empty() || m.number.empty()) return Status::Invalid("姓名和党员编号不能为空");
  if (!m.org.valid()) return Status::Invalid("党员必须属于一个党组织");
  if (by_number_.count(m.number)) return Status::Error(Code::kConflict, "党员编号 " + m.number + " 已存在");
  m.id = MemberId{static_cast<std::uint32_t>(members_.size() + 1)};
  m.org_history = {{m.org, on, std::nullopt}};
  m.status_history = {{m.status, m.status_since.value_or(on), std::nullopt}};
  by_number_.emplace(m.number, m.id);
  members_.push_back(std::move(m));
  ++version_;
  return members_.back().id;
}

Status Roster::update(Member m, Date on) {
  if (!find(m.id)) return Status::NotFound("党员不存在");
  if (m.name.empty() || m.number.empty()) return Status::Invalid("姓名和党员编号不能为空");
  if (!m.org.valid()) return Status::Invalid("党员必须属于一个党组织");
  Member& cur = members_[m.id.value - 1];
  if (m.number != cur.number) {
    if (by_number_.count(m.number)) return Status::Error(Code::kConflict, "党员编号 " + m.number + " 已存在");
    by_number_.erase(cur.number);
    by_number_.emplace(m.number, m.id);
  }
  if (m.org != cur.org) move_member(cur, m.org, on);
  if (m.status != cur.status) {
    Date since = m.status_since.value_or(on);
    cur.status_history.back().to = since;
    cur.status_history.push_back({m.status, since, std::nullopt});
  }
  m.org_history = std::move(cur.org_history);
  m.status_history = std::move(cur.status_history);
  cur = std::move(m);
  ++version_;
  return Status::Ok();
}

void Roster::reassign(OrgId from, OrgId to, Date on) {
  bool any = false;
  for (auto& m : members_) {
    if (m.org == from) {
      move_member(m, to, on);
      any = true;
    }
  }
  if (any) ++version_;
}

void Roster::move_member(Member& m, OrgId to, Date on) {
  m.org_history.back().to = on;
  m.org_history.push_back({to, on, std::nullopt});
  m.org = to;
}

const Member* Roster::find(MemberId id) const {
  if (id.value == 0 || id.value > members_.size()) return nullptr;
  return &members_[id.value - 1];
}

const Member* Roster::find_number(std::string_view number) const {
  auto it = by_number_.find(std::string(number));
  return it == by_number_.end() ? nullptr : find(it->second);
}

Result<Roster> Roster::restore(std::vector<Member> members) {
  Roster roster;
  roster.reserve(members.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].id.value != i + 1) return Status::Error(Code::kCorrupt, "member ids are not 1..n");
    if (!roster.by_number_.emplace(members[i].number, members[i].id).second) {
      return Status::Error(Code::kCorrupt, "duplicate member number " + members[i].number);
    }
  }
  roster.members_ = std::move(members);
  ++roster.version_;
  return roster;
}

void Roster::reserve(std::size_t n) {
  members_.reserve(n);
  by_number_.reserve(n);
}

}  // namespace nc::domain
