// Every word list of the context rules, once, normalised (simplified
// Chinese, ASCII lower case, half-width). Detectors and the rules of
// marking.h / number_context.h take their words from here, so one list
// names one thing.
#pragma once

#include <array>
#include <string_view>

namespace nc::check::lexicon {

// Marking tokens: what a classification or handling marking is made of;
// longest first where one is a prefix of another.
inline constexpr std::array<std::string_view, 85> kMarkingTokens = {
    "此件不予公开", "此件不公开", "不予公开", "限内部传阅", "限内部使用", "限内部参考", "阅后请交回", "阅后交回",
    "用后交回", "交回", "收回", "本资料", "本文件", "本材料", "此文件", "此资料", "请勿转发", "禁止转发", "仅供参考", "保密期限", "阅后收回", "阅后销毁", "用后收回", "注意保存", "注意保密", "内部学习资料", "内部资料", "内部文件", "内部材料",
    "内部刊物", "内部发行", "内部传阅", "内部使用", "内部明电", "内部明传", "内部参考", "内部参阅", "内部事项", "限内部参阅", "阅后退回",
    "不得外传", "严禁外传", "请勿外传", "禁止外传", "不准外传", "不得转发", "严禁转发", "工作秘密",
    "免费交流", "电报", "严禁", "不得", "禁止", "不准", "请勿", "翻印", "复制", "复印", "扩散", "转载", "外泄", "泄露",
    "仅供", "仅限", "内部", "绝密", "机密", "秘密", "密级", "启用前", "特急", "加急", "特提", "平急",
    "急件", "长期", "个月", "份号", "此件", "本件", "文号", "编号", "级", "请", "勿"};

// Words of a table's column header under which a cell holds a marking.
inline constexpr std::string_view kMarkingColumnWords[] = {"密", "标注", "标识", "标志", "标记", "公开属性", "公开方式",
                                                           "公开类型", "发布范围", "阅读范围"};

// The keys of a notice's properties whose value is its handling (| 公开属性 |
// 不予公开 |: the normaliser drops the bars between the Han words).
inline constexpr std::string_view kHandlingKeys[] = {"公开属性", "公开方式", "公开类型", "发布范围", "阅读范围"};

// Words by which a clause names the material itself or its handing out
// (本材料…, 群内文件, 以上内容, 现将《…》印发).
inline constexpr std::string_view kMaterialWords[] = {"本材料", "本文件", "本资料", "此件", "本件", "此文件", "以上",
                                                      "上述", "文件", "资料", "材料", "内容", "印发", "《", "附件",
                                                      "纪要", "截图"};

// Materials a handling phrase right after them restricts (考核细则，不得外传;
// 附件名单不得外传; 本名单未经批准不得外传): things written down, not 事 or 话.
inline constexpr std::string_view kRestrictedMaterials[] = {
    "细则", "名单", "蓝皮书", "白皮书", "方案", "口径", "材料", "资料", "文件", "附件", "清单", "表格", "纪要",
    "讲话稿", "底稿", "图纸", "手册", "汇编", "通报", "报告", "稿子", "台账", "花名册"};

// Verbs by which a sentence says a marking is on a material (封面写了内部资料的那本,
// 盖了内部文件的章, 凡是标了…内部资料的).
inline constexpr std::string_view kMarkingVerbs[] = {"写了", "写着", "印着", "印有", "印了", "标着", "标了",
                                                     "标有", "盖了", "盖着", "盖有", "标注了", "注明了"};

// Classification labels: 密级：机密.
inline constexpr std::string_view kClassificationLabels[] = {"密级", "保密等级", "涉密等级", "秘密等级", "保密级别",
                                                             "涉密级别"};

// Copulas and verbs of classifying between a label and a level (文件标注为机密).
inline constexpr std::string_view kClassifyingVerbs[] = {"确定为", "标注为", "属于", "标为", "定为", "列为", "为", "是"};

// The document itself as a subject: 本文件属于机密级.
inline constexpr std::string_view kTheDocument[] = {"本文件", "本材料", "本资料", "此文件", "此件", "本件", "该文件", "该材料"};

// Copulas (这份是内部资料) and their denials (不是, 并非).
inline constexpr std::string_view kCopulas[] = {"是", "为", "属于", "系"};
inline constexpr std::string_view kDenials[] = {"不", "非", "并非", "未", "没"};

// Labels of numbers that are no personal identifier but may share the shape
// of one. "单号" covers 订单号, 快递单号 and 运单号; "编号" 报名编号 and 项目编号.
// Not 账号 or 会员号: those are often a phone or card number.
inline constexpr std::array<std::string_view, 32> kOtherNumberLabels = {
    "订单", "单号", "编号", "工号", "学号", "批号", "批次", "型号", "货号", "序列号", "序号", "流水号",
    "编码", "代码", "运单", "发票号", "合同号", "报名号", "考号", "准考证号", "车次", "航班", "航班号",
    "房号", "票号", "凭证号", "工单", "案号", "qq", "qq号", "时间戳", "timestamp"};

// Words that name a phone (a note in brackets: 订单号（联系电话）138…).
inline constexpr std::string_view kPhoneWords[] = {"电话", "手机", "联系", "tel", "phone", "mobile"};

// Words that name a phone or an identity number on a line: the context that
// lets OCR-confused letters be read as digits.
inline constexpr std::string_view kPersonalNumberWords[] = {"手机", "电话", "联系", "身份证", "身份号码", "证件号", "tel", "phone", "mobile"};

// Verbs of writing or printing before a marking that a sentence names.
inline constexpr std::string_view kWritingVerbs[] = {
    "写了", "写着", "写有", "写的是", "印着", "印有", "印了", "标着", "标有", "标了", "标注了", "标注着", "标注有",
    "标明", "注明", "注有", "盖着", "盖有", "盖了", "打着", "打了", "显示着", "写明", "带有", "带着"};

// Places on a document (封面, 页眉, 右上角, 文件上 …).
inline constexpr std::string_view kDocumentPlaces[] = {
    "封面", "首页", "页", "页眉", "页脚", "页首", "角", "抬头", "版头", "文件", "材料", "资料", "通知", "文档", "表格",
    "报告", "纸", "上面", "上边", "上头", "顶部", "开头", "标题", "正文", "扉页", "封皮", "封底", "封二", "背面", "袋", "盒"};

// What follows a named marking: 印有“内部资料”字样.
inline constexpr std::string_view kNamingSuffixes[] = {"字样", "的字样", "等字样", "两个字", "几个字", "四个字", "六个字",
                                                       "这几个字", "那几个字", "那两个字", "这两个字", "二字", "两字", "四字", "的字",
                                                       "标志", "标识", "标记",
                                                       "印章", "的章", "章"};

// Verbs that put a quoted marking on a material: 标注“内部资料 注意保密”的方案.
inline constexpr std::string_view kMarkingVerbsBeforeQuote[] = {"标注", "标明", "注明", "标有", "印有", "写有", "盖有",
                                                                "标着", "印着", "写着", "盖着", "打着", "带有", "打上"};

// A quoted marking naming the material it is on: 标有“此件不予公开”的材料.
inline constexpr std::string_view kMaterialAfterQuote[] = {"的材料", "的文件", "的资料", "的文档", "的通知", "的报告"};

// Words that may stand between the pieces of a number sent in pieces, or
// before the first (check/pieces.cpp): joining words and labels of a
// position, longest first where one begins another. kPiecesTrigger (pieces.h)
// wakes on the same words.
inline constexpr std::string_view kPieceJoiningWords[] = {
    // A question between them (前面是510107 / 后面呢？ / 1974…), before 后面.
    "后面呢？", "后面呢?", "后面呢",
    "然后", "再加", "加上", "后面是", "后面", "接着", "再接", "接下来", "中间是", "中间", "最后是",
    "最后一位", "最后", "末尾是", "末尾", "尾号", "开头是", "开头", "是", "为", "再", "加", "对",
    // Halves sent by two people: 前半截…, 后半截我来发 ….
    "前半截", "后半截", "前半段", "后半段", "前半部分", "后半部分", "我来发", "我发",
    // The birth date named as an ID's middle (三七零二零三 生日19741221 后面一七三二).
    "生日是", "生日", "出生日期"};

}  // namespace nc::check::lexicon
