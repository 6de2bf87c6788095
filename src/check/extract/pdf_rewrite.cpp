// qpdf's half of the PDF cleaner (pdf_rewrite.h; what and why: clean_pdf.cpp).
// Compiled as C++17 (see pdf_rewrite.h). qpdf parses lazily and throws on
// what it cannot repair; every exception becomes an Outcome.
#include <qpdf/JSON.hh>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <new>
#include <set>
#include <string>

#include "check/extract/pdf_rewrite.h"

namespace nc::check::extract::pdf_rewrite {
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

}  // namespace

Rewritten rewrite(std::string_view bytes, std::size_t max_output, const std::function<bool()>& in_time) {
  Rewritten out;
  Found found;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    const std::string input(bytes);
    pdf.processMemoryFile("upload.pdf", input.data(), input.size());
    if (pdf.isEncrypted()) {
      out.outcome = Outcome::kEncrypted;
      return out;
    }
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
    if (!root.isDictionary()) {
      out.outcome = Outcome::kNoCatalog;
      return out;
    }
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
    out.outcome = Outcome::kTimeout;
    if (!in_time()) return out;

    // Pages first (their annotations), then every object that remains.
    int pages = 0;
    std::set<QPDFObjGen> gone;
    for (QPDFObjectHandle page : pdf.getAllPages()) {
      if (++pages % 64 == 0 && !in_time()) return out;
      if (page.isDictionary()) strip_annotations(page, found, gone);
    }
    for (const QPDFObjGen& og : gone) pdf.replaceObject(og, QPDFObjectHandle::newNull());
    std::size_t visited = 0;
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
      if (++visited % 1024 == 0 && !in_time()) return out;
      if (object.isStream()) {
        strip_object(object.getDict(), found);
      } else if (object.isDictionary()) {
        strip_object(object, found);
      }
    }
    // A catalog given directly (not as an indirect object) too.
    strip_object(root, found);
    if (!in_time()) return out;

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDecodeLevel(qpdf_dl_none);           // stream data as it is: the pages' content untouched
    writer.setCompressStreams(false);              // nor recompressed
    writer.setPreserveUnreferencedObjects(false);  // what was removed is not written
    writer.setDeterministicID(true);               // a new /ID from the content, nothing of the original's
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    if (!buffer || buffer->getSize() == 0 || buffer->getSize() > max_output) {
      out.outcome = Outcome::kTooLarge;
      return out;
    }
    out.bytes.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::bad_alloc&) {
    out.outcome = Outcome::kNoMemory;
    return out;
  } catch (const std::exception&) {
    out.outcome = Outcome::kDamaged;
    return out;
  }
  out.outcome = Outcome::kOk;
  out.removed.info.assign(found.info.begin(), found.info.end());
  out.removed.xmp = found.xmp;
  out.removed.files = found.files;
  out.removed.scripts = found.scripts;
  out.removed.comments = found.comments;
  return out;
}

}  // namespace nc::check::extract::pdf_rewrite
