// The authorization matrix: every action x every role (and no role) x inside /
// below / outside the actor's organisation x own / someone else's target,
// checked against cases/authorization_matrix.txt, where the expected table is
// written out by hand.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "domain/authorization.h"

namespace nc::domain {
namespace {

const std::vector<std::string> kColumns = {
    "none", "member", "branch_secretary", "committee_member", "committee_admin", "auditor", "system_admin", "approver"};
const char* kWheres[] = {"self", "below", "outside"};
const char* kWhoses[] = {"own", "other"};

struct Row {
  int line = 0;
  std::string action, where, whose;
  std::vector<char> cells;  // per kColumns
  int uses = 0;
};

std::vector<Row> load_table() {
  std::ifstream in(std::string(NC_CASES_DIR) + "/authorization_matrix.txt");
  EXPECT_TRUE(in) << "cannot open the matrix";
  std::vector<Row> rows;
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (text.empty() || text[0] == '#') continue;
    std::istringstream fields(text);
    Row row;
    row.line = line;
    fields >> row.action >> row.where >> row.whose;
    std::string cell;
    while (fields >> cell) {
      EXPECT_TRUE(cell == "Y" || cell == "A" || cell == "-") << "line " << line << ": bad cell " << cell;
      row.cells.push_back(cell[0]);
    }
    EXPECT_TRUE(parse_action_id(row.action)) << "line " << line << ": unknown action " << row.action;
    EXPECT_EQ(row.cells.size(), kColumns.size()) << "line " << line;
    rows.push_back(row);
  }
  return rows;
}

// The fixture of the header comment: R > A > A1, R > B.
struct World {
  OrgTree tree;
  OrgId r, a, a1, b;
  const MemberId me{1}, someone{2};
  const UserId my_account{1}, other_account{2};

  World() {
    Date d{2020, 1, 1};
    r = *tree.create("R", "R", OrgType::kCommittee, std::nullopt, d);
    a = *tree.create("A", "A", OrgType::kGeneralBranch, r, d);
    a1 = *tree.create("A1", "A1", OrgType::kBranch, a, d);
    b = *tree.create("B", "B", OrgType::kBranch, r, d);
  }

  OrgId place(const std::string& where) const { return where == "self" ? a : where == "below" ? a1 : b; }

  Actor actor(const std::string& column) const {
    Actor actor{my_account, me, {}, true};
    if (column != "none") actor.grants.push_back({*parse_role_id(column), a});
    return actor;
  }

  Target target(Action action, const std::string& where, bool own) const {
    OrgPath path = tree.ancestry(place(where));
    MemberId subject = own ? me : someone;
    switch (action) {
      case Action::kMemberRead:
      case Action::kMemberUpdate:
      case Action::kRecordList:
        return Target::member(subject, path);
      case Action::kRecordRead:
      case Action::kRecordCreate:
      case Action::kRecordUpdate:
      case Action::kRecordAppendStatement:
        return Target::record({subject, place(where), "declaration"}, path);
      case Action::kOrgMove:
        return Target::organisation(path).moving_to(path);
      case Action::kUserRead:
      case Action::kUserUpdate:
      case Action::kRoleGrant:
        return Target::account(own ? my_account : other_account);
      case Action::kUserList:
      case Action::kUserCreate:
      case Action::kSettingsRead:
      case Action::kSettingsUpdate:
        return Target::system();
      case Action::kAuditRead:
        return Target::audit_log(path);
      default:
        return Target::organisation(path);
    }
  }
};

bool matches(const std::string& pattern, const std::string& value) { return pattern == "*" || pattern == value; }

TEST(AuthorizationMatrixTest, EveryCellMatchesTheWrittenTable) {
  std::vector<Row> table = load_table();
  ASSERT_FALSE(table.empty());
  World world;
  int checked = 0;
  for (Action action : kAllActions) {
    const std::string id(action_id(action));
    for (std::size_t col = 0; col < kColumns.size(); ++col) {
      for (const char* where : kWheres) {
        for (const char* whose : kWhoses) {
          std::vector<Row*> hits;
          for (Row& row : table) {
            if (row.action == id && matches(row.where, where) && matches(row.whose, whose)) hits.push_back(&row);
          }
          const std::string cell_name = id + " / " + kColumns[col] + " / " + where + " / " + whose;
          ASSERT_EQ(hits.size(), 1u) << cell_name << ": the table must have exactly one row for this cell";
          Row& row = *hits.front();
          ++row.uses;
          char expected = row.cells[col];
          Decision d =
              authorize(world.actor(kColumns[col]), action, world.target(action, where, whose == std::string("own")));
          char got = !d.allowed ? '-' : d.audit_this_read ? 'A' : 'Y';
          EXPECT_EQ(got, expected) << cell_name << " (table line " << row.line << "): " << d.reason;
          ++checked;
        }
      }
    }
  }
  EXPECT_EQ(checked, static_cast<int>(kAllActions.size() * kColumns.size() * 3 * 2));
  for (const Row& row : table) EXPECT_GT(row.uses, 0) << "table line " << row.line << " matches no cell";
}

TEST(AuthorizationMatrixTest, TableCoversEveryRole) {
  for (Role role : kAllRoles) {
    EXPECT_NE(std::find(kColumns.begin(), kColumns.end(), std::string(role_id(role))), kColumns.end()) << role_id(role);
  }
}

}  // namespace
}  // namespace nc::domain
