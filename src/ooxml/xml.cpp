#include "ooxml/xml.h"

#include <algorithm>

namespace nc::ooxml {

Status parse_xml(std::string_view text, pugi::xml_document& doc, const Budget& budget, unsigned options) {
  const Limits& lim = budget.limits();
  // Every node but the document starts with '<' or is text between tags, so
  // this bounds the node count before pugixml allocates anything.
  const auto tags = static_cast<std::size_t>(std::count(text.begin(), text.end(), '<'));
  if (tags > lim.max_xml_nodes / 2)
    return limit_error("文档内部结构过于庞大（XML 节点过多）", "too many XML nodes in a document part");
  const pugi::xml_parse_result r = doc.load_buffer(text.data(), text.size(), options, pugi::encoding_auto);
  if (!r) return corrupt_error("文档内部结构已损坏（XML 无法解析）", "a document part is not well-formed XML");
  std::size_t depth = 0;
  bool too_deep = false;
  walk(
      doc,
      [&](const pugi::xml_node&) {
        ++depth;
        if (depth > lim.max_xml_depth) too_deep = true;
        return !too_deep;
      },
      [&](const pugi::xml_node&) { --depth; });
  if (too_deep) return limit_error("文档内部结构嵌套过深", "XML nesting too deep in a document part");
  return Status::Ok();
}

std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view attr(const pugi::xml_node& n, std::string_view name) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    std::string_view an = a.name();
    const auto colon = an.find(':');
    if (colon != std::string_view::npos) an = an.substr(colon + 1);
    if (an == name) return a.value();
  }
  return {};
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (const pugi::xml_node& c : n.children())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

std::string all_text(const pugi::xml_node& root) {
  std::string out;
  walk(
      root,
      [&](const pugi::xml_node& n) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
        return true;
      },
      [](const pugi::xml_node&) {});
  return out;
}

}  // namespace nc::ooxml
