// Presentations (.pptx): slide text in slide order ("slide N"), then what an
// audience does not see: speaker notes, comments and hidden slides, reported
// as doc.hidden_content and kept as parts so the detectors read them too.
#include "check/extract/ooxml_package.h"

namespace nc::check::extract {
namespace {

// DrawingML text: runs (a:t) with paragraph and line breaks. Fields (a:fld,
// such as the slide number on a notes page) are left out.
std::string drawing_text(const pugi::xml_node& root) {
  std::string out;
  walk(
      root,
      [&](const pugi::xml_node& n) {
        const std::string_view name = local_name(n);
        if (name == "t" || name == "text") out += n.text().get();
        if (name == "br") out += '\n';
        return name != "fld" && name != "rPr" && name != "pPr";
      },
      [&](const pugi::xml_node& n) {
        if (local_name(n) == "p") out += '\n';
      });
  return out;
}

bool has_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

Status read_slide(Package& pkg, const std::string& part, int number) {
  pugi::xml_document doc;
  if (Status s = pkg.load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
  const std::string location = "slide " + std::to_string(number);
  const pugi::xml_node sld = doc.document_element();
  std::string text = drawing_text(sld);
  if (attr(sld, "show") == "0" || attr(sld, "show") == "false")
    pkg.ex().add_meta(meta::kHiddenSlide, location, "隐藏的幻灯片（放映时不显示）", text);
  NC_EXTRACT_TRY(pkg.ex().add_part(location, std::move(text)));

  Result<std::vector<Relationship>> rels = pkg.relationships(part);
  if (!rels.ok()) return rels.status();
  int comment = 0;
  for (const Relationship& r : *rels) {
    if (r.target.empty()) continue;
    const bool notes = type_is(r, "notesSlide");
    if (!notes && !type_is(r, "comments")) continue;
    pugi::xml_document d;
    if (Status s = pkg.load(r.target, d); !s.ok()) {
      if (s.code() == Code::kNotFound) continue;
      return s;
    }
    if (notes) {
      std::string t = drawing_text(d.document_element());
      if (!has_text(t)) continue;
      pkg.ex().add_meta(meta::kSpeakerNotes, location + " 备注", "演讲者备注", t);
      NC_EXTRACT_TRY(pkg.ex().add_part(location + " 备注", std::move(t)));
      continue;
    }
    for (const pugi::xml_node& cm : d.document_element().children()) {
      if (local_name(cm) != "cm") continue;
      std::string t = drawing_text(cm);
      if (!has_text(t)) continue;
      const std::string loc = location + " 批注 " + std::to_string(++comment);
      pkg.ex().add_meta(meta::kComment, loc, "幻灯片批注", t);
      NC_EXTRACT_TRY(pkg.ex().add_part(loc, std::move(t)));
    }
  }
  return Status::Ok();
}

}  // namespace

Status read_presentation(Package& pkg, const std::string& main_part) {
  pugi::xml_document pres;
  NC_EXTRACT_TRY(pkg.load(main_part, pres));
  Result<std::vector<Relationship>> rels = pkg.relationships(main_part);
  if (!rels.ok()) return rels.status();
  int number = 0;
  for (const pugi::xml_node& id : child(pres.document_element(), "sldIdLst").children()) {
    if (local_name(id) != "sldId") continue;
    ++number;
    const Relationship* rel = find_rel(*rels, rel_id(id));
    if (!rel || rel->target.empty()) continue;
    NC_EXTRACT_TRY(read_slide(pkg, rel->target, number));
  }
  return Status::Ok();
}

}  // namespace nc::check::extract
