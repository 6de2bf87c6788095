// The OOXML package as the self-check readers see it: ooxml::Package (zip,
// XML, relationships; src/ooxml) plus the Extraction being built, so readers
// can add parts and metadata findings. Internal to check/extract; the readers
// for word processing, spreadsheet and presentation documents build on it.
#pragma once

#include <pugixml.hpp>

#include <string>

#include "check/extract/extraction.h"
#include "ooxml/package.h"
#include "ooxml/xml.h"

namespace nc::check::extract {

using ooxml::all_text;
using ooxml::attr;
using ooxml::child;
using ooxml::find_rel;
using ooxml::local_name;
using ooxml::rel_id;
using ooxml::Relationship;
using ooxml::resolve_part;
using ooxml::type_is;
using ooxml::walk;
using ooxml::ZipArchive;

class Package : public ooxml::Package {
 public:
  Package(ZipArchive& zip, Extraction& ex) : ooxml::Package(zip, ex.budget()), ex_(ex) {}

  Extraction& ex() { return ex_; }

  // Author, last editor, company and manager become doc.hidden_content
  // findings; title, subject, keywords and description become a part.
  Status read_properties();

 private:
  Extraction& ex_;
};

// Readers of the three main-part kinds; each appends to pkg.ex().doc().
Status read_wordprocessing(Package& pkg, const std::string& main_part);
Status read_spreadsheet(Package& pkg, const std::string& main_part);
Status read_presentation(Package& pkg, const std::string& main_part);

}  // namespace nc::check::extract
