#include "domain/audit_chain.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>

#include "domain/log_text.h"

namespace nc::domain {
namespace {

void ensure_sodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium failed to initialise");
}

void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out.append(field);
  out += '\n';
}

AuditIssue issue(AuditIssueKind kind, std::uint64_t seq, std::size_t position, std::string message,
                 std::uint64_t last_seq = 0) {
  return AuditIssue{kind, seq, last_seq ? last_seq : seq, position, std::move(message)};
}

// Positions (indices into `seqs`) of one longest strictly increasing subsequence.
std::vector<bool> in_longest_increasing(const std::vector<std::uint64_t>& seqs) {
  std::vector<std::size_t> tails;  // index of the smallest tail of each length
  std::vector<std::size_t> parent(seqs.size(), SIZE_MAX);
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), seqs[i],
                               [&](std::size_t t, std::uint64_t v) { return seqs[t] < v; });
    if (it != tails.begin()) parent[i] = *(it - 1);
    if (it == tails.end())
      tails.push_back(i);
    else
      *it = i;
  }
  std::vector<bool> keep(seqs.size(), false);
  for (std::size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = parent[i]) keep[i] = true;
  return keep;
}

template <typename Int>
std::optional<Int> parse_int(std::string_view s) {
  Int v{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// Format 1 did not hash the member column, but its target text (hashed)
// names the member of the entries that had one in 我的记录: "member:N" for
// a member read, "… subject=member:N" for a statement. The member column of
// such an entry must agree; entries whose target names no member cannot be
// checked.
std::optional<std::uint32_t> member_named_by(std::string_view target) {
  std::string_view digits;
  if (target.starts_with("member:")) {
    digits = target.substr(7);
  } else if (auto at = target.find(" subject=member:"); at != std::string_view::npos) {
    digits = target.substr(at + 16);
  } else {
    return std::nullopt;
  }
  digits = digits.substr(0, digits.find(' '));
  auto id = parse_int<std::uint32_t>(digits);
  if (!id || *id == 0) return std::nullopt;
  return id;
}

std::string canonical_v1(const AuditEntry& e) {
  std::string out = "nc-audit-v1\n";
  out += std::to_string(e.seq);
  out += '\n';
  out += std::to_string(e.time_us);
  out += '\n';
  append_field(out, e.actor);
  append_field(out, e.action);
  append_field(out, e.target);
  append_field(out, e.origin);
  append_field(out, e.detail);
  out += hex(e.prev);
  out += '\n';
  return out;
}

std::string optional_id(std::optional<std::uint32_t> id) { return id ? std::to_string(*id) : std::string(); }

// Format 2: every field length-prefixed, absent ids as empty fields, the
// subjects as a count and then one field each.
std::string canonical_v2(const AuditEntry& e) {
  std::string out = "nc-audit-v2\n";
  append_field(out, std::to_string(e.format));
  append_field(out, std::to_string(e.seq));
  append_field(out, std::to_string(e.time_us));
  append_field(out, e.actor);
  append_field(out, e.action);
  append_field(out, e.target);
  append_field(out, e.origin);
  append_field(out, e.detail);
  append_field(out, optional_id(e.scope ? std::optional<std::uint32_t>(e.scope->value) : std::nullopt));
  append_field(out, optional_id(e.subject ? std::optional<std::uint32_t>(e.subject->value) : std::nullopt));
  append_field(out, std::to_string(e.subjects.size()));
  for (MemberId m : e.subjects) append_field(out, std::to_string(m.value));
  append_field(out, hex(e.prev));
  return out;
}

}  // namespace

std::string canonical_form(const AuditEntry& e) {
  if (e.format == kAuditFormatV1) return canonical_v1(e);
  // Format 2, and any other number: it is hashed, so an unknown format never
  // matches a hash this code wrote (verify_chain reports it too).
  return canonical_v2(e);
}

AuditHash entry_hash(const AuditEntry& entry) {
  ensure_sodium();
  std::string form = canonical_form(entry);
  AuditHash h;
  crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(form.data()), form.size());
  return h;
}

std::string hex(const AuditHash& hash) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (unsigned char c : hash) {
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return out;
}

std::optional<AuditHash> parse_hex_hash(std::string_view text) {
  if (text.size() != 64) return std::nullopt;
  AuditHash h;
  for (std::size_t i = 0; i < 32; ++i) {
    unsigned v = 0;
    for (char c : text.substr(2 * i, 2)) {
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else
        return std::nullopt;
    }
    h[i] = static_cast<unsigned char>(v);
  }
  return h;
}

AuditEntry seal(AuditEntry entry, const Checkpoint& head) {
  entry.format = kAuditFormat;
  std::sort(entry.subjects.begin(), entry.subjects.end());
  entry.subjects.erase(std::unique(entry.subjects.begin(), entry.subjects.end()), entry.subjects.end());
  entry.seq = head.seq + 1;
  entry.prev = head.hash;
  entry.hash = entry_hash(entry);
  return entry;
}

std::string format_line(const AuditEntry& e) {
  std::string out = std::to_string(e.seq);
  out += '\t';
  out += std::to_string(e.time_us);
  for (const std::string* f : {&e.actor, &e.action, &e.target, &e.origin, &e.detail}) {
    out += '\t';
    out += escape_log_field(*f);
  }
  out += '\t';
  out += hex(e.prev);
  out += '\t';
  out += hex(e.hash);
  out += '\t';
  out += std::to_string(e.format);
  out += '\t';
  if (e.scope) out += std::to_string(e.scope->value);
  out += '\t';
  if (e.subject) out += std::to_string(e.subject->value);
  out += '\t';
  for (std::size_t i = 0; i < e.subjects.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(e.subjects[i].value);
  }
  return out;
}

std::optional<AuditEntry> parse_line(std::string_view line) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      parts.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 13) return std::nullopt;
  AuditEntry e;
  auto seq = parse_int<std::uint64_t>(parts[0]);
  auto time = parse_int<std::int64_t>(parts[1]);
  if (!seq || !time) return std::nullopt;
  e.seq = *seq;
  e.time_us = *time;
  std::string* fields[] = {&e.actor, &e.action, &e.target, &e.origin, &e.detail};
  for (int k = 0; k < 5; ++k) {
    auto text = unescape_log_field(parts[2 + k]);
    if (!text) return std::nullopt;
    *fields[k] = std::move(*text);
  }
  auto prev = parse_hex_hash(parts[7]);
  auto hash = parse_hex_hash(parts[8]);
  if (!prev || !hash) return std::nullopt;
  e.prev = *prev;
  e.hash = *hash;
  auto format = parse_int<std::uint32_t>(parts[9]);
  if (!format) return std::nullopt;
  e.format = *format;
  auto id = [](std::string_view s, auto& out) {
    if (s.empty()) return true;
    auto v = parse_int<std::uint32_t>(s);
    if (!v || *v == 0) return false;
    out = std::remove_reference_t<decltype(*out)>{*v};
    return true;
  };
  if (!id(parts[10], e.scope) || !id(parts[11], e.subject)) return std::nullopt;
  std::string_view list = parts[12];
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    auto v = parse_int<std::uint32_t>(list.substr(0, comma));
    if (!v || *v == 0) return std::nullopt;
    e.subjects.push_back(MemberId{*v});
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
    if (list.empty()) return std::nullopt;  // a trailing comma
  }
  return e;
}

std::string_view issue_kind_id(AuditIssueKind kind) {
  switch (kind) {
    case AuditIssueKind::kAltered:
      return "altered";
    case AuditIssueKind::kBrokenLink:
      return "broken_link";
    case AuditIssueKind::kRemoved:
      return "removed";
    case AuditIssueKind::kInserted:
      return "inserted";
    case AuditIssueKind::kReordered:
      return "reordered";
    case AuditIssueKind::kCheckpointMismatch:
      return "checkpoint_mismatch";
    case AuditIssueKind::kTruncated:
      return "truncated";
  }
  return "?";
}

VerifyReport verify_chain(std::span<const AuditEntry> entries, const Checkpoint& start,
                          std::span<const Checkpoint> checkpoints) {
  VerifyReport report;
  report.entries = entries.size();
  auto& issues = report.issues;
  const std::size_t n = entries.size();

  // An entry is intact when its content matches its hash and its format can
  // hold what it carries: format 1 never had subjects, and nothing is written
  // in format 1 after the first format-2 entry (a row moved back to format 1
  // to shed the columns format 2 covers). Unknown formats are never intact.
  std::vector<bool> intact(n);
  std::vector<std::string> why(n);
  std::uint64_t first_v2 = UINT64_MAX;
  for (std::size_t i = 0; i < n; ++i) {
    if (entries[i].format == kAuditFormat) first_v2 = std::min(first_v2, entries[i].seq);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const AuditEntry& e = entries[i];
    intact[i] = entry_hash(e) == e.hash;
    if (e.format != kAuditFormatV1 && e.format != kAuditFormat) {
      intact[i] = false;
      why[i] = "unknown format " + std::to_string(e.format);
    } else if (e.format == kAuditFormatV1 && !e.subjects.empty()) {
      intact[i] = false;
      why[i] = "a format-1 entry with subjects (format 1 never had any)";
    } else if (e.format == kAuditFormatV1 && e.seq > first_v2) {
      intact[i] = false;
      why[i] = "format 1 after a format-2 entry";
    } else if (auto named = e.format == kAuditFormatV1 ? member_named_by(e.target) : std::nullopt;
               named && (!e.subject || e.subject->value != *named)) {
      intact[i] = false;
      why[i] = "member column disagrees with the target (member " + std::to_string(*named) + ")";
    }
  }

  std::map<std::uint64_t, std::vector<std::size_t>> by_seq;
  for (std::size_t i = 0; i < n; ++i) {
    if (entries[i].seq <= start.seq) {
      issues.push_back(
          issue(AuditIssueKind::kInserted, entries[i].seq, i, "sequence number at or before the verified start"));
    } else {
      by_seq[entries[i].seq].push_back(i);
    }
  }

  // Which entry holds each sequence number. Among duplicates, the genuine one
  // is the one its successor points at, else the one that follows its
  // predecessor; the others were inserted.
  std::map<std::uint64_t, std::size_t> genuine;
  std::vector<bool> flagged_inserted(n, false);
  for (const auto& group : by_seq) {
    const std::uint64_t seq = group.first;
    const std::vector<std::size_t>& positions = group.second;  // not a binding: lambdas capture it
    std::size_t pick = positions.front();
    if (positions.size() > 1) {
      std::optional<AuditHash> successor_prev, predecessor_hash;
      if (auto it = by_seq.find(seq + 1); it != by_seq.end()) {
        for (std::size_t p : it->second) {
          if (intact[p]) {
            successor_prev = entries[p].prev;
            break;
          }
        }
      }
      if (seq == start.seq + 1)
        predecessor_hash = start.hash;
      else if (auto it = genuine.find(seq - 1); it != genuine.end())
        predecessor_hash = entries[it->second].hash;
      auto choose = [&](auto&& good) -> std::optional<std::size_t> {
        for (std::size_t p : positions) {
          if (good(p)) return p;
        }
        return std::nullopt;
      };
      auto chosen =
          choose([&](std::size_t p) { return intact[p] && successor_prev && entries[p].hash == *successor_prev; });
      if (!chosen)
        chosen = choose(
            [&](std::size_t p) { return intact[p] && predecessor_hash && entries[p].prev == *predecessor_hash; });
      if (!chosen) chosen = choose([&](std::size_t p) { return static_cast<bool>(intact[p]); });
      pick = chosen.value_or(positions.front());
      for (std::size_t p : positions) {
        if (p == pick) continue;
        flagged_inserted[p] = true;
        issues.push_back(
            issue(AuditIssueKind::kInserted, seq, p, "second entry with sequence number " + std::to_string(seq)));
      }
    }
    genuine[seq] = pick;
  }

  // Reordering: genuine entries whose storage order disagrees with their sequence.
  {
    std::vector<std::size_t> positions;
    for (const auto& [seq, p] : genuine) positions.push_back(p);
    std::sort(positions.begin(), positions.end());
    std::vector<std::uint64_t> seqs;
    for (std::size_t p : positions) seqs.push_back(entries[p].seq);
    std::vector<bool> keep = in_longest_increasing(seqs);
    for (std::size_t k = 0; k < positions.size(); ++k) {
      if (!keep[k]) {
        issues.push_back(issue(AuditIssueKind::kReordered, seqs[k], positions[k], "stored out of sequence order"));
      }
    }
  }

  // Walk the chain in sequence order.
  std::uint64_t expected = start.seq + 1;
  for (const auto& [seq, p] : genuine) {
    const AuditEntry& e = entries[p];
    if (seq > expected) {
      issues.push_back(issue(AuditIssueKind::kRemoved, expected, p,
                             "entries " + std::to_string(expected) + ".." + std::to_string(seq - 1) + " are missing",
                             seq - 1));
    }
    std::optional<AuditHash> predecessor;
    std::optional<std::size_t> predecessor_pos;
    if (seq == start.seq + 1) {
      predecessor = start.hash;
    } else if (auto it = genuine.find(seq - 1); it != genuine.end()) {
      predecessor_pos = it->second;
      predecessor = entries[it->second].hash;
    }
    if (!intact[p]) {
      AuditEntry renumbered = e;
      renumbered.seq = seq - 1;
      bool was_renumbered = seq > 1 && entry_hash(renumbered) == e.hash;
      if (was_renumbered && predecessor_pos && intact[*predecessor_pos] && !flagged_inserted[*predecessor_pos] &&
          entries[*predecessor_pos].prev == e.prev) {
        flagged_inserted[*predecessor_pos] = true;
        issues.push_back(issue(AuditIssueKind::kInserted, seq - 1, *predecessor_pos,
                               "inserted; the entries after it were renumbered"));
      }
      issues.push_back(issue(AuditIssueKind::kAltered, seq, p,
                             !why[p].empty()  ? why[p]
                             : was_renumbered ? "sequence number changed from " + std::to_string(seq - 1)
                                              : "content does not match its hash"));
    } else if (predecessor && e.prev != *predecessor && !flagged_inserted[p]) {
      issues.push_back(
          issue(AuditIssueKind::kBrokenLink, seq, p,
                "does not follow entry " + std::to_string(seq - 1) + ": one of the two was altered and re-hashed"));
    }
    expected = seq + 1;
  }

  const std::uint64_t last = expected - 1;
  std::uint64_t furthest = 0;
  for (const Checkpoint& cp : checkpoints) {
    if (cp.seq <= start.seq) continue;
    if (cp.seq > last) {
      furthest = std::max(furthest, cp.seq);
      continue;
    }
    auto it = genuine.find(cp.seq);
    if (it != genuine.end() && entries[it->second].hash != cp.hash) {
      issues.push_back(issue(AuditIssueKind::kCheckpointMismatch, cp.seq, it->second, "hash differs from checkpoint"));
    }
  }
  if (furthest > last) {
    issues.push_back(issue(
        AuditIssueKind::kTruncated, last + 1, n,
        "entries " + std::to_string(last + 1) + ".." + std::to_string(furthest) + " were checkpointed but are gone",
        furthest));
  }

  std::stable_sort(issues.begin(), issues.end(),
                   [](const AuditIssue& a, const AuditIssue& b) { return a.seq < b.seq; });
  return report;
}

}  // namespace nc::domain
