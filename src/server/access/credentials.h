// Passwords and tokens (libsodium): Argon2id hashes with the parameters of
// DESIGN.md (m = 19456 KiB, t = 2, p = 1), random opaque tokens and their
// SHA-256 for storage, constant-time comparison. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace nc::server::access {

inline constexpr std::size_t kMinPasswordLength = 12;  // code points
inline constexpr std::size_t kMaxPasswordBytes = 1024;

// "weak_password" with a Chinese message when the policy is not met.
Status check_password_policy(std::string_view password);
// crypto_pwhash_str output ("$argon2id$v=19$m=19456,t=2,p=1$…").
Result<std::string> hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);
// True when `hash` was made with other parameters than the current ones.
bool needs_rehash(const std::string& hash);
// A hash of a random password: verifying against it costs as much as a real
// one, so unknown accounts take as long as wrong passwords.
const std::string& dummy_hash();

// 256 random bits, hex.
std::string random_token();
std::string sha256_hex(std::string_view data);
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace nc::server::access
