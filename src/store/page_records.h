// Keyset pages the store answers (issue 9: every list bounded): members by
// organisation subtree, organisations' children with their member counts,
// accounts, and members found by name or 党员编号. Plain values.
//
// Organisations carry a path (migration 9: "1/5/23/", each id followed by
// '/', root first), so "the members in the subtree of X after Y" is one range
// of the organisations_by_path index, each organisation's members one range of
// members_by_org (org_id, id): no scan of the roster, and nothing the store
// reads grows with the size of the party but the count behind a total.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.h"
#include "domain/member.h"
#include "store/access_records.h"

namespace nc::store {

// Where a member list reaches: an organisation alone or with its subtree
// (domain::Reach, decided by authorize()).
struct OrgScope {
  domain::OrgId org;
  bool subtree = false;
};

// Position after the last member of a page: members come in the order of
// their organisation's path, then by id.
struct MemberCursor {
  domain::OrgId org;
  domain::MemberId member;
};

struct MemberPageQuery {
  std::vector<OrgScope> scope;  // disjoint parts
  std::optional<MemberCursor> after;
  std::size_t limit = 50;
  bool with_total = true;  // false: total stays 0 (a reader of every page needs it once at most)
};

// Members without their histories (the single-member read has those).
struct MemberPage {
  std::vector<domain::Member> members;
  std::optional<MemberCursor> next;  // nothing on the last page
  std::uint64_t total = 0;           // in the whole scope
};

// An organisation as a row of its parent's summary: how many organisations
// sit right below it, and how many members are on the roll (domain::on_roll)
// in it and in its whole subtree.
struct OrgSummary {
  domain::OrgId org;
  std::uint64_t children = 0;
  std::uint64_t members_here = 0;     // on the roll, in this organisation itself
  std::uint64_t members_subtree = 0;  // on the roll, in its subtree (itself included)
};

struct OrgChildrenPage {
  std::vector<OrgSummary> children;  // by id
  std::optional<domain::OrgId> next;
  std::uint64_t total = 0;
};

struct UserPage {
  std::vector<StoredUser> users;  // by id, grants included
  std::optional<domain::UserId> next;
  std::uint64_t total = 0;
};

// Members found by name (its beginning) or 党员编号 (exact or its
// beginning), within scope: exact numbers first, then names, then numbers.
struct MemberSearch {
  std::vector<OrgScope> scope;
  std::string query;
  std::size_t limit = 20;
};

struct MemberSearchResult {
  std::vector<domain::Member> members;
  bool more = false;
};

}  // namespace nc::store
