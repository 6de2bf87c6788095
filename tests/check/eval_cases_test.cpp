// The evaluation set: every labelled case under tests/check/cases/ and
// tests/check/heldout/ (format in cases/README.md) is checked, and precision
// and recall per detector must reach the thresholds below, over the whole set
// and over the held-out cases alone. The tables are printed on every run.
// The files of cases/ are exact: each of their cases fails on its own when
// the detectors it reports differ from its label, so one case cannot regress
// under the thresholds. The held-out files measure (written blind, they keep
// the misses they found) and count toward the thresholds only. A held-out
// file of kMeasureOnly (a new blind round) is measured and printed, per
// detector and per form class, by its own test and gates nothing yet.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "check/dictionary.h"
#include "common/utf8.h"
#include "check/engine.h"

namespace nc::check {
namespace {

constexpr double kMinPrecision = 0.98;
constexpr double kMinRecall = 0.95;

// Held-out rounds that are measured but not yet held to the thresholds.
const std::set<std::string> kMeasureOnly = {"blind3.txt", "blind4.txt", "blind5.txt", "blind6.txt", "blind7.txt", "blind8.txt", "blind9.txt"};

struct Case {
  std::string file;
  int line = 0;
  std::set<std::string> expected;
  std::string note;  // after " -- "; its first word is the form class in blind3.txt
  std::string text;
};

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 5 < s.size() + 0 && s[i + 1] == 'u') {
      const std::string hex = s.substr(i + 2, 4);
      if (hex.size() == 4 && hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
        nc::utf8::append(out, static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
        i += 5;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::vector<Case> load_cases(const std::filesystem::path& file) {
  std::vector<Case> cases;
  std::istringstream in(read_file(file));
  std::string line;
  int n = 0;
  Case* current = nullptr;
  bool first_line = true;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("===", 0) == 0) {
      cases.push_back({});
      current = &cases.back();
      current->file = file.filename().string();
      current->line = n;
      std::string head = line.substr(3);
      const size_t note = head.find(" -- ");
      if (note != std::string::npos) {
        current->note = head.substr(note + 4);
        head = head.substr(0, note);
      }
      std::istringstream ids(head);
      std::string id;
      while (ids >> id)
        if (id != "none") current->expected.insert(id);
      first_line = true;
      continue;
    }
    if (!current) continue;  // header comments
    if (!first_line) current->text += '\n';
    current->text += line;
    first_line = false;
  }
  for (Case& c : cases) c.text = unescape(c.text);
  return cases;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
};

std::vector<std::filesystem::path> case_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt" && !kMeasureOnly.count(e.path().filename().string()))
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

enum class Match { kExact, kMeasured, kMeasureOnly };

std::string form_class(const std::string& note) { return note.substr(0, note.find(' ')); }

// Runs every case of `files`, prints mismatches and the per-detector table,
// and fails below the thresholds (not when `match` is kMeasureOnly, which
// prints the recall per form class instead), and on any mismatch when
// `match` is kExact. Returns the number of cases run.
int evaluate(const std::vector<std::filesystem::path>& files, Match match) {
  const std::filesystem::path dir = NC_CHECK_CASES_DIR;
  auto terms = parse_dictionary(read_file(dir / "dictionary.terms"));
  EXPECT_TRUE(terms.ok()) << terms.status().message();
  if (!terms.ok()) return 0;
  EngineOptions options;
  options.dictionary = *terms;
  options.max_birth_year = 2026;  // fixed so the set does not drift with the clock
  auto engine = Engine::create(options);
  EXPECT_TRUE(engine.ok()) << engine.status().message();
  if (!engine.ok()) return 0;

  std::map<std::string, Counts> counts;
  for (size_t i = 0; i < (*engine)->registry().size(); ++i)
    counts[std::string((*engine)->registry().detector(i).id())];
  int total = 0, wrong = 0;
  std::map<std::string, Counts> forms;  // kMeasureOnly: per form class, tp/fn over expected labels, fp
  for (const auto& f : files) {
    for (const Case& c : load_cases(f)) {
      ++total;
      auto findings = (*engine)->check(c.text);
      EXPECT_TRUE(findings.ok());
      if (!findings.ok()) continue;
      std::set<std::string> got;
      for (const Finding& x : *findings) {
        got.emplace(x.detector);
        EXPECT_LE(x.start, x.end);
        EXPECT_LE(x.end, c.text.size());
      }
      for (const std::string& d : got) (c.expected.count(d) ? counts[d].tp : counts[d].fp)++;
      for (const std::string& d : c.expected)
        if (!got.count(d)) counts[d].fn++;
      if (match == Match::kMeasureOnly) {
        Counts& fc = forms[form_class(c.note)];
        for (const std::string& d : got) (c.expected.count(d) ? fc.tp : fc.fp)++;
        for (const std::string& d : c.expected)
          if (!got.count(d)) fc.fn++;
      }
      if (got != c.expected) {
        ++wrong;
        std::string g;
        for (const auto& d : got) g += d + " ";
        std::string shown;  // one line per mismatch
        for (char ch : c.text) shown += ch == '\n' ? std::string("\\n") : ch == '\t' ? std::string("\\t") : std::string(1, ch);
        std::cout << "  mismatch " << c.file << ":" << c.line << " got [" << g << "] for: " << shown;
        if (match == Match::kMeasureOnly) std::cout << "   (" << c.note << ")";
        std::cout << "\n";
        if (match == Match::kExact) ADD_FAILURE() << c.file << ":" << c.line << " reported [" << g << "]";
      }
    }
  }
  std::cout << total << " cases, " << wrong << " mismatched\n";
  std::cout << std::left << std::setw(28) << "detector" << std::right << std::setw(6) << "tp" << std::setw(6)
            << "fp" << std::setw(6) << "fn" << std::setw(11) << "precision" << std::setw(9) << "recall" << "\n";
  for (const auto& [id, c] : counts) {
    const double p = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 1.0;
    const double r = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 1.0;
    std::cout << std::left << std::setw(28) << id << std::right << std::setw(6) << c.tp << std::setw(6) << c.fp
              << std::setw(6) << c.fn << std::setw(11) << std::fixed << std::setprecision(3) << p << std::setw(9)
              << r << "\n";
    EXPECT_GT(c.tp + c.fn, 0) << id << " has no positive case";
    if (match == Match::kMeasureOnly) continue;
    EXPECT_GE(p, kMinPrecision) << id;
    EXPECT_GE(r, kMinRecall) << id;
  }
  if (match == Match::kMeasureOnly) {
    std::cout << std::left << std::setw(28) << "form class" << std::right << std::setw(6) << "tp" << std::setw(6)
              << "fp" << std::setw(6) << "fn" << std::setw(9) << "recall" << "\n";
    for (const auto& [form, c] : forms) {
      const double r = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 1.0;
      std::cout << std::left << std::setw(28) << form << std::right << std::setw(6) << c.tp << std::setw(6) << c.fp
                << std::setw(6) << c.fn << std::setw(9) << std::fixed << std::setprecision(3) << r << "\n";
    }
  }
  return total;
}

// The hand-written and generated cases: every one exactly as labelled.
TEST(EvalCases, EveryCaseOfTheCaseFilesMatchesItsLabel) {
  EXPECT_GE(evaluate(case_files(NC_CHECK_CASES_DIR), Match::kExact), 300);
}

// The whole set: cases/ and the held-out cases together.
TEST(EvalCases, PrecisionAndRecallPerDetectorReachThresholds) {
  std::vector<std::filesystem::path> files = case_files(NC_CHECK_CASES_DIR);
  for (auto& f : case_files(NC_CHECK_HELDOUT_DIR)) files.push_back(std::move(f));
  EXPECT_GE(evaluate(files, Match::kMeasured), 500);
}

// A blind round of kMeasureOnly, measured and printed only: it must parse,
// every note must name its form class, every label must be a known detector
// id; its precision and recall are not held to the thresholds yet.
void measure_blind_round(const std::string& name, size_t min_cases) {
  const std::filesystem::path file = std::filesystem::path(NC_CHECK_HELDOUT_DIR) / name;
  ASSERT_TRUE(std::filesystem::exists(file)) << file;
  auto terms = parse_dictionary(read_file(std::filesystem::path(NC_CHECK_CASES_DIR) / "dictionary.terms"));
  ASSERT_TRUE(terms.ok()) << terms.status().message();
  EngineOptions options;
  options.dictionary = *terms;
  auto engine = Engine::create(options);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  std::set<std::string> known;
  for (size_t i = 0; i < (*engine)->registry().size(); ++i) known.emplace((*engine)->registry().detector(i).id());
  const std::set<std::string> form_classes = {"plain", "formatted", "evasive", "negative"};
  const std::vector<Case> cases = load_cases(file);
  EXPECT_GE(cases.size(), min_cases);
  for (const Case& c : cases) {
    const std::string form = form_class(c.note);
    EXPECT_TRUE(form_classes.count(form)) << name << ":" << c.line << " form class '" << form << "'";
    EXPECT_EQ(form == "negative", c.expected.empty()) << name << ":" << c.line;
    EXPECT_FALSE(c.text.empty()) << name << ":" << c.line;
    for (const std::string& d : c.expected) EXPECT_TRUE(known.count(d)) << name << ":" << c.line << " " << d;
  }
  EXPECT_EQ(evaluate({file}, Match::kMeasureOnly), static_cast<int>(cases.size()));
}

// The third blind round (2026-12-07), seen by the fixers since its first run.
TEST(EvalCases, ThirdBlindRoundIsMeasured) { measure_blind_round("blind3.txt", 450); }

// The fourth blind round (2026-12-07, second half), written by a helper who
// read neither the detectors, their specification nor the list of
// misses; no fixer has read it.
TEST(EvalCases, FourthBlindRoundIsMeasured) { measure_blind_round("blind4.txt", 450); }

// The fifth blind round (2026-12-07, third session), written by a helper who
// read nothing of the project but its brief (what each detector id means, in
// lay words; the case format; the dictionary's five terms).
TEST(EvalCases, FifthBlindRoundIsMeasured) { measure_blind_round("blind5.txt", 450); }

// The sixth blind round (2026-12-07, fourth session), written by a helper who
// read nothing of the project but its brief (each detector id in lay words,
// the case format, the dictionary's five terms); its first run was taken on
// the detectors of 7529461, before anyone read its cases.
TEST(EvalCases, SixthBlindRoundIsMeasured) { measure_blind_round("blind6.txt", 600); }

// The seventh blind round (2026-12-07, fourth session), written the same way
// by another helper, from a county office's chats, notices and forms; its
// first run was taken on the detectors of the commit that added it, before
// anyone read its cases.
TEST(EvalCases, SeventhBlindRoundIsMeasured) { measure_blind_round("blind7.txt", 600); }

// The eighth blind round (2026-12-07, fifth session), written the same way by
// another helper, from a township, a community office, a hospital, a school
// and a state-owned enterprise (OCR and voice transcriptions among them); its
// first run was taken on the detectors of the commit that added it, before
// anyone read its cases.
TEST(EvalCases, EighthBlindRoundIsMeasured) { measure_blind_round("blind8.txt", 590); }

// The ninth blind round (2026-12-07, seventh session), written the same way by
// another helper, from a court, a police community office, a college office,
// a bank branch, a cooperative, a live-streaming team, a tax hall, a building
// site, a logistics company and a volunteer group; its first run was taken on
// the detectors of the commit that added it, before anyone read its cases.
TEST(EvalCases, NinthBlindRoundIsMeasured) { measure_blind_round("blind9.txt", 600); }

// The held-out set alone (heldout/, written blind from the specification), so
// its figures stay visible apart from the cases written with the detectors.
TEST(EvalCases, HeldOutCasesReachThresholds) {
  EXPECT_GE(evaluate(case_files(NC_CHECK_HELDOUT_DIR), Match::kMeasured), 300);
}

}  // namespace
}  // namespace nc::check
