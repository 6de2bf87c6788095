#include "server/multipart.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace nc::server {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "form-data; name=\"a\"; filename=x" → value "form-data" (lower case) and its
// parameters (names in lower case). nullopt on an unterminated quoted string
// or a parameter without '='.
struct HeaderValue {
  std::string value;
  std::map<std::string, std::string> params;
};

std::optional<HeaderValue> parse_header_value(std::string_view in) {
  HeaderValue out;
  size_t i = in.find(';');
  out.value = lower(trim(in.substr(0, i)));
  while (i != std::string_view::npos && i < in.size()) {
    ++i;  // past ';'
    while (i < in.size() && (in[i] == ' ' || in[i] == '\t')) ++i;
    if (i >= in.size()) break;
    const size_t eq = in.find('=', i);
    if (eq == std::string_view::npos) return std::nullopt;
    const std::string name = lower(trim(in.substr(i, eq - i)));
    if (name.empty()) return std::nullopt;
    i = eq + 1;
    while (i < in.size() && (in[i] == ' ' || in[i] == '\t')) ++i;
    std::string v;
    if (i < in.size() && in[i] == '"') {
      ++i;
      bool closed = false;
      while (i < in.size()) {
        const char c = in[i++];
        if (c == '\\' && i < in.size()) {
          v += in[i++];
        } else if (c == '"') {
          closed = true;
          break;
        } else {
          v += c;
        }
      }
      if (!closed) return std::nullopt;
      while (i < in.size() && in[i] != ';') {
        if (in[i] != ' ' && in[i] != '\t') return std::nullopt;  // junk after a quoted string
        ++i;
      }
    } else {
      const size_t end = in.find(';', i);
      v = std::string(trim(in.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i)));
      i = end;
    }
    out.params.emplace(name, std::move(v));  // the first of repeated parameters wins
    if (i == std::string_view::npos) break;
  }
  return out;
}

bool boundary_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

Status bad(std::string message) { return Status::Error(Code::kBadRequest, std::move(message)); }

}  // namespace

Result<std::string> multipart_boundary(std::string_view content_type) {
  auto v = parse_header_value(content_type);
  if (!v || v->value != "multipart/form-data") return bad("请求格式不正确：需要 multipart/form-data");
  auto it = v->params.find("boundary");
  if (it == v->params.end()) return bad("请求格式不正确：缺少 multipart 分隔符（boundary）");
  const std::string& b = it->second;
  if (b.empty() || b.size() > 70 || b.back() == ' ' || !std::all_of(b.begin(), b.end(), boundary_char)) {
    return bad("请求格式不正确：multipart 分隔符（boundary）无效");
  }
  return b;
}

Result<std::vector<MultipartPart>> parse_multipart(std::string_view body, std::string_view boundary,
                                                   const MultipartLimits& limits) {
  if (boundary.empty()) return bad("请求格式不正确：multipart 分隔符（boundary）无效");
  const std::string dash = "--" + std::string(boundary);
  const std::string delimiter = "\r\n" + dash;

  // The first delimiter: at the very start, or after a preamble ending in CRLF.
  size_t pos;
  if (body.substr(0, dash.size()) == dash) {
    pos = dash.size();
  } else {
    const size_t found = body.find(delimiter);
    if (found == std::string_view::npos) return bad("请求格式不正确：找不到 multipart 分隔符");
    pos = found + delimiter.size();
  }

  std::vector<MultipartPart> parts;
  while (true) {
    // After a delimiter: "--" closes the body; otherwise padding and CRLF.
    if (body.substr(pos, 2) == "--") return parts;  // the epilogue is ignored
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;
    if (body.substr(pos, 2) != "\r\n") return bad("请求格式不正确：multipart 分隔符后缺少换行");
    pos += 2;
    if (parts.size() >= limits.max_parts) {
      return bad("一次最多上传 " + std::to_string(limits.max_parts) + " 个部分");
    }

    // The header block, up to an empty line.
    MultipartPart part;
    bool disposition = false;
    const size_t header_start = pos;
    while (true) {
      const size_t eol = body.find("\r\n", pos);
      if (eol == std::string_view::npos || eol - header_start > limits.max_header_bytes) {
        return bad("请求格式不正确：multipart 头部不完整或过长");
      }
      const std::string_view line = body.substr(pos, eol - pos);
      pos = eol + 2;
      if (line.empty()) break;
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0 || line.front() == ' ' || line.front() == '\t') {
        return bad("请求格式不正确：multipart 头部行无效");
      }
      const std::string name = lower(trim(line.substr(0, colon)));
      const std::string_view value = trim(line.substr(colon + 1));
      if (name == "content-disposition") {
        if (disposition) return bad("请求格式不正确：重复的 Content-Disposition");
        auto v = parse_header_value(value);
        if (!v || v->value != "form-data") return bad("请求格式不正确：需要 Content-Disposition: form-data");
        auto n = v->params.find("name");
        if (n == v->params.end()) return bad("请求格式不正确：表单字段缺少名称");
        part.name = n->second;
        if (auto f = v->params.find("filename"); f != v->params.end()) part.filename = f->second;
        disposition = true;
      } else if (name == "content-type") {
        part.content_type = std::string(value);
      }
    }
    if (!disposition) return bad("请求格式不正确：缺少 Content-Disposition");

    // The content, up to the next delimiter.
    const size_t end = body.find(delimiter, pos);
    if (end == std::string_view::npos) return bad("请求格式不正确：multipart 内容不完整");
    part.data = body.substr(pos, end - pos);
    parts.push_back(std::move(part));
    pos = end + delimiter.size();
  }
}

}  // namespace nc::server
