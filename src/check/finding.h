// A finding: one place in a checked text where a detector recognised a
// secret marking or personal data. Plain values, safe to copy and share:
// detector, topic and suggestion are views of the detectors' own text,
// string literals that live as long as the program (detector.h), so a check
// does not copy them for every finding.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nc::check {

enum class Severity { Low, Medium, High };

const char* to_string(Severity s);  // "low" | "medium" | "high"

struct Finding {
  std::string_view detector;    // stable id: "pii.cn_resident_id"
  Severity severity = Severity::Medium;
  uint32_t start = 0;           // byte offsets into the checked (original) input
  uint32_t end = 0;             // exclusive
  std::string_view topic;       // rulebook topic cited: "secrets", "personal_data"
  std::string excerpt;          // the original text of [start, end), shortened when long
  std::string_view suggestion;  // what to do, in Chinese
  // The span as a shared copy shows it (Detector::mask): "138****5678";
  // nullopt when the content must not be published at all (secret.*).
  std::optional<std::string> masked;
};

// Whether a masked copy of a text with these findings may be offered: not
// when any finding says the content itself must not be published.
bool maskable(const std::vector<Finding>& findings);

}  // namespace nc::check
