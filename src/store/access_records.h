// What the store keeps for issue 4 (people, organisations and access), as
// plain values: the hierarchy and roster snapshot, accounts with their
// password hash, sessions (the token's hash only), failed logins, the audit
// log and statements (说明) appended to records. Copyable; no behaviour.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/audit_chain.h"
#include "domain/member.h"
#include "domain/organisation.h"
#include "domain/user.h"

namespace nc::store {

// Everything OrgTree::restore and Roster::restore need.
struct DirectorySnapshot {
  std::vector<domain::Organisation> organisations;  // ids 1..n in order
  std::vector<domain::OrgEvent> events;             // in order
  std::vector<domain::Member> members;              // ids 1..n in order
};

struct StoredUser {
  domain::User user;          // grants included
  std::string password_hash;  // libsodium crypto_pwhash_str output
  std::int64_t created_us = 0;
};

struct SessionRecord {
  std::string token_hash;  // hex SHA-256 of the cookie's token; the token itself is never stored
  domain::UserId user;
  std::string csrf;
  std::int64_t created_us = 0;
  std::int64_t last_seen_us = 0;
  std::int64_t expires_us = 0;  // absolute expiry
  std::string origin;
};

// An audit entry as written: seq, prev and hash are filled by the store,
// which chains it to the current head inside the writing transaction. The
// entry's `scope` (the organisation concerned), `subject` (the member
// concerned) and `subjects` (every member an export or import contained,
// kept in table audit_subjects) index the log for auditors' scopes and for
// 我的记录; all three are hashed (format 2).
struct AuditRecord {
  domain::AuditEntry entry;
};

// Which entries to list or count; every filter set narrows. Each is a
// clause over an indexed column (migration 10), and only the clauses set are
// in the query.
struct AuditFilter {
  std::string actor_prefix;                    // entries whose actor starts with this ("user:4 ("); empty: any
  std::string action;                          // exact; empty: any
  std::optional<std::int64_t> from_us, to_us;  // inclusive
  std::optional<std::uint64_t> before_seq;     // paging: entries with seq < this
  // Entries about this member: its `subject`, or one of its `subjects`.
  std::optional<domain::MemberId> subject;
  std::vector<std::string> actions;  // any of these; empty: any
  // Where the reader may look: entries whose organisation lies in the
  // subtree of one of `scopes` (at most 64), plus entries about no
  // organisation when `unscoped`. nullopt: the whole log.
  std::optional<std::vector<domain::OrgId>> scopes;
  bool unscoped = false;
  // Entries whose organisation lies in this organisation's subtree.
  std::optional<domain::OrgId> org;
  std::size_t limit = 100;
};

struct RecordStatement {
  std::uint64_t id = 0;
  std::string kind;  // "member", later "declaration", ...
  std::uint64_t record_id = 0;
  domain::MemberId subject;
  domain::UserId author;
  std::string text;
  std::int64_t time_us = 0;
  // A reply: the original statement it answers (on the same record). None:
  // an original, written by the record's subject.
  std::optional<std::uint64_t> reply_to;
  // Originals only: when a reader who may answer marked it handled (已处理), and who.
  std::optional<std::int64_t> handled_us;
  std::optional<domain::UserId> handled_by;
};

// The one-time code an account opened in bulk starts with (server/access/
// activation.h): its SHA-256, never the code.
struct ActivationRecord {
  domain::UserId user;
  std::string code_hash;
  std::int64_t created_us = 0;
  std::int64_t expires_us = 0;
};

// An account to open with its activation code, and its own audit entry (about
// the member it is for; an empty target becomes "user:ID").
struct NewAccount {
  StoredUser user;  // password_hash empty
  ActivationRecord activation;
  AuditRecord audit;
};

struct FailedLogins {
  int account = 0;  // failures for the account since the given time
  int address = 0;  // failures from the address since the given time
  std::optional<std::int64_t> oldest_account_us, oldest_address_us;
};

struct AttemptLimits {
  int per_account = 0;  // failures of one account allowed in the window
  int per_address = 0;  // failures from one client address allowed in the window
};

struct LoginAttempt {
  bool admitted = false;   // under both limits: go on and check the password
  std::uint64_t id = 0;    // when admitted: the failure recorded in advance
  FailedLogins failures;   // counted before this attempt
};

}  // namespace nc::store
