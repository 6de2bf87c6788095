// Signed audit checkpoints (Ed25519, libsodium): the chain head at some
// moment, signed with a key the server holds, so an auditor who keeps the
// signed checkpoints elsewhere can later prove truncation or a rewritten
// tail (verify_chain with those checkpoints) and that the checkpoint itself
// is genuine. Keys come from a 32-byte seed the caller supplies: this module
// draws no randomness and touches no files. Safe from any number of threads.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "domain/audit_chain.h"

namespace nc::domain {

using SigningSeed = std::array<unsigned char, 32>;
using PublicKey = std::array<unsigned char, 32>;
using Signature = std::array<unsigned char, 64>;

struct SignedCheckpoint {
  Checkpoint checkpoint;
  std::int64_t time_us = 0;  // when it was taken
  Signature signature{};
};

PublicKey public_key_for(const SigningSeed& seed);
SignedCheckpoint sign_checkpoint(const Checkpoint& checkpoint, std::int64_t time_us, const SigningSeed& seed);
bool verify_checkpoint(const SignedCheckpoint& signed_checkpoint, const PublicKey& key);

std::string signature_hex(const Signature& signature);
std::string public_key_hex(const PublicKey& key);
std::optional<PublicKey> parse_public_key_hex(std::string_view text);
std::optional<SigningSeed> parse_seed_hex(std::string_view text);
std::string seed_hex(const SigningSeed& seed);

// One line: "seq<TAB>time_us<TAB>hash hex<TAB>signature hex", and back.
std::string format_checkpoint(const SignedCheckpoint& signed_checkpoint);
std::optional<SignedCheckpoint> parse_checkpoint(std::string_view line);

// The file an auditor downloads and keeps: comment lines ("# …"), one of them
// "# public-key <hex>" naming the key that signed, then one checkpoint per line.
struct CheckpointFile {
  std::optional<PublicKey> key;
  std::vector<SignedCheckpoint> checkpoints;
};
std::string format_checkpoint_file(const PublicKey& key, std::span<const SignedCheckpoint> checkpoints);
// Fails (English message with the line number) on a line that is neither.
Result<CheckpointFile> parse_checkpoint_file(std::string_view text);

}  // namespace nc::domain
