// Text from the wire made safe for one log line: bytes outside printable
// ASCII, quotes and backslashes become \xNN, so a request cannot forge or
// split log lines (ASVS V7.3.1).
#pragma once

#include <string>
#include <string_view>

namespace nc::server {

std::string log_safe(std::string_view text, size_t max_bytes = 512);

}  // namespace nc::server
