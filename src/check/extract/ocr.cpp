// Text in images (tesseract, chi_sim+eng by default), as the part
// "图片文字识别": a photographed page stamped 机密 then reaches the text
// detectors like any document.
//
// The image's dimensions are read from its header (leptonica) and checked
// against max_image_pixels before anything is decoded; recognition runs under
// a deadline (the OCR budget or what is left of the total, whichever is
// less), and running out of it is an error, not a silent partial read.
// Each thread keeps one engine per tessdata folder and language set, loaded
// on first use (loading chi_sim takes about a second).
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include "check/extract/readers.h"

namespace nc::check::extract {
namespace {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};

struct EngineDeleter {
  void operator()(tesseract::TessBaseAPI* api) const {
    api->End();
    delete api;
  }
};
using Engine = std::unique_ptr<tesseract::TessBaseAPI, EngineDeleter>;

// nullptr when the language data is not installed.
tesseract::TessBaseAPI* engine_for(const std::string& tessdata, const std::string& languages) {
  thread_local std::map<std::pair<std::string, std::string>, Engine> engines;
  auto key = std::make_pair(tessdata, languages);
  if (auto it = engines.find(key); it != engines.end()) return it->second.get();
  Engine api(new tesseract::TessBaseAPI());
  // Tesseract writes diagnostics to stderr unless told otherwise.
  api->SetVariable("debug_file", "/dev/null");
  if (api->Init(tessdata.empty() ? nullptr : tessdata.c_str(), languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    return nullptr;
  // Photos and scans rarely carry a usable resolution.
  api->SetVariable("user_defined_dpi", "300");
  return engines.emplace(std::move(key), std::move(api)).first->second.get();
}

void silence_leptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

}  // namespace

Status read_image_text(std::string_view bytes, const Options& options, Extraction& ex) {
  silence_leptonica();
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
  if (pixReadHeaderMem(data, bytes.size(), &format, &w, &h, &bps, &spp, &iscmap) != 0 || w <= 0 || h <= 0) {
    ex.warn("此图片格式无法进行文字识别，图片中的文字未检查");
    return Status::Ok();
  }
  if (static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h) > ex.limits().max_image_pixels)
    return limit_error("图片像素过多，超过文字识别上限", "the image has more pixels than the OCR limit");
  NC_EXTRACT_TRY(ex.check_time());

  tesseract::TessBaseAPI* api = engine_for(options.tessdata_dir, options.ocr_languages);
  if (!api) {
    ex.warn("未安装文字识别语言包（" + options.ocr_languages + "），图片中的文字未检查");
    return Status::Ok();
  }
  std::unique_ptr<Pix, PixDeleter> pix(pixReadMem(data, bytes.size()));
  if (!pix) return corrupt_error("图片已损坏，无法解码", "the image is damaged and cannot be decoded");
  // Decoders may disagree with the header; the limit holds for what was decoded.
  if (static_cast<std::uint64_t>(pixGetWidth(pix.get())) * static_cast<std::uint64_t>(pixGetHeight(pix.get())) >
      ex.limits().max_image_pixels)
    return limit_error("图片像素过多，超过文字识别上限", "the image has more pixels than the OCR limit");

  const auto budget = std::min(ex.limits().ocr_time_budget, ex.remaining());
  if (budget.count() <= 0)
    return timeout_error("处理超时，文件过于复杂", "extraction took longer than the time budget");
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int32_t>(budget.count()));
  api->SetImage(pix.get());
  const int rc = api->Recognize(&monitor);
  const bool late = monitor.deadline_exceeded();
  std::unique_ptr<char[]> text(rc == 0 && !late ? api->GetUTF8Text() : nullptr);
  api->Clear();
  if (late)
    return timeout_error("图片文字识别超时，图片中的文字未能完整检查",
                         "OCR of the image took longer than its time budget");
  if (rc != 0) return corrupt_error("图片文字识别失败", "OCR of the image failed");
  return ex.add_part("图片文字识别", text ? std::string(text.get()) : std::string());
}

}  // namespace nc::check::extract
