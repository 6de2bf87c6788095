#include "domain/checkpoint_signature.h"

#include <sodium.h>

#include <charconv>
#include <stdexcept>
#include <vector>

namespace nc::domain {
namespace {

static_assert(crypto_sign_SEEDBYTES == 32 && crypto_sign_PUBLICKEYBYTES == 32 && crypto_sign_BYTES == 64);

void ensure_sodium() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium failed to initialise");
}

// What is signed: the checkpoint and its time, under a domain-separating label.
std::string message(const Checkpoint& cp, std::int64_t time_us) {
  return "nc-audit-checkpoint-v1\n" + std::to_string(cp.seq) + "\n" + std::to_string(time_us) + "\n" + hex(cp.hash) +
         "\n";
}

std::string to_hex(const unsigned char* data, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += kHex[data[i] >> 4];
    out += kHex[data[i] & 0xF];
  }
  return out;
}

bool from_hex(std::string_view text, unsigned char* out, std::size_t n) {
  if (text.size() != 2 * n) return false;
  for (std::size_t i = 0; i < 2 * n; ++i) {
    char c = text[i];
    int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (v < 0) return false;
    out[i / 2] = static_cast<unsigned char>(i % 2 ? (out[i / 2] | v) : (v << 4));
  }
  return true;
}

template <typename Int>
bool parse_int(std::string_view s, Int& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

PublicKey public_key_for(const SigningSeed& seed) {
  ensure_sodium();
  PublicKey pk;
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk;
  crypto_sign_seed_keypair(pk.data(), sk.data(), seed.data());
  sodium_memzero(sk.data(), sk.size());
  return pk;
}

SignedCheckpoint sign_checkpoint(const Checkpoint& checkpoint, std::int64_t time_us, const SigningSeed& seed) {
  ensure_sodium();
  PublicKey pk;
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk;
  crypto_sign_seed_keypair(pk.data(), sk.data(), seed.data());
  SignedCheckpoint out{checkpoint, time_us, {}};
  std::string m = message(checkpoint, time_us);
  crypto_sign_detached(out.signature.data(), nullptr, reinterpret_cast<const unsigned char*>(m.data()), m.size(),
                       sk.data());
  sodium_memzero(sk.data(), sk.size());
  return out;
}

bool verify_checkpoint(const SignedCheckpoint& s, const PublicKey& key) {
  ensure_sodium();
  std::string m = message(s.checkpoint, s.time_us);
  return crypto_sign_verify_detached(s.signature.data(), reinterpret_cast<const unsigned char*>(m.data()), m.size(),
                                     key.data()) == 0;
}

std::string signature_hex(const Signature& signature) { return to_hex(signature.data(), signature.size()); }
std::string public_key_hex(const PublicKey& key) { return to_hex(key.data(), key.size()); }
std::string seed_hex(const SigningSeed& seed) { return to_hex(seed.data(), seed.size()); }

std::optional<PublicKey> parse_public_key_hex(std::string_view text) {
  PublicKey key;
  if (!from_hex(text, key.data(), key.size())) return std::nullopt;
  return key;
}

std::optional<SigningSeed> parse_seed_hex(std::string_view text) {
  SigningSeed seed;
  if (!from_hex(text, seed.data(), seed.size())) return std::nullopt;
  return seed;
}

std::string format_checkpoint(const SignedCheckpoint& s) {
  return std::to_string(s.checkpoint.seq) + "\t" + std::to_string(s.time_us) + "\t" + hex(s.checkpoint.hash) + "\t" +
         to_hex(s.signature.data(), s.signature.size());
}

std::optional<SignedCheckpoint> parse_checkpoint(std::string_view line) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      parts.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 4) return std::nullopt;
  SignedCheckpoint s;
  auto hash = parse_hex_hash(parts[2]);
  if (!parse_int(parts[0], s.checkpoint.seq) || !parse_int(parts[1], s.time_us) || !hash ||
      !from_hex(parts[3], s.signature.data(), s.signature.size())) {
    return std::nullopt;
  }
  s.checkpoint.hash = *hash;
  return s;
}

std::string format_checkpoint_file(const PublicKey& key, std::span<const SignedCheckpoint> checkpoints) {
  std::string out = "# netconduct audit checkpoints: seq, time (us), chain hash, Ed25519 signature\n";
  out += "# public-key " + public_key_hex(key) + "\n";
  for (const SignedCheckpoint& c : checkpoints) out += format_checkpoint(c) + "\n";
  return out;
}

Result<CheckpointFile> parse_checkpoint_file(std::string_view text) {
  CheckpointFile file;
  constexpr std::string_view kKey = "# public-key ";
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.starts_with(kKey)) {
      auto key = parse_public_key_hex(line.substr(kKey.size()));
      if (!key) return Status::Invalid("line " + std::to_string(line_no) + ": malformed public key");
      if (file.key && *file.key != *key) return Status::Invalid("line " + std::to_string(line_no) + ": a second, different public key");
      file.key = key;
      continue;
    }
    if (line.front() == '#') continue;
    auto c = parse_checkpoint(line);
    if (!c) return Status::Invalid("line " + std::to_string(line_no) + ": not a checkpoint");
    file.checkpoints.push_back(*c);
  }
  return file;
}

}  // namespace nc::domain
