// Tamper tests: each kind of change to a stored chain is found, and pinpointed.
#include "domain/audit_chain.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace nc::domain {
namespace {

std::vector<AuditEntry> make_chain(int n) {
  std::vector<AuditEntry> chain;
  Checkpoint head = kGenesis;
  for (int i = 1; i <= n; ++i) {
    AuditEntry e;
    e.time_us = 1700000000000000 + i;
    e.actor = "user:" + std::to_string(i % 3);
    e.action = i % 2 ? "record.read" : "member.update";
    e.target = "member:" + std::to_string(i);
    e.origin = "10.0.0." + std::to_string(i);
    e.detail = "第" + std::to_string(i) + "条";
    chain.push_back(seal(e, head));
    head = checkpoint_of(chain.back());
  }
  return chain;
}

// "kind@seq" for each issue, for compact assertions.
std::vector<std::string> summary(const VerifyReport& report) {
  std::vector<std::string> out;
  for (const auto& i : report.issues) {
    std::string s = std::string(issue_kind_id(i.kind)) + "@" + std::to_string(i.seq);
    if (i.last_seq != i.seq) s += ".." + std::to_string(i.last_seq);
    out.push_back(s);
  }
  return out;
}

using Issues = std::vector<std::string>;

TEST(AuditChainTest, AnIntactChainVerifies) {
  auto chain = make_chain(10);
  EXPECT_EQ(chain[0].seq, 1u);
  EXPECT_EQ(chain[0].prev, AuditHash{});
  EXPECT_EQ(chain[3].prev, chain[2].hash);
  VerifyReport r = verify_chain(chain);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.entries, 10u);
  EXPECT_TRUE(verify_chain(std::vector<AuditEntry>{}).ok());
}

TEST(AuditChainTest, AnAlteredFieldIsPinpointed) {
  for (int field = 0; field < 7; ++field) {
    auto chain = make_chain(10);
    AuditEntry& e = chain[4];
    switch (field) {
      case 0:
        e.actor = "user:99";
        break;
      case 1:
        e.action = "record.update";
        break;
      case 2:
        e.target = "member:1";
        break;
      case 3:
        e.origin = "1.2.3.4";
        break;
      case 4:
        e.detail += " ";
        break;
      case 5:
        e.time_us += 1;
        break;
      case 6:
        e.prev[0] ^= 1;
        break;
    }
    EXPECT_EQ(summary(verify_chain(chain)), Issues{"altered@5"}) << "field " << field;
  }
}

TEST(AuditChainTest, AnAlteredAndRehashedEntryBreaksTheLinkAfterIt) {
  auto chain = make_chain(10);
  chain[4].detail = "改过";
  chain[4].hash = entry_hash(chain[4]);
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"broken_link@6"});
}

TEST(AuditChainTest, RemovedEntriesAreNamed) {
  auto chain = make_chain(10);
  chain.erase(chain.begin() + 4);
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"removed@5"});

  chain = make_chain(10);
  chain.erase(chain.begin() + 3, chain.begin() + 6);
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"removed@4..6"});

  chain = make_chain(10);
  chain.erase(chain.begin());
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"removed@1"});
}

TEST(AuditChainTest, TruncationIsCaughtByAKeptCheckpoint) {
  auto chain = make_chain(10);
  Checkpoint kept = checkpoint_of(chain.back());
  chain.resize(8);
  EXPECT_TRUE(verify_chain(chain).ok()) << "without a checkpoint, a shorter chain looks whole";
  std::vector<Checkpoint> checkpoints{kept};
  EXPECT_EQ(summary(verify_chain(chain, kGenesis, checkpoints)), Issues{"truncated@9..10"});
}

TEST(AuditChainTest, ARewrittenTailIsCaughtByAKeptCheckpoint) {
  auto chain = make_chain(10);
  std::vector<Checkpoint> checkpoints{checkpoint_of(chain[6])};
  // Rewrite from entry 5 on and re-seal everything after: internally consistent.
  chain[4].detail = "改过";
  for (std::size_t i = 4; i < chain.size(); ++i) chain[i] = seal(chain[i], checkpoint_of(chain[i - 1]));
  EXPECT_TRUE(verify_chain(chain).ok());
  EXPECT_EQ(summary(verify_chain(chain, kGenesis, checkpoints)), Issues{"checkpoint_mismatch@7"});
}

TEST(AuditChainTest, AForgedEntryWithATakenNumberIsInserted) {
  auto chain = make_chain(10);
  AuditEntry forged = chain[4];
  forged.detail = "伪造";
  forged = seal(forged, checkpoint_of(chain[3]));  // perfect on its own: seq 5, prev = hash of 4
  chain.insert(chain.begin() + 5, forged);
  VerifyReport r = verify_chain(chain);
  EXPECT_EQ(summary(r), Issues{"inserted@5"});
  EXPECT_EQ(r.issues[0].position, 5u);
  // Also when the forgery comes first.
  chain = make_chain(10);
  chain.insert(chain.begin() + 4, forged);
  r = verify_chain(chain);
  EXPECT_EQ(summary(r), Issues{"inserted@5"});
  EXPECT_EQ(r.issues[0].position, 4u);
}

TEST(AuditChainTest, AnInsertionWithRenumberingIsFoundWhereItHappened) {
  auto chain = make_chain(6);
  AuditEntry forged;
  forged.actor = "user:0";
  forged.action = "login";
  forged = seal(forged, checkpoint_of(chain[2]));  // seq 4 after entry 3
  chain.insert(chain.begin() + 3, forged);
  for (std::size_t i = 4; i < chain.size(); ++i) chain[i].seq += 1;  // renumber, cannot re-hash
  EXPECT_EQ(summary(verify_chain(chain)), (Issues{"inserted@4", "altered@5", "altered@6", "altered@7"}));
}

TEST(AuditChainTest, ReorderedEntriesAreNamed) {
  auto chain = make_chain(10);
  std::swap(chain[4], chain[5]);
  VerifyReport r = verify_chain(chain);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].kind, AuditIssueKind::kReordered);
  EXPECT_TRUE(r.issues[0].seq == 5 || r.issues[0].seq == 6);

  chain = make_chain(10);
  std::rotate(chain.begin() + 2, chain.begin() + 3, chain.begin() + 8);  // entry 3 moved after 8
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"reordered@3"});
}

TEST(AuditChainTest, ASuffixVerifiesFromItsCheckpoint) {
  auto chain = make_chain(10);
  Checkpoint start = checkpoint_of(chain[5]);
  std::vector<AuditEntry> tail(chain.begin() + 6, chain.end());
  EXPECT_TRUE(verify_chain(tail, start).ok());
  EXPECT_FALSE(verify_chain(tail).ok());
  EXPECT_FALSE(verify_chain(tail, checkpoint_of(chain[4])).ok());
}

TEST(AuditChainTest, TheCanonicalFormCannotBeShiftedBetweenFields) {
  AuditEntry a, b;
  a.actor = "ab";
  a.action = "c";
  b.actor = "a";
  b.action = "bc";
  EXPECT_NE(entry_hash(a), entry_hash(b));
  a = AuditEntry{};
  b = AuditEntry{};
  a.detail = "x\n3:abc";
  b.detail = "x";
  b.origin = "abc";
  EXPECT_NE(canonical_form(a), canonical_form(b));
}

TEST(AuditChainTest, LinesCarryHostileFieldsOnOneLineAndReadBackExactly) {
  AuditEntry e;
  e.actor = "mallory\n2\t1700000000\tadmin\tuser.create";
  e.action = "record.read";
  e.target = "member:7\r\n";
  e.origin = "10.0.0.1\x1b[31m";
  e.detail = std::string("a\0b", 3) + "\xE2\x80\xA8" + "\xE2\x80\xAE" + "\xFF\xC0" + "\\n";
  e = seal(e, kGenesis);
  std::string line = format_line(e);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line.find('\r'), std::string::npos);
  EXPECT_EQ(line.find('\x1b'), std::string::npos);
  EXPECT_EQ(line.find(std::string("\0", 1)), std::string::npos);
  EXPECT_EQ(line.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 12);
  auto back = parse_line(line);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->actor, e.actor);
  EXPECT_EQ(back->target, e.target);
  EXPECT_EQ(back->origin, e.origin);
  EXPECT_EQ(back->detail, e.detail);
  EXPECT_EQ(back->hash, e.hash);
  EXPECT_TRUE(verify_chain(std::vector<AuditEntry>{*back}).ok());
}

TEST(AuditChainTest, AnExportedLogVerifiesAndAnEditedLineIsFound) {
  auto chain = make_chain(5);
  std::vector<std::string> lines;
  for (const auto& e : chain) lines.push_back(format_line(e));
  lines[2].replace(lines[2].find("record.read"), 11, "record.list");
  std::vector<AuditEntry> parsed;
  for (const auto& l : lines) {
    auto e = parse_line(l);
    ASSERT_TRUE(e) << l;
    parsed.push_back(*e);
  }
  EXPECT_EQ(summary(verify_chain(parsed)), Issues{"altered@3"});
}

TEST(AuditChainTest, MalformedLinesAreRejected) {
  auto e = make_chain(1)[0];
  std::string line = format_line(e);
  EXPECT_TRUE(parse_line(line));
  EXPECT_FALSE(parse_line(line + "\tx"));
  EXPECT_FALSE(parse_line(line.substr(0, line.size() - 1)));
  EXPECT_FALSE(parse_line("x" + line));
  EXPECT_FALSE(parse_line(""));
  std::string raw_newline = line;
  raw_newline.insert(raw_newline.find("user:"), "\n");
  EXPECT_FALSE(parse_line(raw_newline));
}

// Issue 8, item 5: format 2 hashes the organisation, the member, the
// subjects and the format itself, which format 1 left out.
TEST(AuditChainTest, FormatTwoCoversEveryField) {
  auto sealed = [] {
    std::vector<AuditEntry> chain = make_chain(2);
    AuditEntry e;
    e.action = "roster.export";
    e.scope = OrgId{3};
    e.subject = MemberId{7};
    e.subjects = {MemberId{9}, MemberId{8}, MemberId{8}};
    chain.push_back(seal(e, checkpoint_of(chain.back())));
    return chain;
  };
  auto chain = sealed();
  EXPECT_EQ(chain[2].format, kAuditFormat);
  EXPECT_EQ(chain[2].subjects, (std::vector<MemberId>{MemberId{8}, MemberId{9}})) << "sorted, once each";
  ASSERT_TRUE(verify_chain(chain).ok());
  const std::vector<std::function<void(AuditEntry&)>> changes = {
      [](AuditEntry& e) { e.scope.reset(); },       [](AuditEntry& e) { e.scope = OrgId{4}; },
      [](AuditEntry& e) { e.subject.reset(); },     [](AuditEntry& e) { e.subject = MemberId{8}; },
      [](AuditEntry& e) { e.subjects.pop_back(); }, [](AuditEntry& e) { e.subjects.push_back(MemberId{10}); },
      [](AuditEntry& e) { e.subjects.clear(); },    [](AuditEntry& e) { e.format = kAuditFormatV1; },
      [](AuditEntry& e) { e.format = 3; },
  };
  for (std::size_t k = 0; k < changes.size(); ++k) {
    chain = sealed();
    changes[k](chain[2]);
    EXPECT_EQ(summary(verify_chain(chain)), Issues{"altered@3"}) << "change " << k;
  }
  // Re-hashed after the change, an unknown format is still refused.
  chain = sealed();
  chain[2].format = 3;
  chain[2].hash = entry_hash(chain[2]);
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"altered@3"});
  // A member id in the subjects cannot be shifted into the next field.
  AuditEntry a, b;
  a.subjects = {MemberId{12}};
  b.subjects = {MemberId{1}, MemberId{2}};
  EXPECT_NE(canonical_form(a), canonical_form(b));
}

TEST(AuditChainTest, FormatOneEntriesVerifyAsTheyWereHashed) {
  auto chain = make_chain(3);
  for (auto& e : chain) e.format = kAuditFormatV1;
  Checkpoint head = kGenesis;
  for (auto& e : chain) {
    e.prev = head.hash;
    e.hash = entry_hash(e);
    head = checkpoint_of(e);
  }
  // make_chain's targets are "member:N": the member column must say N.
  for (auto& e : chain) e.subject = MemberId{static_cast<std::uint32_t>(e.seq)};
  chain.push_back(seal(AuditEntry{}, head));
  EXPECT_TRUE(verify_chain(chain).ok());
  chain[1].scope = OrgId{9};  // never covered in format 1, nor named: what it was
  EXPECT_TRUE(verify_chain(chain).ok());
  chain[1].subjects = {MemberId{7}};  // format 1 never had subjects
  EXPECT_EQ(summary(verify_chain(chain)), Issues{"altered@2"});
  chain[1].subjects.clear();
  // The issue's example: the member column emptied (or changed) where the
  // hashed target names the member.
  chain[0].subject.reset();
  chain[2].subject = MemberId{8};
  EXPECT_EQ(summary(verify_chain(chain)), (Issues{"altered@1", "altered@3"}));
  // A statement's target names its subject the same way.
  AuditEntry st;
  st.format = kAuditFormatV1;
  st.target = "record:member:7 subject=member:7";
  st.hash = entry_hash(st);
  st.seq = 1;
  st.hash = entry_hash(st);
  EXPECT_FALSE(verify_chain(std::vector<AuditEntry>{st}).ok());
  st.subject = MemberId{7};
  EXPECT_TRUE(verify_chain(std::vector<AuditEntry>{st}).ok());
}

TEST(AuditChainTest, LinesCarryTheFormatTwoFields) {
  AuditEntry e;
  e.scope = OrgId{3};
  e.subjects = {MemberId{5}, MemberId{6}};
  e = seal(e, kGenesis);
  auto back = parse_line(format_line(e));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->scope, e.scope);
  EXPECT_FALSE(back->subject.has_value());
  EXPECT_EQ(back->subjects, e.subjects);
  EXPECT_TRUE(verify_chain(std::vector<AuditEntry>{*back}).ok());
  std::string line = format_line(e);
  EXPECT_FALSE(parse_line(line + ","));
  EXPECT_FALSE(parse_line(line.substr(0, line.rfind('\t')) + "\t5,,6"));
  EXPECT_FALSE(parse_line(line.substr(0, line.rfind('\t')) + "\t0"));
}

}  // namespace
}  // namespace nc::domain
