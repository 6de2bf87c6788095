// POST /api/v1/check: self-check before posting, over HTTP.
//
//   application/json     {"text":"…","dictionary":["项目代号",…]}   (dictionary optional)
//   multipart/form-data  one or more file parts (any field name, with a
//                        filename), and optionally a "text" field and a
//                        "dictionary" field (one term per line)
//
// → 200 {"files":[…]} in the shape of check/report_json.h: pasted text is the
// file "-"; each uploaded file is extracted (check/extract) and every text
// part checked, with the part's location. A file that cannot be read is
// reported in its entry ("error", "error_code"), not as a failed request.
// Signed-in callers only (401/403 from the session middleware). Errors: 400 bad_request (malformed JSON or multipart,
// unknown fields), 413 payload_too_large (over Options::body_limit), 415 unsupported_media_type, 503 busy (too many
// uploads being checked at once, or too many files being read by child processes at once).
//
// POST /api/v1/check/clean: a cleaned copy of one document or photo
// (check/extract/clean.h).
//
//   multipart/form-data  one file part (with a filename), and optionally
//                        "revisions" (accept | reject, default accept) and
//                        "dictionary" (one term per line, for the re-check)
//
// → 200 the cleaned bytes as an attachment ("通知（已清理）.docx"), with the
// header X-Clean-Report: percent-encoded UTF-8 JSON
//   {"format":"docx","revisions":"accept","tracked_changes":5,
//    "removed":["批注 3 条",…],"remaining":["文字中仍有 2 处检查结果…",…]}
// Errors: 400 unsupported_format (PDF, text and the rest: the message says
// why), corrupt_input, limit_exceeded, bad_request; 413, 415 and 503 busy as
// above (the same slots as document checks).
//
// Privacy: the content and the findings go back in the response and nowhere
// else — nothing here logs, stores or copies them; error messages never quote
// the input. The detector engines are built once per set of dictionary terms
// and shared read-only.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "check/engine_cache.h"
#include "server/catalogue.h"
#include "server/extract_sandbox.h"
#include "server/router.h"

namespace nc::server::handlers {

struct CheckOptions {
  size_t body_limit = size_t{20} << 20;  // this route only; the server's default stays 1 MiB
  size_t max_files = 10;
  size_t max_dictionary_terms = 1000;
  int max_concurrent_uploads = 2;  // extraction (OCR above all) is heavy: bound the threads it takes
  // PDF and images read by OCR are extracted in a child process (at most
  // max_children at once, each within its memory, CPU and wall-clock limits).
  SandboxOptions sandbox;
};

// The terms of the organisation dictionaries that apply to a request's
// caller (org.dictionary); may be empty.
using DictionaryTermsOf = std::function<std::vector<std::string>(const Request&)>;

// add_check_routes (routes.h): articles are cited from the version of the
// catalogue's first rulebook in force today. Each check runs the engine for
// the caller's organisation dictionaries plus any terms the request brings,
// from the app's engine cache.

}  // namespace nc::server::handlers
