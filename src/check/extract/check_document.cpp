#include "check/extract/check_document.h"

namespace nc::check::extract {

std::string chinese_part(const std::string& message) {
  const size_t slash = message.find(" / ");
  return slash == std::string::npos ? message : message.substr(0, slash);
}

CheckedDocument check_document(const Engine& engine, std::string_view bytes, const Options& options) {
  CheckedDocument out;
  auto doc = extract(bytes, options);
  if (!doc) {
    out.report.error = chinese_part(doc.status().message());
    out.report.error_code = std::string(doc.status().code_name());
    return out;
  }
  out.format = doc->format;
  const bool plain = doc->format == Format::Text;
  for (const Part& part : doc->parts) {
    auto findings = engine.check(part.text);
    if (!findings) {
      out.report.warnings.push_back(part.location + "：文字过长，未能检查");
      continue;
    }
    for (Finding& f : *findings) {
      out.report.findings.push_back({std::move(f), plain ? std::nullopt : std::optional<std::string>(part.location)});
    }
  }
  // A photographed page: the text read from an image carries secret markings.
  if (is_image(doc->format)) {
    for (const LocatedFinding& f : out.report.findings) {
      if (f.finding.detector.rfind("secret.", 0) == 0) {
        doc->metadata.push_back({kPhotographedDocument, meta::kPhotographedDocument, f.location.value_or(""),
                                 "图片中识别出密级标志、内部资料标记或发文字号，图片可能是工作文件的照片或截图",
                                 f.finding.excerpt});
        break;
      }
    }
  }
  for (MetaFinding& m : doc->metadata) {
    out.report.metadata.push_back(
        {std::move(m.id), std::move(m.kind), std::move(m.location), std::move(m.description), std::move(m.value)});
  }
  out.report.warnings.insert(out.report.warnings.end(), doc->warnings.begin(), doc->warnings.end());
  out.parts = std::move(doc->parts);
  return out;
}

}  // namespace nc::check::extract
