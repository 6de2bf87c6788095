#include "server/clock.h"

#include <chrono>
#include <ctime>
#include <fstream>

namespace nc::server {

std::int64_t system_now_us() {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Clock offset_file_clock(std::string file) {
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
