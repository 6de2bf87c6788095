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
  // Only members on the roll (domain::on_roll) that no account is linked to
  // (the members an account job opens accounts for); the total counts them.
  bool without_account = false;
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

// The accounts holding one role on one organisation (the approvers of a
// 党委), by account id, each with when that grant was given (0: unknown,
// given before migration 19).
struct GrantHolder {
  StoredUser account;  // grants included
  std::int64_t granted_us = 0;
};
struct GrantHolderPage {
  std::vector<GrantHolder> holders;
  std::optional<domain::UserId> next;
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

// Organisations within scope, a page at a time (the organisation pickers):
// without a query, in the order of their paths (the tree, parents before
// their children); with one, those whose name begins with it (by name, then
// id: organisations_by_name), then those whose code begins with it and whose
// name does not (by code: the unique index on code). Beginnings only, so
// each is a range of an index; the scope filters the range.
struct OrgCursor {
  bool by_code = false;  // past the names: in the codes
  domain::OrgId org;     // the last organisation of the page
};

struct OrgPageQuery {
  std::vector<OrgScope> scope;  // disjoint parts
  std::string query;            // empty: every organisation of the scope
  std::optional<OrgCursor> after;
  std::size_t limit = 50;
};

struct OrgPage {
  std::vector<domain::OrgId> orgs;
  std::optional<OrgCursor> next;
  std::uint64_t total = 0;  // in the scope (matching the query)
};

// 待回复的说明: original statements on member entries in scope that nobody
// answered or marked handled, by id after `after`, never the reader's own
// entry. At most `examine` originals not marked handled are looked at (those
// outside the scope and those answered included): a page may come back short
// with a cursor to go on from.
struct PendingQuery {
  std::vector<OrgScope> scope;
  domain::UserId reader;
  std::optional<domain::MemberId> self;
  std::uint64_t after = 0;
  std::size_t limit = 50;
  std::size_t examine = 2000;
};

struct PendingStatement {
  RecordStatement statement;
  std::uint64_t seen_by_reader = 0;  // the reader's last seen statement on this member's page
  std::string subject_name;
  domain::OrgId subject_org;
};

struct PendingPage {
  std::vector<PendingStatement> statements;
  std::optional<std::uint64_t> next;  // nothing when no open statement follows
};

}  // namespace nc::store
