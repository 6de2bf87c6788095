#include "server/access/activation.h"

#include <sodium.h>

#include <cmath>
#include <stdexcept>

#include "server/access/credentials.h"

namespace nc::server::access {

double activation_code_bits() {
  return static_cast<double>(kActivationCodeLength) * std::log2(static_cast<double>(kActivationAlphabet.size()));
}

std::string generate_activation_code() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  std::string out;
  out.reserve(kActivationCodeLength + kActivationCodeLength / kActivationGroup);
  for (std::size_t i = 0; i < kActivationCodeLength; ++i) {
    if (i > 0 && i % kActivationGroup == 0) out += '-';
    out += kActivationAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kActivationAlphabet.size()))];
  }
  return out;
}

std::optional<std::string> normalise_activation_code(std::string_view typed) {
  if (typed.size() > 4 * kActivationCodeLength) return std::nullopt;
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '-') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (kActivationAlphabet.find(c) == std::string_view::npos) return std::nullopt;
    out += c;
  }
  if (out.size() != kActivationCodeLength) return std::nullopt;
  return out;
}

std::string activation_code_hash(std::string_view normalised) { return sha256_hex(normalised); }

}  // namespace nc::server::access
