#include "xlsx_files.h"

#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace nc::spreadsheet::testing {

std::string make_zip(const Entries& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) throw std::runtime_error("zip source");
  zip_source_keep(src);
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!z) throw std::runtime_error("zip open");
  for (const auto& [name, content] : entries) {
    // libzip copies the buffer only when asked: keep it alive until zip_close.
    zip_source_t* data = zip_source_buffer(z, content.data(), content.size(), 0);
    if (!data || zip_file_add(z, name.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) throw std::runtime_error("zip add");
  }
  if (zip_close(z) != 0) throw std::runtime_error("zip close");
  std::string out;
  if (zip_source_open(src) != 0) throw std::runtime_error("zip reopen");
  char buf[8192];
  zip_int64_t n;
  while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&err);
  return out;
}

Entries minimal_xlsx(const std::string& rows_xml, const std::vector<std::string>& shared,
                     const std::string& styles_xml, const std::string& workbook_pr,
                     const std::string& after_sheet_data) {
  const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  Entries e;
  e.push_back({"[Content_Types].xml",
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override "
               "PartName=\"/xl/workbook.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"});
  e.push_back({"_rels/.rels", "<?xml version=\"1.0\"?><Relationships "
                              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                              "Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
  std::string wb_rels = "<?xml version=\"1.0\"?><Relationships "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
  if (!shared.empty())
    wb_rels += "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
  if (!styles_xml.empty()) wb_rels += "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
  wb_rels += "</Relationships>";
  e.push_back({"xl/_rels/workbook.xml.rels", wb_rels});
  e.push_back({"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel +
                                      "\"><workbookPr " + workbook_pr +
                                      "/><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
  e.push_back({"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + ns + "\"><sheetData>" +
                                               rows_xml + "</sheetData>" + after_sheet_data + "</worksheet>"});
  if (!shared.empty()) {
    std::string sst = "<?xml version=\"1.0\"?><sst xmlns=\"" + ns + "\">";
    for (const auto& s : shared) sst += "<si><t xml:space=\"preserve\">" + s + "</t></si>";
    e.push_back({"xl/sharedStrings.xml", sst + "</sst>"});
  }
  if (!styles_xml.empty()) e.push_back({"xl/styles.xml", styles_xml});
  return e;
}

std::string write_workbook(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill, bool constant_memory) {
  char path[] = "/tmp/nc-xlsx-test-XXXXXX.xlsx";
  const int fd = mkstemps(path, 5);
  if (fd < 0) throw std::runtime_error("mkstemps");
  ::close(fd);
  lxw_workbook_options opts{};
  opts.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path, &opts);
  if (!wb) throw std::runtime_error("workbook_new");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "名单");
  fill(wb, ws);
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("workbook_close");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::remove(path);
  return ss.str();
}

std::string spoil_crc(std::string zip, const std::string& name) {
  for (const auto& [signature, crc_at, name_at] :
       {std::tuple<std::string, size_t, size_t>{"PK\x03\x04", 14, 30}, {"PK\x01\x02", 16, 46}}) {
    for (size_t at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 1)) {
      if (zip.compare(at + name_at, name.size(), name) != 0) continue;
      zip[at + crc_at] = static_cast<char>(zip[at + crc_at] ^ 0x5A);
    }
  }
  return zip;
}

}  // namespace nc::spreadsheet::testing
