#include "server/catalogue.h"

#include <gtest/gtest.h>

#include "rulebook/loader.h"

namespace nc::server {
namespace {

rulebook::Rulebook version(const std::string& effective_date) {
  static const rulebook::RulebookSource shipped = [] {
    auto all = rulebook::read_directory(std::string(NC_DATA_DIR) + "/rulebooks");
    EXPECT_TRUE(all.ok()) << all.status().message();
    return all->front();
  }();
  rulebook::RulebookSource s = shipped;
  s.effective_date = effective_date;
  s.version = effective_date.substr(0, 4);
  auto built = rulebook::build(s);
  EXPECT_TRUE(built.ok()) << built.status().message();
  return std::move(built).value();
}

TEST(Catalogue, InForceIsTheLatestVersionNotAfterToday) {
  std::vector<rulebook::Rulebook> books;
  books.push_back(version("2030-01-01"));
  books.push_back(version("2024-01-14"));
  books.push_back(version("2027-06-01"));
  const std::string id = books[0].id;
  Catalogue c(std::move(books));

  ASSERT_EQ(c.versions(id).size(), 3u);
  EXPECT_EQ(c.versions(id)[0]->rulebook.effective_date, "2024-01-14");
  EXPECT_EQ(c.versions(id)[2]->rulebook.effective_date, "2030-01-01");
  EXPECT_EQ(c.in_force(id, "2026-11-24")->rulebook.effective_date, "2024-01-14");
  EXPECT_EQ(c.in_force(id, "2027-06-01")->rulebook.effective_date, "2027-06-01");
  EXPECT_EQ(c.in_force(id, "2031-01-01")->rulebook.effective_date, "2030-01-01");
  // Before any version took effect: the earliest.
  EXPECT_EQ(c.in_force(id, "2000-01-01")->rulebook.effective_date, "2024-01-14");
}

TEST(Catalogue, UnknownIdHasNoVersions) {
  std::vector<rulebook::Rulebook> books;
  books.push_back(version("2024-01-14"));
  Catalogue c(std::move(books));
  EXPECT_EQ(c.in_force("nope", "2026-01-01"), nullptr);
  EXPECT_TRUE(c.versions("nope").empty());
  EXPECT_EQ(c.ids(), std::vector<std::string>{"dangyuan-wangluo-xingwei-guiding"});
}

TEST(Catalogue, EachVersionSearchesItsOwnText) {
  std::vector<rulebook::Rulebook> books;
  books.push_back(version("2024-01-14"));
  Catalogue c(std::move(books));
  const auto* v = c.in_force("dangyuan-wangluo-xingwei-guiding", "2026-01-01");
  ASSERT_NE(v, nullptr);
  auto hits = v->index.search("保密");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().article, 14);
}

}  // namespace
}  // namespace nc::server
