#include "check/report_json.h"

#include <algorithm>

namespace nc::check {
namespace {

using nlohmann::ordered_json;

ordered_json article_json(const TopicArticles& articles, std::string_view topic) {
  auto it = articles.find(std::string(topic));
  return it == articles.end() ? ordered_json(nullptr) : ordered_json(it->second);
}

}  // namespace

const MetadataDetector& detector_of(const MetadataFinding& m) {
  const MetadataDetector* d = find_metadata_detector(m.detector);
  return d ? *d : *find_metadata_detector(kHiddenContent);
}

const MetadataKind& kind_of(const MetadataFinding& m) {
  const MetadataKind* k = find_metadata_kind(m.kind);
  if (k && k->detector == m.detector) return *k;
  // The detector's first kind.
  for (const MetadataKind& kind : metadata_kinds())
    if (kind.detector == detector_of(m).id) return kind;
  return metadata_kinds().front();
}

std::string place_of(const MetadataFinding& m) { return metadata_place(kind_of(m), m.location, m.description); }

std::optional<std::string> place_of(const LocatedFinding& f) {
  if (!f.location) return std::nullopt;
  return place_name(*f.location);
}

bool must_not_publish(const FileReport& report) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [](const LocatedFinding& f) { return !f.finding.masked; }) ||
         std::any_of(report.metadata.begin(), report.metadata.end(),
                     [](const MetadataFinding& m) { return m.detector == kPhotographedDocument; });
}

TopicArticles topic_articles(const rulebook::Rulebook& book, const Registry& registry) {
  TopicArticles out;
  auto add = [&](std::string_view topic) {
    const std::string t(topic);
    if (out.count(t)) return;
    const std::vector<int> numbers = book.articles_for_topic(t);
    if (!numbers.empty()) out[t] = numbers.front();
  };
  for (size_t i = 0; i < registry.size(); ++i) add(registry.detector(i).topic());
  for (const MetadataDetector& d : registry.metadata_detectors()) add(d.topic);
  return out;
}

ordered_json file_report_json(const FileReport& r, const TopicArticles& articles) {
  ordered_json findings = ordered_json::array();
  for (const LocatedFinding& lf : r.findings) {
    const Finding& f = lf.finding;
    const std::optional<std::string> where = place_of(lf);
    findings.push_back({{"detector", f.detector},
                        {"severity", to_string(f.severity)},
                        {"start", f.start},
                        {"end", f.end},
                        {"article", article_json(articles, f.topic)},
                        {"excerpt", f.excerpt},
                        {"suggestion", f.suggestion},
                        {"location", lf.location ? ordered_json(*lf.location) : ordered_json(nullptr)},
                        {"where", where ? ordered_json(*where) : ordered_json(nullptr)},
                        {"masked", f.masked ? ordered_json(*f.masked) : ordered_json(nullptr)}});
  }
  ordered_json metadata = ordered_json::array();
  for (const MetadataFinding& m : r.metadata) {
    const MetadataDetector& d = detector_of(m);
    const MetadataKind& k = kind_of(m);
    metadata.push_back({{"detector", d.id},
                        {"kind", k.key},
                        {"severity", to_string(d.severity)},
                        {"article", article_json(articles, d.topic)},
                        {"location", m.location},
                        {"where", place_of(m)},
                        {"description", m.description},
                        {"excerpt", m.excerpt},
                        {"suggestion", k.suggestion}});
  }
  ordered_json file = {{"path", r.path},
                       {"findings", std::move(findings)},
                       {"metadata", std::move(metadata)},
                       {"do_not_publish", must_not_publish(r) ? ordered_json(kDoNotPublish) : ordered_json(nullptr)},
                       {"warnings", r.warnings}};
  if (!r.error.empty()) {
    file["error"] = r.error;
    file["error_code"] = r.error_code.empty() ? std::string("error") : r.error_code;
  }
  return file;
}

ordered_json report_json(const std::vector<FileReport>& reports, const TopicArticles& articles) {
  ordered_json files = ordered_json::array();
  for (const FileReport& r : reports) files.push_back(file_report_json(r, articles));
  return ordered_json{{"files", std::move(files)}};
}

std::string dump(const ordered_json& value) {
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace nc::check
