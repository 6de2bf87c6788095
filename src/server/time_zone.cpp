#include "server/time_zone.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <mutex>

namespace nc::server {

struct TimeZone::Data {
  std::string id;
  std::unique_ptr<icu::TimeZone> zone;
  // ICU documents TimeZone objects as not safe for concurrent use, even
  // through const calls that may cache: one lookup at a time.
  mutable std::mutex mu;
};

Result<TimeZone> TimeZone::named(std::string_view id) {
  auto data = std::make_shared<Data>();
  data->id = std::string(id);
  data->zone.reset(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(icu::StringPiece(id.data(), static_cast<int32_t>(id.size())))));
  if (!data->zone || *data->zone == icu::TimeZone::getUnknown()) {
    return Status::Invalid("unknown time zone '" + std::string(id) + "' (use an IANA name such as Asia/Shanghai)");
  }
  return TimeZone(std::move(data));
}

TimeZone TimeZone::utc() {
  static const TimeZone kUtc = *named("Etc/UTC");
  return kUtc;
}

std::int64_t TimeZone::offset_us(std::int64_t utc_us) const {
  std::lock_guard lock(data_->mu);
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  data_->zone->getOffset(static_cast<UDate>(utc_us / 1000), false, raw, dst, status);
  if (U_FAILURE(status)) return 0;
  return (static_cast<std::int64_t>(raw) + dst) * 1000;
}

TimeZone TimeZone::china() {
  static const TimeZone kChina = *named(kChinaId);
  return kChina;
}

const std::string& TimeZone::id() const { return data_->id; }

}  // namespace nc::server
