// The parts of an OOXML package (ECMA-376 part 2, Open Packaging Conventions)
// that every Office format shares: relationships, part names, content types
// and the main document part. Reads through a ZipArchive under a Budget;
// the readers for documents, spreadsheets and presentations build on it.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "ooxml/budget.h"
#include "ooxml/zip_archive.h"

namespace nc::ooxml {

struct Relationship {
  std::string id;
  std::string type;    // full URI; match with type_is()
  std::string target;  // resolved part name ("xl/worksheets/sheet1.xml"); empty when external
};

// Whether `rel` has the relationship type ending in "/<suffix>".
bool type_is(const Relationship& rel, std::string_view suffix);

class Package {
 public:
  Package(ZipArchive& zip, const Budget& budget) : zip_(zip), budget_(budget) {}

  ZipArchive& zip() { return zip_; }
  const Budget& budget() const { return budget_; }

  // Reads and parses a part; not_found when the package has no such part.
  Status load(const std::string& part, pugi::xml_document& doc, unsigned options = pugi::parse_default);
  // The relationships of `part` ("" for the package), in document order;
  // empty when it has none.
  Result<std::vector<Relationship>> relationships(const std::string& part);
  // The content type [Content_Types].xml declares for `part`, or "".
  Result<std::string> content_type(const std::string& part);
  // The main document part named by the package's officeDocument
  // relationship; unsupported_format when there is none, corrupt_input when
  // the part it names is missing.
  Result<std::string> main_part();

 private:
  ZipArchive& zip_;
  const Budget& budget_;
};

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml";
// handles "..", "." and absolute targets.
std::string resolve_part(std::string_view source_part, std::string_view target);

// The relationship id attribute ("r:id") of an element.
std::string_view rel_id(const pugi::xml_node& n);

const Relationship* find_rel(const std::vector<Relationship>& rels, std::string_view id);

}  // namespace nc::ooxml
