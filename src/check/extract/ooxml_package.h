// The parts of an OOXML package (ECMA-376 part 2, Open Packaging Conventions)
// that every Office format shares: relationships, part names, document
// properties. Internal to check/extract; the readers for word processing,
// spreadsheet and presentation documents build on it.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "check/extract/extraction.h"
#include "check/extract/zip_archive.h"

namespace nc::check::extract {

struct Relationship {
  std::string id;
  std::string type;    // full URI; match with type_is()
  std::string target;  // resolved part name ("xl/worksheets/sheet1.xml"); empty when external
};

// Whether `rel` has the relationship type ending in "/<suffix>".
bool type_is(const Relationship& rel, std::string_view suffix);

class Package {
 public:
  Package(ZipArchive& zip, Extraction& ex) : zip_(zip), ex_(ex) {}

  Extraction& ex() { return ex_; }
  ZipArchive& zip() { return zip_; }

  // Reads and parses a part; not_found when the package has no such part.
  Status load(const std::string& part, pugi::xml_document& doc);
  // The relationships of `part` ("" for the package), in document order;
  // empty when it has none.
  Result<std::vector<Relationship>> relationships(const std::string& part);
  // The content type [Content_Types].xml declares for `part`, or "".
  Result<std::string> content_type(const std::string& part);

  // Author, last editor, company and manager become doc.hidden_content
  // findings; title, subject, keywords and description become a part.
  Status read_properties();

 private:
  ZipArchive& zip_;
  Extraction& ex_;
};

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml";
// handles "..", "." and absolute targets.
std::string resolve_part(std::string_view source_part, std::string_view target);

// The relationship id attribute ("r:id") of an element.
std::string_view rel_id(const pugi::xml_node& n);

const Relationship* find_rel(const std::vector<Relationship>& rels, std::string_view id);

// Readers of the three main-part kinds; each appends to pkg.ex().doc().
Status read_wordprocessing(Package& pkg, const std::string& main_part);
Status read_spreadsheet(Package& pkg, const std::string& main_part);
Status read_presentation(Package& pkg, const std::string& main_part);

}  // namespace nc::check::extract
