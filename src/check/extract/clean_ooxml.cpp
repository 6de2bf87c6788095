// OOXML cleaning (clean.h): every zip entry is read once under the Budget,
// the parts that change are parsed (whitespace kept), edited with pugixml
// and written back; the rest is copied as it was, in the original order.
#include <algorithm>
#include <set>
#include <unordered_map>
#include <vector>

#include "check/extract/cleaners.h"
#include "ooxml/package.h"
#include "ooxml/xml.h"
#include "ooxml/zip_archive.h"
#include "ooxml/zip_writer.h"

namespace nc::check::extract {
namespace {

using ooxml::attr;
using ooxml::child;
using ooxml::local_name;
using ooxml::Relationship;
using ooxml::resolve_part;
using ooxml::type_is;

// Whitespace-only text (w:t xml:space="preserve" with a space) and the XML
// declaration are kept: the copy must say what the original said.
constexpr unsigned kParse = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration;

std::string rels_part_of(const std::string& part) {
  if (part.empty()) return "_rels/.rels";
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? "_rels/" + part + ".rels"
                                    : part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

bool on_off(const pugi::xml_node& n) {
  if (!n) return false;
  const std::string_view v = attr(n, "val");
  return v.empty() || (v != "0" && v != "false" && v != "off");
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Element nodes below `root` in document order.
std::vector<pugi::xml_node> elements(const pugi::xml_node& root) {
  std::vector<pugi::xml_node> out;
  ooxml::walk(
      root,
      [&](const pugi::xml_node& n) {
        if (n.type() != pugi::node_element) return false;
        out.push_back(n);
        return true;
      },
      [](const pugi::xml_node&) {});
  return out;
}

// Moves the children of `n` before it and removes `n`.
void unwrap(pugi::xml_node n) {
  pugi::xml_node parent = n.parent();
  while (pugi::xml_node c = n.first_child()) parent.insert_move_before(c, n);
  parent.remove_child(n);
}

void remove(pugi::xml_node n) { n.parent().remove_child(n); }

// The element's name with its prefix kept: ("w:delText", "t") → "w:t".
void rename_local(pugi::xml_node n, std::string_view local) {
  std::string name = n.name();
  const auto colon = name.find(':');
  name = (colon == std::string::npos ? std::string() : name.substr(0, colon + 1)) + std::string(local);
  n.set_name(name.c_str());
}

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

// The package being cleaned: its entries in memory, in zip order.
class Parts {
 public:
  explicit Parts(const ooxml::Budget& budget) : budget_(budget) {}

  Status read_all(std::string_view bytes) {
    Result<ooxml::ZipArchive> zip = ooxml::ZipArchive::open(bytes, budget_);
    if (!zip.ok()) return zip.status();
    std::set<std::string> seen;
    for (const std::string& name : zip->names()) {
      if (!seen.insert(name).second) continue;
      Result<std::string> data = zip->read(name);
      if (!data.ok()) return data.status();
      order_.push_back(name);
      data_.emplace(name, std::move(data).value());
    }
    return Status::Ok();
  }

  bool has(const std::string& part) const { return data_.count(part) != 0; }

  Status load(const std::string& part, pugi::xml_document& doc) const {
    const auto it = data_.find(part);
    if (it == data_.end()) return Status::NotFound(part);
    NC_EXTRACT_TRY(ooxml::parse_xml(it->second, doc, budget_, kParse));
    return budget_.check_time();
  }

  void save(const std::string& part, const pugi::xml_document& doc) {
    StringWriter w;
    doc.save(w, "", pugi::format_raw, pugi::encoding_utf8);
    data_[part] = std::move(w.out);
  }

  // Removes a part and its relationships part; its content type override
  // goes in finish().
  void drop(const std::string& part) {
    if (data_.erase(part) != 0) dropped_.insert(part);
    data_.erase(rels_part_of(part));
  }

  Result<std::vector<Relationship>> relationships(const std::string& part) const {
    std::vector<Relationship> out;
    pugi::xml_document doc;
    if (Status s = load(rels_part_of(part), doc); !s.ok()) {
      if (s.code() == Code::kNotFound) return out;
      return s;
    }
    for (const pugi::xml_node& r : child(doc, "Relationships").children()) {
      if (local_name(r) != "Relationship") continue;
      Relationship rel{std::string(attr(r, "Id")), std::string(attr(r, "Type")), {}};
      if (attr(r, "TargetMode") != "External") rel.target = resolve_part(part, attr(r, "Target"));
      out.push_back(std::move(rel));
    }
    return out;
  }

  // Removes the relationships of `part` whose type ends in one of
  // `suffixes`, and the internal parts they point to. Returns those parts.
  Result<std::vector<std::string>> drop_related(const std::string& part,
                                                std::initializer_list<std::string_view> suffixes) {
    std::vector<std::string> targets;
    const std::string rels = rels_part_of(part);
    pugi::xml_document doc;
    if (Status s = load(rels, doc); !s.ok()) {
      if (s.code() == Code::kNotFound) return targets;
      return s;
    }
    std::vector<pugi::xml_node> gone;
    for (const pugi::xml_node& r : child(doc, "Relationships").children()) {
      if (local_name(r) != "Relationship") continue;
      const Relationship rel{{}, std::string(attr(r, "Type")), {}};
      bool match = false;
      for (std::string_view s : suffixes) match = match || type_is(rel, s);
      if (!match) continue;
      gone.push_back(r);
      if (attr(r, "TargetMode") != "External") targets.push_back(resolve_part(part, attr(r, "Target")));
    }
    if (gone.empty()) return targets;
    for (pugi::xml_node r : gone) remove(r);
    save(rels, doc);
    for (const std::string& t : targets) drop(t);
    return targets;
  }

  // Content type overrides of dropped parts removed; the zip written.
  Result<std::string> finish() {
    if (!dropped_.empty() && has("[Content_Types].xml")) {
      pugi::xml_document doc;
      NC_EXTRACT_TRY(load("[Content_Types].xml", doc));
      std::vector<pugi::xml_node> gone;
      for (const pugi::xml_node& o : child(doc, "Types").children()) {
        if (local_name(o) != "Override") continue;
        std::string_view name = attr(o, "PartName");
        if (!name.empty() && name.front() == '/') name.remove_prefix(1);
        if (dropped_.count(std::string(name))) gone.push_back(o);
      }
      for (pugi::xml_node o : gone) remove(o);
      save("[Content_Types].xml", doc);
    }
    ooxml::ZipEntries entries;
    for (const std::string& name : order_) {
      auto it = data_.find(name);
      if (it == data_.end()) continue;
      entries.emplace_back(name, std::move(it->second));
      data_.erase(it);
    }
    return ooxml::write_zip(entries);
  }

 private:
  const ooxml::Budget& budget_;
  std::vector<std::string> order_;
  std::unordered_map<std::string, std::string> data_;
  std::set<std::string> dropped_;
};

Format kind_of(std::string_view main_part, std::string_view content_type) {
  auto has = [&](std::string_view w) { return content_type.find(w) != std::string_view::npos; };
  if (has("wordprocessingml") || has("ms-word")) return Format::Docx;
  if (has("spreadsheetml") || has("ms-excel")) return Format::Xlsx;
  if (has("presentationml") || has("ms-powerpoint")) return Format::Pptx;
  if (main_part.substr(0, 5) == "word/") return Format::Docx;
  if (main_part.substr(0, 3) == "xl/") return Format::Xlsx;
  if (main_part.substr(0, 4) == "ppt/") return Format::Pptx;
  return Format::Unknown;
}

Result<std::string> content_type(const Parts& parts, const std::string& part) {
  pugi::xml_document doc;
  if (Status s = parts.load("[Content_Types].xml", doc); !s.ok()) {
    if (s.code() == Code::kNotFound) return std::string();
    return s;
  }
  const std::string wanted = "/" + part;
  for (const pugi::xml_node& o : child(doc, "Types").children())
    if (local_name(o) == "Override" && attr(o, "PartName") == wanted) return std::string(attr(o, "ContentType"));
  return std::string();
}

struct Tally {
  int comments = 0;
  int revisions = 0;
  int hidden_text = 0;
  int hidden_sheets = 0;
  int hidden_slides = 0;
  int notes = 0;
  std::vector<std::string> properties;
};

std::size_t count_local(const pugi::xml_node& root, std::string_view name) {
  std::size_t n = 0;
  for (const pugi::xml_node& e : elements(root))
    if (local_name(e) == name) ++n;
  return n;
}

// ---- Word processing -------------------------------------------------------

bool is_property_change(std::string_view name) {
  return name == "rPrChange" || name == "pPrChange" || name == "sectPrChange" || name == "tblPrChange" ||
         name == "trPrChange" || name == "tcPrChange" || name == "tblGridChange" || name == "tblPrExChange" ||
         name == "numberingChange";
}

// Rejecting a property change: the properties it recorded replace the
// current ones. A paragraph's own run properties (the paragraph mark) and
// section properties are not part of the recorded pPr, so they stay.
void restore_properties(pugi::xml_node change) {
  pugi::xml_node props = change.parent();
  pugi::xml_node old;
  for (pugi::xml_node c : change.children())
    if (c.type() == pugi::node_element) old = c;
  std::vector<pugi::xml_node> current;
  for (pugi::xml_node c : props.children()) {
    if (c == change) continue;
    const std::string_view n = local_name(c);
    if (local_name(props) == "pPr" && (n == "rPr" || n == "sectPr")) continue;
    current.push_back(c);
  }
  for (pugi::xml_node c : current) props.remove_child(c);
  if (old) {
    pugi::xml_node anchor = props.first_child();
    while (pugi::xml_node c = old.first_child()) {
      if (anchor)
        props.insert_move_before(c, anchor);
      else
        props.append_move(c);
    }
  }
  props.remove_child(change);
}

// One story (body, header, footer, footnotes, endnotes). Elements are visited
// in reverse document order, so a node's descendants are done before it; a
// node is only ever removed when it or an ancestor is visited (an ancestor
// to be removed, or properties to be restored, are marked and handled on
// their turn), so no handle still to be visited is ever stale.
bool clean_story(pugi::xml_document& doc, Revisions revisions, Tally& t) {
  const bool accept = revisions == Revisions::kAccept;
  bool changed = false;
  std::set<const void*> emptied_runs, dropped_rows, restore_in;
  std::vector<pugi::xml_node> all = elements(doc);
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    pugi::xml_node n = *it;
    const std::string_view name = local_name(n);
    const std::string_view parent = local_name(n.parent());
    if (restore_in.count(n.internal_object())) {
      for (pugi::xml_node c : n.children()) {
        if (c.type() == pugi::node_element && is_property_change(local_name(c))) {
          restore_properties(c);
          break;
        }
      }
    }
    if (name == "commentRangeStart" || name == "commentRangeEnd") {
      remove(n);
      changed = true;
    } else if (name == "commentReference") {
      emptied_runs.insert(n.parent().internal_object());
      remove(n);
      changed = true;
    } else if (name == "moveFromRangeStart" || name == "moveFromRangeEnd" || name == "moveToRangeStart" ||
               name == "moveToRangeEnd") {
      remove(n);
      changed = true;
    } else if (name == "ins" || name == "moveTo" || name == "del" || name == "moveFrom") {
      ++t.revisions;
      changed = true;
      const bool inserted = name == "ins" || name == "moveTo";
      if (parent == "rPr" || parent == "tcPr") {
        // A paragraph mark or a numbering marker: the break is kept.
        remove(n);
      } else if (parent == "trPr") {
        // A table row inserted or deleted: the row goes on its turn.
        if (inserted != accept) dropped_rows.insert(n.parent().parent().internal_object());
        remove(n);
      } else if (inserted == accept) {
        if (!inserted) {
          for (pugi::xml_node e : elements(n)) {
            if (local_name(e) == "delText") rename_local(e, "t");
            if (local_name(e) == "delInstrText") rename_local(e, "instrText");
          }
        }
        unwrap(n);
      } else {
        remove(n);
      }
    } else if (is_property_change(name)) {
      ++t.revisions;
      changed = true;
      // Rejecting replaces the change's siblings, which this pass has yet to
      // visit: done when the properties element itself is visited.
      if (accept)
        remove(n);
      else
        restore_in.insert(n.parent().internal_object());
    } else if (name == "cellIns" || name == "cellDel" || name == "cellMerge") {
      ++t.revisions;
      changed = true;
      remove(n);
    } else if (name == "r") {
      if (on_off(child(child(n, "rPr"), "vanish"))) {
        ++t.hidden_text;
        changed = true;
        remove(n);
      } else if (emptied_runs.count(n.internal_object())) {
        bool empty = true;
        for (pugi::xml_node c : n.children())
          if (c.type() == pugi::node_element && local_name(c) != "rPr") empty = false;
        if (empty) remove(n);
      }
    } else if (name == "tr" && dropped_rows.count(n.internal_object())) {
      remove(n);
    } else if (name == "pPr") {
      pugi::xml_node v = child(child(n, "rPr"), "vanish");
      if (v) {
        remove(v);
        changed = true;
      }
    }
  }
  return changed;
}

Status clean_wordprocessing(Parts& parts, const std::string& main, Revisions revisions, Tally& t) {
  Result<std::vector<Relationship>> rels = parts.relationships(main);
  if (!rels.ok()) return rels.status();
  std::vector<std::string> stories{main};
  for (const Relationship& r : *rels) {
    if (r.target.empty()) continue;
    if (type_is(r, "header") || type_is(r, "footer") || type_is(r, "footnotes") || type_is(r, "endnotes"))
      stories.push_back(r.target);
    if (type_is(r, "comments")) {
      pugi::xml_document c;
      if (Status s = parts.load(r.target, c); !s.ok()) {
        if (s.code() != Code::kNotFound) return s;
      } else {
        t.comments += static_cast<int>(count_local(c.document_element(), "comment"));
      }
    }
  }
  std::sort(stories.begin(), stories.end());
  stories.erase(std::unique(stories.begin(), stories.end()), stories.end());
  Result<std::vector<std::string>> gone =
      parts.drop_related(main, {"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"});
  if (!gone.ok()) return gone.status();
  for (const std::string& s : stories) {
    pugi::xml_document doc;
    if (Status st = parts.load(s, doc); !st.ok()) {
      if (st.code() == Code::kNotFound) continue;
      return st;
    }
    if (clean_story(doc, revisions, t)) parts.save(s, doc);
  }
  return Status::Ok();
}

// ---- Spreadsheets ----------------------------------------------------------

// Cell content, drawings, tables and links of a hidden sheet go; the sheet
// element and its required children stay.
void empty_sheet(pugi::xml_node ws) {
  std::vector<pugi::xml_node> gone;
  for (pugi::xml_node c : ws.children()) {
    const std::string_view n = local_name(c);
    if (n == "sheetData") {
      while (pugi::xml_node r = c.first_child()) c.remove_child(r);
    } else if (n == "dimension") {
      c.remove_attribute("ref");
      c.append_attribute("ref") = "A1";
    } else if (n == "mergeCells" || n == "hyperlinks" || n == "drawing" || n == "legacyDrawing" ||
               n == "legacyDrawingHF" || n == "picture" || n == "oleObjects" || n == "controls" || n == "tableParts" ||
               n == "conditionalFormatting" || n == "dataValidations" || n == "autoFilter" || n == "sortState" ||
               n == "scenarios" || n == "protectedRanges" || n == "cols" || n == "extLst") {
      gone.push_back(c);
    }
  }
  for (pugi::xml_node c : gone) ws.remove_child(c);
}

// Shared string indices the sheet's cells use.
void shared_refs(const pugi::xml_node& ws, std::set<std::size_t>& used) {
  for (const pugi::xml_node& row : child(ws, "sheetData").children()) {
    for (const pugi::xml_node& c : row.children()) {
      if (local_name(c) != "c" || attr(c, "t") != "s") continue;
      const std::string_view v = child(c, "v").text().get();
      if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string_view::npos) continue;
      used.insert(std::stoul(std::string(v)));
    }
  }
}

Status clean_spreadsheet(Parts& parts, const std::string& main, Tally& t) {
  pugi::xml_document wb;
  NC_EXTRACT_TRY(parts.load(main, wb));
  Result<std::vector<Relationship>> rels = parts.relationships(main);
  if (!rels.ok()) return rels.status();
  std::set<std::size_t> used;
  for (const pugi::xml_node& s : child(wb.document_element(), "sheets").children()) {
    if (local_name(s) != "sheet") continue;
    const Relationship* rel = ooxml::find_rel(*rels, ooxml::rel_id(s));
    if (!rel || rel->target.empty() || !parts.has(rel->target)) continue;
    const std::string& part = rel->target;
    pugi::xml_document ws;
    NC_EXTRACT_TRY(parts.load(part, ws));
    bool changed = false;
    // Comments: the legacy part, its VML boxes, threaded comments.
    Result<std::vector<Relationship>> srels = parts.relationships(part);
    if (!srels.ok()) return srels.status();
    int legacy = 0, threaded = 0;
    for (const Relationship& r : *srels) {
      if (r.target.empty() || !(type_is(r, "comments") || type_is(r, "threadedComment"))) continue;
      pugi::xml_document c;
      if (Status st = parts.load(r.target, c); !st.ok()) {
        if (st.code() != Code::kNotFound) return st;
        continue;
      }
      if (type_is(r, "comments"))
        legacy += static_cast<int>(count_local(child(c.document_element(), "commentList"), "comment"));
      else
        threaded += static_cast<int>(count_local(c.document_element(), "threadedComment"));
    }
    if (legacy + threaded > 0) {
      t.comments += legacy > 0 ? legacy : threaded;
      Result<std::vector<std::string>> gone = parts.drop_related(part, {"comments", "threadedComment", "vmlDrawing"});
      if (!gone.ok()) return gone.status();
      std::vector<pugi::xml_node> drawings;
      for (pugi::xml_node c : ws.document_element().children())
        if (local_name(c) == "legacyDrawing") drawings.push_back(c);
      for (pugi::xml_node c : drawings) remove(c);
      changed = true;
    }
    const std::string_view state = attr(s, "state");
    if (state == "hidden" || state == "veryHidden") {
      ++t.hidden_sheets;
      empty_sheet(ws.document_element());
      changed = true;
    } else {
      shared_refs(ws.document_element(), used);
    }
    if (changed) parts.save(part, ws);
  }
  NC_EXTRACT_TRY(parts.drop_related(main, {"person"}).status());
  if (t.hidden_sheets > 0) {
    // Formulas on the emptied sheets are gone: Excel rebuilds the chain.
    NC_EXTRACT_TRY(parts.drop_related(main, {"calcChain"}).status());
    for (const Relationship& r : *rels) {
      if (!type_is(r, "sharedStrings") || r.target.empty()) continue;
      pugi::xml_document sst;
      if (Status st = parts.load(r.target, sst); !st.ok()) {
        if (st.code() == Code::kNotFound) continue;
        return st;
      }
      std::size_t index = 0;
      bool changed = false;
      for (pugi::xml_node si : sst.document_element().children()) {
        if (local_name(si) != "si") continue;
        if (!used.count(index++)) {
          while (pugi::xml_node c = si.first_child()) si.remove_child(c);
          const std::string si_name = si.name();
          const auto colon = si_name.find(':');
          si.append_child(colon == std::string::npos ? "t" : (si_name.substr(0, colon + 1) + "t").c_str());
          changed = true;
        }
      }
      if (changed) parts.save(r.target, sst);
    }
  }
  return Status::Ok();
}

// ---- Presentations ---------------------------------------------------------

// The shapes of a hidden slide go; the group's own properties (required)
// and the slide stay. Animations name shapes, so they go too.
void empty_slide(pugi::xml_node sld) {
  pugi::xml_node tree = child(child(sld, "cSld"), "spTree");
  std::vector<pugi::xml_node> gone;
  for (pugi::xml_node c : tree.children()) {
    const std::string_view n = local_name(c);
    if (n != "nvGrpSpPr" && n != "grpSpPr") gone.push_back(c);
  }
  for (pugi::xml_node c : gone) tree.remove_child(c);
  if (pugi::xml_node timing = child(sld, "timing")) sld.remove_child(timing);
}

Status clean_presentation(Parts& parts, const std::string& main, Tally& t) {
  pugi::xml_document pres;
  NC_EXTRACT_TRY(parts.load(main, pres));
  Result<std::vector<Relationship>> rels = parts.relationships(main);
  if (!rels.ok()) return rels.status();
  for (const pugi::xml_node& id : child(pres.document_element(), "sldIdLst").children()) {
    if (local_name(id) != "sldId") continue;
    const Relationship* rel = ooxml::find_rel(*rels, ooxml::rel_id(id));
    if (!rel || rel->target.empty() || !parts.has(rel->target)) continue;
    const std::string part = rel->target;
    Result<std::vector<Relationship>> srels = parts.relationships(part);
    if (!srels.ok()) return srels.status();
    for (const Relationship& r : *srels) {
      if (r.target.empty()) continue;
      if (type_is(r, "notesSlide") && parts.has(r.target)) ++t.notes;
      if (type_is(r, "comments")) {
        pugi::xml_document c;
        if (Status st = parts.load(r.target, c); !st.ok()) {
          if (st.code() != Code::kNotFound) return st;
          continue;
        }
        t.comments += static_cast<int>(count_local(c.document_element(), "cm"));
      }
    }
    NC_EXTRACT_TRY(parts.drop_related(part, {"notesSlide", "comments"}).status());
    pugi::xml_document sld;
    NC_EXTRACT_TRY(parts.load(part, sld));
    const std::string_view show = attr(sld.document_element(), "show");
    if (show == "0" || show == "false") {
      ++t.hidden_slides;
      empty_slide(sld.document_element());
      parts.save(part, sld);
    }
  }
  return parts.drop_related(main, {"commentAuthors", "authors"}).status();
}

// ---- Properties ------------------------------------------------------------

Status clean_properties(Parts& parts, Tally& t) {
  Result<std::vector<Relationship>> rels = parts.relationships("");
  if (!rels.ok()) return rels.status();
  std::string core = "docProps/core.xml", app = "docProps/app.xml";
  bool custom = false;
  for (const Relationship& r : *rels) {
    if (type_is(r, "core-properties") && !r.target.empty()) core = r.target;
    if (type_is(r, "extended-properties") && !r.target.empty()) app = r.target;
    if (type_is(r, "custom-properties") && !r.target.empty() && parts.has(r.target)) custom = true;
  }
  struct Prop {
    const char* name;
    const char* zh;
  };
  auto blank_props = [&](const std::string& part, std::initializer_list<Prop> props) -> Status {
    pugi::xml_document doc;
    if (Status s = parts.load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
    bool changed = false;
    for (const Prop& p : props) {
      pugi::xml_node n = child(doc.document_element(), p.name);
      if (!n) continue;
      if (!blank(ooxml::all_text(n))) t.properties.push_back(p.zh);
      if (n.first_child()) changed = true;
      while (pugi::xml_node c = n.first_child()) n.remove_child(c);
    }
    if (changed) parts.save(part, doc);
    return Status::Ok();
  };
  NC_EXTRACT_TRY(blank_props(core, {{"creator", "作者"}, {"lastModifiedBy", "最后修改者"}}));
  NC_EXTRACT_TRY(blank_props(app, {{"Company", "单位"}, {"Manager", "经理"}}));
  if (custom) {
    t.properties.push_back("自定义属性");
    NC_EXTRACT_TRY(parts.drop_related("", {"custom-properties"}).status());
  }
  return Status::Ok();
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "、") + s;
  return out;
}

}  // namespace

Status clean_ooxml(std::string_view bytes, Revisions revisions, Extraction& ex, CleanedFile& out) {
  Parts parts(ex.budget());
  NC_EXTRACT_TRY(parts.read_all(bytes));
  Result<std::vector<Relationship>> root = parts.relationships("");
  if (!root.ok()) return root.status();
  std::string main;
  for (const Relationship& r : *root)
    if (type_is(r, "officeDocument") && !r.target.empty()) main = r.target;
  if (main.empty())
    return unsupported_error("不支持的压缩包：不是 Word、Excel 或 PowerPoint 文档",
                             "unsupported zip: not a Word, Excel or PowerPoint document");
  if (!parts.has(main))
    return corrupt_error("文档不完整：缺少正文部分", "the document is incomplete: its main part is missing");
  Result<std::string> type = content_type(parts, main);
  if (!type.ok()) return type.status();
  Tally t;
  out.format = kind_of(main, *type);
  switch (out.format) {
    case Format::Docx:
      NC_EXTRACT_TRY(clean_wordprocessing(parts, main, revisions, t));
      break;
    case Format::Xlsx:
      NC_EXTRACT_TRY(clean_spreadsheet(parts, main, t));
      break;
    case Format::Pptx:
      NC_EXTRACT_TRY(clean_presentation(parts, main, t));
      break;
    default:
      return unsupported_error("不支持的 Office 文档类型", "unsupported kind of Office document");
  }
  NC_EXTRACT_TRY(clean_properties(parts, t));
  NC_EXTRACT_TRY(ex.check_time());
  Result<std::string> zip = parts.finish();
  if (!zip.ok()) return zip.status();
  out.bytes = std::move(zip).value();
  out.revisions = t.revisions;
  auto line = [&](int n, const std::string& what) {
    if (n > 0) out.removed.push_back(what);
  };
  line(t.comments, "批注 " + std::to_string(t.comments) + " 条");
  line(t.revisions,
       "修订 " + std::to_string(t.revisions) + " 处" + (revisions == Revisions::kAccept ? "（已接受）" : "（已拒绝）"));
  line(t.hidden_text, "隐藏文字 " + std::to_string(t.hidden_text) + " 处");
  line(t.hidden_sheets, "隐藏的工作表 " + std::to_string(t.hidden_sheets) + " 张（内容已清空，保留空白工作表）");
  line(t.hidden_slides, "隐藏的幻灯片 " + std::to_string(t.hidden_slides) + " 张（内容已清空，保留空白幻灯片）");
  line(t.notes, "演讲者备注 " + std::to_string(t.notes) + " 页");
  if (!t.properties.empty()) out.removed.push_back("文档属性（" + joined(t.properties) + "）");
  return Status::Ok();
}

}  // namespace nc::check::extract
