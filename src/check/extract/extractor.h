// extract(): a submitted file's bytes → the text parts and the metadata
// observations the self-check engine works on (see document.h).
//
// The format is recognised by content, never by file name (format.h):
// .docx/.xlsx/.pptx, PDF, JPEG/PNG/TIFF/WebP/HEIC images (metadata, and the
// text in them by OCR), and plain text in UTF-8, UTF-16 with BOM or GB18030.
// Work is bounded by Options::limits (limits.h); a file that exceeds one, is
// damaged or is of a kind we do not read yields a Status whose message says
// what is wrong in Chinese and in English. Codes: limit_exceeded, timeout,
// corrupt_input, unsupported_format.
//
// No network, no files written, nothing logged: the bytes are the member's.
// Thread-safe: concurrent calls share nothing but the libraries' read-only
// setup (each thread keeps its own OCR engine, loaded on first use).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "check/extract/document.h"
#include "check/extract/limits.h"
#include "common/status.h"

namespace nc::check::extract {

struct Options {
  Limits limits;
  // OCR of images; off, images yield their metadata only.
  bool ocr = true;
  // Tesseract's "tessdata" folder; empty for the system's default.
  std::string tessdata_dir;
  std::string ocr_languages = "chi_sim+eng";
  // Where PDF, and images read by OCR, are extracted. Poppler, leptonica and
  // tesseract cannot be stopped or bounded from inside one page or one image,
  // so the HTTP API and the CLI run them in a child process under its own
  // memory, CPU-time and wall-clock limits (server/extract_sandbox.h) and pass
  // that launcher here. It is called with these options minus `isolate`.
  // Empty: in the calling thread (tests, fuzzing, the child itself).
  std::function<Result<ExtractedDocument>(std::string_view bytes, const Options& options)> isolate;
};

// Whether extract() hands a file of this format to Options::isolate.
bool needs_isolation(Format format, const Options& options);

Result<ExtractedDocument> extract(std::string_view bytes, const Options& options = {});

}  // namespace nc::check::extract
