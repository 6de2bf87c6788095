#include "server/access/credentials.h"

#include <sodium.h>

#include <stdexcept>

#include "common/utf8.h"
#include "domain/log_text.h"

namespace nc::server::access {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19456u * 1024u;

void init_sodium() {
  static const int ok = sodium_init();
  if (ok < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string to_hex(const unsigned char* data, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    out += kHex[data[i] >> 4];
    out += kHex[data[i] & 0xf];
  }
  return out;
}

}  // namespace

Status check_password_policy(std::string_view password) {
  if (password.size() > kMaxPasswordBytes) return Status::Error(Code::kWeakPassword, "密码过长（最多 1024 字节）");
  if (!utf8::valid(password)) return Status::Error(Code::kWeakPassword, "密码含有无效字符");
  if (utf8::count(password) < kMinPasswordLength) {
    return Status::Error(Code::kWeakPassword, "密码至少需要 12 个字符");
  }
  return Status::Ok();
}

Result<std::string> hash_password(std::string_view password) {
  init_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Error(Code::kInternal, "out of memory while hashing a password");
  }
  return std::string(out);
}

bool verify_password(const std::string& hash, std::string_view password) {
  init_sodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(const std::string& hash) {
  init_sodium();
  return crypto_pwhash_str_needs_rehash(hash.c_str(), kOpsLimit, kMemLimit) != 0;
}

const std::string& dummy_hash() {
  static const std::string hash = [] {
    auto h = hash_password(random_token());
    return h.ok() ? *h : std::string();
  }();
  return hash;
}

std::string random_token() {
  init_sodium();
  unsigned char buf[32];
  randombytes_buf(buf, sizeof buf);
  return to_hex(buf, sizeof buf);
}

std::string sha256_hex(std::string_view data) {
  init_sodium();
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return to_hex(out, sizeof out);
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace nc::server::access
