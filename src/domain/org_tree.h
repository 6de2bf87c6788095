// OrgTree: the organisation hierarchy, a forest of any depth, with its
// history. Every change is checked (no cycles, no children under a 党支部,
// unique codes) and recorded as an OrgEvent; an organisation's past parents
// are kept in Organisation::parents.
//
// Subtree queries (within, ancestry) are O(1) / O(depth) from an Euler-tour
// index rebuilt after each change, or once at the end of a Batch.
//
// Thread safety: const methods may be called from many threads at once;
// changes need exclusive access.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "domain/organisation.h"

namespace nc::domain {

// An organisation and its ancestors, the organisation first and its root
// last. What the authorization rules need to know about where a target sits.
using OrgPath = std::vector<OrgId>;

class OrgTree {
 public:
  // Creates an organisation under `parent` (a root when empty).
  Result<OrgId> create(std::string code, std::string name, OrgType type, std::optional<OrgId> parent, Date on);
  // Renaming, retyping and recoding need an active organisation.
  Status rename(OrgId org, std::string name, Date on);
  Status retype(OrgId org, OrgType type, Date on);
  // Gives `org` a new code. The old one stays reserved for ever (imports and
  // old exports name organisations by code), so no other organisation gets it.
  Status recode(OrgId org, std::string code, Date on);
  // Moves `org` with its subtree under `new_parent`.
  Status move(OrgId org, OrgId new_parent, Date on);
  // Whether move / merge would be refused by the tree's own rules, and why;
  // what they check before changing anything (the UI offers only allowed targets).
  Status check_move(OrgId org, OrgId new_parent) const;
  Status check_merge(OrgId absorbed, OrgId into) const;
  // Merges `absorbed` into `into`: its children move under `into`, and it
  // becomes an inactive child of `into`, so what it owned stays inside
  // `into`'s subtree. Moving its members is the roster's part (Roster::reassign).
  Status merge(OrgId absorbed, OrgId into, Date on);
  // Dissolves (撤销) an organisation that has no active organisations below
  // it: it stays in the tree, inactive, with its history. Whether members
  // still belong to it is the roster's question (org_changes.h).
  Status deactivate(OrgId org, Date on);

  // Rebuilds a tree from stored organisations (ids 1..n in order, each with
  // its parents history) and its events, as the store loads them.
  static Result<OrgTree> restore(std::vector<Organisation> orgs, std::vector<OrgEvent> events);

  const Organisation* find(OrgId org) const;
  const Organisation* find_code(std::string_view code) const;
  // Whether a code is taken: by an organisation now, or once (a recoded one).
  bool code_in_use(std::string_view code) const;
  std::vector<OrgId> roots() const;
  const std::vector<OrgId>& children(OrgId org) const;  // active and inactive
  std::size_t size() const { return orgs_.size(); }
  const std::vector<Organisation>& all() const { return orgs_; }
  const std::vector<OrgEvent>& events() const { return events_; }

  // True when `org` is `root` or below it. False for unknown ids.
  bool within(OrgId org, OrgId root) const;
  OrgPath ancestry(OrgId org) const;             // empty for an unknown id
  std::vector<OrgId> subtree(OrgId root) const;  // pre-order, root first
  // The parent `org` had on day `on`; nothing if it was a root or did not exist.
  std::optional<OrgId> parent_on(OrgId org, Date on) const;

  // Bumped by every change; an import plan remembers it to refuse applying
  // to a hierarchy that changed since planning.
  std::uint64_t version() const { return version_; }

  // Defers re-indexing until the outermost Batch ends: for many changes in a row.
  class Batch {
   public:
    explicit Batch(OrgTree& tree) : tree_(tree) { ++tree_.batch_depth_; }
    ~Batch() {
      if (--tree_.batch_depth_ == 0) tree_.reindex();
    }
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

   private:
    OrgTree& tree_;
  };

 private:
  Organisation* mutable_find(OrgId org);
  void set_parent(Organisation& org, std::optional<OrgId> parent, Date on);
  void changed();
  void reindex();

  std::vector<Organisation> orgs_;  // orgs_[id - 1]
  std::vector<std::vector<OrgId>> children_;
  std::unordered_map<std::string, OrgId> by_code_;
  std::unordered_map<std::string, OrgId> retired_codes_;  // codes given up by recode()
  std::vector<OrgEvent> events_;
  std::vector<std::uint32_t> enter_, leave_;  // Euler tour, valid when !dirty_
  bool dirty_ = false;
  int batch_depth_ = 0;
  std::uint64_t version_ = 0;
};

}  // namespace nc::domain
