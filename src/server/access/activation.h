// One-time activation codes for accounts opened in bulk (account.provision):
// the first login of such an account uses its code, which the account holder
// replaces with a real password (Sessions::activate).
//
// A code is kActivationCodeLength symbols drawn uniformly (libsodium
// randombytes_uniform) from an alphabet without look-alikes (no 0/O, 1/I/L),
// printed in groups of four: 24 symbols of 31 carry 118.9 bits, so a code
// needs no slow hash; the store keeps its SHA-256 (activation_code_hash) and
// the code itself only ever reaches the administrator's slips.
// Typing is forgiving: lower case, spaces and hyphens are accepted.
//
// Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nc::server::access {

inline constexpr std::string_view kActivationAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t kActivationCodeLength = 24;
inline constexpr std::size_t kActivationGroup = 4;
inline constexpr std::int64_t kActivationValidityUs = 30LL * 24 * 3600 * 1'000'000;

// Bits of entropy of one code: length × log2(alphabet size).
double activation_code_bits();
// A fresh code, grouped for reading: "ABCD-EFGH-…".
std::string generate_activation_code();
// The code's symbols only (upper case, no separators), or nothing when the
// text cannot be a code (a symbol outside the alphabet, a wrong length).
std::optional<std::string> normalise_activation_code(std::string_view typed);
// Hex SHA-256 of the normalised code: what the store keeps.
std::string activation_code_hash(std::string_view normalised);

}  // namespace nc::server::access
