// netconduct check [--format text|json|sarif] [--redact] [--dictionary FILE] [--no-ocr]
//                  [--exclude GLOB]… [--jobs N] PATH… | -
// netconduct check --clean OUT [--revisions accept|reject] FILE   (cli/clean_command.h)
//
// Self-check of files (or standard input) before posting, like a linter:
// plain text (UTF-8, GB18030, UTF-16 with a BOM), Word / Excel / PowerPoint
// (.docx .xlsx .pptx), PDF and images (metadata, and their text by OCR) —
// recognised by content, not by name. Exit 0: nothing found; 1: findings;
// 2: an error (unreadable or unsupported file, bad dictionary, missing
// rulebook).
//
// A PATH may be a folder: the files under it that can be text or a
// document are checked (cli/check_walk.h), --jobs at a time (default: the
// cores), each file's findings printed as it finishes (SARIF: one document
// at the end), then a summary; on a terminal, a progress line on stderr.
//
// Offsets: for plain text, bytes into the UTF-8 text (for UTF-8 input: into
// the file itself); for a document, bytes into the text of the part its
// `location` names. --redact writes PATH.redacted (plain text, UTF-8) with
// every finding masked, or for a document PATH.redacted.txt, its text parts
// masked (the document itself is not rewritten); for "-", the masked text
// goes to standard output and the report to standard error. Each finding is
// masked as its advice says (138****5678, an ID's birth date); a file with a
// secret marking gets no masked copy at all: its content must not be
// published, and the report says so (check/report_json.h kDoNotPublish).
//
// Where a finding is, the report says in a member's words (正文, 批注 2,
// 文档属性（作者）, 照片的拍摄设备（型号）), never a package part or a
// metadata key.
//
// Privacy: what is checked and found is printed to the caller only; nothing
// is logged or stored.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <optional>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/input_file.h"
#include "check/dictionary.h"
#include "check/engine.h"
#include "check/mask.h"
#include "check/extract/check_document.h"
#include "common/utf8.h"
#include "server/extract_sandbox.h"
#include "check/report_json.h"
#include "check/text_input.h"
#include "check/text_stream.h"
#include "check/extract/format.h"
#include "cli/check_walk.h"
#include "cli/clean_command.h"
#include "cli/commands.h"
#include "cli/compiled_cache_dir.h"
#include "rulebook/loader.h"

namespace nc::cli {
namespace {

constexpr size_t kMaxFileBytes = size_t{256} << 20;  // 256 MiB

struct CheckOptions {
  std::string format = "text";
  bool redact = false;
  bool no_ocr = false;
  std::string dictionary;
  std::string rulebooks = NC_DEFAULT_DATA_DIR "/rulebooks";
  std::vector<std::string> paths;
  std::vector<std::string> excludes;  // --exclude GLOB (cli/check_walk.h)
  size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string clean;  // --clean OUT: a cleaned copy instead of a report (cli/clean_command.h)
  std::string revisions = "accept";
};

// One input as checked: the shared report plus the text of its parts, for
// line numbers and redaction.
struct Checked {
  check::FileReport report;
  check::extract::Format format = check::extract::Format::Unknown;
  std::vector<check::extract::Part> parts;
  // A UTF-8 text file checked in windows (check/text_stream.h): its text is
  // the file itself, read again in pieces for lines and --redact, and
  // `parts` is empty.
  mutable std::optional<PieceReader> file;

  // The text a finding's offsets point into (of a streamed file: empty).
  std::string_view text_of(const check::LocatedFinding& f) const {
    if (!f.location) return parts.empty() ? std::string_view() : std::string_view(parts.front().text);
    for (const auto& p : parts) {
      if (p.location == *f.location) return p.text;
    }
    return {};
  }
  size_t finding_count() const { return report.findings.size() + report.metadata.size(); }

  // The same text, in pieces of at most kPiece bytes: the streamed file, or
  // the text in memory.
  static constexpr uint64_t kPiece = uint64_t{1} << 20;
  struct Pieces {
    uint64_t size = 0;
    std::function<std::string_view(uint64_t begin, uint64_t end)> read;  // fewer bytes if the file shrank
  };
  Pieces pieces_of(const check::LocatedFinding& f) const {
    if (file && !f.location) {
      PieceReader* r = &*file;
      return {r->size(), [r](uint64_t b, uint64_t e) {
                auto v = r->read(b, e);
                return v.ok() ? *v : std::string_view();
              }};
    }
    return pieces_of(text_of(f));
  }
  static Pieces pieces_of(std::string_view text) {
    return {text.size(), [text](uint64_t b, uint64_t e) {
              return b >= text.size() ? std::string_view() : text.substr(b, e - b);
            }};
  }
};

// Article numbers per topic, from the annotations of the rulebook in force.
Result<check::TopicArticles> topic_articles(const std::string& dir, const check::Registry& registry) {
  auto sources = rulebook::read_directory(dir);
  if (!sources) return sources.status();
  if (sources->empty()) return Status::NotFound("no rulebook in " + dir);
  // The version in force: latest effective date of the first rulebook id.
  const rulebook::RulebookSource* chosen = nullptr;
  for (const auto& s : *sources) {
    if (chosen && chosen->id != s.id) continue;
    if (!chosen || s.effective_date > chosen->effective_date) chosen = &s;
  }
  auto book = rulebook::build(*chosen);
  if (!book) return book.status();
  return check::topic_articles(*book, registry);
}

// 1-based lines and columns (in code points) of byte offsets into one text,
// found in one pass, a piece at a time, however many there are and however
// long the text.
class Positions {
 public:
  Positions(const Checked::Pieces& text, std::vector<uint32_t> offsets) {
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    const uint64_t last = offsets.empty() ? 0 : std::min<uint64_t>(offsets.back(), text.size);
    size_t i = 0;
    for (uint64_t base = 0; i < offsets.size();) {
      const uint64_t piece_end = std::min(last, base + Checked::kPiece);
      const std::string_view piece = base < piece_end ? text.read(base, piece_end) : std::string_view();
      size_t pos = 0;  // counted to, in the piece
      for (; i < offsets.size() && std::min<uint64_t>(offsets[i], text.size) <= base + piece.size(); ++i) {
        const auto target = static_cast<size_t>(std::min<uint64_t>(offsets[i], text.size) - base);
        count(piece, pos, target);
        pos = target;
        at_.push_back({offsets[i], {line_, col_}});
      }
      count(piece, pos, piece.size());
      if (piece.empty() || piece.size() < piece_end - base) {
        for (; i < offsets.size(); ++i) at_.push_back({offsets[i], {line_, col_}});  // past a shrunk file
        break;
      }
      base += piece.size();
    }
  }
  std::pair<int, int> operator()(uint32_t offset) const {
    auto it = std::lower_bound(at_.begin(), at_.end(), offset,
                               [](const auto& e, uint32_t o) { return e.first < o; });
    return it == at_.end() ? std::pair<int, int>{1, 1} : it->second;
  }

 private:
  void count(std::string_view piece, size_t from, size_t to) {
    for (;;) {
      const void* nl = to > from ? std::memchr(piece.data() + from, '\n', to - from) : nullptr;
      if (!nl) break;
      ++line_;
      col_ = 1;
      from = static_cast<size_t>(static_cast<const char*>(nl) - piece.data()) + 1;
    }
    for (; from < to; ++from)
      if (!utf8::is_continuation(static_cast<unsigned char>(piece[from]))) ++col_;
  }
  int line_ = 1, col_ = 1;
  std::vector<std::pair<uint32_t, std::pair<int, int>>> at_;
};

// The positions of every finding's start and end, per text (part) they point into.
std::map<std::optional<std::string>, Positions> finding_positions(const Checked& c) {
  std::map<std::optional<std::string>, std::vector<uint32_t>> offsets;
  std::map<std::optional<std::string>, const check::LocatedFinding*> one;
  for (const check::LocatedFinding& lf : c.report.findings) {
    offsets[lf.location].push_back(lf.finding.start);
    offsets[lf.location].push_back(lf.finding.end);
    one[lf.location] = &lf;
  }
  std::map<std::optional<std::string>, Positions> out;
  for (auto& [key, list] : offsets) out.emplace(key, Positions(c.pieces_of(*one[key]), std::move(list)));
  return out;
}

nlohmann::ordered_json article_json(const std::map<std::string, int>& articles, const std::string& topic) {
  auto it = articles.find(topic);
  return it == articles.end() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(it->second);
}

// The shared report shape (check/report_json.h), written file by file and
// its findings a batch at a time, so that a text with many findings never
// has its whole report as one JSON value in memory. Byte for byte the
// compact dump of check::report_json().
void print_file_json(const check::FileReport& r, const check::TopicArticles& articles, std::ostream& out) {
  constexpr size_t kBatch = 1024;
  check::FileReport head = r;
  head.findings.clear();
  nlohmann::ordered_json file = check::file_report_json(head, articles);
  // Said of the whole file, so of its findings, which head does not carry.
  file["do_not_publish"] = check::must_not_publish(r) ? nlohmann::ordered_json(check::kDoNotPublish)
                                                      : nlohmann::ordered_json(nullptr);
  out << '{';
  bool first_key = true;
  for (const auto& [key, value] : file.items()) {
    if (!first_key) out << ',';
    first_key = false;
    out << check::dump(nlohmann::ordered_json(key)) << ':';
    if (key != "findings") {
      out << check::dump(value);
      continue;
    }
    out << '[';
    bool first = true;
    for (size_t i = 0; i < r.findings.size(); i += kBatch) {
      check::FileReport batch;
      batch.findings.assign(r.findings.begin() + static_cast<std::ptrdiff_t>(i),
                            r.findings.begin() + static_cast<std::ptrdiff_t>(std::min(r.findings.size(), i + kBatch)));
      const nlohmann::ordered_json part = check::file_report_json(batch, articles);
      for (const auto& f : part.at("findings")) {
        if (!first) out << ',';
        first = false;
        out << check::dump(f);
      }
    }
    out << ']';
  }
  out << '}';
}

const char* sarif_level(check::Severity s) {
  switch (s) {
    case check::Severity::High: return "error";
    case check::Severity::Medium: return "warning";
    case check::Severity::Low: return "note";
  }
  return "warning";
}

// Where a finding is: the part of a document, as SARIF's logical location.
nlohmann::ordered_json sarif_location(const std::string& uri, const std::optional<std::string>& part,
                                      std::optional<nlohmann::ordered_json> region) {
  nlohmann::ordered_json physical = {{"artifactLocation", {{"uri", uri}}}};
  if (region) physical["region"] = *region;
  nlohmann::ordered_json location = {{"physicalLocation", physical}};
  if (part) {
    location["logicalLocations"] = {
        {{"name", check::place_name(*part)}, {"fullyQualifiedName", *part}, {"kind", "part"}}};
  }
  return location;
}

// What a folder's check came to, for the JSON and SARIF reports as for the
// text one: files checked, those with findings, findings, errors, skipped.
struct Summary {
  size_t inputs = 0, with_findings = 0, findings = 0, errors = 0, skipped = 0;
  nlohmann::ordered_json json() const {
    return {{"files", inputs},     {"files_with_findings", with_findings}, {"findings", findings},
            {"errors", errors},    {"skipped", skipped}};
  }
};

void print_sarif(const std::vector<Checked>& inputs, const Summary& summary, const check::Registry& registry,
                 const std::map<std::string, int>& articles, std::ostream& out) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  std::map<std::string, size_t> rule_index;
  auto add_rule = [&](std::string_view id, std::string_view title, std::string_view help, check::Severity severity,
                      std::string_view topic) {
    rule_index[std::string(id)] = rules.size();
    nlohmann::ordered_json props = {{"topic", topic}};
    props["article"] = article_json(articles, std::string(topic));
    rules.push_back({{"id", id},
                     {"name", id},
                     {"shortDescription", {{"text", title}}},
                     {"fullDescription", {{"text", help}}},
                     {"defaultConfiguration", {{"level", sarif_level(severity)}}},
                     {"properties", props}});
  };
  for (size_t i = 0; i < registry.size(); ++i) {
    const check::Detector& d = registry.detector(i);
    add_rule(d.id(), d.title(), d.suggestion(), d.severity(), d.topic());
  }
  for (const check::MetadataDetector& d : registry.metadata_detectors()) add_rule(d.id, d.title, d.title, d.severity, d.topic);

  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  nlohmann::ordered_json notifications = nlohmann::ordered_json::array();
  for (const Checked& c : inputs) {
    const check::FileReport& r = c.report;
    const std::string uri = r.path == "-" ? "stdin" : r.path;
    const std::map<std::optional<std::string>, Positions> positions = finding_positions(c);
    if (!r.error.empty()) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", r.error}}},
                               {"locations", {sarif_location(uri, std::nullopt, std::nullopt)}}});
    }
    for (const check::LocatedFinding& lf : r.findings) {
      const check::Finding& f = lf.finding;
      const Positions& at = positions.at(lf.location);
      const auto [sl, sc] = at(f.start);
      const auto [el, ec] = at(f.end);
      const check::Detector* d = registry.find(f.detector);
      // A plain file's offsets are the file's; a document part's are its extracted text's.
      nlohmann::ordered_json region = {{"startLine", sl}, {"startColumn", sc}, {"endLine", el}, {"endColumn", ec}};
      if (!lf.location) {
        region["byteOffset"] = f.start;
        region["byteLength"] = f.end - f.start;
      }
      region["snippet"] = {{"text", f.excerpt}};
      nlohmann::ordered_json result = {
          {"ruleId", f.detector},
          {"ruleIndex", rule_index[std::string(f.detector)]},
          {"level", sarif_level(f.severity)},
          {"message", {{"text", std::string(d ? d->title() : "") + "：" + std::string(f.suggestion)}}},
          {"locations", {sarif_location(uri, lf.location, region)}}};
      auto it = articles.find(std::string(f.topic));
      if (it != articles.end()) result["properties"] = {{"article", it->second}, {"topic", f.topic}};
      results.push_back(std::move(result));
    }
    for (const check::MetadataFinding& m : r.metadata) {
      const check::MetadataDetector& d = check::detector_of(m);
      nlohmann::ordered_json result = {
          {"ruleId", d.id},
          {"ruleIndex", rule_index[std::string(d.id)]},
          {"level", sarif_level(d.severity)},
          {"message",
           {{"text", check::place_of(m) + "：" + m.description + (m.excerpt.empty() ? "" : "「" + m.excerpt + "」") +
                         "。" + std::string(check::kind_of(m).suggestion)}}},
          {"locations", {sarif_location(uri, m.location, std::nullopt)}}};
      const std::string topic(d.topic);
      auto it = articles.find(topic);
      if (it != articles.end()) result["properties"] = {{"article", it->second}, {"topic", topic}};
      results.push_back(std::move(result));
    }
  }
  nlohmann::ordered_json run = {
      {"tool",
       {{"driver", {{"name", "netconduct"}, {"version", "0.1.0"}, {"semanticVersion", "0.1.0"}, {"rules", rules}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", results},
      {"invocations", {{{"executionSuccessful", notifications.empty()},
                        {"toolExecutionNotifications", notifications}}}},
      {"properties", {{"summary", summary.json()}}}};
  nlohmann::ordered_json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                                  {"version", "2.1.0"},
                                  {"runs", {run}}};
  out << sarif.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

// One input's lines of the text report; returns how many findings it printed.
size_t print_text_file(const Checked& c, const check::Registry& registry, const std::map<std::string, int>& articles,
                       std::ostream& out) {
  size_t total = 0;
  auto cite = [&](const std::string& topic) {
    auto it = articles.find(topic);
    if (it != articles.end()) out << " (第" << it->second << "条)";
  };
  {
    const check::FileReport& r = c.report;
    if (!r.error.empty()) {
      out << r.path << ": error: " << r.error << "\n";
      return 0;
    }
    const std::map<std::optional<std::string>, Positions> positions = finding_positions(c);
    for (const check::LocatedFinding& lf : r.findings) {
      const check::Finding& f = lf.finding;
      ++total;
      const auto [line, col] = positions.at(lf.location)(f.start);
      const check::Detector* d = registry.find(f.detector);
      out << r.path;
      if (lf.location) out << "[" << *check::place_of(lf) << "]";
      out << ":" << line << ":" << col << ": " << check::to_string(f.severity) << " " << f.detector;
      if (d) out << " " << d->title();
      out << " 「" << f.excerpt << "」";
      cite(std::string(f.topic));
      out << "\n    建议：" << f.suggestion << "\n";
    }
    for (const check::MetadataFinding& m : r.metadata) {
      ++total;
      const check::MetadataDetector& d = check::detector_of(m);
      out << r.path << "[" << check::place_of(m) << "]: " << check::to_string(d.severity) << " " << d.id << " "
          << d.title;
      if (!m.excerpt.empty()) out << " 「" << m.excerpt << "」";
      cite(std::string(d.topic));
      out << "\n    " << m.description << "\n    建议：" << check::kind_of(m).suggestion << "\n";
    }
    if (check::must_not_publish(r)) out << r.path << ": 不得发布: " << check::kDoNotPublish << "\n";
    for (const std::string& w : r.warnings) out << r.path << ": warning: " << w << "\n";
  }
  return total;
}

void print_text_summary(size_t findings, size_t inputs, size_t skipped, std::ostream& out) {
  out << findings << " finding" << (findings == 1 ? "" : "s") << " in " << inputs << " input"
      << (inputs == 1 ? "" : "s");
  if (skipped) out << " (" << skipped << " skipped in folders: not text or a document, empty, or a link out)";
  out << "\n";
}

// Writes `text` with every finding masked as its advice says
// (check::redact()), a piece at a time: a streamed file is never held whole.
// Overlapping findings are read and masked together as one stretch.
void write_redacted(const Checked::Pieces& text, const std::vector<check::LocatedFinding>& located,
                    std::ostream& out) {
  std::vector<const check::Finding*> findings;
  for (const auto& lf : located) {
    if (lf.finding.start < lf.finding.end && lf.finding.end <= text.size) findings.push_back(&lf.finding);
  }
  std::sort(findings.begin(), findings.end(),
            [](const check::Finding* a, const check::Finding* b) { return a->start < b->start; });
  auto copy = [&](uint64_t from, uint64_t to) {
    while (from < to) {
      const std::string_view piece = text.read(from, std::min(to, from + Checked::kPiece));
      if (piece.empty()) return;
      out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
      from += piece.size();
    }
  };
  uint64_t pos = 0;
  for (size_t i = 0; i < findings.size();) {
    const uint64_t begin = findings[i]->start;
    uint64_t end = findings[i]->end;
    size_t j = i + 1;
    for (; j < findings.size() && findings[j]->start < end; ++j) end = std::max<uint64_t>(end, findings[j]->end);
    std::vector<check::Finding> cluster;
    for (size_t k = i; k < j; ++k) {
      check::Finding f = *findings[k];
      f.start = static_cast<uint32_t>(f.start - begin);
      f.end = static_cast<uint32_t>(f.end - begin);
      cluster.push_back(std::move(f));
    }
    i = j;
    copy(pos, begin);
    const std::string stretch(text.read(begin, end));
    const std::optional<std::string> masked = check::redact(stretch, cluster);
    out << (masked ? *masked : check::mask_all(stretch));  // callers skip what may not be masked
    pos = end;
  }
  copy(pos, text.size);
}

// The checked text with every finding masked: a plain file as it was; a
// document as its parts, each under its place's name. Callers write none
// for a file that must not be published (check::must_not_publish).
void write_redacted_text(const Checked& c, std::ostream& out) {
  if (c.format == check::extract::Format::Text) {
    if (c.file || !c.parts.empty()) write_redacted(c.pieces_of(check::LocatedFinding{}), c.report.findings, out);
    return;
  }
  for (const check::extract::Part& p : c.parts) {
    std::vector<check::LocatedFinding> findings;
    for (const auto& lf : c.report.findings) {
      if (lf.location && *lf.location == p.location) findings.push_back(lf);
    }
    out << "=== " << check::place_name(p.location) << " ===\n";
    write_redacted(Checked::pieces_of(p.text), findings, out);
    if (!p.text.empty() && p.text.back() != '\n') out << '\n';
  }
}

// A UTF-8 text file checked in windows read with pread (check/text_stream.h):
// false when the file is not one (not a regular file, a document, another
// encoding), for check_document() to read it as before.
bool check_streamed_text(const check::Engine& engine, const std::string& path, Checked* c) {
  auto file = PieceReader::open(path);
  if (!file.ok()) return false;
  auto head = file->read(0, std::min<uint64_t>(file->size(), 4096));
  if (!head.ok() || check::extract::sniff(*head) != check::extract::Format::Text) return false;
  if (file->size() > check::kMaxStreamedText) {
    c->report.error = "文本文件超过 4 GiB，未能检查";
    c->report.error_code = std::string(Status::Invalid("").code_name());
    return true;
  }
  PieceReader* reader = &*file;
  auto streamed = check::check_text_windows(engine, reader->size(), [reader](uint64_t b, uint64_t e) {
    return reader->read(b, e);
  });
  if (!streamed.ok()) {
    c->report.error = "文本在检查时无法读取或已被改动，未能检查";
    c->report.error_code = std::string(streamed.status().code_name());
    return true;
  }
  if (streamed->stop != check::StreamedCheck::Stop::kChecked) return false;
  c->format = check::extract::Format::Text;
  c->report.findings.reserve(streamed->findings.size());
  for (check::Finding& f : streamed->findings) c->report.findings.push_back({std::move(f), std::nullopt});
  c->file = std::move(file).value();
  return true;
}

int run_check(const CheckOptions& o) {
  check::EngineOptions eo;
  if (!o.dictionary.empty()) {
    auto bytes = read_input(o.dictionary, kMaxFileBytes);
    if (!bytes) return std::cerr << "netconduct: " << bytes.status().message() << "\n", 2;
    auto text = check::decode_text(*bytes);
    if (!text) return std::cerr << "netconduct: " << o.dictionary << ": " << text.status().message() << "\n", 2;
    auto terms = check::parse_dictionary(text->utf8);
    if (!terms) return std::cerr << "netconduct: " << o.dictionary << ": " << terms.status().message() << "\n", 2;
    eo.dictionary = std::move(terms).value();
  }
  std::optional<CompiledCacheDir> compiled_cache;
  if (auto dir = CompiledCacheDir::default_dir()) eo.cache = &compiled_cache.emplace(std::move(*dir));
  auto engine = check::Engine::create(eo);
  if (!engine) return std::cerr << "netconduct: " << engine.status().message() << "\n", 2;
  auto articles = topic_articles(o.rulebooks, (*engine)->registry());
  if (!articles) return std::cerr << "netconduct: rulebook: " << articles.status().message() << "\n", 2;

  // On the member's own machine a large plain-text file may be checked
  // whole; documents keep the extractors' limits on what they unpack.
  check::extract::Options extract_options;
  extract_options.ocr = !o.no_ocr;
  extract_options.limits.max_input_bytes = kMaxFileBytes;
  extract_options.limits.max_text_bytes = kMaxFileBytes;
  // PDF and OCR in a child process, as the server does (server/extract_sandbox.h).
  server::SandboxOptions sandbox_options;
  sandbox_options.wall_time = extract_options.limits.total_time_budget + std::chrono::seconds(10);
  sandbox_options.cpu_time = std::chrono::seconds(70);
  sandbox_options.max_children = static_cast<int>(std::max<size_t>(1, o.jobs));
  const server::ExtractSandbox sandbox(sandbox_options);
  extract_options.isolate = sandbox.isolate();

  auto walked = walk_paths(o.paths, o.excludes);
  if (!walked) return std::cerr << "netconduct: " << walked.status().message() << "\n", 2;
  const std::vector<std::string>& files = walked->files;
  const bool redact_stdin = o.redact && std::find(files.begin(), files.end(), "-") != files.end();
  std::ostream& report_out = redact_stdin ? std::cerr : std::cout;
  const bool progress = !redact_stdin && files.size() > 1 && ::isatty(STDERR_FILENO);
  const check::Registry& registry = (*engine)->registry();

  // One file, checked; its masked copy written when asked.
  std::string stdin_redacted;
  auto check_one = [&](const std::string& path) {
    Checked c;
    if (check_streamed_text(**engine, path, &c)) {
      // checked in windows
    } else if (auto bytes = read_input(path, kMaxFileBytes); !bytes) {
      c.report.error = bytes.status().message();
      c.report.error_code = std::string(bytes.status().code_name());
    } else {
      auto checked = check::extract::check_document(**engine, *bytes, extract_options);
      c.report = std::move(checked.report);
      c.format = checked.format;
      c.parts = std::move(checked.parts);
    }
    c.report.path = path;
    if (c.report.error.empty() && o.redact) {
      // No masked copy of what must not be published: the report says why.
      if (check::must_not_publish(c.report)) {
        // nothing written
      } else if (path == "-") {
        std::ostringstream masked;
        write_redacted_text(c, masked);
        stdin_redacted = std::move(masked).str();
      } else {
        const std::string target = path + (c.format == check::extract::Format::Text ? ".redacted" : ".redacted.txt");
        std::ofstream out(target, std::ios::binary | std::ios::trunc);
        write_redacted_text(c, out);
        if (!out) c.report.error = "cannot write " + target;
      }
    }
    return c;
  };

  // Each file's findings printed as it finishes (SARIF, one document, at
  // the end); a progress line on a terminal's stderr.
  std::mutex mu;
  size_t next = 0, done = 0, findings = 0, with_findings = 0, errors = 0;
  bool any_error = false, any_finding = false;
  std::vector<Checked> for_sarif;
  if (o.format == "json") report_out << "{\"files\":[";
  auto finished = [&](Checked c) {
    const std::lock_guard<std::mutex> lock(mu);
    any_error |= !c.report.error.empty();
    any_finding |= c.finding_count() > 0;
    findings += c.finding_count();
    with_findings += c.finding_count() > 0;
    errors += !c.report.error.empty();
    if (progress) std::cerr << "\r\033[K";
    if (o.format == "json") {
      if (done) report_out << ',';
      print_file_json(c.report, *articles, report_out);
    } else if (o.format == "sarif") {
      for_sarif.push_back(std::move(c));
    } else {
      print_text_file(c, registry, *articles, report_out);
    }
    ++done;
    if (progress) std::cerr << "已检查 " << done << "/" << files.size() << " 个文件，发现 " << findings << " 处" << std::flush;
  };
  auto work = [&] {
    for (;;) {
      size_t i = 0;
      {
        const std::lock_guard<std::mutex> lock(mu);
        if (next >= files.size()) return;
        i = next++;
      }
      finished(check_one(files[i]));
    }
  };
  // Standard input is read by one thread.
  const bool has_stdin = std::find(files.begin(), files.end(), "-") != files.end();
  const size_t jobs = has_stdin ? 1 : std::max<size_t>(1, std::min<size_t>(o.jobs, files.size()));
  std::vector<std::thread> threads;
  for (size_t j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  if (progress) std::cerr << "\r\033[K" << std::flush;

  const Summary summary{files.size(), with_findings, findings, errors, walked->skipped};
  if (o.format == "json") {
    report_out << "],\"summary\":" << summary.json().dump() << "}\n";
  } else if (o.format == "sarif") {
    print_sarif(for_sarif, summary, registry, *articles, report_out);
  } else {
    print_text_summary(findings, files.size(), walked->skipped, report_out);
  }
  if (redact_stdin) std::cout << stdin_redacted << std::flush;
  if (any_error) return 2;
  return any_finding ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, Runner* runner) {
  auto opts = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Self-check text, documents (.docx .xlsx .pptx, PDF) and images before posting: secret markings, "
      "document numbers, personal data, hidden content, locations. Exit 0 clean, 1 findings, 2 error. "
      "Offsets are bytes of the UTF-8 text (of a document part's text for documents).");
  cmd->add_option("--format", opts->format, "text | json | sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  cmd->add_flag("--redact", opts->redact,
                "write PATH.redacted (text) or PATH.redacted.txt (a document's text) with each finding masked as its advice says (138****5678); nothing when a secret marking is found, whose content must not be published; for -, to stdout");
  cmd->add_flag("--no-ocr", opts->no_ocr, "do not read the text in images (their metadata is still checked)");
  cmd->add_option("--dictionary", opts->dictionary, "organisation dictionary: one confidential term per line");
  cmd->add_option("--rulebooks", opts->rulebooks, "rulebook directory (articles cited by findings)")
      ->capture_default_str();
  cmd->add_option("--clean", opts->clean,
                  "write a cleaned copy of the one FILE to OUT (- for stdout): comments, tracked changes, hidden "
                  "text, hidden sheets and slides (emptied), speaker notes and author/company properties removed "
                  "from .docx/.xlsx/.pptx; location, device, time and author removed from JPEG/PNG photos (pixels "
                  "untouched); properties, XMP, comments, embedded files and scripts removed from PDF (pages "
                  "untouched). The copy is checked again; the report (--format text|json) lists "
                  "what was removed and what remains. Exit 0 nothing remains, 1 something remains, 2 not written")
      ->type_name("OUT");
  cmd->add_option("--revisions", opts->revisions, "with --clean: accept | reject tracked changes")
      ->check(CLI::IsMember({"accept", "reject"}))
      ->capture_default_str();
  cmd->add_option("--exclude", opts->excludes,
                  "with folders: leave out files and folders whose name (or, for a GLOB with '/', whose path "
                  "below the folder) matches GLOB; repeatable")
      ->type_name("GLOB");
  cmd->add_option("--jobs", opts->jobs, "files checked at once (default: the number of cores)")
      ->check(CLI::Range(size_t{1}, size_t{256}))
      ->capture_default_str();
  cmd->add_option("paths", opts->paths,
                  "files or folders to check, or - for standard input; a folder's files that can be text or a "
                  "document are checked (symbolic links out of it are not followed)")
      ->required();
  cmd->callback([opts, runner] {
    if (!opts->clean.empty()) {
      if (opts->paths.size() != 1) throw CLI::ValidationError("--clean", "cleans exactly one FILE");
      if (opts->format == "sarif") throw CLI::ValidationError("--clean", "reports as text or json");
      if (opts->redact) throw CLI::ValidationError("--clean", "cannot be combined with --redact");
      CleanRequest request{opts->paths.front(), opts->clean, opts->revisions, opts->format, opts->dictionary};
      *runner = [request] { return run_clean(request); };
      return;
    }
    *runner = [opts] { return run_check(*opts); };
  });
}

}  // namespace nc::cli
