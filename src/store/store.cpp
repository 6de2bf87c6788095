#include "store/store.h"

#include <sodium.h>

#include <cstdint>

namespace nc::store {
namespace {

void update(crypto_hash_sha256_state* state, std::string_view part) {
  // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
  const uint64_t n = part.size();
  unsigned char len[8];
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
  crypto_hash_sha256_update(state, len, sizeof len);
  crypto_hash_sha256_update(state, reinterpret_cast<const unsigned char*>(part.data()), part.size());
}

}  // namespace

std::string source_digest(const rulebook::RulebookSource& source) {
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  update(&state, source.version);
  update(&state, source.text);
  update(&state, source.annotations);
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, out);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof out);
  for (unsigned char c : out) {
    hex += kHex[c >> 4];
    hex += kHex[c & 0xf];
  }
  return hex;
}

}  // namespace nc::store
