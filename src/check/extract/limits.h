// Limits on the work one extraction may do. Submitted files are hostile until
// proven otherwise: a 40 KB zip can inflate to gigabytes, an XML part can nest
// a million levels, a PDF can claim a million pages, an image can claim
// 100 000 × 100 000 pixels. Every limit below is checked before or while the
// work is done, and exceeding one yields a Status (code "limit_exceeded" or
// "timeout") with a Chinese and an English message — never a crash or a hang.
//
// The defaults suit a member checking one document before posting it; callers
// (tests, the HTTP API) may lower them. Plain values.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace nc::check::extract {

inline constexpr std::size_t kMiB = 1024 * 1024;

// The submitted file itself.
inline constexpr std::size_t kMaxInputBytes = 64 * kMiB;
// Zip containers (OOXML): one inflated entry, all inflated entries read, and
// the number of entries in the central directory.
inline constexpr std::size_t kMaxEntryBytes = 64 * kMiB;
inline constexpr std::size_t kMaxTotalInflatedBytes = 256 * kMiB;
inline constexpr std::size_t kMaxZipEntries = 10'000;
// XML parts: element nesting and nodes per part.
inline constexpr std::size_t kMaxXmlDepth = 256;
inline constexpr std::size_t kMaxXmlNodes = 4'000'000;
// PDF pages.
inline constexpr int kMaxPdfPages = 2'000;
// Images: pixels (width × height, read from the header before decoding).
inline constexpr std::uint64_t kMaxImagePixels = 50'000'000;
// Text handed to the detectors, all parts together.
inline constexpr std::size_t kMaxTextBytes = 64 * kMiB;
// Wall-clock budgets: OCR of one image, and the whole extraction.
inline constexpr std::chrono::milliseconds kOcrTimeBudget{20'000};
inline constexpr std::chrono::milliseconds kTotalTimeBudget{60'000};

struct Limits {
  std::size_t max_input_bytes = kMaxInputBytes;
  std::size_t max_entry_bytes = kMaxEntryBytes;
  std::size_t max_total_inflated_bytes = kMaxTotalInflatedBytes;
  std::size_t max_zip_entries = kMaxZipEntries;
  std::size_t max_xml_depth = kMaxXmlDepth;
  std::size_t max_xml_nodes = kMaxXmlNodes;
  int max_pdf_pages = kMaxPdfPages;
  std::uint64_t max_image_pixels = kMaxImagePixels;
  std::size_t max_text_bytes = kMaxTextBytes;
  std::chrono::milliseconds ocr_time_budget = kOcrTimeBudget;
  std::chrono::milliseconds total_time_budget = kTotalTimeBudget;
};

}  // namespace nc::check::extract
