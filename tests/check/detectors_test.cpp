// Behaviour of each detector through the engine, on the standard set.
#include <gtest/gtest.h>

#include "check/checksums.h"
#include "check/engine.h"

namespace nc::check {
namespace {

const Engine& engine() {
  static const std::shared_ptr<const Engine> e = [] {
    EngineOptions o;
    o.dictionary = {"天网工程", "XK-9"};
    o.max_birth_year = 2026;
    auto r = Engine::create(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return *r;
  }();
  return *e;
}

std::vector<std::string> ids(const std::string& text) {
  auto r = engine().check(text);
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  for (const Finding& f : *r) out.emplace_back(f.detector);
  return out;
}

std::vector<std::string> one(std::string id) { return {std::move(id)}; }
const std::vector<std::string> kNone;

TEST(ClassificationMark, MarkingsAreFindings) {
  for (const char* t : {"秘密★1年", "机密★长期", "绝密", "机密\n关于某事的通知", "密级：秘密", "【机密】通知",
                        "绝密★启用前"})
    EXPECT_EQ(ids(t), one("secret.classification_mark")) << t;
}

// OCR of a stamp misreads the ★ ("机密广1年"); a line holding only the
// marking, one character and a period is still the marking.
TEST(ClassificationMark, AStampWhoseStarOcrMisreadIsStillAMarking) {
  for (const char* t : {"机密广1年\n关于内部工作的通知", "  秘密*5年", "绝密口长期\n正文", "机密 十年"})
    EXPECT_EQ(ids(t), one("secret.classification_mark")) << t;
  for (const char* t : {"他替朋友保守秘密5年", "秘密花园5年了", "机密广1年的报告已经公开", "说机密广1年"})
    EXPECT_EQ(ids(t), kNone) << t;
}

TEST(ClassificationMark, OrdinaryWordsAreNot) {
  for (const char* t : {"成功的秘密", "秘密花园", "机密文件不得外传的规定", "保护商业秘密", "工作秘密的定密程序",
                        "他们秘密会面"})
    EXPECT_EQ(ids(t), kNone) << t;
}

TEST(ClassificationMark, EvasionsMatch) {
  for (const char* t : {"机 密★", "機密★", "机\u200b密★", "秘　密★１年", "机.密★", "机-密★"})
    EXPECT_EQ(ids(t), one("secret.classification_mark")) << t;
}

TEST(ClassificationMark, SpanTakesInTheStarAndPeriod) {
  const std::string t = "正文。秘密★1年 其他";
  auto r = engine().check(t);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].excerpt, "秘密★1年");
}

TEST(InternalMark, MarkingLinesAndBracketsAreFindingsSentencesAreNot) {
  EXPECT_EQ(ids("内部资料　注意保存"), std::vector<std::string>({"secret.internal_mark", "secret.internal_mark"}));
  EXPECT_EQ(ids("（内部资料，注意保存）").front(), "secret.internal_mark");
  EXPECT_EQ(ids("内部明电"), one("secret.internal_mark"));
  EXPECT_EQ(ids("据内部资料显示，销量上升"), kNone);
  EXPECT_EQ(ids("家丑不可外传"), kNone);
}

TEST(ClassificationMark, LabelsWithACopulaAndTableCellsUnderAMarkingColumn) {
  for (const char* t : {"本文件密级为机密", "涉密等级：秘密级", "本文件属于机密级", "序号\t标题\t密级\n1\t某某报告\t机密",
                        "标题,密级\n某某报告,机密", "┃ 机密 ┃", "秘\n密★1年",
                        "附表：\r\n序号\t密级\r\n1\t机密"})
    EXPECT_EQ(ids(t), one("secret.classification_mark")) << t;
  for (const char* t : {"密级分为绝密、机密、秘密三级", "歌名\t歌手\n秘密\t张震岳", "姓名,爱好\n张三,秘密", "秘\n密花园",
                        "这件事是秘密", "序号\t标题\t密级\n\n1\t某某报告\t秘密"})
    EXPECT_EQ(ids(t), kNone) << t;
}

TEST(InternalMark, AClauseOfItsOwnACellOrABareStamp) {
  for (const char* t : {"群内文件，不得外传！", "内部资料，严禁复制", "文件\t标注\n周报\t内部资料", "[内部]", "内部\n\n通知"})
    EXPECT_EQ(ids(t), one("secret.internal_mark")) << t;
  for (const char* t : {"剩菜注意保存，避免变质", "内部文件不得外传是基本常识", "公司内部，禁止吸烟", "内部控制",
                        "联系人：张三，电话010-62345678，请勿外传。"})
    EXPECT_EQ(ids(t), kNone) << t;
}

TEST(DocumentNumber, IssuerCodesWithoutAKindCharacterNeedTwoCharacters) {
  auto r = engine().check("按照财预〔2023〕18号文件");
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].excerpt, "财预〔2023〕18号");
  EXPECT_EQ(ids("陕教〔2024〕101号"), one("secret.document_number"));
  EXPECT_EQ(ids("根据（2024）3号"), kNone);
  EXPECT_EQ(ids("见〔2024〕3号"), kNone);
}

TEST(DocumentNumber, FindsTheIssuerAndNumber) {
  auto r = engine().check("根据国办发〔2024〕12号文件");
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].excerpt, "国办发〔2024〕12号");
  EXPECT_EQ(ids("京政发[2023]5号"), one("secret.document_number"));
  EXPECT_EQ(ids("××委办字（2022）第3号"), one("secret.document_number"));
  EXPECT_EQ(ids("2024年12号台风"), kNone);
  EXPECT_EQ(ids("（2023）京01民初123号"), kNone);
}

TEST(DocumentNumber, TheSentenceBeforeTheIssuerIsNotPartOfIt) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"我们学习了国发〔2024〕1号文件精神", "国发〔2024〕1号"},
      {"他们收到了京政发[2023]5号通知", "京政发[2023]5号"},
      {"请认真学习贯彻中办发〔2023〕12号", "中办发〔2023〕12号"},
      {"按照京经信委发〔2020〕3号执行", "京经信委发〔2020〕3号"},
      {"学位办〔2021〕14号", "学位办〔2021〕14号"},
  };
  for (const auto& [text, expected] : cases) {
    auto r = engine().check(text);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1u) << text;
    EXPECT_EQ((*r)[0].excerpt, expected) << text;
  }
  EXPECT_EQ(ids("这是我们的（2024）3号"), kNone);  // no issuer left once the sentence is cut off
}

TEST(ResidentId, ValidatesCheckDigitAndDate) {
  EXPECT_EQ(ids("身份证号11010519491231002X"), one("pii.cn_resident_id"));
  EXPECT_EQ(ids("身份证号110105194912310021"), kNone);
  EXPECT_EQ(ids("110105 19491231 002X"), one("pii.cn_resident_id"));
  EXPECT_EQ(ids("911010519491231002X1"), kNone);  // inside a longer number
  EXPECT_EQ(ids("110105491231002"), one("pii.cn_resident_id"));
}

TEST(ResidentId, FullWidthDigitsMapBackToTheOriginalBytes) {
  const std::string t = "号码：１１０１０５１９４９１２３１００２Ｘ。";
  auto r = engine().check(t);
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].start, t.find("１"));
  EXPECT_EQ((*r)[0].end, t.find("。"));
}

TEST(Mobile, AllocatedPrefixesAndFormats) {
  EXPECT_EQ(ids("电话13812345678"), one("pii.cn_mobile"));
  EXPECT_EQ(ids("电话138 1234 5678"), one("pii.cn_mobile"));
  EXPECT_EQ(ids("+86 138-1234-5678"), one("pii.cn_mobile"));
  EXPECT_EQ(ids("电话12812345678"), kNone);
  EXPECT_EQ(ids("138123456789"), kNone);
  EXPECT_EQ(ids("0086-13812345678"), one("pii.cn_mobile"));
  EXPECT_EQ(ids("10086 13812345678")[0], "pii.cn_mobile");
  EXPECT_EQ(ids("100086138123456789"), kNone);
}

TEST(BankCard, LuhnPrefixAndLength) {
  EXPECT_EQ(ids("卡号4111111111111111"), one("pii.bank_card"));
  EXPECT_EQ(ids("卡号4111 1111 1111 1111"), one("pii.bank_card"));
  EXPECT_EQ(ids("卡号3782 822463 10005"), one("pii.bank_card"));  // Amex 4-6-5
  // A Luhn-valid 16-digit prefix of a longer grouped number is not a card.
  EXPECT_EQ(ids("卡号6217 0000 1000 1234 567"), kNone);
  EXPECT_EQ(ids("电话13812345678 13912345678"), std::vector<std::string>({"pii.cn_mobile", "pii.cn_mobile"}));
  EXPECT_EQ(ids("卡号3782-8224-6310-005"), one("pii.bank_card"));
  EXPECT_EQ(ids("卡号4111111111111112"), kNone);
  EXPECT_EQ(ids("卡号7111111111111117"), kNone);  // no issuer starts with 7
}

TEST(Uscc, CheckCharacter) {
  EXPECT_EQ(ids("代码91350100M000100Y43"), one("pii.cn_uscc"));
  EXPECT_EQ(ids("代码91350100M000100Y44"), kNone);
}

TEST(Passport, OrdinaryFormsAloneOfficialFormsWithContext) {
  EXPECT_EQ(ids("E12345678"), one("pii.cn_passport"));
  EXPECT_EQ(ids("护照EA1234567"), one("pii.cn_passport"));
  EXPECT_EQ(ids("零件D1234567"), kNone);
  EXPECT_EQ(ids("护照号D1234567"), one("pii.cn_passport"));
  EXPECT_EQ(ids("G1234次列车"), kNone);
}

TEST(Email, WholeAddressOnly) {
  auto r = engine().check("发至 zhang.wei@mail.example.gov.cn。");
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].excerpt, "zhang.wei@mail.example.gov.cn");
  EXPECT_EQ(ids("user@localhost"), kNone);
}

TEST(Email, SpelledOutAddressesAreFoundWhole) {
  for (const char* t : {"zhangsan[at]example.com", "li.si(at)mail.example.cn", "wangwu at example dot com", "wang@163。com",
                        "zhaoliu艾特qq.com", "zhaoliu@qq点com"}) {
    auto r = engine().check(std::string("邮箱 ") + t + "，谢谢");
    ASSERT_EQ(r->size(), 1u) << t;
    EXPECT_EQ((*r)[0].excerpt, t);
  }
  EXPECT_EQ(ids("icon@2x.png"), kNone);
  EXPECT_EQ(ids("meet at noon dot matrix"), kNone);
}

// The finding's span: what a member would mask.
TEST(Spans, PeriodsDatesAndIssuersAreTakenWhole) {
  const std::pair<const char*, const char*> cases[] = {
      {"秘密★2026年8月28日", "秘密★2026年8月28日"},
      {"机密★2026年8月28日前解密，", "机密★2026年8月28日前解密"},
      {"机 密 ★ 1 0 年。", "机 密 ★ 1 0 年"},
      {"群里看到财预〔2018〕119号", "财预〔2018〕119号"},
      {"刚收到京政办发〔2023〕5号，大家看看", "京政办发〔2023〕5号"},
  };
  for (const auto& [text, excerpt] : cases) {
    auto r = engine().check(text);
    ASSERT_EQ(r->size(), 1u) << text;
    EXPECT_EQ((*r)[0].excerpt, excerpt) << text;
  }
}

TEST(Mentions, AMarkingNamedInASentenceIsALowerFindingWithItsOwnAdvice) {
  for (const char* t : {"封面写了内部资料", "文件右上角印着“内部资料 注意保存”字样", "封面上标着机密两个字"}) {
    auto r = engine().check(t);
    ASSERT_EQ(r->size(), 1u) << t;
    EXPECT_EQ((*r)[0].severity, Severity::Low) << t;
    EXPECT_NE((*r)[0].suggestion.find("不要在网上发布、转述或描述"), std::string_view::npos) << t;
  }
  auto r = engine().check("内部资料，注意保存");
  ASSERT_FALSE(r->empty());
  EXPECT_EQ((*r)[0].severity, Severity::Medium);  // the marking itself
  for (const char* t : {"他在信里写了“机密”两个字。", "他写了内部资料管理办法", "这不是内部资料，可以转发"})
    EXPECT_EQ(ids(t), kNone) << t;
}

TEST(OrgDictionary, MatchesAfterNormalisationAndWholeWordsForAscii) {
  EXPECT_EQ(ids("天 網 工程"), one("org.dictionary"));
  EXPECT_EQ(ids("ＸＫ－９系统"), one("org.dictionary"));
  EXPECT_EQ(ids("XK-90"), kNone);
  EXPECT_EQ(ids("天网\n工程"), one("org.dictionary"));  // a wrapped line
  EXPECT_EQ(ids("天网\n\n工程"), kNone);                // two paragraphs
}

TEST(Exclusivity, AValidIdThatAlsoPassesLuhnIsReportedOnlyAsAnId) {
  // An 18-digit ID starting 62 (甘肃) can pass Luhn with a UnionPay prefix.
  int tried = 0;
  for (int seq = 0; seq < 1000; ++seq) {
    char s17[18];
    std::snprintf(s17, sizeof s17, "62010219800101%03d", seq);
    const std::string id = std::string(s17) + resident_id_check_char(s17);
    if (id.back() == 'X' || !luhn_ok(id)) continue;
    ++tried;
    EXPECT_EQ(ids("号码" + id), one("pii.cn_resident_id")) << id;
  }
  EXPECT_GT(tried, 0);
}

}  // namespace
}  // namespace nc::check
