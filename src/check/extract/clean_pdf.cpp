// PDF cleaning (clean.h): qpdf reads the file's object structure and writes
// it out again without what identifies its author or acts on its reader:
//   - the document information dictionary (trailer /Info: author, creator,
//     producer, dates, ...) and the trailer's /ID (the original's identity);
//   - XMP metadata streams (/Metadata) of the catalog, the pages, images,
//     fonts and any other object that carries one;
//   - embedded files (the catalog's /Names /EmbeddedFiles tree, associated
//     files /AF) and file-attachment annotations;
//   - JavaScript (/Names /JavaScript), the document's /OpenAction, every
//     additional-actions dictionary (/AA) and JavaScript or Launch actions
//     (/A) of links and fields;
//   - comments: annotations of subtype Text (sticky notes) and Popup, and the
//     /Popup references of the annotations that stay.
// Stream data is copied as it is (neither decoded nor recompressed), so the
// pages' content streams, fonts and images are byte for byte the original's.
// Encrypted files are refused: writing them means decrypting or re-encrypting.
//
// qpdf parses lazily and throws on what it cannot repair; every exception
// becomes corrupt_input. The caller (clean.cpp) reads the copy again with
// poppler, in the extraction sandbox when the caller gives one.
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <new>
#include <set>
#include <string>

#include "check/extract/cleaners.h"

namespace nc::check::extract {
namespace {

struct Found {
  std::set<std::string> info;  // Chinese names of the properties found
  int xmp = 0;
  int files = 0;
  int scripts = 0;
  int comments = 0;
};

std::string info_name(const std::string& key) {
  if (key == "/Author") return "作者";
  if (key == "/Creator") return "创建程序";
  if (key == "/Producer") return "生成程序";
  if (key == "/Title") return "标题";
  if (key == "/Subject") return "主题";
  if (key == "/Keywords") return "关键词";
  if (key == "/CreationDate" || key == "/ModDate") return "创建和修改时间";
  return "其他属性";
}

bool is_name(QPDFObjectHandle h, const char* name) { return h.isName() && h.getName() == name; }

// An action that runs something: JavaScript, or a launched program.
bool runs_something(QPDFObjectHandle action) {
  if (!action.isDictionary()) return false;
  QPDFObjectHandle s = action.getKey("/S");
  return is_name(s, "/JavaScript") || is_name(s, "/Launch");
}

// Keys every object loses, whatever it is.
void strip_object(QPDFObjectHandle dict, Found& found) {
  if (dict.hasKey("/Metadata")) {
    dict.removeKey("/Metadata");
    ++found.xmp;
  }
  if (dict.hasKey("/AA")) {
    dict.removeKey("/AA");
    ++found.scripts;
  }
  if (dict.hasKey("/A") && runs_something(dict.getKey("/A"))) {
    dict.removeKey("/A");
    ++found.scripts;
  }
  if (dict.hasKey("/AF")) {
    dict.removeKey("/AF");
    ++found.files;
  }
}

// Entries of a name tree's leaves (/Names arrays hold key, value pairs), with
// its /Kids, at most `budget` nodes visited: what the report counts.
int count_names(QPDFObjectHandle node, int& budget, std::set<QPDFObjGen>& seen) {
  if (!node.isDictionary() || budget-- <= 0) return 0;
  if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return 0;
  int n = 0;
  QPDFObjectHandle names = node.getKey("/Names");
  if (names.isArray()) n += names.getArrayNItems() / 2;
  QPDFObjectHandle kids = node.getKey("/Kids");
  if (kids.isArray()) {
    for (int i = 0; i < kids.getArrayNItems(); ++i) n += count_names(kids.getArrayItem(i), budget, seen);
  }
  return n;
}

int name_tree_size(QPDFObjectHandle root) {
  int budget = 10000;
  std::set<QPDFObjGen> seen;
  const int n = count_names(root, budget, seen);
  return n > 0 ? n : 1;  // a tree that is there holds something, even when damaged
}

// The annotations of one page without comments and attachments; the removed
// ones that are objects of their own are listed in `gone`, to be replaced by
// null wherever else they are referenced (a structure tree's OBJR, a field).
void strip_annotations(QPDFObjectHandle page, Found& found, std::set<QPDFObjGen>& gone) {
  QPDFObjectHandle annots = page.getKey("/Annots");
  if (!annots.isArray()) return;
  QPDFObjectHandle kept = QPDFObjectHandle::newArray();
  for (int i = 0; i < annots.getArrayNItems(); ++i) {
    QPDFObjectHandle a = annots.getArrayItem(i);
    if (!a.isDictionary()) continue;  // not an annotation: dropped
    QPDFObjectHandle subtype = a.getKey("/Subtype");
    const bool comment = is_name(subtype, "/Text");
    const bool popup = is_name(subtype, "/Popup");  // the window of a comment: counted with it
    const bool file = is_name(subtype, "/FileAttachment");
    if (comment || popup || file) {
      const bool first = !a.isIndirect() || gone.insert(a.getObjGen()).second;  // shared by pages: once
      if (first && comment) ++found.comments;
      if (first && file) ++found.files;
      continue;
    }
    if (a.hasKey("/Popup")) a.removeKey("/Popup");
    kept.appendItem(a);
  }
  if (kept.getArrayNItems() == 0) {
    page.removeKey("/Annots");
  } else {
    page.replaceKey("/Annots", kept);
  }
}

void add(CleanedFile& out, std::string line) {
  if (out.removed.size() < kMaxReportLines) out.removed.push_back(std::move(line));
}

}  // namespace

Status clean_pdf(std::string_view bytes, Extraction& ex, CleanedFile& out) {
  Found found;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    const std::string input(bytes);
    pdf.processMemoryFile("upload.pdf", input.data(), input.size());
    if (pdf.isEncrypted())
      return unsupported_error("PDF 已加密，无法清理：请用原文档重新导出不加密的 PDF",
                               "encrypted PDF files are not cleaned");

    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (info.isDictionary()) {
      for (const std::string& key : info.getKeys()) found.info.insert(info_name(key));
      if (found.info.empty()) found.info.insert("其他属性");
    }
    // Null wherever else the Info dictionary is referenced, then off the trailer.
    if (info.isIndirect()) pdf.replaceObject(info.getObjGen(), QPDFObjectHandle::newNull());
    trailer.removeKey("/Info");
    trailer.removeKey("/ID");

    QPDFObjectHandle root = pdf.getRoot();
    if (!root.isDictionary()) return corrupt_error("PDF 文件已损坏：缺少文档目录", "the PDF has no catalog");
    if (root.hasKey("/OpenAction")) {
      root.removeKey("/OpenAction");
      ++found.scripts;
    }
    QPDFObjectHandle names = root.getKey("/Names");
    if (names.isDictionary()) {
      if (names.hasKey("/EmbeddedFiles")) {
        found.files += name_tree_size(names.getKey("/EmbeddedFiles"));
        names.removeKey("/EmbeddedFiles");
      }
      if (names.hasKey("/JavaScript")) {
        found.scripts += name_tree_size(names.getKey("/JavaScript"));
        names.removeKey("/JavaScript");
      }
    }
    NC_EXTRACT_TRY(ex.check_time());

    // Pages first (their annotations), then every object that remains.
    int pages = 0;
    std::set<QPDFObjGen> gone;
    for (QPDFObjectHandle page : pdf.getAllPages()) {
      if (++pages % 64 == 0) NC_EXTRACT_TRY(ex.check_time());
      if (page.isDictionary()) strip_annotations(page, found, gone);
    }
    for (const QPDFObjGen& og : gone) pdf.replaceObject(og, QPDFObjectHandle::newNull());
    std::size_t visited = 0;
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
      if (++visited % 1024 == 0) NC_EXTRACT_TRY(ex.check_time());
      if (object.isStream()) {
        strip_object(object.getDict(), found);
      } else if (object.isDictionary()) {
        strip_object(object, found);
      }
    }
    // A catalog or page given directly (not as an indirect object) too.
    strip_object(root, found);
    NC_EXTRACT_TRY(ex.check_time());

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDecodeLevel(qpdf_dl_none);   // stream data as it is: the pages' content untouched
    writer.setCompressStreams(false);      // nor recompressed
    writer.setPreserveUnreferencedObjects(false);  // what was removed is not written
    writer.setDeterministicID(true);       // a new /ID from the content, nothing of the original's
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    if (!buffer || buffer->getSize() == 0 || buffer->getSize() > ex.limits().max_input_bytes + bytes.size())
      return corrupt_error("无法生成清理后的 PDF", "cannot write the cleaned PDF");
    out.bytes.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::bad_alloc&) {
    return limit_error("PDF 文件过于复杂，超过清理上限", "the PDF needs more memory than the limit");
  } catch (const std::exception&) {
    return corrupt_error("PDF 文件已损坏，无法清理", "the PDF is damaged and cannot be cleaned");
  }
  NC_EXTRACT_TRY(ex.check_time());
  out.format = Format::Pdf;

  if (!found.info.empty()) {
    std::string names;
    for (const std::string& n : found.info) names += (names.empty() ? "" : "、") + n;
    add(out, "文档属性（" + names + "）");
  }
  if (found.xmp > 0) add(out, "XMP 元数据 " + std::to_string(found.xmp) + " 处");
  if (found.comments > 0) add(out, "批注 " + std::to_string(found.comments) + " 条");
  if (found.files > 0) add(out, "嵌入的文件 " + std::to_string(found.files) + " 个");
  if (found.scripts > 0) add(out, "脚本和自动执行的动作 " + std::to_string(found.scripts) + " 处");
  return Status::Ok();
}

}  // namespace nc::check::extract
