// Lookups over an ExtractedDocument for the extractor tests.
#pragma once

#include <string>
#include <string_view>

#include "check/extract/document.h"

namespace nc::check::extract::testing {

// The text of the part at `location`, or "<none>".
inline std::string part_text(const ExtractedDocument& doc, std::string_view location) {
  for (const Part& p : doc.parts)
    if (p.location == location) return p.text;
  return "<none>";
}

// The first metadata finding with this id whose description contains `desc`
// (any when empty), or nullptr.
inline const MetaFinding* find_meta(const ExtractedDocument& doc, std::string_view id, std::string_view desc = {}) {
  for (const MetaFinding& m : doc.metadata)
    if (m.id == id && m.description.find(desc) != std::string::npos) return &m;
  return nullptr;
}

inline bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

}  // namespace nc::check::extract::testing
