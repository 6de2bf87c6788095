// Metadata detectors: what a file carries besides the text a reader sees —
// comments, tracked changes, hidden text, author and company properties, a
// photo's location and device — each a finding by itself. The extractors
// (check/extract) report such an item as a MetaFinding of one *kind* below;
// every kind belongs to one detector, which gives the finding its title,
// severity and the rulebook topic it cites, like a text detector
// (detector.h); the kind gives where a member finds it, in their words
// (文档属性（作者）, 照片的拍摄设备（型号）, never docProps/core.xml or
// Exif.Image.Model), and what to do about it.
//
// The tables are constant, so any thread may read them. Every Registry
// lists the detectors (Registry::metadata_detectors) beside its text ones.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "check/finding.h"

namespace nc::check {

// Detector ids.
inline constexpr const char* kHiddenContent = "doc.hidden_content";
inline constexpr const char* kGpsLocation = "media.gps_location";
inline constexpr const char* kDeviceInfo = "media.device_info";
// An image whose recognised text the secret detectors flag: a photo of a document.
inline constexpr const char* kPhotographedDocument = "media.photographed_document";

// Kinds, as the extractors report them.
namespace meta {
inline constexpr const char* kDocProperty = "doc.property";          // author, last modified by, company, manager
inline constexpr const char* kPdfProperty = "doc.pdf_property";      // a PDF's author
inline constexpr const char* kComment = "doc.comment";               // Word, Excel and PowerPoint comments
inline constexpr const char* kTrackedChange = "doc.tracked_change";  // Word insertions, deletions, moves
inline constexpr const char* kHiddenText = "doc.hidden_text";        // Word text set not to show
inline constexpr const char* kSpeakerNotes = "doc.speaker_notes";
inline constexpr const char* kHiddenSlide = "doc.hidden_slide";
inline constexpr const char* kHiddenSheet = "doc.hidden_sheet";
inline constexpr const char* kHiddenRowsColumns = "doc.hidden_rows_columns";
inline constexpr const char* kOffPageText = "doc.off_page_text";  // PDF text outside the page
inline constexpr const char* kGps = "media.gps";                  // coordinates
inline constexpr const char* kPlaceName = "media.place_name";     // city, province, location
inline constexpr const char* kDevice = "media.device";            // make, model, serial numbers, lens
inline constexpr const char* kPhotoPerson = "media.person";       // artist, copyright holder, owner
inline constexpr const char* kSoftware = "media.software";        // software, host computer, unique id
inline constexpr const char* kPhotographedDocument = "media.photographed_document";
}  // namespace meta

struct MetadataDetector {
  std::string_view id;
  std::string_view title;  // short Chinese name: "文档隐藏内容"
  Severity severity;
  std::string_view topic;  // rulebook topic cited
};

struct MetadataKind {
  std::string_view key;       // meta::k*
  std::string_view detector;  // a MetadataDetector id
  // Where a member finds it. "@" stands for the location's name for a
  // member (place_name()); with `detail`, the description's last "：…" (or
  // all of it) follows in brackets: 文档属性（作者）.
  std::string_view place;
  bool detail;
  std::string_view suggestion;  // 建议: what to do, Chinese
};

std::span<const MetadataDetector> metadata_detectors();
std::span<const MetadataKind> metadata_kinds();
// nullptr for an unknown id or key.
const MetadataDetector* find_metadata_detector(std::string_view id);
const MetadataKind* find_metadata_kind(std::string_view key);

// A part's or item's location as a member says it: word/document.xml → 正文,
// slide 3 备注 → 第 3 张幻灯片的备注, Exif.GPSInfo.* → 照片的拍摄位置;
// locations already in words (第3页, 批注 2, a sheet's name) as they are.
// The UI and the CLI show this, never the location itself.
std::string place_name(std::string_view location);

// Where a metadata item of `kind` is, for a member (MetadataKind::place).
std::string metadata_place(const MetadataKind& kind, std::string_view location, std::string_view description);

}  // namespace nc::check
