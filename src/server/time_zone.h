// A time zone by its IANA name ("Asia/Shanghai"), from ICU's data: the
// offset from UTC at any instant, daylight saving included. Immutable;
// safe to use from any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"

namespace nc::server {

class TimeZone {
 public:
  // "invalid_input" for a name ICU does not know.
  static Result<TimeZone> named(std::string_view id);
  static TimeZone utc();
  // Beijing time, the default of every command.
  static TimeZone china();
  static constexpr const char* kChinaId = "Asia/Shanghai";

  // Local time minus UTC at the instant `utc_us` (microseconds since the epoch).
  std::int64_t offset_us(std::int64_t utc_us) const;
  const std::string& id() const;

 private:
  struct Data;
  explicit TimeZone(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
};

}  // namespace nc::server
