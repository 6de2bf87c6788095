// The server's one clock. Instants are microseconds since the Unix epoch,
// UTC, for everything stored (sessions, audit entries, imports). "Today" is
// the date in the configured time zone (serve --time-zone, default
// Asia/Shanghai) for everything dated by day: which rulebook version is in
// force, the day an organisation changed, due dates, years. Injectable, so
// tests can move time (session expiry, throttling) without waiting.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "domain/date.h"
#include "server/time_zone.h"

namespace nc::server {

std::int64_t system_now_us();

class Clock {
 public:
  using Source = std::function<std::int64_t()>;
  explicit Clock(Source now_us = system_now_us, TimeZone zone = TimeZone::china());

  std::int64_t operator()() const { return now_us_(); }  // now, UTC
  domain::Date today() const { return date_of(now_us_()); }
  // The day an instant falls on in this clock's time zone.
  domain::Date date_of(std::int64_t utc_us) const;
  const TimeZone& zone() const { return zone_; }

 private:
  Source now_us_;
  TimeZone zone_;
};

// The real clock plus a number of seconds read from `file` on every call
// (missing or unreadable: 0). For integration tests only.
Clock::Source offset_file_clock(std::string file);

// "2026-11-24T19:40:01Z" and "2026-11-24" for a time in microseconds, UTC.
std::string iso_time(std::int64_t us);
std::string iso_date(std::int64_t us);

}  // namespace nc::server
