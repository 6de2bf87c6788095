// The AuditStore area (store.h) as typed test suites, run against every
// backend (audit_areas_backend.h): the chain written alongside every change,
// checkpoints, tampering found column by column, the auditor's filters and
// the chain a piece at a time. Moved from access_store_test.cpp (SQLite
// only), every assertion kept.
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "audit_areas_backend.h"
#include "domain/audit_chain.h"
#include "domain/checkpoint_signature.h"

namespace nc::store::testing {

template <typename Backend>
class AuditStoreTest : public AreaTest<Backend> {
 protected:
  AuditStore& db() { return this->backend->audit(); }
};

TYPED_TEST_SUITE_P(AuditStoreTest);

TYPED_TEST_P(AuditStoreTest, CheckpointsAreKeptInSequenceOrderAndOncePerEntry) {
  using namespace nc::domain;
  AuditStore& db = this->db();
  EXPECT_EQ(*db.audit_head(), kGenesis);
  StoredUser u;
  u.user.login = "fred";
  u.password_hash = "h";
  ASSERT_TRUE(this->backend->accounts().create_user(u, area_note("user.create")).ok());
  ASSERT_TRUE(db.append_audit(area_note("x")).ok());
  auto chain = db.audit_chain();
  ASSERT_TRUE(chain.ok());
  const Checkpoint head = *db.audit_head();
  EXPECT_EQ(head, checkpoint_of(chain->back()));
  EXPECT_EQ(head.seq, 2u);

  SigningSeed seed;
  seed.fill(9);
  const SignedCheckpoint second = sign_checkpoint(head, 42, seed);
  const SignedCheckpoint first = sign_checkpoint(checkpoint_of(chain->front()), 41, seed);
  ASSERT_TRUE(db.add_checkpoint(second).ok());
  ASSERT_TRUE(db.add_checkpoint(first).ok());
  const Status again = db.add_checkpoint(second);
  EXPECT_EQ(again.code(), Code::kConflict);
  EXPECT_EQ(again.message(), "a checkpoint for entry 2 exists");
  auto kept = db.list_checkpoints();
  ASSERT_TRUE(kept.ok()) << kept.status().message();
  ASSERT_EQ(kept->size(), 2u);
  EXPECT_EQ((*kept)[0].checkpoint, first.checkpoint);
  EXPECT_EQ((*kept)[1].checkpoint, second.checkpoint);
  EXPECT_EQ((*kept)[1].time_us, 42);
  EXPECT_TRUE(verify_checkpoint((*kept)[1], public_key_for(seed))) << "the signature reads back intact";
  EXPECT_EQ(db.audit_chain()->size(), 2u) << "a checkpoint is no entry of the log";
}

TYPED_TEST_P(AuditStoreTest, EveryWriteExtendsOneIntactChainAndTamperingShows) {
  using namespace nc::domain;
  AuditStore& db = this->db();
  StoredUser u;
  u.user.login = "carol";
  u.password_hash = "h";
  ASSERT_TRUE(this->backend->accounts().create_user(u, area_note("user.create")).ok());
  RecordStatement st;
  st.kind = "member";
  st.record_id = 1;
  st.subject = MemberId{1};
  st.author = UserId{1};
  st.text = "说明";
  ASSERT_TRUE(this->backend->statements().add_statement(st, area_note("record.append_statement")).ok());
  ASSERT_TRUE(db.append_audit(area_note("member.read")).ok());
  auto chain = db.audit_chain();
  ASSERT_TRUE(chain.ok());
  ASSERT_EQ(chain->size(), 3u);
  EXPECT_TRUE(verify_chain(*chain).ok());
  EXPECT_EQ(this->backend->statements().list_statements(MemberId{1})->size(), 1u);

  this->exec("UPDATE audit_log SET detail = 'x' WHERE seq = 2");
  chain = db.audit_chain();
  const VerifyReport report = verify_chain(*chain);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.issues.front().seq, 2u);
}

// The auditor's page (issue 9): scopes and an organisation by subtree, the
// actor by prefix, counts that ignore the page, the chain a piece at a time.
TYPED_TEST_P(AuditStoreTest, AuditFiltersNarrowBySubtreeActorAndTimeAndCount) {
  using namespace nc::domain;
  AuditStore& db = this->db();
  OrgTree tree;
  auto root = tree.create("R", "党委", OrgType::kCommittee, std::nullopt, {2020, 1, 1});
  auto a = tree.create("A", "总支", OrgType::kGeneralBranch, *root, {2020, 1, 1});
  auto b = tree.create("B", "支部", OrgType::kBranch, *a, {2020, 1, 1});
  auto c = tree.create("C", "支部", OrgType::kBranch, *root, {2020, 1, 1});
  ASSERT_TRUE(this->backend->seed(tree, Roster()).ok());  // seq 1, no scope
  const std::vector<std::pair<std::optional<OrgId>, std::string>> rows = {
      {*b, "user:4 (sec) as branch_secretary@3"},
      {*c, "user:40 (other)"},
      {*a, "user:4 (sec)"},
      {std::nullopt, "anonymous"},
      {*b, "user:5 (x)"},
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    AuditRecord r = area_note(i % 2 ? "member.read" : "member.list");
    r.entry.scope = rows[i].first;
    r.entry.actor = rows[i].second;
    r.entry.time_us = 1'000'000 * static_cast<std::int64_t>(i + 1);
    ASSERT_TRUE(db.append_audit(r).ok());
  }
  auto seqs = [&](const AuditFilter& f) {
    std::vector<std::uint64_t> out;
    auto found = db.list_audit(f);
    EXPECT_TRUE(found.ok()) << found.status().message();
    if (!found.ok()) return out;
    for (const auto& x : *found) out.push_back(x.entry.seq);
    return out;
  };
  using V = std::vector<std::uint64_t>;
  AuditFilter f;
  f.scopes = std::vector<OrgId>{*a};
  EXPECT_EQ(seqs(f), (V{6, 4, 2})) << "A's subtree: A and B";
  EXPECT_EQ(*db.count_audit(f), 3u);
  f.unscoped = true;
  EXPECT_EQ(seqs(f), (V{6, 5, 4, 2, 1})) << "and entries about no organisation";
  f.org = *b;
  EXPECT_EQ(seqs(f), (V{6, 2})) << "within the scope, B's subtree";
  f.org.reset();
  f.actor_prefix = "user:4 (";
  EXPECT_EQ(seqs(f), (V{4, 2})) << "user 4, whatever its roles, not user 40";
  f.actor_prefix.clear();
  f.from_us = 2'000'000;
  f.to_us = 4'000'000;
  EXPECT_EQ(seqs(f), (V{5, 4})) << "the scoped entries in the time range";
  f.from_us.reset();
  f.to_us.reset();
  f.before_seq = 5;
  f.limit = 2;
  EXPECT_EQ(seqs(f), (V{4, 2})) << "a page before seq 5";
  EXPECT_EQ(*db.count_audit(f), 5u) << "the count ignores the page";
  f.scopes = std::vector<OrgId>{};
  f.unscoped = false;
  EXPECT_TRUE(seqs(f).empty()) << "no scope: nothing";
  f.scopes = std::vector<OrgId>(65, *a);
  auto refused = db.list_audit(f);
  EXPECT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Code::kInvalidInput);
  EXPECT_EQ(db.count_audit(f).status().code(), Code::kInvalidInput);
  AuditFilter many;
  many.actions = std::vector<std::string>(33, "member.read");
  EXPECT_EQ(db.list_audit(many).status().code(), Code::kInvalidInput) << "at most 32 actions";
  many.actions.resize(32);
  EXPECT_EQ(*db.count_audit(many), 2u);
  many.actions.clear();
  many.action = "member.list";
  EXPECT_EQ(seqs(many), (V{6, 4, 2}));

  auto piece = db.audit_chain_range(2, 3);
  ASSERT_TRUE(piece.ok());
  ASSERT_EQ(piece->size(), 3u);
  EXPECT_EQ((*piece)[0].seq, 3u);
  auto head = db.audit_chain_range(0, 100);
  ASSERT_EQ(head->size(), 6u);
  EXPECT_TRUE(verify_chain(*piece, checkpoint_of((*head)[1])).ok()) << "a piece continues from the entry before it";
  EXPECT_FALSE(verify_chain(*piece, checkpoint_of((*head)[0])).ok());
  EXPECT_TRUE(db.audit_chain_range(6, 100)->empty()) << "nothing after the head";
}

// Text is compared as SQLite compares it, byte by byte (UTF-8, so by code
// point): an actor prefix is exact about case, punctuation and characters.
// PostgreSQL compares by the database's collation; under a linguistic one
// (en_US, zh_CN) "User" and "user", or "user:4 (" and "user:40", would sort
// together — the database is made with a byte-order collation (C.UTF-8).
TYPED_TEST_P(AuditStoreTest, AnActorPrefixMatchesBytesNotALanguagesOrder) {
  AuditStore& db = this->db();
  const std::vector<std::string> actors = {"user:4 (王)", "User:4 (李)", "user:4(x)",  "user:40 (王)",
                                           "王五",        "汪六",        "user:4 (王", "user:4 ("};
  for (const std::string& actor : actors) {
    AuditRecord r = area_note("member.read");
    r.entry.actor = actor;
    ASSERT_TRUE(db.append_audit(r).ok());
  }
  auto matching = [&](const std::string& prefix) {
    AuditFilter f;
    f.actor_prefix = prefix;
    std::vector<std::string> out;
    auto found = db.list_audit(f);
    EXPECT_TRUE(found.ok()) << found.status().message();
    if (found.ok())
      for (const auto& x : *found) out.push_back(x.entry.actor);
    EXPECT_EQ(*db.count_audit(f), out.size());
    return out;
  };
  using S = std::vector<std::string>;
  EXPECT_EQ(matching("user:4 ("), (S{"user:4 (", "user:4 (王", "user:4 (王)"}));
  EXPECT_EQ(matching("User"), (S{"User:4 (李)"}));
  EXPECT_EQ(matching("user:4"), (S{"user:4 (", "user:4 (王", "user:40 (王)", "user:4(x)", "user:4 (王)"}));
  EXPECT_EQ(matching("王"), (S{"王五"}));
  EXPECT_EQ(matching("user:4 (王)"), (S{"user:4 (王)"}));
}

// The chain read while it grows: the log and its subject rows are read as
// of one moment, so an entry appended between the two reads never shows as
// subject rows without their entry (which verification reports as tampering).
TYPED_TEST_P(AuditStoreTest, TheChainReadWhileItGrowsIsWhole) {
  AuditStore& db = this->db();
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::thread appender([&] {
    for (int i = 0; i < 150; ++i) {
      AuditRecord a = area_note("roster.export");
      a.entry.subjects = {domain::MemberId{static_cast<std::uint32_t>(i + 1)}, domain::MemberId{1}};
      if (!db.append_audit(a).ok()) ++failures;
    }
    done = true;
  });
  int reads = 0;
  while (!done || reads < 2) {
    auto whole = db.audit_chain();
    ASSERT_TRUE(whole.ok()) << whole.status().message();
    const domain::VerifyReport report = domain::verify_chain(*whole);
    EXPECT_TRUE(report.ok()) << "read " << reads << " of " << whole->size() << " entries: "
                             << (report.ok() ? "" : std::string(domain::issue_kind_id(report.issues.front().kind)));
    auto piece = db.audit_chain_range(0, 100000);
    ASSERT_TRUE(piece.ok());
    EXPECT_TRUE(domain::verify_chain(*piece).ok()) << "read " << reads;
    ++reads;
    if (!report.ok()) break;
  }
  appender.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(db.audit_chain()->size(), 150u);
}

REGISTER_TYPED_TEST_SUITE_P(AuditStoreTest, CheckpointsAreKeptInSequenceOrderAndOncePerEntry,
                            EveryWriteExtendsOneIntactChainAndTamperingShows,
                            AuditFiltersNarrowBySubtreeActorAndTimeAndCount,
                            AnActorPrefixMatchesBytesNotALanguagesOrder, TheChainReadWhileItGrowsIsWhole);

// Issue 8, item 5: every column of audit_log and every row of
// audit_subjects is covered by the chain; changing any one is found.
template <typename Backend>
class AuditTamperTest : public AreaTest<Backend> {
 protected:
  void SetUp() override { restart(); }
  // An empty database with four entries: member 7 read thrice, and an
  // export naming members 9, 7 and 8.
  void restart() {
    using namespace nc::domain;
    this->fresh();
    if (this->HasFatalFailure()) return;
    for (int i = 1; i <= 4; ++i) {
      AuditRecord a = area_note(i == 2 ? "roster.export" : "member.read");
      a.entry.target = "member:" + std::to_string(i);
      a.entry.detail = "d" + std::to_string(i);
      a.entry.scope = OrgId{3};
      a.entry.subject = MemberId{7};
      if (i == 2) {
        a.entry.subject.reset();
        a.entry.subjects = {MemberId{9}, MemberId{7}, MemberId{8}};
      }
      ASSERT_TRUE(db().append_audit(a).ok());
    }
    ASSERT_TRUE(verify_chain(*db().audit_chain()).ok());
  }
  AuditStore& db() { return this->backend->audit(); }
  // "kind@seq" of each problem.
  std::vector<std::string> problems() {
    auto chain = db().audit_chain();
    EXPECT_TRUE(chain.ok());
    std::vector<std::string> out;
    if (!chain.ok()) return out;
    for (const auto& i : domain::verify_chain(*chain).issues)
      out.push_back(std::string(domain::issue_kind_id(i.kind)) + "@" + std::to_string(i.seq));
    return out;
  }
};

TYPED_TEST_SUITE_P(AuditTamperTest);

TYPED_TEST_P(AuditTamperTest, StoredSubjectsComeBackSortedWithTheirEntry) {
  using namespace nc::domain;
  auto chain = this->db().audit_chain();
  ASSERT_EQ(chain->size(), 4u);
  EXPECT_EQ((*chain)[1].subjects, (std::vector<MemberId>{MemberId{7}, MemberId{8}, MemberId{9}}));
  EXPECT_EQ((*chain)[0].subject, MemberId{7});
  EXPECT_EQ((*chain)[0].scope, OrgId{3});
  EXPECT_EQ((*chain)[0].format, kAuditFormat);
  // The same, a piece at a time.
  auto piece = this->db().audit_chain_range(1, 1);
  ASSERT_TRUE(piece.ok());
  ASSERT_EQ(piece->size(), 1u);
  EXPECT_EQ((*piece)[0].subjects, (*chain)[1].subjects);
}

TYPED_TEST_P(AuditTamperTest, EachColumnChangedIsFound) {
  const std::vector<std::string> changes = {"time_us = time_us + 1",
                                            "actor = 'x'",
                                            "action = 'x'",
                                            "target = 'x'",
                                            "origin = 'x'",
                                            "detail = 'x'",
                                            "prev_hash = '" + std::string(64, '0') + "'",
                                            "hash = '" + std::string(64, 'a') + "'",
                                            "scope_org = NULL",
                                            "scope_org = 4",
                                            "subject_member = NULL",
                                            "subject_member = 8",
                                            "format = 1",
                                            "format = 3"};
  for (const std::string& change : changes) {
    SCOPED_TRACE(change);
    this->exec("UPDATE audit_log SET " + change + " WHERE seq = 3");
    const auto found = this->problems();
    EXPECT_FALSE(found.empty());
    EXPECT_TRUE(std::find(found.begin(), found.end(), "altered@3") != found.end() ||
                std::find(found.begin(), found.end(), "broken_link@4") != found.end())
        << ::testing::PrintToString(found);
    this->restart();
  }
  // The sequence number itself.
  this->exec("UPDATE audit_log SET seq = 9 WHERE seq = 3");
  EXPECT_FALSE(this->problems().empty());
}

TYPED_TEST_P(AuditTamperTest, TheIssuesExampleIsFound) {
  // UPDATE audit_log SET subject_member=NULL WHERE subject_member=7 emptied member 7's reads.
  this->exec("UPDATE audit_log SET subject_member = NULL WHERE subject_member = 7");
  EXPECT_EQ(this->problems(), (std::vector<std::string>{"altered@1", "altered@3", "altered@4"}));
}

TYPED_TEST_P(AuditTamperTest, SubjectRowsDeletedAlteredOrInsertedAreFound) {
  this->exec("DELETE FROM audit_subjects WHERE seq = 2 AND member_id = 7");
  EXPECT_EQ(this->problems(), std::vector<std::string>{"altered@2"});
  this->restart();
  this->exec("UPDATE audit_subjects SET member_id = 10 WHERE seq = 2 AND member_id = 7");
  EXPECT_EQ(this->problems(), std::vector<std::string>{"altered@2"});
  this->restart();
  this->exec("INSERT INTO audit_subjects (seq, member_id) VALUES (3, 5)");  // to an entry with none
  EXPECT_EQ(this->problems(), std::vector<std::string>{"altered@3"});
  this->restart();
  this->exec("INSERT INTO audit_subjects (seq, member_id) VALUES (2, 5)");  // to an entry with some
  EXPECT_EQ(this->problems(), std::vector<std::string>{"altered@2"});
  this->restart();
  this->exec("INSERT INTO audit_subjects (seq, member_id) VALUES (40, 7)");  // to no entry at all
  EXPECT_FALSE(this->problems().empty());
  // Read a piece at a time, the orphan at the end shows too.
  auto rest = this->db().audit_chain_range(4, 100);
  ASSERT_TRUE(rest.ok());
  ASSERT_EQ(rest->size(), 1u);
  EXPECT_EQ((*rest)[0].seq, 40u);
  EXPECT_EQ((*rest)[0].actor, "(audit_subjects rows without their entry)");
  this->restart();
  this->exec("UPDATE audit_subjects SET seq = 3 WHERE seq = 2 AND member_id = 9");  // moved to another entry
  EXPECT_EQ(this->problems(), (std::vector<std::string>{"altered@2", "altered@3"}));
}

TYPED_TEST_P(AuditTamperTest, FormatOneRowsStillVerifyAsTheyWereHashed) {
  using namespace nc::domain;
  // A log written before format 2: seal in format 1 by hand, as the old code did.
  this->fresh();
  Checkpoint head = kGenesis;
  for (int i = 1; i <= 2; ++i) {
    AuditEntry e;
    e.format = kAuditFormatV1;
    e.seq = head.seq + 1;
    e.time_us = 1'700'000'000'000'000 + i;
    e.actor = "old";
    e.action = "member.read";
    e.target = "member:7";
    e.origin = "local";
    e.prev = head.hash;
    e.hash = entry_hash(e);
    this->exec(
        "INSERT INTO audit_log (seq, time_us, actor, action, target, origin, detail, prev_hash, hash, scope_org,"
        " subject_member, format) VALUES (" +
        std::to_string(e.seq) + ", " + std::to_string(e.time_us) +
        ", 'old', 'member.read', 'member:7', 'local', '', '" + hex(e.prev) + "', '" + hex(e.hash) + "', 3, 7, 1)");
    head = checkpoint_of(e);
  }
  AuditRecord a = area_note("member.read");
  a.entry.subject = MemberId{7};
  ASSERT_TRUE(this->db().append_audit(a).ok());
  EXPECT_TRUE(this->problems().empty()) << ::testing::PrintToString(this->problems());
  EXPECT_EQ((*this->db().audit_chain())[2].prev, head.hash) << "format 2 continues the format-1 chain";
  // Format 1 never covered the member column: that is what it was. But a
  // format-2 row cannot be passed off as format 1.
  this->exec("UPDATE audit_log SET format = 1 WHERE seq = 3");
  EXPECT_EQ(this->problems(), std::vector<std::string>{"altered@3"});
}

TYPED_TEST_P(AuditTamperTest, ReadsOfAMemberArePagedBySubjectAndSubjects) {
  using namespace nc::domain;
  AuditFilter f;
  f.subject = MemberId{7};
  f.actions = {"member.read", "roster.export"};
  f.limit = 3;
  auto page = this->db().list_audit(f);
  ASSERT_TRUE(page.ok()) << page.status().message();
  ASSERT_EQ(page->size(), 3u);
  EXPECT_EQ((*page)[0].entry.seq, 4u);
  EXPECT_EQ((*page)[2].entry.seq, 2u) << "the export names member 7 among its subjects";
  EXPECT_EQ(*this->db().count_audit(f), 4u);
  f.before_seq = 2;
  page = this->db().list_audit(f);
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].entry.seq, 1u);
  f.subject = MemberId{8};
  f.before_seq.reset();
  page = this->db().list_audit(f);
  ASSERT_EQ(page->size(), 1u);
  EXPECT_EQ((*page)[0].entry.seq, 2u);
  f.actions = {"member.read"};
  EXPECT_TRUE(this->db().list_audit(f)->empty());
}

REGISTER_TYPED_TEST_SUITE_P(AuditTamperTest, StoredSubjectsComeBackSortedWithTheirEntry, EachColumnChangedIsFound,
                            TheIssuesExampleIsFound, SubjectRowsDeletedAlteredOrInsertedAreFound,
                            FormatOneRowsStillVerifyAsTheyWereHashed, ReadsOfAMemberArePagedBySubjectAndSubjects);

}  // namespace nc::store::testing
