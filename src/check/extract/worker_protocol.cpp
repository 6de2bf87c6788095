#include "check/extract/worker_protocol.h"

#include <cstdint>
#include <optional>
#include <utility>

#include "check/extract/extraction.h"
#include "check/text_input.h"
#include "common/utf8.h"
#include "ooxml/budget.h"

namespace nc::check::extract {
namespace {

constexpr std::string_view kMagic = "NCX1";
constexpr std::uint8_t kDocument = 0;
constexpr std::uint8_t kError = 1;

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

void put_str(std::string& out, std::string_view s);

// A short string cut at a character boundary, as decode_result() accepts it.
void put_short(std::string& out, std::string_view s) {
  if (s.size() <= kMaxWireShortString) {
    put_str(out, s);
  } else {
    put_str(out, excerpt(s, kMaxWireShortString - 8));
  }
}

void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

// Reads the answer front to back; every read checks what is left.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}

  bool u8(std::uint8_t& v) {
    if (rest_.empty()) return false;
    v = static_cast<std::uint8_t>(rest_[0]);
    rest_.remove_prefix(1);
    return true;
  }
  bool u32(std::uint32_t& v) {
    if (rest_.size() < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(rest_[i])) << (8 * i);
    rest_.remove_prefix(4);
    return true;
  }
  // A count of records, each at least `min_record` bytes long.
  bool count(std::size_t max, std::size_t min_record, std::size_t& n) {
    std::uint32_t v = 0;
    if (!u32(v) || v > max || static_cast<std::size_t>(v) * min_record > rest_.size()) return false;
    n = v;
    return true;
  }
  bool str(std::size_t max, std::string& out) {
    std::uint32_t len = 0;
    if (!u32(len) || len > max || len > rest_.size()) return false;
    const std::string_view s = rest_.substr(0, len);
    if (!utf8::valid(s)) return false;
    out.assign(s);
    rest_.remove_prefix(len);
    return true;
  }
  bool magic() {
    if (rest_.substr(0, kMagic.size()) != kMagic) return false;
    rest_.remove_prefix(kMagic.size());
    return true;
  }
  bool done() const { return rest_.empty(); }
  std::size_t left() const { return rest_.size(); }

 private:
  std::string_view rest_;
};

Status garbled() {
  return ooxml::corrupt_error("文件无法读取（解析进程未给出有效结果）", "the file's reader gave no valid answer");
}

// The error codes a child may answer with, by the names they travel under.
std::optional<Code> known_error_code(std::string_view name) {
  for (Code c : {Code::kLimitExceeded, Code::kTimeout, Code::kCorruptInput, Code::kUnsupportedFormat, Code::kInvalidInput}) {
    if (code_name(c) == name) return c;
  }
  return std::nullopt;
}

// A kind an extractor reports, and its detector.
bool known_meta(const MetaFinding& m) {
  const MetadataKind* k = find_metadata_kind(m.kind);
  return k && k->detector == m.id && m.kind != meta::kPhotographedDocument;
}

}  // namespace

std::size_t max_answer_bytes(const Limits& limits) { return limits.max_text_bytes + kMaxWireOverheadBytes; }

std::string encode_result(const Result<ExtractedDocument>& result) {
  std::string out(kMagic);
  if (!result.ok()) {
    out += static_cast<char>(kError);
    put_str(out, result.status().code_name());
    put_short(out, result.status().message());
    return out;
  }
  const ExtractedDocument& doc = *result;
  out += static_cast<char>(kDocument);
  out += static_cast<char>(doc.format);
  put_u32(out, static_cast<std::uint32_t>(doc.parts.size()));
  for (const Part& p : doc.parts) {
    put_short(out, p.location);
    put_str(out, p.text);
  }
  put_u32(out, static_cast<std::uint32_t>(doc.metadata.size()));
  for (const MetaFinding& m : doc.metadata) {
    put_str(out, m.id);
    put_str(out, m.kind);
    put_short(out, m.location);
    put_short(out, m.description);
    put_short(out, m.value);
  }
  put_u32(out, static_cast<std::uint32_t>(doc.warnings.size()));
  for (const std::string& w : doc.warnings) put_short(out, w);
  return out;
}

Result<ExtractedDocument> decode_result(std::string_view bytes, const Limits& limits) {
  Reader in(bytes);
  std::uint8_t kind = 0;
  if (!in.magic() || !in.u8(kind)) return garbled();
  if (kind == kError) {
    std::string name, message;
    if (!in.str(64, name) || !in.str(kMaxWireShortString, message) || !in.done()) return garbled();
    const std::optional<Code> code = known_error_code(name);
    if (!code) return garbled();
    return Status::Error(*code, std::move(message));
  }
  if (kind != kDocument) return garbled();
  ExtractedDocument doc;
  std::uint8_t format = 0;
  if (!in.u8(format) || format > static_cast<std::uint8_t>(Format::OleCompound)) return garbled();
  doc.format = static_cast<Format>(format);

  std::size_t n = 0;
  if (!in.count(kMaxWireParts, 8, n)) return garbled();
  std::size_t text_bytes = 0;
  doc.parts.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Part p;
    if (!in.str(kMaxWireShortString, p.location) || !in.str(limits.max_text_bytes - text_bytes, p.text))
      return garbled();
    text_bytes += p.text.size();
    doc.parts.push_back(std::move(p));
  }
  if (!in.count(kMaxWireMetadata, 16, n)) return garbled();
  doc.metadata.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    MetaFinding m;
    if (!in.str(64, m.id) || !in.str(64, m.kind) || !known_meta(m) || !in.str(kMaxWireShortString, m.location) ||
        !in.str(kMaxWireShortString, m.description) || !in.str(kMaxWireShortString, m.value))
      return garbled();
    doc.metadata.push_back(std::move(m));
  }
  if (!in.count(kMaxWireWarnings, 4, n)) return garbled();
  doc.warnings.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string w;
    if (!in.str(kMaxWireShortString, w)) return garbled();
    doc.warnings.push_back(std::move(w));
  }
  if (!in.done()) return garbled();
  return doc;
}

}  // namespace nc::check::extract
