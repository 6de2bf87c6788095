// report_json_text (check/report_json.h): the server's report written
// directly is byte for byte the dump of the tree the CLI builds, on real
// findings and on every kind of string a report can carry (quotes,
// backslashes, control characters, invalid UTF-8 in a file name).
#include <gtest/gtest.h>

#include "check/engine.h"
#include "check/metadata.h"
#include "check/report_json.h"
#include "rulebook/loader.h"

namespace nc::check {
namespace {

std::shared_ptr<const Engine> make() {
  EngineOptions o;
  o.max_birth_year = 2026;
  o.dictionary = {"天穹工程"};
  auto r = Engine::create(o);
  EXPECT_TRUE(r.ok());
  return *r;
}

TopicArticles shipped_articles(const Registry& registry) {
  auto sources = rulebook::read_directory(NC_RULEBOOK_DIR);
  EXPECT_TRUE(sources.ok() && !sources->empty());
  auto book = rulebook::build(sources->front());
  EXPECT_TRUE(book.ok()) << book.status().message();
  return topic_articles(*book, registry);
}

FileReport checked(const Engine& engine, const std::string& path, const std::string& text) {
  FileReport r;
  r.path = path;
  auto findings = engine.check(text);
  EXPECT_TRUE(findings.ok());
  for (const Finding& f : *findings) r.findings.push_back({f, std::nullopt});
  return r;
}

TEST(ReportJsonText, IsTheDumpOfTheTreeForRealFindings) {
  auto engine = make();
  const TopicArticles articles = shipped_articles(engine->registry());
  ASSERT_FALSE(articles.empty());
  std::vector<FileReport> reports;
  reports.push_back(checked(*engine, "-", "联系张老师 13812345678，身份证 11010519491231002X。邮箱 zhang@qq.com"));
  reports.push_back(checked(*engine, "通知.txt", "（机密★5年）\n关于天穹工程的通知\n\"引号\" \\ 反斜杠\t制表\n"));
  ASSERT_FALSE(reports[0].findings.empty());
  ASSERT_FALSE(reports[1].findings.empty());
  reports[1].findings.front().location = "word/document.xml";
  EXPECT_EQ(report_json_text(reports, articles), dump(report_json(reports, articles)));
  // No article for any topic: "article" is null.
  EXPECT_EQ(report_json_text(reports, {}), dump(report_json(reports, {})));
  EXPECT_NE(report_json_text(reports, {}), report_json_text(reports, articles));
}

TEST(ReportJsonText, IsTheDumpOfTheTreeForMetadataWarningsErrorsAndAwkwardStrings) {
  FileReport r;
  r.path = std::string("a\"b\\c\x01\x1f\x7f/d\b\f\n\r\t") + "照片.jpg";
  r.metadata.push_back({kGpsLocation, "", "Exif.GPSInfo.GPSLatitude", "拍摄位置 31.2, 121.5", "31.2,121.5"});
  r.metadata.push_back({kHiddenContent, meta::kDocProperty, "docProps/core.xml", "作者：张三（市委办公室）", "张三"});
  r.metadata.push_back({"no.such.detector", "no_such_kind", "x", "说明", ""});
  r.metadata.push_back({kPhotographedDocument, "", "", "", ""});
  r.warnings = {"第一条", "含\"引号\"的提示"};
  FileReport failed;
  failed.path = "坏.docx";
  failed.error = "文件已损坏";
  FileReport failed_without_code = failed;
  failed.error_code = "unsupported_format";
  // Invalid UTF-8 where the input gives it: a truncated sequence, a stray
  // continuation byte, an overlong form, a surrogate, a lead byte at the end.
  FileReport invalid;
  invalid.path = std::string("\xe4\xb8") + "x\x80y\xc0\xafz\xed\xa0\x80w" + "\xf4\x90\x80\x80" + "\xe4";
  invalid.warnings = {std::string("\xff\xfe")};
  const std::vector<FileReport> reports = {r, failed, failed_without_code, invalid, FileReport{}};
  const TopicArticles articles = {{"personal_data", 8}, {"secrets", 14}};
  const std::string written = report_json_text(reports, articles);
  EXPECT_EQ(written, dump(report_json(reports, articles)));
  EXPECT_NE(written.find("\\u0001"), std::string::npos);
  EXPECT_NE(written.find("\xef\xbf\xbd"), std::string::npos);  // U+FFFD for the invalid bytes
  EXPECT_EQ(report_json_text({}, articles), dump(report_json({}, articles)));
}

}  // namespace
}  // namespace nc::check
