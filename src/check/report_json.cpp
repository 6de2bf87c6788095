#include "check/report_json.h"

#include <algorithm>
#include <charconv>

#include "common/utf8.h"

namespace nc::check {
namespace {

using nlohmann::ordered_json;

ordered_json article_json(const TopicArticles& articles, std::string_view topic) {
  auto it = articles.find(std::string(topic));
  return it == articles.end() ? ordered_json(nullptr) : ordered_json(it->second);
}

// A JSON string as nlohmann's dump writes it (ensure_ascii off): '"' and '\\'
// escaped, the control characters as \b \f \n \r \t or \u00XX, everything
// else as is. Invalid UTF-8 is left to nlohmann itself, whose replacement
// rules (U+FFFD per rejected sequence) are then the same by construction.
void append_string(std::string& out, std::string_view s) {
  if (!utf8::valid(s)) {
    out += dump(ordered_json(std::string(s)));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s, plain, std::string_view::npos);
  out += '"';
}

void append_string_or_null(std::string& out, const std::optional<std::string>& s) {
  if (s) append_string(out, *s);
  else out += "null";
}

template <typename Integer>
void append_number(std::string& out, Integer n) {
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  out.append(buffer, end);
}

void append_article(std::string& out, const TopicArticles& articles, std::string_view topic) {
  auto it = articles.find(std::string(topic));
  if (it == articles.end()) out += "null";
  else append_number(out, it->second);
}

// A key and its colon, after a comma unless it is the object's first.
void append_key(std::string& out, std::string_view key, bool first = false) {
  if (!first) out += ',';
  out += '"';
  out += key;
  out += "\":";
}

void append_file_report(std::string& out, const FileReport& r, const TopicArticles& articles) {
  append_key(out, "path", true);
  append_string(out, r.path);
  append_key(out, "findings");
  out += '[';
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const LocatedFinding& lf = r.findings[i];
    const Finding& f = lf.finding;
    if (i) out += ',';
    out += '{';
    append_key(out, "detector", true);
    append_string(out, f.detector);
    append_key(out, "severity");
    append_string(out, to_string(f.severity));
    append_key(out, "start");
    append_number(out, f.start);
    append_key(out, "end");
    append_number(out, f.end);
    append_key(out, "article");
    append_article(out, articles, f.topic);
    append_key(out, "excerpt");
    append_string(out, f.excerpt);
    append_key(out, "suggestion");
    append_string(out, f.suggestion);
    append_key(out, "location");
    append_string_or_null(out, lf.location);
    append_key(out, "where");
    append_string_or_null(out, place_of(lf));
    append_key(out, "masked");
    append_string_or_null(out, f.masked);
    out += '}';
  }
  out += ']';
  append_key(out, "metadata");
  out += '[';
  for (size_t i = 0; i < r.metadata.size(); ++i) {
    const MetadataFinding& m = r.metadata[i];
    const MetadataDetector& d = detector_of(m);
    const MetadataKind& k = kind_of(m);
    if (i) out += ',';
    out += '{';
    append_key(out, "detector", true);
    append_string(out, d.id);
    append_key(out, "kind");
    append_string(out, k.key);
    append_key(out, "severity");
    append_string(out, to_string(d.severity));
    append_key(out, "article");
    append_article(out, articles, d.topic);
    append_key(out, "location");
    append_string(out, m.location);
    append_key(out, "where");
    append_string(out, place_of(m));
    append_key(out, "description");
    append_string(out, m.description);
    append_key(out, "excerpt");
    append_string(out, m.excerpt);
    append_key(out, "suggestion");
    append_string(out, k.suggestion);
    out += '}';
  }
  out += ']';
  append_key(out, "do_not_publish");
  if (must_not_publish(r)) append_string(out, kDoNotPublish);
  else out += "null";
  append_key(out, "warnings");
  out += '[';
  for (size_t i = 0; i < r.warnings.size(); ++i) {
    if (i) out += ',';
    append_string(out, r.warnings[i]);
  }
  out += ']';
  if (!r.error.empty()) {
    append_key(out, "error");
    append_string(out, r.error);
    append_key(out, "error_code");
    append_string(out, r.error_code.empty() ? std::string_view("error") : std::string_view(r.error_code));
  }
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

std::string report_json_text(const std::vector<FileReport>& reports, const TopicArticles& articles) {
  std::string out;
  out.reserve(256 + 512 * reports.size());
  out += "{\"files\":[";
  for (size_t i = 0; i < reports.size(); ++i) {
    if (i) out += ',';
    out += '{';
    append_file_report(out, reports[i], articles);
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace nc::check
