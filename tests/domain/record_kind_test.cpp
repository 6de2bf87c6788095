// The record-kind registry: who reads a record of each kind and who answers
// the statements (说明) its subject appends — whoever may edit the record,
// never the subject, never someone whose branch role lapsed off the roll.
#include "domain/record_kind.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace nc::domain {
namespace {

class RecordKindTest : public ::testing::Test {
 protected:
  void SetUp() override {
    r = *tree.create("R", "党委", OrgType::kCommittee, std::nullopt, day);
    a1 = *tree.create("A1", "第一党支部", OrgType::kBranch, r, day);
    b = *tree.create("B", "第二党支部", OrgType::kBranch, r, day);
  }
  Actor with(Role role, OrgId org, MemberId member = MemberId{1}) { return Actor{UserId{1}, member, {{role, org}}, true}; }
  const RecordKindInfo& member_kind() const { return *find_record_kind("member"); }

  Date day{2020, 1, 1};
  OrgTree tree;
  OrgId r, a1, b;
  const MemberId subject{9};
};

TEST_F(RecordKindTest, KindsAreUniqueAndEachNamesTheRoutesThatShowIt) {
  std::set<std::string> ids;
  for (const RecordKindInfo& k : record_kinds()) {
    EXPECT_TRUE(ids.insert(std::string(k.id)).second) << "kind listed twice: " << k.id;
    EXPECT_FALSE(k.title.empty()) << k.id;
    EXPECT_FALSE(k.shown_by.empty()) << k.id;
    EXPECT_EQ(find_record_kind(k.id), &k);
  }
  EXPECT_EQ(find_record_kind("no_such_kind"), nullptr);
}

TEST_F(RecordKindTest, TheMemberEntryIsAnsweredByWhoeverMayChangeIt) {
  const RecordKindInfo& k = member_kind();
  EXPECT_TRUE(may_answer_statement(with(Role::kBranchSecretary, a1), k, tree, subject, a1).allowed);
  EXPECT_TRUE(may_answer_statement(with(Role::kCommitteeMember, a1), k, tree, subject, a1).allowed);
  EXPECT_TRUE(may_answer_statement(with(Role::kCommitteeAdmin, r), k, tree, subject, a1).allowed);
  // Readers who may not change it read but do not answer.
  EXPECT_TRUE(may_read_record(with(Role::kAuditor, r), k, tree, subject, a1).allowed);
  EXPECT_FALSE(may_answer_statement(with(Role::kAuditor, r), k, tree, subject, a1).allowed);
  EXPECT_FALSE(may_answer_statement(with(Role::kMember, a1), k, tree, subject, a1).allowed);
  // Another branch's secretary neither reads nor answers.
  EXPECT_FALSE(may_read_record(with(Role::kBranchSecretary, b), k, tree, subject, a1).allowed);
  EXPECT_FALSE(may_answer_statement(with(Role::kBranchSecretary, b), k, tree, subject, a1).allowed);
  // A staff system administrator reads no records.
  Actor staff{UserId{2}, std::nullopt, {{Role::kSystemAdmin, OrgId{}}}, true};
  EXPECT_FALSE(may_read_record(staff, k, tree, subject, a1).allowed);
}

TEST_F(RecordKindTest, NobodyAnswersTheirOwnStatementsButEveryoneReadsTheirOwnRecord) {
  const RecordKindInfo& k = member_kind();
  Actor secretary_self = with(Role::kBranchSecretary, a1, subject);
  EXPECT_TRUE(may_read_record(secretary_self, k, tree, subject, a1).allowed);
  EXPECT_FALSE(may_read_record(secretary_self, k, tree, subject, a1).audit_this_read) << "one's own: not audited";
  EXPECT_FALSE(may_answer_statement(secretary_self, k, tree, subject, a1).allowed);
  Actor plain{UserId{3}, subject, {}, true};
  EXPECT_TRUE(may_read_record(plain, k, tree, subject, a1).allowed) << "no role needed for one's own record";
}

TEST_F(RecordKindTest, ASecretaryOffTheRollNoLongerAnswersButStillReadsTheirOwn) {
  const RecordKindInfo& k = member_kind();
  Actor former = with(Role::kBranchSecretary, a1, MemberId{1});
  former.member_on_roll = false;
  EXPECT_FALSE(may_read_record(former, k, tree, subject, a1).allowed);
  EXPECT_FALSE(may_answer_statement(former, k, tree, subject, a1).allowed);
  EXPECT_TRUE(may_read_record(former, k, tree, MemberId{1}, a1).allowed);
  // A committee administrator's grant does not hang on a member being on the roll.
  Actor admin = with(Role::kCommitteeAdmin, r, MemberId{1});
  admin.member_on_roll = false;
  EXPECT_TRUE(may_answer_statement(admin, k, tree, subject, a1).allowed);
}

TEST_F(RecordKindTest, AWorkflowRecordIsAuthorizedAsARecordKeptByItsOrganisation) {
  RecordKindInfo declaration{"declaration", "申报", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
                             "GET /x"};
  const Target t = record_kind_target(declaration, tree, subject, a1);
  EXPECT_EQ(t.kind, TargetKind::kRecord);
  EXPECT_EQ(t.record_kind, "declaration");
  EXPECT_EQ(t.subject, subject);
  EXPECT_EQ(t.org.front(), a1);
  EXPECT_TRUE(may_answer_statement(with(Role::kBranchSecretary, a1), declaration, tree, subject, a1).allowed);
  EXPECT_FALSE(may_answer_statement(with(Role::kAuditor, r), declaration, tree, subject, a1).allowed);
  EXPECT_EQ(record_kind_target(member_kind(), tree, subject, a1).kind, TargetKind::kMember);
}

}  // namespace
}  // namespace nc::domain
