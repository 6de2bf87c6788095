// What a member is told and given for each finding: advice for every text
// and metadata detector and every metadata kind, the articles they cite, the
// words used for where a finding is, and the masked copy — as the advice says
// for personal data, none at all for a secret marking.
#include <gtest/gtest.h>

#include <set>

#include "check/engine.h"
#include "check/mask.h"
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

TEST(Advice, EveryTextDetectorHasAdviceAndAnArticle) {
  auto engine = make();
  const Registry& registry = engine->registry();
  const TopicArticles articles = shipped_articles(registry);
  ASSERT_GE(registry.size(), 10u);  // the dictionary's detector too
  for (size_t i = 0; i < registry.size(); ++i) {
    const Detector& d = registry.detector(i);
    SCOPED_TRACE(std::string(d.id()));
    EXPECT_GE(d.title().size(), 6u);
    EXPECT_GE(d.suggestion().size(), 30u);
    EXPECT_GE(d.mention_suggestion().size(), 30u);
    EXPECT_TRUE(articles.count(std::string(d.topic())));
  }
}

TEST(Advice, EveryMetadataDetectorAndKindHasAdviceAndAnArticle) {
  auto engine = make();
  const Registry& registry = engine->registry();
  const TopicArticles articles = shipped_articles(registry);
  ASSERT_EQ(registry.metadata_detectors().size(), 4u);
  std::set<std::string_view> with_kinds;
  for (const MetadataKind& k : metadata_kinds()) {
    SCOPED_TRACE(std::string(k.key));
    const MetadataDetector* d = find_metadata_detector(k.detector);
    ASSERT_NE(d, nullptr);
    with_kinds.insert(d->id);
    EXPECT_EQ(find_metadata_kind(k.key), &k);  // keys are unique
    EXPECT_GE(k.suggestion.size(), 30u);
    EXPECT_FALSE(k.place.empty());
  }
  for (const MetadataDetector& d : registry.metadata_detectors()) {
    SCOPED_TRACE(std::string(d.id));
    EXPECT_TRUE(with_kinds.count(d.id)) << "a metadata detector without a kind";
    EXPECT_GE(d.title.size(), 6u);
    EXPECT_TRUE(articles.count(std::string(d.topic)));
    EXPECT_EQ(registry.find(d.id), nullptr) << "a metadata id shared with a text detector";
  }
}

TEST(Advice, PersonalDataCitesTheDutyToObeyTheLawAndNamesTheLaw) {
  auto engine = make();
  const TopicArticles articles = shipped_articles(engine->registry());
  EXPECT_EQ(articles.at("personal_data"), 8);  // 模范遵守法律法规, not 19 (cadres' public accounts)
  EXPECT_EQ(articles.at("secrets"), 14);
  for (std::string_view id : {"pii.cn_resident_id", "pii.cn_mobile", "pii.bank_card", "pii.cn_passport", "pii.email"}) {
    const Detector* d = engine->registry().find(id);
    ASSERT_NE(d, nullptr) << id;
    EXPECT_NE(d->suggestion().find("《个人信息保护法》"), std::string_view::npos) << id;
  }
}

TEST(Advice, PlacesAreAMembersWordsNeverInternalNames) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"word/document.xml", "正文"},
      {"word/header2.xml", "页眉"},
      {"word/document.xml（隐藏文字）", "正文（隐藏文字）"},
      {"docProps/core.xml", "文档属性"},
      {"xl/worksheets/sheet3.xml", "第 3 个工作表"},
      {"slide 4", "第 4 张幻灯片"},
      {"slide 4 备注", "第 4 张幻灯片的备注"},
      {"slide 4 批注 2", "第 4 张幻灯片的批注 2"},
      {"EXIF GPS", "照片的拍摄位置"},
      {"Exif.GPSInfo.GPSAltitude", "照片的拍摄位置"},
      {"Xmp.photoshop.City", "照片的拍摄地点"},
      {"Iptc.Application2.Caption", "照片的说明信息"},
      {"Exif.Image.Model", "照片的附带信息"},
      {"ppt/slideMasters/slideMaster1.xml", "文档内部的其他部分"},
      {"第3页", "第3页"},
      {"批注 2", "批注 2"},
      {"工资表!B7", "工资表!B7"},
  };
  for (const auto& [location, place] : cases) EXPECT_EQ(place_name(location), place) << location;

  auto place = [](std::string_view kind, std::string_view location, std::string_view description) {
    return metadata_place(*find_metadata_kind(kind), location, description);
  };
  EXPECT_EQ(place(meta::kDocProperty, "docProps/core.xml", "文档属性：作者"), "文档属性（作者）");
  EXPECT_EQ(place(meta::kDevice, "Exif.Image.Model", "拍摄设备：型号"), "照片的拍摄设备（型号）");
  EXPECT_EQ(place(meta::kDevice, "Exif.Photo.BodySerialNumber", "设备序列号"), "照片的拍摄设备（设备序列号）");
  EXPECT_EQ(place(meta::kGps, "EXIF GPS", "照片包含拍摄位置（GPS 经纬度）"), "照片的拍摄位置");
  EXPECT_EQ(place(meta::kTrackedChange, "word/document.xml", "插入（修订者：李四）"), "正文的修订记录");
  EXPECT_EQ(place(meta::kHiddenSheet, "工资表", "隐藏的工作表"), "隐藏的工作表“工资表”");
}

TEST(Mask, PersonalDataIsMaskedAsTheAdviceSays) {
  auto engine = make();
  auto masked = [&](std::string_view id, std::string_view text) -> std::string {
    const Detector* d = engine->registry().find(id);
    EXPECT_NE(d, nullptr);
    return d->mask(text).value_or("<none>");
  };
  EXPECT_EQ(masked("pii.cn_mobile", "13812345678"), "138****5678");
  EXPECT_EQ(masked("pii.cn_mobile", "+86 138-1234-5678"), "+86 138-****-5678");
  EXPECT_EQ(masked("pii.cn_mobile", "１３８ １２３４ ５６７８"), "１３８ **** ５６７８");
  EXPECT_EQ(masked("pii.cn_mobile", "幺三八一二三四五六七八"), "幺三八****五六七八");
  EXPECT_EQ(masked("pii.cn_resident_id", "11010519491231002X"), "110105********002X");
  EXPECT_EQ(masked("pii.cn_resident_id", "110105 19491231 002X"), "110105 ******** 002X");
  EXPECT_EQ(masked("pii.cn_resident_id", "110105491231002"), "110105******002");
  EXPECT_EQ(masked("pii.bank_card", "6222 0212 3456 7890"), "**** **** **** 7890");
  EXPECT_EQ(masked("pii.cn_passport", "E12345678"), "E*****678");
  EXPECT_EQ(masked("pii.email", "zhangsan@example.com"), "z*******@example.com");
  EXPECT_EQ(masked("pii.email", "zhang.san[at]example.com"), "z********[at]example.com");
  EXPECT_EQ(masked("org.dictionary", "天穹工程"), "****");
}

TEST(Mask, ASecretMarkingIsNeverMasked) {
  auto engine = make();
  for (std::string_view id : {"secret.classification_mark", "secret.internal_mark", "secret.document_number"}) {
    const Detector* d = engine->registry().find(id);
    ASSERT_NE(d, nullptr) << id;
    EXPECT_FALSE(d->mask("机密★5年").has_value()) << id;
  }
}

TEST(Mask, TheMaskedCopyKeepsWhatMayBeSharedAndIsNotOfferedForASecret) {
  auto engine = make();
  const std::string post = "联系张老师 13812345678，身份证 11010519491231002X。";
  auto findings = engine->check(post);
  ASSERT_TRUE(findings.ok());
  ASSERT_EQ(findings->size(), 2u);
  EXPECT_TRUE(maskable(*findings));
  EXPECT_EQ(redact(post, *findings), "联系张老师 138****5678，身份证 110105********002X。");

  const std::string notice = "（机密★5年）\n关于天穹工程的通知\n联系人 13812345678\n";
  auto secret = engine->check(notice);
  ASSERT_TRUE(secret.ok());
  ASSERT_EQ(secret->size(), 3u);
  EXPECT_FALSE(maskable(*secret));
  EXPECT_FALSE(redact(notice, *secret).has_value());

  FileReport report;
  for (const Finding& f : *secret) report.findings.push_back({f, std::nullopt});
  const auto json = file_report_json(report, {});
  EXPECT_EQ(json["do_not_publish"], std::string(kDoNotPublish));
  EXPECT_TRUE(json["findings"][0]["masked"].is_null());
  EXPECT_EQ(json["findings"][2]["masked"], "138****5678");

  FileReport plain;
  for (const Finding& f : *findings) plain.findings.push_back({f, std::nullopt});
  EXPECT_TRUE(file_report_json(plain, {})["do_not_publish"].is_null());
}

TEST(Mask, OverlappingFindingsOfSeveralDetectorsAreMaskedWhole) {
  Finding a;
  a.start = 0;
  a.end = 6;
  a.masked = "ab**ef";
  Finding b;
  b.start = 4;
  b.end = 8;
  b.masked = "ef*h";
  EXPECT_EQ(redact("abcdefgh-", {a, b}), "********-");
  EXPECT_EQ(redact("abcdefgh-", {a}), "ab**efgh-");
}

TEST(Mask, SymbolsAreDigitsLettersAndNumeralsAsWritten) {
  EXPECT_EQ(count_symbols("+86 138-1234-5678"), 13u);
  EXPECT_EQ(count_symbols("１３８〇"), 4u);
  EXPECT_EQ(mask_all("机密\n★"), "**\n*");
  EXPECT_EQ(mask_symbols("ab cd", 1, 3), "a* *d");
}

}  // namespace
}  // namespace nc::check
