// Files kept with the registers' records (issue 10) over HTTP: a member adds a
// photo with GPS EXIF to their contribution and the store keeps it without
// the location or the device (the stored bytes parsed with exiv2); the answer
// says what was removed; the branch secretary downloads it as an attachment,
// and that read is audited as a read of the record. Files that lie about
// their type, a fourth file, a file of 5 MiB + 1 byte, a caller who may read
// but not act on the record: a clear 4xx naming the file, and no stored row
// changes.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <exiv2/exiv2.hpp>
#include <nlohmann/json.hpp>

#include "demo_server.h"
#include "record_fixtures.h"
#include "samples.h"

// exiv2 0.27 hands out std::auto_ptr.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace nc::integration {
namespace {

using json = nlohmann::json;
namespace samples = check::extract::testing;

json body(const HttpResult& r) { return json::parse(r.body, nullptr, false); }

struct FilePart {
  std::string filename, content_type, data;
};

const std::string kBoundary = "----ncAttachBoundary5xQ";

std::string multipart_body(const std::vector<FilePart>& files) {
  std::string out;
  for (const FilePart& f : files) {
    out += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.filename + "\"\r\n";
    if (!f.content_type.empty()) out += "Content-Type: " + f.content_type + "\r\n";
    out += "\r\n" + f.data + "\r\n";
  }
  return out + "--" + kBoundary + "--\r\n";
}

// Every EXIF key of a JPEG (empty when it does not parse).
std::vector<std::string> exif_keys(const std::string& jpeg, bool* parsed) {
  std::vector<std::string> keys;
  *parsed = false;
  try {
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(jpeg.data()),
                                           static_cast<long>(jpeg.size()));
    if (!image.get()) return keys;
    image->readMetadata();
    *parsed = true;
    for (const auto& d : image->exifData()) keys.push_back(d.key());
    for (const auto& d : image->xmpData()) keys.push_back(d.key());
  } catch (const Exiv2::AnyError&) {
  }
  return keys;
}

class AttachmentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server.started()) << server.process().stderr_text();
    member = server.login("member");
    secretary = server.login("secretary");
    auditor = server.login("auditor");
    dwadmin = server.login("dwadmin");
  }
  std::filesystem::path db() const { return server.data_dir() / "netconduct.db"; }
  std::string everything() const {
    return stored_rows(db(), {"SELECT * FROM workflow_attachments ORDER BY record_id, position"}) +
           stored_rows(db(), {"SELECT count(*) FROM audit_log WHERE action = 'record.attach'"}) +
           stored_rows(db(), {"SELECT * FROM workflow_records ORDER BY id"});
  }
  std::uint64_t submit() {
    const json fields = {{"category", "story"},
                         {"platform", "微信公众号"},
                         {"link", "https://mp.weixin.qq.com/s/abc"},
                         {"date", "2026-01-15"},
                         {"description", "讲述社区志愿者的故事"}};
    return make_record(server, member, "contribution", fields);
  }
  HttpResult upload(const Session& who, std::uint64_t id, const std::vector<FilePart>& files) {
    return http_request(server.port(), "POST", "/api/v1/records/contribution/" + std::to_string(id) + "/attachments",
                        multipart_body(files),
                        {{"Cookie", who.cookie},
                         {"X-CSRF-Token", who.csrf},
                         {"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
  }

  DemoServer server{"attachments"};
  Session member, secretary, auditor, dwadmin;
};

TEST_F(AttachmentsTest, APhotoIsStoredWithoutItsLocationAndDeviceAndDownloadedAsAnAuditedAttachment) {
  const std::string original = samples::make_gps_jpeg();
  bool parsed = false;
  const auto before_keys = exif_keys(original, &parsed);
  ASSERT_TRUE(parsed);
  ASSERT_TRUE(std::any_of(before_keys.begin(), before_keys.end(),
                          [](const std::string& k) { return k.rfind("Exif.GPSInfo.", 0) == 0; }))
      << "the sample must carry GPS to begin with";

  const std::uint64_t id = submit();
  ASSERT_NE(id, 0u);
  HttpResult up = upload(member, id, {{"现场照片.jpg", "image/jpeg", original}});
  ASSERT_EQ(up.status, 201) << up.body;
  const json added = body(up);
  EXPECT_NE(added["notice"].get<std::string>().find("已移除照片的位置、设备和时间信息"), std::string::npos);
  ASSERT_EQ(added["attachments"].size(), 1u);
  EXPECT_EQ(added["attachments"][0]["name"], "现场照片.jpg");
  EXPECT_EQ(added["attachments"][0]["content_type"], "image/jpeg");
  const json removed = added["attachments"][0]["removed"];
  EXPECT_NE(std::find(removed.begin(), removed.end(), "照片的拍摄位置"), removed.end()) << removed.dump();
  EXPECT_NE(std::find(removed.begin(), removed.end(), "照片的拍摄设备和处理软件"), removed.end()) << removed.dump();

  // The stored bytes themselves: a JPEG with no GPS, make, model or serial number.
  const std::string blob = stored_rows(db(), {"SELECT bytes FROM workflow_attachments"});
  ASSERT_GT(blob.size(), 2u);
  const std::string kept = blob.substr(0, blob.size() - 2);  // "|\n"
  const auto kept_keys = exif_keys(kept, &parsed);
  ASSERT_TRUE(parsed) << "the stored copy is not a JPEG";
  for (const std::string& k : kept_keys) {
    EXPECT_NE(k.rfind("Exif.GPSInfo.", 0), 0u) << k;
    EXPECT_NE(k, "Exif.Image.Make");
    EXPECT_NE(k, "Exif.Image.Model");
    EXPECT_NE(k, "Exif.Photo.BodySerialNumber");
  }
  EXPECT_EQ(kept.find("SN12345"), std::string::npos);
  EXPECT_EQ(kept.find("Huawei"), std::string::npos);

  // In the record, for its readers; the secretary downloads it (audited), the member's own read is not.
  const std::string url = "/api/v1/records/contribution/" + std::to_string(id);
  HttpResult rec = server.call(secretary, "GET", url);
  ASSERT_EQ(rec.status, 200) << rec.body;
  ASSERT_EQ(body(rec)["record"]["attachments"].size(), 1u);
  EXPECT_EQ(body(rec)["record"]["attachments"][0]["url"], url + "/attachments/1");
  const std::string reads_before =
      stored_rows(db(), {"SELECT count(*) FROM audit_log WHERE action = 'record.read' AND detail = 'attachment=1'"});
  HttpResult file = server.call(secretary, "GET", url + "/attachments/1");
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.body, kept);
  EXPECT_EQ(file.headers["content-type"], "image/jpeg");
  EXPECT_EQ(file.headers["content-disposition"].rfind("attachment;", 0), 0u) << file.headers["content-disposition"];
  EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(stored_rows(db(), {"SELECT count(*) FROM audit_log WHERE action = 'record.read' AND detail = 'attachment=1'"}),
            std::to_string(std::stoi(reads_before) + 1) + "|\n");
  EXPECT_EQ(server.call(member, "GET", url + "/attachments/1").status, 200);
  EXPECT_EQ(stored_rows(db(), {"SELECT count(*) FROM audit_log WHERE action = 'record.read' AND detail = 'attachment=1'"}),
            std::to_string(std::stoi(reads_before) + 1) + "|\n");
  // No such file; a reader of nothing here.
  EXPECT_EQ(server.call(member, "GET", url + "/attachments/2").status, 404);
  EXPECT_EQ(server.call(member, "GET", url + "/attachments/x").status, 404);
  HttpResult none = server.call(server.login("admin"), "GET", url + "/attachments/1");
  EXPECT_EQ(none.status, 404) << none.body;
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST_F(AttachmentsTest, APdfIsStoredWithoutItsPropertiesAndTheUserIsToldWhatWasRemoved) {
  // The sample PDF's Info names an author (张三), a creator (WPS Writer) and a producer.
  const std::string original = samples::make_pdf({{"BT /F1 12 Tf 72 700 Td (Receipt 2026) Tj ET"}});
  ASSERT_NE(original.find("WPS Writer"), std::string::npos);
  ASSERT_NE(original.find("/Author"), std::string::npos);
  const std::uint64_t id = submit();
  ASSERT_NE(id, 0u);
  HttpResult up = upload(member, id, {{"回执.pdf", "application/pdf", original}});
  ASSERT_EQ(up.status, 201) << up.body;
  const json added = body(up);
  EXPECT_NE(added["notice"].get<std::string>().find("已移除 PDF 的文档属性"), std::string::npos) << up.body;
  EXPECT_EQ(added["notice"].get<std::string>().find("照片"), std::string::npos) << up.body;
  ASSERT_EQ(added["attachments"].size(), 1u);
  EXPECT_EQ(added["attachments"][0]["content_type"], "application/pdf");
  const json removed = added["attachments"][0]["removed"];
  EXPECT_NE(std::find(removed.begin(), removed.end(), "文档属性（作者、创建程序、标题、生成程序）"), removed.end())
      << removed.dump();

  // What is served is the cleaned copy: a PDF without the properties, the page's text kept.
  const std::string url = "/api/v1/records/contribution/" + std::to_string(id) + "/attachments/1";
  HttpResult file = server.call(member, "GET", url);
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.headers["content-type"], "application/pdf");
  EXPECT_EQ(file.headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(file.body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(file.body.find("WPS Writer"), std::string::npos);
  EXPECT_EQ(file.body.find("/Author"), std::string::npos);
  EXPECT_EQ(file.body.find("TestPDF"), std::string::npos);
  EXPECT_NE(file.body.find("(Receipt 2026) Tj"), std::string::npos);  // the content stream as it was

  // A damaged PDF is refused naming the file; nothing more is stored.
  const std::string before = everything();
  HttpResult bad = upload(member, id, {{"坏文件.pdf", "application/pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(body(bad)["error"]["message"].get<std::string>().find("「坏文件.pdf」"), std::string::npos) << bad.body;
  EXPECT_EQ(everything(), before);
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST_F(AttachmentsTest, FilesThatLieAreTooManyOrTooLargeAreRefusedNamingTheFileAndNothingChanges) {
  const std::uint64_t id = submit();
  ASSERT_NE(id, 0u);
  ASSERT_EQ(upload(member, id, {{"a.jpg", "image/jpeg", samples::make_gps_jpeg()}}).status, 201);
  const std::string before = everything();

  auto refused = [&](const Session& who, const std::vector<FilePart>& files, int status, const std::string& says) {
    HttpResult r = upload(who, id, files);
    EXPECT_EQ(r.status, status) << r.body;
    const json e = body(r);
    EXPECT_TRUE(e.contains("error")) << r.body;
    if (e.contains("error")) {
      EXPECT_NE(e["error"]["message"].get<std::string>().find(says), std::string::npos) << r.body;
    }
    EXPECT_EQ(everything(), before) << r.body;
  };
  // A PDF that starts with a JPEG's header: not a photo exiv2 reads.
  const std::string pdf_lie = std::string("\xFF\xD8\xFF\xE0", 4) + "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
  refused(member, {{"报告.pdf", "application/pdf", pdf_lie}}, 400, "「报告.pdf」");
  refused(member, {{"报告.jpg", "image/jpeg", pdf_lie}}, 400, "「报告.jpg」");
  // A JPEG named as a PDF, and a real PDF named as a JPEG: the content decides, the lie is refused.
  refused(member, {{"扫描件.pdf", "application/pdf", samples::make_gps_jpeg()}}, 400, "「扫描件.pdf」");
  refused(member, {{"截图.jpg", "image/jpeg", samples::make_pdf({{"BT /F1 12 Tf (x) Tj ET"}})}}, 400, "「截图.jpg」");
  // Neither a photo nor a PDF (a WebP photo has no cleaner).
  refused(member, {{"说明.txt", "text/plain", "只是一段文字"}}, 400, "「说明.txt」");
  refused(member, {{"程序", "application/octet-stream", std::string("\x7f" "ELF\x02\x01\x01", 7)}}, 400, "「程序」");
  // 5 MiB + 1 byte, a JPEG by its first bytes.
  std::string big = samples::make_gps_jpeg();
  big.resize(5 * 1024 * 1024 + 1, '\0');
  refused(member, {{"大图.jpg", "image/jpeg", big}}, 413, "「大图.jpg」");
  // A good file after a bad one in the same request: neither is stored.
  refused(member, {{"b.jpg", "image/jpeg", samples::make_gps_jpeg()}, {"c.txt", "text/plain", "x"}}, 400, "「c.txt」");
  // Three more would make four.
  refused(member,
          {{"b.jpg", "", samples::make_gps_jpeg()}, {"c.jpg", "", samples::make_gps_jpeg()},
           {"d.jpg", "", samples::make_gps_jpeg()}},
          400, "最多 3 个附件");
  // Readers who do not act on the record now, and someone who may not read it.
  refused(auditor, {{"b.jpg", "", samples::make_gps_jpeg()}}, 403, "不能添加附件");
  refused(dwadmin, {{"b.jpg", "", samples::make_gps_jpeg()}}, 403, "不能添加附件");
  refused(server.login("admin"), {{"b.jpg", "", samples::make_gps_jpeg()}}, 404, "记录不存在");
  // Not multipart.
  HttpResult as_json = server.call(member, "POST", "/api/v1/records/contribution/" + std::to_string(id) + "/attachments",
                                   json{{"file", "x"}});
  EXPECT_EQ(as_json.status, 415) << as_json.body;
  EXPECT_EQ(everything(), before);

  // Up to three: two more are taken, then a fourth is refused.
  HttpResult two = upload(member, id, {{"b.jpg", "", samples::make_gps_jpeg()}, {"c.jpg", "", samples::make_gps_jpeg()}});
  ASSERT_EQ(two.status, 201) << two.body;
  EXPECT_EQ(body(two)["attachments"][1]["position"], 3);
  const std::string full = everything();
  HttpResult fourth = upload(member, id, {{"d.jpg", "", samples::make_gps_jpeg()}});
  EXPECT_EQ(fourth.status, 400) << fourth.body;
  EXPECT_NE(body(fourth)["error"]["message"].get<std::string>().find("已有 3 个"), std::string::npos) << fourth.body;
  EXPECT_EQ(everything(), full);
  HttpResult rec = server.call(member, "GET", "/api/v1/records/contribution/" + std::to_string(id));
  EXPECT_FALSE(body(rec)["record"]["may"]["attach"].get<bool>());
  EXPECT_EQ(server.stop_and_report(), "");
}

TEST_F(AttachmentsTest, TheSecretaryAddsAReceiptWhileTheRecordWaitsForTheBranchAndNobodyAddsToAFinalOne) {
  const std::uint64_t id = submit();
  ASSERT_NE(id, 0u);
  HttpResult r = upload(secretary, id, {{"回执.jpg", "", samples::make_gps_jpeg()}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(body(r)["attachments"][0]["role"], "branch_secretary");
  HttpResult confirmed = server.call(secretary, "POST",
                                     "/api/v1/records/contribution/" + std::to_string(id) + "/transitions",
                                     json{{"verb", "confirm"}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(upload(secretary, id, {{"又一张.jpg", "", samples::make_gps_jpeg()}}).status, 403);
  EXPECT_EQ(upload(member, id, {{"又一张.jpg", "", samples::make_gps_jpeg()}}).status, 403);
  EXPECT_EQ(server.stop_and_report(), "");
}

}  // namespace
}  // namespace nc::integration
