#include "server/request.h"

#include <gtest/gtest.h>

namespace nc::server {
namespace {

TEST(ParseTarget, SplitsPathIntoDecodedSegmentsAndQuery) {
  auto t = parse_target("/api/v1/rulebooks/x/search?q=%E4%BF%9D%E5%AF%86&limit=5");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->path, "/api/v1/rulebooks/x/search");
  EXPECT_EQ(t->segments, (std::vector<std::string>{"api", "v1", "rulebooks", "x", "search"}));
  ASSERT_EQ(t->query.size(), 2u);
  EXPECT_EQ(t->query[0], (std::pair<std::string, std::string>{"q", "保密"}));
  EXPECT_EQ(t->query[1], (std::pair<std::string, std::string>{"limit", "5"}));
}

TEST(ParseTarget, PlusIsSpaceInQueryButNotInPath) {
  auto t = parse_target("/a+b?q=%E4%BF%9D+%E5%AF%86");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->segments, (std::vector<std::string>{"a+b"}));
  EXPECT_EQ(t->query[0].second, "保 密");
}

TEST(ParseTarget, EncodedSlashStaysInsideItsSegment) {
  auto t = parse_target("/a%2Fb/c");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->segments, (std::vector<std::string>{"a/b", "c"}));
}

TEST(ParseTarget, RootAndTrailingSlashGiveAnEmptyLastSegment) {
  EXPECT_EQ(parse_target("/")->segments, (std::vector<std::string>{""}));
  EXPECT_EQ(parse_target("/a/")->segments, (std::vector<std::string>{"a", ""}));
}

TEST(ParseTarget, RejectsNonOriginFormsBadEscapesAndNul) {
  EXPECT_FALSE(parse_target("").ok());
  EXPECT_FALSE(parse_target("*").ok());
  EXPECT_FALSE(parse_target("http://example.com/").ok());
  EXPECT_FALSE(parse_target("/a%2").ok());
  EXPECT_FALSE(parse_target("/a%zz").ok());
  EXPECT_FALSE(parse_target("/a%00b").ok());
  EXPECT_FALSE(parse_target("/a?q=%G0").ok());
}

TEST(Request, QueryParamReturnsTheFirstValue) {
  Request r;
  r.query = {{"a", "1"}, {"a", "2"}};
  EXPECT_EQ(r.query_param("a"), "1");
  EXPECT_FALSE(r.query_param("b").has_value());
}

}  // namespace
}  // namespace nc::server
