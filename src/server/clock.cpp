#include "server/clock.h"

#include <chrono>
#include <ctime>
#include <fstream>

namespace nc::server {

std::int64_t system_now_us() {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Clock::Clock(Source now_us, TimeZone zone) : now_us_(std::move(now_us)), zone_(std::move(zone)) {}

domain::Date Clock::date_of(std::int64_t utc_us) const {
  const std::int64_t local_us = utc_us + zone_.offset_us(utc_us);
  std::int64_t days = local_us / 86'400'000'000LL;
  if (local_us % 86'400'000'000LL < 0) --days;
  return domain::date_from_days(days);
}

Clock::Source offset_file_clock(std::string file) {
  return [file = std::move(file)] {
    long long seconds = 0;
    std::ifstream in(file);
    if (!(in >> seconds)) seconds = 0;
    return system_now_us() + seconds * 1000000LL;
  };
}

namespace {
std::string format(std::int64_t us, const char* pattern) {
  std::time_t t = static_cast<std::time_t>(us / 1000000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, pattern, &tm);
  return buf;
}
}  // namespace

std::string iso_time(std::int64_t us) { return format(us, "%Y-%m-%dT%H:%M:%SZ"); }
std::string iso_date(std::int64_t us) { return format(us, "%Y-%m-%d"); }

}  // namespace nc::server
