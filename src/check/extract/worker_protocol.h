// The answer of an extraction worker: how a child process that ran extract()
// on one document (server/extract_sandbox.h) hands back what it found, and
// how the parent reads it. Pure encoding; no processes, no I/O.
//
// The bytes, all integers little-endian:
//   "NCX1"  u8 kind
//   kind 0 (a document):  u8 format, u32 n, n × (str location, str text),
//                         u32 n, n × (str id, str location, str description, str value),
//                         u32 n, n × str warning
//   kind 1 (an error):    str code, str message
//   str = u32 length, then that many bytes
// and nothing after.
//
// The parent treats the child's output as hostile — the child parsed the
// document, and a document can take over the process that parses it — so
// decode_result() checks every length against what is left and against the
// limits below and the caller's Limits (total text), every string for valid
// UTF-8, every enum value, metadata id and error code against the known ones,
// and refuses trailing bytes. Anything else is corrupt_input ("the reader of
// the file gave no valid answer"), never a crash. Thread-safe: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "check/extract/document.h"
#include "check/extract/limits.h"
#include "common/status.h"

namespace nc::check::extract {

// Bounds on what one answer may hold besides the text itself.
inline constexpr std::size_t kMaxWireParts = 200'000;
inline constexpr std::size_t kMaxWireMetadata = 100'000;
inline constexpr std::size_t kMaxWireWarnings = 1'000;
inline constexpr std::size_t kMaxWireShortString = 4'096;  // locations, ids, descriptions, values, messages
// Everything in an answer but the parts' text: locations, metadata, warnings.
inline constexpr std::size_t kMaxWireOverheadBytes = 8 * kMiB;

// The most bytes an answer within `limits` can take: what the parent reads
// from the child before it stops reading and refuses the answer.
std::size_t max_answer_bytes(const Limits& limits);

std::string encode_result(const Result<ExtractedDocument>& result);
Result<ExtractedDocument> decode_result(std::string_view bytes, const Limits& limits);

}  // namespace nc::check::extract
