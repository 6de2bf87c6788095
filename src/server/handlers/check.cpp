#include "server/handlers/check.h"

#include <algorithm>
#include <cctype>
#include <new>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "check/dictionary.h"
#include "check/extract/check_document.h"
#include "check/extract/clean.h"
#include "check/report_json.h"
#include "common/utf8.h"
#include "server/handlers/dictionaries.h"
#include "server/handlers/routes.h"
#include "server/in_flight.h"
#include "server/multipart.h"
#include "server/release_memory.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

constexpr size_t kMaxPathBytes = 255;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool starts_with_media_type(const std::string& content_type, std::string_view type) {
  if (content_type.rfind(type, 0) != 0) return false;
  const size_t n = type.size();
  return content_type.size() == n || content_type[n] == ';' || content_type[n] == ' ' || content_type[n] == '\t';
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// A file name as the member knows it: no directories, bounded, never empty.
std::string display_name(const std::string& filename) {
  std::string name = filename.substr(filename.find_last_of("/\\") == std::string::npos
                                         ? 0
                                         : filename.find_last_of("/\\") + 1);
  if (name.size() > kMaxPathBytes) {
    name.resize(utf8::character_start(name, kMaxPathBytes));
  }
  return blank(name) ? std::string("未命名文件") : name;
}

// Every byte but unreserved ASCII as %XX (RFC 3986): the report header
// carries UTF-8 JSON as ASCII; the browser reads it with decodeURIComponent.
std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// "通知.docx" → "通知（已清理）.docx": the member's name, the copy's extension.
std::string cleaned_name(const std::string& name, const char* extension) {
  const size_t dot = name.rfind('.');
  const std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  return stem + "（已清理）." + extension;
}

class CheckHandler {
 public:
  CheckHandler(std::shared_ptr<check::EngineCache> engines, DictionaryTermsOf terms_of,
               std::shared_ptr<const Catalogue> catalogue, std::function<std::string()> today, CheckOptions options)
      : engines_(std::move(engines)),
        terms_of_(std::move(terms_of)),
        catalogue_(std::move(catalogue)),
        today_(std::move(today)),
        options_(options),
        in_flight_(options.max_concurrent_uploads),
        sandbox_(options.sandbox) {
    extract_options_.limits.max_input_bytes = options_.body_limit;
    extract_options_.limits.ocr_time_budget = std::chrono::seconds(15);
    extract_options_.limits.total_time_budget = std::chrono::seconds(25);
    // The server's own memory: what one upload may unpack and hand to the
    // detectors in this process (docs/benchmarks.md, "Hardening").
    extract_options_.limits.max_entry_bytes = 32 * check::extract::kMiB;
    extract_options_.limits.max_total_inflated_bytes = 64 * check::extract::kMiB;
    extract_options_.limits.max_xml_nodes = 2'000'000;
    extract_options_.limits.max_text_bytes = 16 * check::extract::kMiB;
    extract_options_.isolate = sandbox_.isolate();
  }

  // POST /api/v1/check/clean (check.h): one file → its cleaned copy.
  Response clean(const Request& req) const {
    try {
      if (!starts_with_media_type(lower(req.header("content-type")), "multipart/form-data"))
        return Response::error(Code::kUnsupportedMediaType, "请以 multipart/form-data 上传要清理的文件");
      return clean_multipart(req);
    } catch (const std::bad_alloc&) {
      return Response::error(Code::kBusy, "服务器内存不足，请稍后重试");
    } catch (...) {
      return Response::internal();  // not logged: the text may quote the input
    }
  }

  Response handle(const Request& req) const {
    // The session middleware (server/access) admits signed-in callers with a
    // CSRF token only. Self-check stays private whoever calls: no audit
    // record, log line or stored copy of the content or the findings.
    try {
      const std::string type = lower(req.header("content-type"));
      if (starts_with_media_type(type, "application/json")) return from_json(req);
      if (starts_with_media_type(type, "multipart/form-data")) return from_multipart(req);
      return Response::error(Code::kUnsupportedMediaType,
                             "请以 JSON（粘贴的文字）或 multipart/form-data（上传文件）提交");
    } catch (const std::bad_alloc&) {
      return Response::error(Code::kBusy, "服务器内存不足，请稍后重试或分批检查");
    } catch (...) {
      // Deliberately not logged: an exception's text may quote the input.
      return Response::internal();
    }
  }

 private:
  struct Input {
    std::string text;
    bool has_text = false;
    std::vector<std::string> dictionary;
    std::vector<const MultipartPart*> files;
  };

  // The body is parsed with simdjson's DOM parser (dispatched at run time
  // to the machine's SIMD): nlohmann's parser was a quarter of the CPU time
  // of a 2 KB check (docs/benchmarks.md). Strings are copied out before the
  // next parse reuses the parser's buffers.
  Response from_json(const Request& req) const {
    const std::string& body = req.body;
    thread_local simdjson::dom::parser parser;
    const Response malformed = Response::bad_request("请求格式不正确：需要 JSON 对象");
    simdjson::dom::element root;
    simdjson::dom::object object;
    if (parser.parse(body).get(root) || root.get_object().get(object)) return malformed;
    Input in;
    for (const simdjson::dom::key_value_pair member : object) {
      if (member.key == "text") {
        std::string_view text;
        if (member.value.get_string().get(text)) return Response::bad_request("text 必须是字符串");
        in.text = std::string(text);
        in.has_text = true;
      } else if (member.key == "dictionary") {
        simdjson::dom::array terms;
        if (member.value.get_array().get(terms)) return Response::bad_request("dictionary 必须是字符串数组");
        std::string lines;
        for (const simdjson::dom::element term : terms) {
          std::string_view t;
          if (term.get_string().get(t)) return Response::bad_request("dictionary 必须是字符串数组");
          if (t.find_first_of("\r\n") != std::string_view::npos) return Response::bad_request("词条中不能含换行");
          lines += t;
          lines += '\n';
        }
        if (Status s = set_dictionary(lines, &in); !s.ok()) return Response::bad_request(s.message());
      } else {
        return Response::bad_request("不支持的字段：只接受 text 和 dictionary");
      }
    }
    if (!in.has_text || blank(in.text)) return Response::bad_request("请输入要检查的文字");
    return run(req, in);
  }

  Response from_multipart(const Request& req) const {
    auto boundary = multipart_boundary(req.header("content-type"));
    if (!boundary) return Response::bad_request(boundary.status().message());
    MultipartLimits limits;
    limits.max_parts = options_.max_files + 2;
    auto parts = parse_multipart(req.body, *boundary, limits);
    if (!parts) return Response::bad_request(parts.status().message());
    Input in;
    bool dictionary_seen = false;
    for (const MultipartPart& p : *parts) {
      if (p.filename) {
        in.files.push_back(&p);
      } else if (p.name == "text" && !in.has_text) {
        in.text = std::string(p.data);
        in.has_text = !blank(in.text);
      } else if (p.name == "dictionary" && !dictionary_seen) {
        dictionary_seen = true;
        if (Status s = set_dictionary(p.data, &in); !s.ok()) return Response::bad_request(s.message());
      } else {
        return Response::bad_request("不支持的表单字段：只接受文件、text 和 dictionary");
      }
    }
    if (in.files.size() > options_.max_files) {
      return Response::bad_request("一次最多检查 " + std::to_string(options_.max_files) + " 个文件");
    }
    if (in.files.empty() && !in.has_text) return Response::bad_request("请粘贴文字或选择要检查的文件");
    return run(req, in);
  }

  Response clean_multipart(const Request& req) const {
    auto boundary = multipart_boundary(req.header("content-type"));
    if (!boundary) return Response::bad_request(boundary.status().message());
    MultipartLimits limits;
    limits.max_parts = 3;
    auto parts = parse_multipart(req.body, *boundary, limits);
    if (!parts) return Response::bad_request(parts.status().message());
    Input in;
    check::extract::CleanOptions options;
    options.limits = extract_options_.limits;
    options.isolate = extract_options_.isolate;  // a PDF copy read back in the sandbox
    bool revisions_seen = false, dictionary_seen = false;
    for (const MultipartPart& p : *parts) {
      if (p.filename) {
        in.files.push_back(&p);
      } else if (p.name == "revisions" && !revisions_seen) {
        revisions_seen = true;
        if (p.data == "reject") options.revisions = check::extract::Revisions::kReject;
        else if (p.data != "accept") return Response::bad_request("revisions 只能是 accept 或 reject");
      } else if (p.name == "dictionary" && !dictionary_seen) {
        dictionary_seen = true;
        if (Status s = set_dictionary(p.data, &in); !s.ok()) return Response::bad_request(s.message());
      } else {
        return Response::bad_request("不支持的表单字段：只接受一个文件、revisions 和 dictionary");
      }
    }
    if (in.files.size() != 1) return Response::bad_request("请选择一个要清理的文件");
    std::vector<std::string> terms = terms_of_ ? terms_of_(req) : std::vector<std::string>();
    terms.insert(terms.end(), in.dictionary.begin(), in.dictionary.end());
    auto found = engines_->get(std::move(terms));
    if (!found) return Response::bad_request("保密词表无法使用，请检查词条");
    const std::shared_ptr<const check::Engine> engine = std::move(found).value();

    // The same bound as document checks: cleaning unpacks and re-reads.
    InFlight::Slot slot(in_flight_);
    if (!slot.acquired()) {
      Response busy = Response::error(Code::kBusy, "正在处理的文件较多，请稍后重试");
      busy.headers.emplace_back("Retry-After", "5");
      return busy;
    }
    struct Release {
      ~Release() { release_free_memory(); }
    } release;
    const MultipartPart& file = *in.files.front();
    auto cleaned = check::extract::clean_and_check(*engine, file.data, options);
    if (!cleaned) {
      const Status& s = cleaned.status();
      return Response::error(s.code(), check::extract::chinese_part(s.message()));
    }
    json report = {{"format", check::extract::extension_of(cleaned->format)},
                   {"revisions", options.revisions == check::extract::Revisions::kReject ? "reject" : "accept"},
                   {"tracked_changes", cleaned->revisions},
                   {"removed", cleaned->removed},
                   {"remaining", cleaned->remaining}};
    const char* ext = check::extract::extension_of(cleaned->format);
    Response ok = Response::attachment(std::move(cleaned->bytes), check::extract::content_type_of(cleaned->format),
                                       std::string("cleaned.") + ext,
                                       cleaned_name(display_name(*file.filename), ext));
    ok.headers.emplace_back("X-Clean-Report",
                            percent_encode(report.dump(-1, ' ', false, json::error_handler_t::replace)));
    return ok;
  }

  Status set_dictionary(std::string_view lines, Input* in) const {
    auto terms = check::parse_dictionary(lines);
    if (!terms) return Status::Invalid("保密词表无效：" + terms.status().message());
    if (terms->size() > options_.max_dictionary_terms) {
      return Status::Invalid("保密词表最多 " + std::to_string(options_.max_dictionary_terms) + " 个词条");
    }
    in->dictionary = std::move(terms).value();
    return Status::Ok();
  }

  Response run(const Request& req, const Input& in) const {
    // The caller's organisation dictionaries and the request's own terms
    // make one detector set, compiled once per distinct set (EngineCache).
    std::vector<std::string> terms = terms_of_ ? terms_of_(req) : std::vector<std::string>();
    terms.insert(terms.end(), in.dictionary.begin(), in.dictionary.end());
    auto found = engines_->get(std::move(terms));
    if (!found) return Response::bad_request("保密词表无法使用，请检查词条");
    const std::shared_ptr<const check::Engine> engine = std::move(found).value();

    std::vector<check::FileReport> reports;
    if (in.has_text) {
      check::FileReport r;
      r.path = "-";
      auto findings = engine->check(in.text);
      if (!findings) return Response::error(Code::kPayloadTooLarge, "文字过长，无法检查");
      for (check::Finding& f : *findings) r.findings.push_back({std::move(f), std::nullopt});
      reports.push_back(std::move(r));
    }
    if (!in.files.empty()) {
      InFlight::Slot slot(in_flight_);
      if (!slot.acquired()) {
        Response busy = Response::error(Code::kBusy, "正在检查的文件较多，请稍后重试");
        busy.headers.emplace_back("Retry-After", "5");
        return busy;
      }
      // Whatever the files took is given back when they are done.
      struct Release {
        ~Release() { release_free_memory(); }
      } release;
      for (const MultipartPart* p : in.files) {
        reports.push_back(check_file(*engine, *p));
        if (reports.back().error_code == code_name(Code::kBusy)) {
          Response busy = Response::error(Code::kBusy, "正在检查的文件较多，请稍后重试");
          busy.headers.emplace_back("Retry-After", "5");
          return busy;
        }
      }
    }
    // The report keeps the CLI's key order (Response::json would sort keys).
    Response ok;
    ok.body = check::report_json_text(reports, articles(*engine));
    ok.headers.emplace_back("Cache-Control", "no-store");
    return ok;
  }

  check::FileReport check_file(const check::Engine& engine, const MultipartPart& part) const {
    check::FileReport r = check::extract::check_document(engine, part.data, extract_options_).report;
    r.path = display_name(*part.filename);
    return r;
  }

  check::TopicArticles articles(const check::Engine& engine) const {
    const auto ids = catalogue_->ids();
    if (ids.empty()) return {};
    const Catalogue::Version* v = catalogue_->in_force(ids.front(), today_());
    return v ? check::topic_articles(v->rulebook, engine.registry()) : check::TopicArticles{};
  }

  std::shared_ptr<check::EngineCache> engines_;
  DictionaryTermsOf terms_of_;
  std::shared_ptr<const Catalogue> catalogue_;
  std::function<std::string()> today_;
  CheckOptions options_;
  InFlight in_flight_;
  ExtractSandbox sandbox_;  // before extract_options_, which refers to it
  check::extract::Options extract_options_;
};

}  // namespace

void add_check_routes(Router& router, const Services& app) {
  CheckOptions options;
  options.sandbox = app->extract_sandbox;
  auto h = std::make_shared<const CheckHandler>(app->engines, dictionary_terms_of_caller(app), app->catalogue,
                                                [clock = app->clock] { return clock.today().iso(); }, options);
  router.add(
      "POST", "/api/v1/check", [h](const Request& r) { return h->handle(r); },
      {.body = BodyKind::kUpload, .body_limit = options.body_limit});
  router.add(
      "POST", "/api/v1/check/clean", [h](const Request& r) { return h->clean(r); },
      {.body = BodyKind::kUpload, .body_limit = options.body_limit});
}

}  // namespace nc::server::handlers
