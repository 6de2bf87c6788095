#include "check/metadata.h"

#include <cctype>

namespace nc::check {
namespace {

constexpr MetadataDetector kDetectors[] = {
    // Hidden text and comments can carry anything, secrets first of all.
    {kHiddenContent, "文档隐藏内容", Severity::Medium, "secrets"},
    // Where a photo was taken and with what is about the person.
    {kGpsLocation, "拍摄位置", Severity::High, "personal_data"},
    {kDeviceInfo, "设备信息", Severity::Low, "personal_data"},
    {kPhotographedDocument, "拍摄的文件", Severity::High, "secrets"},
};

// The advice reads better unbroken.
// clang-format off
constexpr MetadataKind kKinds[] = {
    {meta::kDocProperty, kHiddenContent, "文档属性", true,
     "作者、最后修改者、单位等属性随文件一起传出，会暴露起草人和单位。发布前请在“文件→信息→检查文档”中删除文档属性和个人信息，"
     "或用“下载清理后的副本”一次去除。"},
    {meta::kPdfProperty, kHiddenContent, "PDF 文档属性", true,
     "PDF 的作者属性随文件一起传出。请在生成 PDF 之前删除源文件的作者信息后重新导出，或用“下载清理后的副本”一次去除 "
     "PDF 的文档属性、XMP 元数据、批注、嵌入的文件和脚本。"},
    {meta::kComment, kHiddenContent, "@", false,
     "批注随文件一起传出，打开审阅窗格就能看到，其中常有内部意见和批注者姓名。发布前请删除全部批注（审阅→删除→删除文档中的所有批注），"
     "或用“下载清理后的副本”一次去除。"},
    {meta::kTrackedChange, kHiddenContent, "@的修订记录", false,
     "修订记录保留着改动前的文字和修订者姓名，别人可以逐条查看。发布前请接受或拒绝全部修订（审阅→接受→接受所有修订），"
     "或用“下载清理后的副本”并选择接受或拒绝。"},
    {meta::kHiddenText, kHiddenContent, "@中的隐藏文字", false,
     "设置为隐藏的文字看不见，却仍在文件里，复制或打开“显示隐藏文字”就能看到。发布前请删除这些文字，"
     "或用“下载清理后的副本”一次去除。"},
    {meta::kSpeakerNotes, kHiddenContent, "@", false,
     "演讲者备注放映时不显示，却随文件一起传出。发布前请删除备注，或用“下载清理后的副本”一次去除。"},
    {meta::kHiddenSlide, kHiddenContent, "@（隐藏）", false,
     "隐藏的幻灯片放映时不显示，却随文件一起传出。发布前请删除这张幻灯片，或用“下载清理后的副本”把它清空。"},
    {meta::kHiddenSheet, kHiddenContent, "隐藏的工作表“@”", false,
     "隐藏的工作表打开时看不到，取消隐藏就能查看全部内容。发布前请删除这个工作表，或用“下载清理后的副本”把它清空。"},
    {meta::kHiddenRowsColumns, kHiddenContent, "工作表“@”中隐藏的行或列", false,
     "隐藏的行和列取消隐藏就能查看。发布前请删除这些行或列（不要只是隐藏），确认剩下的内容都可以公开。"},
    {meta::kOffPageText, kHiddenContent, "@页面之外的文字", false,
     "页面可见区域之外的文字看不见，复制或用软件提取就能读到。请在源文件中删除这些文字后重新生成 PDF。"},
    {meta::kGps, kGpsLocation, "照片的拍摄位置", false,
     "照片里记录了拍摄地点的经纬度，别人据此能找到拍摄的地方（住址、单位、活动场所）。发布前请去除位置信息："
     "用“下载清理后的副本”，或在手机相册分享时关闭“位置信息”。"},
    {meta::kPlaceName, kGpsLocation, "照片的拍摄地点", true,
     "照片里写着拍摄地点的名称，别人据此能知道拍摄的地方。发布前请用“下载清理后的副本”去除，或在分享时关闭“位置信息”。"},
    {meta::kDevice, kDeviceInfo, "照片的拍摄设备", true,
     "照片里记录了拍摄设备的品牌、型号或序列号，序列号能把多张照片联系到同一个人。发布前请用“下载清理后的副本”去除这些信息。"},
    {meta::kPhotoPerson, kDeviceInfo, "照片的作者信息", true,
     "照片里记录了作者、版权所有者或设备所有者的姓名，属于个人信息。发布前请用“下载清理后的副本”去除，或确认本人同意公开。"},
    {meta::kSoftware, kDeviceInfo, "照片的处理软件", true,
     "照片里记录了处理它的软件、电脑或唯一标识，可能把照片联系到具体的人或设备。发布前可用“下载清理后的副本”去除。"},
    {meta::kPhotographedDocument, kPhotographedDocument, "@", false,
     "图片中识别出密级标志、内部资料标志或发文字号，图片很可能是工作文件的照片或截图：不得在网上发布。遮盖图中的标志也不能使它可以"
     "发布；请删除这张图片，确需使用的，先向本单位保密部门确认。"},
};
// clang-format on

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// "slide 12 备注" with prefix "slide " → 12, rest " 备注"; nullopt without a number.
bool leading_number(std::string_view s, std::string_view prefix, std::string_view* number, std::string_view* rest) {
  if (!starts_with(s, prefix)) return false;
  size_t i = prefix.size();
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == prefix.size() || i - prefix.size() > 6) return false;
  *number = s.substr(prefix.size(), i - prefix.size());
  *rest = s.substr(i);
  return true;
}

// Package parts by name: a prefix, digits allowed before ".xml".
struct PartName {
  std::string_view prefix;
  std::string_view label;  // "#" stands for the part's number
};
constexpr PartName kParts[] = {
    {"word/document", "正文"},
    {"word/header", "页眉"},
    {"word/footer", "页脚"},
    {"word/footnotes", "脚注"},
    {"word/endnotes", "尾注"},
    {"word/comments", "批注"},
    {"docProps/core", "文档属性"},
    {"docProps/app", "文档属性"},
    {"docProps/custom", "自定义文档属性"},
    {"xl/sharedStrings", "单元格文字"},
    {"xl/worksheets/sheet", "第 # 个工作表"},
    {"ppt/slides/slide", "第 # 张幻灯片"},
};

std::string part_name(std::string_view location) {
  for (const PartName& p : kParts) {
    if (!starts_with(location, p.prefix) || !ends_with(location, ".xml")) continue;
    // Between the name and ".xml": the part's number (or, for comments, a
    // suffix such as commentsExtended).
    const std::string_view number = location.substr(p.prefix.size(), location.size() - p.prefix.size() - 4);
    if (p.prefix != "word/comments") {
      for (char c : number)
        if (!std::isdigit(static_cast<unsigned char>(c))) return {};
    }
    std::string out(p.label);
    if (const size_t hash = out.find('#'); hash != std::string::npos) {
      if (number.empty()) return {};
      out.replace(hash, 1, number);
    }
    return out;
  }
  return {};
}

}  // namespace

std::span<const MetadataDetector> metadata_detectors() { return kDetectors; }
std::span<const MetadataKind> metadata_kinds() { return kKinds; }

const MetadataDetector* find_metadata_detector(std::string_view id) {
  for (const MetadataDetector& d : kDetectors)
    if (d.id == id) return &d;
  return nullptr;
}

const MetadataKind* find_metadata_kind(std::string_view key) {
  for (const MetadataKind& k : kKinds)
    if (k.key == key) return &k;
  return nullptr;
}

std::string place_name(std::string_view location) {
  // A part's text under a heading of the extractor's: 正文（隐藏文字）.
  for (std::string_view suffix :
       {std::string_view("（隐藏文字）"), std::string_view("（修订中删除的文字）"), std::string_view("（页面之外）")}) {
    if (ends_with(location, suffix) && location.size() > suffix.size())
      return place_name(location.substr(0, location.size() - suffix.size())) + std::string(suffix);
  }
  if (std::string p = part_name(location); !p.empty()) return p;
  std::string_view number, rest;
  if (leading_number(location, "slide ", &number, &rest)) {
    const std::string slide = "第 " + std::string(number) + " 张幻灯片";
    if (rest.empty()) return slide;
    if (rest == " 备注") return slide + "的备注";
    if (starts_with(rest, " 批注")) return slide + "的" + std::string(rest.substr(1));
  }
  if (location == "EXIF GPS" || location == "XMP GPS" || starts_with(location, "Exif.GPSInfo."))
    return "照片的拍摄位置";
  for (std::string_view place : {"City", "State", "Country", "Location", "ProvinceState", "SubLocation"}) {
    if ((starts_with(location, "Xmp.") || starts_with(location, "Iptc.")) && ends_with(location, place))
      return "照片的拍摄地点";
  }
  if (starts_with(location, "Iptc.")) return "照片的说明信息";
  if (starts_with(location, "Exif.") || starts_with(location, "Xmp.")) return "照片的附带信息";
  // Any other package part: a name from inside the file, not one a member knows.
  if (ends_with(location, ".xml") || ends_with(location, ".rels")) return "文档内部的其他部分";
  return std::string(location);
}

std::string metadata_place(const MetadataKind& kind, std::string_view location, std::string_view description) {
  std::string out(kind.place);
  if (const size_t at = out.find('@'); at != std::string::npos) out.replace(at, 1, place_name(location));
  if (kind.detail && !description.empty()) {
    static constexpr std::string_view kColon = "：";
    const size_t colon = description.rfind(kColon);
    const std::string_view detail =
        colon == std::string_view::npos ? description : description.substr(colon + kColon.size());
    if (!detail.empty()) out += "（" + std::string(detail) + "）";
  }
  return out;
}

}  // namespace nc::check
