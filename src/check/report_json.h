// The self-check report as JSON, one shape for every surface (the CLI's
// --format json and POST /api/v1/check):
//
//   {"files":[{"path":"…",
//              "findings":[{"detector","severity","start","end","article",
//                           "excerpt","suggestion","location"}],
//              "metadata":[{"detector","severity","article","location",
//                           "description","excerpt"}],
//              "warnings":["…"],
//              "error":"…","error_code":"…"}]}   // only when the file was not checked
//
// `start`/`end` are byte offsets into the checked text (for a document, into
// the text of the part named by `location`; `location` is null for plain
// text). `article` is the article number the loaded rulebook annotates for
// the finding's topic, or null when it annotates none.
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

// The articles of every topic cited by `registry`'s detectors and by the
// metadata findings (metadata_topic()), from `book`'s annotations.
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
  std::string detector;  // doc.hidden_content | media.gps_location | media.device_info | media.photographed_document
  std::string location;
  std::string description;  // plain Chinese
  std::string excerpt;
};

// Topic, short Chinese title and severity of a metadata detector id
// (unknown ids: "secrets", 文档隐藏内容, medium).
std::string_view metadata_topic(std::string_view detector);
std::string_view metadata_title(std::string_view detector);
Severity metadata_severity(std::string_view detector);

struct FileReport {
  std::string path;
  std::vector<LocatedFinding> findings;
  std::vector<MetadataFinding> metadata;
  std::vector<std::string> warnings;
  std::string error;       // empty when checked; otherwise why not, in Chinese
  std::string error_code;  // with error: a stable code ("unsupported_format", "limit_exceeded", …)
};

nlohmann::ordered_json file_report_json(const FileReport& report, const TopicArticles& articles);
nlohmann::ordered_json report_json(const std::vector<FileReport>& reports, const TopicArticles& articles);

// Serialises with invalid UTF-8 replaced, never thrown on.
std::string dump(const nlohmann::ordered_json& value);

}  // namespace nc::check
