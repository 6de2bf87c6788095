// A detector recognises one kind of secret marking or personal data in
// normalised text (normaliser.h).
//
// The contract every detector keeps:
// - It is pure: what it reports depends only on the text it is given.
// - It is thread-safe after construction: all its methods are const, any
//   number of threads may use one detector at once, and it keeps no state
//   between calls.
// - It never scans: it declares Vectorscan patterns, the Registry compiles
//   the patterns of every detector into one database, and the Engine calls
//   validate() only for candidates those patterns found. validate() does
//   not allocate.
// - Offsets it sees and returns are byte offsets into the normalised text;
//   the Engine maps them back to byte offsets into the original input, so a
//   Finding always points at what the user wrote.
// - It cites a rulebook topic ("secrets", "personal_data"), never an
//   article number: articles come from the loaded rulebook's annotations.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "check/mask.h"

namespace nc::check {

// Where the Engine runs a pattern.
//
// Most patterns are scanned over the whole text. Some are cheaper run only
// where their matches can begin, found in code: scanned everywhere, the
// patterns of numbers (IDs, cards, phone numbers) wake up at every position
// of every digit run, and letter-and-digit patterns (e-mail, passports) in
// one database with the Chinese ones more than double its scan time
// (docs/benchmarks.md). The Registry compiles each anchored kind, anchored,
// in a database of its own, and the Engine runs it only at those places.
enum class Anchor {
  kAnywhere,
  // Where a number begins: a digit that no digit precedes, or a '+' right
  // before one (anchors.h). The pattern's matches hold only ASCII
  // digits and letters, ' ', '-', '+', '.', '/', '_', '*', '|', '~', '·'
  // and line breaks, their
  // length is bounded, and its
  // validator accepts no candidate that starts after a digit.
  kNumberStart,
  // At an '@': the pattern starts with '@' and the rest of its match holds
  // only ASCII letters, digits, '.' and '-' (and 。 or 点 between two of them).
  kAtSign,
};

// A Vectorscan expression over normalised text (lower-case ASCII, half-width
// digits and letters, simplified characters). Compiled with HS_FLAG_UTF8;
// an unanchored pattern whose matches have one length without
// start-of-match tracking (start = end - width), the others with
// HS_FLAG_SOM_LEFTMOST, so a candidate has both ends. An anchored pattern
// starts where the Engine starts it. tests/check/anchored_scan_test.cpp
// holds the findings of the anchored scans to those of scanning every
// pattern over the whole text.
struct Pattern {
  std::string expression;
  Anchor anchor = Anchor::kAnywhere;
};

struct Span {
  size_t start = 0;
  size_t end = 0;
  // A sentence that names the marking rather than bears it (封面写了内部资料):
  // reported with the detector's mention_severity() and mention_suggestion().
  bool mention = false;
};

// Overlapping findings of two "exclusive" detectors (one number cannot be an
// ID and a card) keep only the one with the higher priority. The ranking is
// one table, kExclusivity in registry.cpp, not a property each detector
// states on its own.
struct Exclusivity {
  bool exclusive = false;
  int priority = 0;
};

class Detector {
 public:
  virtual ~Detector() = default;

  // id(), topic(), title() and suggestion() return string literals:
  // findings keep views of them beyond the detector's life (finding.h).
  virtual std::string_view id() const = 0;          // stable: "pii.cn_resident_id"
  virtual Severity severity() const = 0;
  virtual std::string_view topic() const = 0;       // rulebook topic cited
  virtual std::string_view title() const = 0;       // short Chinese name: "居民身份证号"
  virtual std::string_view suggestion() const = 0;  // what to do, Chinese
  virtual std::vector<Pattern> patterns() const = 0;
  // For findings that are mentions (Span::mention): lower than severity(),
  // with advice of their own.
  virtual Severity mention_severity() const { return Severity::Low; }
  virtual std::string_view mention_suggestion() const { return suggestion(); }
  // A finding's text as a copy that may be shared shows it, masked as the
  // suggestion says (a mobile's middle four digits, an ID's birth date),
  // given the original text of its span (mask.h). nullopt: masking cannot
  // make the content publishable — a secret marking says the content it
  // marks must not be published at all, so no masked copy is offered.
  virtual std::optional<std::string> mask(std::string_view original) const;

  // Decides whether the candidate `match` of patterns()[pattern] in `text` is
  // a finding, applying checksums and context rules; returns the finding's
  // span (which may differ from the match, e.g. to take in a ★ 1年 period).
  virtual std::optional<Span> validate(std::string_view text, Span match, size_t pattern) const = 0;
};

}  // namespace nc::check
