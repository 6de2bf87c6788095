#include "server/multipart.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "server/router.h"

namespace nc::server {
namespace {

TEST(MultipartBoundary, QuotedAndPlainBoundariesAreRead) {
  EXPECT_EQ(*multipart_boundary("multipart/form-data; boundary=abc"), "abc");
  EXPECT_EQ(*multipart_boundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b:c\""), "a b:c");
  EXPECT_EQ(*multipart_boundary("multipart/form-data;boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"),
            "----WebKitFormBoundary7MA4YWxkTrZu0gW");
}

TEST(MultipartBoundary, MissingOrInvalidBoundariesFail) {
  for (const char* ct : {"multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=a",
                         "multipart/form-data; boundary=\"abc", "multipart/form-data; boundary=a<b",
                         "multipart/form-data; boundary=\"ends in space \"", "text/plain", ""}) {
    EXPECT_FALSE(multipart_boundary(ct).ok()) << ct;
  }
  EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')).ok());
  EXPECT_TRUE(multipart_boundary("multipart/form-data; boundary=" + std::string(70, 'a')).ok());
}

TEST(ParseMultipart, FilesAndFieldsWithPreambleAndEpilogue) {
  const std::string body =
      "preamble to ignore\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n机密★1年\r\n"
      "--b  \r\ncontent-disposition: form-data; name=\"file\"; filename=\"a \\\"q\\\".png\"\r\n"
      "Content-Type: image/png\r\n\r\n\x89PNG\r\n--not the boundary\r\nx--b\r\n"
      "--b--\r\nepilogue --b\r\n";
  auto parts = parse_multipart(body, "b");
  ASSERT_TRUE(parts.ok()) << parts.status().message();
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "text");
  EXPECT_FALSE((*parts)[0].filename.has_value());
  EXPECT_EQ((*parts)[0].data, "机密★1年");
  EXPECT_EQ((*parts)[1].name, "file");
  EXPECT_EQ((*parts)[1].filename, "a \"q\".png");
  EXPECT_EQ((*parts)[1].content_type, "image/png");
  // CRLFs and boundary look-alikes inside the content stay content.
  EXPECT_EQ((*parts)[1].data, "\x89PNG\r\n--not the boundary\r\nx--b");
}

TEST(ParseMultipart, EmptyContentAndEmptyFilename) {
  auto parts = parse_multipart("--b\r\nContent-Disposition: form-data; name=f; filename=\"\"\r\n\r\n\r\n--b--", "b");
  ASSERT_TRUE(parts.ok()) << parts.status().message();
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_EQ((*parts)[0].filename, "");
  EXPECT_EQ((*parts)[0].data, "");
}

TEST(ParseMultipart, MalformedBodiesFail) {
  const std::string d = "Content-Disposition: form-data; name=\"f\"\r\n";
  for (const std::string& body : std::vector<std::string>{
           "",
           std::string("no boundary here"),
           "--b\r\n" + d + "\r\nunterminated",
           "--b\r\n" + d + "no blank line",
           "--b\r\n" + d,
           "--b" + d + "\r\nx\r\n--b--",                     // no CRLF after the delimiter
           "--b\r\nbad header\r\n\r\nx\r\n--b--",
           "--b\r\n folded: header\r\n\r\nx\r\n--b--",
           "--b\r\n: empty name\r\n\r\nx\r\n--b--",
           "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--",  // no disposition
           "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",  // no name
           "--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--b--",
           "--b\r\nContent-Disposition: form-data; name=\"a\"junk\r\n\r\nx\r\n--b--",
           "--b\r\n" + d + d + "\r\nx\r\n--b--",               // two dispositions
           "--b\r\n" + d + "\r\nx\r\n--b",                      // ends inside the delimiter line
           "--b\r\n" + d + "\r\nx\r\n--bx\r\n\r\n--b--",           // a delimiter inside content (RFC 2046 forbids)
       }) {
    EXPECT_FALSE(parse_multipart(body, "b").ok()) << body;
  }
  EXPECT_FALSE(parse_multipart("--\r\n", "").ok());
}

TEST(ParseMultipart, LimitsOnPartsAndHeaderBlocks) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n";
  body += "--b--";
  MultipartLimits limits;
  limits.max_parts = 5;
  EXPECT_TRUE(parse_multipart(body, "b", limits).ok());
  limits.max_parts = 4;
  EXPECT_FALSE(parse_multipart(body, "b", limits).ok());

  limits = {};
  limits.max_header_bytes = 100;
  const std::string big = "--b\r\nContent-Disposition: form-data; name=\"f\"\r\nX-Pad: " + std::string(100, 'p') +
                          "\r\n\r\nx\r\n--b--";
  EXPECT_FALSE(parse_multipart(big, "b", limits).ok());
}

TEST(RouterBodyLimit, OnlyTheRouteThatSetsOneHasIt) {
  Router r;
  r.add("POST", "/api/v1/check", [](const Request&) { return Response(); }, {.body_limit = 20u << 20});
  r.add("GET", "/api/v1/check", [](const Request&) { return Response(); });
  r.add("POST", "/api/v1/other", [](const Request&) { return Response(); });
  auto limit = [&r](const char* method, std::vector<std::string> segments) {
    Request head;
    head.method = method;
    head.segments = std::move(segments);
    return r.admit(head).options.body_limit;
  };
  EXPECT_EQ(limit("POST", {"api", "v1", "check"}), std::optional<size_t>(20u << 20));
  EXPECT_EQ(limit("GET", {"api", "v1", "check"}), std::nullopt);
  EXPECT_EQ(limit("POST", {"api", "v1", "other"}), std::nullopt);
  EXPECT_EQ(limit("POST", {"nowhere"}), std::nullopt);
}

}  // namespace
}  // namespace nc::server
