// The server's audit signing key: an Ed25519 seed in DIR/audit-signing.key,
// or in a file of its own outside the data directory (--signing-key FILE),
// so that whoever holds a copy of the database does not hold the key too
// (hex, one line after a comment), created with mode 0600 so only the
// server's user reads it. `serve` creates it on first start; `audit keygen`
// creates it explicitly and refuses to replace one (a replaced key would
// make every kept checkpoint unverifiable against the new one).
#pragma once

#include <filesystem>
#include <string>

#include "common/status.h"
#include "domain/checkpoint_signature.h"

namespace nc::cli {

// The key file: `key_file` when given (serve/audit --signing-key FILE, a key
// kept outside the data directory), else DIR/audit-signing.key.
std::filesystem::path signing_key_path(const std::string& data_dir, const std::string& key_file = "");
// "conflict" when the file exists.
Result<domain::SigningSeed> create_signing_key(const std::filesystem::path& file);
// "not_found" when there is none; "invalid_input" when it is malformed.
// Warns on stderr when group or others may read it.
Result<domain::SigningSeed> load_signing_key(const std::filesystem::path& file);
Result<domain::SigningSeed> load_or_create_signing_key(const std::filesystem::path& file);

}  // namespace nc::cli
