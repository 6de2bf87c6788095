// PDF (poppler-cpp): the text of each page ("第N页"), the document
// information dictionary (the author is doc.hidden_content unless it names a
// program or a default account; creator and producer are programs, never
// reported; all of it becomes the part "PDF 文档属性"), and text whose box lies outside
// the page's visible area.
//
// Text outside the page: poppler's text output drops every glyph whose origin
// lies outside the page, so what can be seen through poppler-cpp is a word
// that starts inside and runs over the edge (its box exceeds the page). Text
// placed wholly outside the page is neither read nor reported; catching it
// would need poppler's internal OutputDev API, which has no stable ABI.
//
// Limits: page count before any page is read, the time budget between pages.
// Poppler cannot be interrupted inside one page; the page limit bounds that.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

#include "check/extract/readers.h"

namespace nc::check::extract {
namespace {

std::string utf8(const poppler::ustring& s) {
  if (s.empty()) return {};
  const poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

void silence_poppler() {
  static std::once_flag once;
  // Poppler reports malformed input on stderr by default; the member's file
  // is not ours to log, and a Status says what matters.
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool outside(const poppler::rectf& box, const poppler::rectf& page) {
  constexpr double kSlack = 1.0;  // points; rounding at the page edge is not hiding
  return box.left() < page.left() - kSlack || box.top() < page.top() - kSlack || box.right() > page.right() + kSlack ||
         box.bottom() > page.bottom() + kSlack;
}

}  // namespace

Status read_pdf(std::string_view bytes, Extraction& ex) {
  silence_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return corrupt_error("PDF 文件已损坏或不完整", "the PDF is damaged or truncated");
  if (doc->is_locked()) return unsupported_error("PDF 已加密，无法检查", "the PDF is encrypted and cannot be checked");
  const int pages = doc->pages();
  if (pages < 0 || pages > ex.limits().max_pdf_pages)
    return limit_error("PDF 页数超过检查上限", "the PDF has more pages than the limit");

  struct Key {
    const char* key;
    const char* zh;
    bool hidden;
  };
  static constexpr Key kKeys[] = {
      {"Author", "PDF 属性：作者", true},        {"Creator", "PDF 属性：创建程序", false},
      {"Producer", "PDF 属性：生成程序", false}, {"Title", "PDF 属性：标题", false},
      {"Subject", "PDF 属性：主题", false},     {"Keywords", "PDF 属性：关键词", false},
  };
  std::string info;
  for (const Key& k : kKeys) {
    const std::string v = utf8(doc->info_key(k.key));
    if (v.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (k.hidden && !names_a_tool(v)) ex.add_meta(meta::kPdfProperty, "PDF 文档属性", k.zh, v);
    info += v;
    info += '\n';
  }
  NC_EXTRACT_TRY(ex.add_part("PDF 文档属性", std::move(info)));

  for (int i = 0; i < pages; ++i) {
    NC_EXTRACT_TRY(ex.check_time());
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    const std::string location = "第" + std::to_string(i + 1) + "页";
    NC_EXTRACT_TRY(ex.add_part(location, utf8(page->text())));
    // Boxes are in the page's own coordinates, origin top left, like the rect.
    const poppler::rectf crop = page->page_rect(poppler::crop_box);
    const poppler::rectf visible(0, 0, crop.width(), crop.height());
    std::string hidden;
    for (const poppler::text_box& box : page->text_list()) {
      if (!outside(box.bbox(), visible)) continue;
      if (!hidden.empty()) hidden += ' ';
      hidden += utf8(box.text());
    }
    if (!hidden.empty()) {
      ex.add_meta(meta::kOffPageText, location, "页面可见区域之外的文字", hidden);
      NC_EXTRACT_TRY(ex.add_part(location + "（页面之外）", std::move(hidden)));
    }
  }
  return Status::Ok();
}

}  // namespace nc::check::extract
