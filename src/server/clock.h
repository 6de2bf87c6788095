// The server's clock, injectable so tests can move time (session expiry,
// login throttling) without waiting. Microseconds since the Unix epoch, UTC.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace nc::server {

using Clock = std::function<std::int64_t()>;

std::int64_t system_now_us();
// The real clock plus a number of seconds read from `file` on every call
// (missing or unreadable: 0). For integration tests only.
Clock offset_file_clock(std::string file);

// "2026-11-24T19:40:01Z" and "2026-11-24" for a time in microseconds.
std::string iso_time(std::int64_t us);
std::string iso_date(std::int64_t us);

}  // namespace nc::server
