#include "check/extract/ooxml_package.h"

namespace nc::check::extract {

Status Package::read_properties() {
  Result<std::vector<Relationship>> rels = relationships("");
  if (!rels.ok()) return rels.status();
  std::string core = "docProps/core.xml";
  std::string app = "docProps/app.xml";
  for (const Relationship& r : *rels) {
    if (type_is(r, "core-properties") && !r.target.empty()) core = r.target;
    if (type_is(r, "extended-properties") && !r.target.empty()) app = r.target;
  }
  struct Prop {
    const char* name;
    const char* zh;
    bool hidden;  // identifies a person or organisation: a finding by itself
  };
  static constexpr Prop kCore[] = {
      {"creator", "文档属性：作者", true},     {"lastModifiedBy", "文档属性：最后修改者", true},
      {"title", "文档属性：标题", false},      {"subject", "文档属性：主题", false},
      {"keywords", "文档属性：关键词", false}, {"description", "文档属性：备注", false},
      {"category", "文档属性：类别", false},
  };
  static constexpr Prop kApp[] = {
      {"Company", "文档属性：单位", true},
      {"Manager", "文档属性：经理", true},
  };
  std::string visible;
  auto read = [&](const std::string& part, const auto& props) -> Status {
    pugi::xml_document doc;
    if (Status s = load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
    const pugi::xml_node root = doc.document_element();
    for (const Prop& p : props) {
      const pugi::xml_node n = child(root, p.name);
      if (!n) continue;
      const std::string value = all_text(n);
      if (value.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      // openpyxl and python-docx write their own name as the author.
      if (p.hidden && !names_a_tool(value)) ex_.add_meta(meta::kDocProperty, part, p.zh, value);
      visible += value;
      visible += '\n';
    }
    return Status::Ok();
  };
  NC_EXTRACT_TRY(read(core, kCore));
  NC_EXTRACT_TRY(read(app, kApp));
  return ex_.add_part("文档属性", std::move(visible));
}

}  // namespace nc::check::extract
