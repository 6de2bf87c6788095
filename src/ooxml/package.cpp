#include "ooxml/package.h"

#include "ooxml/xml.h"

namespace nc::ooxml {

bool type_is(const Relationship& rel, std::string_view suffix) {
  const std::string_view t = rel.type;
  return t.size() > suffix.size() && t.substr(t.size() - suffix.size()) == suffix &&
         t[t.size() - suffix.size() - 1] == '/';
}

std::string resolve_part(std::string_view source_part, std::string_view target) {
  std::vector<std::string> segs;
  auto push_path = [&segs](std::string_view path) {
    while (!path.empty()) {
      const auto slash = path.find('/');
      const std::string_view seg = path.substr(0, slash);
      if (seg == "..") {
        if (!segs.empty()) segs.pop_back();
      } else if (!seg.empty() && seg != ".") {
        segs.emplace_back(seg);
      }
      if (slash == std::string_view::npos) break;
      path.remove_prefix(slash + 1);
    }
  };
  if (target.empty() || target.front() != '/') {
    const auto dir_end = source_part.rfind('/');
    if (dir_end != std::string_view::npos) push_path(source_part.substr(0, dir_end));
  }
  push_path(target);
  std::string out;
  for (const std::string& s : segs) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

std::string_view rel_id(const pugi::xml_node& n) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    const std::string_view name = a.name();
    const auto colon = name.find(':');
    if (colon != std::string_view::npos && name.substr(colon + 1) == "id") return a.value();
  }
  return {};
}

const Relationship* find_rel(const std::vector<Relationship>& rels, std::string_view id) {
  for (const Relationship& r : rels)
    if (r.id == id) return &r;
  return nullptr;
}

Status Package::load(const std::string& part, pugi::xml_document& doc, unsigned options) {
  Result<std::string> bytes = zip_.read(part);
  if (!bytes.ok()) return bytes.status();
  NC_OOXML_TRY(parse_xml(*bytes, doc, budget_, options));
  return budget_.check_time();
}

Result<std::vector<Relationship>> Package::relationships(const std::string& part) {
  std::string rels_part;
  if (part.empty()) {
    rels_part = "_rels/.rels";
  } else {
    const auto slash = part.rfind('/');
    rels_part = slash == std::string::npos ? "_rels/" + part + ".rels"
                                           : part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
  }
  std::vector<Relationship> out;
  pugi::xml_document doc;
  if (Status s = load(rels_part, doc); !s.ok()) {
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

Result<std::string> Package::content_type(const std::string& part) {
  pugi::xml_document doc;
  if (Status s = load("[Content_Types].xml", doc); !s.ok()) {
    if (s.code() == Code::kNotFound) return std::string();
    return s;
  }
  const std::string wanted = "/" + part;
  for (const pugi::xml_node& o : child(doc, "Types").children())
    if (local_name(o) == "Override" && attr(o, "PartName") == wanted) return std::string(attr(o, "ContentType"));
  return std::string();
}

Result<std::string> Package::main_part() {
  Result<std::vector<Relationship>> rels = relationships("");
  if (!rels.ok()) return rels.status();
  std::string main;
  for (const Relationship& r : *rels)
    if (type_is(r, "officeDocument") && !r.target.empty()) main = r.target;
  if (main.empty()) {
    return unsupported_error("不支持的压缩包：不是 Word、Excel 或 PowerPoint 文档",
                             "unsupported zip: not a Word, Excel or PowerPoint document");
  }
  if (!zip_.contains(main))
    return corrupt_error("文档不完整：缺少正文部分", "the document is incomplete: its main part is missing");
  return main;
}

}  // namespace nc::ooxml
