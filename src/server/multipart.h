// multipart/form-data (RFC 7578 over RFC 2046) as browsers send file uploads.
// The body is hostile until parsed: the parser never reads past it, bounds
// the number of parts and the size of each part's header block, and rejects
// anything malformed (no boundary, a part without a closing delimiter, a
// header line without a colon, a missing Content-Disposition: form-data)
// with a Status whose message is Chinese and fit for a 400 answer.
//
// Parts refer into the body they were parsed from (no copies of uploads):
// keep the body alive while using them. Pure; safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace nc::server {

struct MultipartPart {
  std::string name;                     // the form field's name
  std::optional<std::string> filename;  // present for a file (may be empty when none was chosen)
  std::string content_type;             // as sent, or "" (text/plain by default)
  std::string_view data;                // into the parsed body
};

struct MultipartLimits {
  size_t max_parts = 32;
  size_t max_header_bytes = 8 * 1024;  // one part's header block
};

// The boundary parameter of a "multipart/form-data; boundary=…" Content-Type
// (quoted or not); fails when it is missing or not a valid RFC 2046 boundary.
Result<std::string> multipart_boundary(std::string_view content_type);

Result<std::vector<MultipartPart>> parse_multipart(std::string_view body, std::string_view boundary,
                                                   const MultipartLimits& limits = {});

}  // namespace nc::server
