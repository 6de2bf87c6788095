// The self-check report as JSON, one shape for every surface (the CLI's
// --format json and POST /api/v1/check):
//
//   {"files":[{"path":"…",
//              "findings":[{"detector","severity","start","end","article",
//                           "excerpt","suggestion","location","where","masked"}],
//              "metadata":[{"detector","kind","severity","article","location",
//                           "where","description","excerpt","suggestion"}],
//              "do_not_publish":null | "…",
//              "warnings":["…"],
//              "error":"…","error_code":"…"}]}   // only when the file was not checked
//
// `start`/`end` are byte offsets into the checked text (for a document, into
// the text of the part named by `location`; `location` is null for plain
// text). `location` is the extractor's name for the part (word/document.xml,
// Exif.Image.Model); `where` is what a member calls it (正文, 照片的拍摄设备
// （型号）) and is what every surface shows (metadata.h place_name). `article`
// is the article number the loaded rulebook annotates for the finding's
// topic, or null when it annotates none. `masked` is the finding's text as a
// shared copy shows it ("138****5678", Detector::mask), null when the content
// must not be published at all; then `do_not_publish` says so, in Chinese,
// and no masked copy of the file is offered (null otherwise).
//
// Pure; builds values only. It never logs what it is given.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "check/registry.h"
#include "rulebook/model.h"

namespace nc::check {

// Rulebook topic → the first article annotated with it ("secrets" → 14).
using TopicArticles = std::map<std::string, int>;

// The articles of every topic cited by `registry`'s detectors, text and
// metadata ones, from `book`'s annotations.
TopicArticles topic_articles(const rulebook::Rulebook& book, const Registry& registry);

// A finding in a located part of a file ("第3页", "批注 2"); no location for
// plain text.
struct LocatedFinding {
  Finding finding;
  std::optional<std::string> location;
};

// An observation about a file that is a finding by itself (hidden content,
// GPS position, camera model): see check/extract/document.h.
struct MetadataFinding {
  std::string detector;  // a metadata detector's id (metadata.h)
  std::string kind;      // one of its kinds (metadata.h meta::k*)
  std::string location;
  std::string description;  // plain Chinese
  std::string excerpt;
};

// The detector and kind of a metadata finding; an unknown id or kind (never
// made by the extractors) reads as hidden content.
const MetadataDetector& detector_of(const MetadataFinding& m);
const MetadataKind& kind_of(const MetadataFinding& m);
// What a member calls where it is (metadata_place()).
std::string place_of(const MetadataFinding& m);

// Said instead of a masked copy when a file holds content that must not be
// published at all (a secret marking, a photographed document).
inline constexpr std::string_view kDoNotPublish =
    "内容带有密级标志、内部资料标志或发文字号，说明内容本身可能涉及国家秘密或工作秘密：不得在网上发布。遮盖这些标志不能使它可以发布，"
    "因此不提供脱敏文本。请不要发布这些内容；确需使用的，先向本单位保密部门确认。";
// Whether the report holds such content: a finding that cannot be masked
// (secret.*), or a photographed document.
struct FileReport;
bool must_not_publish(const FileReport& report);

struct FileReport {
  std::string path;
  std::vector<LocatedFinding> findings;
  std::vector<MetadataFinding> metadata;
  std::vector<std::string> warnings;
  std::string error;       // empty when checked; otherwise why not, in Chinese
  std::string error_code;  // with error: a stable code ("unsupported_format", "limit_exceeded", …)
};

// A finding's `where` (null for plain text).
std::optional<std::string> place_of(const LocatedFinding& f);

nlohmann::ordered_json file_report_json(const FileReport& report, const TopicArticles& articles);
nlohmann::ordered_json report_json(const std::vector<FileReport>& reports, const TopicArticles& articles);

// Serialises with invalid UTF-8 replaced, never thrown on.
std::string dump(const nlohmann::ordered_json& value);

// dump(report_json(reports, articles)), byte for byte, written directly
// without building the tree (the server's answer to every check: the tree
// and its dump were a sixth of a 2 KB check's instructions).
std::string report_json_text(const std::vector<FileReport>& reports, const TopicArticles& articles);

}  // namespace nc::check
