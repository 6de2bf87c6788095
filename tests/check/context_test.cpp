// Context rules' building blocks (text_span.h, marking.h, number_context.h) against plain reference loops.
#include "check/marking.h"
#include "check/number_context.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace nc::check {
namespace {

// line_around as a loop per byte: the definition the fast one must keep.
std::string_view reference_line_around(std::string_view text, size_t pos, size_t max_bytes, size_t* line_start) {
  size_t b = pos;
  while (b > 0 && text[b - 1] != '\n' && text[b - 1] != '\r') {
    if (pos - b >= max_bytes) return {};
    --b;
  }
  size_t e = pos;
  while (e < text.size() && text[e] != '\n' && text[e] != '\r') {
    if (e - pos >= max_bytes) return {};
    ++e;
  }
  *line_start = b;
  return text.substr(b, e - b);
}

TEST(Context, LineAroundAgreesWithALoopPerByte) {
  std::mt19937 rng(11);
  const std::string pieces[] = {"a", "机密", "\n", "\r", "\r\n", " ", "，"};
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) t += pieces[rng() % (round % 2 ? 7 : 2)];
    for (size_t pos = 0; pos <= t.size(); ++pos) {
      for (size_t max : {size_t{0}, size_t{1}, size_t{3}, size_t{8}, size_t{160}}) {
        size_t want_start = 99999, got_start = 99999;
        const std::string_view want = reference_line_around(t, pos, max, &want_start);
        const std::string_view got = line_around(t, pos, max, &got_start);
        ASSERT_EQ(got.data() == nullptr, want.data() == nullptr) << t << " pos " << pos << " max " << max;
        ASSERT_EQ(std::string(got), std::string(want)) << t << " pos " << pos << " max " << max;
        if (want.data() != nullptr) {
          ASSERT_EQ(got_start, want_start) << t << " pos " << pos << " max " << max;
        }
      }
    }
  }
}

TEST(Context, LineAroundFindsTheLineAndGivesUpOnLongOnes) {
  size_t start = 0;
  EXPECT_EQ(line_around("一\n密级：机密\r\n正文", 5, 160, &start), "密级：机密");
  EXPECT_EQ(start, 4u);
  EXPECT_TRUE(line_around(std::string(500, 'a') + "机密", 500, 160, &start).empty());
  EXPECT_EQ(line_around("", 0, 160, &start), "");
}

}  // namespace
}  // namespace nc::check
