// The server's audit signing key: an Ed25519 seed in DIR/audit-signing.key
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

std::filesystem::path signing_key_path(const std::string& data_dir);
// "conflict" when the file exists.
Result<domain::SigningSeed> create_signing_key(const std::string& data_dir);
// "not_found" when there is none; "invalid_input" when it is malformed.
// Warns on stderr when group or others may read it.
Result<domain::SigningSeed> load_signing_key(const std::string& data_dir);
Result<domain::SigningSeed> load_or_create_signing_key(const std::string& data_dir);

}  // namespace nc::cli
