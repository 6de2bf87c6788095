// `netconduct check` on real files, as a member or an editor plugin runs it:
// documents, images and plain text, every output format, --redact, standard
// input and the exit codes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "samples.h"

namespace nc::integration {
namespace {

namespace fs = std::filesystem;
namespace samples = nc::check::extract::testing;
using json = nlohmann::json;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

class CheckCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("nc-check-cli-" + std::to_string(getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  fs::path write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  }
  // Runs `netconduct check ARGS` with `stdin_bytes` on standard input.
  CliRun check(const std::vector<std::string>& args, const std::string& stdin_bytes = "") {
    const fs::path in = write("stdin.bin", stdin_bytes);
    // Each test's own cache of compiled databases (cli/compiled_cache_dir.h), never the user's.
    std::string cmd = "NC_CACHE_DIR='" + (dir / "cache").string() + "' '" + NC_NETCONDUCT_BIN + "' check";
    for (const auto& a : args) cmd += " '" + a + "'";
    cmd += " < '" + in.string() + "' > '" + (dir / "out").string() + "' 2> '" + (dir / "err").string() + "'";
    CliRun r;
    const int status = std::system(cmd.c_str());
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir / "out");
    r.err = slurp(dir / "err");
    return r;
  }
  static const json* with_detector(const json& list, const std::string& id) {
    for (const auto& f : list) {
      if (f["detector"] == id) return &f;
    }
    return nullptr;
  }
  fs::path dir;
};

TEST_F(CheckCli, ADocxGivesLocatedFindingsAndHiddenContentAsJson) {
  const fs::path docx = write("通知.docx", samples::make_zip(samples::docx_entries()));
  CliRun r = check({"--format", "json", docx.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json report = json::parse(r.out);
  ASSERT_EQ(report["files"].size(), 1u);
  const json& file = report["files"][0];
  EXPECT_EQ(file["path"], docx.string());
  const json* internal = with_detector(file["findings"], "secret.internal_mark");
  ASSERT_NE(internal, nullptr) << file.dump();
  ASSERT_TRUE((*internal)["location"].is_string());
  EXPECT_EQ((*internal)["article"], 14);
  EXPECT_LT((*internal)["start"].get<int>(), (*internal)["end"].get<int>());
  EXPECT_NE(with_detector(file["metadata"], "doc.hidden_content"), nullptr) << file.dump();
}

TEST_F(CheckCli, APhotographedStampIsReadByOcrAndNamedAPhotographedDocument) {
  const fs::path png = fs::path(NC_EXTRACT_FIXTURES) / "classified_stamp.png";
  CliRun r = check({"--format", "json", png.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json file = json::parse(r.out)["files"][0];
  const json* mark = with_detector(file["findings"], "secret.classification_mark");
  ASSERT_NE(mark, nullptr) << file.dump();
  EXPECT_EQ((*mark)["location"], "图片文字识别");
  const json* photo = with_detector(file["metadata"], "media.photographed_document");
  ASSERT_NE(photo, nullptr) << file.dump();
  EXPECT_EQ((*photo)["severity"], "high");
  EXPECT_EQ((*photo)["article"], 14);

  CliRun without = check({"--no-ocr", png.string()});
  EXPECT_EQ(without.exit_code, 0) << without.out << without.err;  // no metadata in this PNG, no OCR asked
}

TEST_F(CheckCli, APhotosLocationIsReportedInText) {
  const fs::path jpg = write("IMG_0001.jpg", samples::make_gps_jpeg());
  CliRun r = check({"--no-ocr", jpg.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("media.gps_location 拍摄位置"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(第8条)"), std::string::npos) << r.out;  // personal data: 模范遵守法律法规
  EXPECT_NE(r.out.find("media.device_info"), std::string::npos) << r.out;
  // Where, in a member's words, and what to do; never the metadata key.
  EXPECT_NE(r.out.find("[照片的拍摄位置]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[照片的拍摄设备（型号）]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("建议："), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Exif."), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("EXIF GPS"), std::string::npos) << r.out;
}

TEST_F(CheckCli, PlainTextOffsetsAreTheFilesBytesAndRedactionMasksThemAsTheAdviceSays) {
  const std::string text = "通知\n身份证号 11010519491231002X，手机 13812345678。\n";
  const fs::path txt = write("post.txt", text);
  CliRun r = check({"--format", "json", "--redact", txt.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json f = json::parse(r.out)["files"][0]["findings"][0];
  EXPECT_EQ(f["detector"], "pii.cn_resident_id");
  EXPECT_TRUE(f["location"].is_null());
  EXPECT_EQ(text.substr(f["start"].get<size_t>(), f["end"].get<size_t>() - f["start"].get<size_t>()),
            "11010519491231002X");
  EXPECT_EQ(f["masked"], "110105********002X");
  EXPECT_TRUE(json::parse(r.out)["files"][0]["do_not_publish"].is_null());
  EXPECT_EQ(slurp(dir / "post.txt.redacted"), "通知\n身份证号 110105********002X，手机 138****5678。\n");
}

TEST_F(CheckCli, AClassifiedNoticeGetsNoMaskedCopyAndIsSaidNotToBePublished) {
  const std::string text = "（机密★5年）\n关于做好年度考核工作的通知\n联系人 13812345678\n";
  const fs::path txt = write("notice.txt", text);
  CliRun r = check({"--redact", txt.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_FALSE(fs::exists(dir / "notice.txt.redacted"));
  EXPECT_NE(r.out.find("不得发布"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("不提供脱敏文本"), std::string::npos) << r.out;

  CliRun j = check({"--format", "json", txt.string()});
  const json file = json::parse(j.out)["files"][0];
  EXPECT_TRUE(file["do_not_publish"].is_string()) << file.dump();
  const json* mark = with_detector(file["findings"], "secret.classification_mark");
  ASSERT_NE(mark, nullptr);
  EXPECT_TRUE((*mark)["masked"].is_null());

  CliRun piped = check({"--redact", "-"}, text);
  EXPECT_EQ(piped.exit_code, 1);
  EXPECT_EQ(piped.out, "");
  EXPECT_NE(piped.err.find("不得发布"), std::string::npos) << piped.err;
}

TEST_F(CheckCli, TheSecondCheckReadsTheCompiledDatabasesAndAGarbledCacheIsCompiledAfresh) {
  const std::string text = "（机密★5年）\n联系人 13812345678，邮箱 zhang.san@example.cn\n";
  const fs::path txt = write("post.txt", text);
  CliRun first = check({"--format", "json", txt.string()});
  ASSERT_EQ(first.exit_code, 1) << first.err;
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(dir / "cache")) entries.push_back(e.path());
  ASSERT_EQ(entries.size(), 1u);  // the first run compiled and kept its databases
  EXPECT_EQ(entries[0].filename().string().rfind("hsdb-", 0), 0u) << entries[0];
  const auto written = fs::last_write_time(entries[0]);

  CliRun second = check({"--format", "json", txt.string()});
  EXPECT_EQ(second.exit_code, 1) << second.err;
  EXPECT_EQ(second.out, first.out);
  EXPECT_EQ(fs::last_write_time(entries[0]), written);  // read, not written again

  // A cache entry garbled behind the CLI's back: the same report, from databases compiled afresh.
  std::string bytes = slurp(entries[0]);
  ASSERT_GT(bytes.size(), 200u);
  for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
  std::ofstream(entries[0], std::ios::binary | std::ios::trunc) << bytes;
  CliRun third = check({"--format", "json", txt.string()});
  EXPECT_EQ(third.exit_code, 1) << third.err;
  EXPECT_EQ(third.out, first.out);
}

TEST_F(CheckCli, AFileAndTheSameBytesOnStandardInputGiveTheSameReport) {
  // A file is checked where it lies, in windows (check/text_stream.h);
  // standard input is read whole: line, column, offsets and masks agree,
  // also for findings 9 MiB in, past the first window.
  std::string text = "第一行\n13912345678\n";
  while (text.size() < (size_t{9} << 20)) text += "各位党员同志，请准时参加。会议纪要已上传共享盘。\n";
  text += "联系电话 13812345678，身份证号：11010519491231002X。\n";
  const fs::path txt = write("big.txt", text);
  for (const std::string format : {"json", "text", "sarif"}) {
    CliRun file = check({"--format", format, txt.string()});
    CliRun in = check({"--format", format, "-"}, text);
    EXPECT_EQ(file.exit_code, 1) << file.err;
    std::string from_stdin = in.out;
    for (const std::string& name : {std::string("\"-\""), std::string("\"stdin\"")}) {
      // the path differs, nothing else
      const std::string path = "\"" + txt.string() + "\"";
      for (size_t at = from_stdin.find(name); at != std::string::npos; at = from_stdin.find(name, at + path.size()))
        from_stdin.replace(at, name.size(), path);
    }
    if (format == "text") {
      for (size_t at = from_stdin.find("-:"); at != std::string::npos; at = from_stdin.find("-:", at + 1))
        from_stdin.replace(at, 1, txt.string());
    }
    EXPECT_EQ(file.out, from_stdin) << format;
  }
  const json findings = json::parse(check({"--format", "json", txt.string()}).out)["files"][0]["findings"];
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[2]["detector"], "pii.cn_resident_id");
  EXPECT_EQ(findings[2]["start"].get<size_t>(), text.find("11010519491231002X"));
  CliRun text_report = check({"--format", "text", txt.string()});
  EXPECT_NE(text_report.out.find(txt.string() + ":2:1: "), std::string::npos) << text_report.out.substr(0, 500);
  // --redact writes the whole file with the three findings masked as their
  // advice says, as for the same bytes on standard input.
  check({"--redact", txt.string()});
  const std::string masked = slurp(dir / "big.txt.redacted");
  EXPECT_TRUE(masked == check({"--redact", "-"}, text).out);
  EXPECT_EQ(masked.find("13812345678"), std::string::npos);
  EXPECT_EQ(masked.find("11010519491231002X"), std::string::npos);
  EXPECT_NE(masked.find("110105********002X"), std::string::npos);
  EXPECT_EQ(masked.substr(0, 22), "第一行\n139****5678\n");
}

TEST_F(CheckCli, GbkTextAndTextWithANulAreReadAsBefore) {
  // GB18030 for "机密★1年\n": not UTF-8, so read whole and converted.
  const fs::path gbk = write("gbk.txt", "\xBB\xFA\xC3\xDC\xA1\xEF" "1\xC4\xEA\n");
  CliRun r = check({"--format", "json", gbk.string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(json::parse(r.out)["files"][0]["findings"][0]["detector"], "secret.classification_mark");
  const fs::path nul = write("nul.txt", std::string("机密★1年\n") + std::string(1, '\0') + "x");
  r = check({"--format", "json", nul.string()});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_EQ(json::parse(r.out)["files"][0]["error_code"], "unsupported_format");
}

TEST_F(CheckCli, AFolderIsWalkedOnTwoJobsEachFileReportedOnceWithASummary) {
  fs::create_directories(dir / "docs" / "sub");
  fs::create_directories(dir / "docs" / "skip");
  write("docs/a.txt", "机密★1年\n");
  write("docs/sub/b.txt", "电话13812345678\n");
  write("docs/sub/c.txt", "今天天气很好\n");
  write("docs/skip/d.txt", "内部资料\n");
  write("docs/e.bin", std::string("\x7F" "ELF\0\0\0\0", 8));
  write("docs/通知.docx", samples::make_zip(samples::docx_entries()));
  const std::string folder = (dir / "docs").string();
  CliRun r = check({"--format", "json", "--jobs", "2", "--exclude", "skip", folder});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "");  // no progress line: stderr is not a terminal
  const json files = json::parse(r.out)["files"];
  std::set<std::string> paths;
  for (const auto& f : files) paths.insert(f["path"].get<std::string>());
  EXPECT_EQ(paths, (std::set<std::string>{folder + "/a.txt", folder + "/sub/b.txt", folder + "/sub/c.txt",
                                          folder + "/通知.docx"}));
  EXPECT_EQ(files.size(), 4u);
  // The summary counts what the files' reports hold: findings and metadata items.
  size_t items = 0;
  for (const auto& f : files) items += f["findings"].size() + f["metadata"].size();
  EXPECT_GT(items, 3u);  // the .docx holds hidden content besides a.txt's and b.txt's findings
  json summary = json::parse(r.out)["summary"];
  EXPECT_EQ(summary["findings"], items) << r.out;
  summary.erase("findings");
  EXPECT_EQ(summary, json::parse(R"({"files":4,"files_with_findings":3,"errors":0,"skipped":1})")) << r.out;
  const json sarif = json::parse(check({"--format", "sarif", "--jobs", "2", "--exclude", "skip", folder}).out);
  EXPECT_EQ(sarif["runs"][0]["properties"]["summary"], json::parse(r.out)["summary"]);
  CliRun text = check({"--jobs", "2", "--exclude", "skip", folder});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.out.find(folder + "/a.txt:1:1: high secret.classification_mark"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("in 4 inputs (1 skipped"), std::string::npos) << text.out;
  // A clean folder is 0; a missing one is 2.
  EXPECT_EQ(check({(dir / "docs" / "sub" / "c.txt").string()}).exit_code, 0);
  EXPECT_EQ(check({(dir / "missing").string()}).exit_code, 2);
}

TEST_F(CheckCli, ADocumentsRedactionIsItsMaskedTextNextToIt) {
  samples::Entries entries = samples::docx_entries();
  samples::set_entry(entries, "word/header1.xml",
                     R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                     R"(<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                     R"(<w:p><w:r><w:t>联系电话 13812345678</w:t></w:r></w:p></w:hdr>)");
  const fs::path docx = write("通知.docx", samples::make_zip(entries));
  CliRun r = check({"--redact", docx.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string masked = slurp(dir / "通知.docx.redacted.txt");
  EXPECT_NE(masked.find("=== 页眉 ==="), std::string::npos) << masked;  // a member's word for word/header1.xml
  EXPECT_NE(masked.find("联系电话 138****5678"), std::string::npos) << masked;
  EXPECT_NE(masked.find("正文第一段"), std::string::npos) << masked;
  EXPECT_EQ(masked.find(".xml"), std::string::npos) << masked;
  EXPECT_FALSE(fs::exists(dir / "通知.docx.redacted"));

  // With the header's 内部资料 the document gets no masked text at all.
  const fs::path marked = write("内部.docx", samples::make_zip(samples::docx_entries()));
  CliRun m = check({"--redact", marked.string()});
  EXPECT_EQ(m.exit_code, 1) << m.err;
  EXPECT_FALSE(fs::exists(dir / "内部.docx.redacted.txt"));
  EXPECT_NE(m.out.find("不得发布"), std::string::npos) << m.out;
  EXPECT_EQ(m.out.find("docProps"), std::string::npos) << m.out;
  EXPECT_EQ(m.out.find("word/"), std::string::npos) << m.out;
  EXPECT_NE(m.out.find("[文档属性（作者）]"), std::string::npos) << m.out;
}

TEST_F(CheckCli, SarifNamesTheDocumentPartAsALogicalLocation) {
  const fs::path docx = write("通知.docx", samples::make_zip(samples::docx_entries()));
  CliRun r = check({"--format", "sarif", docx.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json sarif = json::parse(r.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  const json& run = sarif["runs"][0];
  bool hidden_rule = false;
  for (const auto& rule : run["tool"]["driver"]["rules"]) hidden_rule |= rule["id"] == "doc.hidden_content";
  EXPECT_TRUE(hidden_rule);
  bool located = false, metadata = false;
  for (const auto& res : run["results"]) {
    const json& loc = res["locations"][0];
    EXPECT_EQ(loc["physicalLocation"]["artifactLocation"]["uri"], docx.string());
    if (res["ruleId"] == "secret.internal_mark") {
      located = loc["logicalLocations"][0]["name"].is_string();
      EXPECT_FALSE(loc["physicalLocation"]["region"].contains("byteOffset")) << "offsets are not the file's";
    }
    metadata |= res["ruleId"] == "doc.hidden_content";
    EXPECT_EQ(run["tool"]["driver"]["rules"][res["ruleIndex"].get<size_t>()]["id"], res["ruleId"]);
  }
  EXPECT_TRUE(located) << r.out;
  EXPECT_TRUE(metadata) << r.out;
}

TEST_F(CheckCli, StandardInputMayBeADocumentAndRedactionGoesToStdout) {
  CliRun json_run = check({"--format", "json", "-"}, samples::make_zip(samples::docx_entries()));
  EXPECT_EQ(json_run.exit_code, 1) << json_run.err;
  EXPECT_NE(with_detector(json::parse(json_run.out)["files"][0]["metadata"], "doc.hidden_content"), nullptr);

  CliRun redacted = check({"--redact", "-"}, "手机 13812345678\n正文\n");
  EXPECT_EQ(redacted.exit_code, 1);
  EXPECT_EQ(redacted.out, "手机 138****5678\n正文\n");
  EXPECT_NE(redacted.err.find("pii.cn_mobile"), std::string::npos) << redacted.err;
}

TEST_F(CheckCli, CleanIsZeroAndUnreadableIsTwo) {
  const fs::path ok = write("ok.txt", "今天支部组织学习，大家畅所欲言。\n");
  CliRun clean = check({ok.string()});
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_NE(clean.out.find("0 findings in 1 input"), std::string::npos);

  const fs::path bin = write("x.bin", std::string("\x00\x01\x02\x03\xff", 5));
  CliRun bad = check({"--format", "json", bin.string(), ok.string()});
  EXPECT_EQ(bad.exit_code, 2);
  // Files are printed as they finish (--jobs): found by path, not by place.
  const json report = json::parse(bad.out);
  json by_path;
  for (const json& f : report["files"]) by_path[f["path"].get<std::string>()] = f;
  ASSERT_TRUE(by_path.contains(bin.string()) && by_path.contains(ok.string())) << bad.out;
  EXPECT_EQ(by_path[bin.string()].value("error_code", ""), "unsupported_format");
  EXPECT_FALSE(by_path[bin.string()].value("error", "").empty());
  EXPECT_EQ(by_path[ok.string()]["findings"].size(), 0u);

  CliRun missing = check({(dir / "nope.txt").string()});
  EXPECT_EQ(missing.exit_code, 2);
}

TEST_F(CheckCli, CleanWritesACopyAndSaysWhatWasRemovedAndWhatRemains) {
  const fs::path docx = write("通知.docx", samples::make_zip(samples::docx_entries()));
  const fs::path out = dir / "通知.clean.docx";
  CliRun r = check({"--clean", out.string(), "--revisions", "reject", "--format", "json", docx.string()});
  // The header's 内部资料 is text, which cleaning leaves: exit 1, and said.
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  const json report = json::parse(r.out);
  EXPECT_EQ(report["format"], "docx");
  EXPECT_EQ(report["revisions"], "reject");
  EXPECT_EQ(report["removed"][0], "批注 1 条");
  EXPECT_EQ(report["removed"][1], "修订 2 处（已拒绝）");
  ASSERT_TRUE(fs::exists(out));
  CliRun again = check({"--format", "json", out.string()});
  const json file = json::parse(again.out)["files"][0];
  EXPECT_EQ(file["metadata"].size(), 0u) << file.dump();
  EXPECT_FALSE(file["findings"].empty());  // 内部资料 is still in the header

  // A photo to standard output, the report on standard error.
  CliRun photo = check({"--clean", "-", "-"}, samples::make_gps_jpeg());
  EXPECT_EQ(photo.exit_code, 1) << photo.err;  // the picture itself is never "clean"
  EXPECT_EQ(photo.out.substr(0, 2), "\xFF\xD8");
  EXPECT_NE(photo.err.find("照片的拍摄位置"), std::string::npos) << photo.err;
}

TEST_F(CheckCli, CleanWritesACleanedPdf) {
  const fs::path pdf = write("a.pdf", samples::make_pdf({{"BT /F1 12 Tf 72 700 Td (Notice) Tj ET"}}));
  ASSERT_NE(slurp(pdf).find("WPS Writer"), std::string::npos);
  CliRun r = check({"--clean", (dir / "b.pdf").string(), "--format", "json", pdf.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  ASSERT_TRUE(fs::exists(dir / "b.pdf"));
  const std::string copy = slurp(dir / "b.pdf");
  EXPECT_EQ(copy.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(copy.find("WPS Writer"), std::string::npos);
  EXPECT_EQ(copy.find("/Author"), std::string::npos);
  EXPECT_NE(copy.find("(Notice) Tj"), std::string::npos);
  const auto report = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << r.out;
  EXPECT_EQ(report["format"], "pdf");
  EXPECT_EQ(report["removed"][0], "文档属性（作者、创建程序、标题、生成程序）") << r.out;
}

TEST_F(CheckCli, CleanRefusesADamagedPdfItsOwnInputAndTwoFiles) {
  const fs::path pdf = write("a.pdf", std::string("%PDF-1.4\n1 0 obj << /Type /Catalog"));
  CliRun r = check({"--clean", (dir / "b.pdf").string(), pdf.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("PDF 文件已损坏"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "b.pdf"));
  const fs::path docx = write("a.docx", samples::make_zip(samples::docx_entries()));
  const std::string before = slurp(docx);
  EXPECT_EQ(check({"--clean", docx.string(), docx.string()}).exit_code, 2);
  EXPECT_EQ(slurp(docx), before);
  EXPECT_NE(check({"--clean", (dir / "c.docx").string(), docx.string(), pdf.string()}).exit_code, 0);
  EXPECT_FALSE(fs::exists(dir / "c.docx"));
}

}  // namespace
}  // namespace nc::integration
