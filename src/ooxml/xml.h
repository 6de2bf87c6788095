// Bounded XML for OOXML parts (pugixml). parse_xml() refuses a part with more
// nodes or deeper nesting than the Budget's limits allow, so that what
// follows may walk the tree freely. pugixml never expands DTD entities, so
// "billion laughs" is not a risk. walk() is iterative: no recursion on depth.
#pragma once

#include <pugixml.hpp>

#include <string_view>

#include "common/status.h"
#include "ooxml/budget.h"

namespace nc::ooxml {

Status parse_xml(std::string_view text, pugi::xml_document& doc, const Budget& budget,
                 unsigned options = pugi::parse_default);

// The name without its namespace prefix: "w:t" → "t". OOXML producers may
// choose other prefixes; the local name is what we match.
std::string_view local_name(const pugi::xml_node& n);
// The value of the attribute whose local name is `name` (any prefix).
std::string_view attr(const pugi::xml_node& n, std::string_view name);
// First child element with this local name.
pugi::xml_node child(const pugi::xml_node& n, std::string_view name);

// Visits the subtree below `root` in document order. enter(node) returns
// whether to descend; leave(node) follows every enter(node).
template <class Enter, class Leave>
void walk(const pugi::xml_node& root, Enter&& enter, Leave&& leave) {
  pugi::xml_node n = root.first_child();
  while (n) {
    if (enter(n) && n.first_child()) {
      n = n.first_child();
      continue;
    }
    leave(n);
    while (!n.next_sibling()) {
      n = n.parent();
      if (!n || n == root) return;
      leave(n);
    }
    n = n.next_sibling();
  }
}

// All character data below `root`, in document order.
std::string all_text(const pugi::xml_node& root);

}  // namespace nc::ooxml
