// Data-driven parser cases: cases/NAME.txt is the input and
// cases/NAME.expected.json the expected model (reduced to what the text
// states) or {"error_line": N} for input that must be rejected.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "rulebook/model_json.h"
#include "rulebook/parser.h"

namespace nc::rulebook {
namespace {

using nlohmann::json;

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

json reduce_articles(const json& articles) {
  json out = json::array();
  for (const json& a : articles) {
    json items = json::array();
    for (const json& it : a["items"]) items.push_back({it["marker"], it["text"], it["paragraph"]});
    out.push_back({{"number", a["number"]}, {"paragraphs", a["paragraphs"]}, {"items", items}});
  }
  return out;
}

json reduce(const json& model) {
  json chapters = json::array();
  for (const json& c : model["chapters"]) {
    json sections = json::array();
    for (const json& s : c["sections"])
      sections.push_back({{"number", s["number"]}, {"title", s["title"]}, {"articles", reduce_articles(s["articles"])}});
    chapters.push_back({{"number", c["number"]},
                        {"title", c["title"]},
                        {"sections", sections},
                        {"articles", reduce_articles(c["articles"])}});
  }
  return {{"title", model["title"]}, {"preamble", model["preamble"]}, {"chapters", chapters}};
}

class ParserCase : public ::testing::TestWithParam<std::string> {};

TEST_P(ParserCase, MatchesExpectedModel) {
  const std::filesystem::path dir = NC_CASES_DIR;
  const std::string input = slurp(dir / (GetParam() + ".txt"));
  const json expected = json::parse(slurp(dir / (GetParam() + ".expected.json")));
  ParseError err;
  const auto parsed = parse(input, &err);
  if (expected.contains("error_line")) {
    ASSERT_FALSE(parsed.ok()) << "expected a parse error";
    EXPECT_EQ(err.line, expected["error_line"].get<int>()) << err.message;
    EXPECT_FALSE(err.message.empty());
    EXPECT_NE(parsed.status().message().find("line " + std::to_string(err.line)), std::string::npos);
    return;
  }
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(reduce(to_json(*parsed)).dump(1), expected.dump(1));
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(NC_CASES_DIR))
    if (e.path().extension() == ".txt") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, ParserCase, ::testing::ValuesIn(case_names()),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

TEST(ParserCases, AtLeastTheShippedCasesArePresent) { EXPECT_GE(case_names().size(), 8u); }

}  // namespace
}  // namespace nc::rulebook
