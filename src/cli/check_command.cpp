// netconduct check [--format text|json|sarif] [--redact] [--dictionary FILE] PATH… | -
//
// Self-check of plain-text files (or standard input) before posting, like a
// linter. Exit 0: nothing found; 1: findings; 2: an error (unreadable file,
// undecodable text, bad dictionary, missing rulebook).
//
// Input may be UTF-8, GB18030 or UTF-16 with a BOM; it is converted to UTF-8
// first, and `start`/`end` are byte offsets into that UTF-8 text (for UTF-8
// input: into the file itself). --redact writes PATH.redacted (UTF-8) with
// every finding masked, or, for "-", the masked text to standard output (the
// report then goes to standard error).
//
// Privacy: what is checked and found is printed to the caller only; nothing
// is logged or stored.
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/dictionary.h"
#include "check/engine.h"
#include "check/report_json.h"
#include "check/text_input.h"
#include "cli/commands.h"
#include "rulebook/loader.h"

namespace nc::cli {
namespace {

constexpr size_t kMaxFileBytes = size_t{256} << 20;  // 256 MiB

struct CheckOptions {
  std::string format = "text";
  bool redact = false;
  std::string dictionary;
  std::string rulebooks = NC_DEFAULT_DATA_DIR "/rulebooks";
  std::vector<std::string> paths;
};

struct FileReport {
  std::string path;
  std::string text;  // UTF-8 as checked
  std::vector<check::Finding> findings;
  std::string error;  // empty when checked
};

Result<std::string> read_all(const std::string& path) {
  std::string data;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    data = ss.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound("cannot open " + path);
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) return Status::Invalid("cannot read " + path);
    if (static_cast<size_t>(size) > kMaxFileBytes) return Status::Invalid(path + " is larger than 256 MiB");
    in.seekg(0);
    data.resize(static_cast<size_t>(size));
    in.read(data.data(), size);
    if (!in) return Status::Invalid("cannot read " + path);
  }
  if (data.size() > kMaxFileBytes) return Status::Invalid(path + " is larger than 256 MiB");
  return data;
}

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

// 1-based line and column (in code points) of a byte offset.
std::pair<int, int> line_col(std::string_view text, uint32_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int col = 1;
  for (size_t i = line_start; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return {line, col};
}

nlohmann::ordered_json article_json(const std::map<std::string, int>& articles, const std::string& topic) {
  auto it = articles.find(topic);
  return it == articles.end() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(it->second);
}

// The shared report shape (check/report_json.h); plain text has no locations.
void print_json(const std::vector<FileReport>& reports, const check::TopicArticles& articles, std::ostream& out) {
  std::vector<check::FileReport> files;
  for (const FileReport& r : reports) {
    check::FileReport file;
    file.path = r.path;
    file.error = r.error;
    for (const check::Finding& f : r.findings) file.findings.push_back({f, std::nullopt});
    files.push_back(std::move(file));
  }
  out << check::dump(check::report_json(files, articles)) << "\n";
}

const char* sarif_level(check::Severity s) {
  switch (s) {
    case check::Severity::High: return "error";
    case check::Severity::Medium: return "warning";
    case check::Severity::Low: return "note";
  }
  return "warning";
}

void print_sarif(const std::vector<FileReport>& reports, const check::Registry& registry,
                 const std::map<std::string, int>& articles, std::ostream& out) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  std::map<std::string, size_t> rule_index;
  for (size_t i = 0; i < registry.size(); ++i) {
    const check::Detector& d = registry.detector(i);
    rule_index[std::string(d.id())] = i;
    nlohmann::ordered_json props = {{"topic", d.topic()}};
    props["article"] = article_json(articles, std::string(d.topic()));
    rules.push_back({{"id", d.id()},
                     {"name", d.id()},
                     {"shortDescription", {{"text", d.title()}}},
                     {"fullDescription", {{"text", d.suggestion()}}},
                     {"defaultConfiguration", {{"level", sarif_level(d.severity())}}},
                     {"properties", props}});
  }
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  nlohmann::ordered_json notifications = nlohmann::ordered_json::array();
  for (const FileReport& r : reports) {
    const std::string uri = r.path == "-" ? "stdin" : r.path;
    if (!r.error.empty()) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", r.error}}},
                               {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}}}}}}});
    }
    for (const check::Finding& f : r.findings) {
      const auto [sl, sc] = line_col(r.text, f.start);
      const auto [el, ec] = line_col(r.text, f.end);
      const check::Detector* d = registry.find(f.detector);
      nlohmann::ordered_json region = {{"startLine", sl},       {"startColumn", sc},         {"endLine", el},
                               {"endColumn", ec},       {"byteOffset", f.start},     {"byteLength", f.end - f.start},
                               {"snippet", {{"text", f.excerpt}}}};
      nlohmann::ordered_json result = {
          {"ruleId", f.detector},
          {"ruleIndex", rule_index[f.detector]},
          {"level", sarif_level(f.severity)},
          {"message", {{"text", std::string(d ? d->title() : "") + "：" + f.suggestion}}},
          {"locations", {{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", region}}}}}}};
      auto it = articles.find(f.topic);
      if (it != articles.end()) result["properties"] = {{"article", it->second}, {"topic", f.topic}};
      results.push_back(std::move(result));
    }
  }
  nlohmann::ordered_json run = {
      {"tool",
       {{"driver", {{"name", "netconduct"}, {"version", "0.1.0"}, {"semanticVersion", "0.1.0"}, {"rules", rules}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", results},
      {"invocations", {{{"executionSuccessful", notifications.empty()},
                        {"toolExecutionNotifications", notifications}}}}};
  nlohmann::ordered_json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                          {"version", "2.1.0"},
                          {"runs", {run}}};
  out << sarif.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

void print_text(const std::vector<FileReport>& reports, const check::Registry& registry,
                const std::map<std::string, int>& articles, std::ostream& out) {
  size_t total = 0;
  for (const FileReport& r : reports) {
    if (!r.error.empty()) {
      out << r.path << ": error: " << r.error << "\n";
      continue;
    }
    for (const check::Finding& f : r.findings) {
      ++total;
      const auto [line, col] = line_col(r.text, f.start);
      const check::Detector* d = registry.find(f.detector);
      out << r.path << ":" << line << ":" << col << ": " << check::to_string(f.severity) << " " << f.detector;
      if (d) out << " " << d->title();
      out << " 「" << f.excerpt << "」";
      auto it = articles.find(f.topic);
      if (it != articles.end()) out << " (第" << it->second << "条)";
      out << "\n    " << f.suggestion << "\n";
    }
  }
  out << total << " finding" << (total == 1 ? "" : "s") << " in " << reports.size() << " input"
      << (reports.size() == 1 ? "" : "s") << "\n";
}

int run_check(const CheckOptions& o) {
  check::EngineOptions eo;
  if (!o.dictionary.empty()) {
    auto bytes = read_all(o.dictionary);
    if (!bytes) return std::cerr << "netconduct: " << bytes.status().message() << "\n", 2;
    auto text = check::decode_text(*bytes);
    if (!text) return std::cerr << "netconduct: " << o.dictionary << ": " << text.status().message() << "\n", 2;
    auto terms = check::parse_dictionary(text->utf8);
    if (!terms) return std::cerr << "netconduct: " << o.dictionary << ": " << terms.status().message() << "\n", 2;
    eo.dictionary = std::move(terms).value();
  }
  auto engine = check::Engine::create(eo);
  if (!engine) return std::cerr << "netconduct: " << engine.status().message() << "\n", 2;
  auto articles = topic_articles(o.rulebooks, (*engine)->registry());
  if (!articles) return std::cerr << "netconduct: rulebook: " << articles.status().message() << "\n", 2;

  std::vector<FileReport> reports;
  bool any_error = false, any_finding = false;
  std::string stdin_redacted;
  bool redact_stdin = false;
  for (const std::string& path : o.paths) {
    FileReport r;
    r.path = path;
    auto bytes = read_all(path);
    if (!bytes) {
      r.error = bytes.status().message();
    } else if (auto text = check::decode_text(*bytes); !text) {
      r.error = text.status().message();
    } else {
      r.text = std::move(text->utf8);
      auto findings = (*engine)->check(r.text);
      if (!findings) {
        r.error = findings.status().message();
      } else {
        r.findings = std::move(findings).value();
      }
    }
    if (r.error.empty() && o.redact) {
      std::string masked = check::redact(r.text, r.findings);
      if (path == "-") {
        stdin_redacted = std::move(masked);
        redact_stdin = true;
      } else {
        std::ofstream out(path + ".redacted", std::ios::binary | std::ios::trunc);
        out << masked;
        if (!out) r.error = "cannot write " + path + ".redacted";
      }
    }
    any_error |= !r.error.empty();
    any_finding |= !r.findings.empty();
    reports.push_back(std::move(r));
  }
  std::ostream& report_out = redact_stdin ? std::cerr : std::cout;
  if (o.format == "json") {
    print_json(reports, *articles, report_out);
  } else if (o.format == "sarif") {
    print_sarif(reports, (*engine)->registry(), *articles, report_out);
  } else {
    print_text(reports, (*engine)->registry(), *articles, report_out);
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
      "Self-check text before posting: secret markings, document numbers, personal data. "
      "Exit 0 clean, 1 findings, 2 error. Offsets are bytes of the UTF-8 text (GB18030 input is converted first).");
  cmd->add_option("--format", opts->format, "text | json | sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  cmd->add_flag("--redact", opts->redact, "write PATH.redacted with findings masked (for -, to stdout)");
  cmd->add_option("--dictionary", opts->dictionary, "organisation dictionary: one confidential term per line");
  cmd->add_option("--rulebooks", opts->rulebooks, "rulebook directory (articles cited by findings)")
      ->capture_default_str();
  cmd->add_option("paths", opts->paths, "files to check, or - for standard input")->required();
  cmd->callback([opts, runner] { *runner = [opts] { return run_check(*opts); }; });
}

}  // namespace nc::cli
