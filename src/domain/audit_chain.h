// The audit log as a hash chain. Each entry's hash is SHA-256 (libsodium)
// over a canonical, length-prefixed serialisation of its fields and the
// previous entry's hash, so changing, removing, inserting or reordering
// entries breaks the chain where it happened, and verify_chain() says where.
// Truncating the tail is caught against checkpoints (seq, hash) an auditor
// kept elsewhere.
//
// Formats: entries written before issue 8 (format 1) hash the text fields
// only; their organisation and member columns were never covered and cannot
// be now (verify_chain does check the member column against a target that
// names the member, "member:N" or "… subject=member:N"). Format 2 hashes
// every column, the format number itself and the list of members the entry
// concerns (`subjects`). The format is part of
// what is hashed, so an entry cannot be moved to format 1 without changing
// its hash, and a format-1 entry after a format-2 one is reported.
//
// Pure: sealing and verifying are functions over values; storing entries is
// the store's job (insert-only). Safe from any number of threads.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.h"

namespace nc::domain {

using AuditHash = std::array<unsigned char, 32>;

inline constexpr std::uint32_t kAuditFormatV1 = 1;  // text fields only (before issue 8)
inline constexpr std::uint32_t kAuditFormat = 2;    // every column and the subjects; what seal() writes

struct AuditEntry {
  std::uint32_t format = kAuditFormat;
  std::uint64_t seq = 0;     // 1, 2, 3, ... without gaps
  std::int64_t time_us = 0;  // microseconds since the Unix epoch, UTC
  std::string actor;         // "user:12 (zhangsan) as auditor@1" (domain/audit_actor.h)
  std::string action;        // an action id: "record.read", "login", ...
  std::string target;        // "record:declaration:55 subject=member:7"
  std::string origin;        // client address
  std::string detail;
  std::optional<OrgId> scope;       // the organisation concerned (auditors' scopes)
  std::optional<MemberId> subject;  // the one member concerned (我的记录)
  // Every member a read or import concerned when there are many (an export,
  // a dry run): ascending, without duplicates (seal() sorts them).
  std::vector<MemberId> subjects;
  AuditHash prev{};  // hash of the entry before; zeros before the first
  AuditHash hash{};  // hash of this entry, over everything above
};

// Where a chain stands: the last sequence number and its hash.
struct Checkpoint {
  std::uint64_t seq = 0;
  AuditHash hash{};
  friend bool operator==(const Checkpoint&, const Checkpoint&) = default;
};

inline constexpr Checkpoint kGenesis{};

std::string canonical_form(const AuditEntry& entry);  // what is hashed
AuditHash entry_hash(const AuditEntry& entry);
std::string hex(const AuditHash& hash);
std::optional<AuditHash> parse_hex_hash(std::string_view text);

// Returns `entry` as the successor of `head`: seq, prev and hash filled in.
AuditEntry seal(AuditEntry entry, const Checkpoint& head);
inline Checkpoint checkpoint_of(const AuditEntry& entry) { return {entry.seq, entry.hash}; }

// One line per entry, tab-separated, every text field escaped with
// escape_log_field: seq, time_us, actor, action, target, origin, detail,
// prev (hex), hash (hex), format, scope, subject (empty when none), subjects
// (comma-separated ids). parse_line reads it back exactly.
std::string format_line(const AuditEntry& entry);
std::optional<AuditEntry> parse_line(std::string_view line);

enum class AuditIssueKind {
  kAltered,             // content does not match its own hash
  kBrokenLink,          // intact entry whose prev is not its predecessor's hash: one was re-hashed
  kRemoved,             // sequence numbers seq..last_seq are missing
  kInserted,            // an entry that does not belong in the chain
  kReordered,           // entry stored out of sequence order
  kCheckpointMismatch,  // entry's hash differs from a kept checkpoint
  kTruncated,           // entries seq..last_seq, covered by a checkpoint, are gone from the end
};

struct AuditIssue {
  AuditIssueKind kind = AuditIssueKind::kAltered;
  std::uint64_t seq = 0;       // the entry concerned, or the first missing one
  std::uint64_t last_seq = 0;  // kRemoved, kTruncated: the last missing one; otherwise = seq
  std::size_t position = 0;    // index in the input; for kRemoved/kTruncated where they would be
  std::string message;         // English
};

struct VerifyReport {
  std::vector<AuditIssue> issues;  // in sequence order
  std::size_t entries = 0;
  bool ok() const { return issues.empty(); }
};

// Verifies `entries` (as stored, in storage order) as the continuation of
// `start` (kGenesis for a whole log), against checkpoints kept elsewhere.
VerifyReport verify_chain(std::span<const AuditEntry> entries, const Checkpoint& start = kGenesis,
                          std::span<const Checkpoint> checkpoints = {});

std::string_view issue_kind_id(AuditIssueKind kind);  // "altered", "removed", ...

}  // namespace nc::domain
