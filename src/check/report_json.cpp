#include "check/report_json.h"

namespace nc::check {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view kMetadataDetectors[] = {"doc.hidden_content", "media.gps_location", "media.device_info",
                                                   "media.photographed_document"};

ordered_json article_json(const TopicArticles& articles, std::string_view topic) {
  auto it = articles.find(std::string(topic));
  return it == articles.end() ? ordered_json(nullptr) : ordered_json(it->second);
}

}  // namespace

std::string_view metadata_topic(std::string_view detector) {
  // Where a photo was taken and with what device is about the person; hidden
  // text and comments can carry anything, secrets first of all.
  if (detector == "media.gps_location" || detector == "media.device_info") return "personal_data";
  return "secrets";
}

std::string_view metadata_title(std::string_view detector) {
  if (detector == "media.gps_location") return "拍摄位置";
  if (detector == "media.device_info") return "设备信息";
  if (detector == "media.photographed_document") return "拍摄的文件";
  return "文档隐藏内容";
}

Severity metadata_severity(std::string_view detector) {
  if (detector == "media.gps_location" || detector == "media.photographed_document") return Severity::High;
  if (detector == "media.device_info") return Severity::Low;
  return Severity::Medium;
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
  for (std::string_view id : kMetadataDetectors) add(metadata_topic(id));
  return out;
}

ordered_json file_report_json(const FileReport& r, const TopicArticles& articles) {
  ordered_json findings = ordered_json::array();
  for (const LocatedFinding& lf : r.findings) {
    const Finding& f = lf.finding;
    findings.push_back({{"detector", f.detector},
                        {"severity", to_string(f.severity)},
                        {"start", f.start},
                        {"end", f.end},
                        {"article", article_json(articles, f.topic)},
                        {"excerpt", f.excerpt},
                        {"suggestion", f.suggestion},
                        {"location", lf.location ? ordered_json(*lf.location) : ordered_json(nullptr)}});
  }
  ordered_json metadata = ordered_json::array();
  for (const MetadataFinding& m : r.metadata) {
    metadata.push_back({{"detector", m.detector},
                        {"severity", to_string(metadata_severity(m.detector))},
                        {"article", article_json(articles, metadata_topic(m.detector))},
                        {"location", m.location},
                        {"description", m.description},
                        {"excerpt", m.excerpt}});
  }
  ordered_json file = {{"path", r.path}, {"findings", std::move(findings)}, {"metadata", std::move(metadata)},
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
