#include "server/clock.h"

#include <gtest/gtest.h>

namespace nc::server {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000000;

// 2026-12-06T15:59:59Z and one second later.
constexpr std::int64_t kBeforeMidnightInBeijing = 1796572799LL * 1000000;

TEST(Clock, TodayIsTheDateInTheConfiguredZone) {
  const Clock beijing([] { return kBeforeMidnightInBeijing; }, *TimeZone::named("Asia/Shanghai"));
  EXPECT_EQ(beijing.today(), (domain::Date{2026, 12, 6}));
  EXPECT_EQ(beijing.date_of(kBeforeMidnightInBeijing + 1000000), (domain::Date{2026, 12, 7}));
  const Clock utc([] { return kBeforeMidnightInBeijing; }, TimeZone::utc());
  EXPECT_EQ(utc.date_of(kBeforeMidnightInBeijing + 1000000), (domain::Date{2026, 12, 6}));
  EXPECT_EQ(beijing(), kBeforeMidnightInBeijing) << "instants stay UTC";
  EXPECT_EQ(Clock().zone().id(), "Asia/Shanghai") << "the default of every command";
}

TEST(Clock, ZonesWithDaylightSavingFollowIt) {
  auto ny = TimeZone::named("America/New_York");
  ASSERT_TRUE(ny.ok());
  // 2026-07-01T12:00Z is EDT (−4 h); 2026-01-15T12:00Z is EST (−5 h).
  EXPECT_EQ(ny->offset_us(1782907200LL * 1000000), -4 * kHour);
  EXPECT_EQ(ny->offset_us(1768478400LL * 1000000), -5 * kHour);
  // 03:30Z on 2026-07-01 is still 30 June in New York.
  const Clock clock([] { return 0; }, *ny);
  EXPECT_EQ(clock.date_of(1782876600LL * 1000000), (domain::Date{2026, 6, 30}));
}

TEST(Clock, AnUnknownZoneIsAnError) {
  auto bad = TimeZone::named("Mars/Olympus_Mons");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Code::kInvalidInput);
  EXPECT_NE(bad.status().message().find("Mars/Olympus_Mons"), std::string::npos);
}

}  // namespace
}  // namespace nc::server
