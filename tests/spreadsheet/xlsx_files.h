// Real .xlsx files for the spreadsheet tests, made in memory: with
// libxlsxwriter as Excel-like producers write them, and by hand (a zip of
// the parts we give) for what libxlsxwriter never writes: the 1904 date
// system, cells without references, _xHHHH_ escapes, damaged files.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;

namespace nc::spreadsheet::testing {

using Entries = std::vector<std::pair<std::string, std::string>>;  // part name, content

// A zip of `entries`, deflated.
std::string make_zip(const Entries& entries);

// `zip` with the CRC-32 of entry `name` spoiled, in its local header and in
// the central directory: libzip fails the entry once it has inflated it all,
// so a reader that stops early never sees the damage.
std::string spoil_crc(std::string zip, const std::string& name);

// A workbook of one sheet "Sheet1" whose sheetData holds `rows_xml`
// ("<row r=\"1\">…</row>…"); `shared` become the shared strings,
// `styles_xml` the styles part (empty: none), `workbook_pr` an attribute
// list for <workbookPr/>.
Entries minimal_xlsx(const std::string& rows_xml, const std::vector<std::string>& shared = {},
                     const std::string& styles_xml = "", const std::string& workbook_pr = "",
                     const std::string& after_sheet_data = "");

// A workbook written by libxlsxwriter: `fill` gets the workbook and its
// first sheet ("名单"). constant_memory: inline strings instead of shared ones.
std::string write_workbook(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill,
                           bool constant_memory = false);

}  // namespace nc::spreadsheet::testing
